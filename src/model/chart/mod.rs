//! The chart's pure logic: from a view, a metric, the annotation toggle and a
//! size to a [`Scene`]. No browser types: everything here is tested natively.

use crate::data::{self, Destination, Figure, Milestone, Period, PeriodKind, MILESTONES};
use crate::model::annotations::{annotation_layout, row_height, AnnotationItem, AnnotationLayout};
use crate::model::format::{figure_money, figure_share, money_tick, percent_tick};
use crate::model::scale::{nice_ticks, year_ticks, LinearScale};
use crate::model::scene::{
    text_height, text_width, Anchor, Baseline, Footnote, PointMark, Rect, Rgb, Scene, Shape,
    TextRole,
};
use crate::model::vocab::{ChartView, Lang, Metric};
use crate::words::{words, DestinationWords, MilestoneWords};

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

/// Everything that decides what the canvas shows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartSpec {
    /// The view.
    pub view: ChartView,
    /// Dollars or share of the period's total.
    pub metric: Metric,
    /// Whether the milestone annotations are shown.
    pub annotations: bool,
    /// Width in CSS pixels.
    pub width: f64,
    /// Height in CSS pixels.
    pub height: f64,
    /// The figure (index into [`data::FIGURES`]) with keyboard focus, marked
    /// on the chart.
    pub focus: Option<usize>,
    /// The language of the labels.
    pub lang: Lang,
}

/// The chart's colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    /// Canvas background.
    pub background: Rgb,
    /// Main text.
    pub text: Rgb,
    /// Secondary text (ticks, notes).
    pub muted: Rgb,
    /// Gridlines.
    pub grid: Rgb,
    /// Axis baselines.
    pub axis: Rgb,
    /// Milestone labels and markers.
    pub milestone: Rgb,
    /// Milestone rules, lighter so they stay behind the data.
    pub milestone_rule: Rgb,
    /// Text on a milestone marker.
    pub on_milestone: Rgb,
    /// Series colours: all destinations, Japan, the United States, China.
    pub series: [Rgb; 4],
    /// The keyboard focus mark.
    pub focus: Rgb,
}

/// The light palette. Series colours follow the Okabe–Ito colour-blind-safe
/// set, darkened until each reaches 4.5:1 on white so labels in them read.
pub const LIGHT: Palette = Palette {
    background: Rgb(255, 255, 255),
    text: Rgb(26, 26, 26),
    muted: Rgb(89, 89, 89),
    grid: Rgb(228, 228, 228),
    axis: Rgb(120, 120, 120),
    milestone: Rgb(110, 60, 140),
    milestone_rule: Rgb(160, 120, 185),
    on_milestone: Rgb(255, 255, 255),
    series: [
        Rgb(96, 96, 96),
        Rgb(0, 108, 170),
        Rgb(190, 76, 0),
        Rgb(0, 125, 92),
    ],
    focus: Rgb(26, 26, 26),
};

/// The dark palette: the same hues, lightened until text in them reaches
/// 4.5:1 on the dark background.
pub const DARK: Palette = Palette {
    background: Rgb(24, 24, 27),
    text: Rgb(236, 236, 236),
    muted: Rgb(178, 178, 178),
    grid: Rgb(58, 58, 62),
    axis: Rgb(140, 140, 145),
    milestone: Rgb(200, 160, 230),
    milestone_rule: Rgb(140, 110, 165),
    on_milestone: Rgb(24, 24, 27),
    series: [
        Rgb(170, 170, 170),
        Rgb(86, 180, 233),
        Rgb(240, 150, 60),
        Rgb(40, 196, 150),
    ],
    focus: Rgb(255, 255, 255),
};

impl Palette {
    /// A palette of two colours, for forced-colours mode: the system's text
    /// and background colours, with destinations told apart by marker and
    /// label alone.
    pub fn monochrome(foreground: Rgb, background: Rgb) -> Palette {
        Palette {
            background,
            text: foreground,
            muted: foreground,
            grid: foreground,
            axis: foreground,
            milestone: foreground,
            milestone_rule: foreground,
            on_milestone: background,
            series: [foreground; 4],
            focus: foreground,
        }
    }

    /// A destination's marker shape.
    pub fn marker(d: Destination) -> crate::model::scene::MarkerKind {
        use crate::model::scene::MarkerKind;
        match d {
            Destination::All => MarkerKind::Diamond,
            Destination::Japan => MarkerKind::Circle,
            Destination::UnitedStates => MarkerKind::Square,
            Destination::China => MarkerKind::Triangle,
        }
    }

    /// A destination's colour.
    pub fn series_color(&self, d: Destination) -> Rgb {
        self.series[match d {
            Destination::All => 0,
            Destination::Japan => 1,
            Destination::UnitedStates => 2,
            Destination::China => 3,
        }]
    }
}

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

fn metric_label(metric: Metric, f: &Figure) -> Option<String> {
    match metric {
        Metric::Dollars => Some(figure_money(f)),
        Metric::Share => figure_share(f),
    }
}

const PAD: f64 = 8.0;

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

fn bold(shape: Shape) -> Shape {
    match shape {
        Shape::Text {
            at,
            text,
            size,
            color,
            anchor,
            baseline,
            role,
            ..
        } => Shape::Text {
            at,
            text,
            size,
            color,
            anchor,
            baseline,
            bold: true,
            role,
        },
        other => other,
    }
}

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

/// The dash pattern that tells a period's length at a glance.
pub fn period_dash(kind: PeriodKind) -> Option<(f64, f64)> {
    match kind {
        PeriodKind::FullYear => None,
        PeriodKind::FirstHalf => Some((2.0, 3.0)),
        PeriodKind::Partial => Some((7.0, 3.0)),
    }
}

/// Builds the scene for a spec. A size too small to draw anything legible
/// gives an empty scene rather than a broken picture.
pub fn build_scene(spec: &ChartSpec) -> Scene {
    build_scene_with(spec, &LIGHT)
}

/// [`build_scene`] with a chosen palette.
pub fn build_scene_with(spec: &ChartSpec, palette: &Palette) -> Scene {
    let ok = |v: f64| v.is_finite() && v >= 1.0;
    let mut scene = Scene {
        width: if ok(spec.width) { spec.width } else { 0.0 },
        height: if ok(spec.height) { spec.height } else { 0.0 },
        ..Scene::default()
    };
    // Below this there is no room for a legible chart; the HTML table and
    // notes around the canvas still carry every figure.
    if scene.width < 120.0 || scene.height < 120.0 {
        return scene;
    }
    match spec.view {
        ChartView::Snapshot(period) => snapshot(spec, period, palette, &mut scene),
        ChartView::Timeline => timeline(spec, palette, &mut scene),
    }
    scene
}

/// Milestones whose date falls inside `[start, end)` months.
fn milestones_between(start: f64, end: f64) -> Vec<&'static Milestone> {
    MILESTONES
        .iter()
        .filter(|m| {
            let p = m.date.position();
            p >= start && p < end
        })
        .collect()
}

/// Lays out the annotation band for `milestones` between `x` and `x + w`
/// starting at `top`, using as few rows as the labels need (up to
/// `max_rows`). Returns the layout and the band.
// Geometry, fonts and language are independent inputs of one drawing step;
// a struct would only rename them.
#[allow(clippy::too_many_arguments)]
fn band_layout(
    lang: Lang,
    milestones: &[&Milestone],
    xscale: &LinearScale,
    x: f64,
    w: f64,
    top: f64,
    font: f64,
    max_rows: usize,
) -> (AnnotationLayout, Rect) {
    let items: Vec<AnnotationItem<'_>> = milestones
        .iter()
        .map(|m| AnnotationItem {
            x: xscale.map(m.date.position()),
            label: m.label_in(lang),
        })
        .collect();
    let full = Rect::new(x, top, w, row_height(font) * max_rows as f64);
    let mut layout = annotation_layout(&full, &items, &[], font, max_rows);
    // Rows stack up from the band's bottom; drop the unused ones at the top.
    let unused = (max_rows - layout.rows.min(max_rows)) as f64 * row_height(font);
    for p in &mut layout.placed {
        p.rect.y -= unused;
    }
    let band = Rect::new(x, top, w, row_height(font) * layout.rows as f64);
    (layout, band)
}

/// Draws placed annotations: labels beside their rules, or numbered markers
/// with leaders, and records footnotes for the markers.
// Geometry, fonts and language are independent inputs of one drawing step;
// a struct would only rename them.
#[allow(clippy::too_many_arguments)]
fn draw_annotations(
    lang: Lang,
    layout: &AnnotationLayout,
    milestones: &[&Milestone],
    rule_bottom: f64,
    band_bottom: f64,
    font: f64,
    palette: &Palette,
    scene: &mut Scene,
) {
    for p in &layout.placed {
        if layout.numbered {
            let c = (p.rect.x + p.rect.w / 2.0, p.rect.y + p.rect.h / 2.0);
            // A rule at the date up to the band, then a leader to the
            // marker, which may sit aside from its date to make room.
            scene.shapes.push(line(
                (p.x, rule_bottom),
                (p.x, band_bottom),
                palette.milestone_rule,
                1.0,
                Some((3.0, 2.0)),
            ));
            scene.shapes.push(line(
                (p.x, band_bottom),
                (c.0, p.rect.bottom()),
                palette.milestone,
                1.0,
                None,
            ));
            scene.shapes.push(Shape::Circle {
                center: c,
                radius: p.rect.w / 2.0,
                fill: palette.milestone,
                stroke: None,
            });
            scene.shapes.push(bold(text(
                c,
                p.text.clone(),
                font * 0.85,
                palette.on_milestone,
                Anchor::Middle,
                Baseline::Middle,
                TextRole::Annotation,
            )));
        } else {
            scene.shapes.push(line(
                (p.x, rule_bottom),
                (p.x, p.rect.y),
                palette.milestone_rule,
                1.0,
                Some((3.0, 2.0)),
            ));
            scene.shapes.push(text(
                (p.rect.x, p.rect.y),
                p.text.clone(),
                font,
                palette.milestone,
                Anchor::Start,
                Baseline::Top,
                TextRole::Annotation,
            ));
        }
    }
    if layout.numbered {
        scene.footnotes = milestones
            .iter()
            .enumerate()
            .map(|(i, m)| Footnote {
                number: i + 1,
                date: m.date.iso(),
                text: m.label_in(lang).to_string(),
            })
            .collect();
    }
}

/// One period's destinations as labelled bars, with that period's milestones
/// on a small timeline above them.
fn snapshot(spec: &ChartSpec, period: Period, palette: &Palette, scene: &mut Scene) {
    let (w, h) = (scene.width, scene.height);
    let narrow = w < 480.0;
    let value_font = if narrow { 13.0 } else { 15.0 };
    let small = if narrow { 11.5 } else { 12.5 };
    let inner = Rect::new(PAD, PAD, w - 2.0 * PAD, h - 2.0 * PAD);

    let mut top = inner.y;
    if spec.annotations {
        let (start, end) = period.span();
        let xscale = LinearScale::new((start, end), (inner.x, inner.right()));
        let ms = milestones_between(start, end);
        let max_rows = if h >= 340.0 { 3 } else { 2 };
        let (layout, band) = band_layout(
            spec.lang, &ms, &xscale, inner.x, inner.w, top, small, max_rows,
        );
        let axis_y = band.bottom() + 5.0;
        // The period's own months, so each milestone sits at its date.
        scene.shapes.push(line(
            (inner.x, axis_y),
            (inner.right(), axis_y),
            palette.axis,
            1.0,
            None,
        ));
        let month_w = inner.w / f64::from(period.months().max(1));
        for i in 0..period.months() {
            let m0 = start + f64::from(i);
            let x0 = xscale.map(m0);
            scene.shapes.push(line(
                (x0, axis_y),
                (x0, axis_y + 4.0),
                palette.axis,
                1.0,
                None,
            ));
            let month = ((period.start.month as i32 - 1 + i).rem_euclid(12)) as usize;
            let w = words(spec.lang);
            let (abbr, tiny) = (w.months_short[month], w.months_initial[month]);
            let label = if text_width(abbr, small) + 4.0 < month_w {
                abbr
            } else {
                tiny
            };
            scene.shapes.push(text(
                (x0 + month_w / 2.0, axis_y + 5.0),
                label,
                small,
                palette.muted,
                Anchor::Middle,
                Baseline::Top,
                TextRole::Axis,
            ));
        }
        for m in &ms {
            let x = xscale.map(m.date.position());
            scene.shapes.push(Shape::Circle {
                center: (x, axis_y),
                radius: 3.0,
                fill: palette.milestone,
                stroke: None,
            });
        }
        draw_annotations(
            spec.lang,
            &layout,
            &ms,
            axis_y - 3.0,
            band.bottom(),
            small,
            palette,
            scene,
        );
        top = axis_y + 5.0 + text_height(small) + 10.0;
    }

    let name_h = text_height(small) + 6.0;
    let base_y = inner.bottom() - name_h;
    let label_h = text_height(value_font) + text_height(small) + 6.0;
    let bar_top_limit = top + label_h;
    if base_y - bar_top_limit < 10.0 {
        return;
    }
    let figures: Vec<(Destination, Option<(usize, &Figure)>)> = Destination::COUNTRIES
        .iter()
        .map(|&d| {
            (
                d,
                data::figure_index(period, d).map(|i| (i, &data::FIGURES[i])),
            )
        })
        .collect();
    let max = figures
        .iter()
        .filter_map(|(_, f)| f.and_then(|(_, f)| spec.metric.value(f)))
        .fold(0.0_f64, f64::max);
    let yscale = LinearScale::new(
        (0.0, if max > 0.0 { max } else { 1.0 }),
        (base_y, bar_top_limit),
    );
    let cat_w = inner.w / figures.len() as f64;
    let bar_w = (cat_w * 0.62).min(150.0);
    let other = spec.metric.other();
    for (i, (dest, fig)) in figures.iter().enumerate() {
        let cx = inner.x + cat_w * (i as f64 + 0.5);
        let color = palette.series_color(*dest);
        let name = if text_width(dest.name(spec.lang), small) + 6.0 < cat_w {
            dest.name(spec.lang)
        } else {
            dest.short_name(spec.lang)
        };
        scene.shapes.push(text(
            (cx, base_y + 5.0),
            name,
            small,
            palette.text,
            Anchor::Middle,
            Baseline::Top,
            TextRole::Axis,
        ));
        let Some((index, f)) = fig else {
            scene.shapes.push(text(
                (cx, base_y - 4.0),
                words(spec.lang).no_figure,
                small,
                palette.muted,
                Anchor::Middle,
                Baseline::Bottom,
                TextRole::Note,
            ));
            continue;
        };
        let Some(v) = spec.metric.value(f) else {
            continue;
        };
        let y = yscale.map(v);
        let bar = Rect::new(cx - bar_w / 2.0, y, bar_w, base_y - y);
        scene.shapes.push(Shape::Rect {
            rect: bar,
            fill: color,
        });
        if bar.h > 22.0 {
            scene.shapes.push(Shape::Marker {
                center: (cx, y + 11.0),
                kind: Palette::marker(*dest),
                size: 10.0,
                fill: palette.background,
                stroke: palette.background,
            });
        }
        let label_top = y - 4.0 - text_height(small) - text_height(value_font);
        scene.points.push(PointMark {
            figure: *index,
            hit: Rect::new(cx - cat_w / 2.0, label_top, cat_w, base_y - label_top),
            anchor: (cx, label_top),
        });
        if spec.focus == Some(*index) {
            scene.shapes.push(Shape::Frame {
                rect: Rect::new(bar.x, label_top, bar.w, base_y - label_top).inflate(3.0),
                color: palette.focus,
                width: 2.0,
            });
        }
        let primary = metric_label(spec.metric, f).unwrap_or_default();
        let of_total = words(spec.lang).of_total;
        let secondary = metric_label(other, f).map(|s| match other {
            Metric::Share => format!("{s}{of_total}"),
            Metric::Dollars => s,
        });
        scene.shapes.push(bold(text(
            (cx, y - 4.0 - text_height(small)),
            primary,
            value_font,
            palette.text,
            Anchor::Middle,
            Baseline::Bottom,
            TextRole::DataLabel,
        )));
        if let Some(s) = secondary {
            // On a phone "of total" doesn't fit under a narrow bar.
            let s = if text_width(&s, small) + 4.0 > cat_w {
                s.replace(of_total, "")
            } else {
                s
            };
            scene.shapes.push(text(
                (cx, y - 3.0),
                s,
                small,
                palette.muted,
                Anchor::Middle,
                Baseline::Bottom,
                TextRole::DataLabel,
            ));
        }
    }
    scene.shapes.push(line(
        (inner.x, base_y),
        (inner.right(), base_y),
        palette.axis,
        1.0,
        None,
    ));
}

/// The time axis's domain, in months: January 2017 (the first sourced
/// total) to the end of 2025 (the last sourced year).
pub const TIMELINE_DOMAIN: (f64, f64) = (2017.0 * 12.0, 2026.0 * 12.0);

/// The scales and plot area of the timeline for a spec, shared by drawing
/// and by tests that check where each figure was drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineFrame {
    /// The plot area.
    pub plot: Rect,
    /// Months to x.
    pub x: LinearScale,
    /// Metric value to y.
    pub y: LinearScale,
    /// The value ticks.
    pub ticks: Vec<f64>,
    /// The annotation band and its layout, when annotations are on.
    pub band: Option<(Rect, AnnotationLayout)>,
    /// Milestones in the domain.
    pub milestones: Vec<&'static Milestone>,
}

/// Computes the timeline's frame.
pub fn timeline_frame(spec: &ChartSpec) -> TimelineFrame {
    let (w, h) = (spec.width, spec.height);
    let font = if w < 480.0 { 11.5 } else { 12.5 };
    let series = ChartView::Timeline.series(spec.metric);
    let max = data::FIGURES
        .iter()
        .filter(|f| series.contains(&f.destination))
        .filter_map(|f| spec.metric.value(f))
        .fold(0.0_f64, f64::max);
    let tick_label = |v: f64| match spec.metric {
        Metric::Dollars => money_tick(v),
        Metric::Share => percent_tick(v),
    };
    // Ticks depend on the plot's height, which depends on the band: estimate
    // with the full height first; tick count only changes label widths.
    let target = ((h - 60.0) / 48.0).clamp(3.0, 7.0) as usize;
    let ticks = nice_ticks(max, target);
    let left = ticks
        .iter()
        .map(|&t| text_width(&tick_label(t), font))
        .fold(0.0_f64, f64::max)
        + PAD
        + 6.0;
    let right = series
        .iter()
        .map(|d| text_width(d.short_name(spec.lang), font))
        .fold(0.0_f64, f64::max)
        + PAD
        + 8.0;
    let bottom = text_height(font) + PAD + 4.0;
    let plot_x = left;
    let plot_w = (w - left - right).max(1.0);
    let x = LinearScale::new(TIMELINE_DOMAIN, (plot_x, plot_x + plot_w));
    let milestones = milestones_between(TIMELINE_DOMAIN.0, TIMELINE_DOMAIN.1);
    let mut top = PAD + text_height(font) / 2.0;
    let band = spec.annotations.then(|| {
        let max_rows = if h >= 340.0 { 3 } else { 2 };
        let (layout, band) = band_layout(
            spec.lang,
            &milestones,
            &x,
            plot_x,
            plot_w,
            PAD,
            font,
            max_rows,
        );
        top = band.bottom() + 8.0;
        (band, layout)
    });
    let plot = Rect::new(plot_x, top, plot_w, (h - top - bottom).max(1.0));
    let top_value = ticks.last().copied().unwrap_or(1.0);
    let y = LinearScale::new((0.0, top_value), (plot.bottom(), plot.y));
    TimelineFrame {
        plot,
        x,
        y,
        ticks,
        band,
        milestones,
    }
}

/// The span a figure is drawn as on the timeline: from the start of its
/// first month to the end of its last, at its value. Ends are pulled in by a
/// pixel so consecutive years read as separate figures.
pub fn figure_span(
    frame: &TimelineFrame,
    metric: Metric,
    f: &Figure,
) -> Option<((f64, f64), (f64, f64))> {
    let v = metric.value(f)?;
    let (a, b) = f.period.span();
    let y = frame.y.map(v);
    Some(((frame.x.map(a) + 1.0, y), (frame.x.map(b) - 1.0, y)))
}

/// Every sourced period on a time axis: each figure a horizontal span over
/// the months it covers, dashed by period length.
fn timeline(spec: &ChartSpec, palette: &Palette, scene: &mut Scene) {
    let font = if scene.width < 480.0 { 11.5 } else { 12.5 };
    let frame = timeline_frame(spec);
    let plot = frame.plot;
    if plot.w < 40.0 || plot.h < 40.0 {
        return;
    }
    let tick_label = |v: f64| match spec.metric {
        Metric::Dollars => money_tick(v),
        Metric::Share => percent_tick(v),
    };
    for &t in &frame.ticks {
        let y = frame.y.map(t);
        scene.shapes.push(line(
            (plot.x, y),
            (plot.right(), y),
            palette.grid,
            1.0,
            None,
        ));
        scene.shapes.push(text(
            (plot.x - 6.0, y),
            tick_label(t),
            font,
            palette.muted,
            Anchor::End,
            Baseline::Middle,
            TextRole::Axis,
        ));
    }
    let px_per_month = plot.w / (TIMELINE_DOMAIN.1 - TIMELINE_DOMAIN.0);
    let first_year = (TIMELINE_DOMAIN.0 / 12.0) as i32;
    let last_year = (TIMELINE_DOMAIN.1 / 12.0) as i32;
    for year in first_year..=last_year {
        let x = frame.x.map(f64::from(year) * 12.0);
        scene.shapes.push(line(
            (x, plot.bottom()),
            (x, plot.bottom() + 4.0),
            palette.axis,
            1.0,
            None,
        ));
    }
    for year in year_ticks(
        TIMELINE_DOMAIN.0,
        TIMELINE_DOMAIN.1,
        px_per_month,
        text_width("2024", font) + 8.0,
    ) {
        let x = frame.x.map(f64::from(year) * 12.0 + 6.0);
        scene.shapes.push(text(
            (x, plot.bottom() + 5.0),
            year.to_string(),
            font,
            palette.muted,
            Anchor::Middle,
            Baseline::Top,
            TextRole::Axis,
        ));
    }
    scene.shapes.push(line(
        (plot.x, plot.bottom()),
        (plot.right(), plot.bottom()),
        palette.axis,
        1.0,
        None,
    ));

    if spec.metric == Metric::Share {
        // Say why the left of the axis is empty instead of leaving a gap
        // that looks like zero.
        let note = words(spec.lang).no_country_figures;
        let x0 = frame.x.map(TIMELINE_DOMAIN.0);
        let x1 = frame.x.map(2020.0 * 12.0);
        if text_width(note, font) + 8.0 < x1 - x0 {
            scene.shapes.push(text(
                ((x0 + x1) / 2.0, plot.y + plot.h / 2.0),
                note,
                font,
                palette.muted,
                Anchor::Middle,
                Baseline::Middle,
                TextRole::Note,
            ));
        }
    }

    if let Some((band, layout)) = &frame.band {
        draw_annotations(
            spec.lang,
            layout,
            &frame.milestones,
            plot.bottom(),
            band.bottom(),
            font,
            palette,
            scene,
        );
    }

    let series = ChartView::Timeline.series(spec.metric);
    let mut ends: Vec<(Destination, f64)> = Vec::new();
    for &dest in series {
        let color = palette.series_color(dest);
        let width = if dest == Destination::All { 2.0 } else { 3.0 };
        let mut latest: Option<(&Figure, f64)> = None;
        for (index, f) in data::FIGURES
            .iter()
            .enumerate()
            .filter(|(_, f)| f.destination == dest)
        {
            let Some((a, b)) = figure_span(&frame, spec.metric, f) else {
                continue;
            };
            scene
                .shapes
                .push(line(a, b, color, width, period_dash(f.period.kind())));
            for x in [a.0, b.0] {
                scene
                    .shapes
                    .push(line((x, a.1 - 4.0), (x, a.1 + 4.0), color, 1.5, None));
            }
            let mid = ((a.0 + b.0) / 2.0, a.1);
            scene.shapes.push(Shape::Marker {
                center: mid,
                kind: Palette::marker(dest),
                size: 8.0,
                fill: color,
                stroke: palette.background,
            });
            let hit = Rect::new(a.0 - 1.0, a.1 - 7.0, b.0 - a.0 + 2.0, 14.0);
            scene.points.push(PointMark {
                figure: index,
                hit,
                anchor: (mid.0, a.1 - 6.0),
            });
            if spec.focus == Some(index) {
                scene.shapes.push(Shape::Frame {
                    rect: hit.inflate(2.0),
                    color: palette.focus,
                    width: 2.0,
                });
            }
            let later = latest.is_none_or(|(l, _)| {
                (f.period.end, f.period.months()) > (l.period.end, l.period.months())
            });
            if later {
                latest = Some((f, a.1));
            }
        }
        if let Some((_, y)) = latest {
            ends.push((dest, y));
        }
    }

    // Direct labels at the right edge, pushed apart so none overlap.
    let gap = text_height(font) + 1.0;
    // Ends are finite (NaN-free) positions, so a partial order is total here.
    crate::model::small::sort_by_key(&mut ends, |e| e.1);
    let mut ys: Vec<f64> = ends.iter().map(|e| e.1).collect();
    for i in 1..ys.len() {
        ys[i] = ys[i].max(ys[i - 1] + gap);
    }
    let last = ys.len().saturating_sub(1);
    if let Some(y) = ys.get_mut(last) {
        *y = y.min(plot.bottom() - gap / 2.0);
    }
    for i in (0..last).rev() {
        ys[i] = ys[i].min(ys[i + 1] - gap);
    }
    for ((dest, _), y) in ends.iter().zip(ys) {
        scene.shapes.push(bold(text(
            (plot.right() + 6.0, y),
            dest.short_name(spec.lang),
            font,
            palette.series_color(*dest),
            Anchor::Start,
            Baseline::Middle,
            TextRole::DataLabel,
        )));
    }
}

#[cfg(test)]
mod tests;
