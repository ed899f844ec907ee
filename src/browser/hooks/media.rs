//! `use_media_query`: whether a CSS media query matches, as a signal.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::MediaQueryList;

use super::hold_until_cleanup;

/// A media query and the closure that answers its changes; dropping it
/// stops listening.
pub(super) struct MediaWatch {
    query: MediaQueryList,
    _callback: Closure<dyn FnMut()>,
}

impl MediaWatch {
    /// Calls `on_change(matches)` whenever `list` starts or stops matching.
    pub(super) fn new(list: MediaQueryList, on_change: impl Fn(bool) + 'static) -> MediaWatch {
        let read = list.clone();
        let callback = Closure::<dyn FnMut()>::new(move || on_change(read.matches()));
        list.set_onchange(Some(callback.as_ref().unchecked_ref()));
        MediaWatch {
            query: list,
            _callback: callback,
        }
    }
}

impl Drop for MediaWatch {
    fn drop(&mut self) {
        self.query.set_onchange(None);
    }
}

/// The page's media query list for `query`, if the browser has one.
pub(super) fn match_media(query: &str) -> Option<MediaQueryList> {
    web_sys::window()?.match_media(query).ok().flatten()
}

/// Whether `query` matches now, updated whenever that changes, until the
/// calling owner is cleaned up. `false` where the browser can't answer.
///
/// ```ignore
/// let printing = use_media_query("print");
/// let background = move || if printing.get() { "white" } else { "auto" };
/// ```
///
/// See also [`super::use_box_size`], which watches the pixel ratio with a
/// media query of its own.
pub fn use_media_query(query: &str) -> ReadSignal<bool> {
    let Some(list) = match_media(query) else {
        return RwSignal::new(false).read_only();
    };
    let matches = RwSignal::new(list.matches());
    hold_until_cleanup(MediaWatch::new(list, move |m| matches.set(m)));
    matches.read_only()
}
