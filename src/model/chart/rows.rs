//! The rows: the every-period view on a phone. Each sourced period is a
//! row of its own, in date order, labelled in words with its length, its
//! total named at its right, its destinations as markers on a value axis
//! across (the track dashed as the timeline dashes that period's length)
//! and, under the track, each destination's name and value. With the
//! milestones on, each milestone is a row of its own between the periods,
//! at its date, its text wrapped to the width. The chart grows in height
//! rather than shrinking its marks: [`rows_height`] is what it needs.

use crate::data::{Dataset, Destination, Figure, Milestone, Period};
use crate::model::format::{figure_money, figure_value};
use crate::model::order::ranked;
use crate::model::scale::{nice_ticks, LinearScale};
use crate::model::scene::{text_height, text_width, PointMark, Rect};
use crate::vocab::{Lang, Metric};
use crate::words::{words, DestinationWords, MilestoneWords, PeriodWords};

use super::layout::{tick_label, PAD};
use super::marks::labels::{bold_width, ROW_LABEL_FONT};
use super::marks::legend::{mend_last_line, wrap};
use super::marks::{axis, labels, milestones, points, spans, Ink};
use super::ChartSpec;

/// The size of every text in the rows but the period labels: no smaller
/// on a phone than anywhere else.
pub const ROWS_FONT: f64 = 12.0;

/// Space between two entries (period or milestone rows).
const ENTRY_GAP: f64 = 12.0;

/// A marker's box on a track.
const TRACK_MARKER: f64 = 10.0;

/// Half the height of a track's band (its markers and grid ticks).
const TRACK_HALF: f64 = 7.0;

/// A value item's marker box and the gap after it.
const ITEM_MARKER: f64 = 9.0;

/// The figures of `period` in `data` a phone row shows under `metric`, in
/// the order the keyboard reads them: the total first (in dollars: it sits
/// in the row's head), then the destinations from the largest down, as
/// their values read under the track.
pub fn row_figures(data: &Dataset, period: Period, metric: Metric) -> Vec<usize> {
    let countries = ranked(data, period)
        .into_iter()
        .filter(|f| metric.value(data, f).is_some())
        .filter_map(|f| data.figure_index(period, f.destination));
    let total = data
        .figure_index(period, Destination::All)
        .filter(|_| metric == Metric::Dollars);
    total.into_iter().chain(countries).collect()
}

/// Every period of `data` the rows show, in date order (by start, then end).
pub fn row_periods(data: &Dataset) -> Vec<Period> {
    data.periods_of(|_| true)
}

/// A destination's name and value under a track.
#[derive(Debug, Clone, PartialEq)]
pub struct ValueItem {
    /// The figure.
    pub figure: usize,
    /// Its destination.
    pub dest: Destination,
    /// Its value under the metric, as the source gives it.
    pub value: String,
    /// The item's box: marker, name and value.
    pub rect: Rect,
}

/// A period's row.
#[derive(Debug, Clone, PartialEq)]
pub struct PeriodRow {
    /// The period.
    pub period: Period,
    /// The row's top.
    pub top: f64,
    /// The total's figure and the box of its name and value, right-aligned
    /// in the head (on a line of its own when the head is too narrow).
    pub total: Option<(usize, Rect)>,
    /// The track's y.
    pub track_y: f64,
    /// The destinations' names and values under the track.
    pub items: Vec<ValueItem>,
    /// The row's bottom.
    pub bottom: f64,
}

/// A milestone's row: its date and text, wrapped.
#[derive(Debug, Clone, PartialEq)]
pub struct MilestoneRow {
    /// The milestone.
    pub milestone: &'static Milestone,
    /// The row's top.
    pub top: f64,
    /// Its lines.
    pub lines: Vec<String>,
    /// The row's bottom.
    pub bottom: f64,
}

/// A row of the layout.
#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    /// A period's figures.
    Period(PeriodRow),
    /// A milestone.
    Milestone(MilestoneRow),
}

/// Where everything of the rows goes, computed once for drawing, for the
/// plot's height in the browser and for tests.
#[derive(Debug, Clone, PartialEq)]
pub struct RowsFrame {
    /// Metric value to x, shared by every row.
    pub x: LinearScale,
    /// The value ticks.
    pub ticks: Vec<f64>,
    /// The top of the value axis's labels above the rows.
    pub top_axis: f64,
    /// The top of the value axis's labels below the rows.
    pub bottom_axis: f64,
    /// The rows, top to bottom.
    pub entries: Vec<Entry>,
    /// The height everything needs (at least the least height a chart
    /// is drawn at).
    pub height: f64,
}

/// The height, in CSS pixels, the rows of `data` need at `width`: what the
/// browser sizes the plot's box to.
pub fn rows_height(
    data: &Dataset,
    width: f64,
    metric: Metric,
    annotations: bool,
    lang: Lang,
) -> f64 {
    rows_frame(data, width, metric, annotations, lang)
        .height
        .ceil()
}

/// The value axis across `width`: as many round ticks as have room for
/// their labels, the scale from zero to the last.
fn value_axis(data: &Dataset, width: f64, metric: Metric, lang: Lang) -> (LinearScale, Vec<f64>) {
    let max = data
        .figures
        .iter()
        .filter(|f| !f.destination.is_total())
        .filter_map(|f| metric.value(data, f))
        .fold(0.0_f64, f64::max);
    let label_w = |t: f64| text_width(&tick_label(metric, t, lang), ROWS_FONT);
    let fits = |ticks: &[f64]| {
        let (Some(&first), Some(&last)) = (ticks.first(), ticks.last()) else {
            return false;
        };
        let x0 = PAD + (label_w(first) / 2.0).max(TRACK_MARKER);
        let x1 = width - PAD - (label_w(last) / 2.0).max(TRACK_MARKER);
        let step = (x1 - x0) / (ticks.len() - 1).max(1) as f64;
        ticks.iter().all(|&t| label_w(t) + 10.0 <= step)
    };
    let ticks = (2..=5)
        .rev()
        .map(|n| nice_ticks(max, n))
        .find(|t| fits(t))
        .unwrap_or_else(|| nice_ticks(max, 1));
    let (first, last) = (ticks[0], ticks[ticks.len() - 1]);
    let x0 = PAD + (label_w(first) / 2.0).max(TRACK_MARKER);
    let x1 = width - PAD - (label_w(last) / 2.0).max(TRACK_MARKER);
    (LinearScale::new((first, last), (x0, x1)), ticks)
}

/// A period's row from `top` across `width`.
fn period_row(
    data: &Dataset,
    period: Period,
    metric: Metric,
    lang: Lang,
    grid: Columns,
    top: f64,
) -> PeriodRow {
    let width = grid.width;
    let (label_h, line_h) = (text_height(ROW_LABEL_FONT), text_height(ROWS_FONT));
    let figures = row_figures(data, period, metric);
    let total = data.figure_index(period, Destination::All);
    let head_w = bold_width(&period.row_label(lang), ROW_LABEL_FONT)
        + 8.0
        + text_width(&(words(lang).months_count)(period.months()), ROWS_FONT);
    let mut head_h = label_h;
    let total = total.map(|i| {
        let w = total_width(&data.figures[i], lang);
        // The total shares the head's line when it fits beside the label.
        let y = if head_w + 12.0 + w <= width - 2.0 * PAD {
            top + (label_h - line_h) / 2.0
        } else {
            head_h += line_h + 2.0;
            top + label_h + 2.0
        };
        (i, Rect::new(width - PAD - w, y, w, line_h))
    });
    let track_y = top + head_h + 4.0 + TRACK_HALF;
    let first_line = track_y + TRACK_HALF + 5.0;
    let countries = figures
        .into_iter()
        .filter(|&i| Some(i) != total.map(|t| t.0));
    let items: Vec<ValueItem> = countries
        .enumerate()
        .map(|(k, i)| {
            let f = &data.figures[i];
            let value = item_value(data, f, metric, lang);
            let w = item_width(f.destination, &value, lang);
            // Items fill the grid's columns in rank order, so a column
            // reads down the rows as "largest", "second", "third".
            let x = PAD + (k % grid.count) as f64 * grid.step;
            let y = first_line + (k / grid.count) as f64 * (line_h + 8.0);
            ValueItem {
                figure: i,
                dest: f.destination,
                value,
                rect: Rect::new(x, y, w, line_h),
            }
        })
        .collect();
    // A row without country figures has its note on the track's line.
    let bottom = items
        .last()
        .map_or(track_y + line_h / 2.0, |it| it.rect.bottom());
    PeriodRow {
        period,
        top,
        total,
        track_y,
        items,
        bottom,
    }
}

/// A figure's value under a metric, as the source gives it.
fn item_value(data: &Dataset, f: &Figure, metric: Metric, lang: Lang) -> String {
    figure_value(data, f, metric, lang).unwrap_or_default()
}

/// The grid value items are set in, the same for every row so values
/// line up down the chart: as many equal columns (up to one per country) as
/// the widest item allows.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Columns {
    /// The canvas's width.
    width: f64,
    /// How many columns.
    count: usize,
    /// From one column's left to the next.
    step: f64,
}

impl Columns {
    fn new(data: &Dataset, width: f64, metric: Metric, lang: Lang) -> Columns {
        let gap = 10.0;
        let widest = data
            .figures
            .iter()
            .filter(|f| !f.destination.is_total() && metric.value(data, f).is_some())
            .map(|f| item_width(f.destination, &item_value(data, f, metric, lang), lang))
            .fold(0.0_f64, f64::max);
        let room = width - 2.0 * PAD + gap;
        let count =
            ((room / (widest + gap)).floor() as usize).clamp(1, Destination::COUNTRIES.len());
        Columns {
            width,
            count,
            step: room / count as f64,
        }
    }
}

/// A value item's width: marker, gap, bold name, gap, value.
fn item_width(dest: Destination, value: &str, lang: Lang) -> f64 {
    ITEM_MARKER
        + 3.0
        + bold_width(dest.short_name(lang), ROWS_FONT)
        + 4.0
        + text_width(value, ROWS_FONT)
}

/// The width of a row's total: its bold name and its value.
fn total_width(total: &Figure, lang: Lang) -> f64 {
    let (name, value) = total_words(total, lang);
    bold_width(&name, ROWS_FONT) + 4.0 + text_width(&value, ROWS_FONT)
}

/// A total's name and value, in dollars under either metric: as a share
/// it is what the row's shares are of.
fn total_words(total: &Figure, lang: Lang) -> (String, String) {
    let name = Destination::All.short_name(lang).to_string();
    (name, figure_money(total, lang))
}

/// A milestone's row from `top` across `width`.
fn milestone_row(m: &'static Milestone, lang: Lang, width: f64, top: f64) -> MilestoneRow {
    let text = format!("{} {}", m.date.iso(), m.label_in(lang));
    let max = width - 2.0 * PAD - 14.0;
    let mut lines = wrap(&text, ROWS_FONT, max);
    mend_last_line(&mut lines, ROWS_FONT, max);
    let n = lines.len().max(1) as f64;
    let bottom = top + n * (text_height(ROWS_FONT) + 1.0) - 1.0;
    MilestoneRow {
        milestone: m,
        top,
        lines,
        bottom,
    }
}

/// The rows' frame for `data` at `width`: the axis, then periods and (with
/// annotations) milestones interleaved by date (a milestone before the
/// first period that ends after it), then the axis again.
pub fn rows_frame(
    data: &Dataset,
    width: f64,
    metric: Metric,
    annotations: bool,
    lang: Lang,
) -> RowsFrame {
    let (x, ticks) = value_axis(data, width, metric, lang);
    let grid = Columns::new(data, width, metric, lang);
    let top_axis = PAD;
    let mut y = top_axis + text_height(ROWS_FONT) + 10.0;
    let mut pending: Vec<&'static Milestone> = if annotations {
        data.milestones.iter().collect()
    } else {
        Vec::new()
    };
    let mut entries = Vec::new();
    for period in row_periods(data) {
        let end = period.span().1;
        let before = pending
            .iter()
            .take_while(|m| m.date.position() < end)
            .count();
        for m in pending.drain(..before) {
            let row = milestone_row(m, lang, width, y);
            y = row.bottom + ENTRY_GAP;
            entries.push(Entry::Milestone(row));
        }
        let row = period_row(data, period, metric, lang, grid, y);
        y = row.bottom + ENTRY_GAP;
        entries.push(Entry::Period(row));
    }
    for m in pending {
        let row = milestone_row(m, lang, width, y);
        y = row.bottom + ENTRY_GAP;
        entries.push(Entry::Milestone(row));
    }
    let bottom_axis = y - ENTRY_GAP + 10.0;
    RowsFrame {
        x,
        ticks,
        top_axis,
        bottom_axis,
        entries,
        // A dataset of a period or two needs less than the least height a
        // chart is drawn at: the rows take that height, blank below.
        height: (bottom_axis + text_height(ROWS_FONT) + PAD).max(super::MIN_SIDE),
    }
}

/// Composes the rows from the marks, into `ink`'s scene, which takes the
/// height the rows need.
pub fn rows(spec: &ChartSpec, ink: &mut Ink<'_>) {
    let frame = rows_frame(
        &spec.data,
        spec.width,
        spec.metric,
        spec.annotations,
        spec.lang,
    );
    ink.scene.height = frame.height.ceil();
    let label = |v: f64| tick_label(spec.metric, v, spec.lang);
    axis::labels_across(ink, &frame.x, &frame.ticks, frame.top_axis, &label);
    axis::labels_across(ink, &frame.x, &frame.ticks, frame.bottom_axis, &label);
    for entry in &frame.entries {
        match entry {
            Entry::Period(row) => period_marks(ink, &frame, row, spec),
            Entry::Milestone(row) => milestones::inline(ink, (PAD, row.top), &row.lines),
        }
    }
}

/// A period row's marks: its head, its track with a marker per
/// destination, and the destinations' names and values.
fn period_marks(ink: &mut Ink<'_>, frame: &RowsFrame, row: &PeriodRow, spec: &ChartSpec) {
    let lang = spec.lang;
    let count = (words(lang).months_count)(row.period.months());
    labels::row_head(ink, (PAD, row.top), &row.period.row_label(lang), &count);
    if let Some((i, rect)) = row.total {
        let (name, value) = total_words(&spec.data.figures[i], lang);
        let target = spec.metric == Metric::Dollars;
        labels::named_value(ink, &rect, (&name, &value), Destination::All, target);
        if target {
            let mark = PointMark {
                figure: i,
                hit: rect.inflate(4.0),
                anchor: (rect.x + rect.w / 2.0, rect.y),
            };
            points::target(ink, mark, spec.focus, rect.inflate(2.0));
        }
    }
    if row.items.is_empty() {
        let note = words(lang).no_country_figures_period;
        labels::note_at(ink, (PAD, row.track_y), note);
        return;
    }
    let (x0, x1) = (frame.x.r0, frame.x.r1);
    let grid: Vec<f64> = frame.ticks.iter().map(|&t| frame.x.map(t)).collect();
    spans::track(ink, (x0, x1), row.track_y, row.period.kind(), &grid);
    let xs: Vec<f64> = row
        .items
        .iter()
        .map(|it| {
            spec.metric
                .value(&spec.data, &spec.data.figures[it.figure])
                .map_or(x0, |v| frame.x.map(v))
        })
        .collect();
    for ((item, &x), dy) in row.items.iter().zip(&xs).zip(dodge(&xs)) {
        spans::dot(ink, (x, row.track_y + dy), item.dest, TRACK_MARKER);
        // A dodged marker answers on its own side of the track.
        let (top, h) = match dy.total_cmp(&0.0) {
            std::cmp::Ordering::Less => (row.track_y - TRACK_HALF, TRACK_HALF),
            std::cmp::Ordering::Greater => (row.track_y, TRACK_HALF),
            std::cmp::Ordering::Equal => (row.track_y - TRACK_HALF, 2.0 * TRACK_HALF),
        };
        let hit = Rect::new(x - 6.0, top, 12.0, h);
        let on_track = PointMark {
            figure: item.figure,
            hit,
            anchor: (x, row.track_y - TRACK_HALF),
        };
        item_marks(ink, item, spec.focus);
        points::target(ink, on_track, spec.focus, hit.inflate(1.0));
    }
}

/// How far above (negative) or below the track each marker at `xs` sits:
/// markers closer than a marker's width go above and below it in turn, so
/// two near-equal values (the US and China in 2024) both stay visible.
/// Their x stays their exact value.
pub fn dodge(xs: &[f64]) -> Vec<f64> {
    let mut order: Vec<usize> = (0..xs.len()).collect();
    // xs are finite pixel positions: a partial order is total here.
    crate::model::order::sort_by_key(&mut order, |&i| xs[i]);
    let mut dy = vec![0.0; xs.len()];
    for pair in order.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if xs[b] - xs[a] < TRACK_MARKER {
            if dy[a] == 0.0 {
                dy[a] = -4.0;
            }
            dy[b] = -dy[a];
        }
    }
    dy
}

/// A value item: its marker, name and value, answering to the pointer.
fn item_marks(ink: &mut Ink<'_>, item: &ValueItem, focus: Option<usize>) {
    let r = item.rect;
    let mid = r.y + r.h / 2.0;
    spans::dot(ink, (r.x + ITEM_MARKER / 2.0, mid), item.dest, ITEM_MARKER);
    let name = item.dest.short_name(ink.lang);
    let text = Rect::new(r.x + ITEM_MARKER + 3.0, r.y, r.w - ITEM_MARKER - 3.0, r.h);
    labels::named_value(ink, &text, (name, &item.value), item.dest, true);
    let mark = PointMark {
        figure: item.figure,
        hit: Rect::new(r.x - 3.0, r.y - 4.0, r.w + 6.0, r.h + 8.0),
        anchor: (r.x + r.w / 2.0, r.y),
    };
    points::target(ink, mark, focus, r.inflate(2.0));
}

#[cfg(test)]
#[path = "tests/rows.rs"]
mod tests;
