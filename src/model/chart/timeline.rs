//! The timeline: every sourced period on a time axis, each figure a span
//! over the months it covers, dashed by period length, with the milestones
//! above the plot and each series named at its end.

use crate::vocab::{ChartView, Metric};
use crate::words::words;

use super::layout::{
    country_figures_start, figure_span, series_end, span_target, tick_label, timeline_frame,
};
use super::marks::{axis, labels, milestones, points, spans, Ink};
use super::ChartSpec;

/// Composes the timeline from the marks, into `ink`'s scene.
pub fn timeline(spec: &ChartSpec, ink: &mut Ink<'_>) {
    let data = &spec.data;
    let frame = timeline_frame(spec);
    let plot = frame.plot;
    if plot.w < 40.0 || plot.h < 40.0 {
        return;
    }
    axis::value_axis(ink, &plot, &frame.y, &frame.ticks, |v| {
        tick_label(spec.metric, v, spec.lang)
    });
    axis::time_axis(ink, &plot, &frame.x);
    let gap = country_figures_start(data).filter(|_| spec.metric == Metric::Share);
    if let Some(start) = gap {
        // The axis starts before the first country figure: say why that
        // stretch is empty, so it doesn't read as zero.
        let (x0, x1) = (frame.x.r0, frame.x.map(f64::from(start.index())));
        let why = (words(spec.lang).no_country_figures)(start.year);
        labels::gap_note(ink, x0, x1, plot.y + plot.h / 2.0, &why);
    }
    if let Some((band, layout)) = &frame.band {
        milestones::band(ink, layout, &frame.milestones, plot.bottom(), band.bottom());
    }
    let series = ChartView::Timeline.series(spec.metric);
    for &dest in series {
        let drawn = data
            .figures
            .iter()
            .enumerate()
            .filter(|(_, f)| f.destination == dest);
        for (index, f) in drawn {
            let Some((a, b)) = figure_span(data, &frame, spec.metric, f) else {
                continue;
            };
            spans::span(ink, (a, b), dest, f.period.kind());
            let (mark, focus) = span_target(index, (a, b));
            points::target(ink, mark, spec.focus, focus);
        }
    }
    let ends = series
        .iter()
        .filter_map(|&d| Some((d, series_end(data, &frame, spec.metric, d)?)))
        .collect();
    labels::direct_labels(ink, ends, plot.right() + 6.0, plot.bottom());
}
