//! The static picture of the chart for where scripts don't run (RSS readers,
//! AMP, blocked scripts) and for the moment before the wasm draws: the
//! default view drawn to SVG by the same renderer, with the same title,
//! words, notes, source and data table as the widget, in the widget's own
//! markup, so the live chart takes its place without moving anything.
//!
//! This module builds the HTML; `examples/fallback.rs` draws the SVG and
//! writes both into the built pages (a Trunk post-build hook).

use crate::data::{Destination, Period, FIGURES, MILESTONES};
use crate::model::chart::{ChartSpec, Palette, LIGHT};
use crate::model::reading::{self, PlainNumbers};
use crate::model::scene::MarkerKind;
use crate::model::text;
use crate::model::vocab::Lang;
use crate::model::vocab::{ChartView, Metric};
use crate::words::{DestinationWords, MilestoneWords, PeriodWords};

/// The width and height, in CSS pixels, the fallback picture is drawn at.
pub const PICTURE_SIZE: (f64, f64) = (640.0, 384.0);

/// What the fallback picture shows: the default view, in dollars, without
/// milestones, at [`PICTURE_SIZE`]. The build step draws it and the golden
/// tests read its numbers from the same spec.
pub fn picture_spec(lang: Lang) -> ChartSpec {
    ChartSpec {
        view: ChartView::default(),
        metric: Metric::Dollars,
        annotations: false,
        width: PICTURE_SIZE.0,
        height: PICTURE_SIZE.1,
        focus: None,
        lang,
    }
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

fn marker_svg(d: Destination, palette: &Palette) -> String {
    let c = palette.series_color(d);
    let shape = match Palette::marker(d) {
        MarkerKind::Circle => r#"<circle cx="6" cy="6" r="5.5"></circle>"#,
        MarkerKind::Square => r#"<rect x="1" y="1" width="10" height="10"></rect>"#,
        MarkerKind::Triangle => r#"<polygon points="6,0.5 11.5,10.5 0.5,10.5"></polygon>"#,
        MarkerKind::Diamond => r#"<polygon points="6,0 12,6 6,12 0,6"></polygon>"#,
    };
    format!(
        r#"<svg class="kpop-chart__marker" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" fill="rgb({},{},{})">{shape}</svg>"#,
        c.0, c.1, c.2
    )
}

/// The fallback for the default view in `lang`, showing the picture at
/// `picture_src`. Its markup and classes are the widget's, so with
/// `chart.css` it takes the widget's exact place.
pub fn fallback_html(lang: Lang, picture_src: &str) -> String {
    let view = ChartView::default();
    let metric = Metric::Dollars;
    let words = &crate::words::words(lang).ui;
    let e = escape;
    let mut h = String::new();
    h.push_str(&format!(
        r#"<figure class="kpop-chart kpop-chart--static" lang="{}" data-theme="light">"#,
        lang.tag()
    ));
    h.push_str(&format!(
        r#"<figcaption class="kpop-chart__head"><h2 class="kpop-chart__title">{}</h2><p class="kpop-chart__subtitle">{}</p></figcaption>"#,
        e(text::title(lang)),
        e(&text::subtitle(view, metric, lang))
    ));
    // The controls need the script: kept invisible, so they hold their place.
    h.push_str(r#"<div class="kpop-chart__controls kpop-chart__controls--placeholder" aria-hidden="true">"#);
    for (group, labels) in [
        (words.period_group, [words.first_half, words.every_period]),
        (words.measure_group, [words.dollars, words.share]),
    ] {
        h.push_str(&format!(
            r#"<div class="kpop-chart__group" role="group" aria-label="{}">"#,
            e(group)
        ));
        for (i, label) in labels.iter().enumerate() {
            h.push_str(&format!(
                r#"<button type="button" class="kpop-chart__option" tabindex="-1" disabled aria-pressed="{}">{}</button>"#,
                i == 0,
                e(label)
            ));
        }
        h.push_str("</div>");
    }
    h.push_str(&format!(
        r#"<button type="button" class="kpop-chart__switch" tabindex="-1" disabled><span class="kpop-chart__track"></span>{}</button></div>"#,
        e(words.milestones)
    ));
    h.push_str(r#"<ul class="kpop-chart__legend">"#);
    for d in Destination::COUNTRIES {
        h.push_str(&format!(
            r#"<li class="kpop-chart__legend-item">{}{}</li>"#,
            marker_svg(d, &LIGHT),
            e(d.name(lang))
        ));
    }
    h.push_str("</ul>");
    // The story in words, for screen readers, where the widget has it.
    h.push_str(&format!(
        r#"<p class="kpop-chart__sr">{}</p>"#,
        e(&reading::summary(view, lang))
    ));
    h.push_str(&format!(
        r#"<div class="kpop-chart__plot"><img class="kpop-chart__picture" src="{}" width="{}" height="{}" alt="{}"></div>"#,
        e(picture_src),
        PICTURE_SIZE.0,
        PICTURE_SIZE.1,
        e(&text::describe(view, metric, false, lang))
    ));
    h.push_str(r#"<div class="kpop-chart__notes">"#);
    for n in text::period_notes(view, metric, lang) {
        h.push_str(&format!(r#"<p class="kpop-chart__note">{}</p>"#, e(&n)));
    }
    h.push_str("</div>");
    h.push_str(&format!(
        r#"<p class="kpop-chart__source">{}</p>"#,
        e(&text::source_line(view, lang))
    ));
    // The table opens without a script.
    h.push_str(&format!(
        r#"<details class="kpop-chart__details"><summary class="kpop-chart__data-toggle">{}</summary><div class="kpop-chart__data"><table class="kpop-chart__table"><caption>{}{}</caption><thead><tr>"#,
        e(words.show_data),
        e(words.table_caption),
        e(&Period::H1_2023.long_label(lang))
    ));
    for th in words.table_headers {
        h.push_str(&format!(r#"<th scope="col">{}</th>"#, e(th)));
    }
    h.push_str("</tr></thead><tbody>");
    for i in reading::table_rows(view) {
        let (Some(f), Some(t)) = (FIGURES.get(i), reading::point_text(i, &PlainNumbers, lang))
        else {
            continue;
        };
        h.push_str(&format!(
            r#"<tr><th scope="row">{}</th><td>{}</td><td class="kpop-chart__num">{}</td><td class="kpop-chart__num">{}</td><td>{}</td></tr>"#,
            e(&f.period.short_label(lang)),
            e(f.destination.name(lang)),
            e(&t.value),
            e(t.share_value.as_deref().unwrap_or("—")),
            e(&t.source)
        ));
    }
    h.push_str(&format!(
        r#"</tbody></table><table class="kpop-chart__table"><caption>{}</caption><thead><tr>"#,
        e(words.milestones_caption)
    ));
    for th in words.milestones_headers {
        h.push_str(&format!(r#"<th scope="col">{}</th>"#, e(th)));
    }
    h.push_str("</tr></thead><tbody>");
    for m in MILESTONES {
        h.push_str(&format!(
            r#"<tr><th scope="row"><time datetime="{0}">{0}</time></th><td>{1}</td><td>{2}</td><td>{3}</td></tr>"#,
            m.date.iso(),
            e(m.detail_in(lang)),
            m.chart_dated.map_or_else(|| "—".to_string(), |d| d.iso()),
            e(m.source)
        ));
    }
    h.push_str("</tbody></table></div></details></figure>");
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fallback_carries_every_default_figure_and_its_source() {
        let h = fallback_html(Lang::En, "fallback.svg");
        for value in ["$48,523,000", "$25,519,000", "$22,640,000", "$132,934,000"] {
            assert!(h.contains(value), "{value} missing");
        }
        for share in [">36.5%<", ">19.2%<", ">17.0%<"] {
            assert!(h.contains(share), "{share} missing");
        }
        assert!(h.contains("The Fact / Daum, 2023-07-18"));
        assert!(h.contains(r#"src="fallback.svg""#));
        assert!(h.contains("United States $25.519M (19.2% of the total)"));
        // Same order of blocks as the widget, so the swap moves nothing.
        let order = [
            "kpop-chart__head",
            "kpop-chart__controls",
            "kpop-chart__legend",
            "kpop-chart__plot",
            "kpop-chart__notes",
            "kpop-chart__source",
            "kpop-chart__data-toggle",
        ];
        let at: Vec<usize> = order
            .iter()
            .map(|c| h.find(c).unwrap_or(usize::MAX))
            .collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{at:?}");
        // No script or inline style: it must pass a strict CSP.
        assert!(!h.contains("<script") && !h.contains("style="));
    }

    #[test]
    fn the_korean_fallback_is_korean() {
        let h = fallback_html(Lang::Ko, "fallback-ko.svg");
        assert!(h.contains(r#"lang="ko""#));
        assert!(h.contains("데이터 보기"));
        assert!(h.contains("전체 음반 수출"));
        assert!(h.contains("$25,519,000"));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape(r#"<a href="x">&'"#),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }
}
