//! What a period's country figures say, for the title: which country
//! overtook which since the period before, or which one led. A title is
//! only ever one of these, so it is true of the period it heads.

use crate::data::{Dataset, Destination, Figure, Period};
use crate::model::order::ranked;

/// The headline a period's figures support.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Story {
    /// `ahead` ranked below `behind` in the period before and above it in
    /// this one, reaching `rank` (1 is the largest market).
    Overtook {
        /// The country that moved up.
        ahead: Destination,
        /// The country it passed.
        behind: Destination,
        /// Its place in this period, from 1.
        rank: usize,
    },
    /// No country passed another; `leader` was the largest market.
    Led {
        /// The largest market in the period.
        leader: Destination,
    },
}

/// The period with country figures a reader compares `period` with: the
/// latest one that ends before it starts (overlapping periods, such as a
/// year and its first half, are not "before").
pub fn previous(data: &Dataset, period: Period) -> Option<Period> {
    data.country_periods()
        .into_iter()
        .filter(|p| p.end < period.start)
        .max_by_key(|p| (p.end, p.start))
}

/// The story of `period`, or `None` when it has no country figures.
pub fn story(data: &Dataset, period: Period) -> Option<Story> {
    let now = ranked(data, period);
    let leader = now.first()?.destination;
    let before = previous(data, period).map_or_else(Vec::new, |p| ranked(data, p));
    let value_before = |d: Destination| {
        before
            .iter()
            .find(|f| f.destination == d)
            .map(|f| f.value_kusd)
    };
    // `a` passed `b`: ahead of it now, behind it before (both strictly).
    let passed = |a: &Figure, b: &Figure| {
        a.value_kusd > b.value_kusd
            && matches!((value_before(a.destination), value_before(b.destination)), (Some(x), Some(y)) if y > x)
    };
    let overtook = now.iter().enumerate().find_map(|(i, a)| {
        let behind = now[i + 1..].iter().find(|b| passed(a, b))?;
        Some(Story::Overtook {
            ahead: a.destination,
            behind: behind.destination,
            rank: i + 1,
        })
    });
    Some(overtook.unwrap_or(Story::Led { leader }))
}

#[cfg(test)]
#[path = "tests/story.rs"]
mod tests;
