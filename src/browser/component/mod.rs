//! The Leptos component `ExportsChart`, made of small parts that share one
//! [`state::ChartState`]: the controls, the legend, the plot (canvas,
//! tooltip, keyboard), the milestone key, the notes, the download links and the data tables.
//!
//! Data flows one way: the reader's choices are signals; the palette and
//! the scene are derived from them (`Memo`s); painting, hit-testing, the
//! tooltip and the key all read the one scene, and effects only touch the
//! page.

mod controls;
mod downloads;
mod key;
mod legend;
mod notes;
mod palette;
mod plot;
mod state;
mod table;
mod tooltip;

use leptos::html;
use leptos::prelude::*;

use crate::browser::hooks::use_box_size;
use crate::browser::log_error;
use crate::data::EMBEDDED;
use crate::model::options::view_and_period;
use crate::model::text;
use crate::vocab::{ChartView, Lang, Metric, Theme};
use controls::Controls;
use downloads::Downloads;
use key::Key;
use legend::Legend;
use notes::Notes;
use palette::use_palette;
use plot::Plot;
use state::{ChartState, Initial};
use table::DataTable;

/// The K-pop album exports chart: a title, controls, a legend, the canvas
/// with tooltips and keyboard access, a data table, notes and sources. It
/// sizes itself to its container's width.
///
/// ```no_run
/// use kpop_exports_chart::{ExportsChart, ChartView, Metric};
/// use leptos::prelude::*;
/// leptos::mount::mount_to_body(|| view! { <ExportsChart annotations=true/> });
/// ```
#[component]
pub fn ExportsChart(
    /// The view shown first: by default the comparison of `period`.
    #[prop(optional)]
    view: Option<ChartView>,
    /// The period compared, as the `period` embed option names it
    /// (`2024`, `2024-h1`, `2023-jan-oct`): by default the one in
    /// `data/default-period.txt`. An unknown one logs a console error naming
    /// the accepted values, and the default is used.
    #[prop(optional, into)]
    period: Option<String>,
    /// Whether the Billboard milestone annotations start switched on.
    #[prop(optional)]
    annotations: bool,
    /// Dollars or share of the period's total, at first.
    #[prop(optional)]
    metric: Metric,
    /// Light, dark, or following the reader's system (the default).
    #[prop(optional)]
    theme: Theme,
    /// The language of every text (English by default).
    #[prop(optional)]
    lang: Lang,
) -> impl IntoView {
    let root = NodeRef::<html::Figure>::new();
    let plot = NodeRef::<html::Div>::new();
    let canvas = NodeRef::<html::Canvas>::new();
    let colors = use_palette(theme, root);
    let size = use_box_size(plot, canvas);
    let data = EMBEDDED;
    let (view, period, errors) = view_and_period(&data, view, period.as_deref());
    for e in errors {
        log_error(&e.to_string());
    }
    let initial = Initial {
        data,
        period,
        view,
        metric,
        annotations,
        lang,
    };
    let state = ChartState::new(initial, colors.palette, size);
    view! {
        <figure
            class="kpop-chart"
            lang=lang.tag()
            node_ref=root
            data-theme=move || if colors.dark.get() { "dark" } else { "light" }
        >
            <figcaption class="kpop-chart__head">
                <h2 class="kpop-chart__title">{text::title(&data, period, lang)}</h2>
                <p class="kpop-chart__subtitle">
                    {move || text::subtitle(state.view.get(), state.metric.get(), lang)}
                </p>
            </figcaption>
            <Controls state/>
            <Legend state/>
            <Plot state plot canvas/>
            <Key state/>
            <Notes state/>
            <Downloads state/>
            <DataTable state/>
        </figure>
    }
}
