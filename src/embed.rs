//! The embed API for host pages: `mount(element, options)`, called by the
//! embed script (`web/kpop-chart.js`) for every placeholder element, or by a
//! host page's own code.

use std::any::Any;
use std::collections::BTreeMap;

use leptos::prelude::*;
use serde::Deserialize;
use wasm_bindgen::prelude::*;

use crate::component::ExportsChart;
use crate::options::{OptionValue, Options};

/// An option's value as a JS object may hold it.
#[derive(Deserialize)]
#[serde(untagged)]
enum JsOption {
    Bool(bool),
    Text(String),
    Number(f64),
    Other(serde::de::IgnoredAny),
}

impl From<JsOption> for OptionValue {
    fn from(v: JsOption) -> Self {
        match v {
            JsOption::Bool(b) => OptionValue::Bool(b),
            JsOption::Text(s) => OptionValue::Text(s),
            JsOption::Number(n) => OptionValue::Other(format!("the number {n}")),
            JsOption::Other(_) => OptionValue::Other("a non-text value".to_string()),
        }
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
    let pairs: BTreeMap<String, JsOption> = match serde_wasm_bindgen::from_value(options) {
        Ok(p) => p,
        Err(_) => {
            console_error(
                "the options must be an object such as { lang: \"ko\", view: \"timeline\" }; using the defaults",
            );
            return Options::default();
        }
    };
    let (parsed, errors) = Options::parse(
        pairs
            .into_iter()
            .map(|(k, v)| (k, OptionValue::from(v)))
            .collect::<Vec<_>>()
            .iter()
            .map(|(k, v)| (k.as_str(), v.clone())),
    );
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
