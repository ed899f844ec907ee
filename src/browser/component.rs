//! The browser ring: the Leptos component, its canvas, its tooltip and
//! keyboard access, and the observers that keep the drawing sharp, sized to
//! its box and in the reader's colours.

use std::cell::{OnceCell, RefCell};
use std::rc::{Rc, Weak};
use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlCanvasElement, MediaQueryList, ResizeObserver};

use crate::data::{Destination, Period, FIGURES, MILESTONES};
use crate::model::chart::{
    backing_size, build_scene_with, sanitize_dpr, tooltip_position, ChartSpec, Palette, DARK, LIGHT,
};
use crate::model::format::Share;
use crate::model::reading::{self, NavKey, Numbers, PlainNumbers};
use crate::model::scene::{Footnote, PointMark, Rgb, Scene};
use crate::model::text;
use crate::model::vocab::Lang;
use crate::model::vocab::{ChartView, Metric, Theme};
use crate::render::render;
use crate::words::{DestinationWords, MilestoneWords, PeriodWords};

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
fn paint(canvas: &HtmlCanvasElement, scene: &Scene, dpr: f64, background: Rgb) {
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
    if let Err(e) = render(&backend.into_drawing_area(), scene, dpr, background) {
        log_error(&format!("drawing failed: {e}"));
    }
}

/// A media query and the closure that answers its changes; dropping it
/// stops listening.
struct MediaWatch {
    query: MediaQueryList,
    _callback: Closure<dyn FnMut()>,
}

impl MediaWatch {
    /// Calls `on_change(matches)` whenever `query` starts or stops matching.
    fn new(query: &str, on_change: impl Fn(bool) + 'static) -> Option<MediaWatch> {
        let list = web_sys::window()?.match_media(query).ok().flatten()?;
        let read = list.clone();
        let callback = Closure::<dyn FnMut()>::new(move || on_change(read.matches()));
        list.set_onchange(Some(callback.as_ref().unchecked_ref()));
        Some(MediaWatch {
            query: list,
            _callback: callback,
        })
    }

    fn matches(&self) -> bool {
        self.query.matches()
    }
}

impl Drop for MediaWatch {
    fn drop(&mut self) {
        self.query.set_onchange(None);
    }
}

/// A listener on the window; dropping it removes the listener.
struct WindowListener {
    event: &'static str,
    callback: Closure<dyn FnMut(web_sys::Event)>,
}

impl WindowListener {
    fn new(event: &'static str, on_event: impl FnMut(web_sys::Event) + 'static) -> Option<Self> {
        let callback = Closure::<dyn FnMut(web_sys::Event)>::new(on_event);
        web_sys::window()?
            .add_event_listener_with_callback(event, callback.as_ref().unchecked_ref())
            .ok()?;
        Some(WindowListener { event, callback })
    }
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
        let watch = MediaWatch::new(&query, move |_| {
            if let Some(w) = weak.upgrade() {
                (w.on_change)();
                DprWatch::arm(&w);
            }
        });
        *this.watch.borrow_mut() = watch;
    }

    fn stop(&self) {
        self.watch.borrow_mut().take();
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

/// Numbers formatted for the reader's locale by the browser's `Intl`.
///
/// Each `Intl.NumberFormat` is made on first use, not at mount: making one
/// loads locale data (about 2 ms each on a desktop), and the first picture
/// shows no formatted number (the canvas labels are the source's own).
struct IntlNumbers {
    locale: String,
    dollars: OnceCell<Option<js_sys::Function>>,
    percent: [OnceCell<Option<js_sys::Function>>; 2],
}

impl IntlNumbers {
    fn new(locale: String) -> IntlNumbers {
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

/// The locale for `Intl`: the reader's own when it is of the widget's
/// language (so an en-GB reader gets British grouping), else the language.
fn number_locale(lang: Lang) -> String {
    let reader = web_sys::window().and_then(|w| w.navigator().language());
    match reader {
        Some(r) if r.split('-').next() == Some(lang.tag()) => r,
        _ => lang.tag().to_string(),
    }
}

/// A colour channel as computed CSS writes it (`255`, `12.5`), rounded to a
/// whole number and clamped to 0–255. Read without float parsing, which
/// would bring its tables into the wasm for three numbers.
fn css_channel(s: &str) -> Option<u8> {
    let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
    if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let round_up = frac
        .bytes()
        .next()
        .is_some_and(|b| (b'5'..=b'9').contains(&b));
    let v = whole
        .bytes()
        .fold(0u32, |v, b| (v * 10 + u32::from(b - b'0')).min(1000));
    u8::try_from((v + u32::from(round_up)).min(255)).ok()
}

/// Parses a computed CSS colour (`rgb(r, g, b)` or `rgba(...)`).
fn parse_css_rgb(s: &str) -> Option<Rgb> {
    let inner = s.split_once('(')?.1.split_once(')')?.0;
    let mut parts = inner
        .split([',', ' ', '/'])
        .filter(|p| !p.is_empty())
        .map(|p| css_channel(p.trim()));
    let mut next = || parts.next().flatten();
    Some(Rgb(next()?, next()?, next()?))
}

/// In forced-colours mode the canvas takes the system's colours from the
/// widget's computed style (which the browser has already forced).
fn forced_palette(root: &web_sys::Element) -> Option<Palette> {
    let style = web_sys::window()?.get_computed_style(root).ok()??;
    let fg = parse_css_rgb(&style.get_property_value("color").ok()?)?;
    let bg = parse_css_rgb(&style.get_property_value("background-color").ok()?)?;
    Some(Palette::monochrome(fg, bg))
}

fn css(c: Rgb) -> String {
    format!("rgb({},{},{})", c.0, c.1, c.2)
}

/// The legend's marker for a destination, as the chart draws it.
fn legend_marker(d: Destination, color: String) -> impl IntoView {
    use crate::model::scene::MarkerKind;
    let shape = match Palette::marker(d) {
        MarkerKind::Circle => view! { <circle cx="6" cy="6" r="5.5"></circle> }.into_any(),
        MarkerKind::Square => view! { <rect x="1" y="1" width="10" height="10"></rect> }.into_any(),
        MarkerKind::Triangle => {
            view! { <polygon points="6,0.5 11.5,10.5 0.5,10.5"></polygon> }.into_any()
        }
        MarkerKind::Diamond => view! { <polygon points="6,0 12,6 6,12 0,6"></polygon> }.into_any(),
    };
    view! {
        <svg class="kpop-chart__marker" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" fill=color>
            {shape}
        </svg>
    }
}

static INSTANCES: AtomicUsize = AtomicUsize::new(0);

/// The K-pop album exports chart: a title, controls, a legend, the canvas
/// with tooltips and keyboard access, a data table, notes and sources. It
/// sizes itself to its container's width.
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
    /// Light, dark, or following the reader's system (the default).
    #[prop(optional)]
    theme: Theme,
    /// The language of every text (English by default).
    #[prop(optional)]
    lang: Lang,
) -> impl IntoView {
    let id = INSTANCES.fetch_add(1, Ordering::Relaxed) + 1;
    let summary_id = format!("kpop-chart-{id}-summary");
    let table_id = format!("kpop-chart-{id}-data");
    let tooltip_id = format!("kpop-chart-{id}-tooltip");

    let view_sig = RwSignal::new(view);
    let metric_sig = RwSignal::new(metric);
    let annotations_sig = RwSignal::new(annotations);
    let size = RwSignal::new(None::<BoxSize>);
    let footnotes = RwSignal::new(Vec::<Footnote>::new());
    // Keyboard focus (a figure index), whether the chart has focus, and the
    // figure under the pointer.
    let focus = RwSignal::new(None::<usize>);
    let keyboard = RwSignal::new(false);
    let hover = RwSignal::new(None::<usize>);
    let dismissed = RwSignal::new(false);
    let announcement = RwSignal::new(String::new());
    let show_table = RwSignal::new(false);
    let dark = RwSignal::new(theme == Theme::Dark);
    let forced = RwSignal::new(false);
    let printing = RwSignal::new(false);
    let points = StoredValue::new(Vec::<PointMark>::new());
    let numbers = StoredValue::new_local(IntlNumbers::new(number_locale(lang)));
    let words = &crate::words::words(lang).ui;

    let root_ref = NodeRef::<html::Figure>::new();
    let box_ref = NodeRef::<html::Div>::new();
    let canvas_ref = NodeRef::<html::Canvas>::new();
    let tip_ref = NodeRef::<html::Div>::new();
    let tip_title = NodeRef::<html::Strong>::new();
    let tip_period = NodeRef::<html::Span>::new();
    let tip_value = NodeRef::<html::Span>::new();
    let tip_share = NodeRef::<html::Span>::new();
    let tip_source = NodeRef::<html::Span>::new();

    // Keep `size` in step with the box: a ResizeObserver for its CSS size and
    // the pixel ratio, and media queries for the reader's preferences. All
    // are torn down with the component.
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
        let on_resize = Closure::<dyn FnMut()>::new(update.clone());
        let Ok(observer) = ResizeObserver::new(on_resize.as_ref().unchecked_ref()) else {
            log_error("ResizeObserver is unavailable; the chart won't follow its box");
            return;
        };
        observer.observe(&el);
        observe_device_pixels(&observer, &canvas);
        let dpr_watch = DprWatch::start(update);
        let scheme = (theme == Theme::Auto)
            .then(|| MediaWatch::new("(prefers-color-scheme: dark)", move |m| dark.set(m)))
            .flatten();
        if let Some(s) = &scheme {
            dark.set(s.matches());
        }
        let forced_watch = MediaWatch::new("(forced-colors: active)", move |m| forced.set(m));
        forced.set(forced_watch.as_ref().is_some_and(MediaWatch::matches));
        let print_watch = MediaWatch::new("print", move |m| printing.set(m));
        // Escape dismisses a hover tooltip wherever focus is (WCAG 1.4.13):
        // a mouse reader's focus is rarely on the chart.
        let escape = WindowListener::new("keydown", move |e| {
            let is_escape = e
                .dyn_ref::<web_sys::KeyboardEvent>()
                .is_some_and(|k| k.key() == "Escape");
            if is_escape && hover.get_untracked().is_some() {
                dismissed.set(true);
            }
        });
        // A tap anywhere outside the plot puts a tapped tooltip away.
        let outside = {
            let el = el.clone();
            WindowListener::new("pointerdown", move |e| {
                // The composed path, not the target: inside a shadow root
                // the window sees the host element as the target.
                let inside = e.composed_path().includes(&el, 0);
                if !inside && hover.get_untracked().is_some() {
                    hover.set(None);
                }
            })
        };
        let held = SendWrapper::new((
            observer,
            on_resize,
            dpr_watch,
            scheme,
            forced_watch,
            print_watch,
            escape,
            outside,
        ));
        on_cleanup(move || {
            let (observer, _closure, dpr_watch, ..) = held.take();
            observer.disconnect();
            dpr_watch.stop();
        });
    });

    // Redraw whenever what is shown, the box, or the colours change.
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
            focus: if keyboard.get() { focus.get() } else { None },
            lang,
        };
        let palette = if forced.get() {
            root_ref
                .get_untracked()
                .and_then(|r| forced_palette(&r))
                .unwrap_or(LIGHT)
        } else if printing.get() || !dark.get() {
            LIGHT
        } else {
            DARK
        };
        let scene = build_scene_with(&spec, &palette);
        paint(&canvas, &scene, s.dpr, palette.background);
        points.set_value(scene.points.clone());
        if footnotes.get_untracked() != scene.footnotes {
            footnotes.set(scene.footnotes);
        }
    });

    // The tooltip: the figure under the pointer, else the keyboard's, until
    // Escape. Filled with text nodes (never HTML) and placed where it hides
    // nothing it describes.
    Effect::new(move |_| {
        let active = hover
            .get()
            .or(if keyboard.get() { focus.get() } else { None });
        let _ = size.get();
        let _ = view_sig.get();
        let _ = metric_sig.get();
        let Some(tip) = tip_ref.get() else {
            return;
        };
        let shown = active.filter(|_| !dismissed.get()).and_then(|i| {
            let mark = points.with_value(|p| p.iter().find(|m| m.figure == i).copied())?;
            let t = numbers.with_value(|n| reading::point_text(i, n, lang))?;
            Some((mark, t))
        });
        let Some((mark, t)) = shown else {
            tip.set_hidden(true);
            return;
        };
        let set = |r: &NodeRef<html::Span>, s: &str| {
            if let Some(el) = r.get_untracked() {
                el.set_text_content(Some(s));
            }
        };
        if let Some(el) = tip_title.get_untracked() {
            el.set_text_content(Some(&t.destination));
        }
        set(&tip_period, &t.period);
        set(&tip_value, &t.value);
        set(&tip_share, t.share.as_deref().unwrap_or(""));
        set(&tip_source, &format!("{}{}", words.source_prefix, t.source));
        tip.set_hidden(false);
        let (w, h) = (
            f64::from(tip.offset_width()),
            f64::from(tip.offset_height()),
        );
        let bs = size
            .get_untracked()
            .map_or((0.0, 0.0), |s| (s.width, s.height));
        let (x, y) = tooltip_position(mark.anchor, mark.hit, (w, h), bs);
        let style = web_sys::HtmlElement::style(&tip);
        let _ = style.set_property("left", &format!("{x}px"));
        let _ = style.set_property("top", &format!("{y}px"));
    });

    let move_focus = move |to: Option<usize>| {
        focus.set(to);
        dismissed.set(false);
        if let Some(i) = to {
            let text = numbers
                .with_value(|n| reading::announcement(i, n, annotations_sig.get_untracked(), lang));
            announcement.set(text);
        }
    };
    // A view or metric change can leave the focused figure undrawn.
    Effect::new(move |_| {
        let (v, m) = (view_sig.get(), metric_sig.get());
        let current = focus.get_untracked();
        let drawn = reading::rows(v, m)
            .iter()
            .flatten()
            .any(|&i| Some(i) == current);
        if !drawn {
            focus.set(None);
        }
        hover.set(None);
    });

    let on_keydown = move |e: ev::KeyboardEvent| {
        if e.key() == "Escape" {
            dismissed.set(true);
            hover.set(None);
            return;
        }
        let Some(key) = NavKey::from_key(&e.key(), e.ctrl_key() || e.meta_key()) else {
            return;
        };
        e.prevent_default();
        // Arrows after a click: from here on the keyboard is in charge.
        keyboard.set(true);
        let to = reading::step(
            view_sig.get_untracked(),
            metric_sig.get_untracked(),
            focus.get_untracked(),
            key,
        );
        move_focus(to);
    };
    let on_focus = move |_: ev::FocusEvent| {
        // A click or tap also focuses the plot: only keyboard focus (which
        // the browser marks `:focus-visible`) draws the focus mark and
        // reads out the first figure.
        let from_keyboard = box_ref
            .get_untracked()
            .is_some_and(|el| el.matches(":focus-visible").unwrap_or(true));
        if !from_keyboard {
            return;
        }
        keyboard.set(true);
        let current = focus.get_untracked();
        let start = current.or_else(|| {
            reading::step(
                view_sig.get_untracked(),
                metric_sig.get_untracked(),
                None,
                NavKey::First,
            )
        });
        move_focus(start);
    };
    let on_blur = move |_: ev::FocusEvent| keyboard.set(false);
    let pointer_at = move |e: &ev::PointerEvent| -> Option<usize> {
        let el = box_ref.get_untracked()?;
        let r = el.get_bounding_client_rect();
        let (x, y) = (
            f64::from(e.client_x()) - r.left(),
            f64::from(e.client_y()) - r.top(),
        );
        points.with_value(|p| {
            let scene = Scene {
                points: p.clone(),
                ..Scene::default()
            };
            scene.point_at(x, y).map(|m| m.figure)
        })
    };
    let inside_tip = move |e: &ev::PointerEvent| -> bool {
        let (Some(tip), Some(target)) = (tip_ref.get_untracked(), e.target()) else {
            return false;
        };
        target
            .dyn_ref::<web_sys::Node>()
            .is_some_and(|n| tip.contains(Some(n)))
    };
    let on_pointermove = move |e: ev::PointerEvent| {
        // Moving onto the tooltip keeps it (WCAG 1.4.13: hoverable).
        if e.pointer_type() == "touch" || inside_tip(&e) {
            return;
        }
        let at = pointer_at(&e);
        if at != hover.get_untracked() {
            dismissed.set(false);
            hover.set(at);
        }
    };
    let on_pointerdown = move |e: ev::PointerEvent| {
        if inside_tip(&e) {
            return;
        }
        // A tap shows the figure under the finger, or clears the tooltip.
        dismissed.set(false);
        hover.set(pointer_at(&e));
    };
    let on_pointerleave = move |e: ev::PointerEvent| {
        // A lifted finger "leaves" too: a tapped tooltip stays until the next tap.
        if e.pointer_type() != "touch" {
            hover.set(None);
        }
    };

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
    let palette_now = move || if dark.get() { DARK } else { LIGHT };
    let table_rows = move || {
        let rows = reading::table_rows(view_sig.get());
        numbers.with_value(|n| {
            rows.into_iter()
                .filter_map(|i| {
                    let f = FIGURES.get(i)?;
                    let t = reading::point_text(i, n, lang)?;
                    Some(view! {
                        <tr>
                            <th scope="row">{f.period.short_label(lang)}</th>
                            <td>{f.destination.name(lang)}</td>
                            <td class="kpop-chart__num">{t.value}</td>
                            <td class="kpop-chart__num">
                                {t.share_value.unwrap_or_else(|| "—".to_string())}
                            </td>
                            <td>{t.source}</td>
                        </tr>
                    })
                })
                .collect_view()
        })
    };

    view! {
        <figure
            class="kpop-chart"
            lang=lang.tag()
            node_ref=root_ref
            data-theme=move || if dark.get() { "dark" } else { "light" }
        >
            <figcaption class="kpop-chart__head">
                <h2 class="kpop-chart__title">{text::title(lang)}</h2>
                <p class="kpop-chart__subtitle">
                    {move || text::subtitle(view_sig.get(), metric_sig.get(), lang)}
                </p>
            </figcaption>
            <div class="kpop-chart__controls">
                <div class="kpop-chart__group" role="group" aria-label=words.period_group>
                    {view_button(ChartView::Snapshot(Period::H1_2023), words.first_half)}
                    {view_button(ChartView::Timeline, words.every_period)}
                </div>
                <div class="kpop-chart__group" role="group" aria-label=words.measure_group>
                    {metric_button(Metric::Dollars, words.dollars)}
                    {metric_button(Metric::Share, words.share)}
                </div>
                <button
                    type="button"
                    role="switch"
                    class="kpop-chart__switch"
                    aria-checked=move || annotations_sig.get().to_string()
                    on:click=move |_| annotations_sig.update(|a| *a = !*a)
                >
                    <span class="kpop-chart__track" aria-hidden="true"></span>
                    {words.milestones}
                </button>
            </div>
            <ul class="kpop-chart__legend">
                {move || {
                    let palette = palette_now();
                    view_sig.get().series(metric_sig.get())
                        .iter()
                        .copied()
                        .map(|d| {
                            view! {
                                <li class="kpop-chart__legend-item">
                                    {legend_marker(d, css(palette.series_color(d)))}
                                    {d.name(lang)}
                                </li>
                            }
                        })
                        .collect_view()
                }}
                {move || {
                    (view_sig.get() == ChartView::Timeline)
                        .then(|| {
                            ["", "7 3", "2 3"].into_iter().zip(words.period_kinds)
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
            <p id=summary_id.clone() class="kpop-chart__sr">{move || reading::summary(view_sig.get(), lang)}</p>
            <div
                class="kpop-chart__plot"
                node_ref=box_ref
                tabindex="0"
                role="application"
                aria-roledescription=words.plot_role
                aria-label=words.plot_label
                aria-describedby=summary_id.clone()
                on:keydown=on_keydown
                on:focus=on_focus
                on:blur=on_blur
                on:pointermove=on_pointermove
                on:pointerdown=on_pointerdown
                on:pointerleave=on_pointerleave
            >
                <canvas
                    class="kpop-chart__canvas"
                    node_ref=canvas_ref
                    role="img"
                    aria-label=move || {
                        text::describe(view_sig.get(), metric_sig.get(), annotations_sig.get(), lang)
                    }
                ></canvas>
                <div class="kpop-chart__tooltip" id=tooltip_id node_ref=tip_ref hidden=true>
                    <strong class="kpop-chart__tooltip-title" node_ref=tip_title></strong>
                    <span class="kpop-chart__tooltip-line" node_ref=tip_period></span>
                    <span class="kpop-chart__tooltip-value" node_ref=tip_value></span>
                    <span class="kpop-chart__tooltip-line" node_ref=tip_share></span>
                    <span class="kpop-chart__tooltip-source" node_ref=tip_source></span>
                </div>
            </div>
            <p class="kpop-chart__sr" aria-live="polite" aria-atomic="true">
                {move || announcement.get()}
            </p>
            <ol class="kpop-chart__key" aria-label=words.milestones>
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
                    text::period_notes(view_sig.get(), metric_sig.get(), lang)
                        .into_iter()
                        .map(|n| view! { <p class="kpop-chart__note">{n}</p> })
                        .collect_view()
                }}
            </div>
            <p class="kpop-chart__source">{move || text::source_line(view_sig.get(), lang)}</p>
            <button
                type="button"
                class="kpop-chart__data-toggle"
                aria-expanded=move || show_table.get().to_string()
                aria-controls=table_id.clone()
                on:click=move |_| show_table.update(|s| *s = !*s)
            >
                {move || if show_table.get() { words.hide_data } else { words.show_data }}
            </button>
            // Focusable so keyboard readers can scroll the tables when they
            // are wider than a phone (WCAG 2.1.1).
            <div
                class="kpop-chart__data"
                id=table_id
                role="region"
                aria-label=words.data_region
                tabindex="0"
                hidden=move || !show_table.get()
            >
                <table class="kpop-chart__table">
                    <caption>
                        {move || match view_sig.get() {
                            ChartView::Snapshot(p) => format!("{}{}", words.table_caption, p.long_label(lang)),
                            ChartView::Timeline => words.table_every_period.to_string(),
                        }}
                    </caption>
                    <thead>
                        <tr>
                            {words
                                .table_headers
                                .map(|h| view! { <th scope="col">{h}</th> })
                                .collect_view()}
                        </tr>
                    </thead>
                    <tbody>{table_rows}</tbody>
                </table>
                <table class="kpop-chart__table">
                    <caption>{words.milestones_caption}</caption>
                    <thead>
                        <tr>
                            {words
                                .milestones_headers
                                .map(|h| view! { <th scope="col">{h}</th> })
                                .collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {MILESTONES
                            .iter()
                            .map(|m| {
                                view! {
                                    <tr>
                                        <th scope="row"><time datetime=m.date.iso()>{m.date.iso()}</time></th>
                                        <td>{m.detail_in(lang)}</td>
                                        <td>{m.chart_dated.map(|d| d.iso()).unwrap_or_else(|| "—".to_string())}</td>
                                        <td>{m.source}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn computed_colours_are_read_without_floats() {
        assert_eq!(
            parse_css_rgb("rgb(255, 255, 255)"),
            Some(Rgb(255, 255, 255))
        );
        assert_eq!(
            parse_css_rgb("rgba(0, 12.5, 99.4, 0.5)"),
            Some(Rgb(0, 13, 99))
        );
        assert_eq!(parse_css_rgb("rgb(10 20 30 / 0.4)"), Some(Rgb(10, 20, 30)));
        assert_eq!(parse_css_rgb("rgb(300, 0, 0)"), Some(Rgb(255, 0, 0)));
        assert_eq!(parse_css_rgb("rgb(-1, 0, 0)"), None);
        assert_eq!(parse_css_rgb("color(srgb 1 0 0)"), None);
        assert_eq!(parse_css_rgb("canvastext"), None);
        assert_eq!(css_channel("99999999999999999999"), Some(255));
    }
}
