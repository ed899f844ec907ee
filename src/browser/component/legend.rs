//! The legend: each destination drawn, with the marker and colour the
//! canvas gives it, and on the timeline the three dashes of period lines.

use leptos::prelude::*;

use super::state::ChartState;
use crate::model::markup::{self, MARKER_VIEW_BOX};

/// The legend, from the entries the static fallback's legend is built
/// from too ([`markup::series_keys`], [`markup::period_keys`]), in the
/// palette the canvas is drawn in (so it turns light for print with it).
#[component]
pub fn Legend(
    /// The chart's shared state.
    state: ChartState,
) -> impl IntoView {
    let lang = state.lang;
    let series = move || {
        let keys = state
            .palette
            .with(|p| markup::series_keys(state.view.get(), state.metric.get(), p, lang));
        keys.into_iter()
            .map(|k| {
                view! {
                    <li class="kpop-chart__legend-item">
                        <svg
                            class="kpop-chart__marker"
                            width="12"
                            height="12"
                            viewBox=MARKER_VIEW_BOX
                            aria-hidden="true"
                            fill=k.fill
                        >
                            <path d=k.marker></path>
                        </svg>
                        {k.name}
                    </li>
                }
            })
            .collect_view()
    };
    let periods = move || {
        markup::period_keys(&state.data, state.view.get(), lang)
            .into_iter()
            .map(|k| {
                view! {
                    <li class="kpop-chart__legend-item kpop-chart__legend-item--period">
                        <svg width="28" height="8" aria-hidden="true">
                            <line
                                x1="0"
                                y1="4"
                                x2="28"
                                y2="4"
                                stroke="currentColor"
                                stroke-width="3"
                                stroke-dasharray=k.dash
                            ></line>
                        </svg>
                        {k.label}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <ul class="kpop-chart__legend">
            {series}
            {periods}
        </ul>
    }
}
