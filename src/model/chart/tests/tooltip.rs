//! Tooltips never cover the figure they explain nor any value label, and
//! stay inside the plot: every view, both languages, 280 to 1600 px.

use super::*;
use crate::data::{Destination, EMBEDDED};
use crate::model::chart::*;
use crate::model::scene::{PointMark, Rect, Shape};
use crate::model::testing::{default_view, H1_2023};

const METRICS: [Metric; 2] = [Metric::Dollars, Metric::Share];

/// The chart as the browser draws it at `width`: the plot box's height from
/// the stylesheet, or the rows' own.
fn scene_at(view: ChartView, metric: Metric, annotations: bool, lang: Lang, width: f64) -> Scene {
    build_scene(&ChartSpec {
        data: EMBEDDED,
        view,
        metric,
        annotations,
        width,
        height: plot_box_height(width),
        focus: None,
        lang,
    })
}

/// Tooltip sizes a reader meets, from a short one-line source to a long
/// wrapped one, each as wide as the stylesheet lets it be at `width`
/// (`max-width: min(240px, 100% - 8px)`).
fn sizes(width: f64) -> Vec<(f64, f64)> {
    let cap = (width - 8.0).min(240.0);
    [140.0_f64, 200.0, 260.0]
        .into_iter()
        .flat_map(|w| [60.0, 100.0, 140.0].map(|h| (w.min(cap), h)))
        .collect()
}

/// A tooltip's height at a narrower width: the same text wraps onto more
/// lines, keeping about the same area.
fn reflowed((w0, h0): (f64, f64), w: f64) -> f64 {
    (w0 * h0 / w).ceil()
}

/// The widget around a scene's plot, in the plot's pixels, as small as it
/// gets: the title, subtitle, controls and legend above the plot take at
/// least 130 px, and the notes, source and links below it at least 115 px,
/// at any width, view and language (measured in Chromium; more on a phone,
/// where they wrap).
fn widget(scene: &Scene) -> Rect {
    Rect::new(0.0, -130.0, scene.width, scene.height + 245.0)
}

/// Where the tooltip for `mark` of `natural` size goes, as a box.
fn tooltip_box(scene: &Scene, mark: &PointMark, natural: (f64, f64)) -> Rect {
    let place = place_tooltip(scene, mark, widget(scene), natural, |w| {
        reflowed(natural, w)
    });
    let (w, h) = place.width.map_or(natural, |w| (w, reflowed(natural, w)));
    Rect::new(place.x, place.y, w, h)
}

/// The bars, markers and spans drawn in `mark`'s hit area, found
/// independently of the placement's own idea of the figure.
fn marks_in(scene: &Scene, mark: &PointMark) -> Vec<Rect> {
    let hit = mark.hit.inflate(1.0);
    scene
        .shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Rect { rect, .. } => Some(*rect),
            Shape::Marker { center, size, .. } => Some(Rect::new(
                center.0 - size / 2.0,
                center.1 - size / 2.0,
                *size,
                *size,
            )),
            _ => None,
        })
        .filter(|r| hit.contains(r))
        .collect()
}

/// Every tooltip of `scene` is inside the widget and covers neither its
/// figure nor any value label: at every size, or with `rotate`, at each
/// third of them in turn (the k-th figure at sizes k, k + 3, k + 6, so
/// every size is tried on neighbouring figures) where figures are many.
fn assert_clear(scene: &Scene, what: &str, rotate: bool) {
    let widget = widget(scene);
    let labels = value_label_boxes(scene, 0.0);
    for (k, mark) in scene.points.iter().enumerate() {
        // The bar or marker, and the whole area that answers for the
        // figure (a bar's includes its values).
        let mut figure = marks_in(scene, mark);
        figure.push(mark.hit);
        let sizes = sizes(scene.width).into_iter().enumerate();
        for (_, natural) in sizes.filter(|(i, _)| !rotate || i % 3 == k % 3) {
            let tip = tooltip_box(scene, mark, natural);
            let at = format!("{what}, figure {}, {natural:?}: {tip:?}", mark.figure);
            assert!(widget.contains(&tip), "{at} leaves the widget");
            assert!(
                !figure.iter().any(|f| tip.overlaps(f)),
                "{at} covers its figure"
            );
            let covered = labels.iter().find(|l| tip.overlaps(l));
            assert!(covered.is_none(), "{at} covers the label {covered:?}");
        }
    }
}

#[test]
fn the_default_view_never_hides_a_bar_or_a_value_from_280_to_1600() {
    for width in (280..=1600).step_by(8) {
        let width = f64::from(width);
        for (lang, metric) in Lang::ALL.into_iter().flat_map(|l| METRICS.map(|m| (l, m))) {
            for annotations in [false, true] {
                let scene = scene_at(default_view(), metric, annotations, lang, width);
                assert_eq!(scene.points.len(), 3, "{width}");
                let what = format!("{lang:?} {metric:?} {annotations} {width}px");
                assert_clear(&scene, &what, false);
            }
        }
    }
}

#[test]
fn no_view_hides_its_figure_or_a_value_from_280_to_1600() {
    // Every 8 px on a phone, where the rows crowd the plot, and every 40
    // px above it: the timeline's placement hardly changes with width.
    let widths = (280..=560).step_by(8).chain((600..=1600).step_by(40));
    for width in widths.map(f64::from) {
        for lang in Lang::ALL {
            for (metric, annotations) in METRICS.into_iter().flat_map(|m| [(m, false), (m, true)]) {
                let scene = scene_at(ChartView::Timeline, metric, annotations, lang, width);
                assert!(!scene.points.is_empty(), "{width}");
                let what = format!("timeline {lang:?} {metric:?} {annotations} {width}px");
                assert_clear(&scene, &what, true);
            }
        }
    }
}

#[test]
fn above_the_bar_when_there_is_room_beside_or_narrower_when_not() {
    let us = EMBEDDED
        .figure_index(H1_2023, Destination::UnitedStates)
        .unwrap();
    let japan = EMBEDDED.figure_index(H1_2023, Destination::Japan).unwrap();
    let mark = |s: &Scene, i| *s.points.iter().find(|p| p.figure == i).unwrap();
    // Wide: the US bar's tooltip sits centred just above its value.
    let wide = scene_at(default_view(), Metric::Dollars, false, Lang::En, 1024.0);
    let m = mark(&wide, us);
    let tip = tooltip_box(&wide, &m, (230.0, 110.0));
    assert!(
        tip.bottom() <= m.anchor.1 && tip.bottom() > m.anchor.1 - 20.0,
        "{tip:?}"
    );
    assert!((tip.x + tip.w / 2.0 - m.anchor.0).abs() < 1.0, "{tip:?}");
    // 375 px: Japan's bar reaches the top, so its tooltip goes beside it.
    let phone = scene_at(default_view(), Metric::Dollars, false, Lang::En, 375.0);
    let m = mark(&phone, japan);
    let tip = tooltip_box(&phone, &m, (230.0, 110.0));
    assert!(tip.x >= m.hit.right(), "{tip:?}");
    // 280 px: a 240 px tooltip fits nowhere beside it; a narrower one does.
    let narrow = scene_at(default_view(), Metric::Dollars, false, Lang::En, 280.0);
    let m = mark(&narrow, japan);
    let plot = Rect::new(0.0, 0.0, 280.0, narrow.height);
    let place = place_tooltip(&narrow, &m, plot, (240.0, 110.0), |w| {
        reflowed((240.0, 110.0), w)
    });
    assert!(place.width.is_some_and(|w| w < 240.0), "{place:?}");
    // With the widget's title, controls and legend above the plot (240 px
    // at 280 px), it keeps its width there, over the legend.
    let widget = Rect::new(0.0, -240.0, 280.0, narrow.height + 240.0);
    let place = place_tooltip(&narrow, &m, widget, (240.0, 110.0), |w| {
        reflowed((240.0, 110.0), w)
    });
    assert_eq!(place.width, None);
    assert!(place.y + 110.0 <= m.hit.y, "{place:?}");
}

#[test]
fn with_no_clear_place_it_stays_in_the_widget_covering_the_least() {
    // A widget no larger than a plot barely larger than the tooltip.
    let scene = scene_at(default_view(), Metric::Dollars, false, Lang::En, 300.0);
    let plot = Rect::new(0.0, 0.0, scene.width, scene.height);
    for mark in &scene.points {
        let natural = (292.0, 300.0);
        let place = place_tooltip(&scene, mark, plot, natural, |_| 300.0);
        let w = place.width.unwrap_or(natural.0);
        assert!(
            plot.contains(&Rect::new(place.x, place.y, w, 300.0)),
            "{place:?}"
        );
    }
    // Wider than the widget: at its left edge, never off its left.
    let place = place_tooltip(&scene, &scene.points[0], plot, (400.0, 90.0), |_| 400.0);
    assert!(place.x >= 4.0, "{place:?}");
}
