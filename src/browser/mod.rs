//! The browser ring: the Leptos component and its parts, the hooks that
//! connect it to the page (box size, pixel ratio, media queries, window
//! listeners, `Intl`), the drawing of a scene on a canvas element, and the
//! embed API for host pages.

mod canvas;
pub mod component;
pub mod embed;
mod hooks;

/// Logs one of the widget's console errors, prefixed with its name so a
/// host page's developer knows where it comes from (the browser tests read
/// these messages word for word).
fn log_error(message: &str) {
    web_sys::console::error_1(&format!("kpop-exports-chart: {message}").into());
}
