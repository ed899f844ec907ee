//! The controls: the view and metric switches and the milestones toggle.

use leptos::prelude::*;

use super::state::ChartState;
use crate::vocab::{ChartView, Metric};
use crate::words::PeriodWords;

/// What an option button chooses: a view or a metric.
#[derive(Clone, Copy, PartialEq)]
enum Choice {
    View(ChartView),
    Metric(Metric),
}

impl Choice {
    fn is_chosen(self, state: ChartState) -> bool {
        match self {
            Choice::View(v) => state.view.get() == v,
            Choice::Metric(m) => state.metric.get() == m,
        }
    }

    fn choose(self, state: ChartState) {
        match self {
            Choice::View(v) => state.show_view(v),
            Choice::Metric(m) => state.show_metric(m),
        }
    }
}

/// One option of a switch group: a pressed or unpressed button. Not
/// generic, so its markup is built by one function however many there are.
fn option_button(state: ChartState, choice: Choice, label: String) -> impl IntoView {
    view! {
        <button
            type="button"
            class="kpop-chart__option"
            aria-pressed=move || choice.is_chosen(state).to_string()
            on:click=move |_| choice.choose(state)
        >
            {label}
        </button>
    }
}

/// The view switch (the default period or every period), the metric
/// switch (dollars or shares) and the milestones toggle (`role="switch"`).
#[component]
pub fn Controls(
    /// The chart's shared state.
    state: ChartState,
) -> impl IntoView {
    let words = state.words();
    let option = move |choice, label: &str| option_button(state, choice, label.to_string());
    let snapshot = state.period;
    view! {
        <div class="kpop-chart__controls">
            <div class="kpop-chart__group" role="group" aria-label=words.period_group>
                {option(Choice::View(ChartView::Snapshot(snapshot)), &snapshot.button_label(state.lang))}
                {option(Choice::View(ChartView::Timeline), words.every_period)}
            </div>
            <div class="kpop-chart__group" role="group" aria-label=words.measure_group>
                {option(Choice::Metric(Metric::Dollars), words.dollars)}
                {option(Choice::Metric(Metric::Share), words.share)}
            </div>
            <button
                type="button"
                role="switch"
                class="kpop-chart__switch"
                aria-checked=move || state.annotations.get().to_string()
                on:click=move |_| state.annotations.update(|a| *a = !*a)
            >
                <span class="kpop-chart__track" aria-hidden="true"></span>
                {words.milestones}
            </button>
        </div>
    }
}
