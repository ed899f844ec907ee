//! Drawing, written once over plotters' `DrawingBackend`: the browser draws
//! through plotters-canvas, native tests draw the same scene to SVG.

pub mod fallback;

use plotters::coord::Shift;
use plotters::prelude::{
    Circle, DrawingArea, DrawingAreaErrorKind, DrawingBackend, FontDesc, FontStyle, PathElement,
    Polygon, Rectangle, ShapeStyle, Text,
};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, RGBColor};

use crate::model::scene::{Anchor, Baseline, Outline, Rgb, Scene, Shape};

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

/// Renders a scene (in CSS pixels) onto a drawing area whose pixels are
/// `dpr` times smaller, so one backing pixel is one device pixel.
pub fn render<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    scene: &Scene,
    dpr: f64,
    background: Rgb,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let p = |v: f64| (v * dpr).round() as i32;
    let pt = |(x, y): (f64, f64)| (p(x), p(y));
    let stroke = |w: f64| ((w * dpr).round() as u32).max(1);
    area.fill(&rgb(background))?;
    for shape in &scene.shapes {
        match shape {
            Shape::Rect { rect, fill } => {
                area.draw(&Rectangle::new(
                    [(p(rect.x), p(rect.y)), (p(rect.right()), p(rect.bottom()))],
                    rgb(*fill).filled(),
                ))?;
            }
            Shape::Line {
                from,
                to,
                color,
                width,
                dash,
            } => {
                let style = ShapeStyle {
                    color: rgb(*color).to_rgba(),
                    filled: false,
                    stroke_width: stroke(*width),
                };
                let segments = match dash {
                    Some((d, g)) => dash_segments(*from, *to, *d, *g),
                    None => vec![(*from, *to)],
                };
                for (a, b) in segments {
                    area.draw(&PathElement::new(vec![pt(a), pt(b)], style))?;
                }
            }
            Shape::Circle {
                center,
                radius,
                fill,
                stroke: outline,
            } => {
                let r = ((radius * dpr).round() as u32).max(1);
                area.draw(&Circle::new(pt(*center), r, rgb(*fill).filled()))?;
                if let Some(o) = outline {
                    area.draw(&Circle::new(
                        pt(*center),
                        r,
                        rgb(*o).stroke_width(stroke(1.0)),
                    ))?;
                }
            }
            Shape::Frame { rect, color, width } => {
                area.draw(&Rectangle::new(
                    [(p(rect.x), p(rect.y)), (p(rect.right()), p(rect.bottom()))],
                    rgb(*color).stroke_width(stroke(*width)),
                ))?;
            }
            Shape::Marker {
                center,
                kind,
                size,
                fill,
                stroke: outline,
            } => {
                let outline = rgb(*outline).stroke_width(stroke(1.0));
                match kind.outline(*center, *size) {
                    Outline::Disc(r) => {
                        let rr = ((r * dpr).round() as u32).max(1);
                        area.draw(&Circle::new(pt(*center), rr, rgb(*fill).filled()))?;
                        area.draw(&Circle::new(pt(*center), rr, outline))?;
                    }
                    Outline::Polygon(points) => {
                        let points: Vec<(i32, i32)> = points.into_iter().map(pt).collect();
                        area.draw(&Polygon::new(points.clone(), rgb(*fill).filled()))?;
                        let mut ring = points.clone();
                        ring.extend(points.first().copied());
                        area.draw(&PathElement::new(ring, outline))?;
                    }
                }
            }
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
                let style = if *bold {
                    FontStyle::Bold
                } else {
                    FontStyle::Normal
                };
                let font = FontDesc::new(FONT_FAMILY.into(), size * dpr, style);
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
                let style = font.color(&rgb(*color)).pos(Pos::new(h, v));
                area.draw(&Text::new(text.as_str(), pt(*at), style))?;
            }
        }
    }
    area.present()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dashes_cover_the_line_with_gaps() {
        let segs = dash_segments((0.0, 0.0), (20.0, 0.0), 4.0, 2.0);
        assert_eq!(segs.len(), 4);
        assert_eq!(segs[0], ((0.0, 0.0), (4.0, 0.0)));
        assert_eq!(segs[1], ((6.0, 0.0), (10.0, 0.0)));
        assert_eq!(segs[3].1, (20.0, 0.0));
        // A gap that would fall at the very end is closed by a last dash.
        let segs = dash_segments((0.0, 0.0), (5.0, 0.0), 4.0, 3.0);
        assert_eq!(segs.last().unwrap().1, (5.0, 0.0));
        assert_eq!(segs.len(), 2);
        assert_eq!(dash_segments((1.0, 1.0), (1.0, 1.0), 4.0, 2.0).len(), 1);
    }
}
