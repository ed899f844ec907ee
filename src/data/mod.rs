//! The dataset: every sourced figure and milestone, embedded at build time.
//!
//! `build.rs` validates `data/exports.csv` and `data/milestones.csv` (with
//! [`parse`]) and generates the static slices [`FIGURES`] and [`MILESTONES`].

use crate::options::Lang;

pub mod parse;

/// A destination of album exports, or all of them together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Destination {
    /// Every destination: the period's total.
    All,
    /// Japan.
    Japan,
    /// The United States.
    UnitedStates,
    /// China.
    China,
}

impl Destination {
    /// The three countries the chart compares, in the order the seed ranks
    /// them for the first half of 2023.
    pub const COUNTRIES: [Destination; 3] = [
        Destination::Japan,
        Destination::UnitedStates,
        Destination::China,
    ];

    /// The reader-facing name.
    pub fn name(self, lang: Lang) -> &'static str {
        match (lang, self) {
            (Lang::En, Destination::All) => "All destinations",
            (Lang::En, Destination::Japan) => "Japan",
            (Lang::En, Destination::UnitedStates) => "United States",
            (Lang::En, Destination::China) => "China",
            (Lang::Ko, Destination::All) => "전체 수출",
            (Lang::Ko, Destination::Japan) => "일본",
            (Lang::Ko, Destination::UnitedStates) => "미국",
            (Lang::Ko, Destination::China) => "중국",
        }
    }

    /// A name short enough for a label beside a line on a phone.
    pub fn short_name(self, lang: Lang) -> &'static str {
        match (lang, self) {
            (Lang::En, Destination::All) => "Total",
            (Lang::En, Destination::UnitedStates) => "US",
            (Lang::Ko, Destination::All) => "합계",
            _ => self.name(lang),
        }
    }
}

/// A month of a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct YearMonth {
    /// Calendar year.
    pub year: u16,
    /// Month, 1 to 12.
    pub month: u8,
}

impl YearMonth {
    /// Months since January of year 0: a linear scale for the time axis.
    pub fn index(self) -> i32 {
        i32::from(self.year) * 12 + i32::from(self.month) - 1
    }
}

/// English month names, for labels.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn month_abbr(month: u8) -> &'static str {
    let name = MONTH_NAMES[usize::from(month.clamp(1, 12) - 1)];
    name.get(..3).unwrap_or(name)
}

/// How long a period is, in the terms a reader compares them by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PeriodKind {
    /// January to December.
    FullYear,
    /// January to June.
    FirstHalf,
    /// Any other run of months (here: January to October or November).
    Partial,
}

/// The months a figure covers, first to last inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Period {
    /// First month covered.
    pub start: YearMonth,
    /// Last month covered (inclusive).
    pub end: YearMonth,
}

impl Period {
    /// The first half of 2023: the seed article's period and the default view.
    pub const H1_2023: Period = Period {
        start: YearMonth {
            year: 2023,
            month: 1,
        },
        end: YearMonth {
            year: 2023,
            month: 6,
        },
    };

    /// Number of months covered.
    pub fn months(self) -> i32 {
        self.end.index() - self.start.index() + 1
    }

    /// The period's span on the time axis, in months: `[start, end + 1)`.
    pub fn span(self) -> (f64, f64) {
        (
            f64::from(self.start.index()),
            f64::from(self.end.index() + 1),
        )
    }

    /// Full year, first half, or another part of a year.
    pub fn kind(self) -> PeriodKind {
        let same_year = self.start.year == self.end.year && self.start.month == 1;
        match (same_year, self.end.month) {
            (true, 12) => PeriodKind::FullYear,
            (true, 6) => PeriodKind::FirstHalf,
            _ => PeriodKind::Partial,
        }
    }

    /// A compact label: `2022`, `H1 2023`, `Jan–Nov 2022` (in Korean
    /// `2022년`, `2023 상반기`, `2022년 1~11월`).
    pub fn short_label(self, lang: Lang) -> String {
        if lang == Lang::Ko {
            return match self.kind() {
                PeriodKind::FullYear => format!("{}년", self.start.year),
                PeriodKind::FirstHalf => format!("{} 상반기", self.start.year),
                PeriodKind::Partial => self.korean_months(),
            };
        }
        match self.kind() {
            PeriodKind::FullYear => self.start.year.to_string(),
            PeriodKind::FirstHalf => format!("H1 {}", self.start.year),
            PeriodKind::Partial if self.start.year == self.end.year => format!(
                "{}–{} {}",
                month_abbr(self.start.month),
                month_abbr(self.end.month),
                self.end.year
            ),
            PeriodKind::Partial => format!(
                "{} {}–{} {}",
                month_abbr(self.start.month),
                self.start.year,
                month_abbr(self.end.month),
                self.end.year
            ),
        }
    }

    /// Korean months: `2022년 1~11월`, or `2022년 11월~2023년 2월`.
    fn korean_months(self) -> String {
        if self.start.year == self.end.year {
            format!(
                "{}년 {}~{}월",
                self.start.year, self.start.month, self.end.month
            )
        } else {
            format!(
                "{}년 {}월~{}년 {}월",
                self.start.year, self.start.month, self.end.year, self.end.month
            )
        }
    }

    /// A label for sentences: `2022`, `the first half of 2023`,
    /// `January–November 2022` (in Korean `2022년`, `2023년 상반기`,
    /// `2022년 1~11월`).
    pub fn long_label(self, lang: Lang) -> String {
        if lang == Lang::Ko {
            return match self.kind() {
                PeriodKind::FullYear => format!("{}년", self.start.year),
                PeriodKind::FirstHalf => format!("{}년 상반기", self.start.year),
                PeriodKind::Partial => self.korean_months(),
            };
        }
        let name = |m: u8| MONTH_NAMES[usize::from(m.clamp(1, 12) - 1)];
        match self.kind() {
            PeriodKind::FullYear => self.start.year.to_string(),
            PeriodKind::FirstHalf => format!("the first half of {}", self.start.year),
            PeriodKind::Partial if self.start.year == self.end.year => format!(
                "{}–{} {}",
                name(self.start.month),
                name(self.end.month),
                self.end.year
            ),
            PeriodKind::Partial => format!(
                "{} {}–{} {}",
                name(self.start.month),
                self.start.year,
                name(self.end.month),
                self.end.year
            ),
        }
    }
}

/// A calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Day {
    /// Calendar year.
    pub year: u16,
    /// Month, 1 to 12.
    pub month: u8,
    /// Day of the month.
    pub day: u8,
}

impl Day {
    /// The day's position on the time axis, in months (fractional: the 16th
    /// of a 30-day month sits half-way through it).
    pub fn position(self) -> f64 {
        let ym = YearMonth {
            year: self.year,
            month: self.month,
        };
        let len = parse::days_in_month(self.year, self.month);
        f64::from(ym.index()) + f64::from(self.day - 1) / f64::from(len)
    }

    /// ISO form, `2023-04-03`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Whether the day falls inside a period.
    pub fn is_in(self, period: Period) -> bool {
        let ym = YearMonth {
            year: self.year,
            month: self.month,
        };
        period.start <= ym && ym <= period.end
    }
}

/// One sourced figure: a destination's album exports over a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Figure {
    /// The months it covers.
    pub period: Period,
    /// Where the albums went.
    pub destination: Destination,
    /// Thousands of US dollars, exactly as the source gives it.
    pub value_kusd: u32,
    /// The step the source rounded to, in k$: 1 when exact, 1000 for "$60M".
    pub rounded_to_kusd: u32,
    /// The outlet(s) that published it.
    pub source: &'static str,
    /// When they published it.
    pub source_date: &'static str,
}

impl Figure {
    /// Whether the source gave the figure only rounded.
    pub fn is_approximate(&self) -> bool {
        self.rounded_to_kusd > 1
    }
}

/// A US Billboard chart milestone of a K-pop act.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Milestone {
    /// The day Billboard announced the result.
    pub date: Day,
    /// The chart's own date, when there is one.
    pub chart_dated: Option<Day>,
    /// Short text drawn on the chart.
    pub label: &'static str,
    /// Full text.
    pub detail: &'static str,
    /// The outlet(s).
    pub source: &'static str,
    /// Whether the seed article mentions it.
    pub in_seed: bool,
    /// `label` in Korean.
    pub label_ko: &'static str,
    /// `detail` in Korean.
    pub detail_ko: &'static str,
}

impl Milestone {
    /// The short text drawn on the chart, in `lang`.
    pub fn label_in(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.label,
            Lang::Ko => self.label_ko,
        }
    }

    /// The full text, in `lang`.
    pub fn detail_in(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.detail,
            Lang::Ko => self.detail_ko,
        }
    }
}

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

/// The figure for a destination and a period, if the sources give one.
pub fn figure(period: Period, destination: Destination) -> Option<&'static Figure> {
    FIGURES
        .iter()
        .find(|f| f.period == period && f.destination == destination)
}

/// The index in [`FIGURES`] of the figure for a destination and a period.
pub fn figure_index(period: Period, destination: Destination) -> Option<usize> {
    FIGURES
        .iter()
        .position(|f| f.period == period && f.destination == destination)
}

/// Every period with country figures, in time order (by start, then end).
pub fn country_periods() -> Vec<Period> {
    let mut periods: Vec<Period> = FIGURES
        .iter()
        .filter(|f| f.destination != Destination::All)
        .map(|f| f.period)
        .collect();
    periods.sort_unstable();
    periods.dedup();
    periods
}

/// A figure's share of its own period's total, as a fraction, when the
/// sources give that total.
pub fn share(figure: &Figure) -> Option<f64> {
    let total = self::figure(figure.period, Destination::All)?;
    (total.value_kusd > 0).then(|| f64::from(figure.value_kusd) / f64::from(total.value_kusd))
}

#[cfg(test)]
mod tests;
