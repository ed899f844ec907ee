use super::*;
use crate::data::EMBEDDED;
use crate::model::chart::{DARK, LIGHT};
use crate::model::scene::{Rect, TextRole};
use crate::model::testing::H1_2023;
use crate::vocab::{Lang, Metric};

fn spec(view: ChartView, metric: Metric, lang: Lang, width: f64) -> ChartSpec {
    ChartSpec {
        data: EMBEDDED,
        view,
        metric,
        annotations: true,
        width,
        height: (width * 0.6).clamp(320.0, 480.0),
        focus: Some(0),
        lang,
    }
}

/// A point every shape has.
fn origin(s: &Shape) -> (f64, f64) {
    match s {
        Shape::Rect { rect, .. } | Shape::Frame { rect, .. } => (rect.x, rect.y),
        Shape::Line { from, .. } => *from,
        Shape::Circle { center, .. } | Shape::Marker { center, .. } => *center,
        Shape::Text { at, .. } => *at,
    }
}

/// Whether two shapes are the same kind at the same place (to float
/// noise), with the same text.
fn same(a: &Shape, b: &Shape) -> bool {
    let (pa, pb) = (origin(a), origin(b));
    let text = |s: &Shape| match s {
        Shape::Text { text, .. } => Some(text.clone()),
        _ => None,
    };
    std::mem::discriminant(a) == std::mem::discriminant(b)
        && (pa.0 - pb.0).abs() < 1e-6
        && (pa.1 - pb.1).abs() < 1e-6
        && text(a) == text(b)
}

/// Where the picture holds the plot's shapes, in order: their first
/// index and how far down they moved (none if it doesn't).
fn plot_at(scene: &Scene, plot: &Scene) -> Option<(usize, f64)> {
    let n = plot.shapes.len();
    let y0 = origin(&plot.shapes[0]).1;
    scene.shapes.windows(n).enumerate().find_map(|(i, w)| {
        let dy = origin(&w[0]).1 - y0;
        let all = plot
            .shapes
            .iter()
            .zip(w)
            .all(|(p, s)| same(&moved(p, dy), s));
        all.then_some((i, dy))
    })
}

#[test]
fn the_picture_carries_its_title_legend_notes_and_source_and_nothing_overlaps() {
    for width in [280.0, 375.0, 640.0, 1280.0] {
        for view in [ChartView::Snapshot(H1_2023), ChartView::Timeline] {
            for metric in [Metric::Dollars, Metric::Share] {
                for lang in Lang::ALL {
                    let spec = spec(view, metric, lang, width);
                    let scene = picture_scene(&spec, H1_2023, &LIGHT);
                    let plot = build_scene_with(
                        &ChartSpec {
                            focus: None,
                            ..spec
                        },
                        &LIGHT,
                    );
                    let ctx = format!("{view:?} {metric:?} {lang:?} {width}");
                    assert_eq!(scene.width, width, "{ctx}");
                    let (at, top) = plot_at(&scene, &plot).expect("the plot is in the picture");
                    let plot_area = Rect::new(0.0, top, plot.width, plot.height);
                    // The texts the picture adds: all but the plot's.
                    let added = Scene {
                        shapes: [&scene.shapes[..at], &scene.shapes[at + plot.shapes.len()..]]
                            .concat(),
                        ..Scene::default()
                    };
                    let around = added.texts(TextRole::Note);
                    for (t, r) in &around {
                        assert!(!r.overlaps(&plot_area), "{ctx}: `{t}` over the plot");
                    }
                    let squash = |s: &str| s.split_whitespace().collect::<String>();
                    let all = squash(&around.iter().map(|(t, _)| *t).collect::<String>());
                    let expected = [
                        text::title(&EMBEDDED, H1_2023, lang),
                        text::subtitle(view, metric, lang),
                        text::source_line(&EMBEDDED, view, lang),
                    ];
                    let notes = text::period_notes(&EMBEDDED, view, metric, lang);
                    for e in expected.iter().chain(&notes) {
                        assert!(all.contains(&squash(e)), "{ctx}: {e} missing");
                    }
                    for d in view.series(metric) {
                        assert!(all.contains(&squash(d.name(lang))), "{ctx}: legend {d:?}");
                    }
                    for f in &plot.footnotes {
                        assert!(all.contains(&squash(&f.text)), "{ctx}: key {}", f.text);
                    }
                    // Within the picture's width, clear of the plot and
                    // of each other.
                    let frame = Rect::new(0.0, 0.0, scene.width, scene.height);
                    for (i, (a, ra)) in around.iter().enumerate() {
                        assert!(frame.contains(ra), "{ctx}: `{a}` {ra:?} leaves {frame:?}");
                        for (b, rb) in &around[i + 1..] {
                            assert!(!ra.overlaps(rb), "{ctx}: `{a}` overlaps `{b}`");
                        }
                    }
                    // The keyboard's focus mark is not the picture's.
                    let focus = scene
                        .shapes
                        .iter()
                        .any(|s| matches!(s, Shape::Frame { .. }));
                    assert!(!focus, "{ctx}");
                }
            }
        }
    }
}

/// The lines a paragraph of `source` was set in: the run of texts in
/// `texts` that, spaces aside, is `source` (spaces aside, so a line
/// break inside a word is found, and reported, too).
fn paragraph_lines<'t>(texts: &[&'t str], source: &str) -> Option<Vec<&'t str>> {
    let squash = |s: &str| s.split_whitespace().collect::<String>();
    let source = squash(source);
    (0..texts.len()).find_map(|i| {
        let mut joined = String::new();
        for (j, t) in texts[i..].iter().enumerate() {
            joined.push_str(&squash(t));
            if joined == source {
                return Some(texts[i..=i + j].to_vec());
            }
            if !source.starts_with(&joined) {
                return None;
            }
        }
        None
    })
}

#[test]
fn the_pictures_korean_lines_end_only_between_words() {
    let ko = Lang::Ko;
    let mut wrapped = 0;
    for width in (280..=1280).step_by(4).map(f64::from) {
        for view in [ChartView::Snapshot(H1_2023), ChartView::Timeline] {
            for metric in [Metric::Dollars, Metric::Share] {
                let spec = spec(view, metric, ko, width);
                let scene = picture_scene(&spec, H1_2023, &LIGHT);
                let plot = build_scene_with(&spec, &LIGHT);
                let texts: Vec<&str> = scene
                    .shapes
                    .iter()
                    .filter_map(|s| match s {
                        Shape::Text { text, .. } => Some(text.as_str()),
                        _ => None,
                    })
                    .collect();
                let mut sources = vec![
                    text::title(&EMBEDDED, H1_2023, ko),
                    text::subtitle(view, metric, ko),
                    text::source_line(&EMBEDDED, view, ko),
                ];
                sources.extend(text::period_notes(&EMBEDDED, view, metric, ko));
                sources.extend(
                    plot.footnotes
                        .iter()
                        .map(|f| format!("{}. {} {}", f.number, f.date, f.text)),
                );
                for source in &sources {
                    let ctx = format!("{view:?} {metric:?} {width}: `{source}`");
                    let lines = paragraph_lines(&texts, source)
                        .unwrap_or_else(|| panic!("{ctx}: not in the picture"));
                    let splits = legend::hangul_splits(source, &lines)
                        .unwrap_or_else(|e| panic!("{ctx}: {e}"));
                    assert!(splits.is_empty(), "{ctx}: a word split: {splits:?}");
                    wrapped += usize::from(lines.len() > 1);
                }
            }
        }
    }
    assert!(wrapped > 500, "the sweep wraps ({wrapped})");
}

#[test]
fn the_plot_is_the_canvas_scene_moved_below_the_header() {
    let spec = spec(ChartView::Timeline, Metric::Dollars, Lang::En, 640.0);
    let scene = picture_scene(&spec, H1_2023, &DARK);
    let plot = build_scene_with(
        &ChartSpec {
            focus: None,
            ..spec
        },
        &DARK,
    );
    let (_, top) = plot_at(&scene, &plot).expect("the plot is in the picture");
    assert!(
        top > 60.0,
        "the header and legend sit above the plot: {top}"
    );
    assert!(
        scene.height > top + plot.height + 40.0,
        "notes and source below"
    );
    // Too small to draw: nothing to download.
    assert!(picture_scene(
        &ChartSpec {
            width: 100.0,
            ..spec
        },
        H1_2023,
        &LIGHT
    )
    .shapes
    .is_empty());
}
