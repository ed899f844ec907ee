//! Build step (a Trunk post-build hook): draws the default view to SVG with
//! the same renderer the canvas uses, in the light and the dark palette, and
//! writes the static fallback (both pictures inline, the description and the
//! data table) into the built pages in place of their
//! `<!-- kpop-exports-chart:fallback -->` marker: the preview in its own
//! language, and the embed page once per language (`embed.html`,
//! `embed-ko.html`). The light picture is also written as
//! `fallback-<lang>.svg`, for AMP's placeholder and feeds.
//!
//! Usage: `cargo run --example fallback -- <dir>` (Trunk passes its
//! staging directory in `TRUNK_STAGING_DIR`).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use kpop_exports_chart::data::EMBEDDED;
use kpop_exports_chart::fallback::{escape, fallback_html, Pictures};
use kpop_exports_chart::text;
use kpop_exports_chart::Lang;

/// The marker a page puts where the fallback goes.
const MARKER: &str = "<!-- kpop-exports-chart:fallback -->";
/// The marker in the embed page's `<title>`.
const TITLE_MARKER: &str = "<!-- kpop-exports-chart:title -->";
/// The article preview: its fallback is in the page's own language.
const PREVIEW: &str = "index.html";
/// The iframe embed page, the template of one page per language:
/// `embed.html` in the first, `embed-<tag>.html` in each other, whose
/// static chart, title and default `lang` are that language's, so a
/// Korean outlet's frame shows Korean from its first paint.
const EMBED: &str = "embed.html";
/// Where the embed page's chart element says its options come from.
const EMBED_ELEMENT: &str = "data-kpop-exports-chart data-options-from-query";

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: can't be read: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: can't be written: {e}", path.display()))
}

/// `html` with `marker` replaced by `with`, or an error naming `page`.
fn fill(html: &str, page: &str, marker: &str, with: &str) -> Result<String, String> {
    if !html.contains(marker) {
        return Err(format!("{page}: has no `{marker}`"));
    }
    Ok(html.replace(marker, with))
}

/// The embed page in `lang`, from its template.
fn embed_page(template: &str, lang: Lang, pictures: &Pictures) -> Result<String, String> {
    let tag = lang.tag();
    let root = template
        .find(r#"<html lang=""#)
        .and_then(|i| template[i + 12..].find('"').map(|j| (i + 12, i + 12 + j)))
        .ok_or(format!("{EMBED}: has no `<html lang=\"…\"`"))?;
    let html = format!("{}{tag}{}", &template[..root.0], &template[root.1..]);
    let title = escape(&text::title(&EMBEDDED, EMBEDDED.default_period, lang));
    let html = fill(&html, EMBED, TITLE_MARKER, &title)?;
    let element = format!(r#"data-kpop-exports-chart data-lang="{tag}" data-options-from-query"#);
    let html = fill(&html, EMBED, EMBED_ELEMENT, &element)?;
    fill(
        &html,
        EMBED,
        MARKER,
        &fallback_html(&EMBEDDED, lang, pictures),
    )
}

fn run(dir: &Path) -> Result<(), String> {
    let pictures = Lang::ALL
        .into_iter()
        .map(|lang| Pictures::draw(&EMBEDDED, lang))
        .collect::<Result<Vec<_>, _>>()?;
    for (lang, pictures) in Lang::ALL.into_iter().zip(&pictures) {
        write(
            &dir.join(format!("fallback-{}.svg", lang.tag())),
            &pictures.light,
        )?;
    }
    let template = read(&dir.join(EMBED))?;
    for (i, (lang, pictures)) in Lang::ALL.into_iter().zip(&pictures).enumerate() {
        let name = match i {
            0 => EMBED.to_string(),
            _ => format!("embed-{}.html", lang.tag()),
        };
        write(&dir.join(name), &embed_page(&template, lang, pictures)?)?;
    }
    // The preview's own language picks its fallback's (the first
    // language, English, when it names none the widget speaks).
    let path = dir.join(PREVIEW);
    let html = read(&path)?;
    let (lang, pictures) = Lang::ALL
        .into_iter()
        .zip(&pictures)
        .find(|(l, _)| html.contains(&format!(r#"<html lang="{}""#, l.tag())))
        .unwrap_or((Lang::ALL[0], &pictures[0]));
    write(
        &path,
        &fill(
            &html,
            PREVIEW,
            MARKER,
            &fallback_html(&EMBEDDED, lang, pictures),
        )?,
    )
}

fn main() -> ExitCode {
    let dir = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .map(PathBuf::from);
    let Some(dir) = dir else {
        eprintln!("usage: fallback <dir> (or TRUNK_STAGING_DIR set)");
        return ExitCode::FAILURE;
    };
    match run(&dir) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: fallback: {e}");
            ExitCode::FAILURE
        }
    }
}
