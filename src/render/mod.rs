//! Drawing, written once over plotters' `DrawingBackend`: the browser draws
//! through plotters-canvas, native tests draw the same scene to SVG. Beside
//! it, what the page around the canvas is drawn from: the markup the
//! component and the static fallback share, and the palettes as CSS.

pub mod fallback;
// Native only: the stylesheet's colours are written before any build, and
// the wasm has no use for them.
#[cfg(not(target_arch = "wasm32"))]
pub mod page_css;

use plotters::coord::Shift;
use plotters::prelude::{
    Circle, DrawingArea, DrawingAreaErrorKind, DrawingBackend, FontDesc, FontStyle, PathElement,
    Polygon, Rectangle, ShapeStyle, Text, TextStyle,
};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, FontFamily, RGBColor};

use crate::model::scene::{Anchor, Baseline, Outline, Rect, Rgb, Scene, Shape};

/// The font stack the canvas uses (and the layout's width estimate assumes).
// Korean faces follow the Latin ones: each glyph takes the first face that has it.
pub const FONT_FAMILY: &str =
    "Helvetica, Arial, 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans KR', NanumGothic, sans-serif";

fn rgb(c: Rgb) -> RGBColor {
    RGBColor(c.0, c.1, c.2)
}

/// Splits a line into the segments of a dash pattern. Drawn as separate
/// segments because backends differ in dash support.
pub fn dash_segments(
    from: (f64, f64),
    to: (f64, f64),
    dash: f64,
    gap: f64,
) -> Vec<((f64, f64), (f64, f64))> {
    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
    let len = (dx * dx + dy * dy).sqrt();
    if len <= 0.0 || dash <= 0.0 || !len.is_finite() {
        return vec![(from, to)];
    }
    let (ux, uy) = (dx / len, dy / len);
    let mut out = Vec::new();
    let mut t = 0.0;
    while t < len {
        let e = (t + dash).min(len);
        out.push((
            (from.0 + ux * t, from.1 + uy * t),
            (from.0 + ux * e, from.1 + uy * e),
        ));
        t = e + gap.max(0.5);
    }
    // End on ink, so a dashed span visibly reaches its period's last day.
    if let Some(last) = out.last_mut() {
        if last.1 != to {
            let tail = dash.min(len);
            out.push(((to.0 - ux * tail, to.1 - uy * tail), to));
        }
    }
    out
}

/// The conversion from CSS pixels to backing pixels at a device pixel
/// ratio, rounded to whole pixels as every backend wants them.
#[derive(Clone, Copy)]
struct Px(f64);

impl Px {
    /// A coordinate.
    fn at(self, v: f64) -> i32 {
        (v * self.0).round() as i32
    }

    /// A point.
    fn pt(self, (x, y): (f64, f64)) -> (i32, i32) {
        (self.at(x), self.at(y))
    }

    /// A rectangle's top-left and bottom-right corners.
    fn corners(self, rect: &Rect) -> [(i32, i32); 2] {
        [
            (self.at(rect.x), self.at(rect.y)),
            (self.at(rect.right()), self.at(rect.bottom())),
        ]
    }

    /// A length that must stay visible (a stroke width, a radius): at least
    /// one pixel.
    fn len(self, v: f64) -> u32 {
        ((v * self.0).round() as u32).max(1)
    }
}

/// What drawing one shape may fail with.
type Drawn<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// Renders a scene (in CSS pixels) onto a drawing area whose pixels are
/// `dpr` times smaller, so one backing pixel is one device pixel.
pub fn render<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    scene: &Scene,
    dpr: f64,
    background: Rgb,
) -> Drawn<DB> {
    area.fill(&rgb(background))?;
    for shape in &scene.shapes {
        draw_shape(area, Px(dpr), shape)?;
    }
    area.present()
}

/// Draws one shape.
fn draw_shape<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    px: Px,
    shape: &Shape,
) -> Drawn<DB> {
    match shape {
        Shape::Rect { rect, fill } => {
            area.draw(&Rectangle::new(px.corners(rect), rgb(*fill).filled()))
        }
        Shape::Line {
            from,
            to,
            color,
            width,
            dash,
        } => draw_line(area, px, (*from, *to), (*color, *width), *dash),
        Shape::Circle {
            center,
            radius,
            fill,
            stroke,
        } => draw_circle(area, px, *center, *radius, *fill, *stroke),
        Shape::Frame { rect, color, width } => area.draw(&Rectangle::new(
            px.corners(rect),
            rgb(*color).stroke_width(px.len(*width)),
        )),
        Shape::Marker {
            center,
            kind,
            size,
            fill,
            stroke,
        } => draw_marker(
            area,
            px,
            kind.outline(*center, *size),
            *center,
            *fill,
            *stroke,
        ),
        Shape::Text {
            at,
            text,
            size,
            color,
            anchor,
            baseline,
            bold,
            ..
        } => {
            let style = text_style(*size * px.0, *bold, *color, (*anchor, *baseline));
            area.draw(&Text::new(text.as_str(), px.pt(*at), style))
        }
    }
}

/// A line, solid or as its dash pattern's segments.
fn draw_line<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    px: Px,
    (from, to): ((f64, f64), (f64, f64)),
    (color, width): (Rgb, f64),
    dash: Option<(f64, f64)>,
) -> Drawn<DB> {
    let style = ShapeStyle {
        color: rgb(color).to_rgba(),
        filled: false,
        stroke_width: px.len(width),
    };
    let segments = match dash {
        Some((d, g)) => dash_segments(from, to, d, g),
        None => vec![(from, to)],
    };
    for (a, b) in segments {
        area.draw(&PathElement::new(vec![px.pt(a), px.pt(b)], style))?;
    }
    Ok(())
}

/// A filled circle, outlined when it has an outline colour.
fn draw_circle<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    px: Px,
    center: (f64, f64),
    radius: f64,
    fill: Rgb,
    outline: Option<Rgb>,
) -> Drawn<DB> {
    let r = px.len(radius);
    area.draw(&Circle::new(px.pt(center), r, rgb(fill).filled()))?;
    if let Some(o) = outline {
        area.draw(&Circle::new(
            px.pt(center),
            r,
            rgb(o).stroke_width(px.len(1.0)),
        ))?;
    }
    Ok(())
}

/// A destination's marker: its outline filled, then stroked.
fn draw_marker<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    px: Px,
    shape: Outline,
    center: (f64, f64),
    fill: Rgb,
    stroke: Rgb,
) -> Drawn<DB> {
    let outline = rgb(stroke).stroke_width(px.len(1.0));
    match shape {
        Outline::Disc(r) => {
            let r = px.len(r);
            area.draw(&Circle::new(px.pt(center), r, rgb(fill).filled()))?;
            area.draw(&Circle::new(px.pt(center), r, outline))
        }
        Outline::Polygon(points) => {
            let points: Vec<(i32, i32)> = points.into_iter().map(|p| px.pt(p)).collect();
            area.draw(&Polygon::new(points.clone(), rgb(fill).filled()))?;
            let mut ring = points.clone();
            ring.extend(points.first().copied());
            area.draw(&PathElement::new(ring, outline))
        }
    }
}

/// The style of a text of `size` backing pixels, aligned to its anchor
/// point as the scene says.
fn text_style(
    size: f64,
    bold: bool,
    color: Rgb,
    (anchor, baseline): (Anchor, Baseline),
) -> TextStyle<'static> {
    let style = if bold {
        FontStyle::Bold
    } else {
        FontStyle::Normal
    };
    let h = match anchor {
        Anchor::Start => HPos::Left,
        Anchor::Middle => HPos::Center,
        Anchor::End => HPos::Right,
    };
    let v = match baseline {
        Baseline::Top => VPos::Top,
        Baseline::Middle => VPos::Center,
        Baseline::Bottom => VPos::Bottom,
    };
    // Named directly: plotters' `From<&str>` lower-cases the name to look
    // for "serif" and the like, which brings the standard library's Unicode
    // case tables (about 10 KB gzip) into the wasm.
    let font = FontDesc::new(FontFamily::Name(FONT_FAMILY), size, style);
    font.color(&rgb(color)).pos(Pos::new(h, v))
}

#[cfg(test)]
#[path = "tests/mod.rs"]
mod tests;
