//! A scene drawn onto a canvas element: the one place the browser sizes a
//! canvas's backing store and hands it to the renderer, for the plot on the
//! page and the downloaded image alike.

use plotters::prelude::{DrawingAreaErrorKind, DrawingBackend, IntoDrawingArea};
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

use crate::model::chart::backing_size;
use crate::model::scene::{Rgb, Scene};
use crate::render::render;

/// Why a scene is not (wholly) on the canvas. Each caller words its own
/// console error, or none: the browser tests read them word for word.
pub enum DrawError {
    /// The canvas gave no 2D context to draw with.
    NoContext,
    /// The renderer stopped part-way.
    Render(DrawingAreaErrorKind<<CanvasBackend as DrawingBackend>::ErrorType>),
}

/// Sizes `canvas`'s backing store to `scene` at `dpr` device pixels per CSS
/// pixel and draws the scene on it over `background`. A canvas with no
/// pixels (a box not laid out yet) is left undrawn, which is no error.
///
/// ```ignore
/// if let Err(DrawError::Render(e)) = draw_scene(&canvas, &scene, 2.0, LIGHT.background) {
///     log_error(&format!("drawing failed: {e}"));
/// }
/// ```
///
/// See also [`crate::render::render`], which draws the same scene to SVG in
/// the native tests.
pub fn draw_scene(
    canvas: &HtmlCanvasElement,
    scene: &Scene,
    dpr: f64,
    background: Rgb,
) -> Result<(), DrawError> {
    let (w, h) = backing_size(scene.width, scene.height, dpr);
    // Assigning width clears the canvas even when unchanged: only on change.
    if canvas.width() != w {
        canvas.set_width(w);
    }
    if canvas.height() != h {
        canvas.set_height(h);
    }
    if w == 0 || h == 0 {
        return Ok(());
    }
    let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or(DrawError::NoContext)?;
    render(&backend.into_drawing_area(), scene, dpr, background).map_err(DrawError::Render)
}
