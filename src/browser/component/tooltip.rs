//! The tooltip: the exact figure under the pointer or the keyboard.

use leptos::html;
use leptos::prelude::*;

use super::state::ChartState;
use crate::model::chart::place_tooltip;
use crate::model::format::svg_number;
use crate::model::reading;
use crate::model::scene::{PointMark, Rect, Scene};

/// A length in CSS pixels, written without float formatting (which would
/// bring its tables into the wasm).
fn px(v: f64) -> String {
    format!("{}px", svg_number(v))
}

/// The whole widget's box in the plot's pixels (the tooltip is placed in
/// the plot, its parent, but may reach over the legend above it or the
/// notes below), or the plot's own when either can't be found.
fn widget_box(el: &web_sys::HtmlElement, scene: &Scene) -> Rect {
    let plot = el.parent_element();
    let widget = el.closest(".kpop-chart").ok().flatten();
    match (plot, widget) {
        (Some(p), Some(w)) => {
            let (p, w) = (p.get_bounding_client_rect(), w.get_bounding_client_rect());
            Rect::new(
                w.left() - p.left(),
                w.top() - p.top(),
                w.width(),
                w.height(),
            )
        }
        _ => Rect::new(0.0, 0.0, scene.width, scene.height),
    }
}

/// Places the shown tooltip `el` for `mark`, clear of the figure and of
/// every value label ([`place_tooltip`]), narrowing it when its own width
/// fits nowhere. Measured at the plot's left edge first: the room left of
/// where it last stood would otherwise narrow it.
fn place(el: &web_sys::HtmlElement, scene: &Scene, mark: &PointMark) {
    let style = el.style();
    let _ = style.set_property("left", "0");
    let _ = style.set_property("top", "0");
    let _ = style.remove_property("width");
    let natural = (f64::from(el.offset_width()), f64::from(el.offset_height()));
    let spot = place_tooltip(scene, mark, widget_box(el, scene), natural, |w| {
        let _ = style.set_property("width", &px(w));
        f64::from(el.offset_height())
    });
    let _ = match spot.width {
        Some(w) => style.set_property("width", &px(w)),
        None => style.remove_property("width").map(|_| ()),
    };
    let _ = style.set_property("left", &px(spot.x));
    let _ = style.set_property("top", &px(spot.y));
}

/// The tooltip of the figure the reader points at (or the keyboard is on),
/// until Escape. Filled with text nodes (never HTML) and placed, from the
/// scene, where it hides neither the figure it describes nor any value.
#[component]
pub fn Tooltip(
    /// The chart's shared state.
    state: ChartState,
    /// The tooltip's element, which the plot's pointer handlers also read
    /// (moving onto the tooltip keeps it).
    tip: NodeRef<html::Div>,
) -> impl IntoView {
    let title = NodeRef::<html::Strong>::new();
    let lines: [NodeRef<html::Span>; 4] = std::array::from_fn(|_| NodeRef::new());
    let [period, value, share, source] = lines;
    // Only touches the tooltip's own elements: its text and position depend
    // on its measured size, which no signal can know.
    Effect::new(move |_| {
        let Some(el) = tip.get() else {
            return;
        };
        let shown = state.tooltip_figure().and_then(|i| {
            let t = state
                .numbers
                .with_value(|n| reading::point_text(&state.data, i, n, state.lang))?;
            Some((i, t))
        });
        let Some((i, t)) = shown else {
            el.set_hidden(true);
            return;
        };
        if let Some(e) = title.get_untracked() {
            e.set_text_content(Some(&t.destination));
        }
        let source_line = format!("{}{}", state.words().source_prefix, t.source);
        let texts = [
            t.period.as_str(),
            t.value.as_str(),
            t.share.as_deref().unwrap_or(""),
            source_line.as_str(),
        ];
        for (r, s) in lines.iter().zip(texts) {
            if let Some(e) = r.get_untracked() {
                e.set_text_content(Some(s));
            }
        }
        el.set_hidden(false);
        state.scene.with(|s| {
            if let Some(mark) = s.points.iter().find(|m| m.figure == i) {
                place(&el, s, mark);
            }
        });
    });
    view! {
        <div class="kpop-chart__tooltip" id=state.id("tooltip") node_ref=tip hidden=true>
            <strong class="kpop-chart__tooltip-title" node_ref=title></strong>
            <span class="kpop-chart__tooltip-line" node_ref=period></span>
            <span class="kpop-chart__tooltip-value" node_ref=value></span>
            <span class="kpop-chart__tooltip-line" node_ref=share></span>
            <span class="kpop-chart__tooltip-source" node_ref=source></span>
        </div>
    }
}
