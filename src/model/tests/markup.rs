use super::*;
use crate::data::EMBEDDED;
use crate::model::chart::{period_dash, DARK, LIGHT};
use crate::model::reading::PlainNumbers;
use crate::model::testing::{default_view, H1_2023};

/// The numbers of an SVG path, in order.
fn numbers(path: &str) -> Vec<f64> {
    path.split(|c: char| c.is_ascii_alphabetic() || c == ' ')
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().unwrap())
        .collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 0.0051
}

#[test]
fn the_legends_markers_are_the_canvas_markers() {
    let c = MARKER_BOX / 2.0;
    let kinds = [
        MarkerKind::Circle,
        MarkerKind::Square,
        MarkerKind::Triangle,
        MarkerKind::Diamond,
    ];
    for kind in kinds {
        let path = marker_path(kind);
        let n = numbers(&path);
        match kind.outline((c, c), MARKER_SIZE) {
            Outline::Disc(r) => {
                // Starts on the disc's left edge, then two arcs of radius r.
                assert!(close(n[0], c - r) && close(n[1], c), "{path}");
                assert!(close(n[2], r) && close(n[3], r), "{path}");
                assert!(close(n[7], 2.0 * r) && close(n[14], -2.0 * r), "{path}");
            }
            Outline::Polygon(points) => {
                assert_eq!(n.len(), points.len() * 2, "{path}");
                for (i, (x, y)) in points.iter().enumerate() {
                    assert!(close(n[2 * i], *x) && close(n[2 * i + 1], *y), "{path}");
                }
            }
        }
        // Everything inside the box.
        assert!(n
            .iter()
            .step_by(2)
            .all(|v| (-MARKER_BOX..=MARKER_BOX).contains(v)));
    }
    assert_eq!(MARKER_VIEW_BOX, format!("0 0 {MARKER_BOX} {MARKER_BOX}"));
    // Each destination's entry has its canvas marker and colour.
    for palette in [LIGHT, DARK] {
        for view in [default_view(), ChartView::Timeline] {
            for key in series_keys(view, Metric::Dollars, &palette, Lang::En) {
                let d = key.destination;
                assert_eq!(key.marker, marker_path(Palette::marker(d)));
                assert_eq!(key.fill, css_rgb(palette.series_color(d)));
            }
        }
    }
}

#[test]
fn the_legends_dashes_are_the_canvas_dashes() {
    let keys = period_keys(&EMBEDDED, ChartView::Timeline, Lang::En);
    assert_eq!(keys.len(), crate::model::chart::PERIOD_LEGEND.len());
    for (key, kind) in keys.iter().zip(crate::model::chart::PERIOD_LEGEND) {
        let parsed: Vec<f64> = key
            .dash
            .split(' ')
            .filter(|s| !s.is_empty())
            .map(|s| s.parse().unwrap())
            .collect();
        match period_dash(kind) {
            None => assert!(parsed.is_empty(), "{kind:?}: {:?}", key.dash),
            Some((dash, gap)) => assert_eq!(parsed, [dash, gap], "{kind:?}"),
        }
    }
    // The labels name the kinds in the same order as the dashes.
    assert_eq!(keys[0].label, "Full year");
    assert_eq!(keys[2].label, "Jan–Jun");
    assert_eq!(keys[0].dash, "");
    assert!(period_keys(&EMBEDDED, default_view(), Lang::En).is_empty());
}

#[test]
fn the_legend_follows_the_views_series() {
    let names = |view, metric| -> Vec<&str> {
        series_keys(view, metric, &LIGHT, Lang::En)
            .iter()
            .map(|k| k.name)
            .collect()
    };
    assert_eq!(
        names(default_view(), Metric::Dollars),
        ["Japan", "United States", "China"]
    );
    assert_eq!(names(ChartView::Timeline, Metric::Dollars).len(), 4);
    assert_eq!(names(ChartView::Timeline, Metric::Share).len(), 3);
}

#[test]
fn the_tables_carry_every_figure_of_the_view() {
    assert_eq!(
        figures_caption(default_view(), Lang::En),
        format!(
            "{}{}",
            crate::words::words(Lang::En).ui.table_caption,
            H1_2023.long_label(Lang::En)
        )
    );
    let rows = figure_cells(&EMBEDDED, default_view(), &PlainNumbers, Lang::En);
    assert_eq!(rows.len(), 4);
    let us = rows.iter().find(|r| r.destination == "United States");
    assert!(us.is_some_and(|r| r.value == "$25,519,000" && r.share == "19.2%"));
    assert!(
        rows.iter().any(|r| r.share == "—"),
        "the total has no share"
    );
    assert_eq!(
        figure_cells(&EMBEDDED, ChartView::Timeline, &PlainNumbers, Lang::En).len(),
        table_figures(&EMBEDDED, ChartView::Timeline).len()
    );
    assert_eq!(
        milestone_cells(&EMBEDDED, Lang::En).len(),
        EMBEDDED.milestones.len()
    );
}
