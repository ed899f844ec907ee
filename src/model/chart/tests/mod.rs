use super::*;
use crate::data::{Destination, Figure, PeriodKind, EMBEDDED};
use crate::model::scene::{Rect, Scene, Shape, TextRole};
use crate::model::testing::{default_view, H1_2023};
use crate::vocab::Lang;
use crate::words::DestinationWords;

fn spec(view: ChartView, metric: Metric, annotations: bool, width: f64, height: f64) -> ChartSpec {
    ChartSpec {
        data: EMBEDDED,
        view,
        metric,
        annotations,
        width,
        height,
        focus: None,
        lang: Lang::En,
    }
}

/// The words of a role's texts, back to front.
fn words_of(s: &Scene, role: TextRole) -> Vec<&str> {
    s.texts(role).into_iter().map(|(t, _)| t).collect()
}

/// A line's start, end and dash pattern.
type DrawnLine = ((f64, f64), (f64, f64), Option<(f64, f64)>);

const VIEWS: [ChartView; 2] = [ChartView::Snapshot(H1_2023), ChartView::Timeline];
const METRICS: [Metric; 2] = [Metric::Dollars, Metric::Share];

/// The height the stylesheet gives the plot box at a width (kept in step
/// with `.kpop-chart__plot` in style/chart.css), plus the extremes.
fn heights(width: f64) -> [f64; 3] {
    [320.0, (width * 0.6).clamp(320.0, 480.0), 480.0]
}

/// The height the browser gives the plot: `h` from the stylesheet, or on a
/// phone's timeline the height its rows need (the box grows to fit them).
fn box_height(
    view: ChartView,
    metric: Metric,
    annotations: bool,
    lang: Lang,
    w: f64,
    h: f64,
) -> f64 {
    if uses_rows(view, w) {
        rows_height(&EMBEDDED, w, metric, annotations, lang)
    } else {
        h
    }
}

#[test]
fn annotations_never_overlap_at_any_width_from_280_to_1600() {
    for width in 280..=1600 {
        let w = f64::from(width);
        for h in heights(w) {
            for (view, metric, lang) in VIEWS.into_iter().flat_map(|v| {
                METRICS
                    .into_iter()
                    .flat_map(move |m| [Lang::En, Lang::Ko].map(|l| (v, m, l)))
            }) {
                {
                    let h = box_height(view, metric, true, lang, w, h);
                    let scene = build_scene(&ChartSpec {
                        lang,
                        ..spec(view, metric, true, w, h)
                    });
                    let canvas = Rect::new(0.0, 0.0, w, h);
                    let notes = scene.texts(TextRole::Annotation);
                    let data = scene.texts(TextRole::DataLabel);
                    let axis = scene.texts(TextRole::Axis);
                    let ctx = format!("{view:?} {metric:?} {lang:?} {w}x{h}");
                    assert!(!notes.is_empty(), "{ctx}: no annotations drawn");
                    for (i, (t, r)) in notes.iter().enumerate() {
                        assert!(
                            canvas.inflate(-2.0).contains(r),
                            "{ctx}: `{t}` {r:?} leaves the canvas"
                        );
                        for (u, o) in notes.iter().skip(i + 1) {
                            assert!(!r.overlaps(o), "{ctx}: `{t}` overlaps `{u}`");
                        }
                        for (u, o) in data.iter().chain(axis.iter()) {
                            assert!(!r.overlaps(o), "{ctx}: `{t}` overlaps label `{u}`");
                        }
                    }
                    for (i, (t, r)) in data.iter().enumerate() {
                        assert!(
                            canvas.contains(r),
                            "{ctx}: data label `{t}` {r:?} leaves the canvas"
                        );
                        for (u, o) in data.iter().skip(i + 1) {
                            assert!(!r.overlaps(o), "{ctx}: `{t}` overlaps `{u}`");
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn labels_become_numbered_markers_only_when_they_cannot_fit() {
    // The narrowest wide timeline (below it the phone's rows draw
    // milestones as rows of their own).
    let narrow = build_scene(&spec(
        ChartView::Timeline,
        Metric::Dollars,
        true,
        ROWS_MAX_WIDTH + 1.0,
        320.0,
    ));
    assert_eq!(narrow.footnotes.len(), EMBEDDED.milestones.len());
    let numbers: Vec<usize> = narrow.footnotes.iter().map(|f| f.number).collect();
    assert_eq!(numbers, (1..=EMBEDDED.milestones.len()).collect::<Vec<_>>());
    assert_eq!(narrow.footnotes[0].date, "2017-05-21");
    let drawn: Vec<&str> = words_of(&narrow, TextRole::Annotation);
    assert_eq!(drawn.len(), EMBEDDED.milestones.len());
    assert!(
        drawn.iter().all(|t| t.parse::<usize>().is_ok()),
        "{drawn:?}"
    );

    // The first half of 2023 has four milestones: at desktop width they fit as labels.
    let wide = build_scene(&spec(default_view(), Metric::Dollars, true, 1200.0, 480.0));
    assert!(wide.footnotes.is_empty());
    let labels: Vec<&str> = words_of(&wide, TextRole::Annotation);
    let expected: Vec<&str> = EMBEDDED
        .milestones
        .iter()
        .filter(|m| m.date.is_in(H1_2023))
        .map(|m| m.labels[0])
        .collect();
    assert_eq!(expected.len(), 4);
    assert_eq!(labels, expected);
}

#[test]
fn annotations_off_draws_no_milestones() {
    for view in VIEWS {
        for width in [280.0, 700.0, 1600.0] {
            let s = build_scene(&spec(view, Metric::Dollars, false, width, 400.0));
            assert!(s.texts(TextRole::Annotation).is_empty());
            assert!(s.footnotes.is_empty());
        }
    }
}

#[test]
fn the_default_view_shows_exact_values_and_the_us_above_china() {
    let s = build_scene(&spec(default_view(), Metric::Dollars, false, 640.0, 400.0));
    let labels: Vec<&str> = words_of(&s, TextRole::DataLabel);
    for want in [
        "$48.523M",
        "$25.519M",
        "$22.640M",
        "36.5% of total",
        "19.2% of total",
        "17.0% of total",
    ] {
        assert!(labels.contains(&want), "{want} missing from {labels:?}");
    }
    let bars: Vec<Rect> = s
        .shapes
        .iter()
        .filter_map(|sh| match sh {
            Shape::Rect { rect, .. } => Some(*rect),
            _ => None,
        })
        .collect();
    assert_eq!(bars.len(), 3);
    // Same baseline; heights proportional to the exact values.
    let ratio = bars[1].h / bars[0].h;
    assert!((ratio - 25_519.0 / 48_523.0).abs() < 1e-9, "{ratio}");
    assert!(bars[1].h > bars[2].h, "the US bar must stand above China's");
    assert!((bars[2].h / bars[0].h - 22_640.0 / 48_523.0).abs() < 1e-9);
}

#[test]
fn share_metric_labels_shares_first() {
    let s = build_scene(&spec(default_view(), Metric::Share, false, 640.0, 400.0));
    let labels: Vec<&str> = words_of(&s, TextRole::DataLabel);
    assert_eq!(
        labels,
        ["36.5%", "$48.523M", "19.2%", "$25.519M", "17.0%", "$22.640M"]
    );
}

#[test]
fn the_timeline_draws_each_figure_over_its_own_period() {
    for metric in METRICS {
        let sp = spec(ChartView::Timeline, metric, true, 900.0, 420.0);
        let s = build_scene(&sp);
        let frame = timeline_frame(&sp);
        let lines: Vec<DrawnLine> = s
            .shapes
            .iter()
            .filter_map(|sh| match sh {
                Shape::Line { from, to, dash, .. } => Some((*from, *to, *dash)),
                _ => None,
            })
            .collect();
        let series = ChartView::Timeline.series(metric);
        let shown: Vec<&Figure> = EMBEDDED
            .figures
            .iter()
            .filter(|f| series.contains(&f.destination))
            .collect();
        assert!(shown.len() >= 27);
        for f in shown {
            let (a, b) = figure_span(&EMBEDDED, &frame, metric, f).unwrap();
            let (start, end) = f.period.span();
            // The span runs from the period's first month to the end of its last.
            assert!((a.0 - 1.0 - frame.x.map(start)).abs() < 1e-9);
            assert!((b.0 + 1.0 - frame.x.map(end)).abs() < 1e-9);
            let v = match metric {
                Metric::Dollars => f64::from(f.value_kusd),
                Metric::Share => EMBEDDED.share(f).unwrap(),
            };
            assert!((a.1 - frame.y.map(v)).abs() < 1e-9);
            assert!(
                lines.iter().any(|(from, to, dash)| *from == a
                    && *to == b
                    && *dash == period_dash(f.period.kind())),
                "{metric:?}: no span for {:?} {:?}",
                f.destination,
                f.period
            );
        }
    }
}

/// Every period span a timeline scene drew, read back from its shapes: the
/// figure (the one whose hit area spans the line, centred on it) and the
/// line's dash.
fn drawn_spans(s: &Scene) -> Vec<(usize, Option<(f64, f64)>)> {
    s.shapes
        .iter()
        .filter_map(|sh| match sh {
            // Spans are the only level lines thicker than a hairline.
            Shape::Line {
                from,
                to,
                width,
                dash,
                ..
            } if from.1 == to.1 && *width >= 2.0 => Some((*from, *to, *dash)),
            _ => None,
        })
        .map(|(a, b, dash)| {
            let owners: Vec<usize> = s
                .points
                .iter()
                .filter(|p| {
                    (p.hit.x + 1.0 - a.0).abs() < 1e-9
                        && (p.hit.right() - 1.0 - b.0).abs() < 1e-9
                        && (p.hit.y + p.hit.h / 2.0 - a.1).abs() < 1e-9
                })
                .map(|p| p.figure)
                .collect();
            assert_eq!(owners.len(), 1, "span {a:?}-{b:?} has owners {owners:?}");
            (owners[0], dash)
        })
        .collect()
}

const KINDS: [PeriodKind; 3] = [
    PeriodKind::FullYear,
    PeriodKind::FirstHalf,
    PeriodKind::Partial,
];

#[test]
fn periods_of_different_lengths_are_drawn_differently() {
    for (i, a) in KINDS.iter().enumerate() {
        for b in &KINDS[i + 1..] {
            assert_ne!(
                period_dash(*a),
                period_dash(*b),
                "{a:?} and {b:?} look alike"
            );
        }
    }
    for (metric, annotations) in METRICS.into_iter().flat_map(|m| [(m, false), (m, true)]) {
        let s = build_scene(&spec(
            ChartView::Timeline,
            metric,
            annotations,
            900.0,
            420.0,
        ));
        let spans = drawn_spans(&s);
        assert_eq!(
            spans.len(),
            s.points.len(),
            "{metric:?}: one span per figure"
        );
        for (figure, dash) in &spans {
            let kind = EMBEDDED.figures[*figure].period.kind();
            assert_eq!(*dash, period_dash(kind), "{metric:?}: figure {figure}");
        }
        // Every kind is on the chart, so the three patterns are all seen.
        for kind in KINDS {
            assert!(
                spans
                    .iter()
                    .any(|(f, _)| EMBEDDED.figures[*f].period.kind() == kind),
                "{metric:?}: no {kind:?} span"
            );
        }
    }
}

#[test]
fn the_legend_dashes_each_period_kind_as_the_canvas_does() {
    // The legend's entries name the kinds in PERIOD_LEGEND's order: a
    // shorter kind's entry names the last month of each of its periods, the
    // full year's names no month.
    // With the shipped data, and with a first quarter added (a partial
    // period the shipped data doesn't have).
    let mut figures = EMBEDDED.figures.to_vec();
    let mut q1 = figures[0];
    q1.period.start = crate::data::YearMonth {
        year: 2026,
        month: 1,
    };
    q1.period.end = crate::data::YearMonth {
        year: 2026,
        month: 3,
    };
    figures.push(q1);
    let with_q1 = crate::data::Dataset::leak(
        figures,
        EMBEDDED.milestones.to_vec(),
        EMBEDDED.default_period,
    );
    for (data, lang) in [EMBEDDED, with_q1]
        .into_iter()
        .flat_map(|d| Lang::ALL.map(|l| (d, l)))
    {
        let w = crate::words::words(lang);
        let kinds = crate::model::text::period_kinds(&data, lang);
        assert_eq!(kinds.len(), PERIOD_LEGEND.len());
        for (kind, entry) in kinds {
            let last_months: Vec<&str> = data
                .figures
                .iter()
                .filter(|f| f.period.kind() == kind)
                .map(|f| w.months_short[usize::from(f.period.end.month) - 1])
                .collect();
            assert!(!last_months.is_empty(), "no {kind:?} period");
            if kind == PeriodKind::FullYear {
                assert!(w.months_short.iter().all(|m| !entry.contains(m)), "{entry}");
            } else {
                assert!(last_months.iter().all(|m| entry.contains(m)), "{entry}");
            }
        }
    }
    // Each entry's dasharray is the dash its kind's spans are drawn with.
    let s = build_scene(&spec(
        ChartView::Timeline,
        Metric::Dollars,
        false,
        900.0,
        420.0,
    ));
    let spans = drawn_spans(&s);
    for kind in PERIOD_LEGEND {
        let svg = dasharray(kind);
        let legend = svg.split_once(' ').map(|(d, g)| {
            let n = |v: &str| v.parse::<f64>().unwrap();
            (n(d), n(g))
        });
        assert!(legend.is_some() || svg.is_empty(), "{kind:?}: `{svg}`");
        let (_, canvas) = spans
            .iter()
            .find(|(f, _)| EMBEDDED.figures[*f].period.kind() == kind)
            .unwrap();
        assert_eq!(legend, *canvas, "{kind:?}: legend `{svg}`");
    }
    // The legend as it has always read.
    assert_eq!(PERIOD_LEGEND.map(dasharray), ["", "7 3", "2 3"]);
}

#[test]
fn pushed_apart_labels_keep_their_gap_and_stay_above_the_bottom() {
    let mut ys = [10.0, 12.0, 13.0, 95.0, 99.0];
    marks::labels::push_apart(&mut ys, 10.0, 100.0);
    for pair in ys.windows(2) {
        assert!(pair[1] - pair[0] >= 10.0 - 1e-9, "{ys:?}");
    }
    assert!(ys[4] <= 95.0, "{ys:?}");
    // Labels that are apart already stay where they are.
    let mut apart = [10.0, 40.0, 70.0];
    marks::labels::push_apart(&mut apart, 10.0, 100.0);
    assert_eq!(apart, [10.0, 40.0, 70.0]);
}

#[test]
fn direct_labels_name_every_series_without_overlap() {
    for width in [280.0, 375.0, 800.0, 1600.0] {
        for metric in METRICS {
            let s = build_scene(&spec(ChartView::Timeline, metric, false, width, 320.0));
            let names: Vec<&str> = words_of(&s, TextRole::DataLabel);
            for d in ChartView::Timeline.series(metric) {
                assert!(
                    names.contains(&d.short_name(Lang::En)),
                    "{width} {metric:?}: {names:?}"
                );
            }
        }
    }
}

#[test]
fn the_backing_store_follows_the_pixel_ratio() {
    assert_eq!(backing_size(375.0, 320.0, 1.0), (375, 320));
    assert_eq!(backing_size(375.0, 320.0, 2.0), (750, 640));
    assert_eq!(backing_size(375.5, 320.0, 3.0), (1127, 960));
    assert_eq!(backing_size(0.0, 320.0, 2.0), (0, 640));
    assert_eq!(backing_size(f64::NAN, 320.0, 2.0), (0, 640));
    assert_eq!(backing_size(400.0, 300.0, f64::NAN), (400, 300));
    assert_eq!(backing_size(400.0, 300.0, -2.0), (400, 300));
    assert_eq!(backing_size(100_000.0, 300.0, 2.0).0, 16_384);
    assert_eq!(sanitize_dpr(1.25), 1.25);
}

#[test]
fn a_box_too_small_to_draw_in_gives_an_empty_scene() {
    for (w, h) in [
        (0.0, 0.0),
        (1.0, 1.0),
        (100.0, 400.0),
        (400.0, 50.0),
        (f64::NAN, 300.0),
    ] {
        for view in VIEWS {
            let s = build_scene(&spec(view, Metric::Dollars, true, w, h));
            assert!(s.shapes.is_empty(), "{w}x{h}");
        }
    }
}

#[test]
fn the_layout_keeps_everything_on_the_canvas() {
    for width in [280.0, 320.0, 375.0, 768.0, 1024.0, 1600.0] {
        for view in VIEWS {
            for (annotations, lang) in [false, true]
                .into_iter()
                .flat_map(|a| Lang::ALL.map(|l| (a, l)))
            {
                let h = box_height(view, Metric::Dollars, annotations, lang, width, 320.0);
                let s = build_scene(&ChartSpec {
                    lang,
                    ..spec(view, Metric::Dollars, annotations, width, h)
                });
                let canvas = Rect::new(0.0, 0.0, width, h);
                for shape in &s.shapes {
                    if let Some(r) = shape.text_box() {
                        assert!(canvas.contains(&r), "{view:?} {lang:?} {width}: {shape:?}");
                    }
                }
            }
        }
    }
}

#[test]
fn korean_value_ticks_fit_and_never_overlap_from_280_to_1600() {
    // Korean ticks (`1억2000만`) are wider than English ones (`$120M`):
    // the wide timeline's margin and the phone rows' tick count make room.
    for width in (280..=1600).step_by(4) {
        let w = f64::from(width);
        for metric in METRICS {
            let h = box_height(ChartView::Timeline, metric, false, Lang::Ko, w, 320.0);
            let s = build_scene(&ChartSpec {
                lang: Lang::Ko,
                ..spec(ChartView::Timeline, metric, false, w, h)
            });
            let canvas = Rect::new(0.0, 0.0, w, h);
            let axis = s.texts(TextRole::Axis);
            let ticks: Vec<&(&str, Rect)> = axis
                .iter()
                .filter(|(t, _)| t.contains(['만', '억']) || *t == "0")
                .collect();
            if metric == Metric::Dollars {
                assert!(ticks.iter().any(|(t, _)| t.contains('억')), "{w}: {axis:?}");
                assert!(ticks.iter().all(|(t, _)| !t.contains('$')), "{w}: {axis:?}");
            }
            for (i, (t, r)) in ticks.iter().enumerate() {
                assert!(
                    canvas.contains(r),
                    "{metric:?} {w}: `{t}` {r:?} leaves the canvas"
                );
                for (u, o) in ticks.iter().skip(i + 1) {
                    // The rows repeat their axis above and below: same text, apart.
                    assert!(!r.overlaps(o), "{metric:?} {w}: `{t}` overlaps `{u}`");
                }
            }
        }
    }
}

#[test]
fn every_drawn_figure_answers_to_the_pointer() {
    let s = build_scene(&spec(default_view(), Metric::Dollars, false, 640.0, 400.0));
    assert_eq!(s.points.len(), 3);
    for p in &s.points {
        let (x, y) = (p.hit.x + p.hit.w / 2.0, p.hit.bottom() - 2.0);
        assert_eq!(s.point_at(x, y).map(|q| q.figure), Some(p.figure));
    }
    assert!(s.point_at(1.0, 1.0).is_none());
    let t = build_scene(&spec(
        ChartView::Timeline,
        Metric::Dollars,
        false,
        900.0,
        420.0,
    ));
    let shown = EMBEDDED.figures.len();
    assert_eq!(
        t.points.len(),
        shown,
        "every figure, totals included, is drawn"
    );
}

#[test]
fn the_focused_figure_is_framed() {
    let jp = EMBEDDED.figure_index(H1_2023, Destination::Japan).unwrap();
    let mut sp = spec(default_view(), Metric::Dollars, false, 640.0, 400.0);
    let frames = |s: &Scene| {
        s.shapes
            .iter()
            .filter(|sh| matches!(sh, Shape::Frame { .. }))
            .count()
    };
    assert_eq!(frames(&build_scene(&sp)), 0);
    sp.focus = Some(jp);
    assert_eq!(frames(&build_scene(&sp)), 1);
    sp.view = ChartView::Timeline;
    assert_eq!(frames(&build_scene(&sp)), 1);
}

#[test]
fn korean_scenes_draw_no_english_words() {
    for view in VIEWS {
        for metric in METRICS {
            for width in [280.0, 640.0, 1200.0] {
                let scene = build_scene(&ChartSpec {
                    lang: Lang::Ko,
                    ..spec(view, metric, true, width, 420.0)
                });
                for role in [TextRole::Axis, TextRole::DataLabel, TextRole::Note] {
                    for (t, _) in scene.texts(role) {
                        // Figures keep `$` and `M`; words must be Korean.
                        assert!(
                            !t.chars().any(|c| c.is_ascii_lowercase()),
                            "{view:?} {metric:?} {width}: `{t}`"
                        );
                    }
                }
            }
        }
    }
}

// The data-driven time axis, through the whole chart with data of any
// periods: no one module's job, so the chart's.
mod domain;
