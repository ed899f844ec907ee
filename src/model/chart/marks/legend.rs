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
/// word alone is wider than `max`.
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
        // A word wider than the line is cut where it must be.
        for c in word.chars() {
            current.push(c);
            if !fits(&current) && current.len() > c.len_utf8() {
                current.pop();
                lines.push(std::mem::replace(&mut current, c.to_string()));
            }
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
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
