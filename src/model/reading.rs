//! Reading the chart without seeing it: what a tooltip says about a figure
//! and what is announced as the keyboard reaches it. Where the keyboard
//! goes is [`crate::model::navigation`]; the summary of the story is
//! [`crate::model::summary`].
//!
//! Numbers are formatted through [`Numbers`], so the browser can format them
//! for the reader's locale (with `Intl`) while native tests use
//! [`PlainNumbers`]; Korean amounts are written in 만 and 억 by their words
//! ([`Numbers::amount`]), never by a currency format.

use crate::data::{Dataset, Milestone, Period};
use crate::model::format::share_of_total;
pub use crate::model::numbers::{Numbers, PlainNumbers};
use crate::model::text::capitalise;
use crate::vocab::Lang;
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

#[cfg(test)]
#[path = "tests/reading.rs"]
mod tests;
