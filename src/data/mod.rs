//! The dataset: every sourced figure and milestone, embedded at build time.
//!
//! `build.rs` validates `data/exports.csv`, `data/milestones.csv` and
//! `data/default-period.txt` (with [`parse`]) and generates [`EMBEDDED`], a
//! [`Dataset`] of the types here. It includes `parse.rs` and `types.rs` (the
//! types and the destinations' codes) itself, so both depend on `std` alone.
//!
//! The model reads no dataset of its own: every function that needs figures
//! takes a [`Dataset`], so tests can build scenes and texts from any data.

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
        self.periods_of(|f| f.destination != Destination::All)
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
mod tests;
