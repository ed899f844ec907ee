use super::*;
use crate::data::EMBEDDED;

/// The fallback of the embedded data in `lang`, with its pictures drawn.
fn fallback(lang: Lang) -> String {
    let pictures = Pictures::draw(&EMBEDDED, lang).expect("the pictures draw");
    fallback_html(&EMBEDDED, lang, &pictures)
}

#[test]
fn the_fallback_carries_every_default_figure_and_its_source() {
    let h = fallback(Lang::En);
    for value in ["$48,523,000", "$25,519,000", "$22,640,000", "$132,934,000"] {
        assert!(h.contains(value), "{value} missing");
    }
    for share in [">36.5%<", ">19.2%<", ">17.0%<"] {
        assert!(h.contains(share), "{share} missing");
    }
    assert!(h.contains("The Fact / Daum, 2023-07-18"));
    // The period button names the default period.
    assert!(h.contains(">First half of 2023</button>"), "{h}");
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
    // A missing block fails here, rather than sorting last.
    let at: Vec<usize> = order
        .iter()
        .map(|c| h.find(c).unwrap_or_else(|| panic!("no {c} block")))
        .collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{at:?}");
    // No script or inline style: it must pass a strict CSP.
    assert!(!h.contains("<script") && !h.contains("style="));
    // No download links: without the script they could make no file.
    for lang in Lang::ALL {
        let h = fallback(lang);
        assert!(!h.contains(r#"kpop-chart__download""#) && !h.contains("download="));
        assert!(!h.contains("<a "), "no links at all");
        let w = &crate::words::words(lang).downloads;
        assert!(!h.contains(w.get_data) && !h.contains(w.download_image));
    }
}

#[test]
fn the_legend_is_built_from_the_shared_entries() {
    let (view, metric) = (ChartView::Timeline, Metric::Dollars);
    let h = legend_html(&EMBEDDED, view, metric, Lang::En);
    for (theme, palette) in [("light", &LIGHT), ("dark", &crate::model::chart::DARK)] {
        for k in markup::series_keys(view, metric, palette, Lang::En) {
            let marker = format!(
                r#"kpop-chart__marker--{theme}" width="12" height="12" viewBox="{}" aria-hidden="true" fill="{}"><path d="{}"></path>"#,
                markup::MARKER_VIEW_BOX,
                k.fill,
                k.marker
            );
            assert!(h.contains(&marker), "{}'s {theme} marker", k.name);
        }
    }
    // The timeline's three dashes, as the canvas draws them.
    for dash in ["", "7 3", "2 3"] {
        assert!(
            h.contains(&format!(r#"stroke-dasharray="{dash}""#)),
            "{dash:?}"
        );
    }
    // The default view: its three countries, no period lines.
    let h = fallback(Lang::En);
    for theme in ["light", "dark"] {
        let class = format!(r#"class="kpop-chart__marker kpop-chart__marker--{theme}""#);
        assert_eq!(h.matches(&class).count(), 3, "{theme}");
    }
    assert!(!h.contains("stroke-dasharray"));
}

#[test]
fn the_korean_fallback_is_korean() {
    let h = fallback(Lang::Ko);
    assert!(h.contains(r#"lang="ko""#));
    assert!(h.contains("데이터 보기"));
    assert!(h.contains(">2023년 상반기</button>"), "{h}");
    assert!(h.contains("전체 음반 수출"));
    // Amounts in 만 and 억, never a currency format's.
    assert!(h.contains(">2551만9000 달러</td>"), "{h}");
    assert!(h.contains(">1억3293만4000 달러</td>"), "{h}");
    assert!(!h.contains("$25,519,000"));
}

/// Korean wraps only between words in the fallback as in the widget:
/// its figure carries `lang="ko"`, which the widget's stylesheet (the
/// pages load it for the fallback) keeps whole words for, with a
/// fallback that breaks only a word wider than a line.
#[test]
fn the_korean_fallback_wraps_only_between_words() {
    let h = fallback(Lang::Ko);
    assert!(h.starts_with(r#"<figure class="kpop-chart kpop-chart--static" lang="ko""#));
    let css = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/style/chart.css"));
    let rule = css
        .lines()
        .find(|l| l.starts_with(".kpop-chart:lang(ko) {"))
        .expect("a rule for Korean text");
    assert!(rule.contains("word-break: keep-all;"), "{rule}");
    assert!(rule.contains("overflow-wrap: break-word;"), "{rule}");
    // `anywhere` would let table cells shrink into words.
    assert!(!css.contains("overflow-wrap: anywhere"));
    assert!(!css.contains("word-break: break-all"));
}

/// The picture is in the page itself, drawn by the renderer in both
/// palettes, light first (what print and a page without the stylesheet
/// show), each sized like the canvas and read as one labelled image; the
/// figure follows the reader's colour scheme until told otherwise.
#[test]
fn both_pictures_are_inline_and_drawn_in_their_palettes() {
    for lang in Lang::ALL {
        let h = fallback(lang);
        assert!(h.contains(r#"data-theme="auto""#));
        assert!(!h.contains("<img"), "no picture to fetch");
        let light = h
            .find("kpop-chart__picture--light")
            .expect("a light picture");
        let dark = h.find("kpop-chart__picture--dark").expect("a dark picture");
        assert!(light < dark);
        let label = text::describe(
            &EMBEDDED,
            picture_spec(&EMBEDDED, lang).view,
            Metric::Dollars,
            false,
            false,
            lang,
        );
        for (at, palette) in [(light, &LIGHT), (dark, &crate::model::chart::DARK)] {
            let picture = &h[at..];
            let picture = &picture[..picture.find("</svg>").expect("closed")];
            let root = &picture[..picture.find('>').expect("a root")];
            assert!(root.ends_with(&format!(r#"viewBox="0 0 640 384" preserveAspectRatio="xMinYMin meet" role="img" aria-label="{}""#, escape(&label))), "{root}");
            // The renderer's own background, then its marks: no second root.
            let bg = palette.background;
            let fill = format!(r##"fill="#{:02X}{:02X}{:02X}""##, bg.0, bg.1, bg.2);
            let first = picture[root.len()..].trim_start_matches('>');
            assert!(
                first.starts_with("<rect") && first[..first.find('>').unwrap_or(0)].contains(&fill),
                "{lang:?}: {}",
                &first[..80.min(first.len())]
            );
            assert!(!picture[root.len()..].contains("<svg"));
            assert!(picture.contains("$48.523M") || picture.contains("4852만3000 달러"));
        }
    }
}

#[test]
fn a_picture_without_a_root_is_kept_whole() {
    let p = inline_picture("<rect/>", "light", "a & b");
    assert_eq!(
        p,
        r#"<svg class="kpop-chart__picture kpop-chart__picture--light" viewBox="0 0 640 384" preserveAspectRatio="xMinYMin meet" role="img" aria-label="a &amp; b"><rect/></svg>"#
    );
}

#[test]
fn text_is_escaped() {
    assert_eq!(
        escape(r#"<a href="x">&'"#),
        "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
    );
}
