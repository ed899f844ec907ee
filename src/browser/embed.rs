//! The embed API for host pages: `mount(element, options)`, called by the
//! embed script (`web/kpop-chart.js`) for every placeholder element, or by a
//! host page's own code.

use std::any::Any;

use leptos::prelude::*;
use serde::Deserialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::component::ExportsChart;
use crate::browser::log_error;
use crate::data::EMBEDDED;
use crate::model::options::{OptionValue, Options};

/// An option's value as serde-wasm-bindgen hands it over: the JS value
/// itself (no buffering of unknown shapes), judged by [`option_value`].
#[derive(Deserialize)]
struct Preserved(#[serde(with = "serde_wasm_bindgen::preserve")] JsValue);

fn option_value(v: &JsValue) -> OptionValue {
    if let Some(s) = v.as_string() {
        OptionValue::Text(s)
    } else if let Some(b) = v.as_bool() {
        OptionValue::Bool(b)
    } else if let Some(n) = v.as_f64() {
        OptionValue::Other(format!("the number {n}"))
    } else {
        OptionValue::Other("a non-text value".to_string())
    }
}

/// Reads a JS options object (or `undefined`) with serde-wasm-bindgen,
/// logging one console error per rejected option; never fails. No option
/// is named here: every property goes to [`Options::parse`], which knows
/// the names from the one option table
/// ([`crate::model::options::OPTIONS`]) and names the unknown ones in its
/// errors.
fn read_options(options: JsValue) -> Options {
    if options.is_undefined() || options.is_null() {
        return Options::defaults(&EMBEDDED);
    }
    // Every own property, in the object's order (so messages follow it),
    // read by serde-wasm-bindgen as `[name, value]` pairs. Functions and
    // objects that aren't `Object`s are refused, as a struct reader would.
    let entries = options
        .dyn_ref::<js_sys::Object>()
        .filter(|_| options.is_object())
        .and_then(|o| {
            serde_wasm_bindgen::from_value::<Vec<(String, Preserved)>>(
                js_sys::Object::entries(o).into(),
            )
            .ok()
        });
    let Some(entries) = entries else {
        log_error(
            "the options must be an object such as { lang: \"ko\", view: \"timeline\" }; using the defaults",
        );
        return Options::defaults(&EMBEDDED);
    };
    let pairs: Vec<(String, OptionValue)> = entries
        .into_iter()
        .map(|(k, v)| {
            let v = option_value(&v.0);
            (k, v)
        })
        .collect();
    let (parsed, errors) = Options::parse(
        &EMBEDDED,
        pairs.iter().map(|(k, v)| (k.as_str(), v.clone())),
    );
    for e in errors {
        log_error(&e.to_string());
    }
    parsed
}

/// A mounted chart. `unmount()` removes it and stops its observers and
/// listeners; dropping the handle from JS without calling it keeps the
/// chart on the page.
#[wasm_bindgen]
pub struct ChartHandle {
    mounted: Option<Box<dyn Any>>,
}

#[wasm_bindgen]
impl ChartHandle {
    /// Removes the chart from its element and releases everything it holds.
    pub fn unmount(&mut self) {
        self.mounted.take();
    }
}

/// Mounts the chart into `element` with `options`, a JS object with any of
/// the options in [`crate::model::options::OPTIONS`]: `lang` (`en`, `ko`),
/// `view` (`snapshot`, `timeline`), `period` (a period with country
/// figures: `2024`, `2023-h1`, `2023-jan-oct`), `annotations` (`on`, `off`, or a
/// boolean), `metric` (`dollars`, `share`) and `theme` (`auto`, `light`,
/// `dark`). An invalid option logs a console error naming it, and its
/// default is used.
#[wasm_bindgen]
pub fn mount(element: web_sys::HtmlElement, options: JsValue) -> ChartHandle {
    let o = read_options(options);
    let handle = leptos::mount::mount_to(element, move || {
        view! {
            <ExportsChart
                lang=o.lang
                view=o.view
                period=o.period.code()
                annotations=o.annotations
                metric=o.metric
                theme=o.theme
            />
        }
    });
    ChartHandle {
        mounted: Some(Box::new(handle)),
    }
}
