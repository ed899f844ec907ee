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
mod tests {
    use super::*;
    use crate::data::EMBEDDED;

    fn of(code: &str) -> Option<Story> {
        story(&EMBEDDED, EMBEDDED.country_period(code).unwrap())
    }

    #[test]
    fn the_seeds_story_is_told_only_where_it_happened() {
        use Destination::{China, Japan, UnitedStates};
        let us_passed_china = Some(Story::Overtook {
            ahead: UnitedStates,
            behind: China,
            rank: 2,
        });
        let china_passed_us = Some(Story::Overtook {
            ahead: China,
            behind: UnitedStates,
            rank: 2,
        });
        let japan_led = Some(Story::Led { leader: Japan });
        // The first half of 2023 against 2022 (China then ahead of the US).
        assert_eq!(of("2023-h1"), us_passed_china);
        assert_eq!(of("2023-jan-oct"), us_passed_china);
        // No earlier country figures to compare with.
        assert_eq!(of("2020-jan-nov"), japan_led);
        assert_eq!(of("2021"), china_passed_us);
        // Against 2021, in which China was already ahead.
        assert_eq!(of("2022-jan-nov"), japan_led);
        assert_eq!(of("2022"), japan_led);
        // Against January to October 2023, the US already ahead.
        assert_eq!(of("2024-h1"), japan_led);
        assert_eq!(of("2024"), japan_led);
        assert_eq!(of("2025"), china_passed_us);
    }

    #[test]
    fn the_period_before_is_the_latest_that_ends_before_it_starts() {
        let p = |c| EMBEDDED.country_period(c).unwrap();
        assert_eq!(previous(&EMBEDDED, p("2023-h1")), Some(p("2022")));
        assert_eq!(previous(&EMBEDDED, p("2024")), Some(p("2023-jan-oct")));
        assert_eq!(previous(&EMBEDDED, p("2020-jan-nov")), None);
    }

    #[test]
    fn every_story_is_true_of_its_figures() {
        for period in EMBEDDED.country_periods() {
            let now = ranked(&EMBEDDED, period);
            match story(&EMBEDDED, period).unwrap() {
                Story::Led { leader } => assert_eq!(now[0].destination, leader),
                Story::Overtook {
                    ahead,
                    behind,
                    rank,
                } => {
                    let value = |list: &[&Figure], d| {
                        list.iter().find(|f| f.destination == d).unwrap().value_kusd
                    };
                    let before = ranked(&EMBEDDED, previous(&EMBEDDED, period).unwrap());
                    assert_eq!(now[rank - 1].destination, ahead);
                    assert!(value(&now, ahead) > value(&now, behind));
                    assert!(value(&before, ahead) < value(&before, behind));
                }
            }
        }
    }
}
