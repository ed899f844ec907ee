//! Text marks that aren't tied to an axis: notes in the plot, and the
//! direct labels that name each series at its end.

use crate::data::Destination;
use crate::model::scene::{text_height, text_width, Anchor, Baseline, Rect, TextRole};
use crate::words::DestinationWords;

use super::{bold, text, Ink};

/// A muted note centred on `at` horizontally, aligned by `baseline`.
pub fn note(ink: &mut Ink<'_>, at: (f64, f64), note: &str, baseline: Baseline) {
    let shape = text(
        at,
        note,
        ink.font,
        ink.palette.muted,
        Anchor::Middle,
        baseline,
        TextRole::Note,
    );
    ink.push(shape);
}

/// A note in the middle of an empty stretch from `x0` to `x1` at `y`,
/// saying why it is empty, so the gap doesn't read as zero; left out when
/// it doesn't fit.
pub fn gap_note(ink: &mut Ink<'_>, x0: f64, x1: f64, y: f64, why: &str) {
    if text_width(why, ink.font) + 8.0 < x1 - x0 {
        note(ink, ((x0 + x1) / 2.0, y), why, Baseline::Middle);
    }
}

/// Moves label centres `ys` (sorted, top first) apart by at least `gap`,
/// keeping the last at least half a gap above `bottom`: down past any
/// label too close above, then back up from the bottom.
pub fn push_apart(ys: &mut [f64], gap: f64, bottom: f64) {
    for i in 1..ys.len() {
        ys[i] = ys[i].max(ys[i - 1] + gap);
    }
    let last = ys.len().saturating_sub(1);
    if let Some(y) = ys.get_mut(last) {
        *y = y.min(bottom - gap / 2.0);
    }
    for i in (0..last).rev() {
        ys[i] = ys[i].min(ys[i + 1] - gap);
    }
}

/// Each series' name in its colour at `x`, level with its end's y, pushed
/// apart so none overlap and none fall below `bottom`.
pub fn direct_labels(ink: &mut Ink<'_>, mut ends: Vec<(Destination, f64)>, x: f64, bottom: f64) {
    let gap = text_height(ink.font) + 1.0;
    // Ends are finite (NaN-free) positions, so a partial order is total here.
    crate::model::order::sort_by_key(&mut ends, |e| e.1);
    let mut ys: Vec<f64> = ends.iter().map(|e| e.1).collect();
    push_apart(&mut ys, gap, bottom);
    for ((dest, _), y) in ends.iter().zip(ys) {
        let shape = bold(text(
            (x, y),
            dest.short_name(ink.lang),
            ink.font,
            ink.palette.series_color(*dest),
            Anchor::Start,
            Baseline::Middle,
            TextRole::DataLabel,
        ));
        ink.push(shape);
    }
}

/// A bold text's width: bold glyphs run wider than the estimate's, so
/// whatever follows bold text on a line is placed by this.
pub fn bold_width(s: &str, size: f64) -> f64 {
    text_width(s, size) * 1.1
}

/// The size of a phone row's label, which heads its row.
pub const ROW_LABEL_FONT: f64 = 13.0;

/// A phone row's head at `(x, y)` (its top): the period in bold, then how
/// many months it covers, muted, so periods of different lengths are never
/// read as alike.
pub fn row_head(ink: &mut Ink<'_>, (x, y): (f64, f64), label: &str, count: &str) {
    let shape = bold(text(
        (x, y),
        label,
        ROW_LABEL_FONT,
        ink.palette.text,
        Anchor::Start,
        Baseline::Top,
        TextRole::Axis,
    ));
    ink.push(shape);
    let at = (
        x + bold_width(label, ROW_LABEL_FONT) + 8.0,
        y + text_height(ROW_LABEL_FONT) / 2.0,
    );
    let shape = text(
        at,
        count,
        ink.font,
        ink.palette.muted,
        Anchor::Start,
        Baseline::Middle,
        TextRole::Axis,
    );
    ink.push(shape);
}

/// A destination's name then a value, from `rect`'s left, centred on its
/// middle: as data (the name bold in the destination's colour), or as a
/// muted note when it isn't a plotted value.
pub fn named_value(
    ink: &mut Ink<'_>,
    rect: &Rect,
    (name, value): (&str, &str),
    dest: Destination,
    data: bool,
) {
    let mid = rect.y + rect.h / 2.0;
    let (role, name_color, value_color) = if data {
        let p = ink.palette;
        (TextRole::DataLabel, p.series_color(dest), p.text)
    } else {
        (TextRole::Note, ink.palette.muted, ink.palette.muted)
    };
    let name_shape = text(
        (rect.x, mid),
        name,
        ink.font,
        name_color,
        Anchor::Start,
        Baseline::Middle,
        role,
    );
    ink.push(bold(name_shape));
    let at = (rect.x + bold_width(name, ink.font) + 4.0, mid);
    let value_shape = text(
        at,
        value,
        ink.font,
        value_color,
        Anchor::Start,
        Baseline::Middle,
        role,
    );
    ink.push(value_shape);
}

/// A muted note starting at `(x, y)`, centred on `y`.
pub fn note_at(ink: &mut Ink<'_>, at: (f64, f64), note: &str) {
    let shape = text(
        at,
        note,
        ink.font,
        ink.palette.muted,
        Anchor::Start,
        Baseline::Middle,
        TextRole::Note,
    );
    ink.push(shape);
}
