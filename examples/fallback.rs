//! Build step (a Trunk post-build hook): draws the default view to SVG with
//! the same renderer the canvas uses, in the light and the dark palette, and
//! writes the static fallback (both pictures inline, the description and the
//! data table) into the built pages in place of their
//! `<!-- kpop-exports-chart:fallback -->` marker. The light picture is also
//! written as `fallback-<lang>.svg`, for AMP's placeholder and feeds.
//!
//! Usage: `cargo run --example fallback -- <dir>` (Trunk passes its
//! staging directory in `TRUNK_STAGING_DIR`).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use kpop_exports_chart::data::EMBEDDED;
use kpop_exports_chart::fallback::{fallback_html, Pictures};
use kpop_exports_chart::Lang;

/// The marker a page puts where the fallback goes.
const MARKER: &str = "<!-- kpop-exports-chart:fallback -->";
/// The pages that carry a fallback.
const PAGES: &[&str] = &["index.html", "embed.html"];

fn run(dir: &Path) -> Result<(), String> {
    let pictures = Lang::ALL
        .into_iter()
        .map(|lang| Pictures::draw(&EMBEDDED, lang))
        .collect::<Result<Vec<_>, _>>()?;
    for (lang, pictures) in Lang::ALL.into_iter().zip(&pictures) {
        let path = dir.join(format!("fallback-{}.svg", lang.tag()));
        std::fs::write(&path, &pictures.light)
            .map_err(|e| format!("{}: can't be written: {e}", path.display()))?;
    }
    for page in PAGES {
        let path = dir.join(page);
        let html = std::fs::read_to_string(&path)
            .map_err(|e| format!("{}: can't be read: {e}", path.display()))?;
        if !html.contains(MARKER) {
            return Err(format!("{}: has no `{MARKER}` marker", path.display()));
        }
        // The page's own language picks the fallback's (the first
        // language, English, when it names none the widget speaks).
        let (lang, pictures) = Lang::ALL
            .into_iter()
            .zip(&pictures)
            .find(|(l, _)| html.contains(&format!(r#"<html lang="{}""#, l.tag())))
            .unwrap_or((Lang::ALL[0], &pictures[0]));
        let fallback = fallback_html(&EMBEDDED, lang, pictures);
        std::fs::write(&path, html.replace(MARKER, &fallback))
            .map_err(|e| format!("{}: can't be written: {e}", path.display()))?;
    }
    Ok(())
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
