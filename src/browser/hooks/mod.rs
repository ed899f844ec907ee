//! Hooks in the leptos-use manner: each connects one thing in the page to a
//! signal (or a handler) and tears it down with the reactive owner that
//! called it, so an unmounted chart leaves no observer or listener behind.

mod box_size;
mod intl;
mod media;
mod window;

pub use box_size::{use_box_size, BoxSize};
pub use intl::{use_intl_numbers, IntlNumbers};
pub use media::use_media_query;
pub use window::use_window_listener;

use send_wrapper::SendWrapper;

/// Keeps `held` (JS callbacks and the objects that call them) alive until
/// the current owner is cleaned up, then drops it, which unhooks it.
/// Leptos wants cleanups `Send`; the browser has one thread, so the wrapper
/// never crosses one.
fn hold_until_cleanup<T: 'static>(held: T) {
    let held = SendWrapper::new(held);
    leptos::prelude::on_cleanup(move || drop(held));
}
