//! What the unit tests share about the embedded data: the seed's period,
//! whose figures many of them check, and the view the widget opens on.

use crate::data::{Destination, Period, YearMonth, EMBEDDED};
use crate::vocab::ChartView;

/// The first half of 2023: the seed article's period.
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

/// The embedded data's default view: the snapshot of its default period.
pub fn default_view() -> ChartView {
    ChartView::Snapshot(EMBEDDED.default_period)
}

/// The index of the embedded figure for `p` and `d`, which the test
/// knows is there.
pub fn idx(p: Period, d: Destination) -> usize {
    EMBEDDED.figure_index(p, d).unwrap()
}

#[test]
fn the_embedded_default_is_the_seeds_period() {
    assert_eq!(EMBEDDED.default_period, H1_2023);
}
