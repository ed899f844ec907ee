//! `use_intl_numbers`: numbers for the reader's locale, formatted by the
//! browser's `Intl`.

use std::cell::OnceCell;

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::model::format::Share;
use crate::model::reading::{Numbers, PlainNumbers};
use crate::vocab::Lang;

/// The number formats of the reader's locale, for as long as the calling
/// owner: in the reader's own locale when it is of the widget's language
/// (so an en-GB reader gets British grouping), else in `lang`'s. Kept in a
/// local `StoredValue` (the `Intl` objects can't leave the browser's
/// thread), read with `with_value`.
///
/// ```ignore
/// let numbers = use_intl_numbers(Lang::En);
/// let text = numbers.with_value(|n| n.dollars(48_523_000)); // "$48,523,000"
/// ```
///
/// See also [`super::use_box_size`], the other hook the chart's state is
/// made from.
pub fn use_intl_numbers(lang: Lang) -> StoredValue<IntlNumbers, LocalStorage> {
    StoredValue::new_local(IntlNumbers::new(lang))
}

/// Numbers formatted for the reader's locale by the browser's `Intl`,
/// falling back to [`PlainNumbers`] where `Intl` fails.
///
/// Only where a language leaves whole amounts to the reader's number format
/// (English: `$48,523,000`): Korean amounts never reach [`Numbers::dollars`],
/// since [`Numbers::amount`] writes them in 만 and 억 from the language's
/// words (`4852만3000 달러`), the same text as the chart's labels.
///
/// Each `Intl.NumberFormat` is made on first use, not at mount: making one
/// loads locale data (about 2 ms each on a desktop), and the first picture
/// shows no formatted number (the canvas labels are the source's own).
pub struct IntlNumbers {
    locale: String,
    dollars: OnceCell<Option<js_sys::Function>>,
    percent: [OnceCell<Option<js_sys::Function>>; 2],
}

impl IntlNumbers {
    /// Numbers in the reader's locale, as [`use_intl_numbers`] picks it.
    fn new(lang: Lang) -> IntlNumbers {
        let reader = web_sys::window().and_then(|w| w.navigator().language());
        let locale = match reader {
            Some(r) if r.split('-').next() == Some(lang.tag()) => r,
            _ => lang.tag().to_string(),
        };
        IntlNumbers {
            locale,
            dollars: OnceCell::new(),
            percent: [OnceCell::new(), OnceCell::new()],
        }
    }

    fn formatter(&self, pairs: &[(&str, JsValue)]) -> Option<js_sys::Function> {
        let locales = js_sys::Array::of1(&JsValue::from_str(&self.locale));
        let options = js_sys::Object::new();
        for (k, v) in pairs {
            js_sys::Reflect::set(&options, &JsValue::from_str(k), v).ok()?;
        }
        Some(js_sys::Intl::NumberFormat::new(&locales, &options).format())
    }

    fn call(f: Option<&js_sys::Function>, v: f64) -> Option<String> {
        f?.call1(&JsValue::NULL, &JsValue::from_f64(v))
            .ok()?
            .as_string()
    }
}

impl Numbers for IntlNumbers {
    fn dollars(&self, dollars: u64) -> String {
        let f = self.dollars.get_or_init(|| {
            self.formatter(&[
                ("style", "currency".into()),
                ("currency", "USD".into()),
                ("maximumFractionDigits", 0.into()),
            ])
        });
        // Every figure is below 2^53 dollars, so f64 holds it exactly.
        IntlNumbers::call(f.as_ref(), dollars as f64)
            .unwrap_or_else(|| PlainNumbers.dollars(dollars))
    }

    fn percent(&self, share: &Share) -> String {
        let d = share.decimals.min(1);
        let f = self.percent[usize::from(d)].get_or_init(|| {
            self.formatter(&[
                ("style", "percent".into()),
                ("minimumFractionDigits", d.into()),
                ("maximumFractionDigits", d.into()),
            ])
        });
        IntlNumbers::call(f.as_ref(), share.rounded_fraction())
            .unwrap_or_else(|| PlainNumbers.percent(share))
    }
}
