//! The shapes of the sentences every language fills in.
//!
//! The figures and the choice of what to say stay in `model::text` and
//! `model::reading`; each language only phrases them. Fixed words are
//! `&'static str`; sentences around values are plain `fn`s, so every
//! language's words stay a `const` with no allocation until a sentence is
//! actually written.

use crate::data::Period;
use crate::vocab::Metric;

use super::Words;

/// One thing said differently for each [`Metric`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PerMetric<T> {
    /// Said when the chart shows US dollars.
    pub dollars: T,
    /// Said when the chart shows shares of the period's total.
    pub share: T,
}

impl<T: Copy> PerMetric<T> {
    /// What is said under `metric`.
    pub fn get(&self, metric: Metric) -> T {
        match metric {
            Metric::Dollars => self.dollars,
            Metric::Share => self.share,
        }
    }
}

/// How many periods of each kind the timeline draws, for its description.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PeriodCounts {
    /// Full calendar years.
    pub full_years: usize,
    /// January to June.
    pub first_halves: usize,
    /// Any other part of a year.
    pub other: usize,
    /// The first year any of them covers.
    pub first_year: u16,
    /// The last year any of them covers.
    pub last_year: u16,
}

/// The words around the chart: title, subtitles, notes, source line and
/// the canvas's description.
pub struct ChartText {
    /// The headline when a country passed another since the period before:
    /// the one that moved up and the one it passed (as
    /// [`super::Words::headline_destinations`] names them) and its place,
    /// from 1 (the model capitalises the first letter).
    pub title_overtook: fn(&str, &str, usize) -> String,
    /// The headline otherwise: the largest market, and the period in words.
    pub title_led: fn(&str, &str) -> String,
    /// A snapshot's subtitle, given its period in words.
    pub subtitle_snapshot: PerMetric<fn(&str) -> String>,
    /// The timeline's subtitle.
    pub subtitle_timeline: PerMetric<&'static str>,
    /// A snapshot's note: what its figures cover and what the shares are
    /// of, given the period and its total (already formatted).
    pub snapshot_note: fn(&Words, Period, &str) -> String,
    /// The timeline's note on line styles.
    pub timeline_lines_note: fn(&Words, &[(u8, u8)]) -> String,
    /// The legend entry of the lines of periods neither a full year nor a
    /// first half, given their distinct first and last months in time order
    /// (`Jan–Oct/Nov`).
    pub partial_kind: fn(&Words, &[(u8, u8)]) -> String,
    /// The timeline's note on comparing periods.
    pub timeline_note: PerMetric<&'static str>,
    /// After the share timeline's note when the time axis starts before
    /// the first country figure, given that figure's year: `No country
    /// figures were found before 2020.`
    pub no_country_figures_before: fn(u16) -> String,
    /// The note on figures the source gave only rounded.
    pub rounded_note: &'static str,
    /// The source line, given the dated figure sources and the milestones'
    /// outlets, each already joined.
    pub source_line: fn(&str, &str) -> String,
    /// One bar in the description: destination, value, and share if known.
    pub describe_bar: fn(&str, &str, Option<&str>) -> String,
    /// The snapshot's description, given the period, the bars (joined) and
    /// the destinations from largest to smallest (joined).
    pub describe_snapshot: fn(&str, &str, &str) -> String,
    /// The timeline's description, given the metric, the series' names
    /// (joined) and how many periods of each kind it draws.
    pub describe_timeline: fn(Metric, &str, PeriodCounts) -> String,
    /// Appended to the description when milestones are drawn.
    pub describe_milestones: &'static str,
    /// Appended when the view is drawn as rows (the timeline on a phone),
    /// whose layout the time chart's description would not suggest.
    pub describe_rows: &'static str,
}

/// Which way a value moved between two periods.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// The later value is larger.
    Up,
    /// The later value is smaller.
    Down,
    /// Both are the same.
    Level,
}

/// A value at two periods, each already in words, for a sentence on how it
/// changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change<'a> {
    /// Which way the value moved.
    pub direction: Direction,
    /// The earlier period.
    pub from: &'a str,
    /// The value in the earlier period.
    pub from_value: &'a str,
    /// The later period.
    pub to: &'a str,
    /// The value in the later period.
    pub to_value: &'a str,
}

/// The words of tooltips, keyboard announcements and lists.
pub struct ReadingText {
    /// The note after a figure the source rounded, by the step it rounded
    /// to (in thousands of dollars).
    pub rounding_notes: [(u32, &'static str); 3],
    /// "about" around a rounded value.
    pub about: fn(&str) -> String,
    /// A share in words, given the percentage.
    pub share_of_all: fn(&str) -> String,
    /// The milestones of a period, given their list (already joined).
    pub milestones_in_period: fn(&str) -> String,
    /// Joins a list in a sentence: `a, b and c`.
    pub list: fn(&[String]) -> String,
    /// The sentences of the story's summary.
    pub summary: SummaryText,
}

/// The sentences of the summary of the chart's story.
pub struct SummaryText {
    /// A snapshot's first sentence, given the period and its total.
    pub total: fn(&str, &str) -> String,
    /// A snapshot's first sentence when the sources give no total.
    pub no_total: fn(&str) -> String,
    /// The largest destination, described.
    pub largest: fn(&str) -> String,
    /// The second destination ahead of the third, both described.
    pub second: fn(&str, &str) -> String,
    /// The destination that led in every period, by name.
    pub always_largest: fn(&str) -> String,
    /// The periods in which the United States was ahead of China, when
    /// China never was (the periods already listed).
    pub us_ahead: fn(&str) -> String,
    /// The periods in which each of the United States and China was ahead
    /// of the other (each list already joined).
    pub us_and_china_ahead: fn(&str, &str) -> String,
    /// How total exports changed from the first full year to the last.
    pub total_change: fn(&Change) -> String,
}
