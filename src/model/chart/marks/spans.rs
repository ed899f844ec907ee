//! Period span marks: a figure as a horizontal rule over the months it
//! covers, dashed by the period's length, with end caps and its
//! destination's marker in the middle; and the dash patterns themselves,
//! which the legend must draw exactly as the canvas does.

use crate::data::{Destination, PeriodKind};
use crate::model::format::svg_number;
use crate::model::scene::Shape;

use super::{line, Ink};
use crate::model::chart::Palette;

/// The dash pattern that tells a period's length at a glance.
pub fn period_dash(kind: PeriodKind) -> Option<(f64, f64)> {
    match kind {
        PeriodKind::FullYear => None,
        PeriodKind::FirstHalf => Some((2.0, 3.0)),
        PeriodKind::Partial => Some((7.0, 3.0)),
    }
}

/// The period kinds in the order of the legend's entries (the words'
/// `period_kinds`: full year, January to October or November, January to
/// June).
pub const PERIOD_LEGEND: [PeriodKind; 3] = [
    PeriodKind::FullYear,
    PeriodKind::Partial,
    PeriodKind::FirstHalf,
];

/// A period kind's dash as an SVG `stroke-dasharray` value: empty for a
/// solid line, else the dash and gap (`"7 3"`). Derived from
/// [`period_dash`], so the legend and the canvas can't disagree.
///
/// ```
/// use kpop_exports_chart::chart::dasharray;
/// use kpop_exports_chart::data::PeriodKind;
/// assert_eq!(dasharray(PeriodKind::FullYear), "");
/// assert_eq!(dasharray(PeriodKind::Partial), "7 3");
/// ```
pub fn dasharray(kind: PeriodKind) -> String {
    match period_dash(kind) {
        None => String::new(),
        Some((dash, gap)) => format!("{} {}", svg_number(dash), svg_number(gap)),
    }
}

/// A figure of `dest` over a period of `kind`, from `a` to `b` (level):
/// the dashed span, a cap at each end so consecutive periods read apart,
/// and the destination's marker in the middle.
pub fn span(
    ink: &mut Ink<'_>,
    (a, b): ((f64, f64), (f64, f64)),
    dest: Destination,
    kind: PeriodKind,
) {
    let color = ink.palette.series_color(dest);
    // The total is thinner, so the countries' spans stand out over it.
    let width = if dest.is_total() { 2.0 } else { 3.0 };
    ink.push(line(a, b, color, width, period_dash(kind)));
    for x in [a.0, b.0] {
        ink.push(line((x, a.1 - 4.0), (x, a.1 + 4.0), color, 1.5, None));
    }
    let mid = ((a.0 + b.0) / 2.0, a.1);
    let stroke = ink.palette.background;
    ink.push(Shape::Marker {
        center: mid,
        kind: Palette::marker(dest),
        size: 8.0,
        fill: color,
        stroke,
    });
}

/// A phone row's track from `x0` to `x1` at `y`: a line dashed by the
/// period's length (as the timeline's spans and the legend dash it), with a
/// short grid tick at each of `grid`'s x, so every row reads against the
/// value axis.
pub fn track(ink: &mut Ink<'_>, (x0, x1): (f64, f64), y: f64, kind: PeriodKind, grid: &[f64]) {
    let grid_color = ink.palette.grid;
    for &x in grid {
        ink.push(line((x, y - 6.0), (x, y + 6.0), grid_color, 1.0, None));
    }
    let color = ink.palette.muted;
    ink.push(line((x0, y), (x1, y), color, 2.0, period_dash(kind)));
}

/// A destination's marker centred at `center`, `size` across, in its
/// colour, outlined in the background so it stands off what is behind it.
pub fn dot(ink: &mut Ink<'_>, center: (f64, f64), dest: Destination, size: f64) {
    let fill = ink.palette.series_color(dest);
    let stroke = ink.palette.background;
    ink.push(Shape::Marker {
        center,
        kind: Palette::marker(dest),
        size,
        fill,
        stroke,
    });
}
