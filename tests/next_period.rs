//! The next period, end to end: the shipped data files with the invented
//! rows of `tests/fixtures/next-period.csv` (a first half of 2026) added
//! to the exports, loaded as the build loads them
//! ([`Dataset::from_text`]), reach every view and every text. The scenes
//! are drawn to SVG through the canvas's renderer (`tests/common`) and
//! checked for what a reader sees: the new spans inside the plot and
//! labelled on the time axis, the series' names clear of them and of each
//! other, the new period's bars with exactly the formatter's values, its
//! row on a phone, and the words around the chart.

#![allow(clippy::expect_used)] // a test helper failing loudly is what a test wants

use kpop_exports_chart::chart::{
    build_scene, figure_span, plot_box_height, row_figures, rows_height, snapshot_frame,
    timeline_frame, uses_rows, ChartSpec,
};
use kpop_exports_chart::data::{Dataset, Destination, Period, EMBEDDED};
use kpop_exports_chart::fallback::{fallback_html, Pictures};
use kpop_exports_chart::format::{figure_money, figure_share};
use kpop_exports_chart::markup;
use kpop_exports_chart::reading::{self, PlainNumbers};
use kpop_exports_chart::scene::{Rect, TextRole};
use kpop_exports_chart::summary;
use kpop_exports_chart::text;
use kpop_exports_chart::{words, ChartView, DestinationWords, Lang, Metric, PeriodWords};

mod common;
use common::{reads, svg, texts};

const EXPORTS: &str = include_str!("../data/exports.csv");
const MILESTONES: &str = include_str!("../data/milestones.csv");
const DEFAULT_PERIOD: &str = include_str!("../data/default-period.txt");
/// The invented rows: a compile error when the file is missing.
const FIXTURE: &str = include_str!("fixtures/next-period.csv");

const WIDTHS: [f64; 5] = [280.0, 375.0, 640.0, 1000.0, 1280.0];
const METRICS: [Metric; 2] = [Metric::Dollars, Metric::Share];
/// The pixel ratio the scenes are drawn at.
const DPR: f64 = 2.0;

/// The fixture's rows, without its comments and blank lines.
fn fixture_rows() -> Vec<&'static str> {
    FIXTURE
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// The shipped files with the fixture's rows appended to the exports (as
/// `scripts/next-period-data.sh` writes them for the browser's test
/// build), the default period's file being `default_period`.
fn load(default_period: &str) -> Dataset {
    let rows = fixture_rows();
    assert!(
        !rows.is_empty(),
        "tests/fixtures/next-period.csv has no rows"
    );
    let mut exports = EXPORTS.to_string();
    if !exports.ends_with('\n') {
        exports.push('\n');
    }
    for r in rows {
        exports.push_str(r);
        exports.push('\n');
    }
    Dataset::from_text(&exports, MILESTONES, default_period).unwrap_or_else(|e| panic!("{e}"))
}

/// The data with the fixture, and the one period it adds.
fn next() -> (Dataset, Period) {
    let data = load(DEFAULT_PERIOD);
    let shipped = EMBEDDED.country_periods();
    let new: Vec<Period> = data
        .country_periods()
        .into_iter()
        .filter(|p| !shipped.contains(p))
        .collect();
    assert_eq!(new.len(), 1, "one new period with country figures: {new:?}");
    let p = new[0];
    assert_eq!(
        data.periods_of(|_| true).len(),
        EMBEDDED.periods_of(|_| true).len() + 1,
        "no other new period"
    );
    // The shipped figures unchanged, then the fixture's four.
    assert_eq!(&data.figures[..EMBEDDED.figures.len()], EMBEDDED.figures);
    assert_eq!(data.figures.len(), EMBEDDED.figures.len() + 4);
    for d in [
        Destination::All,
        Destination::Japan,
        Destination::UnitedStates,
        Destination::China,
    ] {
        assert!(data.figure(p, d).is_some(), "no {d:?} figure for {p:?}");
    }
    assert_eq!(data.milestones, EMBEDDED.milestones);
    assert_eq!(data.default_period, EMBEDDED.default_period);
    (data, p)
}

/// A `<text>` element of the SVG: where it is (in backing pixels), whether
/// bold, and its words.
#[derive(Debug)]
struct Drawn {
    x: i64,
    y: i64,
    bold: bool,
    text: String,
}

/// Every `<text>` element of an SVG, in drawing order.
fn drawn_texts(svg: &str) -> Vec<Drawn> {
    let attr = |tag: &str, name: &str| -> Option<i64> {
        let v = tag
            .split(&format!(" {name}=\""))
            .nth(1)?
            .split('"')
            .next()?;
        v.parse().ok()
    };
    let out: Vec<Drawn> = svg
        .split("<text")
        .skip(1)
        .filter_map(|t| {
            let (tag, rest) = t.split_once('>')?;
            Some(Drawn {
                x: attr(tag, "x")?,
                y: attr(tag, "y")?,
                bold: tag.contains("font-weight=\"bold\""),
                text: rest.split_once("</text>")?.0.trim().to_string(),
            })
        })
        .collect();
    let words: Vec<&str> = out.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(words, texts(svg), "every <text> read");
    out
}

/// A CSS pixel in the SVG's backing pixels.
fn px(v: f64) -> i64 {
    (v * DPR).round() as i64
}

fn spec(
    data: Dataset,
    view: ChartView,
    metric: Metric,
    annotations: bool,
    lang: Lang,
) -> ChartSpec {
    ChartSpec {
        data,
        view,
        metric,
        annotations,
        width: 0.0,
        height: 0.0,
        focus: None,
        lang,
    }
}

/// Every (width, language, metric, annotations) the tests draw.
fn cases() -> impl Iterator<Item = (f64, Lang, Metric, bool)> {
    WIDTHS.into_iter().flat_map(|w| {
        Lang::ALL.into_iter().flat_map(move |l| {
            METRICS
                .into_iter()
                .flat_map(move |m| [false, true].map(|a| (w, l, m, a)))
        })
    })
}

/// A timeline at `width`, sized as the browser sizes its box.
fn timeline_at(
    data: Dataset,
    width: f64,
    lang: Lang,
    metric: Metric,
    annotations: bool,
) -> ChartSpec {
    let height = if uses_rows(ChartView::Timeline, width) {
        rows_height(&data, width, metric, annotations, lang)
    } else {
        plot_box_height(width)
    };
    ChartSpec {
        width,
        height,
        ..spec(data, ChartView::Timeline, metric, annotations, lang)
    }
}

#[test]
fn the_fixture_adds_one_period_with_country_figures() {
    let (data, p) = next();
    assert_eq!(p.code(), "2026-h1");
    assert_eq!(data.country_period("2026-h1"), Some(p));
    assert_eq!(data.country_periods().last(), Some(&p), "the latest period");
    // The same rows name it as the default period's file would.
    assert_eq!(load("2026-h1\n").default_period, p);
}

#[test]
fn the_timeline_draws_the_new_spans_inside_the_plot_and_labels_2026() {
    let (data, p) = next();
    for (width, lang, metric, annotations) in cases() {
        let sp = timeline_at(data, width, lang, metric, annotations);
        let ctx = format!("{width} {lang:?} {metric:?} milestones {annotations}");
        let out = svg(&sp, DPR);
        let drawn = texts(&out);
        if uses_rows(sp.view, width) {
            // A phone: the new period is a row of its own (see below).
            assert!(
                drawn.contains(&p.row_label(lang)),
                "{ctx}: no row for {p:?}"
            );
            continue;
        }
        let frame = timeline_frame(&sp);
        let plot = frame.plot;
        let series = ChartView::Timeline.series(metric);
        let new: Vec<_> = data
            .figures
            .iter()
            .filter(|f| f.period == p && series.contains(&f.destination))
            .collect();
        assert_eq!(new.len(), series.len(), "{ctx}");
        // Where each new span is drawn: the rule with its caps and marker.
        let mut areas = Vec::new();
        for f in new {
            let (a, b) = figure_span(&data, &frame, metric, f).expect("a value");
            assert!(
                plot.x < a.0 && b.0 < plot.right() && plot.y <= a.1 && a.1 <= plot.bottom(),
                "{ctx}: {:?} from {a:?} to {b:?} leaves the plot {plot:?}",
                f.destination
            );
            // Solid spans are one polyline; dashed ones start at the
            // period's start and their last dash ends at its end.
            let (x0, x1, y) = (px(a.0), px(b.0), px(a.1));
            assert!(
                out.contains(&format!("points=\"{x0},{y} "))
                    && out.contains(&format!(",{y} {x1},{y} \"")),
                "{ctx}: {:?} not drawn from {x0} to {x1} at {y}",
                f.destination
            );
            areas.push((
                f.destination,
                Rect::new(a.0 - 1.0, a.1 - 4.0, b.0 - a.0 + 2.0, 8.0),
            ));
        }
        // The year the new period falls in is on the axis: its tick at
        // January, and its label when its half year holds one.
        let january = px(frame.x.map(2026.0 * 12.0));
        let bottom = px(plot.bottom());
        assert!(
            out.contains(&format!("points=\"{january},{bottom} {january},")),
            "{ctx}: no tick at January 2026"
        );
        let half_year = frame.x.map(f64::from(p.end.index() + 1)) - frame.x.map(2026.0 * 12.0);
        let label = kpop_exports_chart::scene::text_width("2026", axis_font(width)) + 8.0;
        if half_year >= label {
            assert!(
                drawn.iter().any(|t| t == "2026"),
                "{ctx}: 2026 not labelled"
            );
        }
        // The series' names at their ends: apart, and clear of the new spans.
        let scene = build_scene(&sp);
        let names = scene.texts(TextRole::DataLabel);
        assert_eq!(names.len(), series.len(), "{ctx}: {names:?}");
        for (i, (t, r)) in names.iter().enumerate() {
            assert!(drawn.iter().any(|d| d == t), "{ctx}: {t} not drawn");
            for (u, o) in names.iter().skip(i + 1) {
                assert!(!r.overlaps(o), "{ctx}: `{t}` overlaps `{u}`");
            }
            for (d, area) in &areas {
                assert!(!r.overlaps(area), "{ctx}: `{t}` over the new {d:?} span");
            }
        }
    }
}

/// The axis text's size at a canvas width (the layout's `label_font`, which
/// the crate doesn't export).
fn axis_font(width: f64) -> f64 {
    if width < 480.0 {
        11.5
    } else {
        12.5
    }
}

#[test]
fn on_2026_the_wide_timeline_labels_the_new_year() {
    // The half year has room for its label at the wider widths.
    let (data, _) = next();
    for lang in Lang::ALL {
        for width in [1000.0, 1280.0] {
            let sp = timeline_at(data, width, lang, Metric::Dollars, true);
            assert!(
                texts(&svg(&sp, DPR)).iter().any(|t| t == "2026"),
                "{width} {lang:?}"
            );
        }
    }
}

#[test]
fn the_new_periods_bars_carry_the_formatters_values() {
    let (data, p) = next();
    for (width, lang, metric, annotations) in cases() {
        let sp = ChartSpec {
            width,
            height: plot_box_height(width),
            ..spec(data, ChartView::Snapshot(p), metric, annotations, lang)
        };
        let ctx = format!("{width} {lang:?} {metric:?} milestones {annotations}");
        let frame = snapshot_frame(&sp, p);
        let bars = frame.bars.as_ref().expect("room for bars");
        // Value labels stand between the month axis (if any) and the baseline.
        let top = frame.months.as_ref().map_or(0, |m| px(m.y));
        let drawn = drawn_texts(&svg(&sp, DPR));
        for (i, d) in Destination::COUNTRIES.into_iter().enumerate() {
            let f = data.figure(p, d).expect("a country figure");
            let money = figure_money(f, lang);
            let share = figure_share(&data, f, lang).expect("a share");
            let (primary, secondary) = match metric {
                Metric::Dollars => (money.clone(), share.clone()),
                Metric::Share => (share.clone(), money.clone()),
            };
            let over: Vec<&Drawn> = drawn
                .iter()
                .filter(|t| t.x == px(bars.center(i)) && t.y > top && t.y < px(bars.base_y))
                .collect();
            let lines = |bold: bool| -> Vec<&str> {
                over.iter()
                    .filter(|t| t.bold == bold)
                    .map(|t| t.text.as_str())
                    .collect()
            };
            let (bold, plain) = (lines(true), lines(false));
            assert!(
                reads(&bold, &primary),
                "{ctx}: {d:?} drawn {bold:?}, not {primary}"
            );
            let of_total = format!("{share}{}", words(lang).of_total);
            let secondary_ok = reads(&plain, &secondary)
                || (metric == Metric::Dollars && reads(&plain, &of_total));
            assert!(
                secondary_ok,
                "{ctx}: {d:?} drawn {plain:?}, not {secondary}"
            );
        }
    }
}

#[test]
fn a_phone_has_a_row_for_the_new_period_with_its_values() {
    let (data, p) = next();
    for (width, lang, metric, annotations) in
        cases().filter(|c| uses_rows(ChartView::Timeline, c.0))
    {
        let ctx = format!("{width} {lang:?} {metric:?} milestones {annotations}");
        let sp = timeline_at(data, width, lang, metric, annotations);
        let drawn = texts(&svg(&sp, DPR));
        assert!(drawn.contains(&p.row_label(lang)), "{ctx}: no row label");
        let months = (words(lang).months_count)(p.months());
        assert!(drawn.contains(&months), "{ctx}: {months} not drawn");
        let figures = row_figures(&data, p, metric);
        assert_eq!(
            figures.len(),
            ChartView::Timeline.series(metric).len(),
            "{ctx}"
        );
        for i in figures {
            let f = &data.figures[i];
            let value = match (metric, f.destination) {
                (Metric::Share, d) if d != Destination::All => {
                    figure_share(&data, f, lang).expect("a share")
                }
                _ => figure_money(f, lang),
            };
            assert!(drawn.contains(&value), "{ctx}: {value} not drawn");
            assert!(
                drawn.iter().any(|t| t == f.destination.short_name(lang)),
                "{ctx}: {:?} not named",
                f.destination
            );
        }
        // The total is named in the row's head in either metric.
        let total = data.figure(p, Destination::All).expect("a total");
        assert!(
            drawn.contains(&figure_money(total, lang)),
            "{ctx}: no total"
        );
    }
}

#[test]
fn the_words_around_the_chart_follow_the_new_period() {
    let (data, p) = next();
    for lang in Lang::ALL {
        let ctx = format!("{lang:?}");
        let label = p.long_label(lang);
        for metric in METRICS {
            let d = text::describe(&data, ChartView::Snapshot(p), metric, true, false, lang);
            assert!(d.contains(&label), "{ctx}: {d}");
            for c in Destination::COUNTRIES {
                let f = data.figure(p, c).expect("a country figure");
                assert!(d.contains(&figure_money(f, lang)), "{ctx}: {d}");
            }
            // The timeline's description runs to the new period's year.
            let t = text::describe(&data, ChartView::Timeline, metric, false, false, lang);
            assert!(t.contains("2026"), "{ctx}: {t}");
            assert!(!t.contains("2025."), "{ctx}: {t}");
        }
        let s = summary::summary(&data, ChartView::Snapshot(p), lang);
        assert!(s.contains(&label), "{ctx}: {s}");
        let total = data.figure(p, Destination::All).expect("a total");
        assert!(s.contains(&figure_money(total, lang)), "{ctx}: {s}");
        // The timeline's story counts the new period where the US led China.
        let s = summary::summary(&data, ChartView::Timeline, lang);
        assert!(s.contains(&p.short_label(lang)), "{ctx}: {s}");
        // The data table's rows: the new figures, in the timeline's table
        // and as the new period's own table (the fallback's, when the new
        // period is the default).
        let new: Vec<usize> = (EMBEDDED.figures.len()..data.figures.len()).collect();
        let timeline_rows = markup::table_figures(&data, ChartView::Timeline);
        assert!(new.iter().all(|i| timeline_rows.contains(i)), "{ctx}");
        let mut own = markup::table_figures(&data, ChartView::Snapshot(p));
        own.sort_unstable();
        assert_eq!(own, new, "{ctx}");
        let as_default = load("2026-h1\n");
        let pictures = Pictures::draw(&as_default, lang).expect("the pictures draw");
        let html = fallback_html(&as_default, lang, &pictures);
        for &i in &new {
            let t = reading::point_text(&as_default, i, &PlainNumbers, lang).expect("a row");
            let f = &as_default.figures[i];
            let row = format!(
                r#"<tr><th scope="row">{}</th><td>{}</td><td class="kpop-chart__num">{}</td>"#,
                p.short_label(lang),
                f.destination.name(lang),
                t.value
            );
            assert!(html.contains(&row), "{ctx}: no row {row}");
        }
        assert!(
            html.contains("TEST FIXTURE (invented)"),
            "{ctx}: the source"
        );
    }
    assert_eq!(
        text::title(&data, p, Lang::En),
        "The US overtook China as the second-largest market for K-pop albums"
    );
    // The year before, China was ahead: its own title is unchanged.
    let y2025 = data.country_period("2025").expect("2025");
    assert_eq!(
        text::title(&data, y2025, Lang::En),
        "China overtook the US as the second-largest market for K-pop albums"
    );
}
