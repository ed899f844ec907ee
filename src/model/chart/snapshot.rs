//! The snapshot: one period's destinations as labelled bars, with that
//! period's milestones on its own month axis above them.

use crate::data::Period;
use crate::model::scene::Baseline;
use crate::words::words;

use super::bar_labels::BarLabels;
use super::layout::{period_figures, snapshot_frame};
use super::marks::{axis, bars, labels, milestones, points, Ink};
use super::ChartSpec;

/// Composes the snapshot of `period` from the marks, into `ink`'s scene.
pub fn snapshot(spec: &ChartSpec, period: Period, ink: &mut Ink<'_>) {
    let data = &spec.data;
    let frame = snapshot_frame(spec, period);
    if let Some(months) = &frame.months {
        axis::month_axis(ink, period, &months.x, &frame.inner, months.y);
        milestones::dots(ink, &months.milestones, &months.x, months.y);
        let (band, layout) = &months.band;
        // Rules stop short of the axis's dots.
        milestones::band(
            ink,
            layout,
            &months.milestones,
            months.y - 3.0,
            band.bottom(),
        );
    }
    let Some(bar_frame) = &frame.bars else {
        return;
    };
    for (i, (dest, index)) in period_figures(data, period).into_iter().enumerate() {
        let cx = bar_frame.center(i);
        bars::category_name(ink, bar_frame, cx, dest);
        let Some(index) = index else {
            let at = (cx, bar_frame.base_y - 4.0);
            labels::note(ink, at, words(spec.lang).no_figure, Baseline::Bottom);
            continue;
        };
        let f = &data.figures[index];
        let Some(v) = spec.metric.value(data, f) else {
            continue;
        };
        let y = bar_frame.y.map(v);
        let bar = bars::bar(ink, bar_frame, cx, y, dest);
        let fonts = (bar_frame.value_font, bar_frame.label_font);
        let labels = BarLabels::new(data, f, spec.metric, spec.lang, bar_frame.category, fonts);
        let (mark, focus) = bar_frame.target(index, cx, &bar, (&labels, bar_frame.label_font));
        points::target(ink, mark, spec.focus, focus);
        bars::value_labels(ink, bar_frame, (cx, y), &labels);
    }
    axis::baseline(ink, frame.inner.x, frame.inner.right(), bar_frame.base_y);
}
