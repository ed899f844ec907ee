//! The chart's vocabulary: the language, the view, the measure and the
//! colour scheme, and the one answer to "what does this view show".
//!
//! It sits just above the dataset and below both the words (`crate::words`)
//! and the model: it uses only the dataset's own types, so every other
//! module can name a view or a language without importing anything above
//! it.

use crate::data::{Dataset, Destination, Figure, Period};

/// The language of every text the widget shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English (the default).
    #[default]
    En,
    /// Korean.
    Ko,
}

impl Lang {
    /// Every language, in the order of the text columns of
    /// `data/milestones.csv` and of [`Lang::TAGS`].
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ko];

    /// The BCP 47 tags, in [`Lang::ALL`]'s order.
    pub const TAGS: [&'static str; 2] = ["en", "ko"];

    /// The language's position in [`Lang::ALL`]: the column of its texts.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The BCP 47 tag for the widget's `lang` attribute and `Intl`.
    pub fn tag(self) -> &'static str {
        Lang::TAGS[self.index()]
    }

    /// The language with this tag, if the widget speaks it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.tag() == tag)
    }
}

/// Which chart the reader is looking at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChartView {
    /// One period's three destinations side by side (the default: the
    /// dataset's [`Dataset::default_period`], the seed's story).
    Snapshot(Period),
    /// Every sourced period on a real time axis.
    Timeline,
}

/// What the value axis measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Metric {
    /// Thousands of US dollars, as the sources give them.
    #[default]
    Dollars,
    /// Share of the period's own total.
    Share,
}

/// The colour scheme a reader gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Theme {
    /// Follow the reader's `prefers-color-scheme`.
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Metric {
    /// The value this metric plots for a figure of `data`: its dollars, or
    /// its share of its own period's total (none when `data` gives no
    /// total).
    pub fn value(self, data: &Dataset, f: &Figure) -> Option<f64> {
        match self {
            Metric::Dollars => Some(f64::from(f.value_kusd)),
            Metric::Share => data.share(f),
        }
    }

    /// The other metric, shown as a bar's secondary label.
    pub fn other(self) -> Metric {
        match self {
            Metric::Dollars => Metric::Share,
            Metric::Share => Metric::Dollars,
        }
    }
}

impl ChartView {
    /// The destinations the view draws under a metric, in legend order: the
    /// three countries in a snapshot; on the timeline the total too, but only
    /// in dollars (its share is always 100%).
    pub fn series(self, metric: Metric) -> &'static [Destination] {
        match (self, metric) {
            (ChartView::Timeline, Metric::Dollars) => &Destination::ALL,
            _ => &Destination::COUNTRIES,
        }
    }

    /// Whether the view covers a period (its notes, sources and table).
    pub fn covers(self, period: Period) -> bool {
        match self {
            ChartView::Snapshot(p) => p == period,
            ChartView::Timeline => true,
        }
    }

    /// Whether the view plots a figure of `data` under a metric: its period
    /// is covered, its destination is a series, and the metric has a value
    /// for it.
    pub fn plots(self, data: &Dataset, metric: Metric, f: &Figure) -> bool {
        self.covers(f.period)
            && self.series(metric).contains(&f.destination)
            && metric.value(data, f).is_some()
    }
}

#[cfg(test)]
#[path = "tests/vocab.rs"]
mod tests;
