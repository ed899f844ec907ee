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
