//! The dataset: every sourced figure and milestone, embedded at build time.
//!
//! `build.rs` validates `data/exports.csv`, `data/milestones.csv` and
//! `data/default-period.txt` (with [`parse`] and [`default_period`]) and
//! generates [`EMBEDDED`], a [`Dataset`] of the types here. It includes
//! `parse.rs`, `default_period.rs` and `types.rs` (the types and the
//! destinations' codes) itself, so all three depend on `std` alone.
//! [`Dataset::from_text`] runs the same validation on any text, for tests
//! and tools.
//!
//! The model reads no dataset of its own: every function that needs figures
//! takes a [`Dataset`], so tests can build scenes and texts from any data.

pub mod default_period;
pub mod parse;

mod types;
pub use types::*;

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

/// The dataset the build embedded from `data/`.
pub static EMBEDDED: Dataset = Dataset {
    figures: FIGURES,
    milestones: MILESTONES,
    default_period: DEFAULT_PERIOD,
};

/// Figures, milestones and the period the comparison view shows by default.
///
/// The slices are `'static` because the browser's dataset is embedded in
/// the binary; a test that builds its own leaks it (see
/// [`Dataset::leak`]), which keeps the type `Copy` and every scene free of
/// lifetimes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Dataset {
    /// Every sourced figure, in file order.
    pub figures: &'static [Figure],
    /// Every milestone, in date order.
    pub milestones: &'static [Milestone],
    /// The period the comparison view shows when an embed names none: one
    /// with country figures.
    pub default_period: Period,
}

impl Dataset {
    /// A dataset made from owned rows, kept for the rest of the process.
    /// For tests and tools that build data the parser would accept.
    pub fn leak(figures: Vec<Figure>, milestones: Vec<Milestone>, default_period: Period) -> Self {
        Dataset {
            figures: Vec::leak(figures),
            milestones: Vec::leak(milestones),
            default_period,
        }
    }

    /// The dataset the three data files' texts describe, validated and
    /// turned into figures exactly as `build.rs` does for [`EMBEDDED`]:
    /// `exports` in the format of `data/exports.csv`, `milestones` of
    /// `data/milestones.csv` and `default_period` of
    /// `data/default-period.txt`. An error names the file by its name in
    /// `data/`, with the line in the text given.
    ///
    /// For tests and tools (a dataset with rows that aren't shipped, or
    /// generated ones): the texts it builds are leaked, as
    /// [`Dataset::leak`] leaks its rows, and kept for the rest of the
    /// process. The browser never calls it, so it adds nothing to the wasm.
    ///
    /// ```
    /// use kpop_exports_chart::data::{Dataset, EMBEDDED};
    /// let data = Dataset::from_text(
    ///     include_str!("../../data/exports.csv"),
    ///     include_str!("../../data/milestones.csv"),
    ///     include_str!("../../data/default-period.txt"),
    /// );
    /// assert_eq!(data, Ok(EMBEDDED));
    /// ```
    pub fn from_text(
        exports: &str,
        milestones: &str,
        default_period: &str,
    ) -> Result<Dataset, parse::DataError> {
        let rows = parse::parse_exports("data/exports.csv", exports)?;
        let milestone_records = parse::parse_milestones("data/milestones.csv", milestones)?;
        let default =
            default_period::parse_default_period("data/default-period.txt", default_period, &rows)?;
        let leak = |s: &str| -> &'static str { String::leak(s.to_string()) };
        let figures = rows
            .iter()
            .map(|r| Figure {
                period: r.period(),
                destination: r.destination,
                value_kusd: r.value_kusd,
                rounded_to_kusd: r.rounded_to_kusd,
                source: leak(&r.source),
                source_date: leak(&r.source_date),
            })
            .collect();
        let texts = |t: &[String]| -> &'static [&'static str] {
            Vec::leak(t.iter().map(|s| leak(s)).collect())
        };
        let milestones = milestone_records
            .iter()
            .map(|m| Milestone {
                date: m.date,
                chart_dated: m.chart_dated,
                labels: texts(&m.labels),
                details: texts(&m.details),
                source: leak(&m.source),
            })
            .collect();
        Ok(Dataset::leak(figures, milestones, default))
    }

    /// The figure for a destination and a period, if the sources give one.
    pub fn figure(&self, period: Period, destination: Destination) -> Option<&'static Figure> {
        self.figures
            .iter()
            .find(|f| f.period == period && f.destination == destination)
    }

    /// The index in [`Dataset::figures`] of the figure for a destination and
    /// a period.
    pub fn figure_index(&self, period: Period, destination: Destination) -> Option<usize> {
        self.figures
            .iter()
            .position(|f| f.period == period && f.destination == destination)
    }

    /// Every period with country figures, in time order (by start, then end).
    pub fn country_periods(&self) -> Vec<Period> {
        self.periods_of(|f| !f.destination.is_total())
    }

    /// The period with country figures whose [`Period::code`] is `code`.
    pub fn country_period(&self, code: &str) -> Option<Period> {
        self.country_periods()
            .into_iter()
            .find(|p| p.code() == code)
    }

    /// The distinct periods of the figures `keep` picks, in time order (by
    /// start, then end).
    pub fn periods_of(&self, keep: impl Fn(&Figure) -> bool) -> Vec<Period> {
        // Insertion into a sorted list: the standard sort would add about 2 KB
        // of wasm for a list of ten.
        let mut periods: Vec<Period> = Vec::new();
        for f in self.figures.iter().filter(|f| keep(f)) {
            if let Err(at) = periods.binary_search(&f.period) {
                periods.insert(at, f.period);
            }
        }
        periods
    }

    /// A figure's share of its own period's total, as a fraction, when the
    /// sources give that total.
    pub fn share(&self, figure: &Figure) -> Option<f64> {
        let total = self.figure(figure.period, Destination::All)?;
        (total.value_kusd > 0).then(|| f64::from(figure.value_kusd) / f64::from(total.value_kusd))
    }
}

#[cfg(test)]
#[path = "tests/mod.rs"]
mod tests;
