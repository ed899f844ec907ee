//! The footer's downloads: "Get the data" (a CSV of what the view shows)
//! and "Download image" (a PNG of the view with its title, legend, notes
//! and source drawn in). Both are real links with `download`, so they work
//! by keyboard and are announced as links; both files are made in the
//! browser from the embedded data, with no server.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

use super::state::ChartState;
use crate::browser::canvas::{draw_scene, DrawError};
use crate::browser::log_error;
use crate::model::chart::picture_scene;
use crate::model::downloads::{csv, data_url, file_name};

/// The picture is drawn at twice its CSS size: sharp on a retina screen
/// and in print, still small.
const IMAGE_SCALE: f64 = 2.0;

/// The view as a PNG `data:` URL: the export scene at the plot's current
/// size, in the current palette, drawn by the canvas's renderer onto a
/// canvas that never joins the page. `None` (logged) when it can't be made.
fn image_url(state: ChartState) -> Option<String> {
    let size = state.size.get_untracked()?;
    let (scene, background) = untrack(|| {
        let spec = state.spec(size.width, None);
        state
            .palette
            .with(|p| (picture_scene(&spec, state.period, p), p.background))
    });
    if scene.shapes.is_empty() {
        return None;
    }
    let canvas: HtmlCanvasElement = web_sys::window()?
        .document()?
        .create_element("canvas")
        .ok()?
        .dyn_into()
        .ok()?;
    match draw_scene(&canvas, &scene, IMAGE_SCALE, background) {
        Ok(()) => canvas.to_data_url_with_type("image/png").ok(),
        Err(DrawError::NoContext) => None,
        Err(DrawError::Render(e)) => {
            log_error(&format!("the image could not be drawn: {e}"));
            None
        }
    }
}

/// Points the clicked link at `href` under the file name `name` before the
/// browser follows it (a link's default action reads `href` and `download`
/// after the click handlers ran), or cancels the click when there is
/// nothing to save.
fn point_link(e: &ev::MouseEvent, href: Option<String>, name: String) {
    let link = e
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    let pointed = match (link, href) {
        (Some(link), Some(href)) => {
            link.set_attribute("href", &href).is_ok()
                && link.set_attribute("download", &name).is_ok()
        }
        _ => false,
    };
    if !pointed {
        e.prevent_default();
    }
}

/// The two download links, side by side under the source line. Both files
/// are made when asked for, not on every change of view: the picture costs
/// a render, the CSV a pass over the data, and neither is needed until the
/// reader clicks.
#[component]
pub fn Downloads(
    /// The chart's shared state.
    state: ChartState,
) -> impl IntoView {
    let lang = state.lang;
    let words = &crate::words::words(lang).downloads;
    let name = move |extension| {
        let (view, metric) = (state.view.get_untracked(), state.metric.get_untracked());
        file_name(view, metric, lang, extension)
    };
    let on_csv = move |e: ev::MouseEvent| {
        let (view, metric) = (state.view.get_untracked(), state.metric.get_untracked());
        let href = data_url("text/csv", &csv(&state.data, view, metric, lang));
        point_link(&e, Some(href), name("csv"));
    };
    let on_image = move |e: ev::MouseEvent| point_link(&e, image_url(state), name("png"));
    view! {
        <p class="kpop-chart__downloads">
            <a class="kpop-chart__download" href="#" download="" on:click=on_csv>
                {words.get_data}
            </a>
            <a class="kpop-chart__download" href="#" download="" on:click=on_image>
                {words.download_image}
            </a>
        </p>
    }
}
