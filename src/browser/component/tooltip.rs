//! The tooltip: the exact figure under the pointer or the keyboard.

use leptos::html;
use leptos::prelude::*;

use super::state::ChartState;
use crate::model::chart::tooltip_position;
use crate::model::reading;

/// The tooltip of the figure the reader points at (or the keyboard is on),
/// until Escape. Filled with text nodes (never HTML) and placed, from the
/// scene's mark for the figure, where it hides nothing it describes.
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
            let (mark, bounds) = state.scene.with(|s| {
                let mark = s.points.iter().find(|m| m.figure == i).copied()?;
                Some((mark, (s.width, s.height)))
            })?;
            let t = state
                .numbers
                .with_value(|n| reading::point_text(i, n, state.lang))?;
            Some((mark, bounds, t))
        });
        let Some((mark, bounds, t)) = shown else {
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
        let size = (f64::from(el.offset_width()), f64::from(el.offset_height()));
        let (x, y) = tooltip_position(mark.anchor, mark.hit, size, bounds);
        let style = web_sys::HtmlElement::style(&el);
        let _ = style.set_property("left", &format!("{x}px"));
        let _ = style.set_property("top", &format!("{y}px"));
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
