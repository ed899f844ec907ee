//! The notes on the periods shown, and the sources.

use leptos::prelude::*;

use super::state::ChartState;
use crate::model::text;

/// The notes that qualify the figures shown (partial years, rounding), and
/// the line naming the sources.
#[component]
pub fn Notes(
    /// The chart's shared state.
    state: ChartState,
) -> impl IntoView {
    let lang = state.lang;
    view! {
        <div class="kpop-chart__notes">
            {move || {
                text::period_notes(&state.data, state.view.get(), state.metric.get(), lang)
                    .into_iter()
                    .map(|n| view! { <p class="kpop-chart__note">{n}</p> })
                    .collect_view()
            }}
        </div>
        <p class="kpop-chart__source">{move || text::source_line(&state.data, state.view.get(), lang)}</p>
    }
}
