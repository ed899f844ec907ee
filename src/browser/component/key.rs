//! The milestone key: what each numbered milestone on the canvas is.

use leptos::prelude::*;

use super::state::ChartState;

/// The numbered milestones the scene drew, explained in order. Read from
/// the scene, so the key always matches the picture.
#[component]
pub fn Key(
    /// The chart's shared state.
    state: ChartState,
) -> impl IntoView {
    view! {
        <ol class="kpop-chart__key" aria-label=state.words().milestones>
            // Re-run on every new scene, but the DOM only changes where
            // the text does (rebuilt nodes keep equal text).
            {move || {
                state
                    .scene
                    .with(|s| s.footnotes.clone())
                    .into_iter()
                    .map(|f| {
                        view! {
                            <li class="kpop-chart__key-item">
                                <span class="kpop-chart__key-number">{f.number}</span>
                                <time datetime=f.date.clone()>{f.date.clone()}</time>
                                " "
                                {f.text}
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ol>
    }
}
