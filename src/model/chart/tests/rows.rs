//! The phone rows, natively: a sweep of every width from 280 to 560 px in
//! both languages, both metrics, milestones on and off, checking what a
//! reader of a phone needs.

use super::*;
use crate::data::{Destination, EMBEDDED};
use crate::model::chart::*;
use crate::model::format::{figure_money, figure_share};
use crate::model::navigation;
use crate::model::scene::{Rect, Scene, Shape, TextRole};
use crate::model::testing::H1_2023;
use crate::vocab::Lang;
use crate::words::{DestinationWords, MilestoneWords, PeriodWords};

const METRICS: [Metric; 2] = [Metric::Dollars, Metric::Share];

fn rows_spec(width: f64, metric: Metric, annotations: bool, lang: Lang) -> ChartSpec {
    ChartSpec {
        data: EMBEDDED,
        view: ChartView::Timeline,
        metric,
        annotations,
        width,
        height: rows_height(&EMBEDDED, width, metric, annotations, lang),
        focus: None,
        lang,
    }
}

/// Every (width, metric, annotations, language) the sweep covers.
fn sweep() -> impl Iterator<Item = (f64, Metric, bool, Lang)> {
    (280..=560).flat_map(|w| {
        METRICS.into_iter().flat_map(move |m| {
            [false, true]
                .into_iter()
                .flat_map(move |a| Lang::ALL.map(|l| (f64::from(w), m, a, l)))
        })
    })
}

/// The boxes of every marker and milestone dot a scene draws.
fn marker_boxes(s: &Scene) -> Vec<Rect> {
    s.shapes
        .iter()
        .filter_map(|sh| match sh {
            Shape::Marker { center, size, .. } => Some(Rect::new(
                center.0 - size / 2.0,
                center.1 - size / 2.0,
                *size,
                *size,
            )),
            Shape::Circle { center, radius, .. } => Some(Rect::new(
                center.0 - radius,
                center.1 - radius,
                2.0 * radius,
                2.0 * radius,
            )),
            _ => None,
        })
        .collect()
}

/// Every text of a scene: its words, size and box.
fn all_texts(s: &Scene) -> Vec<(&str, f64, Rect)> {
    s.shapes
        .iter()
        .filter_map(|sh| match sh {
            Shape::Text { text, size, .. } => Some((text.as_str(), *size, sh.text_box()?)),
            _ => None,
        })
        .collect()
}

#[test]
fn the_rows_read_at_every_width_from_280_to_560_in_both_languages() {
    for (w, metric, annotations, lang) in sweep() {
        let sp = rows_spec(w, metric, annotations, lang);
        let s = build_scene(&sp);
        let ctx = format!("{w} {metric:?} {lang:?} milestones {annotations}");
        assert_eq!(
            s.height, sp.height,
            "{ctx}: the scene takes the rows' height"
        );
        let canvas = Rect::new(0.0, 0.0, w, s.height);
        let texts = all_texts(&s);
        let markers = marker_boxes(&s);
        assert!(texts.len() > 40, "{ctx}");
        for (i, (t, size, r)) in texts.iter().enumerate() {
            assert!(*size >= 12.0, "{ctx}: `{t}` is {size} px");
            assert!(
                canvas.inflate(-2.0).contains(r),
                "{ctx}: `{t}` {r:?} leaves"
            );
            for (u, _, o) in texts.iter().skip(i + 1) {
                assert!(!r.overlaps(o), "{ctx}: `{t}` overlaps `{u}`");
            }
            for m in &markers {
                assert!(!r.overlaps(m), "{ctx}: `{t}` overlaps a marker at {m:?}");
            }
        }
        for shape in &s.shapes {
            if let Shape::Marker { center, .. } | Shape::Circle { center, .. } = shape {
                let (x, y) = *center;
                assert!(x > 0.0 && x < w && y > 0.0 && y < s.height, "{ctx}");
            }
        }
    }
}

#[test]
fn milestones_are_rows_of_their_own_in_date_order_without_numbers() {
    for (w, metric, annotations, lang) in sweep().filter(|c| c.2) {
        let ctx = format!("{w} {metric:?} {lang:?}");
        let frame = rows_frame(&EMBEDDED, w, metric, annotations, lang);
        let mut last_bottom = f64::NEG_INFINITY;
        let mut last_date = f64::NEG_INFINITY;
        let mut seen = 0;
        for e in &frame.entries {
            let (top, bottom) = match e {
                Entry::Period(p) => (p.top, p.bottom),
                Entry::Milestone(m) => (m.top, m.bottom),
            };
            assert!(top >= last_bottom + 8.0, "{ctx}: rows overlap at {top}");
            last_bottom = bottom;
            if let Entry::Milestone(m) = e {
                let d = m.milestone.date.position();
                assert!(d >= last_date, "{ctx}: milestones out of order");
                last_date = d;
                seen += 1;
                assert!(m.lines.concat().contains(&m.milestone.date.iso()), "{ctx}");
            }
            // A milestone comes before the first period ending after it.
            if let Entry::Period(p) = e {
                let end = p.period.span().1;
                assert!(
                    last_date < end,
                    "{ctx}: {:?} after its milestones",
                    p.period
                );
            }
        }
        assert_eq!(seen, EMBEDDED.milestones.len(), "{ctx}");
        let s = build_scene(&rows_spec(w, metric, annotations, lang));
        assert!(s.footnotes.is_empty(), "{ctx}: no numbered key on a phone");
        let notes = s.texts(TextRole::Annotation);
        assert!(
            notes.iter().all(|(t, _)| t.parse::<usize>().is_err()),
            "{ctx}"
        );
    }
}

#[test]
fn at_375_px_the_rows_are_taller_than_wide() {
    for metric in METRICS {
        for annotations in [false, true] {
            for lang in Lang::ALL {
                let h = rows_height(&EMBEDDED, 375.0, metric, annotations, lang);
                assert!(h > 375.0, "{metric:?} {annotations} {lang:?}: {h}");
            }
        }
    }
}

/// The row of a period in a frame.
fn row_of(frame: &RowsFrame, period: crate::data::Period) -> &PeriodRow {
    frame
        .entries
        .iter()
        .find_map(|e| match e {
            Entry::Period(p) if p.period == period => Some(p),
            _ => None,
        })
        .unwrap()
}

#[test]
fn every_row_plots_its_figures_exactly_and_names_its_period() {
    for (w, metric, annotations, lang) in sweep().filter(|c| (c.0 as u32).is_multiple_of(20)) {
        let ctx = format!("{w} {metric:?} {lang:?}");
        let sp = rows_spec(w, metric, annotations, lang);
        let (s, frame) = (
            build_scene(&sp),
            rows_frame(&EMBEDDED, w, metric, annotations, lang),
        );
        let texts: Vec<&str> = all_texts(&s).into_iter().map(|t| t.0).collect();
        let periods = row_periods(&EMBEDDED);
        assert_eq!(periods.len(), 13, "every sourced period has its row");
        for p in periods {
            assert!(texts.contains(&p.row_label(lang).as_str()), "{ctx}: {p:?}");
            let row = row_of(&frame, p);
            for i in row_figures(&EMBEDDED, p, metric) {
                let f = &EMBEDDED.figures[i];
                let want = match (metric, f.destination) {
                    (_, Destination::All) | (Metric::Dollars, _) => figure_money(f, lang),
                    (Metric::Share, _) => figure_share(&EMBEDDED, f, lang).unwrap(),
                };
                assert!(texts.contains(&want.as_str()), "{ctx}: {want} missing");
                assert!(
                    s.points.iter().any(|m| m.figure == i),
                    "{ctx}: {i} no target"
                );
                if f.destination == Destination::All {
                    continue;
                }
                // The marker sits at the figure's exact value on the shared axis.
                let x = frame.x.map(metric.value(&EMBEDDED, f).unwrap());
                let at = (x, row.track_y);
                // (Markers closer than their width sit above and below the
                // track in turn.)
                let drawn = s.shapes.iter().any(|sh| {
                    matches!(sh, Shape::Marker { center, .. }
                        if center.0 == at.0 && (center.1 - at.1).abs() <= 4.0)
                });
                assert!(drawn, "{ctx}: no marker for {i} at {at:?}");
            }
        }
        // Every target is a figure the keyboard reaches, and no other.
        let mut keyed: Vec<usize> = navigation::lanes_at(&EMBEDDED, sp.view, metric, w).concat();
        let mut targets: Vec<usize> = s.points.iter().map(|m| m.figure).collect();
        keyed.sort_unstable();
        targets.sort_unstable();
        targets.dedup();
        assert_eq!(keyed, targets, "{ctx}");
    }
}

#[test]
fn rows_share_one_axis_and_say_how_long_each_period_is() {
    let frame = rows_frame(&EMBEDDED, 375.0, Metric::Dollars, false, Lang::En);
    let s = build_scene(&rows_spec(375.0, Metric::Dollars, false, Lang::En));
    let texts: Vec<&str> = all_texts(&s).into_iter().map(|t| t.0).collect();
    for want in [
        "2023 Jan–Jun",
        "2022 Jan–Nov",
        "2021",
        "6 months",
        "11 months",
    ] {
        assert!(texts.contains(&want), "{want}: {texts:?}");
    }
    // Each track is dashed as its period's length is in the legend.
    let h1 = row_of(&frame, H1_2023);
    let dashed = s.shapes.iter().any(|sh| {
        matches!(sh, Shape::Line { from, to, dash, .. }
            if from.1 == h1.track_y && to.1 == h1.track_y
                && *dash == period_dash(crate::data::PeriodKind::FirstHalf))
    });
    assert!(dashed, "the first half's track is dashed as a first half");
    // The story: the US ahead of China in H1 2023, behind in 2022, row by row.
    let x_of = |p, d| {
        frame
            .x
            .map(f64::from(EMBEDDED.figure(p, d).unwrap().value_kusd))
    };
    let y2022 = row_periods(&EMBEDDED)[7];
    assert_eq!(y2022.row_label(Lang::En), "2022");
    assert!(x_of(H1_2023, Destination::UnitedStates) > x_of(H1_2023, Destination::China));
    assert!(x_of(y2022, Destination::UnitedStates) < x_of(y2022, Destination::China));
    // Every language's rows name the period, its length and the total in
    // its own words.
    for lang in Lang::ALL {
        let s = build_scene(&rows_spec(375.0, Metric::Share, true, lang));
        let texts: Vec<&str> = all_texts(&s).into_iter().map(|t| t.0).collect();
        let w = crate::words::words(lang);
        let h1 = H1_2023;
        for want in [
            h1.row_label(lang),
            (w.months_count)(6),
            Destination::All.short_name(lang).to_string(),
        ] {
            assert!(texts.contains(&want.as_str()), "{want}: {texts:?}");
        }
    }
}

#[test]
fn near_equal_values_dodge_above_and_below_the_track() {
    assert_eq!(super::dodge(&[10.0, 100.0, 200.0]), [0.0, 0.0, 0.0]);
    assert_eq!(super::dodge(&[100.0, 10.0, 104.0]), [-4.0, 0.0, 4.0]);
}

#[test]
fn the_wide_timeline_is_unchanged_above_the_breakpoint() {
    assert!(uses_rows(ChartView::Timeline, ROWS_MAX_WIDTH));
    assert!(!uses_rows(ChartView::Timeline, ROWS_MAX_WIDTH + 1.0));
    let sp = ChartSpec {
        data: EMBEDDED,
        view: ChartView::Timeline,
        metric: Metric::Dollars,
        annotations: true,
        width: 1280.0,
        height: 480.0,
        focus: None,
        lang: Lang::En,
    };
    let s = build_scene(&sp);
    assert_eq!(s.height, 480.0);
    assert_eq!(s.points.len(), EMBEDDED.figures.len());
}

/// At every phone width, a wrapped milestone never ends in a lone scrap
/// ("No. 1", "100") and never parts a chart's name from its number.
#[test]
fn wrapped_milestones_keep_short_ends_and_chart_numbers_together() {
    let mut wrapped = 0;
    for (w, metric, _, lang) in sweep().filter(|c| c.2 && c.1 == Metric::Dollars) {
        for e in &rows_frame(&EMBEDDED, w, metric, true, lang).entries {
            let Entry::Milestone(m) = e else { continue };
            if m.lines.len() < 2 {
                continue;
            }
            wrapped += 1;
            let ctx = format!("{w} {lang:?} {:?}", m.lines);
            let last = m.lines.last().map_or(0, |l| l.chars().count());
            assert!(last > 5, "{ctx}: the last line stands alone");
            for pair in m.lines.windows(2) {
                let starts_with_number = pair[1].starts_with(|c: char| c.is_ascii_digit());
                let after_date = pair[0].len() == 10;
                assert!(
                    !starts_with_number || after_date,
                    "{ctx}: a number left its name"
                );
            }
            // Nothing lost or added by the moves.
            let text = format!("{} {}", m.milestone.date.iso(), m.milestone.label_in(lang));
            assert_eq!(m.lines.join(" "), text, "{ctx}");
        }
    }
    assert!(wrapped > 50, "the sweep wraps milestones ({wrapped})");
}

/// At every phone width, a milestone's lines end only between words: a
/// Korean word is never parted between two of its syllables.
#[test]
fn wrapped_milestones_never_part_a_korean_word() {
    let mut korean = 0;
    for (w, metric, _, lang) in sweep().filter(|c| c.2 && c.1 == Metric::Dollars) {
        for e in &rows_frame(&EMBEDDED, w, metric, true, lang).entries {
            let Entry::Milestone(m) = e else { continue };
            let text = format!("{} {}", m.milestone.date.iso(), m.milestone.label_in(lang));
            let ctx = format!("{w} {lang:?} {:?}", m.lines);
            let splits = crate::model::chart::marks::legend::hangul_splits(&text, &m.lines)
                .unwrap_or_else(|e| panic!("{ctx}: {e}"));
            assert!(splits.is_empty(), "{ctx}: a word split: {splits:?}");
            korean += usize::from(m.lines.len() > 1 && lang.tag() == "ko");
        }
    }
    assert!(korean > 50, "the sweep wraps Korean milestones ({korean})");
}
