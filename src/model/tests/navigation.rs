//! Keyboard moves, natively, against the embedded data: along the
//! snapshot's bars, across the timeline's lanes, and row by row on a phone.

use super::*;
use crate::data::{Destination, EMBEDDED};
use crate::model::testing::{default_view, idx, H1_2023};
use crate::vocab::{ChartView, Lang, Metric};
use crate::words::PeriodWords;

#[test]
fn arrows_move_along_bars_in_the_snapshot() {
    let v = default_view();
    let m = Metric::Dollars;
    let jp = idx(H1_2023, Destination::Japan);
    let us = idx(H1_2023, Destination::UnitedStates);
    let cn = idx(H1_2023, Destination::China);
    assert_eq!(step(&EMBEDDED, v, m, None, NavKey::Right), Some(jp));
    assert_eq!(step(&EMBEDDED, v, m, Some(jp), NavKey::Right), Some(us));
    assert_eq!(step(&EMBEDDED, v, m, Some(us), NavKey::Down), Some(cn));
    assert_eq!(
        step(&EMBEDDED, v, m, Some(cn), NavKey::Right),
        Some(cn),
        "stops at the edge"
    );
    assert_eq!(step(&EMBEDDED, v, m, Some(cn), NavKey::Home), Some(jp));
    assert_eq!(step(&EMBEDDED, v, m, Some(jp), NavKey::End), Some(cn));
    assert_eq!(step(&EMBEDDED, v, m, Some(jp), NavKey::Left), Some(jp));
}

#[test]
fn arrows_move_between_periods_and_destinations_on_the_timeline() {
    let v = ChartView::Timeline;
    let m = Metric::Share;
    let grid = lanes(&EMBEDDED, v, m);
    assert_eq!(grid.len(), 3, "share has no total row");
    let jp_h1 = idx(H1_2023, Destination::Japan);
    let us_h1 = idx(H1_2023, Destination::UnitedStates);
    let cn_h1 = idx(H1_2023, Destination::China);
    assert_eq!(
        step(&EMBEDDED, v, m, Some(jp_h1), NavKey::Down),
        Some(us_h1)
    );
    assert_eq!(
        step(&EMBEDDED, v, m, Some(us_h1), NavKey::Down),
        Some(cn_h1)
    );
    assert_eq!(
        step(&EMBEDDED, v, m, Some(cn_h1), NavKey::Down),
        Some(cn_h1)
    );
    let right = step(&EMBEDDED, v, m, Some(jp_h1), NavKey::Right).unwrap();
    assert_eq!(
        EMBEDDED.figures[right].period.short_label(Lang::En),
        "Jan–Oct 2023"
    );
    let left = step(&EMBEDDED, v, m, Some(jp_h1), NavKey::Left).unwrap();
    assert_eq!(EMBEDDED.figures[left].period.short_label(Lang::En), "2022");
    let home = step(&EMBEDDED, v, m, Some(jp_h1), NavKey::Home).unwrap();
    assert_eq!(
        EMBEDDED.figures[home].period.short_label(Lang::En),
        "Jan–Nov 2020"
    );
    let last = step(&EMBEDDED, v, m, Some(jp_h1), NavKey::Last).unwrap();
    assert_eq!(EMBEDDED.figures[last].destination, Destination::China);
    assert_eq!(EMBEDDED.figures[last].period.short_label(Lang::En), "2025");

    // In dollars the total's row comes first and reaches back to 2017.
    let d = Metric::Dollars;
    let first = step(&EMBEDDED, v, d, None, NavKey::Right).unwrap();
    assert_eq!(EMBEDDED.figures[first].destination, Destination::All);
    assert_eq!(EMBEDDED.figures[first].period.short_label(Lang::En), "2017");
    // From the 2017 total, down goes to Japan's earliest period.
    let down = step(&EMBEDDED, v, d, Some(first), NavKey::Down).unwrap();
    assert_eq!(EMBEDDED.figures[down].destination, Destination::Japan);
    assert_eq!(
        EMBEDDED.figures[down].period.short_label(Lang::En),
        "Jan–Nov 2020"
    );
}

#[test]
fn on_a_phone_arrows_move_row_by_row_in_reading_order() {
    let (v, d, w) = (ChartView::Timeline, Metric::Dollars, 375.0);
    let grid = lanes_at(&EMBEDDED, v, d, w);
    assert_eq!(grid.len(), 13, "a row per sourced period");
    // The first row is 2017's total; down goes period by period.
    let first = step_at(&EMBEDDED, v, d, w, None, NavKey::First).unwrap();
    assert_eq!(EMBEDDED.figures[first].period.short_label(Lang::En), "2017");
    let down = step_at(&EMBEDDED, v, d, w, Some(first), NavKey::Down).unwrap();
    assert_eq!(EMBEDDED.figures[down].period.short_label(Lang::En), "2018");
    // In H1 2023 the row reads the total, then Japan, the US, China.
    let h1: Vec<Destination> = grid
        .iter()
        .find(|r| EMBEDDED.figures[r[0]].period == H1_2023)
        .unwrap()
        .iter()
        .map(|&i| EMBEDDED.figures[i].destination)
        .collect();
    assert_eq!(
        h1,
        [
            Destination::All,
            Destination::Japan,
            Destination::UnitedStates,
            Destination::China
        ]
    );
    let us = idx(H1_2023, Destination::UnitedStates);
    let cn = idx(H1_2023, Destination::China);
    assert_eq!(
        step_at(&EMBEDDED, v, d, w, Some(us), NavKey::Right),
        Some(cn)
    );
    assert_eq!(
        step_at(&EMBEDDED, v, d, w, Some(cn), NavKey::Right),
        Some(cn),
        "stops"
    );
    // Up from the US in H1 2023 is the US in 2022 (the row above).
    let up = step_at(&EMBEDDED, v, d, w, Some(us), NavKey::Up).unwrap();
    assert_eq!(EMBEDDED.figures[up].destination, Destination::UnitedStates);
    assert_eq!(EMBEDDED.figures[up].period.short_label(Lang::En), "2022");
    // In 2022 China ranks before the US: the row reads China first.
    let left = step_at(&EMBEDDED, v, d, w, Some(up), NavKey::Left).unwrap();
    assert_eq!(EMBEDDED.figures[left].destination, Destination::China);
    // Above the 2020 country figures, rows hold only totals.
    let jp20 = grid[3][1];
    assert_eq!(EMBEDDED.figures[jp20].destination, Destination::Japan);
    let up = step_at(&EMBEDDED, v, d, w, Some(jp20), NavKey::Up).unwrap();
    assert_eq!(EMBEDDED.figures[up].destination, Destination::All);
    // As a share, rows without country figures have nothing to read.
    let s = Metric::Share;
    let first = step_at(&EMBEDDED, v, s, w, None, NavKey::First).unwrap();
    assert_eq!(EMBEDDED.figures[first].destination, Destination::Japan);
    assert_eq!(lanes_at(&EMBEDDED, v, s, w).len(), 9);
    // Wider, the timeline's own order.
    assert_eq!(lanes_at(&EMBEDDED, v, d, 800.0), lanes(&EMBEDDED, v, d));
}
