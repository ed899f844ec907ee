//! Bar marks: a destination's bar with its marker, its name under the
//! baseline and its values over the bar.

use crate::data::Destination;
use crate::model::scene::{text_height, text_width, Anchor, Baseline, Rect, Shape, TextRole};
use crate::words::DestinationWords;

use super::{bold, text, Ink};
use crate::model::chart::bar_labels::BarLabels;
use crate::model::chart::layout::BarFrame;
use crate::model::chart::Palette;

/// A destination's name under the baseline at `cx`: its short name when
/// the full one doesn't fit its category.
pub fn category_name(ink: &mut Ink<'_>, frame: &BarFrame, cx: f64, dest: Destination) {
    let name = if text_width(dest.name(ink.lang), ink.font) + 6.0 < frame.category {
        dest.name(ink.lang)
    } else {
        dest.short_name(ink.lang)
    };
    let shape = text(
        (cx, frame.base_y + 5.0),
        name,
        ink.font,
        ink.palette.text,
        Anchor::Middle,
        Baseline::Top,
        TextRole::Axis,
    );
    ink.push(shape);
}

/// A destination's bar centred at `cx` from the baseline up to `y`, with
/// its marker inside the top when the bar is tall enough to hold it.
/// Returns the bar.
pub fn bar(ink: &mut Ink<'_>, frame: &BarFrame, cx: f64, y: f64, dest: Destination) -> Rect {
    let rect = Rect::new(cx - frame.bar / 2.0, y, frame.bar, frame.base_y - y);
    let fill = ink.palette.series_color(dest);
    ink.push(Shape::Rect { rect, fill });
    if rect.h > 22.0 {
        let background = ink.palette.background;
        ink.push(Shape::Marker {
            center: (cx, y + 11.0),
            kind: Palette::marker(dest),
            size: 10.0,
            fill: background,
            stroke: background,
        });
    }
    rect
}

/// A figure's values over its bar (top at `y`): the metric's value in
/// bold, the other metric's under it, each line as [`BarLabels`] broke
/// them.
pub fn value_labels(ink: &mut Ink<'_>, frame: &BarFrame, (cx, y): (f64, f64), labels: &BarLabels) {
    let font = frame.label_font;
    let (_, secondary) = labels.lines();
    let last = labels.primary.len().saturating_sub(1);
    for (k, line) in labels.primary.iter().enumerate() {
        let above = (last - k) as f64 * text_height(frame.value_font);
        let bottom = y - 4.0 - secondary * text_height(font) - above;
        let shape = bold(text(
            (cx, bottom),
            line.as_str(),
            frame.value_font,
            ink.palette.text,
            Anchor::Middle,
            Baseline::Bottom,
            TextRole::DataLabel,
        ));
        ink.push(shape);
    }
    let last = labels.secondary.len().saturating_sub(1);
    for (k, line) in labels.secondary.iter().enumerate() {
        let bottom = y - 3.0 - (last - k) as f64 * text_height(font);
        let shape = text(
            (cx, bottom),
            line.as_str(),
            font,
            ink.palette.muted,
            Anchor::Middle,
            Baseline::Bottom,
            TextRole::DataLabel,
        );
        ink.push(shape);
    }
}
