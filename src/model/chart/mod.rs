//! The chart's pure logic: from a dataset, a view, a metric, the annotation
//! toggle and a size (a [`ChartSpec`]) to a [`Scene`]. No browser types and
//! no dataset of its own: everything here is tested natively, with any
//! data.
//!
//! A view is a composition of marks (`marks/`, after Observable Plot: axes,
//! bars, period spans, labels, milestones, pointer targets) drawn over its
//! frame (`layout.rs`: the scales and areas every mark of the view shares).
//! `snapshot.rs` and `timeline.rs` are the two compositions for a wide
//! canvas; `rows.rs` draws the timeline on a phone (see
//! [`layout::ROWS_MAX_WIDTH`] for where and why).

mod bar_labels;
mod canvas;
mod layout;
mod marks;
mod palette;
mod picture;
mod rows;
mod snapshot;
mod timeline;
mod tooltip;

pub use canvas::{backing_size, plot_box_height, sanitize_dpr};
pub use layout::{
    country_figures_start, figure_span, snapshot_frame, timeline_domain, timeline_frame, uses_rows,
    BarFrame, MonthAxis, SnapshotFrame, TimelineFrame, ROWS_MAX_WIDTH,
};
pub use marks::spans::{dasharray, period_dash, PERIOD_LEGEND};
pub use palette::{PageColors, Palette, DARK, DARK_PAGE, LIGHT, LIGHT_PAGE};
pub use picture::picture_scene;
pub use rows::{
    row_figures, row_periods, rows_frame, rows_height, Entry, MilestoneRow, PeriodRow, RowsFrame,
    ValueItem, ROWS_FONT,
};
pub use tooltip::{place_tooltip, value_label_boxes, TooltipPlace, NARROWER_WIDTHS};

use crate::data::Dataset;
use crate::model::scene::Scene;
use crate::vocab::{ChartView, Lang, Metric};

/// Everything that decides what the canvas shows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartSpec {
    /// The figures and milestones drawn.
    pub data: Dataset,
    /// The view.
    pub view: ChartView,
    /// Dollars or share of the period's total.
    pub metric: Metric,
    /// Whether the milestone annotations are shown.
    pub annotations: bool,
    /// Width in CSS pixels.
    pub width: f64,
    /// Height in CSS pixels.
    pub height: f64,
    /// The figure (index into the dataset's figures, [`Dataset::figures`])
    /// with keyboard focus, marked on the chart.
    pub focus: Option<usize>,
    /// The language of the labels.
    pub lang: Lang,
}

/// The smallest width and height, in CSS pixels, a chart is drawn at:
/// below it there is no room for a legible chart, and the scene is empty.
/// The phone's rows ([`rows_height`]) never ask for less.
const MIN_SIDE: f64 = 120.0;

/// Builds the scene for a spec. A size too small to draw anything legible
/// gives an empty scene rather than a broken picture.
pub fn build_scene(spec: &ChartSpec) -> Scene {
    build_scene_with(spec, &LIGHT)
}

/// [`build_scene`] with a chosen palette.
pub fn build_scene_with(spec: &ChartSpec, palette: &Palette) -> Scene {
    let ok = |v: f64| v.is_finite() && v >= 1.0;
    let mut scene = Scene {
        width: if ok(spec.width) { spec.width } else { 0.0 },
        height: if ok(spec.height) { spec.height } else { 0.0 },
        ..Scene::default()
    };
    // Below this there is no room for a legible chart; the HTML table and
    // notes around the canvas still carry every figure.
    if scene.width < MIN_SIDE || scene.height < MIN_SIDE {
        return scene;
    }
    let as_rows = uses_rows(spec.view, scene.width);
    let mut ink = marks::Ink {
        palette,
        lang: spec.lang,
        font: if as_rows {
            ROWS_FONT
        } else {
            layout::label_font(scene.width)
        },
        scene: &mut scene,
    };
    match spec.view {
        ChartView::Snapshot(period) => snapshot::snapshot(spec, period, &mut ink),
        ChartView::Timeline if as_rows => rows::rows(spec, &mut ink),
        ChartView::Timeline => timeline::timeline(spec, &mut ink),
    }
    scene
}

#[cfg(test)]
#[path = "tests/mod.rs"]
mod tests;
