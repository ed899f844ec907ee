//! The dataset: every sourced figure and milestone, embedded at build time.
//!
//! `build.rs` validates `data/exports.csv` and `data/milestones.csv` (with
//! [`parse`]) and generates the static slices [`FIGURES`] and [`MILESTONES`]
//! of the types here. It includes `parse.rs` and `types.rs` (the types and
//! the destinations' codes) itself, so both depend on `std` alone.

pub mod parse;

mod types;
pub use types::*;

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
    periods_of(|f| f.destination != Destination::All)
}

/// The distinct periods of the figures `keep` picks, in time order (by
/// start, then end).
pub fn periods_of(keep: impl Fn(&Figure) -> bool) -> Vec<Period> {
    // Insertion into a sorted list: the standard sort would add about 2 KB
    // of wasm for a list of ten.
    let mut periods: Vec<Period> = Vec::new();
    for f in FIGURES.iter().filter(|f| keep(f)) {
        if let Err(at) = periods.binary_search(&f.period) {
            periods.insert(at, f.period);
        }
    }
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
