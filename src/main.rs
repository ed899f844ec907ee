//! The thin binary Trunk builds: it mounts the component into the page.

use kpop_exports_chart::ExportsChart;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The id of the element the preview page reserves for the chart.
const MOUNT_ID: &str = "kpop-exports-chart";

fn main() {
    console_error_panic_hook::set_once();
    let target = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(MOUNT_ID))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    let Some(target) = target else {
        web_sys::console::error_1(
            &format!("kpop-exports-chart: no element with id `{MOUNT_ID}` to mount into").into(),
        );
        return;
    };
    // Clear the placeholder only once the component is ready to take its place.
    target.set_text_content(None);
    leptos::mount::mount_to(target, || view! { <ExportsChart/> }).forget();
}
