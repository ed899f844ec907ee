//! The time axis follows the data: every figure and milestone of a dataset
//! is on it, the embedded one and one with a period after the shipped data,
//! with the series' names still to the right of the plot and nothing drawn
//! off the canvas.

use super::*;
use crate::data::{Dataset, Destination, Figure, Period, YearMonth, EMBEDDED};
use crate::model::chart::layout::series_end;
use crate::model::scene::{Rect, Scene, Shape, TextRole};
use crate::model::text;
use crate::vocab::Lang;
use crate::words::{words, DestinationWords};

/// January to June 2026: after the last shipped figure.
const H1_2026: Period = Period {
    start: YearMonth {
        year: 2026,
        month: 1,
    },
    end: YearMonth {
        year: 2026,
        month: 6,
    },
};

/// The embedded data with a total and the three countries for H1 2026
/// (the countries summing to less than the total).
fn with_h1_2026() -> Dataset {
    let row = |destination, value_kusd| Figure {
        period: H1_2026,
        destination,
        value_kusd,
        rounded_to_kusd: 1,
        source: "Test Daily",
        source_date: "2026-07-15",
    };
    let mut figures = EMBEDDED.figures.to_vec();
    figures.extend([
        row(Destination::All, 160_000),
        row(Destination::Japan, 52_000),
        row(Destination::UnitedStates, 35_500),
        row(Destination::China, 24_250),
    ]);
    Dataset::leak(
        figures,
        EMBEDDED.milestones.to_vec(),
        EMBEDDED.default_period,
    )
}

fn spec(data: Dataset, metric: Metric, annotations: bool, lang: Lang, width: f64) -> ChartSpec {
    ChartSpec {
        data,
        view: ChartView::Timeline,
        metric,
        annotations,
        width,
        height: plot_box_height(width),
        focus: None,
        lang,
    }
}

/// Whether a shape lies inside `canvas` (to rounding).
fn inside(shape: &Shape, canvas: &Rect) -> bool {
    let c = canvas.inflate(0.01);
    let point = |(x, y): (f64, f64)| x >= c.x && x <= c.right() && y >= c.y && y <= c.bottom();
    let square = |(x, y): (f64, f64), half: f64| {
        c.contains(&Rect::new(x - half, y - half, 2.0 * half, 2.0 * half))
    };
    match shape {
        Shape::Rect { rect, .. } | Shape::Frame { rect, .. } => c.contains(rect),
        Shape::Line { from, to, .. } => point(*from) && point(*to),
        Shape::Circle { center, radius, .. } => square(*center, *radius),
        Shape::Marker { center, size, .. } => square(*center, size / 2.0),
        Shape::Text { .. } => shape.text_box().is_some_and(|r| c.contains(&r)),
    }
}

#[test]
fn the_embedded_axis_runs_from_2017_to_the_end_of_2025() {
    // The constant the axis had before it followed the data.
    assert_eq!(timeline_domain(&EMBEDDED), (2017.0 * 12.0, 2026.0 * 12.0));
    assert_eq!(
        country_figures_start(&EMBEDDED),
        Some(YearMonth {
            year: 2020,
            month: 1
        })
    );
    let extended = with_h1_2026();
    assert_eq!(
        timeline_domain(&extended),
        (2017.0 * 12.0, 2026.0 * 12.0 + 6.0)
    );
    assert_eq!(
        extended.country_periods().last(),
        Some(&H1_2026),
        "the new period has country figures"
    );
}

#[test]
fn the_time_axis_covers_every_figure_and_milestone() {
    for data in [EMBEDDED, with_h1_2026()] {
        let (start, end) = timeline_domain(&data);
        assert_eq!(start % 12.0, 0.0, "the axis starts in January");
        for f in data.figures {
            let (a, b) = f.period.span();
            assert!(start <= a && b <= end, "{f:?} off {start}..{end}");
        }
        let last = data.figures.iter().map(|f| f.period.span().1);
        assert_eq!(
            last.fold(f64::MIN, f64::max),
            end,
            "no month after the data"
        );
        for m in data.milestones {
            let p = m.date.position();
            assert!(start <= p && p < end, "{m:?} off {start}..{end}");
        }
        // Every milestone is on the timeline, each drawn once.
        for width in [ROWS_MAX_WIDTH + 1.0, 1600.0] {
            let sp = spec(data, Metric::Dollars, true, Lang::En, width);
            assert_eq!(timeline_frame(&sp).milestones.len(), data.milestones.len());
            let s = build_scene(&sp);
            assert_eq!(s.texts(TextRole::Annotation).len(), data.milestones.len());
        }
    }
}

/// The checks on one timeline scene of `data` (`sp`): the new period's
/// spans inside the canvas, each series named right of the plot, and no
/// shape off the canvas.
fn check_scene(data: &Dataset, sp: &ChartSpec, scene: &Scene) {
    let ctx = format!("{:?} {:?} {}", sp.metric, sp.lang, sp.width);
    let canvas = Rect::new(0.0, 0.0, sp.width, sp.height);
    let frame = timeline_frame(sp);
    let series = ChartView::Timeline.series(sp.metric);
    let new = data
        .figures
        .iter()
        .filter(|f| f.period == H1_2026 && series.contains(&f.destination));
    assert_eq!(new.clone().count(), series.len(), "{ctx}");
    for f in new {
        let (a, b) = figure_span(data, &frame, sp.metric, f).unwrap();
        assert!(
            frame.plot.x < a.0 && b.0 < frame.plot.right(),
            "{ctx}: {f:?}"
        );
        assert!(
            canvas.contains(&Rect::new(a.0, a.1, b.0 - a.0, 0.0)),
            "{ctx}"
        );
        let drawn = scene.shapes.iter().any(|s| match s {
            Shape::Line { from, to, .. } => *from == a && *to == b,
            _ => false,
        });
        assert!(drawn, "{ctx}: no span for {:?}", f.destination);
    }
    let labels = scene.texts(TextRole::DataLabel);
    for &d in series {
        let name = d.short_name(sp.lang);
        let (_, r) = labels
            .iter()
            .find(|(t, _)| *t == name)
            .unwrap_or_else(|| panic!("{ctx}: {name} not drawn"));
        assert!(
            r.x > frame.plot.right(),
            "{ctx}: {name} {r:?} over the plot"
        );
        assert!(canvas.contains(r), "{ctx}: {name} {r:?} off the canvas");
        // Level with the new period, its latest figure, when nothing
        // pushes it apart.
        let end = series_end(data, &frame, sp.metric, d);
        let new = data.figure(H1_2026, d);
        let new_y = new.and_then(|f| figure_span(data, &frame, sp.metric, f));
        assert_eq!(end, new_y.map(|(a, _)| a.1), "{ctx}: {name}");
    }
    for shape in &scene.shapes {
        assert!(inside(shape, &canvas), "{ctx}: {shape:?} off the canvas");
    }
    // Each year's label is centred under its months on the axis; the half
    // year 2026 holds its whole label.
    for (t, r) in scene.texts(TextRole::Axis) {
        let Some(year) = t.parse::<u16>().ok().filter(|_| t.len() == 4) else {
            continue;
        };
        let first = f64::from(year) * 12.0;
        let (a, b) = (frame.x.map(first), frame.x.map(first + 12.0));
        let mid = r.x + r.w / 2.0;
        assert!(a <= mid && mid <= b.min(frame.plot.right()), "{ctx}: {t}");
        if year == 2026 {
            assert!(a <= r.x && r.right() <= frame.plot.right(), "{ctx}: {r:?}");
        }
    }
}

#[test]
fn a_later_period_is_drawn_inside_the_canvas_and_the_series_named_right_of_it() {
    let data = with_h1_2026();
    let mut new_year_labelled = false;
    for width in (580..=1600).step_by(60).map(f64::from) {
        for metric in [Metric::Dollars, Metric::Share] {
            for (annotations, lang) in [(false, Lang::En), (true, Lang::Ko), (true, Lang::En)] {
                let sp = spec(data, metric, annotations, lang, width);
                let scene = build_scene(&sp);
                check_scene(&data, &sp, &scene);
                new_year_labelled |= scene
                    .texts(TextRole::Axis)
                    .iter()
                    .any(|(t, _)| *t == "2026");
            }
        }
    }
    assert!(new_year_labelled, "half a year holds its label when wide");
}

#[test]
fn the_empty_years_note_names_the_first_year_with_country_figures() {
    for data in [EMBEDDED, with_h1_2026()] {
        let s = build_scene(&spec(data, Metric::Share, false, Lang::En, 1200.0));
        let notes: Vec<&str> = s
            .texts(TextRole::Note)
            .into_iter()
            .map(|(t, _)| t)
            .collect();
        assert_eq!(notes, ["No country figures before 2020"]);
        let en = text::period_notes(&data, ChartView::Timeline, Metric::Share, Lang::En);
        assert!(en.contains(&"Each share is of all album exports in the same period. No country figures were found before 2020.".to_string()), "{en:?}");
        let ko = text::period_notes(&data, ChartView::Timeline, Metric::Share, Lang::Ko);
        assert!(ko.contains(&"비중은 같은 기간 전체 음반 수출 대비입니다. 2020년 이전의 국가별 수치는 찾지 못했습니다.".to_string()), "{ko:?}");
        let dollars = text::period_notes(&data, ChartView::Timeline, Metric::Dollars, Lang::En);
        assert!(!dollars.join(" ").contains("before 2020"), "{dollars:?}");
    }
    // Country figures from the axis's first month: no gap, no note.
    let from_2020 = Dataset::leak(
        EMBEDDED
            .figures
            .iter()
            .filter(|f| f.period.start.year >= 2020)
            .copied()
            .collect(),
        EMBEDDED
            .milestones
            .iter()
            .filter(|m| m.date.year >= 2020)
            .copied()
            .collect(),
        EMBEDDED.default_period,
    );
    assert_eq!(timeline_domain(&from_2020).0, 2020.0 * 12.0);
    assert_eq!(country_figures_start(&from_2020), None);
    let s = build_scene(&spec(from_2020, Metric::Share, false, Lang::En, 1200.0));
    assert!(s.texts(TextRole::Note).is_empty());
    let notes = text::period_notes(&from_2020, ChartView::Timeline, Metric::Share, Lang::En);
    assert!(!notes.join(" ").contains("No country figures"), "{notes:?}");
    let year = (words(Lang::En).no_country_figures)(2020);
    assert_eq!(year, "No country figures before 2020");
}
