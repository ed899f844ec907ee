//! The summary of the chart's story, generated from the data: the canvas's
//! description for screen readers (a period's ranking, or across every
//! period who led, where the United States and China stood, and how the
//! total changed).

use crate::data::{Dataset, Destination, Figure, Period, PeriodKind};
use crate::model::format::{figure_money, figure_share};
use crate::model::order::ranked;
use crate::vocab::{ChartView, Lang};
use crate::words::{words, Change, DestinationWords, Direction, PeriodWords};

fn list(items: &[String], lang: Lang) -> String {
    (words(lang).reading.list)(items)
}

/// A short text summary of the chart's story, generated from `data`: the
/// canvas's description for screen readers.
pub fn summary(data: &Dataset, view: ChartView, lang: Lang) -> String {
    match view {
        ChartView::Snapshot(p) => snapshot_summary(data, p, lang),
        ChartView::Timeline => [
            always_largest(data, lang),
            us_and_china(data, lang),
            total_change(data, lang),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" "),
    }
}

/// A destination with its value and share: `Japan ($48.523M, 36.5%)`.
fn described(data: &Dataset, f: &Figure, lang: Lang) -> String {
    format!(
        "{} ({}, {})",
        f.destination.name(lang),
        figure_money(f, lang),
        figure_share(data, f, lang).unwrap_or_default()
    )
}

/// A snapshot's total, then its destinations from the largest down.
fn snapshot_summary(data: &Dataset, p: Period, lang: Lang) -> String {
    let summary = &words(lang).reading.summary;
    let figs = ranked(data, p);
    let period = p.long_label(lang);
    let mut s = match data.figure(p, Destination::All) {
        Some(total) => (summary.total)(&period, &figure_money(total, lang)),
        None => (summary.no_total)(&period),
    };
    if let [top, rest @ ..] = figs.as_slice() {
        s.push_str(&(summary.largest)(&described(data, top, lang)));
        if let [second, third, ..] = rest {
            s.push_str(&(summary.second)(
                &described(data, second, lang),
                &described(data, third, lang),
            ));
        }
    }
    s
}

/// The destination that led every period with country figures, if one did.
fn always_largest(data: &Dataset, lang: Lang) -> Option<String> {
    let leaders: Vec<Destination> = data
        .country_periods()
        .iter()
        .filter_map(|&p| Some(ranked(data, p).first()?.destination))
        .collect();
    let &lead = leaders.first()?;
    leaders
        .iter()
        .all(|&d| d == lead)
        .then(|| (words(lang).reading.summary.always_largest)(lead.name(lang)))
}

/// The periods in which the United States was ahead of China, and those in
/// which China was ahead; nothing when the United States never was.
fn us_and_china(data: &Dataset, lang: Lang) -> Option<String> {
    let (mut us_ahead, mut china_ahead) = (Vec::new(), Vec::new());
    for p in data.country_periods() {
        if let (Some(us), Some(cn)) = (
            data.figure(p, Destination::UnitedStates),
            data.figure(p, Destination::China),
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
fn total_change(data: &Dataset, lang: Lang) -> Option<String> {
    let mut years = data
        .figures
        .iter()
        .filter(|f| f.destination.is_total() && f.period.kind() == PeriodKind::FullYear);
    let first = years.next()?;
    // One full year alone has no change to tell.
    let last = years.next_back()?;
    Some(change_between(first, last, lang))
}

/// How a figure changed from `a` to `b`, in the direction it actually moved.
pub(crate) fn change_between(a: &Figure, b: &Figure, lang: Lang) -> String {
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
