//! The plot: the canvas the scene is painted on, and what answers the
//! pointer, touch and keyboard there.

use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

use super::state::ChartState;
use super::tooltip::Tooltip;
use crate::browser::canvas::{draw_scene, DrawError};
use crate::browser::hooks::use_window_listener;
use crate::browser::log_error;
use crate::model::chart::uses_rows;
use crate::model::navigation::{self, NavKey};
use crate::model::scene::{Rgb, Scene};
use crate::model::summary;
use crate::model::text;

/// Draws the scene on the plot's canvas, whose backing store follows the
/// scene's size and the pixel ratio.
fn paint(canvas: &HtmlCanvasElement, scene: &Scene, dpr: f64, background: Rgb) {
    match draw_scene(canvas, scene, dpr, background) {
        Ok(()) => {}
        Err(DrawError::NoContext) => {
            log_error("the canvas has no 2D context; the chart can't be drawn");
        }
        Err(DrawError::Render(e)) => log_error(&format!("drawing failed: {e}")),
    }
}

/// The plot's keyboard handlers, as [`keyboard_handlers`] makes them.
struct KeyboardHandlers<Keydown, Focus>
where
    Keydown: Fn(ev::KeyboardEvent) + 'static,
    Focus: Fn(ev::FocusEvent) + 'static,
{
    /// For `keydown`: moves between figures, or puts the tooltip away.
    on_keydown: Keydown,
    /// For `focus`: on keyboard focus, marks and reads out a figure.
    on_focus: Focus,
}

/// The keyboard's part: arrows, Home and End move between figures, Escape
/// puts the tooltip away; keyboard focus draws the focus mark.
fn keyboard_handlers(
    state: ChartState,
    plot: NodeRef<html::Div>,
) -> KeyboardHandlers<impl Fn(ev::KeyboardEvent) + 'static, impl Fn(ev::FocusEvent) + 'static> {
    let on_keydown = move |e: ev::KeyboardEvent| {
        if e.key() == "Escape" {
            state.dismissed.set(true);
            state.hover.set(None);
            return;
        }
        let Some(key) = NavKey::from_key(&e.key(), e.ctrl_key() || e.meta_key()) else {
            return;
        };
        e.prevent_default();
        // Arrows after a click: from here on the keyboard is in charge.
        state.keyboard.set(true);
        let (view, metric) = (state.view.get_untracked(), state.metric.get_untracked());
        // In the order the figures are drawn at this width (row by row on
        // a phone).
        let width = state.width_untracked();
        state.move_focus(navigation::step_at(
            &state.data,
            view,
            metric,
            width,
            state.focus.get_untracked(),
            key,
        ));
    };
    let on_focus = move |_: ev::FocusEvent| {
        // A click or tap also focuses the plot: only keyboard focus (which
        // the browser marks `:focus-visible`) draws the focus mark and
        // reads out the first figure.
        let from_keyboard = plot
            .get_untracked()
            .is_some_and(|el| el.matches(":focus-visible").unwrap_or(true));
        if !from_keyboard {
            return;
        }
        state.keyboard.set(true);
        let (view, metric) = (state.view.get_untracked(), state.metric.get_untracked());
        let width = state.width_untracked();
        let start = state
            .focus
            .get_untracked()
            .or_else(|| navigation::step_at(&state.data, view, metric, width, None, NavKey::First));
        state.move_focus(start);
    };
    KeyboardHandlers {
        on_keydown,
        on_focus,
    }
}

/// The plot's pointer handlers, as [`pointer_handlers`] makes them.
struct PointerHandlers<Move, Down>
where
    Move: Fn(ev::PointerEvent) + 'static,
    Down: Fn(ev::PointerEvent) + 'static,
{
    /// For `pointermove`: a mouse or pen over a figure shows its tooltip.
    on_pointermove: Move,
    /// For `pointerdown`: a tap or click shows the figure under it, or
    /// clears the tooltip.
    on_pointerdown: Down,
}

/// The pointer's part: hovering or tapping a figure shows its tooltip,
/// which stays while the pointer is on it (WCAG 1.4.13: hoverable).
fn pointer_handlers(
    state: ChartState,
    plot: NodeRef<html::Div>,
    tip: NodeRef<html::Div>,
) -> PointerHandlers<impl Fn(ev::PointerEvent) + 'static, impl Fn(ev::PointerEvent) + 'static> {
    let pointer_at = move |e: &ev::PointerEvent| -> Option<usize> {
        let r = plot.get_untracked()?.get_bounding_client_rect();
        let x = f64::from(e.client_x()) - r.left();
        let y = f64::from(e.client_y()) - r.top();
        state.figure_at(x, y)
    };
    let inside_tip = move |e: &ev::PointerEvent| -> bool {
        let (Some(tip), Some(target)) = (tip.get_untracked(), e.target()) else {
            return false;
        };
        target
            .dyn_ref::<web_sys::Node>()
            .is_some_and(|n| tip.contains(Some(n)))
    };
    let on_pointermove = move |e: ev::PointerEvent| {
        if e.pointer_type() == "touch" || inside_tip(&e) {
            return;
        }
        let at = pointer_at(&e);
        if at != state.hover.get_untracked() {
            state.dismissed.set(false);
            state.hover.set(at);
        }
    };
    let on_pointerdown = move |e: ev::PointerEvent| {
        if inside_tip(&e) {
            return;
        }
        // A tap shows the figure under the finger, or clears the tooltip.
        state.dismissed.set(false);
        state.hover.set(pointer_at(&e));
    };
    PointerHandlers {
        on_pointermove,
        on_pointerdown,
    }
}

/// Escape dismisses a hover tooltip wherever focus is (WCAG 1.4.13): a
/// mouse reader's focus is rarely on the chart. A tap anywhere outside the
/// plot puts a tapped tooltip away.
fn use_dismissal(state: ChartState, plot: NodeRef<html::Div>) {
    use_window_listener("keydown", move |e| {
        let is_escape = e
            .dyn_ref::<web_sys::KeyboardEvent>()
            .is_some_and(|k| k.key() == "Escape");
        if is_escape && state.hover.get_untracked().is_some() {
            state.dismissed.set(true);
        }
    });
    use_window_listener("pointerdown", move |e| {
        // The composed path, not the target: inside a shadow root the
        // window sees the host element as the target.
        let inside = plot
            .get_untracked()
            .is_some_and(|el| e.composed_path().includes(&el, 0));
        if !inside && state.hover.get_untracked().is_some() {
            state.hover.set(None);
        }
    });
}

/// The plot: its description for screen readers, the canvas with its
/// tooltip and keyboard access, and the live region that reads out where
/// the keyboard is.
#[component]
pub fn Plot(
    /// The chart's shared state.
    state: ChartState,
    /// The plot's box, whose width the chart is drawn at.
    plot: NodeRef<html::Div>,
    /// The canvas, which fills the box.
    canvas: NodeRef<html::Canvas>,
) -> impl IntoView {
    let lang = state.lang;
    let words = state.words();
    let summary_id = state.id("summary");
    let tip = NodeRef::<html::Div>::new();
    // Painting only touches the canvas: the scene, its size and its colours
    // are all derived before it.
    Effect::new(move |_| {
        let (Some(s), Some(canvas)) = (state.size.get(), canvas.get()) else {
            return;
        };
        let background = state.palette.with(|p| p.background);
        state
            .scene
            .with(|scene| paint(&canvas, scene, s.dpr, background));
    });
    // Rows grow with their content; other layouts take the stylesheet's
    // height. Only the box's style is touched, which no signal reads (an
    // effect rather than `style:`, whose reactive code would weigh more in
    // the wasm than this).
    Effect::new(move |_| {
        let height = state.plot_height();
        if let Some(el) = plot.get() {
            let _ = web_sys::HtmlElement::style(&el).set_property("height", &height);
        }
    });
    use_dismissal(state, plot);
    let keys = keyboard_handlers(state, plot);
    let pointer = pointer_handlers(state, plot, tip);
    view! {
        <p id=summary_id.clone() class="kpop-chart__sr">
            {move || summary::summary(&state.data, state.view.get(), lang)}
        </p>
        <div
            class="kpop-chart__plot"
            node_ref=plot
            tabindex="0"
            role="application"
            aria-roledescription=words.plot_role
            aria-label=words.plot_label
            aria-describedby=summary_id
            on:keydown=keys.on_keydown
            on:focus=keys.on_focus
            on:blur=move |_| state.keyboard.set(false)
            on:pointermove=pointer.on_pointermove
            on:pointerdown=pointer.on_pointerdown
            on:pointerleave=move |e: ev::PointerEvent| {
                // A lifted finger "leaves" too: a tapped tooltip stays until
                // the next tap.
                if e.pointer_type() != "touch" {
                    state.hover.set(None);
                }
            }
        >
            <canvas
                class="kpop-chart__canvas"
                node_ref=canvas
                role="img"
                aria-label=move || {
                    let view = state.view.get();
                    text::describe(
                        &state.data,
                        view,
                        state.metric.get(),
                        state.annotations.get(),
                        uses_rows(view, state.width()),
                        lang,
                    )
                }
            ></canvas>
            <Tooltip state tip/>
        </div>
        <p class="kpop-chart__sr" aria-live="polite" aria-atomic="true">
            {move || state.announcement.get()}
        </p>
    }
}
