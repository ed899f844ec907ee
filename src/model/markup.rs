//! What the widget's markup around the canvas shows, as plain data: the
//! legend's entries (each destination's marker and colour, each period
//! kind's dash) and the data tables' captions and rows. The Leptos
//! component and the static fallback both build their markup from these
//! tables, so the two can't drift apart, and the legend's markers and
//! dashes come from the very geometry the canvas draws
//! ([`MarkerKind::outline`], and [`dasharray`] from `period_dash`).
//!
//! No browser types: the fallback is built natively at build time.

use crate::data::{Dataset, Destination};
use crate::model::chart::{dasharray, Palette};
use crate::model::format::svg_number;
use crate::model::order::sort_by_key;
use crate::model::reading::{self, Numbers};
use crate::model::scene::{MarkerKind, Outline, Rgb};
use crate::vocab::{ChartView, Lang, Metric};
use crate::words::{DestinationWords, MilestoneWords, PeriodWords};

/// The side of a legend marker's square `viewBox`, in its own units.
pub const MARKER_BOX: f64 = 12.0;

/// That `viewBox`, as the markup writes it.
pub const MARKER_VIEW_BOX: &str = "0 0 12 12";

/// The marker's size inside that box: a pixel short of it, so the outline
/// the canvas strokes around a marker is not clipped.
const MARKER_SIZE: f64 = 11.0;

/// A destination's legend entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeriesKey {
    /// Which destination.
    pub destination: Destination,
    /// Its name in the widget's language.
    pub name: &'static str,
    /// Its colour, as CSS (`rgb(0,108,170)`).
    pub fill: String,
    /// Its marker as an SVG path in a [`MARKER_BOX`]-wide `viewBox`.
    pub marker: String,
}

/// A period kind's legend entry: a line dashed as the timeline dashes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodKey {
    /// What the dash stands for (`Full year`).
    pub label: String,
    /// The line's `stroke-dasharray` (empty for a solid line).
    pub dash: String,
}

/// One row of the figures table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureCells {
    /// The period, short (`H1 2023`).
    pub period: String,
    /// The destination's name.
    pub destination: &'static str,
    /// The value in dollars, marked when the source rounded it.
    pub value: String,
    /// The share of the period's total, or a dash for the total itself.
    pub share: String,
    /// Outlet and date.
    pub source: String,
}

/// One row of the milestones table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MilestoneCells {
    /// The announcement's date, `2023-04-03` (also its `datetime`).
    pub date: String,
    /// What happened, in the widget's language.
    pub detail: &'static str,
    /// The chart's own date, or a dash.
    pub chart_dated: String,
    /// The source.
    pub source: &'static str,
}

/// A colour as CSS, for a marker's `fill`.
pub fn css_rgb(c: Rgb) -> String {
    format!("rgb({},{},{})", c.0, c.1, c.2)
}

/// A marker shape as an SVG path in the legend's box: the outline the
/// canvas draws ([`MarkerKind::outline`]), centred. One element kind for
/// every shape (a disc is two arcs), so the markup has one shape.
pub fn marker_path(kind: MarkerKind) -> String {
    let c = MARKER_BOX / 2.0;
    match kind.outline((c, c), MARKER_SIZE) {
        Outline::Disc(r) => {
            let (r, d) = (svg_number(r), svg_number(2.0 * r));
            format!(
                "M{} {}a{r} {r} 0 1 0 {d} 0a{r} {r} 0 1 0 -{d} 0z",
                svg_number(c - MARKER_SIZE / 2.0),
                svg_number(c)
            )
        }
        Outline::Polygon(points) => {
            let mut d = String::new();
            for (i, (x, y)) in points.into_iter().enumerate() {
                d.push(if i == 0 { 'M' } else { 'L' });
                d.push_str(&svg_number(x));
                d.push(' ');
                d.push_str(&svg_number(y));
            }
            d.push('z');
            d
        }
    }
}

/// The legend's destinations for a view and metric, in the canvas's colours
/// and markers.
pub fn series_keys(
    view: ChartView,
    metric: Metric,
    palette: &Palette,
    lang: Lang,
) -> Vec<SeriesKey> {
    view.series(metric)
        .iter()
        .map(|&d| SeriesKey {
            destination: d,
            name: d.name(lang),
            fill: css_rgb(palette.series_color(d)),
            marker: marker_path(Palette::marker(d)),
        })
        .collect()
}

/// The legend's period kinds: on the timeline only, where lines are dashed
/// by the length of their period.
pub fn period_keys(data: &Dataset, view: ChartView, lang: Lang) -> Vec<PeriodKey> {
    if view != ChartView::Timeline {
        return Vec::new();
    }
    crate::model::text::period_kinds(data, lang)
        .into_iter()
        .map(|(kind, label)| PeriodKey {
            label,
            dash: dasharray(kind),
        })
        .collect()
}

/// The figures table's caption for a view.
pub fn figures_caption(view: ChartView, lang: Lang) -> String {
    let words = &crate::words::words(lang).ui;
    match view {
        ChartView::Snapshot(p) => format!("{}{}", words.table_caption, p.long_label(lang)),
        ChartView::Timeline => words.table_every_period.to_string(),
    }
}

/// The figures table's rows for a view of `data`, numbers formatted by
/// `numbers`.
pub fn figure_cells(
    data: &Dataset,
    view: ChartView,
    numbers: &dyn Numbers,
    lang: Lang,
) -> Vec<FigureCells> {
    table_figures(data, view)
        .into_iter()
        .filter_map(|i| {
            let f = data.figures.get(i)?;
            let t = reading::point_text(data, i, numbers, lang)?;
            Some(FigureCells {
                period: f.period.short_label(lang),
                destination: f.destination.name(lang),
                value: t.value,
                share: t.share_value.unwrap_or_else(|| "—".to_string()),
                source: t.source,
            })
        })
        .collect()
}

/// The milestones table's rows for `data`, in the data file's order.
pub fn milestone_cells(data: &Dataset, lang: Lang) -> Vec<MilestoneCells> {
    data.milestones
        .iter()
        .map(|m| MilestoneCells {
            date: m.date.iso(),
            detail: m.detail_in(lang),
            chart_dated: m.chart_dated.map_or_else(|| "—".to_string(), |d| d.iso()),
            source: m.source,
        })
        .collect()
}

/// The data table's rows for a view of `data`: every figure of the periods
/// shown, totals included, in time order; within a period the countries in
/// [`Destination::COUNTRIES`]' order, then the total.
pub fn table_figures(data: &Dataset, view: ChartView) -> Vec<usize> {
    let mut rows: Vec<usize> = data
        .figures
        .iter()
        .enumerate()
        .filter(|(_, f)| view.covers(f.period))
        .map(|(i, _)| i)
        .collect();
    sort_by_key(&mut rows, |&i| {
        let f = &data.figures[i];
        // The countries in their order, then the total.
        (f.period, f.destination.is_total(), f.destination.index())
    });
    rows
}

#[cfg(test)]
#[path = "tests/markup.rs"]
mod tests;
