//! The drawing ring, natively: the very scene the browser draws on its
//! canvas is drawn here to SVG through the same `render` function, and the
//! SVG is checked for what a reader must see.

#![allow(clippy::expect_used)] // a test helper failing loudly is what a test wants

use kpop_exports_chart::chart::{
    figure_span, row_figures, row_periods, rows_height, timeline_frame, ChartSpec, LIGHT,
};
use kpop_exports_chart::data::{Destination, Period, EMBEDDED};
use kpop_exports_chart::format::{figure_money, figure_share};
use kpop_exports_chart::{ChartView, DestinationWords, Lang, Metric, PeriodWords, Words};

mod common;
use common::{svg, texts};

/// The period the chart opens on: the seed's first half of 2023.
fn default_period() -> Period {
    EMBEDDED.default_period
}

fn spec(view: ChartView, metric: Metric, annotations: bool) -> ChartSpec {
    ChartSpec {
        data: EMBEDDED,
        view,
        metric,
        annotations,
        width: 1000.0,
        height: 460.0,
        focus: None,
        lang: Lang::En,
    }
}

#[test]
fn milestone_text_is_drawn_only_when_annotations_are_on() {
    let in_h1: Vec<&str> = EMBEDDED
        .milestones
        .iter()
        .filter(|m| m.date.is_in(default_period()))
        .map(|m| m.labels[0])
        .collect();
    let off = texts(&svg(
        &spec(
            ChartView::Snapshot(default_period()),
            Metric::Dollars,
            false,
        ),
        1.0,
    ));
    let on = texts(&svg(
        &spec(ChartView::Snapshot(default_period()), Metric::Dollars, true),
        1.0,
    ));
    for label in &in_h1 {
        assert!(
            !off.iter().any(|t| t == label),
            "{label} drawn with annotations off"
        );
        assert!(on.iter().any(|t| t == label), "{label} missing: {on:?}");
    }
    // Milestones outside the period are not drawn on the period's timeline.
    assert!(!on.iter().any(|t| t == EMBEDDED.milestones[0].labels[0]));
}

#[test]
fn each_destinations_value_is_drawn_for_the_default_period() {
    let out = svg(
        &spec(
            ChartView::Snapshot(default_period()),
            Metric::Dollars,
            false,
        ),
        1.0,
    );
    let drawn = texts(&out);
    for d in Destination::COUNTRIES {
        let f = EMBEDDED
            .figure(default_period(), d)
            .expect("H1 2023 has every country");
        let money = figure_money(f, Lang::En);
        let share = format!(
            "{} of total",
            figure_share(&EMBEDDED, f, Lang::En).expect("H1 2023 has a total")
        );
        assert!(drawn.contains(&money), "{money} not drawn: {drawn:?}");
        assert!(drawn.contains(&share), "{share} not drawn: {drawn:?}");
        assert!(
            drawn.iter().any(|t| t == d.name(Lang::En)),
            "{} not named",
            d.name(Lang::En)
        );
    }
    // Three bars, each in its destination's colour.
    for d in Destination::COUNTRIES {
        let c = LIGHT.series_color(d);
        let hex = format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2);
        assert!(
            out.to_uppercase().contains(&format!("FILL=\"{hex}\"")),
            "no bar in {hex}"
        );
    }
}

#[test]
fn each_destinations_value_is_drawn_over_its_period_on_the_timeline() {
    for (metric, lang) in [Metric::Dollars, Metric::Share]
        .into_iter()
        .flat_map(|m| [(m, Lang::En), (m, Lang::Ko)])
    {
        let sp = ChartSpec {
            lang,
            ..spec(ChartView::Timeline, metric, false)
        };
        let out = svg(&sp, 2.0);
        let frame = timeline_frame(&sp);
        let series = ChartView::Timeline.series(metric);
        let mut checked = 0;
        for f in EMBEDDED
            .figures
            .iter()
            .filter(|f| series.contains(&f.destination))
        {
            let (a, b) =
                figure_span(&EMBEDDED, &frame, metric, f).expect("every shown figure has a value");
            // The renderer scales by the pixel ratio and rounds to whole pixels.
            let px = |v: f64| (v * 2.0).round() as i32;
            let (x0, x1, y) = (px(a.0), px(b.0), px(a.1));
            // Solid spans are one polyline; dashed ones start at the period's
            // start and their last dash ends at the period's end.
            let starts = out.contains(&format!("points=\"{x0},{y} "));
            let ends = out.contains(&format!(",{y} {x1},{y} \""));
            assert!(
                starts && ends,
                "{metric:?} {lang:?}: {:?} {:?} not drawn from {x0} to {x1} at {y}",
                f.destination,
                f.period
            );
            checked += 1;
        }
        assert!(checked >= 27);
    }
}

#[test]
fn the_pixel_ratio_scales_the_drawing_not_the_layout() {
    let sp = spec(ChartView::Snapshot(default_period()), Metric::Dollars, true);
    let one = svg(&sp, 1.0);
    let two = svg(&sp, 2.0);
    assert!(one.contains("width=\"1000\" height=\"460\""));
    assert!(two.contains("width=\"2000\" height=\"920\""));
    // The same texts, at twice the font size.
    assert_eq!(texts(&one), texts(&two));
    let sizes = |svg: &str| -> Vec<f64> {
        svg.split("font-size=\"")
            .skip(1)
            .filter_map(|s| s.split_once('"')?.0.parse().ok())
            .collect()
    };
    let (a, b) = (sizes(&one), sizes(&two));
    assert_eq!(a.len(), b.len());
    assert!(!a.is_empty());
    for (x, y) in a.iter().zip(&b) {
        assert!((y / x - 2.0).abs() < 1e-9, "{x} -> {y}");
    }
}

#[test]
fn a_phone_draws_every_period_as_a_row_through_the_same_renderer() {
    for (metric, lang) in [Metric::Dollars, Metric::Share]
        .into_iter()
        .flat_map(|m| Lang::ALL.map(|l| (m, l)))
    {
        let height = rows_height(&EMBEDDED, 375.0, metric, true, lang);
        let sp = ChartSpec {
            width: 375.0,
            height,
            lang,
            ..spec(ChartView::Timeline, metric, true)
        };
        let out = svg(&sp, 2.0);
        let ctx = format!("{metric:?} {lang:?}");
        // Taller than wide: the rows grow rather than shrink.
        let size = format!("width=\"750\" height=\"{}\"", (height * 2.0).round());
        assert!(out.contains(&size), "{ctx}: {}", &out[..200]);
        assert!(height > 375.0, "{ctx}");
        let drawn = texts(&out);
        let words: &Words = kpop_exports_chart::words(lang);
        for p in row_periods(&EMBEDDED) {
            assert!(drawn.contains(&p.row_label(lang)), "{ctx}: {p:?} not drawn");
            let months = (words.months_count)(p.months());
            assert!(drawn.contains(&months), "{ctx}: {months} not drawn");
            for i in row_figures(&EMBEDDED, p, metric) {
                let f = &EMBEDDED.figures[i];
                let value = match (metric, f.destination) {
                    (Metric::Share, d) if d != Destination::All => {
                        figure_share(&EMBEDDED, f, lang).expect("a country's share")
                    }
                    _ => figure_money(f, lang),
                };
                assert!(drawn.contains(&value), "{ctx}: {value} not drawn");
            }
        }
        // Every milestone is a row with its date; none is a number.
        let all = drawn.join(" ");
        for m in EMBEDDED.milestones {
            assert!(
                all.contains(&m.date.iso()),
                "{ctx}: {} missing",
                m.date.iso()
            );
        }
        // (Markers are numbered from 1; a Korean axis starts at a bare `0`.)
        assert!(!drawn
            .iter()
            .any(|t| t.parse::<u32>().is_ok_and(|n| (1..=10).contains(&n))));
        // Markers in each destination's colour.
        for d in Destination::COUNTRIES {
            let c = LIGHT.series_color(d);
            let hex = format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2);
            assert!(out.to_uppercase().contains(&hex), "{ctx}: nothing in {hex}");
        }
    }
}
