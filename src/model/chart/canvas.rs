//! The canvas element around the scene: its backing store's size in device
//! pixels, and where a tooltip goes inside it.

use crate::model::scene::Rect;

/// The canvas's backing-store size for a CSS size and a device pixel ratio:
/// one backing pixel per device pixel, so the chart is sharp at any ratio.
///
/// ```
/// use kpop_exports_chart::chart::backing_size;
/// assert_eq!(backing_size(375.0, 300.0, 2.0), (750, 600));
/// ```
pub fn backing_size(width: f64, height: f64, dpr: f64) -> (u32, u32) {
    let dpr = sanitize_dpr(dpr);
    let px = |v: f64| {
        if v.is_finite() && v > 0.0 {
            // At most 16384 device pixels: beyond that browsers refuse the canvas.
            (v * dpr).round().min(16_384.0) as u32
        } else {
            0
        }
    };
    (px(width), px(height))
}

/// A usable device pixel ratio: browsers report odd values under zoom, and
/// a hostile page could report anything.
pub fn sanitize_dpr(dpr: f64) -> f64 {
    if dpr.is_finite() && dpr > 0.0 {
        dpr.clamp(0.25, 8.0)
    } else {
        1.0
    }
}

/// Where a tooltip of size `(w, h)` goes for a figure drawn in `hit` with its
/// anchor at `anchor`, inside a box of `(box_w, box_h)`: above the figure if
/// it fits, else below it, else beside it, so it never hides the figure it
/// describes; always inside the box, whose width can be as little as 280 px.
pub fn tooltip_position(
    anchor: (f64, f64),
    hit: Rect,
    size: (f64, f64),
    box_size: (f64, f64),
) -> (f64, f64) {
    const GAP: f64 = 8.0;
    const EDGE: f64 = 4.0;
    // A bar's value and share labels run this far below its anchor.
    const LABEL_CLEARANCE: f64 = 40.0;
    let (w, h) = size;
    let (bw, bh) = box_size;
    let x = (anchor.0 - w / 2.0).clamp(EDGE, (bw - w - EDGE).max(EDGE));
    if anchor.1 - GAP - h >= EDGE {
        return (x, anchor.1 - GAP - h);
    }
    if hit.bottom() + GAP + h <= bh - EDGE {
        return (x, hit.bottom() + GAP);
    }
    let y = (anchor.1).clamp(EDGE, (bh - h - EDGE).max(EDGE));
    if hit.right() + GAP + w <= bw - EDGE {
        return (hit.right() + GAP, y);
    }
    if hit.x - GAP - w >= EDGE {
        return (hit.x - GAP - w, y);
    }
    // A tall bar in a narrow chart: over the bar's body, below its value
    // label, so the value it describes stays readable.
    let below_label = anchor.1 + LABEL_CLEARANCE;
    if below_label + h <= bh - EDGE {
        return (x, below_label);
    }
    // Nowhere clear: the top-left corner, which the reader can dismiss.
    (EDGE, EDGE)
}
