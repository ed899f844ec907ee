//! The data tables: every figure of the view and every milestone, behind a
//! toggle.

use leptos::prelude::*;

use super::state::ChartState;
use crate::model::markup;

/// A row of column headers.
fn headers(names: &'static [&'static str]) -> impl IntoView {
    names
        .iter()
        .map(|h| view! { <th scope="col">{*h}</th> })
        .collect_view()
}

/// The "Show data" toggle and the tables it opens, from the same rows as
/// the static fallback's ([`markup::figure_cells`], [`markup::milestone_cells`]).
#[component]
pub fn DataTable(
    /// The chart's shared state.
    state: ChartState,
) -> impl IntoView {
    let (lang, words) = (state.lang, state.words());
    let table_id = state.id("data");
    // The figures are formatted only while the table is open: formatting
    // makes the reader's `Intl` number formats, which took about 40 ms of
    // the mount's 105 (a profile on the benchmark's machine) for a table
    // most readers never open. (An empty list rather than `None` when
    // closed: the same view type, so no second set of rendering code.)
    let figure_cells = move || {
        let (open, view) = (state.show_table.get(), state.view.get());
        state
            .numbers
            .with_value(|n| {
                if open {
                    markup::figure_cells(&state.data, view, n, lang)
                } else {
                    Vec::new()
                }
            })
            .into_iter()
            .map(|r| {
                view! {
                    <tr>
                        <th scope="row">{r.period}</th>
                        <td>{r.destination}</td>
                        <td class="kpop-chart__num">{r.value}</td>
                        <td class="kpop-chart__num">{r.share}</td>
                        <td>{r.source}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let milestone_cells = markup::milestone_cells(&state.data, lang)
        .into_iter()
        .map(|r| {
            view! {
                <tr>
                    <th scope="row">
                        <time datetime=r.date.clone()>{r.date.clone()}</time>
                    </th>
                    <td>{r.detail}</td>
                    <td>{r.chart_dated}</td>
                    <td>{r.source}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <button
            type="button"
            class="kpop-chart__data-toggle"
            aria-expanded=move || state.show_table.get().to_string()
            aria-controls=table_id.clone()
            on:click=move |_| state.show_table.update(|s| *s = !*s)
        >
            {move || if state.show_table.get() { words.hide_data } else { words.show_data }}
        </button>
        // Focusable so keyboard readers can scroll the tables when they
        // are wider than a phone (WCAG 2.1.1).
        <div
            class="kpop-chart__data"
            id=table_id
            role="region"
            aria-label=words.data_region
            tabindex="0"
            hidden=move || !state.show_table.get()
        >
            <table class="kpop-chart__table">
                <caption>{move || markup::figures_caption(state.view.get(), lang)}</caption>
                <thead>
                    <tr>{headers(&words.table_headers)}</tr>
                </thead>
                <tbody>{figure_cells}</tbody>
            </table>
            <table class="kpop-chart__table">
                <caption>{words.milestones_caption}</caption>
                <thead>
                    <tr>{headers(&words.milestones_headers)}</tr>
                </thead>
                <tbody>{milestone_cells}</tbody>
            </table>
        </div>
    }
}
