//! Where a tooltip goes: clear of the figure it explains and of every
//! value label, as near to just above its figure as there is room: in the
//! plot if it can, else over the widget's header or notes around it;
//! narrower (and so taller) when its own width fits nowhere.

use crate::model::scene::{PointMark, Rect, Scene, Shape, TextRole};

/// The tooltip's margin inside the widget's edges.
const EDGE: f64 = 4.0;

/// The space kept between a tooltip and anything it must not cover, so its
/// border and shadow don't touch them either.
const GAP: f64 = 4.0;

/// How far past a figure's hit area (a bar with its values, across their
/// whole category; a span; a marker; a row's name and value) its drawing
/// may reach: a marker dodged off its track, the keyboard's focus frame.
/// A tooltip leaves all of it visible.
const REACH: f64 = 6.0;

/// The widths, in CSS pixels, a tooltip is narrowed to in turn when it
/// fits nowhere at its own: narrower and taller, it fits beside a tall bar
/// in a phone's chart or between two rows where a wide one can't.
pub const NARROWER_WIDTHS: [f64; 4] = [200.0, 170.0, 140.0, 120.0];

/// Where a tooltip goes, in the plot's CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TooltipPlace {
    /// Its left edge.
    pub x: f64,
    /// Its top edge.
    pub y: f64,
    /// The width it takes when narrower than its own, else `None`.
    pub width: Option<f64>,
}

/// `v` kept within `lo..=hi` (`lo` when the range is empty). Not
/// `f64::clamp`, whose check for an empty range brings panic code into the
/// wasm.
fn within(v: f64, lo: f64, hi: f64) -> f64 {
    v.min(hi).max(lo)
}

/// Every value label's box (the figures written on the chart, and the
/// series' names at their ends), grown by `grow`. A label that goes on
/// the line of the one before (a row's name and its value) is merged with
/// it: fewer boxes to try places against.
pub fn value_label_boxes(scene: &Scene, grow: f64) -> Vec<Rect> {
    let mut boxes: Vec<Rect> = Vec::new();
    for shape in &scene.shapes {
        let Shape::Text {
            role: TextRole::DataLabel,
            ..
        } = shape
        else {
            continue;
        };
        let Some(b) = shape.text_box().map(|b| b.inflate(grow)) else {
            continue;
        };
        match boxes.last_mut() {
            Some(last) if last.y == b.y && last.h == b.h && b.x <= last.right() => {
                last.w = b.right() - last.x;
            }
            _ => boxes.push(b),
        }
    }
    boxes
}

/// How much more covering any of the figure weighs than covering labels:
/// more than a tooltip's whole area for the smallest overlap counted.
const FIGURE_WEIGHT: f64 = 1e10;

/// The area two rectangles share, counted from a hundredth of a pixel each
/// way: places computed from an edge land on it only to within rounding.
fn overlap_area(a: &Rect, b: &Rect) -> f64 {
    let w = a.right().min(b.right()) - a.x.max(b.x);
    let h = a.bottom().min(b.bottom()) - a.y.max(b.y);
    if w > 0.01 && h > 0.01 {
        w * h
    } else {
        0.0
    }
}

/// A place for a tooltip: its top-left corner, what it covers (the area
/// of value labels, plus the figure's at [`FIGURE_WEIGHT`]) and its
/// squared distance from the ideal place.
#[derive(Debug, Clone, Copy)]
struct Spot {
    at: (f64, f64),
    cover: f64,
    dist: f64,
}

impl Spot {
    /// Whether it is better than `other`: covers less, or as little and is
    /// nearer.
    fn beats(&self, other: &Spot) -> bool {
        self.cover < other.cover || (self.cover == other.cover && self.dist < other.dist)
    }
}

/// The best place in `room` for a `(w, h)` tooltip aiming at `ideal`,
/// kept clear of `figure` and `labels` (each grown by the gap kept): the
/// nearest that covers nothing, else the one covering least. Tops that
/// keep it within `searched` (a band already searched) are left out. A
/// clear place can slide sideways to `ideal`'s left, or up or down to its
/// top, until it meets an edge of the room or of something kept clear, so
/// only those lefts and tops are tried; once one is clear, tops further
/// off than it are skipped.
fn best_spot(
    (figure, labels): (Rect, &[Rect]),
    room: Rect,
    searched: Option<(f64, f64)>,
    (w, h): (f64, f64),
    ideal: (f64, f64),
) -> Spot {
    let (x_max, y_max) = (room.right() - w, room.bottom() - h);
    let mut ys = vec![ideal.1, room.y, y_max, figure.bottom(), figure.y - h];
    for o in labels {
        ys.push(o.bottom());
        ys.push(o.y - h);
    }
    let mut best = Spot {
        at: (room.x, room.y),
        cover: f64::INFINITY,
        dist: 0.0,
    };
    let mut level: Vec<Rect> = Vec::new();
    for y in ys {
        let y = within(y, room.y, y_max);
        let dy = (y - ideal.1) * (y - ideal.1);
        let done = searched.is_some_and(|(top, bottom)| y >= top && y + h <= bottom);
        if done || (best.cover == 0.0 && dy >= best.dist) {
            continue;
        }
        // Only labels level with this top can be covered or met.
        level.clear();
        level.extend(labels.iter().filter(|o| o.y < y + h && o.bottom() > y));
        let mut xs = vec![ideal.0, room.x, x_max, figure.right(), figure.x - w];
        for o in &level {
            xs.push(o.right());
            xs.push(o.x - w);
        }
        for x in xs {
            let x = within(x, room.x, x_max);
            let tip = Rect::new(x, y, w, h);
            let mut spot = Spot {
                at: (x, y),
                cover: overlap_area(&tip, &figure) * FIGURE_WEIGHT,
                dist: (x - ideal.0) * (x - ideal.0) + dy,
            };
            for o in &level {
                // Already no better than the best: the rest can't help.
                if !spot.beats(&best) {
                    break;
                }
                spot.cover += overlap_area(&tip, o);
            }
            if spot.beats(&best) {
                best = spot;
            }
        }
    }
    best
}

/// Where the tooltip for `mark` goes in `scene`'s plot, given its own
/// size `natural` and `height_at`, its height at a narrower width; `widget`
/// is the whole widget's box in the plot's pixels. Just above the figure,
/// centred on it, when that is clear; else the nearest clear place in the
/// plot (beside, below, or further off); else in the widget above or below
/// the plot (over the legend, or the notes), as wide as the plot; else the
/// same at each of [`NARROWER_WIDTHS`]; else, at whichever width, the
/// place that covers the least of the figure, then of the labels. Always 4
/// px inside the widget when the tooltip fits in it.
///
/// ```
/// use kpop_exports_chart::chart::{build_scene, place_tooltip, ChartSpec};
/// use kpop_exports_chart::scene::Rect;
/// use kpop_exports_chart::{ChartView, Lang, Metric};
/// use kpop_exports_chart::data::EMBEDDED;
/// let spec = ChartSpec { data: EMBEDDED, view: ChartView::Snapshot(EMBEDDED.default_period),
///     metric: Metric::Dollars, annotations: false, width: 1024.0, height: 480.0, focus: None,
///     lang: Lang::En };
/// let scene = build_scene(&spec);
/// let widget = Rect::new(0.0, -150.0, 1024.0, 800.0);
/// let us = scene.points[1];
/// let place = place_tooltip(&scene, &us, widget, (220.0, 110.0), |_| 110.0);
/// assert!(place.y + 110.0 < us.anchor.1, "above the US bar's value");
/// assert_eq!(place.width, None);
/// ```
pub fn place_tooltip(
    scene: &Scene,
    mark: &PointMark,
    widget: Rect,
    natural: (f64, f64),
    mut height_at: impl FnMut(f64) -> f64,
) -> TooltipPlace {
    let figure = mark.hit.inflate(REACH + GAP);
    let labels = value_label_boxes(scene, GAP);
    let keep = (figure, labels.as_slice());
    let plot = Rect::new(0.0, 0.0, scene.width, scene.height).inflate(-EDGE);
    let widget = widget.inflate(-EDGE);
    let around = Rect::new(plot.x, widget.y, plot.w, widget.h);
    let top = figure.y.min(mark.anchor.1 - GAP);
    let mut least = (
        Spot {
            at: (around.x, around.y),
            cover: f64::INFINITY,
            dist: 0.0,
        },
        None,
    );
    let mut width = None;
    loop {
        let (w, h) = width.map_or(natural, |w| (w, height_at(w)));
        let ideal = (mark.anchor.0 - w / 2.0, top - h);
        let mut spot = best_spot(keep, plot, None, (w, h), ideal);
        if spot.cover > 0.0 {
            // The plot's own band is searched already.
            let searched = Some((plot.y, plot.bottom()));
            let outside = best_spot(keep, around, searched, (w, h), ideal);
            if outside.beats(&spot) {
                spot = outside;
            }
        }
        if spot.beats(&least.0) {
            least = (spot, width);
        }
        let narrower = NARROWER_WIDTHS.into_iter().find(|&n| n < w);
        if spot.cover == 0.0 || narrower.is_none() {
            break;
        }
        width = narrower;
    }
    let (Spot { at: (x, y), .. }, width) = least;
    TooltipPlace { x, y, width }
}

#[cfg(test)]
#[path = "tests/tooltip.rs"]
mod tests;
