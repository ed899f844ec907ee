//! `use_window_listener`: a listener on the window for as long as its owner.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::hold_until_cleanup;

/// A listener on the window; dropping it removes the listener.
struct WindowListener {
    event: &'static str,
    callback: Closure<dyn FnMut(web_sys::Event)>,
}

impl Drop for WindowListener {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            let _ = w.remove_event_listener_with_callback(
                self.event,
                self.callback.as_ref().unchecked_ref(),
            );
        }
    }
}

/// Calls `handler` for every `event` on the window (`"keydown"`), until the
/// calling owner is cleaned up.
///
/// ```ignore
/// use_window_listener("keydown", |e| web_sys::console::log_1(&e));
/// ```
///
/// See also [`super::use_media_query`].
pub fn use_window_listener(event: &'static str, handler: impl FnMut(web_sys::Event) + 'static) {
    let callback = Closure::<dyn FnMut(web_sys::Event)>::new(handler);
    let Some(window) = web_sys::window() else {
        return;
    };
    if window
        .add_event_listener_with_callback(event, callback.as_ref().unchecked_ref())
        .is_ok()
    {
        hold_until_cleanup(WindowListener { event, callback });
    }
}
