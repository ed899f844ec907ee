//! The marks a view is composed of, after Observable Plot: each takes the
//! frame's scales, the data it plots and the [`Ink`] it draws with, and
//! pushes shapes. A view is a short sequence of marks, so a new layout is a
//! new composition of the same marks rather than a new drawing routine.
//!
//! Marks draw in the order they are called and each datum's shapes stay
//! together, so a mark called per datum (a bar, a span) keeps its value
//! labels over its own focus frame.

pub mod axis;
pub mod bars;
pub mod labels;
pub mod legend;
pub mod milestones;
pub mod points;
pub mod spans;

use crate::model::scene::{Anchor, Baseline, Rgb, Scene, Shape, TextRole};
use crate::vocab::Lang;

use crate::model::chart::Palette;

/// What every mark draws with and into: the palette, the language of its
/// words, the size of its text, and the scene it adds shapes to.
pub struct Ink<'a> {
    /// The colours.
    pub palette: &'a Palette,
    /// The language of any words a mark writes.
    pub lang: Lang,
    /// The size of axis, name and note text.
    pub font: f64,
    /// The scene shapes go into.
    pub scene: &'a mut Scene,
}

impl Ink<'_> {
    /// Adds a shape on top of those drawn so far.
    pub fn push(&mut self, shape: Shape) {
        self.scene.shapes.push(shape);
    }
}

/// A line of regular-weight text.
fn text(
    at: (f64, f64),
    s: impl Into<String>,
    size: f64,
    color: Rgb,
    anchor: Anchor,
    baseline: Baseline,
    role: TextRole,
) -> Shape {
    Shape::Text {
        at,
        text: s.into(),
        size,
        color,
        anchor,
        baseline,
        bold: false,
        role,
    }
}

/// The same text in bold.
fn bold(mut shape: Shape) -> Shape {
    if let Shape::Text { bold, .. } = &mut shape {
        *bold = true;
    }
    shape
}

/// A straight line.
fn line(
    from: (f64, f64),
    to: (f64, f64),
    color: Rgb,
    width: f64,
    dash: Option<(f64, f64)>,
) -> Shape {
    Shape::Line {
        from,
        to,
        color,
        width,
        dash,
    }
}
