//! The chart's state, shared by every part as one `Copy` value: what the
//! reader chose, where their pointer and keyboard are, and what follows from
//! those (the palette and the scene).

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;

use super::palette::Colors;
use crate::browser::hooks::{use_intl_numbers, BoxSize, IntlNumbers};
use crate::data::{Dataset, Period};
use crate::model::chart::{build_scene_with, plot_box_height, uses_rows, ChartSpec};
use crate::model::format::svg_number;
use crate::model::navigation;
use crate::model::reading;
use crate::model::scene::Scene;
use crate::vocab::{ChartView, Lang, Metric};

static INSTANCES: AtomicUsize = AtomicUsize::new(0);

/// The chart the reader chose, at `width` CSS pixels with `focus` marked:
/// the one place the state becomes a [`ChartSpec`], so the canvas's scene
/// and the downloaded image can't drift apart. Reads the choices tracked.
/// Free of [`ChartState`] because the state's scene is built from it before
/// the state exists; [`ChartState::spec`] calls it once it does.
fn chart_spec(
    data: Dataset,
    lang: Lang,
    view: RwSignal<ChartView>,
    metric: RwSignal<Metric>,
    annotations: RwSignal<bool>,
    width: f64,
    focus: Option<usize>,
) -> ChartSpec {
    ChartSpec {
        data,
        view: view.get(),
        metric: metric.get(),
        annotations: annotations.get(),
        width,
        // The stylesheet's height for the width; rows take their own.
        height: plot_box_height(width),
        focus,
        lang,
    }
}

/// What the chart shows first (the component's props).
pub struct Initial {
    /// The figures and milestones it draws.
    pub data: Dataset,
    /// The period the comparison view shows.
    pub period: Period,
    /// The view.
    pub view: ChartView,
    /// Dollars or shares.
    pub metric: Metric,
    /// Whether the milestones are on.
    pub annotations: bool,
    /// The language of every text.
    pub lang: Lang,
}

/// Everything the chart's parts share. Signals are what the reader changes;
/// `palette` and `scene` are derived, never written.
#[derive(Clone, Copy)]
pub struct ChartState {
    /// The figures and milestones (fixed for the chart's life).
    pub data: Dataset,
    /// The period the comparison view shows (fixed for the chart's life).
    pub period: Period,
    /// The language of every text (fixed for the chart's life).
    pub lang: Lang,
    /// This chart's number on the page, for its element ids.
    instance: usize,
    /// The view shown.
    pub view: RwSignal<ChartView>,
    /// Dollars or shares.
    pub metric: RwSignal<Metric>,
    /// Whether the Billboard milestones are drawn.
    pub annotations: RwSignal<bool>,
    /// The figure (index into the data) the keyboard is on.
    pub focus: RwSignal<Option<usize>>,
    /// Whether the plot has keyboard focus (so the focus mark is drawn).
    pub keyboard: RwSignal<bool>,
    /// The figure under the pointer, or tapped.
    pub hover: RwSignal<Option<usize>>,
    /// Whether Escape put the tooltip away (until the next move).
    pub dismissed: RwSignal<bool>,
    /// What the live region reads out.
    pub announcement: RwSignal<String>,
    /// Whether the data tables are shown.
    pub show_table: RwSignal<bool>,
    /// The colours of the canvas and the legend.
    pub palette: Colors,
    /// The plot's width and pixel ratio, once it is in the page.
    pub size: ReadSignal<Option<BoxSize>>,
    /// What the canvas shows: painted, hit-tested, and read by the tooltip
    /// and the milestone key.
    pub scene: Memo<Scene>,
    /// The reader's number formats.
    pub numbers: StoredValue<IntlNumbers, LocalStorage>,
}

impl ChartState {
    /// The state for a new chart showing `initial`, in `palette`, in a plot
    /// of `size`.
    pub fn new(initial: Initial, palette: Colors, size: ReadSignal<Option<BoxSize>>) -> Self {
        let (lang, data) = (initial.lang, initial.data);
        let view = RwSignal::new(initial.view);
        let metric = RwSignal::new(initial.metric);
        let annotations = RwSignal::new(initial.annotations);
        let focus = RwSignal::new(None);
        let keyboard = RwSignal::new(false);
        // Always "changed": the scene is rebuilt only when an input changed,
        // and comparing two scenes shape by shape would cost the wasm its
        // equality code for nothing.
        let scene = Memo::new_with_compare(
            move |_| {
                let Some(s) = size.get() else {
                    return Scene::default();
                };
                let marked = if keyboard.get() { focus.get() } else { None };
                let spec = chart_spec(data, lang, view, metric, annotations, s.width, marked);
                palette.with(|p| build_scene_with(&spec, p))
            },
            |_, _| true,
        );
        ChartState {
            data,
            period: initial.period,
            lang,
            instance: INSTANCES.fetch_add(1, Ordering::Relaxed) + 1,
            view,
            metric,
            annotations,
            focus,
            keyboard,
            hover: RwSignal::new(None),
            dismissed: RwSignal::new(false),
            announcement: RwSignal::new(String::new()),
            show_table: RwSignal::new(false),
            palette,
            size,
            scene,
            numbers: use_intl_numbers(lang),
        }
    }

    /// The chart the reader chose, at `width` CSS pixels with `focus`
    /// marked, as the scene is built from it (see [`chart_spec`]). Reads
    /// the choices tracked: call it in `untrack` to not follow them.
    pub fn spec(self, width: f64, focus: Option<usize>) -> ChartSpec {
        chart_spec(
            self.data,
            self.lang,
            self.view,
            self.metric,
            self.annotations,
            width,
            focus,
        )
    }

    /// An element id unique on the page: `kpop-chart-3-data`.
    pub fn id(self, part: &str) -> String {
        format!("kpop-chart-{}-{part}", self.instance)
    }

    /// The words of the chart's controls and tables.
    pub fn words(self) -> &'static crate::words::UiText {
        &crate::words::words(self.lang).ui
    }

    /// Shows another view. The pointer's figure goes (its place moves),
    /// and so does the keyboard's if the view doesn't draw it.
    pub fn show_view(self, view: ChartView) {
        self.view.set(view);
        self.after_view_change();
    }

    /// Shows another metric, like [`ChartState::show_view`].
    pub fn show_metric(self, metric: Metric) {
        self.metric.set(metric);
        self.after_view_change();
    }

    fn after_view_change(self) {
        let (v, m) = (self.view.get_untracked(), self.metric.get_untracked());
        let current = self.focus.get_untracked();
        // At the width it is drawn at: on a phone the rows' figures.
        let drawn = navigation::lanes_at(&self.data, v, m, self.width_untracked())
            .iter()
            .flatten()
            .any(|&i| Some(i) == current);
        if !drawn {
            self.focus.set(None);
        }
        self.hover.set(None);
    }

    /// Moves the keyboard to a figure, brings the tooltip back, and reads
    /// the figure out.
    pub fn move_focus(self, to: Option<usize>) {
        self.focus.set(to);
        self.dismissed.set(false);
        if let Some(i) = to {
            let annotations = self.annotations.get_untracked();
            let text = self
                .numbers
                .with_value(|n| reading::announcement(&self.data, i, n, annotations, self.lang));
            self.announcement.set(text);
        }
    }

    /// The figure the tooltip shows: the pointer's, else the keyboard's
    /// while the plot has keyboard focus; none once dismissed.
    pub fn tooltip_figure(self) -> Option<usize> {
        let active = self
            .hover
            .get()
            .or_else(|| self.keyboard.get().then(|| self.focus.get()).flatten());
        active.filter(|_| !self.dismissed.get())
    }

    /// The plot box's height as CSS: the rows' height when the view is
    /// drawn as rows (the timeline on a phone), which grow with their
    /// content; empty, leaving the box to the stylesheet, otherwise.
    /// Read from the scene, which lays the rows out once: the rows scene is
    /// as tall as its content ([`crate::model::chart::rows_height`]), and
    /// the chart never reads its box's height back, so applying it can't
    /// feed back into itself.
    pub fn plot_height(self) -> String {
        let Some(width) = self.size.get().map(|s| s.width) else {
            return String::new();
        };
        if !uses_rows(self.view.get(), width) {
            return String::new();
        }
        // An empty scene (a box too narrow to draw in) keeps the
        // stylesheet's height.
        let Some(h) = self
            .scene
            .with(|s| (!s.shapes.is_empty()).then_some(s.height))
        else {
            return String::new();
        };
        // svg_number: formatting an f64 would bring float formatting's
        // tables into the wasm.
        format!("{}px", svg_number(h))
    }

    /// The plot's width in CSS pixels, or 0 before it is in the page
    /// (tracked: a closure reading it follows resizes).
    pub fn width(self) -> f64 {
        self.size.get().map_or(0.0, |s| s.width)
    }

    /// The plot's width in CSS pixels, or 0 before it is in the page.
    pub fn width_untracked(self) -> f64 {
        self.size.get_untracked().map_or(0.0, |s| s.width)
    }

    /// The figure drawn under `(x, y)` in the plot's CSS pixels.
    pub fn figure_at(self, x: f64, y: f64) -> Option<usize> {
        self.scene
            .with_untracked(|s| s.point_at(x, y).map(|m| m.figure))
    }
}
