//! `use_box_size`: an element's CSS width and the device pixel ratio, kept
//! current through resizes, zoom and moves between screens.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::ResizeObserver;

use super::hold_until_cleanup;
use super::media::{match_media, MediaWatch};
use crate::browser::log_error;
use crate::model::chart::sanitize_dpr;

/// What a chart takes from the page: its box's width in CSS pixels and the
/// device pixel ratio it is shown at. Its height is never read back: it
/// follows from the width (and is what the chart sets).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BoxSize {
    /// Width in CSS pixels.
    pub width: f64,
    /// Device pixels per CSS pixel, sanitised.
    pub dpr: f64,
}

fn measure(el: &web_sys::Element) -> BoxSize {
    let dpr = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio());
    BoxSize {
        width: el.get_bounding_client_rect().width(),
        dpr: sanitize_dpr(dpr),
    }
}

/// Calls back whenever the device pixel ratio changes (browser zoom, a
/// window moved to another screen). A `resolution` media query matches one
/// ratio only, so it is re-armed for the new ratio after each change.
struct DprWatch {
    watch: RefCell<Option<MediaWatch>>,
    on_change: Rc<dyn Fn()>,
}

impl DprWatch {
    fn start(on_change: impl Fn() + 'static) -> Rc<DprWatch> {
        let watch = Rc::new(DprWatch {
            watch: RefCell::new(None),
            on_change: Rc::new(on_change),
        });
        DprWatch::arm(&watch);
        watch
    }

    fn arm(this: &Rc<DprWatch>) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let weak: Weak<DprWatch> = Rc::downgrade(this);
        let query = format!("(resolution: {}dppx)", window.device_pixel_ratio());
        let watch = match_media(&query).map(|list| {
            MediaWatch::new(list, move |_| {
                if let Some(w) = weak.upgrade() {
                    (w.on_change)();
                    DprWatch::arm(&w);
                }
            })
        });
        *this.watch.borrow_mut() = watch;
    }

    fn stop(&self) {
        self.watch.borrow_mut().take();
    }
}

/// Also observes `el`'s size in device pixels, which changes with the
/// pixel ratio even when the CSS size doesn't (and is reported where
/// `resolution` media queries stay silent, as under DevTools emulation).
/// Browsers without the `device-pixel-content-box` option throw; the media
/// query watch covers them, so the error is dropped.
fn observe_device_pixels(observer: &ResizeObserver, el: &web_sys::Element) {
    let options = js_sys::Object::new();
    let set = js_sys::Reflect::set(&options, &"box".into(), &"device-pixel-content-box".into());
    let observe = js_sys::Reflect::get(observer, &"observe".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let (Ok(true), Some(observe)) = (set, observe) {
        let _ = observe.call2(observer, el, &options);
    }
}

/// One call of a callback at the next animation frame, however many times
/// it is asked for before then.
struct NextFrame {
    /// Calls the callback and clears `pending`.
    run: Closure<dyn FnMut()>,
    /// The frame request waiting to run, if any.
    pending: Rc<Cell<Option<i32>>>,
}

impl NextFrame {
    fn new(mut callback: impl FnMut() + 'static) -> NextFrame {
        let pending = Rc::new(Cell::new(None));
        let cleared = Rc::clone(&pending);
        let run = Closure::<dyn FnMut()>::new(move || {
            cleared.set(None);
            callback();
        });
        NextFrame { run, pending }
    }

    fn request(&self) {
        if self.pending.get().is_some() {
            return;
        }
        let id = web_sys::window().and_then(|w| {
            w.request_animation_frame(self.run.as_ref().unchecked_ref())
                .ok()
        });
        self.pending.set(id);
    }

    fn cancel(&self) {
        if let (Some(id), Some(w)) = (self.pending.take(), web_sys::window()) {
            let _ = w.cancel_animation_frame(id);
        }
    }
}

/// What keeps a box size current; dropping it stops everything.
struct Watching {
    observer: ResizeObserver,
    _on_resize: Closure<dyn FnMut()>,
    frame: Rc<NextFrame>,
    dpr: Rc<DprWatch>,
}

impl Drop for Watching {
    fn drop(&mut self) {
        self.observer.disconnect();
        self.frame.cancel();
        // The watch holds itself through its re-arming closure: break that.
        self.dpr.stop();
    }
}

/// The width of `target` in CSS pixels and the device pixel ratio: `None`
/// until `target` is in the page, then measured at once (so the first
/// frame is drawn at its size) and again whenever either changes. A
/// ResizeObserver follows the width, and the device-pixel size of
/// `device_pixels` (an element that fills `target`, such as its canvas)
/// and a `resolution` media query follow the ratio. Everything stops when
/// the calling owner is cleaned up.
///
/// The observer only asks for a measurement at the next animation frame;
/// nothing changes inside its notification. What follows a new width (the
/// rows' height, the milestone key, the page's height and so an iframe's)
/// changes the size of the plot it observes and of every box around it,
/// which other observers may watch (the iframe page's height reporter, the
/// host page's own): changed within the notification, those would be
/// reported as a `ResizeObserver loop completed with undelivered
/// notifications` error. A frame later they are new notifications.
///
/// ```ignore
/// let size = use_box_size(plot_ref, canvas_ref);
/// let backing = move || size.get().map(|s| backing_size(s.width, 320.0, s.dpr));
/// ```
///
/// See also [`super::use_media_query`].
pub fn use_box_size(
    target: NodeRef<html::Div>,
    device_pixels: NodeRef<html::Canvas>,
) -> ReadSignal<Option<BoxSize>> {
    let size = RwSignal::new(None::<BoxSize>);
    // An effect only because the elements exist after the first render. It
    // takes the first measurement itself, before the first frame; after
    // that the observer and the ratio's watch write `size`.
    Effect::new(move |_| {
        let (Some(el), Some(pixels)) = (target.get(), device_pixels.get()) else {
            return;
        };
        let el: web_sys::Element = el.into();
        let update = {
            let el = el.clone();
            move || {
                let s = measure(&el);
                if size.get_untracked() != Some(s) {
                    size.set(Some(s));
                }
            }
        };
        update();
        let frame = Rc::new(NextFrame::new(update.clone()));
        let on_resize = Closure::<dyn FnMut()>::new({
            let frame = Rc::clone(&frame);
            move || frame.request()
        });
        let Ok(observer) = ResizeObserver::new(on_resize.as_ref().unchecked_ref()) else {
            log_error("ResizeObserver is unavailable; the chart won't follow its box");
            return;
        };
        observer.observe(&el);
        observe_device_pixels(&observer, &pixels);
        hold_until_cleanup(Watching {
            observer,
            _on_resize: on_resize,
            frame,
            dpr: DprWatch::start(update),
        });
    });
    size.read_only()
}
