//! The marks that make a drawn figure answer to the reader: where the
//! pointer finds it, and the frame keyboard focus puts around it.

use crate::model::scene::{PointMark, Rect, Shape};

use super::Ink;

/// Records where figure `mark.figure` was drawn, for hover, tap and
/// keyboard focus; when it is the `focus`ed figure, frames `frame`.
pub fn target(ink: &mut Ink<'_>, mark: PointMark, focus: Option<usize>, frame: Rect) {
    ink.scene.points.push(mark);
    if focus == Some(mark.figure) {
        let color = ink.palette.focus;
        ink.push(Shape::Frame {
            rect: frame,
            color,
            width: 2.0,
        });
    }
}
