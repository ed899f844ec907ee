//! Where the keyboard goes: the figures a view draws as lanes (one
//! destination's periods on a wide canvas, one period's destinations in a
//! phone's rows) and the figure an arrow, Home or End key moves to.

use crate::data::{Dataset, Destination};
use crate::model::chart;
use crate::model::order::sort_by_key;
use crate::vocab::{ChartView, Metric};

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

/// The figures of `data` a view draws, as lanes of one destination each, in
/// time order.
pub fn lanes(data: &Dataset, view: ChartView, metric: Metric) -> Vec<Vec<usize>> {
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
                let mut lane: Vec<usize> = data
                    .figures
                    .iter()
                    .enumerate()
                    .filter(|(_, f)| f.destination == d && metric.value(data, f).is_some())
                    .map(|(i, _)| i)
                    .collect();
                sort_by_key(&mut lane, |&i| data.figures[i].period);
                lane
            })
            .filter(|r| !r.is_empty())
            .collect(),
    }
}

/// The figures of `data` a view draws at a canvas `width`, as the keyboard reads
/// them: [`lanes`] on a wide canvas; on a phone, where the timeline is drawn
/// as rows ([`chart::uses_rows`]), one lane per period in date order, each
/// in the order its row reads (the total, then the destinations from the
/// largest down).
pub fn lanes_at(data: &Dataset, view: ChartView, metric: Metric, width: f64) -> Vec<Vec<usize>> {
    if !chart::uses_rows(view, width) {
        return lanes(data, view, metric);
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
    let grid = lanes(data, view, metric);
    let flat = matches!(view, ChartView::Snapshot(_));
    move_in(data, &grid, current, key, flat, nearest_period)
}

/// Where a key moves the focus at a canvas `width`: [`step`] on a wide
/// canvas; on a phone's rows, left and right (and Home and End) move along
/// a period's lane, up and down to the same destination in the period above
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
        &lanes_at(data, view, metric, width),
        current,
        key,
        false,
        same_destination,
    )
}

/// Where `key` moves the focus in `grid` (of figures of `data`) from
/// `current`: along a lane, or (unless `flat`, where up and down move along
/// the lane too) to the figure `across` picks in the lane above or below,
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
        .find_map(|(r, lane)| lane.iter().position(|&i| i == cur).map(|c| (r, c)))
    else {
        return first;
    };
    let lane = &grid[r];
    let target = match key {
        NavKey::Left => lane.get(c.saturating_sub(1)).copied(),
        NavKey::Right => lane.get((c + 1).min(lane.len() - 1)).copied(),
        NavKey::Up if flat => lane.get(c.saturating_sub(1)).copied(),
        NavKey::Down if flat => lane.get((c + 1).min(lane.len() - 1)).copied(),
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
        NavKey::Home => lane.first().copied(),
        NavKey::End => lane.last().copied(),
        NavKey::First => first,
        NavKey::Last => grid.last().and_then(|r| r.last()).copied(),
    };
    target.or(Some(cur))
}

/// The figure in `lane` of `cur`'s destination, or else the lane's first.
fn same_destination(data: &Dataset, lane: &[usize], cur: usize) -> Option<usize> {
    let dest = data.figures.get(cur)?.destination;
    lane.iter()
        .copied()
        .find(|&i| data.figures[i].destination == dest)
        .or_else(|| lane.first().copied())
}

/// The figure in `lane` for the same period as `cur`, or else the one
/// starting nearest to it (the earlier one on a tie).
fn nearest_period(data: &Dataset, lane: &[usize], cur: usize) -> Option<usize> {
    let period = data.figures.get(cur)?.period;
    lane.iter().copied().min_by_key(|&i| {
        let p = data.figures[i].period;
        let same = p == period;
        let distance = (p.start.index() - period.start.index()).abs()
            + (p.end.index() - period.end.index()).abs();
        (!same, distance, p)
    })
}

#[cfg(test)]
#[path = "tests/navigation.rs"]
mod tests;
