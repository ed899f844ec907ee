//! The words around the chart: title, subtitle, notes, source line and the
//! text description of the canvas, all generated from the data. What is said
//! is chosen here; each language phrases it in `crate::words`.

use crate::data::{Dataset, Destination, Period, PeriodKind};
use crate::model::chart::{country_figures_start, PERIOD_LEGEND};
use crate::model::format::{figure_money, figure_share};
use crate::model::order::ranked;
use crate::model::story::{story, Story};
use crate::vocab::Lang;
use crate::vocab::{ChartView, Metric};
use crate::words::{words, DestinationWords, PeriodCounts, PeriodWords};

/// The chart's headline for the compared period: what its figures say
/// ([`story`]), so it is true of that period.
pub fn title(data: &Dataset, period: Period, lang: Lang) -> String {
    let (w, name) = (words(lang), |d: Destination| {
        words(lang).headline_destinations[d.index()]
    });
    let text = match story(data, period) {
        Some(Story::Overtook {
            ahead,
            behind,
            rank,
        }) => (w.chart.title_overtook)(name(ahead), name(behind), rank),
        Some(Story::Led { leader }) => (w.chart.title_led)(name(leader), &period.long_label(lang)),
        None => (w.chart.subtitle_snapshot.dollars)(&period.long_label(lang)),
    };
    capitalise(&text)
}

/// `s` with its first letter in capitals. ASCII only, on purpose: the
/// labels are English (ASCII) or Korean (no case), and `char::to_uppercase`
/// would bring the standard library's Unicode case table (about 5 KB gzip)
/// into the wasm. A language whose labels start with a non-ASCII cased
/// letter would write its label capitalised in its words file.
pub fn capitalise(s: &str) -> String {
    let mut out = s.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// The first and last months of the data's periods that are neither a
/// full year nor a first half, each pair once, in calendar order (`Jan–Oct`
/// before `Jan–Nov`, whichever year came first): what the legend and the
/// notes say the long dashes stand for.
pub fn partial_months(data: &Dataset) -> Vec<(u8, u8)> {
    let mut months: Vec<(u8, u8)> = Vec::new();
    for p in data.periods_of(|f| f.period.kind() == PeriodKind::Partial) {
        let pair = (p.start.month, p.end.month);
        if let Err(at) = months.binary_search(&pair) {
            months.insert(at, pair);
        }
    }
    months
}

/// The timeline legend's period kinds: each kind `data` has a period of,
/// in [`PERIOD_LEGEND`]'s order, with its name.
pub fn period_kinds(data: &Dataset, lang: Lang) -> Vec<(PeriodKind, String)> {
    let w = words(lang);
    PERIOD_LEGEND
        .into_iter()
        .filter(|&kind| data.figures.iter().any(|f| f.period.kind() == kind))
        .map(|kind| {
            let name = match kind {
                PeriodKind::FullYear => w.ui.full_year_kind.to_string(),
                PeriodKind::FirstHalf => w.ui.first_half_kind.to_string(),
                PeriodKind::Partial => (w.chart.partial_kind)(w, &partial_months(data)),
            };
            (kind, name)
        })
        .collect()
}

/// What the chart shows, under the title.
pub fn subtitle(view: ChartView, metric: Metric, lang: Lang) -> String {
    let chart = &words(lang).chart;
    match view {
        ChartView::Snapshot(p) => (chart.subtitle_snapshot.get(metric))(&p.long_label(lang)),
        ChartView::Timeline => chart.subtitle_timeline.get(metric).to_string(),
    }
}

/// Notes on the periods of `data` shown: what each value covers and what
/// isn't comparable (in shares, also the years before the first country
/// figure, which the time axis shows empty).
pub fn period_notes(data: &Dataset, view: ChartView, metric: Metric, lang: Lang) -> Vec<String> {
    let w = words(lang);
    let mut notes = Vec::new();
    match view {
        ChartView::Snapshot(p) => {
            if let Some(total) = data.figure(p, Destination::All) {
                notes.push((w.chart.snapshot_note)(w, p, &figure_money(total, lang)));
            }
        }
        ChartView::Timeline => {
            notes.push((w.chart.timeline_lines_note)(w, &partial_months(data)));
            let mut note = w.chart.timeline_note.get(metric).to_string();
            let gap = country_figures_start(data).filter(|_| metric == Metric::Share);
            if let Some(start) = gap {
                note.push(' ');
                note.push_str(&(w.chart.no_country_figures_before)(start.year));
            }
            notes.push(note);
        }
    }
    if data
        .figures
        .iter()
        .any(|f| f.is_approximate() && view.covers(f.period))
    {
        notes.push(w.chart.rounded_note.to_string());
    }
    notes
}

/// Outlet names without the dates some source fields carry.
fn outlets(sources: impl Iterator<Item = &'static str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in sources {
        for part in s.split(" / ") {
            let name = part
                .trim_end_matches(|c: char| c.is_ascii_digit() || c == '-' || c == ' ')
                .trim();
            if !name.is_empty() && !out.iter().any(|o| o == name) {
                out.push(name.to_string());
            }
        }
    }
    out
}

/// The source line for what a view of `data` shows.
pub fn source_line(data: &Dataset, view: ChartView, lang: Lang) -> String {
    let figures = data.figures.iter().filter(|f| view.covers(f.period));
    let mut dated: Vec<String> = Vec::new();
    for f in figures {
        let s = format!("{} ({})", f.source, f.source_date);
        if !dated.contains(&s) {
            dated.push(s);
        }
    }
    let milestones = outlets(data.milestones.iter().map(|m| m.source)).join(", ");
    (words(lang).chart.source_line)(&dated.join("; "), &milestones)
}

/// A text description of what the canvas shows, for screen readers, built
/// from the same figures of `data` the chart draws; `rows` when the periods
/// are drawn as rows (the every-period view on a phone, [`crate::model::chart::uses_rows`]).
pub fn describe(
    data: &Dataset,
    view: ChartView,
    metric: Metric,
    annotations: bool,
    rows: bool,
    lang: Lang,
) -> String {
    let mut s = match view {
        ChartView::Snapshot(p) => describe_snapshot(data, p, lang),
        ChartView::Timeline => describe_timeline(data, metric, lang),
    };
    if annotations {
        s.push_str(words(lang).chart.describe_milestones);
    }
    if rows {
        s.push_str(words(lang).chart.describe_rows);
    }
    s
}

/// A snapshot's bars in their drawn order, then the destinations from the
/// largest down.
fn describe_snapshot(data: &Dataset, p: Period, lang: Lang) -> String {
    let chart = &words(lang).chart;
    let bars: Vec<String> = Destination::COUNTRIES
        .iter()
        .filter_map(|&d| data.figure(p, d))
        .map(|f| {
            let share = figure_share(data, f, lang);
            (chart.describe_bar)(
                f.destination.name(lang),
                &figure_money(f, lang),
                share.as_deref(),
            )
        })
        .collect();
    let order: Vec<&str> = ranked(data, p)
        .iter()
        .map(|f| f.destination.name(lang))
        .collect();
    (chart.describe_snapshot)(&p.long_label(lang), &bars.join(", "), &order.join(", "))
}

/// The timeline's series and how many periods of each kind it spans.
fn describe_timeline(data: &Dataset, metric: Metric, lang: Lang) -> String {
    let names: Vec<&str> = ChartView::Timeline
        .series(metric)
        .iter()
        .map(|d| d.name(lang))
        .collect();
    // The periods the lines are drawn for under this metric (the totals
    // reach back before the country figures, but only in dollars).
    let periods = data.periods_of(|f| ChartView::Timeline.plots(data, metric, f));
    let count = |k: PeriodKind| periods.iter().filter(|p| p.kind() == k).count();
    let counts = PeriodCounts {
        full_years: count(PeriodKind::FullYear),
        first_halves: count(PeriodKind::FirstHalf),
        other: count(PeriodKind::Partial),
        first_year: periods.iter().map(|p| p.start.year).min().unwrap_or(0),
        last_year: periods.iter().map(|p| p.end.year).max().unwrap_or(0),
    };
    (words(lang).chart.describe_timeline)(metric, &names.join(", "), counts)
}

#[cfg(test)]
#[path = "tests/text.rs"]
mod tests;
