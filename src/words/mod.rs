//! Each language's words, one file per language behind one type: [`Words`].
//!
//! Everything a reader reads that isn't a figure or a source's own text
//! (milestone texts come from `data/milestones.csv`, a `label_<tag>` and a
//! `detail_<tag>` column per language) is spelled in `en.rs` or `ko.rs`:
//! the choice of what to say stays in the model, each language only phrases
//! it (see [`ChartText`] and [`ReadingText`]). Adding a language means one
//! more file like them, its variant and tag in [`Lang`], its arm in
//! [`words`], and its columns in `data/milestones.csv`.

mod en;
mod ko;
mod sentences;

pub use sentences::{
    Change, ChartText, Direction, PerMetric, PeriodCounts, ReadingText, SummaryText,
};

use crate::data::{Destination, Milestone, Period};
use crate::vocab::Lang;

/// Every word the widget shows in one language.
pub struct Words {
    /// The controls, legend and tables.
    pub ui: UiText,
    /// Under a bar's place when the sources give no figure.
    pub no_figure: &'static str,
    /// After a bar's share label (dropped when it doesn't fit).
    pub of_total: &'static str,
    /// In the share timeline's empty years, given the first year with
    /// country figures: `No country figures before 2020`.
    pub no_country_figures: fn(u16) -> String,
    /// In a phone row of a period the sources give only a total for.
    pub no_country_figures_period: &'static str,
    /// Destination names, in [`Destination::ALL`]'s order (all, Japan, the
    /// United States, China).
    pub destinations: [&'static str; Destination::COUNT],
    /// Destination names as a headline says them (`the US`), in
    /// [`Destination::ALL`]'s order.
    pub headline_destinations: [&'static str; Destination::COUNT],
    /// Names short enough for a label beside a line on a phone, in
    /// [`Destination::ALL`]'s order.
    pub short_destinations: [&'static str; Destination::COUNT],
    /// Month names, January first.
    pub months: [&'static str; 12],
    /// Short month names (`Jan`), for a month axis.
    pub months_short: [&'static str; 12],
    /// The shortest month names (`J`), for a narrow month axis.
    pub months_initial: [&'static str; 12],
    /// A compact period label: `2022`, `H1 2023`, `Jan–Nov 2022`.
    pub period_short: fn(&Words, Period) -> String,
    /// A period label for sentences: `the first half of 2023`.
    pub period_long: fn(&Words, Period) -> String,
    /// A period row's label on a phone, year first: `2023 Jan–Jun`,
    /// `2022 Jan–Nov`, `2021`.
    pub period_row: fn(&Words, Period) -> String,
    /// The label of the button that shows a period's snapshot:
    /// `First half of 2023`, `2024`.
    pub period_button: fn(&Words, Period) -> String,
    /// How many months a period covers: `6 months`, `12 months`.
    pub months_count: fn(i32) -> String,
    /// The title, subtitles, notes, source line and description.
    pub chart: ChartText,
    /// Tooltips, announcements and the summary.
    pub reading: ReadingText,
    /// The download links and the files they give.
    pub downloads: DownloadText,
    /// How amounts are written.
    pub amounts: AmountWords,
}

/// The words of the footer's download links and of the files they give.
pub struct DownloadText {
    /// The link to the CSV of what the chart shows.
    pub get_data: &'static str,
    /// The link to the PNG of the chart.
    pub download_image: &'static str,
    /// The CSV's column headers: first month, last month, destination,
    /// value in k$, rounding step in k$, share, source, source date.
    pub csv_headers: [&'static str; 8],
    /// The CSV's first (comment) line, given what it holds (the subtitle):
    /// the subject and the source.
    pub csv_comment: fn(&str) -> String,
    /// The milestone key's heading in the image.
    pub key_heading: &'static str,
}

/// How a language writes amounts of US dollars, and marks the figures its
/// sources gave only rounded.
pub struct AmountWords {
    /// Before an amount or a share the source gave only rounded: `≈`
    /// (`≈$60M`, `≈49%`), in Korean `약 ` (`약 6000만 달러`, `약 49%`).
    pub approx: &'static str,
    /// How the amounts themselves are written.
    pub style: AmountStyle,
}

/// The ways of writing an amount of US dollars (the arithmetic is
/// `model::format`'s).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmountStyle {
    /// In millions with exactly the source's decimals (`$48.523M`, `$640K`
    /// under a million), ticks `$50M`; full amounts (tooltips, the table)
    /// by the reader's `Intl` (`$48,523,000`).
    Millions,
    /// In groups of four digits, each followed by its unit's name, empty
    /// groups left out, with neither commas nor spaces, then the currency:
    /// `4852만3000 달러`, `1억 달러`. Every digit is written, so one text is
    /// both the label and the full amount; ticks leave the currency to the
    /// subtitle (`1억2000만`).
    Myriads {
        /// The names of 10⁴, 10⁸ and 10¹².
        units: [&'static str; 3],
        /// After the number, with its space: ` 달러`.
        currency: &'static str,
    },
}

/// The words of the widget's controls, legend and table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UiText {
    /// Name of the view switch group.
    pub period_group: &'static str,
    /// The timeline's button.
    pub every_period: &'static str,
    /// Name of the metric switch group.
    pub measure_group: &'static str,
    /// The dollars button.
    pub dollars: &'static str,
    /// The share button.
    pub share: &'static str,
    /// The annotation switch.
    pub milestones: &'static str,
    /// The legend entry of full-year lines.
    pub full_year_kind: &'static str,
    /// The legend entry of first-half lines.
    pub first_half_kind: &'static str,
    /// The plot's accessible name, with how to use it.
    pub plot_label: &'static str,
    /// What a screen reader calls the plot (`aria-roledescription`).
    pub plot_role: &'static str,
    /// Before a tooltip's source.
    pub source_prefix: &'static str,
    /// The data table's toggle, closed and open.
    pub show_data: &'static str,
    /// See `show_data`.
    pub hide_data: &'static str,
    /// Name of the scrollable data region.
    pub data_region: &'static str,
    /// The figures table's caption for the timeline.
    pub table_every_period: &'static str,
    /// The figures table's caption before a period.
    pub table_caption: &'static str,
    /// The figures table's column headers.
    pub table_headers: [&'static str; 5],
    /// The milestones table's caption.
    pub milestones_caption: &'static str,
    /// The milestones table's column headers.
    pub milestones_headers: [&'static str; 4],
}

/// The words of `lang`.
pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &en::WORDS,
        Lang::Ko => &ko::WORDS,
    }
}

impl Words {
    /// A month's name (1 = January), clamped into the year.
    pub fn month(&self, month: u8) -> &'static str {
        self.months[usize::from(month.clamp(1, 12) - 1)]
    }
}

/// A destination's reader-facing names.
pub trait DestinationWords {
    /// The reader-facing name.
    fn name(self, lang: Lang) -> &'static str;
    /// A name short enough for a label beside a line on a phone.
    fn short_name(self, lang: Lang) -> &'static str;
}

impl DestinationWords for Destination {
    fn name(self, lang: Lang) -> &'static str {
        words(lang).destinations[self.index()]
    }

    fn short_name(self, lang: Lang) -> &'static str {
        words(lang).short_destinations[self.index()]
    }
}

/// A period in words.
pub trait PeriodWords {
    /// A compact label: `2022`, `H1 2023`, `Jan–Nov 2022` (in Korean
    /// `2022년`, `2023 상반기`, `2022년 1~11월`).
    fn short_label(self, lang: Lang) -> String;
    /// A label for sentences: `2022`, `the first half of 2023`,
    /// `January–November 2022` (in Korean `2022년`, `2023년 상반기`,
    /// `2022년 1~11월`).
    fn long_label(self, lang: Lang) -> String;
    /// A phone row's label, year first: `2023 Jan–Jun`, `2021` (in
    /// Korean `2023년 1~6월`, `2021년`).
    fn row_label(self, lang: Lang) -> String;
    /// The label of the button showing the period's snapshot: `First half
    /// of 2023`, `2024` (in Korean `2023년 상반기`, `2024년`).
    fn button_label(self, lang: Lang) -> String;
}

impl PeriodWords for Period {
    fn short_label(self, lang: Lang) -> String {
        let w = words(lang);
        (w.period_short)(w, self)
    }

    fn long_label(self, lang: Lang) -> String {
        let w = words(lang);
        (w.period_long)(w, self)
    }

    fn row_label(self, lang: Lang) -> String {
        let w = words(lang);
        (w.period_row)(w, self)
    }

    fn button_label(self, lang: Lang) -> String {
        let w = words(lang);
        (w.period_button)(w, self)
    }
}

/// A milestone's texts in a language: its column of `data/milestones.csv`.
pub trait MilestoneWords {
    /// The short text drawn on the chart.
    fn label_in(&self, lang: Lang) -> &'static str;
    /// The full text, for tables.
    fn detail_in(&self, lang: Lang) -> &'static str;
}

impl MilestoneWords for Milestone {
    fn label_in(&self, lang: Lang) -> &'static str {
        self.labels
            .get(lang.index())
            .copied()
            .unwrap_or(self.labels[0])
    }

    fn detail_in(&self, lang: Lang) -> &'static str {
        self.details
            .get(lang.index())
            .copied()
            .unwrap_or(self.details[0])
    }
}

/// Runs of months written from periods' first and last months, grouped
/// by first month in order: with `–` and `/`, `[(1, 10), (1, 11)]` gives
/// `["Jan–Oct/Nov"]` rather than `Jan–Oct` and `Jan–Nov`.
pub fn month_runs(ranges: &[(u8, u8)], names: &[&str; 12], to: &str, or: &str) -> Vec<String> {
    let name = |m: u8| names[usize::from(m.clamp(1, 12) - 1)];
    let mut runs: Vec<(u8, String)> = Vec::new();
    for &(first, last) in ranges {
        match runs.iter_mut().find(|(f, _)| *f == first) {
            Some((_, run)) => {
                run.push_str(or);
                run.push_str(name(last));
            }
            None => runs.push((first, format!("{}{to}{}", name(first), name(last)))),
        }
    }
    runs.into_iter().map(|(_, run)| run).collect()
}

#[cfg(test)]
#[path = "tests/mod.rs"]
mod tests;
