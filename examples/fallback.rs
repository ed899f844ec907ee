//! Build step (a Trunk post-build hook): draws the default view to SVG with
//! the same renderer the canvas uses, and writes the static fallback (the
//! picture, its description and the data table) into the built pages in
//! place of their `<!-- kpop-exports-chart:fallback -->` marker.
//!
//! Usage: `cargo run --example fallback -- <dir>` (Trunk passes its
//! staging directory in `TRUNK_STAGING_DIR`).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use kpop_exports_chart::chart::{build_scene, LIGHT};
use kpop_exports_chart::data::EMBEDDED;
use kpop_exports_chart::fallback::{fallback_html, picture_spec, PICTURE_SIZE};
use kpop_exports_chart::render;
use kpop_exports_chart::Lang;
use plotters::prelude::{IntoDrawingArea, SVGBackend};

/// The marker a page puts where the fallback goes.
const MARKER: &str = "<!-- kpop-exports-chart:fallback -->";
/// The pages that carry a fallback.
const PAGES: &[&str] = &["index.html", "embed.html"];

fn picture(lang: Lang) -> Result<String, String> {
    let scene = build_scene(&picture_spec(&EMBEDDED, lang));
    let mut svg = String::new();
    {
        let area =
            SVGBackend::with_string(&mut svg, (PICTURE_SIZE.0 as u32, PICTURE_SIZE.1 as u32))
                .into_drawing_area();
        render(&area, &scene, 1.0, LIGHT.background).map_err(|e| format!("drawing failed: {e}"))?;
    }
    Ok(svg)
}

fn run(dir: &Path) -> Result<(), String> {
    for lang in Lang::ALL {
        let name = format!("fallback-{}.svg", lang.tag());
        let path = dir.join(&name);
        std::fs::write(&path, picture(lang)?)
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
        let lang = Lang::ALL
            .into_iter()
            .find(|l| html.contains(&format!(r#"<html lang="{}""#, l.tag())))
            .unwrap_or_default();
        let fallback = fallback_html(&EMBEDDED, lang, &format!("fallback-{}.svg", lang.tag()));
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
