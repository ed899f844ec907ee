//! The orders figures are read in: the one stable sort the model uses, and
//! a period's countries ranked by value.

use crate::data::{Dataset, Destination, Figure, Period};

/// Sorts a short slice by a key, stably, by insertion.
///
/// The standard library's sorts are fast on big inputs but each call site
/// instantiates several kilobytes of wasm; the chart sorts at most a few
/// dozen items, where insertion is as quick and costs a few hundred bytes.
/// Stable: `[(3, a), (1, b), (3, c)]` by the number gives `b, a, c` (tested
/// below).
///
pub fn sort_by_key<T, K: PartialOrd>(items: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        // Strictly greater: equal keys keep their order.
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// The period's country figures, largest first (equal values keep
/// [`Destination::COUNTRIES`]' order).
pub fn ranked(data: &Dataset, period: Period) -> Vec<&'static Figure> {
    let mut figures: Vec<&'static Figure> = Destination::COUNTRIES
        .iter()
        .filter_map(|&d| data.figure(period, d))
        .collect();
    sort_by_key(&mut figures, |f| std::cmp::Reverse(f.value_kusd));
    figures
}

#[cfg(test)]
#[path = "tests/order.rs"]
mod tests;
