//! The frames marks draw in: for each view, its plot area, its scales and
//! its milestone band, computed once from the spec so every mark of a view
//! (and every test checking where a figure was drawn) agrees on them.

use crate::data::{Dataset, Destination, Figure, Milestone, Period, YearMonth};
use crate::model::annotations::{annotation_layout, tier_height, AnnotationItem, AnnotationLayout};
use crate::model::format::{money_tick, percent_tick};
use crate::model::scale::{nice_ticks, LinearScale};
use crate::model::scene::{text_height, text_width, PointMark, Rect};
use crate::vocab::{ChartView, Lang, Metric};
use crate::words::{DestinationWords, MilestoneWords};

use super::bar_labels::BarLabels;
use super::ChartSpec;

/// The margin between the canvas's edge and anything drawn.
pub const PAD: f64 = 8.0;

/// The widest canvas, in CSS pixels, that draws every period as rows (the
/// phone layout) rather than on a time axis. At 560 px the time axis has
/// about 440 px for the shipped data's nine years, 4 px a month: a first half is 25 px, so
/// 2022 and its first eleven months, or the two 2023 figures, sit on top of
/// each other, and the ten milestones need numbered markers. Above it a
/// first half keeps room for its marker and caps; at and below it (every
/// phone held upright, and 280 px embeds) rows read better. The one place
/// the layout is chosen: the scene, the keyboard's order and the browser's
/// plot height all ask [`uses_rows`].
pub const ROWS_MAX_WIDTH: f64 = 560.0;

/// Whether `view` at a canvas `width` is drawn as rows: the every-period
/// view on a phone.
///
/// ```
/// use kpop_exports_chart::chart::uses_rows;
/// use kpop_exports_chart::ChartView;
/// assert!(uses_rows(ChartView::Timeline, 375.0));
/// assert!(!uses_rows(ChartView::Timeline, 800.0));
/// # let h1 = kpop_exports_chart::data::EMBEDDED.default_period;
/// assert!(!uses_rows(ChartView::Snapshot(h1), 375.0));
/// ```
pub fn uses_rows(view: ChartView, width: f64) -> bool {
    view == ChartView::Timeline && width <= ROWS_MAX_WIDTH
}

/// The size of axis, name and note text at a canvas width: smaller on a
/// phone, where every pixel of width counts.
pub fn label_font(width: f64) -> f64 {
    if width < 480.0 {
        11.5
    } else {
        12.5
    }
}

/// How many tiers milestone labels may stack into at a canvas height: a
/// third only when the plot below keeps enough room.
fn band_tiers(height: f64) -> usize {
    if height >= 340.0 {
        3
    } else {
        2
    }
}

/// A value axis tick's label under a metric.
pub fn tick_label(metric: Metric, v: f64, lang: Lang) -> String {
    match metric {
        Metric::Dollars => money_tick(v, lang),
        Metric::Share => percent_tick(v),
    }
}

/// The milestones of `data` whose date falls inside `[start, end)` months.
fn milestones_between(data: &Dataset, start: f64, end: f64) -> Vec<&'static Milestone> {
    data.milestones
        .iter()
        .filter(|m| {
            let p = m.date.position();
            p >= start && p < end
        })
        .collect()
}

/// Lays out the annotation band for `milestones` across `(x, w)` starting
/// at `top`, using as few tiers as the labels need (up to `max_tiers`).
/// Returns the band and its layout.
fn band_layout(
    lang: Lang,
    milestones: &[&Milestone],
    xscale: &LinearScale,
    (x, w): (f64, f64),
    top: f64,
    font: f64,
    max_tiers: usize,
) -> (Rect, AnnotationLayout) {
    let items: Vec<AnnotationItem<'_>> = milestones
        .iter()
        .map(|m| AnnotationItem {
            x: xscale.map(m.date.position()),
            label: m.label_in(lang),
        })
        .collect();
    let full = Rect::new(x, top, w, tier_height(font) * max_tiers as f64);
    let mut layout = annotation_layout(&full, &items, &[], font, max_tiers);
    // Rows stack up from the band's bottom; drop the unused ones at the top.
    let unused = (max_tiers - layout.tiers.min(max_tiers)) as f64 * tier_height(font);
    for p in &mut layout.placed {
        p.rect.y -= unused;
    }
    let band = Rect::new(x, top, w, tier_height(font) * layout.tiers as f64);
    (band, layout)
}

/// The frame of a period's snapshot: its own month axis with the period's
/// milestones above it (when annotations are on), and the bars below.
#[derive(Debug, Clone, PartialEq)]
pub struct SnapshotFrame {
    /// The canvas inside its margin.
    pub inner: Rect,
    /// The size of axis, name and secondary value text.
    pub font: f64,
    /// The month axis and its milestones, when annotations are on.
    pub months: Option<MonthAxis>,
    /// The bars' scales, when there is room for bars.
    pub bars: Option<BarFrame>,
}

/// A period's own months across the snapshot, so each milestone sits at
/// its date.
#[derive(Debug, Clone, PartialEq)]
pub struct MonthAxis {
    /// Months to x.
    pub x: LinearScale,
    /// The axis line's y.
    pub y: f64,
    /// The annotation band above the axis, and its layout.
    pub band: (Rect, AnnotationLayout),
    /// The period's milestones.
    pub milestones: Vec<&'static Milestone>,
}

/// Where the snapshot's bars go: one category per destination across the
/// canvas, values up from a shared baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct BarFrame {
    /// The left of the first category.
    pub left: f64,
    /// A category's width.
    pub category: f64,
    /// A bar's width.
    pub bar: f64,
    /// The size of a bar's main value.
    pub value_font: f64,
    /// The size of a bar's secondary value: the label font, both smaller
    /// when a value can't fit its category otherwise.
    pub label_font: f64,
    /// The baseline's y.
    pub base_y: f64,
    /// Metric value to y.
    pub y: LinearScale,
}

impl BarFrame {
    /// The x of the middle of category `i`.
    pub fn center(&self, i: usize) -> f64 {
        self.left + self.category * (i as f64 + 0.5)
    }

    /// Where figure `figure`, drawn as `bar` centred at `cx` with its value
    /// `labels` (secondary ones in `font`) over it, answers to the pointer,
    /// and the focus frame around it: the bar and its labels together.
    pub fn target(
        &self,
        figure: usize,
        cx: f64,
        bar: &Rect,
        (labels, font): (&BarLabels, f64),
    ) -> (PointMark, Rect) {
        let (primary, secondary) = labels.lines();
        let top =
            bar.y - 4.0 - secondary * text_height(font) - primary * text_height(self.value_font);
        let (w, base_y) = (self.category, self.base_y);
        let mark = PointMark {
            figure,
            hit: Rect::new(cx - w / 2.0, top, w, base_y - top),
            anchor: (cx, top),
        };
        let frame = Rect::new(bar.x, top, bar.w, base_y - top).inflate(3.0);
        (mark, frame)
    }
}

/// A period's destinations, in the snapshot's order, each with the index
/// of its figure in the dataset's figures when `data` gives one.
pub fn period_figures(data: &Dataset, period: Period) -> Vec<(Destination, Option<usize>)> {
    Destination::COUNTRIES
        .iter()
        .map(|&d| (d, data.figure_index(period, d)))
        .collect()
}

/// Computes the snapshot's frame for a spec showing `period`.
pub fn snapshot_frame(spec: &ChartSpec, period: Period) -> SnapshotFrame {
    let (data, w, h) = (&spec.data, spec.width, spec.height);
    let value_font = if w < 480.0 { 13.0 } else { 15.0 };
    let font = label_font(w);
    let inner = Rect::new(PAD, PAD, w - 2.0 * PAD, h - 2.0 * PAD);
    let months = spec.annotations.then(|| {
        let (start, end) = period.span();
        let x = LinearScale::new((start, end), (inner.x, inner.right()));
        let milestones = milestones_between(data, start, end);
        let band = band_layout(
            spec.lang,
            &milestones,
            &x,
            (inner.x, inner.w),
            inner.y,
            font,
            band_tiers(h),
        );
        let y = band.0.bottom() + 5.0;
        MonthAxis {
            x,
            y,
            band,
            milestones,
        }
    });
    // Below the month axis's labels; the bars' value labels need room above
    // the tallest bar, and the destination names below the baseline.
    let top = months
        .as_ref()
        .map_or(inner.y, |m| m.y + 5.0 + text_height(font) + 10.0);
    let base_y = inner.bottom() - (text_height(font) + 6.0);
    let category = inner.w / Destination::COUNTRIES.len() as f64;
    let figures = period_figures(data, period);
    let labels_at = |fonts: (f64, f64)| {
        figures
            .iter()
            .filter_map(|(_, i)| i.map(|i| &data.figures[i]))
            .map(move |f| BarLabels::new(data, f, spec.metric, spec.lang, category, fonts))
    };
    // A value that can't break and is wider than its category (an English
    // amount in the billions at 280 px) would run into its neighbour's:
    // the labels' fonts shrink until the widest fits.
    let widest = labels_at((value_font, font))
        .map(|l| l.widest((value_font, font)))
        .fold(0.0_f64, f64::max);
    let fit = ((category - 4.0) / widest).min(1.0);
    let (value_font, label_font) = (value_font * fit, font * fit);
    // Room over the tallest bar for the most lines any bar's labels take
    // (a Korean amount may break into two on a phone).
    let labels = labels_at((value_font, label_font))
        .map(|l| l.height((value_font, label_font)))
        .fold(text_height(value_font) + text_height(label_font), f64::max);
    let bar_top_limit = top + (labels + 6.0);
    let bars = (base_y - bar_top_limit >= 10.0).then(|| {
        let max = figures
            .iter()
            .filter_map(|(_, i)| i.and_then(|i| spec.metric.value(data, &data.figures[i])))
            .fold(0.0_f64, f64::max);
        let y = LinearScale::new(
            (0.0, if max > 0.0 { max } else { 1.0 }),
            (base_y, bar_top_limit),
        );
        BarFrame {
            left: inner.x,
            category,
            bar: (category * 0.62).min(150.0),
            value_font,
            label_font,
            base_y,
            y,
        }
    });
    SnapshotFrame {
        inner,
        font,
        months,
        bars,
    }
}

/// The time axis's domain for `data`, in months ([`YearMonth::index`]):
/// from January of the year of its earliest figure or milestone to the end
/// of the month of its latest (its last figure's last month, or its last
/// milestone's month), so every figure and every milestone is on the axis.
/// The axis starts on a year, whose label then has a whole year of room.
///
/// ```
/// use kpop_exports_chart::chart::timeline_domain;
/// use kpop_exports_chart::data::EMBEDDED;
/// let (start, end) = timeline_domain(&EMBEDDED);
/// for f in EMBEDDED.figures {
///     let (a, b) = f.period.span();
///     assert!(start <= a && b <= end);
/// }
/// ```
pub fn timeline_domain(data: &Dataset) -> (f64, f64) {
    let periods = data.figures.iter().map(|f| (f.period.start, f.period.end));
    let days = data
        .milestones
        .iter()
        .map(|m| (m.date.month_of(), m.date.month_of()));
    let (first, last) = periods
        .chain(days)
        .reduce(|(a, b), (c, d)| (a.min(c), b.max(d)))
        // No rows at all: the default period's own months.
        .unwrap_or((data.default_period.start, data.default_period.end));
    let january = YearMonth {
        year: first.year,
        month: 1,
    };
    (f64::from(january.index()), f64::from(last.index() + 1))
}

/// The first month with country figures in `data`, when the time axis
/// ([`timeline_domain`]) starts before it: the share timeline has nothing
/// to draw before it and says why. `None` when country figures start with
/// the axis, or there are none.
pub fn country_figures_start(data: &Dataset) -> Option<YearMonth> {
    let start = data.country_periods().first()?.start;
    (f64::from(start.index()) > timeline_domain(data).0).then_some(start)
}

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
    let (data, w, h) = (&spec.data, spec.width, spec.height);
    let font = label_font(w);
    let series = ChartView::Timeline.series(spec.metric);
    let max = data
        .figures
        .iter()
        .filter(|f| series.contains(&f.destination))
        .filter_map(|f| spec.metric.value(data, f))
        .fold(0.0_f64, f64::max);
    // Ticks depend on the plot's height, which depends on the band: estimate
    // with the full height first; tick count only changes label widths.
    let target = ((h - 60.0) / 48.0).clamp(3.0, 7.0) as usize;
    let ticks = nice_ticks(max, target);
    let left = ticks
        .iter()
        .map(|&t| text_width(&tick_label(spec.metric, t, spec.lang), font))
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
    let domain = timeline_domain(data);
    let x = LinearScale::new(domain, (plot_x, plot_x + plot_w));
    let milestones = milestones_between(data, domain.0, domain.1);
    let band = spec.annotations.then(|| {
        band_layout(
            spec.lang,
            &milestones,
            &x,
            (plot_x, plot_w),
            PAD,
            font,
            band_tiers(h),
        )
    });
    let top = band
        .as_ref()
        .map_or(PAD + text_height(font) / 2.0, |(b, _)| b.bottom() + 8.0);
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

/// The span a figure of `data` is drawn as on the timeline: from the start
/// of its first month to the end of its last, at its value. Ends are pulled
/// in by a pixel so consecutive years read as separate figures (by a
/// quarter of the period's width when it is under 4 px, so a month on an
/// axis of decades still runs forwards over its own month).
pub fn figure_span(
    data: &Dataset,
    frame: &TimelineFrame,
    metric: Metric,
    f: &Figure,
) -> Option<((f64, f64), (f64, f64))> {
    let v = metric.value(data, f)?;
    let (a, b) = f.period.span();
    let (x0, x1) = (frame.x.map(a), frame.x.map(b));
    let inset = ((x1 - x0) / 4.0).min(1.0);
    let y = frame.y.map(v);
    Some(((x0 + inset, y), (x1 - inset, y)))
}

/// Where figure `figure`, drawn as the span from `a` to `b`, answers to the
/// pointer (a band a little taller than its end caps, a tooltip's anchor
/// just above its marker), and the focus frame around it.
pub fn span_target(figure: usize, (a, b): ((f64, f64), (f64, f64))) -> (PointMark, Rect) {
    let hit = Rect::new(a.0 - 1.0, a.1 - 7.0, b.0 - a.0 + 2.0, 14.0);
    let mark = PointMark {
        figure,
        hit,
        anchor: ((a.0 + b.0) / 2.0, a.1 - 6.0),
    };
    (mark, hit.inflate(2.0))
}

/// The y where a series' direct label belongs: that of its latest figure
/// in `data` (the one ending last, the longest of those ending together),
/// if any is drawn.
pub fn series_end(
    data: &Dataset,
    frame: &TimelineFrame,
    metric: Metric,
    dest: Destination,
) -> Option<f64> {
    let mut latest: Option<(&Figure, f64)> = None;
    for f in data.figures.iter().filter(|f| f.destination == dest) {
        let Some((a, _)) = figure_span(data, frame, metric, f) else {
            continue;
        };
        let later = latest.is_none_or(|(l, _)| {
            (f.period.end, f.period.months()) > (l.period.end, l.period.months())
        });
        if later {
            latest = Some((f, a.1));
        }
    }
    latest.map(|(_, y)| y)
}
