//! The legend and prose marks of the exported picture: a destination's
//! marker and name, a period kind's dash and name, and a paragraph wrapped
//! to a width. The same shapes the plot's marks draw (markers from
//! [`Palette::marker`], dashes from [`period_dash`]), so the picture's key
//! matches its plot.

use crate::data::{Destination, PeriodKind};
use crate::model::chart::Palette;
use crate::model::scene::{text_height, text_width, Anchor, Baseline, Shape, TextRole};
use crate::words::DestinationWords;

use super::spans::period_dash;
use super::{bold, line, text, Ink};

/// The size of legend text, in CSS pixels.
pub const LEGEND_FONT: f64 = 12.5;

/// A legend entry's width: its key (marker or dash), the gap, the name.
pub fn entry_width(key: f64, name: &str) -> f64 {
    key + 6.0 + text_width(name, LEGEND_FONT)
}

/// A destination's entry with its top-left at `(x, y)`: its marker in its
/// colour, then its name. Returns the entry's width.
pub fn destination(ink: &mut Ink<'_>, (x, y): (f64, f64), dest: Destination) -> f64 {
    let name = dest.name(ink.lang);
    let mid = y + text_height(LEGEND_FONT) / 2.0;
    ink.push(Shape::Marker {
        center: (x + 6.0, mid),
        kind: Palette::marker(dest),
        size: 11.0,
        fill: ink.palette.series_color(dest),
        stroke: ink.palette.background,
    });
    label(ink, (x + 18.0, mid), name);
    entry_width(12.0, name)
}

/// A period kind's entry: a line dashed as the timeline dashes it, then
/// its name. Returns the entry's width.
pub fn period(ink: &mut Ink<'_>, (x, y): (f64, f64), kind: PeriodKind, name: &str) -> f64 {
    let mid = y + text_height(LEGEND_FONT) / 2.0;
    let color = ink.palette.muted;
    ink.push(line(
        (x, mid),
        (x + 28.0, mid),
        color,
        3.0,
        period_dash(kind),
    ));
    label(ink, (x + 34.0, mid), name);
    entry_width(28.0, name)
}

fn label(ink: &mut Ink<'_>, at: (f64, f64), name: &str) {
    let color = ink.palette.text;
    ink.push(text(
        at,
        name,
        LEGEND_FONT,
        color,
        Anchor::Start,
        Baseline::Middle,
        TextRole::Note,
    ));
}

/// Splits `s` into lines no wider than `max` at `size` (by the layout's
/// generous width estimate): at spaces, and inside a word only when the
/// word alone is wider than `max` (see [`cut_word`]). Korean is set as
/// Korean print sets it: a line ends only between words, never between
/// two syllables of one word.
pub fn wrap(s: &str, size: f64, max: f64) -> Vec<String> {
    let fits = |t: &str| text_width(t, size) <= max;
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in s.split(' ').filter(|w| !w.is_empty()) {
        let joined = if current.is_empty() {
            word.to_string()
        } else {
            format!("{current} {word}")
        };
        if fits(&joined) {
            current = joined;
            continue;
        }
        if !current.is_empty() {
            lines.push(std::mem::take(&mut current));
        }
        // A word wider than the line is cut where it must be; its last
        // piece starts the next line, which later words may join.
        let mut rest = word;
        while !fits(rest) {
            let (head, tail) = cut_word(rest, &fits);
            if tail.is_empty() {
                break;
            }
            lines.push(head.to_string());
            rest = tail;
        }
        current = rest.to_string();
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

/// A Hangul syllable (가 to 힣): Korean words are runs of them.
fn is_hangul_syllable(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

/// Cuts a word wider than the line within its longest start that `fits`
/// (at least one character): at the last place there that is not between
/// two Hangul syllables ("통계(" | "HS", "K" | "팝가수"), and between two
/// only when the part that fits has no other place (a run of syllables
/// wider than the line), so the text still never runs out of its column.
fn cut_word<'w>(word: &'w str, fits: &impl Fn(&str) -> bool) -> (&'w str, &'w str) {
    let ends: Vec<usize> = word
        .char_indices()
        .skip(1)
        .map(|(i, _)| i)
        .chain([word.len()])
        .collect();
    let longest = ends
        .iter()
        .copied()
        .take_while(|&e| fits(&word[..e]))
        .last()
        .unwrap_or(ends[0]);
    let between_syllables = |i: usize| {
        let before = word[..i].chars().next_back();
        let after = word[i..].chars().next();
        matches!((before, after), (Some(b), Some(a)) if is_hangul_syllable(b) && is_hangul_syllable(a))
    };
    let cut = ends
        .iter()
        .copied()
        .rev()
        .find(|&e| e <= longest && !between_syllables(e))
        .unwrap_or(longest);
    word.split_at(cut)
}

/// The places where `lines`, made from `source` by [`wrap`], end a line
/// between two Hangul syllables that stand side by side in `source` (a
/// Korean word split), each as the two lines' ends around the split.
/// `Err` when the lines are not `source`'s words in order.
/// A last line this short ("No. 1", "100", "1위") reads as cut off.
const SHORT_LAST_LINE: usize = 5;

fn starts_with_number(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_digit())
}

/// Mends the last line of a [`wrap`] at `size` into `max`: while it is this short, or opens with a
/// number parted from its name ("Hot" above "100 No. 1"), it takes the
/// last word of the line before, if that fits and leaves a word behind.
/// A number moves with the word it belongs to ("Hot 100", "Billboard
/// 200"), or nothing moves.
pub fn mend_last_line(lines: &mut [String], size: f64, max: f64) {
    while let [.., before, last] = lines {
        let short = last.chars().count() <= SHORT_LAST_LINE;
        if !short && !starts_with_number(last) {
            return;
        }
        let Some((mut rest, word)) = before.rsplit_once(' ') else {
            return;
        };
        if starts_with_number(word) {
            match rest.rsplit_once(' ') {
                Some((r, _)) => rest = r,
                None => return,
            }
        }
        let joined = format!("{} {last}", &before[rest.len() + 1..]);
        if text_width(&joined, size) > max {
            return;
        }
        let rest = rest.len();
        before.truncate(rest);
        *last = joined;
    }
}

#[cfg(test)]
pub fn hangul_splits<S: AsRef<str>>(source: &str, lines: &[S]) -> Result<Vec<String>, String> {
    let mut rest = source;
    let mut splits = Vec::new();
    let mut prev: Option<&str> = None;
    for line in lines {
        let line = line.as_ref();
        let trimmed = rest.trim_start_matches(' ');
        let spaced = trimmed.len() != rest.len();
        let Some(after) = trimmed.strip_prefix(line) else {
            return Err(format!("`{line}` is not next in `{rest}`"));
        };
        if let (Some(p), false) = (prev, spaced) {
            let end = p.chars().next_back();
            let start = line.chars().next();
            if end.is_some_and(is_hangul_syllable) && start.is_some_and(is_hangul_syllable) {
                splits.push(format!("`{p}` / `{line}`"));
            }
        }
        prev = Some(line);
        rest = after;
    }
    if !rest.trim().is_empty() {
        return Err(format!("`{rest}` is left over"));
    }
    Ok(splits)
}

/// How a paragraph is set.
#[derive(Debug, Clone, Copy)]
pub struct Prose {
    /// Font size in CSS pixels.
    pub size: f64,
    /// Bold weight.
    pub bold: bool,
    /// Secondary colour (notes, source) rather than the main text colour.
    pub muted: bool,
}

/// A paragraph wrapped into the column from `x`, `width` wide, its top at
/// `y`. Returns the paragraph's bottom.
pub fn paragraph(ink: &mut Ink<'_>, (x, y): (f64, f64), width: f64, s: &str, p: Prose) -> f64 {
    // Bold glyphs run wider than the estimate's regular ones.
    let max = if p.bold { width / 1.1 } else { width };
    let color = if p.muted {
        ink.palette.muted
    } else {
        ink.palette.text
    };
    let mut y = y;
    for l in wrap(s, p.size, max) {
        let shape = text(
            (x, y),
            l,
            p.size,
            color,
            Anchor::Start,
            Baseline::Top,
            TextRole::Note,
        );
        ink.push(if p.bold { bold(shape) } else { shape });
        y += text_height(p.size) * 1.08;
    }
    y
}

#[cfg(test)]
#[path = "tests/legend.rs"]
mod tests;
