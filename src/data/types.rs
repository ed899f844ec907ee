//! The dataset's plain types: destinations and their codes, months,
//! periods, days, figures and milestones.
//!
//! `build.rs` includes this file by `#[path]` (beside `parse.rs`) to validate
//! the files' codes and write the generated data with these very types, so it
//! depends on `std` alone: no `crate::` path and no `include!`. It reaches
//! `parse` as `super::parse`, which names the sibling module both in the
//! library (`data::parse`) and in the build script (its root's `parse`).

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
    /// Every destination, in the order each one's words, colour and marker
    /// are listed in (`crate::words`, the model's series table) and the
    /// legend reads: the total first, then the three countries in the order
    /// the seed ranks them (its own period's order).
    pub const ALL: [Destination; 4] = [
        Destination::All,
        Destination::Japan,
        Destination::UnitedStates,
        Destination::China,
    ];

    /// How many destinations there are: the length of every per-destination
    /// table, so a table that misses one does not compile.
    pub const COUNT: usize = Self::ALL.len();

    /// The countries the chart compares: [`Destination::ALL`] without the
    /// total, in its order.
    pub const COUNTRIES: [Destination; Self::COUNT - 1] = {
        let mut countries = [Destination::All; Self::COUNT - 1];
        let mut i = 0;
        while i < countries.len() {
            countries[i] = Self::ALL[i + 1];
            i += 1;
        }
        countries
    };

    /// The destination's place in [`Destination::ALL`]: the index of its
    /// row in every per-destination table. A match, not a cast, so a new
    /// destination must be given its place here; its code then goes in
    /// [`Destination::CODES`], whose length makes it go in `ALL` too, and
    /// `ALL`'s length makes every table above name what it lacks.
    pub const fn index(self) -> usize {
        match self {
            Destination::All => 0,
            Destination::Japan => 1,
            Destination::UnitedStates => 2,
            Destination::China => 3,
        }
    }

    /// Whether this is the period's total rather than one country.
    pub fn is_total(self) -> bool {
        self == Destination::All
    }

    /// Every destination with the code the data files write it as: the one
    /// table both the validator and the build's code generator read, so a
    /// code can't be spelled two ways.
    pub const CODES: [(Destination, &'static str); Destination::COUNT] = [
        (Destination::All, "all"),
        (Destination::Japan, "japan"),
        (Destination::UnitedStates, "united_states"),
        (Destination::China, "china"),
    ];

    /// The destination a data file's code names, if any.
    pub fn from_code(code: &str) -> Option<Destination> {
        Self::CODES
            .iter()
            .find(|(_, c)| *c == code)
            .map(|(d, _)| *d)
    }

    /// The code the data files write this destination as.
    pub fn code(self) -> &'static str {
        Self::CODES
            .iter()
            .find(|(d, _)| *d == self)
            .map_or("", |(_, c)| c)
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

impl std::fmt::Display for YearMonth {
    /// As the data files write it: `2023-06`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl YearMonth {
    /// Months since January of year 0: a linear scale for the time axis.
    pub fn index(self) -> i32 {
        i32::from(self.year) * 12 + i32::from(self.month) - 1
    }
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
    /// The period's name in the `period` embed option, the download file
    /// names and `data/default-period.txt`, readable and one per period:
    /// `2024` (January to December), `2024-h1` and `2024-h2` (the halves),
    /// `2023-jan-oct` (other months of one year), `2023-mar` (one month),
    /// `2023-jul-2024-jun` (months across years).
    pub fn code(self) -> String {
        const MONTHS: [&str; 12] = [
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        ];
        let (s, e) = (self.start, self.end);
        let m = |ym: YearMonth| MONTHS[usize::from(ym.month - 1) % 12];
        if s.year != e.year {
            return format!("{}-{}-{}-{}", s.year, m(s), e.year, m(e));
        }
        match (s.month, e.month) {
            (1, 12) => s.year.to_string(),
            (1, 6) => format!("{}-h1", s.year),
            (7, 12) => format!("{}-h2", s.year),
            (a, b) if a == b => format!("{}-{}", s.year, m(s)),
            _ => format!("{}-{}-{}", s.year, m(s), m(e)),
        }
    }

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
    /// The month the day falls in.
    pub fn month_of(self) -> YearMonth {
        YearMonth {
            year: self.year,
            month: self.month,
        }
    }

    /// The day's position on the time axis, in months (fractional: the 16th
    /// of a 30-day month sits half-way through it).
    pub fn position(self) -> f64 {
        let ym = self.month_of();
        let len = super::parse::days_in_month(self.year, self.month);
        f64::from(ym.index()) + f64::from(self.day - 1) / f64::from(len)
    }

    /// ISO form, `2023-04-03`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Whether the day falls inside a period.
    pub fn is_in(self, period: Period) -> bool {
        let ym = self.month_of();
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
    /// Short texts drawn on the chart, one per language in the order of
    /// the file's text columns.
    pub labels: &'static [&'static str],
    /// Full texts, one per language as `labels`.
    pub details: &'static [&'static str],
    /// The outlet(s).
    pub source: &'static str,
}
