//! The canvas element around the scene: its backing store's size in device
//! pixels, and the height of the box it fills.

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

/// The plot box's height, in CSS pixels, at a width: the stylesheet's
/// `clamp(320px, 60cqw, 480px)` for `.kpop-chart__plot` (the chart is its
/// own size container), so the scene is drawn at the height the box has
/// without reading it back from the page. A view drawn as rows takes the
/// height its rows need instead.
///
/// ```
/// use kpop_exports_chart::chart::plot_box_height;
/// assert_eq!(plot_box_height(375.0), 320.0);
/// assert_eq!(plot_box_height(700.0), 420.0);
/// assert_eq!(plot_box_height(1600.0), 480.0);
/// ```
pub fn plot_box_height(width: f64) -> f64 {
    (width * 0.6).clamp(320.0, 480.0)
}

#[cfg(test)]
#[path = "tests/canvas.rs"]
mod tests;
