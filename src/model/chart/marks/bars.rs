//! Bar marks: a destination's bar with its marker, its name under the
//! baseline and its values over the bar.

use crate::data::{Destination, Figure};
use crate::model::format::{figure_money, figure_share};
use crate::model::scene::{text_height, text_width, Anchor, Baseline, Rect, Shape, TextRole};
use crate::model::vocab::Metric;
use crate::words::{words, DestinationWords};

use super::{bold, text, Ink};
use crate::model::chart::layout::BarFrame;
use crate::model::chart::Palette;

/// A figure's value under a metric, to the source's precision.
fn metric_label(metric: Metric, f: &Figure) -> Option<String> {
    match metric {
        Metric::Dollars => Some(figure_money(f)),
        Metric::Share => figure_share(f),
    }
}

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

/// A figure's values over its bar (top at `y`): the metric's value in bold,
/// the other metric's under it ("of total" dropped when it doesn't fit the
/// category).
pub fn value_labels(
    ink: &mut Ink<'_>,
    frame: &BarFrame,
    (cx, y): (f64, f64),
    f: &Figure,
    metric: Metric,
) {
    let of_total = words(ink.lang).of_total;
    let other = metric.other();
    let primary = metric_label(metric, f).unwrap_or_default();
    let secondary = metric_label(other, f).map(|s| match other {
        Metric::Share => format!("{s}{of_total}"),
        Metric::Dollars => s,
    });
    let shape = bold(text(
        (cx, y - 4.0 - text_height(ink.font)),
        primary,
        frame.value_font,
        ink.palette.text,
        Anchor::Middle,
        Baseline::Bottom,
        TextRole::DataLabel,
    ));
    ink.push(shape);
    if let Some(s) = secondary {
        // On a phone "of total" doesn't fit under a narrow bar.
        let s = if text_width(&s, ink.font) + 4.0 > frame.category {
            s.replace(of_total, "")
        } else {
            s
        };
        let shape = text(
            (cx, y - 3.0),
            s,
            ink.font,
            ink.palette.muted,
            Anchor::Middle,
            Baseline::Bottom,
            TextRole::DataLabel,
        );
        ink.push(shape);
    }
}
