//! The static picture of the chart for where scripts don't run (RSS readers,
//! AMP, blocked scripts) and for the moment before the wasm draws: the
//! default view drawn to SVG by the same renderer, with the same title,
//! words, notes, source and data table as the widget, in the widget's own
//! markup, so the live chart takes its place without moving anything.
//!
//! The picture is inline SVG, in the page's first bytes, drawn in the light
//! and the dark palette: the stylesheet shows the one the reader's colour
//! scheme or the `theme` option asks for (`palette_css`), so a dark page
//! never flashes white and no request waits for a picture.
//!
//! This module builds the HTML; `examples/fallback.rs` draws the SVGs and
//! writes the HTML into the built pages (a Trunk post-build hook).

use crate::data::Dataset;
use crate::model::chart::{ChartSpec, LIGHT};
use crate::model::markup;
use crate::model::reading::PlainNumbers;
use crate::model::summary;
use crate::model::text;
use crate::vocab::Lang;
use crate::vocab::{ChartView, Metric};
use crate::words::PeriodWords;

/// The width and height, in CSS pixels, the fallback picture is drawn at.
pub const PICTURE_SIZE: (f64, f64) = (640.0, 384.0);

/// What the fallback picture of `data` shows: the snapshot of its default
/// period, in dollars, without milestones, at [`PICTURE_SIZE`]. The build
/// step draws it and the golden tests read its numbers from the same spec.
pub fn picture_spec(data: &Dataset, lang: Lang) -> ChartSpec {
    ChartSpec {
        data: *data,
        view: ChartView::Snapshot(data.default_period),
        metric: Metric::Dollars,
        annotations: false,
        width: PICTURE_SIZE.0,
        height: PICTURE_SIZE.1,
        focus: None,
        lang,
    }
}

/// The fallback picture as the renderer drew it (SVG documents at
/// [`PICTURE_SIZE`]), once in each theme's palette.
pub struct Pictures {
    /// Drawn with [`LIGHT`]: shown on light pages and in print.
    pub light: String,
    /// Drawn with [`DARK`](crate::model::chart::DARK): shown where the
    /// page is dark.
    pub dark: String,
}

// Native only: the build step and the tests draw it, the browser never does.
#[cfg(not(target_arch = "wasm32"))]
impl Pictures {
    /// Draws [`picture_spec`] of `data` in `lang` with the renderer the
    /// canvas uses, once in each palette.
    pub fn draw(data: &Dataset, lang: Lang) -> Result<Self, String> {
        Ok(Self {
            light: draw_picture(data, lang, &LIGHT)?,
            dark: draw_picture(data, lang, &crate::model::chart::DARK)?,
        })
    }
}

/// [`picture_spec`] drawn to an SVG document with `palette`.
#[cfg(not(target_arch = "wasm32"))]
fn draw_picture(
    data: &Dataset,
    lang: Lang,
    palette: &crate::model::chart::Palette,
) -> Result<String, String> {
    use plotters::prelude::{IntoDrawingArea, SVGBackend};
    let scene = crate::model::chart::build_scene_with(&picture_spec(data, lang), palette);
    let mut svg = String::new();
    {
        let size = (PICTURE_SIZE.0 as u32, PICTURE_SIZE.1 as u32);
        let area = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        super::render(&area, &scene, 1.0, palette.background)
            .map_err(|e| format!("the fallback picture can't be drawn: {e}"))?;
    }
    Ok(svg)
}

/// `svg` (a document from the renderer) as an inline picture of `theme`:
/// its root gives way to one that the stylesheet sizes as it sizes the
/// canvas (left and top, whole) and that reads as one image, `label`.
fn inline_picture(svg: &str, theme: &str, label: &str) -> String {
    let body_start = svg
        .find("<svg")
        .and_then(|i| svg[i..].find('>').map(|j| i + j + 1));
    let body = match (body_start, svg.rfind("</svg>")) {
        (Some(start), Some(end)) if start <= end => &svg[start..end],
        _ => svg,
    };
    format!(
        r#"<svg class="kpop-chart__picture kpop-chart__picture--{theme}" viewBox="0 0 {} {}" preserveAspectRatio="xMinYMin meet" role="img" aria-label="{}">{}</svg>"#,
        PICTURE_SIZE.0,
        PICTURE_SIZE.1,
        escape(label),
        body.trim()
    )
}

/// Escapes text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The legend, from the same entries as the widget's: each destination
/// with its marker, in the light and the dark palette's colour (the
/// stylesheet shows the one the pictures show), and on the timeline each
/// period kind with its dash.
fn legend_html(data: &Dataset, view: ChartView, metric: Metric, lang: Lang) -> String {
    let mut h = String::from(r#"<ul class="kpop-chart__legend">"#);
    let dark = markup::series_keys(view, metric, &crate::model::chart::DARK, lang);
    for (k, dark) in markup::series_keys(view, metric, &LIGHT, lang)
        .iter()
        .zip(&dark)
    {
        h.push_str(r#"<li class="kpop-chart__legend-item">"#);
        for (theme, fill) in [("light", &k.fill), ("dark", &dark.fill)] {
            h.push_str(&format!(
                r#"<svg class="kpop-chart__marker kpop-chart__marker--{theme}" width="12" height="12" viewBox="{}" aria-hidden="true" fill="{fill}"><path d="{}"></path></svg>"#,
                markup::MARKER_VIEW_BOX,
                k.marker,
            ));
        }
        h.push_str(&format!("{}</li>", escape(k.name)));
    }
    for k in markup::period_keys(data, view, lang) {
        h.push_str(&format!(
            r#"<li class="kpop-chart__legend-item kpop-chart__legend-item--period"><svg width="28" height="8" aria-hidden="true"><line x1="0" y1="4" x2="28" y2="4" stroke="currentColor" stroke-width="3" stroke-dasharray="{}"></line></svg>{}</li>"#,
            k.dash,
            escape(&k.label)
        ));
    }
    h.push_str("</ul>");
    h
}

/// A table's caption and column headers, up to its body.
fn table_head(caption: &str, headers: &[&str]) -> String {
    let mut h = format!(
        r#"<table class="kpop-chart__table"><caption>{}</caption><thead><tr>"#,
        escape(caption)
    );
    for th in headers {
        h.push_str(&format!(r#"<th scope="col">{}</th>"#, escape(th)));
    }
    h.push_str("</tr></thead><tbody>");
    h
}

/// The figures table and the milestones table of `data`, from the same
/// rows as the widget's.
fn tables_html(data: &Dataset, view: ChartView, lang: Lang) -> String {
    let words = &crate::words::words(lang).ui;
    let e = escape;
    let mut h = table_head(&markup::figures_caption(view, lang), &words.table_headers);
    for r in markup::figure_cells(data, view, &PlainNumbers, lang) {
        h.push_str(&format!(
            r#"<tr><th scope="row">{}</th><td>{}</td><td class="kpop-chart__num">{}</td><td class="kpop-chart__num">{}</td><td>{}</td></tr>"#,
            e(&r.period),
            e(r.destination),
            e(&r.value),
            e(&r.share),
            e(&r.source)
        ));
    }
    h.push_str("</tbody></table>");
    h.push_str(&table_head(
        words.milestones_caption,
        &words.milestones_headers,
    ));
    for r in markup::milestone_cells(data, lang) {
        h.push_str(&format!(
            r#"<tr><th scope="row"><time datetime="{0}">{0}</time></th><td>{1}</td><td>{2}</td><td>{3}</td></tr>"#,
            e(&r.date),
            e(r.detail),
            e(&r.chart_dated),
            e(r.source)
        ));
    }
    h.push_str("</tbody></table>");
    h
}

/// The controls, which need the script: kept invisible, so they hold their
/// place. The period button names `data`'s default period.
fn controls_html(data: &Dataset, lang: Lang) -> String {
    let words = &crate::words::words(lang).ui;
    let mut h = String::from(
        r#"<div class="kpop-chart__controls kpop-chart__controls--placeholder" aria-hidden="true">"#,
    );
    let snapshot = data.default_period.button_label(lang);
    for (group, labels) in [
        (words.period_group, [snapshot.as_str(), words.every_period]),
        (words.measure_group, [words.dollars, words.share]),
    ] {
        h.push_str(&format!(
            r#"<div class="kpop-chart__group" role="group" aria-label="{}">"#,
            escape(group)
        ));
        for (i, label) in labels.iter().enumerate() {
            h.push_str(&format!(
                r#"<button type="button" class="kpop-chart__option" tabindex="-1" disabled aria-pressed="{}">{}</button>"#,
                i == 0,
                escape(label)
            ));
        }
        h.push_str("</div>");
    }
    h.push_str(&format!(
        r#"<button type="button" class="kpop-chart__switch" tabindex="-1" disabled><span class="kpop-chart__track"></span>{}</button></div>"#,
        escape(words.milestones)
    ));
    h
}

/// The fallback for the default view of `data` in `lang`, showing
/// `pictures` inline. Its markup and classes are the widget's, so with
/// `chart.css` it takes the widget's exact place. It follows the reader's
/// colour scheme (`data-theme="auto"`) until the embed script copies the
/// `theme` option onto it.
pub fn fallback_html(data: &Dataset, lang: Lang, pictures: &Pictures) -> String {
    let spec = picture_spec(data, lang);
    let (view, metric) = (spec.view, spec.metric);
    let words = &crate::words::words(lang).ui;
    let e = escape;
    let mut h = String::new();
    h.push_str(&format!(
        r#"<figure class="kpop-chart kpop-chart--static" lang="{}" data-theme="auto">"#,
        lang.tag()
    ));
    h.push_str(&format!(
        r#"<figcaption class="kpop-chart__head"><h2 class="kpop-chart__title">{}</h2><p class="kpop-chart__subtitle">{}</p></figcaption>"#,
        e(&text::title(data, data.default_period, lang)),
        e(&text::subtitle(view, metric, lang))
    ));
    h.push_str(&controls_html(data, lang));
    h.push_str(&legend_html(data, view, metric, lang));
    // The story in words, for screen readers, where the widget has it.
    h.push_str(&format!(
        r#"<p class="kpop-chart__sr">{}</p>"#,
        e(&summary::summary(data, view, lang))
    ));
    let label = text::describe(data, view, metric, spec.annotations, false, lang);
    h.push_str(&format!(
        r#"<div class="kpop-chart__plot">{}{}</div>"#,
        inline_picture(&pictures.light, "light", &label),
        inline_picture(&pictures.dark, "dark", &label)
    ));
    h.push_str(r#"<div class="kpop-chart__notes">"#);
    for n in text::period_notes(data, view, metric, lang) {
        h.push_str(&format!(r#"<p class="kpop-chart__note">{}</p>"#, e(&n)));
    }
    h.push_str("</div>");
    h.push_str(&format!(
        r#"<p class="kpop-chart__source">{}</p>"#,
        e(&text::source_line(data, view, lang))
    ));
    // The download links' row, held empty: they need the script, but the
    // live chart has them, so the static one keeps their height and
    // nothing below the chart moves at the swap.
    h.push_str(r#"<p class="kpop-chart__downloads kpop-chart__downloads--placeholder" aria-hidden="true">&#160;</p>"#);
    // The table opens without a script.
    h.push_str(&format!(
        r#"<details class="kpop-chart__details"><summary class="kpop-chart__data-toggle">{}</summary><div class="kpop-chart__data">{}</div></details></figure>"#,
        e(words.show_data),
        tables_html(data, view, lang)
    ));
    h
}

#[cfg(test)]
#[path = "tests/fallback.rs"]
mod tests;
