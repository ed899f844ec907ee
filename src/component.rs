//! The browser ring: the Leptos component, its canvas, and the observers that
//! keep the drawing sharp and sized to its box.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use leptos::html;
use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{HtmlCanvasElement, MediaQueryList, ResizeObserver};

use crate::chart::{backing_size, build_scene, sanitize_dpr, ChartSpec, ChartView, Metric, LIGHT};
use crate::data::{Destination, Period};
use crate::draw::render;
use crate::scene::{Footnote, Rgb, Scene};
use crate::text;

/// The canvas box's size in CSS pixels and the device pixel ratio.
#[derive(Debug, Clone, Copy, PartialEq)]
struct BoxSize {
    width: f64,
    height: f64,
    dpr: f64,
}

fn log_error(message: &str) {
    web_sys::console::error_1(&format!("kpop-exports-chart: {message}").into());
}

fn measure(el: &web_sys::Element) -> BoxSize {
    let r = el.get_bounding_client_rect();
    let dpr = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio());
    BoxSize {
        width: r.width(),
        height: r.height(),
        dpr: sanitize_dpr(dpr),
    }
}

/// Sizes the canvas's backing store to device pixels and draws the scene.
fn paint(canvas: &HtmlCanvasElement, scene: &Scene, dpr: f64) {
    let (w, h) = backing_size(scene.width, scene.height, dpr);
    // Assigning width clears the canvas even when unchanged: only on change.
    if canvas.width() != w {
        canvas.set_width(w);
    }
    if canvas.height() != h {
        canvas.set_height(h);
    }
    if w == 0 || h == 0 {
        return;
    }
    let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone()) else {
        log_error("the canvas has no 2D context; the chart can't be drawn");
        return;
    };
    if let Err(e) = render(&backend.into_drawing_area(), scene, dpr, LIGHT.background) {
        log_error(&format!("drawing failed: {e}"));
    }
}

/// Calls back whenever the device pixel ratio changes (browser zoom, a
/// window moved to another screen). A `resolution` media query matches one
/// ratio only, so it is re-armed for the new ratio after each change.
struct DprWatch {
    query: RefCell<Option<MediaQueryList>>,
    callback: RefCell<Option<Closure<dyn FnMut()>>>,
}

impl DprWatch {
    fn start(on_change: impl Fn() + 'static) -> Rc<DprWatch> {
        let watch = Rc::new(DprWatch {
            query: RefCell::new(None),
            callback: RefCell::new(None),
        });
        let weak: Weak<DprWatch> = Rc::downgrade(&watch);
        let cb = Closure::<dyn FnMut()>::new(move || {
            on_change();
            if let Some(w) = weak.upgrade() {
                w.arm();
            }
        });
        *watch.callback.borrow_mut() = Some(cb);
        watch.arm();
        watch
    }

    fn arm(&self) {
        self.stop_listening();
        let Some(window) = web_sys::window() else {
            return;
        };
        let dpr = window.device_pixel_ratio();
        let query = window
            .match_media(&format!("(resolution: {dpr}dppx)"))
            .ok()
            .flatten();
        if let (Some(q), Some(cb)) = (&query, self.callback.borrow().as_ref()) {
            q.set_onchange(Some(cb.as_ref().unchecked_ref()));
        }
        *self.query.borrow_mut() = query;
    }

    fn stop_listening(&self) {
        if let Some(q) = self.query.borrow_mut().take() {
            q.set_onchange(None);
        }
    }
}

/// Also observes the canvas's size in device pixels, which changes with the
/// pixel ratio even when the CSS size doesn't (and is reported where
/// `resolution` media queries stay silent, as under DevTools emulation).
/// Browsers without the `device-pixel-content-box` option throw; the media
/// query watch covers them, so the error is dropped.
fn observe_device_pixels(observer: &ResizeObserver, canvas: &web_sys::Element) {
    let options = js_sys::Object::new();
    let set = js_sys::Reflect::set(&options, &"box".into(), &"device-pixel-content-box".into());
    let observe = js_sys::Reflect::get(observer, &"observe".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let (Ok(true), Some(observe)) = (set, observe) {
        let _ = observe.call2(observer, canvas, &options);
    }
}

/// The legend's entries for a view and metric.
fn legend_series(view: ChartView, metric: Metric) -> Vec<Destination> {
    match view {
        ChartView::Snapshot(_) => Destination::COUNTRIES.to_vec(),
        ChartView::Timeline => crate::chart::timeline_series(metric).to_vec(),
    }
}

fn css(c: Rgb) -> String {
    format!("rgb({},{},{})", c.0, c.1, c.2)
}

/// The K-pop album exports chart: a title, controls, a legend, the canvas,
/// notes and sources. It sizes itself to its container's width.
///
/// ```no_run
/// use kpop_exports_chart::{ExportsChart, ChartView, Metric};
/// use leptos::prelude::*;
/// leptos::mount::mount_to_body(|| view! { <ExportsChart annotations=true/> });
/// ```
#[component]
pub fn ExportsChart(
    /// The view shown first: by default the first half of 2023.
    #[prop(optional)]
    view: ChartView,
    /// Whether the Billboard milestone annotations start switched on.
    #[prop(optional)]
    annotations: bool,
    /// Dollars or share of the period's total, at first.
    #[prop(optional)]
    metric: Metric,
) -> impl IntoView {
    let view_sig = RwSignal::new(view);
    let metric_sig = RwSignal::new(metric);
    let annotations_sig = RwSignal::new(annotations);
    let size = RwSignal::new(None::<BoxSize>);
    let footnotes = RwSignal::new(Vec::<Footnote>::new());
    let box_ref = NodeRef::<html::Div>::new();
    let canvas_ref = NodeRef::<html::Canvas>::new();

    // Keep `size` in step with the box: a ResizeObserver for its CSS size and
    // a media query for the pixel ratio. Both are torn down with the component.
    Effect::new(move |_| {
        let (Some(el), Some(canvas)) = (box_ref.get(), canvas_ref.get()) else {
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
        let on_resize = {
            let update = update.clone();
            Closure::<dyn FnMut()>::new(update)
        };
        let observer = match ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
            Ok(o) => o,
            Err(_) => {
                log_error("ResizeObserver is unavailable; the chart won't follow its box");
                return;
            }
        };
        observer.observe(&el);
        observe_device_pixels(&observer, &canvas);
        let dpr_watch = DprWatch::start(update);
        let held = SendWrapper::new((observer, on_resize, dpr_watch));
        on_cleanup(move || {
            let (observer, _closure, dpr_watch) = held.take();
            observer.disconnect();
            dpr_watch.stop_listening();
        });
    });

    // Redraw whenever what is shown, or the box, changes.
    Effect::new(move |_| {
        let (Some(s), Some(canvas)) = (size.get(), canvas_ref.get()) else {
            return;
        };
        let spec = ChartSpec {
            view: view_sig.get(),
            metric: metric_sig.get(),
            annotations: annotations_sig.get(),
            width: s.width,
            height: s.height,
            focus: None,
        };
        let scene = build_scene(&spec);
        paint(&canvas, &scene, s.dpr);
        if footnotes.get_untracked() != scene.footnotes {
            footnotes.set(scene.footnotes);
        }
    });

    let snapshot = ChartView::Snapshot(Period::H1_2023);
    let view_button = move |target: ChartView, label: &'static str| {
        view! {
            <button
                type="button"
                class="kpop-chart__option"
                aria-pressed=move || (view_sig.get() == target).to_string()
                on:click=move |_| view_sig.set(target)
            >
                {label}
            </button>
        }
    };
    let metric_button = move |target: Metric, label: &'static str| {
        view! {
            <button
                type="button"
                class="kpop-chart__option"
                aria-pressed=move || (metric_sig.get() == target).to_string()
                on:click=move |_| metric_sig.set(target)
            >
                {label}
            </button>
        }
    };

    view! {
        <figure class="kpop-chart" lang="en">
            <figcaption class="kpop-chart__head">
                <h2 class="kpop-chart__title">{text::TITLE}</h2>
                <p class="kpop-chart__subtitle">
                    {move || text::subtitle(view_sig.get(), metric_sig.get())}
                </p>
            </figcaption>
            <div class="kpop-chart__controls">
                <div class="kpop-chart__group" role="group" aria-label="Period">
                    {view_button(snapshot, "First half of 2023")}
                    {view_button(ChartView::Timeline, "Every period")}
                </div>
                <div class="kpop-chart__group" role="group" aria-label="Measure">
                    {metric_button(Metric::Dollars, "US dollars")}
                    {metric_button(Metric::Share, "Share of total")}
                </div>
                <button
                    type="button"
                    role="switch"
                    class="kpop-chart__switch"
                    aria-checked=move || annotations_sig.get().to_string()
                    on:click=move |_| annotations_sig.update(|a| *a = !*a)
                >
                    <span class="kpop-chart__track" aria-hidden="true"></span>
                    "Billboard milestones"
                </button>
            </div>
            <ul class="kpop-chart__legend">
                {move || {
                    legend_series(view_sig.get(), metric_sig.get())
                        .into_iter()
                        .map(|d| {
                            view! {
                                <li class="kpop-chart__legend-item">
                                    <span
                                        class="kpop-chart__swatch"
                                        style:background-color=css(LIGHT.series_color(d))
                                    ></span>
                                    {d.name()}
                                </li>
                            }
                        })
                        .collect_view()
                }}
                {move || {
                    (view_sig.get() == ChartView::Timeline)
                        .then(|| {
                            [("", "Full year"), ("7 3", "Jan–Oct/Nov"), ("2 3", "Jan–Jun")]
                                .into_iter()
                                .map(|(dash, label)| {
                                    view! {
                                        <li class="kpop-chart__legend-item kpop-chart__legend-item--period">
                                            <svg width="28" height="8" aria-hidden="true">
                                                <line
                                                    x1="0"
                                                    y1="4"
                                                    x2="28"
                                                    y2="4"
                                                    stroke="currentColor"
                                                    stroke-width="3"
                                                    stroke-dasharray=dash
                                                ></line>
                                            </svg>
                                            {label}
                                        </li>
                                    }
                                })
                                .collect_view()
                        })
                }}
            </ul>
            <div class="kpop-chart__plot" node_ref=box_ref>
                <canvas
                    class="kpop-chart__canvas"
                    node_ref=canvas_ref
                    role="img"
                    aria-label=move || {
                        text::describe(view_sig.get(), metric_sig.get(), annotations_sig.get())
                    }
                ></canvas>
            </div>
            <ol class="kpop-chart__key" aria-label="Milestones">
                {move || {
                    footnotes
                        .get()
                        .into_iter()
                        .map(|f| {
                            view! {
                                <li class="kpop-chart__key-item">
                                    <span class="kpop-chart__key-number">{f.number}</span>
                                    <time datetime=f.date.clone()>{f.date.clone()}</time>
                                    " "
                                    {f.text}
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ol>
            <div class="kpop-chart__notes">
                {move || {
                    text::period_notes(view_sig.get(), metric_sig.get())
                        .into_iter()
                        .map(|n| view! { <p class="kpop-chart__note">{n}</p> })
                        .collect_view()
                }}
            </div>
            <p class="kpop-chart__source">{move || text::source_line(view_sig.get())}</p>
        </figure>
    }
}
