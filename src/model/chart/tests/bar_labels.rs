use super::*;
use crate::data::{Destination, EMBEDDED};
use crate::model::testing::H1_2023;

fn parts(p: &[&str]) -> Vec<String> {
    p.iter().map(|s| s.to_string()).collect()
}

#[test]
fn wrapping_fills_each_line_and_trims_its_ends() {
    let p = parts(&["1억", "570만", "6000", " 달러"]);
    assert_eq!(wrap(&p, &|_| true), ["1억570만6000 달러"]);
    assert_eq!(
        wrap(&p, &|s| s.chars().count() <= 8),
        ["1억570만", "6000 달러"]
    );
    assert_eq!(
        wrap(&p, &|s| s.chars().count() <= 4),
        ["1억", "570만", "6000", "달러"]
    );
    // A part wider than the room still goes on a line of its own.
    assert_eq!(wrap(&parts(&["$48.523M"]), &|_| false), ["$48.523M"]);
}

#[test]
fn english_labels_stay_one_line_each_at_any_width() {
    for f in EMBEDDED.figures {
        for metric in [Metric::Dollars, Metric::Share] {
            let l = BarLabels::new(&EMBEDDED, f, metric, Lang::En, 60.0, (13.0, 11.5));
            assert_eq!(l.primary.len(), 1, "{f:?}");
            assert!(l.secondary.len() <= 1, "{f:?}");
        }
    }
}

#[test]
fn korean_amounts_break_after_a_unit_only_when_they_must() {
    let jp = EMBEDDED.figure(H1_2023, Destination::Japan).unwrap();
    let wide = BarLabels::new(
        &EMBEDDED,
        jp,
        Metric::Dollars,
        Lang::Ko,
        208.0,
        (15.0, 12.5),
    );
    assert_eq!(wide.primary, ["4852만3000 달러"]);
    assert_eq!(wide.secondary, ["36.5% (전체 대비)"]);
    // At 280 px a category is 88 px wide.
    let narrow = BarLabels::new(&EMBEDDED, jp, Metric::Dollars, Lang::Ko, 88.0, (13.0, 11.5));
    assert_eq!(narrow.primary, ["4852만", "3000 달러"]);
    assert_eq!(narrow.secondary, ["36.5%"]);
    let share = BarLabels::new(&EMBEDDED, jp, Metric::Share, Lang::Ko, 88.0, (13.0, 11.5));
    assert_eq!(share.primary, ["36.5%"]);
    // In the smaller label font the number itself fits on one line.
    assert_eq!(share.secondary, ["4852만3000", "달러"]);
    assert!(narrow.height((13.0, 11.5)) > wide.height((13.0, 11.5)));
}
