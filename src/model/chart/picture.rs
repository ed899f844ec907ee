//! The picture "Download image" gives: the plot with everything that makes
//! it stand alone once shared (title, subtitle, legend, the milestone key,
//! notes and source line) drawn into it, composed from the same marks and
//! the same plot scene the canvas shows, so the renderer draws it as it
//! draws the canvas.

use crate::data::{Destination, Period};
use crate::model::chart::{build_scene_with, ChartSpec, Palette};
use crate::model::scene::{text_height, Scene, Shape};
use crate::model::text;
use crate::vocab::ChartView;
use crate::words::{words, DestinationWords};

use super::marks::legend::{self, Prose, LEGEND_FONT};
use super::marks::Ink;

/// The picture's margin, in CSS pixels, at a width.
fn margin(width: f64) -> f64 {
    if width < 480.0 {
        12.0
    } else {
        16.0
    }
}

/// A shape moved `dy` pixels down.
fn moved(shape: &Shape, dy: f64) -> Shape {
    let d = |(x, y): (f64, f64)| (x, y + dy);
    let mut s = shape.clone();
    match &mut s {
        Shape::Rect { rect, .. } | Shape::Frame { rect, .. } => rect.y += dy,
        Shape::Line { from, to, .. } => {
            *from = d(*from);
            *to = d(*to);
        }
        Shape::Circle { center, .. } | Shape::Marker { center, .. } => *center = d(*center),
        Shape::Text { at, .. } => *at = d(*at),
    }
    s
}

/// The legend: each series the view draws, then on the timeline each period
/// kind, flowing into rows across `width`. Returns the legend's bottom.
fn legend_rows(ink: &mut Ink<'_>, spec: &ChartSpec, (x0, y0): (f64, f64), width: f64) -> f64 {
    let row = text_height(LEGEND_FONT) + 6.0;
    let (mut x, mut y) = (x0, y0);
    let place = |w: f64, x: &mut f64, y: &mut f64| {
        if *x > x0 && *x + w > x0 + width {
            *x = x0;
            *y += row;
        }
    };
    let series: &[Destination] = spec.view.series(spec.metric);
    for &d in series {
        place(legend::entry_width(12.0, d.name(ink.lang)), &mut x, &mut y);
        x += legend::destination(ink, (x, y), d) + 16.0;
    }
    if spec.view == ChartView::Timeline {
        for (kind, name) in text::period_kinds(&spec.data, ink.lang) {
            place(legend::entry_width(28.0, &name), &mut x, &mut y);
            x += legend::period(ink, (x, y), kind, &name) + 16.0;
        }
    }
    y + row
}

/// The milestone key under the plot: each number the plot drew, its date
/// and what happened. Returns its bottom.
fn key(ink: &mut Ink<'_>, plot: &Scene, (x, y): (f64, f64), width: f64) -> f64 {
    if plot.footnotes.is_empty() {
        return y;
    }
    let heading = Prose {
        size: 12.0,
        bold: true,
        muted: false,
    };
    let mut y = legend::paragraph(
        ink,
        (x, y),
        width,
        words(ink.lang).downloads.key_heading,
        heading,
    );
    let item = Prose {
        size: 11.5,
        bold: false,
        muted: false,
    };
    for f in &plot.footnotes {
        let line = format!("{}. {} {}", f.number, f.date, f.text);
        y = legend::paragraph(ink, (x, y), width, &line, item);
    }
    y
}

/// The picture of `spec`'s view in `palette`, `spec.width` wide: header,
/// legend, the plot at `spec.width` × `spec.height` (without the keyboard's
/// focus mark), the milestone key, the notes and the source line. Its height
/// is what they need; its title tells the story of `compared`, the period
/// the widget compares, as the widget's does. Empty when the plot is too
/// small to draw.
pub fn picture_scene(spec: &ChartSpec, compared: Period, palette: &Palette) -> Scene {
    let plot_spec = ChartSpec {
        focus: None,
        ..*spec
    };
    let plot = build_scene_with(&plot_spec, palette);
    if plot.shapes.is_empty() {
        return Scene::default();
    }
    let (lang, w) = (spec.lang, plot.width);
    let m = margin(w);
    let column = w - 2.0 * m;
    let mut scene = Scene {
        width: w,
        ..Scene::default()
    };
    let mut ink = Ink {
        palette,
        lang,
        font: LEGEND_FONT,
        scene: &mut scene,
    };
    let big = |size, bold| Prose {
        size,
        bold,
        muted: false,
    };
    let small = |size| Prose {
        size,
        bold: false,
        muted: true,
    };
    let title_size = if w < 480.0 { 17.0 } else { 19.0 };
    let mut y = legend::paragraph(
        &mut ink,
        (m, m),
        column,
        &text::title(&spec.data, compared, lang),
        big(title_size, true),
    );
    let subtitle = text::subtitle(spec.view, spec.metric, lang);
    y = legend::paragraph(&mut ink, (m, y + 4.0), column, &subtitle, big(13.5, false));
    y = legend_rows(&mut ink, spec, (m, y + 10.0), column) + 2.0;
    // The plot keeps its own margins: it is the canvas, moved down.
    let top = y;
    ink.scene
        .shapes
        .extend(plot.shapes.iter().map(|s| moved(s, top)));
    y = key(&mut ink, &plot, (m, top + plot.height + 8.0), column);
    if plot.footnotes.is_empty() {
        y = top + plot.height + 4.0;
    }
    for note in text::period_notes(&spec.data, spec.view, spec.metric, lang) {
        y = legend::paragraph(&mut ink, (m, y + 4.0), column, &note, small(11.5));
    }
    let source = text::source_line(&spec.data, spec.view, lang);
    y = legend::paragraph(&mut ink, (m, y + 6.0), column, &source, small(11.0));
    scene.height = (y + m).ceil();
    scene
}

#[cfg(test)]
#[path = "tests/picture.rs"]
mod tests;
