//! Reading the chart without seeing it: what a tooltip says, what is
//! announced as the keyboard moves between values, which value an arrow key
//! moves to, the rows of the data table, and the summary of the story.
//!
//! Numbers are formatted through [`Numbers`], so the browser can format them
//! for the reader's locale (with `Intl`) while native tests use
//! [`PlainNumbers`]; Korean amounts are written in 만 and 억 by their words
//! ([`Numbers::amount`]), never by a currency format.

use crate::data::{self, Destination, Figure, Milestone, Period, PeriodKind, FIGURES, MILESTONES};
use crate::model::chart;
use crate::model::format::{figure_money, figure_share, share_of_total};
pub use crate::model::numbers::{Numbers, PlainNumbers};
use crate::model::vocab::Lang;
use crate::model::vocab::{ChartView, Metric};
use crate::words::{words, Change, DestinationWords, Direction, MilestoneWords, PeriodWords};

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

/// The words for one figure, formatted by `numbers`.
pub fn point_text(index: usize, numbers: &dyn Numbers, lang: Lang) -> Option<PointText> {
    let f = FIGURES.get(index)?;
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
    let share_value = (f.destination != Destination::All)
        .then(|| share_of_total(f))
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

/// `s` with its first letter in capitals. ASCII only, on purpose: the
/// labels are English (ASCII) or Korean (no case), and `char::to_uppercase`
/// would bring the standard library's Unicode case table (about 5 KB gzip)
/// into the wasm. A language whose labels start with a non-ASCII cased
/// letter would write its label capitalised in its words file.
fn capitalise(s: &str) -> String {
    let mut out = s.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// Milestones announced inside a period.
pub fn milestones_in(period: Period) -> Vec<&'static Milestone> {
    MILESTONES.iter().filter(|m| m.date.is_in(period)).collect()
}

/// What a screen reader hears when the keyboard lands on a figure, e.g.
/// "United States, the first half of 2023: $25,519,000, 19.2% of all album
/// exports." With annotations on, the milestones of that period follow.
pub fn announcement(index: usize, numbers: &dyn Numbers, annotations: bool, lang: Lang) -> String {
    let Some(t) = point_text(index, numbers, lang) else {
        return String::new();
    };
    let Some(f) = FIGURES.get(index) else {
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
        let ms = milestones_in(f.period);
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

/// The figures a view draws, as rows of one destination each, in time order.
pub fn rows(view: ChartView, metric: Metric) -> Vec<Vec<usize>> {
    match view {
        ChartView::Snapshot(p) => vec![Destination::COUNTRIES
            .iter()
            .filter_map(|&d| data::figure_index(p, d))
            .collect()],
        ChartView::Timeline => ChartView::Timeline
            .series(metric)
            .iter()
            .map(|&d| {
                let mut row: Vec<usize> = FIGURES
                    .iter()
                    .enumerate()
                    .filter(|(_, f)| f.destination == d && metric_shows(metric, f))
                    .map(|(i, _)| i)
                    .collect();
                crate::model::small::sort_by_key(&mut row, |&i| FIGURES[i].period);
                row
            })
            .filter(|r| !r.is_empty())
            .collect(),
    }
}

/// The figures a view draws at a canvas `width`, as the keyboard reads
/// them: [`rows`] on a wide canvas; on a phone, where the timeline is drawn
/// as rows ([`chart::uses_rows`]), one row per period in date order, each
/// in the order its row reads (the total, then the destinations from the
/// largest down).
pub fn rows_at(view: ChartView, metric: Metric, width: f64) -> Vec<Vec<usize>> {
    if !chart::uses_rows(view, width) {
        return rows(view, metric);
    }
    chart::row_periods()
        .into_iter()
        .map(|p| chart::row_figures(p, metric))
        .filter(|r| !r.is_empty())
        .collect()
}

fn metric_shows(metric: Metric, f: &Figure) -> bool {
    metric == Metric::Dollars || data::share(f).is_some()
}

/// Where a key moves the focus from `current` (or from nowhere: the first
/// figure). In the snapshot all figures share one period, so every arrow
/// moves along the bars. Movement stops at the edges rather than wrapping.
pub fn step(view: ChartView, metric: Metric, current: Option<usize>, key: NavKey) -> Option<usize> {
    let grid = rows(view, metric);
    let flat = matches!(view, ChartView::Snapshot(_));
    move_in(&grid, current, key, flat, nearest_period)
}

/// Where a key moves the focus at a canvas `width`: [`step`] on a wide
/// canvas; on a phone's rows, left and right (and Home and End) move along
/// a period's row, up and down to the same destination in the period above
/// or below (or that row's first figure when it has none), row by row in
/// reading order.
pub fn step_at(
    view: ChartView,
    metric: Metric,
    width: f64,
    current: Option<usize>,
    key: NavKey,
) -> Option<usize> {
    if !chart::uses_rows(view, width) {
        return step(view, metric, current, key);
    }
    move_in(
        &rows_at(view, metric, width),
        current,
        key,
        false,
        same_destination,
    )
}

/// Where `key` moves the focus in `grid` from `current`: along a row, or
/// (unless `flat`, where up and down move along the row too) to the figure
/// `across` picks in the row above or below, given the current figure.
fn move_in(
    grid: &[Vec<usize>],
    current: Option<usize>,
    key: NavKey,
    flat: bool,
    across: fn(&[usize], usize) -> Option<usize>,
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
                Some(other) => across(other, cur),
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
fn same_destination(row: &[usize], cur: usize) -> Option<usize> {
    let dest = FIGURES.get(cur)?.destination;
    row.iter()
        .copied()
        .find(|&i| FIGURES[i].destination == dest)
        .or_else(|| row.first().copied())
}

/// The figure in `row` for the same period as `cur`, or else the one
/// starting nearest to it (the earlier one on a tie).
fn nearest_period(row: &[usize], cur: usize) -> Option<usize> {
    let period = FIGURES.get(cur)?.period;
    row.iter().copied().min_by_key(|&i| {
        let p = FIGURES[i].period;
        let same = p == period;
        let distance = (p.start.index() - period.start.index()).abs()
            + (p.end.index() - period.end.index()).abs();
        (!same, distance, p)
    })
}

/// The data table's rows for a view: every figure of the periods shown,
/// totals included, in time order.
pub fn table_rows(view: ChartView) -> Vec<usize> {
    let order = |d: Destination| match d {
        Destination::Japan => 0,
        Destination::UnitedStates => 1,
        Destination::China => 2,
        Destination::All => 3,
    };
    let mut rows: Vec<usize> = FIGURES
        .iter()
        .enumerate()
        .filter(|(_, f)| match view {
            ChartView::Snapshot(p) => f.period == p,
            ChartView::Timeline => true,
        })
        .map(|(i, _)| i)
        .collect();
    crate::model::small::sort_by_key(&mut rows, |&i| {
        (FIGURES[i].period, order(FIGURES[i].destination))
    });
    rows
}

fn list(items: &[String], lang: Lang) -> String {
    (words(lang).reading.list)(items)
}

/// A short text summary of the chart's story, generated from the data: the
/// canvas's description for screen readers.
pub fn summary(view: ChartView, lang: Lang) -> String {
    match view {
        ChartView::Snapshot(p) => snapshot_summary(p, lang),
        ChartView::Timeline => [always_largest(lang), us_and_china(lang), total_change(lang)]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// A destination with its value and share: `Japan ($48.523M, 36.5%)`.
fn described(f: &Figure, lang: Lang) -> String {
    format!(
        "{} ({}, {})",
        f.destination.name(lang),
        figure_money(f, lang),
        figure_share(f, lang).unwrap_or_default()
    )
}

/// A snapshot's total, then its destinations from the largest down.
fn snapshot_summary(p: Period, lang: Lang) -> String {
    let summary = &words(lang).reading.summary;
    let mut figs: Vec<&Figure> = Destination::COUNTRIES
        .iter()
        .filter_map(|&d| data::figure(p, d))
        .collect();
    crate::model::small::sort_by_key(&mut figs, |f| std::cmp::Reverse(f.value_kusd));
    let period = p.long_label(lang);
    let mut s = match data::figure(p, Destination::All) {
        Some(total) => (summary.total)(&period, &figure_money(total, lang)),
        None => (summary.no_total)(&period),
    };
    if let [top, rest @ ..] = figs.as_slice() {
        s.push_str(&(summary.largest)(&described(top, lang)));
        if let [second, third, ..] = rest {
            s.push_str(&(summary.second)(
                &described(second, lang),
                &described(third, lang),
            ));
        }
    }
    s
}

/// The destination that led every period with country figures, if one did.
fn always_largest(lang: Lang) -> Option<String> {
    let leaders: Vec<Destination> = data::country_periods()
        .iter()
        .filter_map(|&p| {
            Destination::COUNTRIES
                .iter()
                .filter_map(|&d| data::figure(p, d))
                .max_by_key(|f| f.value_kusd)
                .map(|f| f.destination)
        })
        .collect();
    let &lead = leaders.first()?;
    leaders
        .iter()
        .all(|&d| d == lead)
        .then(|| (words(lang).reading.summary.always_largest)(lead.name(lang)))
}

/// The periods in which the United States was ahead of China, and those in
/// which China was ahead; nothing when the United States never was.
fn us_and_china(lang: Lang) -> Option<String> {
    let (mut us_ahead, mut china_ahead) = (Vec::new(), Vec::new());
    for p in data::country_periods() {
        if let (Some(us), Some(cn)) = (
            data::figure(p, Destination::UnitedStates),
            data::figure(p, Destination::China),
        ) {
            if us.value_kusd > cn.value_kusd {
                us_ahead.push(p.short_label(lang));
            } else if cn.value_kusd > us.value_kusd {
                china_ahead.push(p.short_label(lang));
            }
        }
    }
    if us_ahead.is_empty() {
        return None;
    }
    let summary = &words(lang).reading.summary;
    let us = list(&us_ahead, lang);
    Some(if china_ahead.is_empty() {
        (summary.us_ahead)(&us)
    } else {
        (summary.us_and_china_ahead)(&us, &list(&china_ahead, lang))
    })
}

/// How total exports changed from the first full year to the last.
fn total_change(lang: Lang) -> Option<String> {
    let mut years = FIGURES
        .iter()
        .filter(|f| f.destination == Destination::All && f.period.kind() == PeriodKind::FullYear);
    let first = years.next()?;
    // One full year alone has no change to tell.
    let last = years.next_back()?;
    Some(change_between(first, last, lang))
}

/// How a figure changed from `a` to `b`, in the direction it actually moved.
fn change_between(a: &Figure, b: &Figure, lang: Lang) -> String {
    let direction = match b.value_kusd.cmp(&a.value_kusd) {
        std::cmp::Ordering::Greater => Direction::Up,
        std::cmp::Ordering::Less => Direction::Down,
        std::cmp::Ordering::Equal => Direction::Level,
    };
    let (from, to) = (a.period.short_label(lang), b.period.short_label(lang));
    let (from_value, to_value) = (figure_money(a, lang), figure_money(b, lang));
    (words(lang).reading.summary.total_change)(&Change {
        direction,
        from: &from,
        from_value: &from_value,
        to: &to,
        to_value: &to_value,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::format::Share;

    #[test]
    fn capitalise_raises_an_ascii_first_letter_and_leaves_the_rest() {
        assert_eq!(
            capitalise("the first half of 2023"),
            "The first half of 2023"
        );
        assert_eq!(capitalise("2023년 상반기"), "2023년 상반기");
        assert_eq!(capitalise("상반기"), "상반기");
        assert_eq!(capitalise(""), "");
    }

    fn idx(p: Period, d: Destination) -> usize {
        data::figure_index(p, d).unwrap()
    }

    #[test]
    fn plain_numbers_group_thousands() {
        assert_eq!(PlainNumbers.dollars(25_519_000), "$25,519,000");
        assert_eq!(PlainNumbers.dollars(999), "$999");
        assert_eq!(PlainNumbers.dollars(1_000), "$1,000");
        let share = |value_kusd: u32, total_kusd: u32, decimals| Share {
            decimals,
            approximate: false,
            value_kusd,
            total_kusd,
        };
        assert_eq!(PlainNumbers.percent(&share(19_196, 100_000, 1)), "19.2%");
        assert_eq!(PlainNumbers.percent(&share(4_878, 10_000, 0)), "49%");
    }

    #[test]
    fn the_announcement_reads_like_a_sentence() {
        let us = idx(Period::H1_2023, Destination::UnitedStates);
        assert_eq!(
            announcement(us, &PlainNumbers, false, Lang::En),
            "United States, the first half of 2023: $25,519,000, 19.2% of all album exports."
        );
        let with = announcement(us, &PlainNumbers, true, Lang::En);
        assert!(
            with.contains(
                "Billboard milestones in this period: TXT: Billboard 200 No. 1 (2023-02-05);"
            ),
            "{with}"
        );
        assert!(with.contains("Jimin: Hot 100 No. 1 (2023-04-03)"), "{with}");
        assert!(!with.contains("Jung Kook"), "{with}");
    }

    #[test]
    fn rounded_figures_say_so() {
        let jp_2020 = FIGURES
            .iter()
            .position(|f| f.destination == Destination::Japan && f.period.start.year == 2020)
            .unwrap();
        let t = point_text(jp_2020, &PlainNumbers, Lang::En).unwrap();
        assert_eq!(
            t.value,
            "about $60,000,000 (rounded by the source to the nearest $1 million)"
        );
        assert_eq!(t.share.as_deref(), Some("about 49% of all album exports"));
        assert_eq!(t.period, "January–November 2020");
        assert_eq!(t.source, "Korea Herald, 2020-12-17");
    }

    #[test]
    fn arrows_move_along_bars_in_the_snapshot() {
        let v = ChartView::default();
        let m = Metric::Dollars;
        let jp = idx(Period::H1_2023, Destination::Japan);
        let us = idx(Period::H1_2023, Destination::UnitedStates);
        let cn = idx(Period::H1_2023, Destination::China);
        assert_eq!(step(v, m, None, NavKey::Right), Some(jp));
        assert_eq!(step(v, m, Some(jp), NavKey::Right), Some(us));
        assert_eq!(step(v, m, Some(us), NavKey::Down), Some(cn));
        assert_eq!(
            step(v, m, Some(cn), NavKey::Right),
            Some(cn),
            "stops at the edge"
        );
        assert_eq!(step(v, m, Some(cn), NavKey::Home), Some(jp));
        assert_eq!(step(v, m, Some(jp), NavKey::End), Some(cn));
        assert_eq!(step(v, m, Some(jp), NavKey::Left), Some(jp));
    }

    #[test]
    fn arrows_move_between_periods_and_destinations_on_the_timeline() {
        let v = ChartView::Timeline;
        let m = Metric::Share;
        let grid = rows(v, m);
        assert_eq!(grid.len(), 3, "share has no total row");
        let jp_h1 = idx(Period::H1_2023, Destination::Japan);
        let us_h1 = idx(Period::H1_2023, Destination::UnitedStates);
        let cn_h1 = idx(Period::H1_2023, Destination::China);
        assert_eq!(step(v, m, Some(jp_h1), NavKey::Down), Some(us_h1));
        assert_eq!(step(v, m, Some(us_h1), NavKey::Down), Some(cn_h1));
        assert_eq!(step(v, m, Some(cn_h1), NavKey::Down), Some(cn_h1));
        let right = step(v, m, Some(jp_h1), NavKey::Right).unwrap();
        assert_eq!(FIGURES[right].period.short_label(Lang::En), "Jan–Oct 2023");
        let left = step(v, m, Some(jp_h1), NavKey::Left).unwrap();
        assert_eq!(FIGURES[left].period.short_label(Lang::En), "2022");
        let home = step(v, m, Some(jp_h1), NavKey::Home).unwrap();
        assert_eq!(FIGURES[home].period.short_label(Lang::En), "Jan–Nov 2020");
        let last = step(v, m, Some(jp_h1), NavKey::Last).unwrap();
        assert_eq!(FIGURES[last].destination, Destination::China);
        assert_eq!(FIGURES[last].period.short_label(Lang::En), "2025");

        // In dollars the total's row comes first and reaches back to 2017.
        let d = Metric::Dollars;
        let first = step(v, d, None, NavKey::Right).unwrap();
        assert_eq!(FIGURES[first].destination, Destination::All);
        assert_eq!(FIGURES[first].period.short_label(Lang::En), "2017");
        // From the 2017 total, down goes to Japan's earliest period.
        let down = step(v, d, Some(first), NavKey::Down).unwrap();
        assert_eq!(FIGURES[down].destination, Destination::Japan);
        assert_eq!(FIGURES[down].period.short_label(Lang::En), "Jan–Nov 2020");
    }

    #[test]
    fn on_a_phone_arrows_move_row_by_row_in_reading_order() {
        let (v, d, w) = (ChartView::Timeline, Metric::Dollars, 375.0);
        let grid = rows_at(v, d, w);
        assert_eq!(grid.len(), 13, "a row per sourced period");
        // The first row is 2017's total; down goes period by period.
        let first = step_at(v, d, w, None, NavKey::First).unwrap();
        assert_eq!(FIGURES[first].period.short_label(Lang::En), "2017");
        let down = step_at(v, d, w, Some(first), NavKey::Down).unwrap();
        assert_eq!(FIGURES[down].period.short_label(Lang::En), "2018");
        // In H1 2023 the row reads the total, then Japan, the US, China.
        let h1: Vec<Destination> = grid
            .iter()
            .find(|r| FIGURES[r[0]].period == Period::H1_2023)
            .unwrap()
            .iter()
            .map(|&i| FIGURES[i].destination)
            .collect();
        assert_eq!(
            h1,
            [
                Destination::All,
                Destination::Japan,
                Destination::UnitedStates,
                Destination::China
            ]
        );
        let us = idx(Period::H1_2023, Destination::UnitedStates);
        let cn = idx(Period::H1_2023, Destination::China);
        assert_eq!(step_at(v, d, w, Some(us), NavKey::Right), Some(cn));
        assert_eq!(step_at(v, d, w, Some(cn), NavKey::Right), Some(cn), "stops");
        // Up from the US in H1 2023 is the US in 2022 (the row above).
        let up = step_at(v, d, w, Some(us), NavKey::Up).unwrap();
        assert_eq!(FIGURES[up].destination, Destination::UnitedStates);
        assert_eq!(FIGURES[up].period.short_label(Lang::En), "2022");
        // In 2022 China ranks before the US: the row reads China first.
        let left = step_at(v, d, w, Some(up), NavKey::Left).unwrap();
        assert_eq!(FIGURES[left].destination, Destination::China);
        // Above the 2020 country figures, rows hold only totals.
        let jp20 = grid[3][1];
        assert_eq!(FIGURES[jp20].destination, Destination::Japan);
        let up = step_at(v, d, w, Some(jp20), NavKey::Up).unwrap();
        assert_eq!(FIGURES[up].destination, Destination::All);
        // As a share, rows without country figures have nothing to read.
        let s = Metric::Share;
        let first = step_at(v, s, w, None, NavKey::First).unwrap();
        assert_eq!(FIGURES[first].destination, Destination::Japan);
        assert_eq!(rows_at(v, s, w).len(), 9);
        // Wider, the timeline's own order.
        assert_eq!(rows_at(v, d, 800.0), rows(v, d));
    }

    #[test]
    fn the_table_holds_every_figure_of_the_view() {
        let rows = table_rows(ChartView::default());
        assert_eq!(rows.len(), 4);
        assert_eq!(FIGURES[rows[3]].destination, Destination::All);
        assert_eq!(table_rows(ChartView::Timeline).len(), FIGURES.len());
    }

    #[test]
    fn the_summary_tells_the_story_from_the_data() {
        let s = summary(ChartView::default(), Lang::En);
        assert_eq!(
            s,
            "In the first half of 2023, South Korea's album exports totalled $132.934M. \
             Japan ($48.523M, 36.5%) was the largest destination. \
             United States ($25.519M, 19.2%) came second, ahead of China ($22.640M, 17.0%)."
        );
        let t = summary(ChartView::Timeline, Lang::En);
        assert!(
            t.contains("Japan was the largest destination in every period"),
            "{t}"
        );
        assert!(
            t.contains("The United States was ahead of China in Jan–Nov 2020, H1 2023, Jan–Oct 2023, H1 2024 and 2024; China was ahead in 2021, Jan–Nov 2022, 2022 and 2025."),
            "{t}"
        );
        assert!(
            t.contains("from $44.182M in 2017 to $301.744M in 2025"),
            "{t}"
        );
    }

    #[test]
    fn the_total_change_says_which_way_it_went() {
        let years: Vec<&Figure> = FIGURES
            .iter()
            .filter(|f| {
                f.destination == Destination::All && f.period.kind() == PeriodKind::FullYear
            })
            .collect();
        let (first, last) = (years[0], years[years.len() - 1]);
        assert!(first.value_kusd < last.value_kusd, "the data grew");
        assert_eq!(
            change_between(first, last, Lang::En),
            "Total album exports grew from $44.182M in 2017 to $301.744M in 2025."
        );
        // The same two figures the other way round: a fall, said as one.
        assert_eq!(
            change_between(last, first, Lang::En),
            "Total album exports fell from $301.744M in 2025 to $44.182M in 2017."
        );
        assert_eq!(
            change_between(first, last, Lang::Ko),
            "전체 음반 수출액은 2017년 4418만2000 달러에서 2025년 3억174만4000 달러로 늘었습니다."
        );
        assert_eq!(
            change_between(last, first, Lang::Ko),
            "전체 음반 수출액은 2025년 3억174만4000 달러에서 2017년 4418만2000 달러로 줄었습니다."
        );
        let level = Figure {
            value_kusd: first.value_kusd,
            rounded_to_kusd: first.rounded_to_kusd,
            ..*last
        };
        assert_eq!(
            change_between(first, &level, Lang::En),
            "Total album exports were level: $44.182M in 2017 and $44.182M in 2025."
        );
        assert_eq!(
            change_between(first, &level, Lang::Ko),
            "전체 음반 수출액은 2017년 4418만2000 달러, 2025년 4418만2000 달러로 같았습니다."
        );
        assert!(summary(ChartView::Timeline, Lang::En).contains("exports grew from $44.182M"));
    }

    #[test]
    fn korean_readings_keep_the_figures_exactly() {
        let ko = Lang::Ko;
        let us = data::figure_index(Period::H1_2023, Destination::UnitedStates).unwrap();
        assert_eq!(
            announcement(us, &PlainNumbers, false, ko),
            "미국, 2023년 상반기: 2551만9000 달러, 전체 음반 수출의 19.2%."
        );
        // The seed's first half of 2023, as the tooltip, the table and the
        // keyboard read it: every thousand dollars, in 만 and 억.
        let h1 = |d| point_text(idx(Period::H1_2023, d), &PlainNumbers, ko).unwrap();
        let jp = h1(Destination::Japan);
        assert_eq!(jp.value, "4852만3000 달러");
        assert_eq!(jp.share.as_deref(), Some("전체 음반 수출의 36.5%"));
        assert_eq!(h1(Destination::China).value, "2264만 달러");
        assert_eq!(h1(Destination::All).value, "1억3293만4000 달러");
        assert_eq!(
            announcement(
                idx(Period::H1_2023, Destination::Japan),
                &PlainNumbers,
                false,
                ko
            ),
            "일본, 2023년 상반기: 4852만3000 달러, 전체 음반 수출의 36.5%."
        );
        let with = announcement(us, &PlainNumbers, true, ko);
        assert!(
            with.contains("이 기간의 빌보드 기록: TXT: 빌보드 200 1위 (2023-02-05);"),
            "{with}"
        );
        let jp_2020 = FIGURES
            .iter()
            .position(|f| f.destination == Destination::Japan && f.is_approximate())
            .unwrap();
        let t = point_text(jp_2020, &PlainNumbers, ko).unwrap();
        assert_eq!(t.value, "약 6000만 달러(출처가 100만 달러 단위로 반올림)");
        assert_eq!(t.share_value.as_deref(), Some("약 49%"));
        assert_eq!(t.period, "2020년 1~11월");
        let s = summary(ChartView::default(), ko);
        assert_eq!(
            s,
            "2023년 상반기 한국의 음반 수출액은 1억3293만4000 달러였습니다. \
             최대 수출국은 일본 (4852만3000 달러, 36.5%)이었습니다. \
             미국 (2551만9000 달러, 19.2%)이 중국 (2264만 달러, 17.0%)을 앞서 2위였습니다."
        );
        let t = summary(ChartView::Timeline, ko);
        assert!(
            t.contains("4418만2000 달러에서 2025년 3억174만4000 달러로"),
            "{t}"
        );
        // Rounded figures read 약, in the values and in the shares.
        let us_2024 = FIGURES
            .iter()
            .position(|f| {
                f.destination == Destination::UnitedStates
                    && f.period.start.year == 2024
                    && f.period.months() == 12
            })
            .unwrap();
        let t = point_text(us_2024, &PlainNumbers, ko).unwrap();
        assert_eq!(t.value, "약 6029만 달러(출처가 1만 달러 단위로 반올림)");
        assert_eq!(t.share.as_deref(), Some("전체 음반 수출의 약 20.7%"));
        // English is unchanged.
        let t = point_text(us_2024, &PlainNumbers, Lang::En).unwrap();
        assert_eq!(
            t.value,
            "about $60,290,000 (rounded by the source to the nearest $0.01 million)"
        );
    }
}
