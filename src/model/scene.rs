//! A chart as a list of shapes in CSS pixels: what the pure logic produces and
//! the drawing ring renders, on a canvas or into SVG.

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// An axis-aligned rectangle in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
}

impl Rect {
    /// A rectangle from its left, top, width and height.
    pub fn new(x: f64, y: f64, w: f64, h: f64) -> Self {
        Rect { x, y, w, h }
    }

    /// Right edge.
    pub fn right(&self) -> f64 {
        self.x + self.w
    }

    /// Bottom edge.
    pub fn bottom(&self) -> f64 {
        self.y + self.h
    }

    /// Whether the two rectangles share any area (touching edges don't count).
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right()
            && other.x < self.right()
            && self.y < other.bottom()
            && other.y < self.bottom()
    }

    /// Whether `other` lies entirely inside this rectangle.
    pub fn contains(&self, other: &Rect) -> bool {
        other.x >= self.x - 1e-9
            && other.y >= self.y - 1e-9
            && other.right() <= self.right() + 1e-9
            && other.bottom() <= self.bottom() + 1e-9
    }

    /// The rectangle grown by `d` on every side.
    pub fn inflate(&self, d: f64) -> Rect {
        Rect::new(self.x - d, self.y - d, self.w + 2.0 * d, self.h + 2.0 * d)
    }
}

/// Horizontal alignment of text relative to its anchor point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// The text starts at the point.
    Start,
    /// The text is centred on the point.
    Middle,
    /// The text ends at the point.
    End,
}

/// Vertical alignment of text relative to its anchor point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Baseline {
    /// The point is the text's top.
    Top,
    /// The point is the text's middle.
    Middle,
    /// The point is the text's bottom.
    Bottom,
}

/// What a piece of text is, so tests can find it and layout can avoid it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextRole {
    /// An axis tick label.
    Axis,
    /// A data value or a series name next to its data.
    DataLabel,
    /// A milestone label, or a milestone's number.
    Annotation,
    /// Any other note drawn in the plot.
    Note,
}

/// The shape that marks a destination's data, so destinations are told apart
/// by more than colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkerKind {
    /// A disc.
    Circle,
    /// A square.
    Square,
    /// A triangle pointing up.
    Triangle,
    /// A diamond.
    Diamond,
}

/// A marker's outline: the one geometry of each marker shape, which the
/// canvas, the SVG tests, the legend and the static fallback all draw.
#[derive(Debug, Clone, PartialEq)]
pub enum Outline {
    /// A disc of this radius around the centre.
    Disc(f64),
    /// A closed polygon through these points.
    Polygon(Vec<(f64, f64)>),
}

impl MarkerKind {
    /// The marker's outline centred at `(cx, cy)` in a box `size` wide and
    /// tall. The square is drawn smaller than its box so that it looks as
    /// large as the disc beside it; the triangle sits a little low so that
    /// its centre of mass is the centre.
    pub fn outline(self, (cx, cy): (f64, f64), size: f64) -> Outline {
        let r = size / 2.0;
        match self {
            MarkerKind::Circle => Outline::Disc(r),
            MarkerKind::Square => {
                let r = r * 0.85;
                Outline::Polygon(vec![
                    (cx - r, cy - r),
                    (cx + r, cy - r),
                    (cx + r, cy + r),
                    (cx - r, cy + r),
                ])
            }
            MarkerKind::Triangle => Outline::Polygon(vec![
                (cx, cy - r),
                (cx + r, cy + r * 0.8),
                (cx - r, cy + r * 0.8),
            ]),
            MarkerKind::Diamond => {
                Outline::Polygon(vec![(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)])
            }
        }
    }
}

/// One thing to draw.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// A filled rectangle.
    Rect {
        /// Where.
        rect: Rect,
        /// Fill colour.
        fill: Rgb,
    },
    /// A straight line, solid or dashed.
    Line {
        /// Start point.
        from: (f64, f64),
        /// End point.
        to: (f64, f64),
        /// Stroke colour.
        color: Rgb,
        /// Stroke width.
        width: f64,
        /// Dash and gap lengths, or `None` for solid.
        dash: Option<(f64, f64)>,
    },
    /// A filled circle with an optional outline.
    Circle {
        /// Centre.
        center: (f64, f64),
        /// Radius.
        radius: f64,
        /// Fill colour.
        fill: Rgb,
        /// Outline colour.
        stroke: Option<Rgb>,
    },
    /// A rectangle's outline (the keyboard focus mark).
    Frame {
        /// Where.
        rect: Rect,
        /// Stroke colour.
        color: Rgb,
        /// Stroke width.
        width: f64,
    },
    /// A destination's marker.
    Marker {
        /// Centre.
        center: (f64, f64),
        /// Which shape.
        kind: MarkerKind,
        /// Width and height of its box.
        size: f64,
        /// Fill colour.
        fill: Rgb,
        /// Outline colour, to set it off from lines behind it.
        stroke: Rgb,
    },
    /// A line of text.
    Text {
        /// The anchor point.
        at: (f64, f64),
        /// The text.
        text: String,
        /// Font size in CSS pixels.
        size: f64,
        /// Colour.
        color: Rgb,
        /// Horizontal alignment.
        anchor: Anchor,
        /// Vertical alignment.
        baseline: Baseline,
        /// Bold weight.
        bold: bool,
        /// What the text is.
        role: TextRole,
    },
}

impl Shape {
    /// The box a text shape occupies (estimated with [`text_width`]).
    pub fn text_box(&self) -> Option<Rect> {
        match self {
            Shape::Text {
                at,
                text,
                size,
                anchor,
                baseline,
                ..
            } => Some(text_rect(*at, text, *size, *anchor, *baseline)),
            _ => None,
        }
    }
}

/// The box of a line of text placed at `at` with the given alignment.
pub fn text_rect(
    at: (f64, f64),
    text: &str,
    size: f64,
    anchor: Anchor,
    baseline: Baseline,
) -> Rect {
    let w = text_width(text, size);
    let h = text_height(size);
    let x = match anchor {
        Anchor::Start => at.0,
        Anchor::Middle => at.0 - w / 2.0,
        Anchor::End => at.0 - w,
    };
    let y = match baseline {
        Baseline::Top => at.1,
        Baseline::Middle => at.1 - h / 2.0,
        Baseline::Bottom => at.1 - h,
    };
    Rect::new(x, y, w, h)
}

/// The height a line of text occupies.
pub fn text_height(size: f64) -> f64 {
    size * 1.2
}

/// A deliberately generous estimate of a text's width in a sans-serif font,
/// so layout computed without a browser never lets real text collide. The
/// per-character widths are Arial's, widened by 10% to cover DejaVu Sans,
/// the fallback on Linux.
pub fn text_width(text: &str, size: f64) -> f64 {
    let em: f64 = text
        .chars()
        .map(|c| match c {
            'i' | 'l' | 'j' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' => 0.28,
            ' ' | 'f' | 't' | 'r' | 'I' | '(' | ')' | '-' | '“' | '”' => 0.36,
            'm' | 'w' => 0.84,
            'M' | 'W' | '%' => 0.9,
            '–' | '—' => 0.6,
            '≈' | '$' | '0'..='9' => 0.58,
            'A'..='Z' => 0.7,
            'a'..='z' => 0.57,
            c if c.is_ascii() => 0.6,
            // Hangul, kana and ideographs are full width.
            _ => 1.0,
        })
        .sum();
    em * size * 1.1
}

/// Everything the canvas shows, in CSS pixels, plus the notes that go below it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scene {
    /// Width in CSS pixels.
    pub width: f64,
    /// Height in CSS pixels.
    pub height: f64,
    /// The shapes, back to front.
    pub shapes: Vec<Shape>,
    /// Milestones shown as numbered markers, explained below the plot.
    pub footnotes: Vec<Footnote>,
    /// Where each drawn figure is, for hover, tap and keyboard focus.
    pub points: Vec<PointMark>,
}

/// Where a figure was drawn: the area that answers to the pointer, and the
/// point a tooltip or focus mark attaches to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PointMark {
    /// Index of the figure in the dataset's figures
    /// ([`crate::data::Dataset::figures`]).
    pub figure: usize,
    /// The area that counts as pointing at this figure.
    pub hit: Rect,
    /// The top-centre of the drawn value: tooltips sit above or below it.
    pub anchor: (f64, f64),
}

impl Scene {
    /// The figure under a pointer at `(x, y)`: the nearest whose hit area
    /// contains the point.
    pub fn point_at(&self, x: f64, y: f64) -> Option<&PointMark> {
        self.points
            .iter()
            .filter(|p| x >= p.hit.x && x <= p.hit.right() && y >= p.hit.y && y <= p.hit.bottom())
            .min_by(|a, b| {
                let d = |p: &PointMark| (p.anchor.1 - y).abs();
                d(a).total_cmp(&d(b))
            })
    }

    /// The text shapes of a role, with their boxes.
    pub fn texts(&self, role: TextRole) -> Vec<(&str, Rect)> {
        self.shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Text { text, role: r, .. } if *r == role => {
                    Some((text.as_str(), s.text_box()?))
                }
                _ => None,
            })
            .collect()
    }
}

/// A milestone drawn as a number, with the text that explains it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Footnote {
    /// The number drawn on the chart.
    pub number: usize,
    /// The milestone's date, `2023-04-03`.
    pub date: String,
    /// The milestone's label.
    pub text: String,
}

#[cfg(test)]
#[path = "tests/scene.rs"]
mod tests;
