//! Reading the chart without seeing it: what a tooltip says, what is
//! announced as the keyboard moves between values, which value an arrow key
//! moves to, the rows of the data table, and the summary of the story.
//!
//! Numbers are formatted through [`Numbers`], so the browser can format them
//! for the reader's locale (with `Intl`) while native tests use
//! [`PlainNumbers`]; Korean amounts are written in 만 and 억 by their words
//! ([`Numbers::amount`]), never by a currency format.

use crate::data::{Dataset, Destination, Milestone, Period};
use crate::model::chart;
use crate::model::format::share_of_total;
pub use crate::model::numbers::{Numbers, PlainNumbers};
use crate::model::text::capitalise;
use crate::vocab::Lang;
use crate::vocab::{ChartView, Metric};
use crate::words::{words, DestinationWords, MilestoneWords, PeriodWords};

/// Everything a tooltip shows about one figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PointText {
    /// The destination's name.
    pub destination: String,
    /// The period, in words.
    pub period: String,
    /// The value in dollars, marked when the source rounded it.
    pub value: String,
    /// The share of the period's total, when the figure is a country's.
    pub share: Option<String>,
    /// The same share as a bare percentage (for the table's share column).
    pub share_value: Option<String>,
    /// Outlet and date.
    pub source: String,
}

/// What the source rounded a figure to, in words (nothing for a step the
/// language has no note for).
fn rounding_note(rounded_to_kusd: u32, lang: Lang) -> &'static str {
    words(lang)
        .reading
        .rounding_notes
        .iter()
        .find(|(step, _)| *step == rounded_to_kusd)
        .map_or("", |(_, note)| note)
}

/// "about" before a figure the source rounded.
fn about(lang: Lang, value: &str) -> String {
    (words(lang).reading.about)(value)
}

/// The words for figure `index` of `data`, formatted by `numbers`.
pub fn point_text(
    data: &Dataset,
    index: usize,
    numbers: &dyn Numbers,
    lang: Lang,
) -> Option<PointText> {
    let f = data.figures.get(index)?;
    let dollars = numbers.amount(f.value_kusd, lang);
    let value = if f.is_approximate() {
        format!(
            "{}{}",
            about(lang, &dollars),
            rounding_note(f.rounded_to_kusd, lang)
        )
    } else {
        dollars
    };
    let share_value = (!f.destination.is_total())
        .then(|| share_of_total(data, f))
        .flatten()
        .map(|s| {
            let p = numbers.percent(&s);
            if s.approximate {
                about(lang, &p)
            } else {
                p
            }
        });
    let share = share_value
        .as_deref()
        .map(|p| (words(lang).reading.share_of_all)(p));
    Some(PointText {
        destination: f.destination.name(lang).to_string(),
        period: capitalise(&f.period.long_label(lang)),
        value,
        share,
        share_value,
        source: format!("{}, {}", f.source, f.source_date),
    })
}

/// The milestones of `data` announced inside a period.
pub fn milestones_in(data: &Dataset, period: Period) -> Vec<&'static Milestone> {
    data.milestones
        .iter()
        .filter(|m| m.date.is_in(period))
        .collect()
}

/// What a screen reader hears when the keyboard lands on figure `index` of
/// `data`, e.g. "United States, the first half of 2023: $25,519,000, 19.2%
/// of all album exports." With annotations on, the milestones of that
/// period follow.
pub fn announcement(
    data: &Dataset,
    index: usize,
    numbers: &dyn Numbers,
    annotations: bool,
    lang: Lang,
) -> String {
    let Some(t) = point_text(data, index, numbers, lang) else {
        return String::new();
    };
    let Some(f) = data.figures.get(index) else {
        return String::new();
    };
    let mut s = format!(
        "{}, {}: {}",
        t.destination,
        f.period.long_label(lang),
        t.value
    );
    if let Some(share) = &t.share {
        s.push_str(", ");
        s.push_str(share);
    }
    s.push('.');
    if annotations {
        let ms = milestones_in(data, f.period);
        if !ms.is_empty() {
            let list: Vec<String> = ms
                .iter()
                .map(|m| format!("{} ({})", m.label_in(lang), m.date.iso()))
                .collect();
            let list = list.join("; ");
            s.push_str(&(words(lang).reading.milestones_in_period)(&list));
        }
    }
    s
}

/// A key that moves the keyboard focus between figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NavKey {
    /// Earlier period.
    Left,
    /// Later period.
    Right,
    /// Previous destination.
    Up,
    /// Next destination.
    Down,
    /// First period of this destination.
    Home,
    /// Last period of this destination.
    End,
    /// The very first figure (Ctrl+Home).
    First,
    /// The very last figure (Ctrl+End).
    Last,
}

impl NavKey {
    /// The key for a `KeyboardEvent.key` value, with Ctrl (or Cmd) held or not.
    pub fn from_key(key: &str, ctrl: bool) -> Option<NavKey> {
        Some(match (key, ctrl) {
            ("ArrowLeft", _) => NavKey::Left,
            ("ArrowRight", _) => NavKey::Right,
            ("ArrowUp", _) => NavKey::Up,
            ("ArrowDown", _) => NavKey::Down,
            ("Home", false) => NavKey::Home,
            ("End", false) => NavKey::End,
            ("Home", true) => NavKey::First,
            ("End", true) => NavKey::Last,
            _ => return None,
        })
    }
}

/// The figures of `data` a view draws, as rows of one destination each, in
/// time order.
pub fn rows(data: &Dataset, view: ChartView, metric: Metric) -> Vec<Vec<usize>> {
    match view {
        ChartView::Snapshot(p) => vec![Destination::COUNTRIES
            .iter()
            .filter_map(|&d| data.figure_index(p, d))
            .filter(|&i| metric.value(data, &data.figures[i]).is_some())
            .collect()],
        ChartView::Timeline => ChartView::Timeline
            .series(metric)
            .iter()
            .map(|&d| {
                let mut row: Vec<usize> = data
                    .figures
                    .iter()
                    .enumerate()
                    .filter(|(_, f)| f.destination == d && metric.value(data, f).is_some())
                    .map(|(i, _)| i)
                    .collect();
                crate::model::order::sort_by_key(&mut row, |&i| data.figures[i].period);
                row
            })
            .filter(|r| !r.is_empty())
            .collect(),
    }
}

/// The figures of `data` a view draws at a canvas `width`, as the keyboard reads
/// them: [`rows`] on a wide canvas; on a phone, where the timeline is drawn
/// as rows ([`chart::uses_rows`]), one row per period in date order, each
/// in the order its row reads (the total, then the destinations from the
/// largest down).
pub fn rows_at(data: &Dataset, view: ChartView, metric: Metric, width: f64) -> Vec<Vec<usize>> {
    if !chart::uses_rows(view, width) {
        return rows(data, view, metric);
    }
    chart::row_periods(data)
        .into_iter()
        .map(|p| chart::row_figures(data, p, metric))
        .filter(|r| !r.is_empty())
        .collect()
}

/// Where a key moves the focus among the figures of `data` from `current`
/// (or from nowhere: the first figure). In the snapshot all figures share
/// one period, so every arrow moves along the bars. Movement stops at the
/// edges rather than wrapping.
pub fn step(
    data: &Dataset,
    view: ChartView,
    metric: Metric,
    current: Option<usize>,
    key: NavKey,
) -> Option<usize> {
    let grid = rows(data, view, metric);
    let flat = matches!(view, ChartView::Snapshot(_));
    move_in(data, &grid, current, key, flat, nearest_period)
}

/// Where a key moves the focus at a canvas `width`: [`step`] on a wide
/// canvas; on a phone's rows, left and right (and Home and End) move along
/// a period's row, up and down to the same destination in the period above
/// or below (or that row's first figure when it has none), row by row in
/// reading order.
pub fn step_at(
    data: &Dataset,
    view: ChartView,
    metric: Metric,
    width: f64,
    current: Option<usize>,
    key: NavKey,
) -> Option<usize> {
    if !chart::uses_rows(view, width) {
        return step(data, view, metric, current, key);
    }
    move_in(
        data,
        &rows_at(data, view, metric, width),
        current,
        key,
        false,
        same_destination,
    )
}

/// Where `key` moves the focus in `grid` (of figures of `data`) from
/// `current`: along a row, or (unless `flat`, where up and down move along
/// the row too) to the figure `across` picks in the row above or below,
/// given the current figure.
fn move_in(
    data: &Dataset,
    grid: &[Vec<usize>],
    current: Option<usize>,
    key: NavKey,
    flat: bool,
    across: fn(&Dataset, &[usize], usize) -> Option<usize>,
) -> Option<usize> {
    let first = grid.first().and_then(|r| r.first()).copied();
    let Some(cur) = current else {
        return match key {
            NavKey::Last | NavKey::End => grid.last().and_then(|r| r.last()).copied(),
            _ => first,
        };
    };
    let Some((r, c)) = grid
        .iter()
        .enumerate()
        .find_map(|(r, row)| row.iter().position(|&i| i == cur).map(|c| (r, c)))
    else {
        return first;
    };
    let row = &grid[r];
    let target = match key {
        NavKey::Left => row.get(c.saturating_sub(1)).copied(),
        NavKey::Right => row.get((c + 1).min(row.len() - 1)).copied(),
        NavKey::Up if flat => row.get(c.saturating_sub(1)).copied(),
        NavKey::Down if flat => row.get((c + 1).min(row.len() - 1)).copied(),
        NavKey::Up | NavKey::Down => {
            let to = if key == NavKey::Up {
                r.checked_sub(1)
            } else {
                Some(r + 1)
            };
            match to.and_then(|t| grid.get(t)) {
                None => Some(cur),
                Some(other) => across(data, other, cur),
            }
        }
        NavKey::Home => row.first().copied(),
        NavKey::End => row.last().copied(),
        NavKey::First => first,
        NavKey::Last => grid.last().and_then(|r| r.last()).copied(),
    };
    target.or(Some(cur))
}

/// The figure in `row` of `cur`'s destination, or else the row's first.
fn same_destination(data: &Dataset, row: &[usize], cur: usize) -> Option<usize> {
    let dest = data.figures.get(cur)?.destination;
    row.iter()
        .copied()
        .find(|&i| data.figures[i].destination == dest)
        .or_else(|| row.first().copied())
}

/// The figure in `row` for the same period as `cur`, or else the one
/// starting nearest to it (the earlier one on a tie).
fn nearest_period(data: &Dataset, row: &[usize], cur: usize) -> Option<usize> {
    let period = data.figures.get(cur)?.period;
    row.iter().copied().min_by_key(|&i| {
        let p = data.figures[i].period;
        let same = p == period;
        let distance = (p.start.index() - period.start.index()).abs()
            + (p.end.index() - period.end.index()).abs();
        (!same, distance, p)
    })
}

/// The data table's rows for a view of `data`: every figure of the periods
/// shown, totals included, in time order; within a period the countries in
/// [`Destination::COUNTRIES`]' order, then the total.
pub fn table_rows(data: &Dataset, view: ChartView) -> Vec<usize> {
    let mut rows: Vec<usize> = data
        .figures
        .iter()
        .enumerate()
        .filter(|(_, f)| view.covers(f.period))
        .map(|(i, _)| i)
        .collect();
    crate::model::order::sort_by_key(&mut rows, |&i| {
        let f = &data.figures[i];
        // The countries in their order, then the total.
        (f.period, f.destination.is_total(), f.destination.index())
    });
    rows
}

#[cfg(test)]
#[path = "tests/reading.rs"]
mod tests;
