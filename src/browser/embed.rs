//! The embed API for host pages: `mount(element, options)`, called by the
//! embed script (`web/kpop-chart.js`) for every placeholder element, or by a
//! host page's own code.

use std::any::Any;

use leptos::prelude::*;
use serde::Deserialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::component::ExportsChart;
use crate::model::options::{OptionValue, Options};

/// The options object as serde-wasm-bindgen reads it: each known option
/// kept as the JS value it is (no buffering of unknown shapes), judged below.
#[derive(Deserialize, Default)]
#[serde(default)]
struct JsOptions {
    #[serde(with = "serde_wasm_bindgen::preserve")]
    lang: JsValue,
    #[serde(with = "serde_wasm_bindgen::preserve")]
    view: JsValue,
    #[serde(with = "serde_wasm_bindgen::preserve")]
    annotations: JsValue,
    #[serde(with = "serde_wasm_bindgen::preserve")]
    metric: JsValue,
    #[serde(with = "serde_wasm_bindgen::preserve")]
    theme: JsValue,
}

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

fn console_error(message: &str) {
    web_sys::console::error_1(&format!("kpop-exports-chart: {message}").into());
}

/// Reads a JS options object (or `undefined`) with serde-wasm-bindgen,
/// logging one console error per rejected option; never fails.
fn read_options(options: JsValue) -> Options {
    if options.is_undefined() || options.is_null() {
        return Options::default();
    }
    let keys = options
        .dyn_ref::<js_sys::Object>()
        .map(js_sys::Object::keys);
    let raw: Option<JsOptions> = serde_wasm_bindgen::from_value(options.clone()).ok();
    let (Some(keys), Some(raw)) = (keys, raw) else {
        console_error(
            "the options must be an object such as { lang: \"ko\", view: \"timeline\" }; using the defaults",
        );
        return Options::default();
    };
    let mut pairs: Vec<(String, OptionValue)> = Vec::new();
    for key in keys.iter().filter_map(|k| k.as_string()) {
        let value = match key.as_str() {
            "lang" => &raw.lang,
            "view" => &raw.view,
            "annotations" => &raw.annotations,
            "metric" => &raw.metric,
            "theme" => &raw.theme,
            // Unknown: read its value only to name it in the error.
            _ => {
                let v = js_sys::Reflect::get(&options, &JsValue::from_str(&key))
                    .unwrap_or(JsValue::UNDEFINED);
                pairs.push((key, option_value(&v)));
                continue;
            }
        };
        pairs.push((key.clone(), option_value(value)));
    }
    let (parsed, errors) = Options::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.clone())));
    for e in errors {
        console_error(&e.to_string());
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
/// `lang` (`en`, `ko`), `view` (`snapshot`, `timeline`), `annotations`
/// (`on`, `off`, or a boolean), `metric` (`dollars`, `share`) and `theme`
/// (`auto`, `light`, `dark`). An invalid option logs a console error naming
/// it, and its default is used.
#[wasm_bindgen]
pub fn mount(element: web_sys::HtmlElement, options: JsValue) -> ChartHandle {
    let o = read_options(options);
    let handle = leptos::mount::mount_to(element, move || {
        view! {
            <ExportsChart
                lang=o.lang
                view=o.view
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
