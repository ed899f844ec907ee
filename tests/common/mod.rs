//! Helpers shared by the native drawing tests: the scene drawn to SVG through
//! the renderer the canvas uses, the texts it drew, and how a wrapped
//! label reads.

// Each test crate that includes this file uses only some of it.
#![allow(dead_code)]

use kpop_exports_chart::chart::{backing_size, build_scene, ChartSpec, LIGHT};
use kpop_exports_chart::render;
use plotters::prelude::{IntoDrawingArea, SVGBackend};

/// Draws `spec` to SVG at pixel ratio `dpr` with the canvas's renderer.
pub fn svg(spec: &ChartSpec, dpr: f64) -> String {
    let scene = build_scene(spec);
    let (w, h) = backing_size(spec.width, spec.height, dpr);
    let mut out = String::new();
    {
        let area = SVGBackend::with_string(&mut out, (w, h)).into_drawing_area();
        if let Err(e) = render(&area, &scene, dpr, LIGHT.background) {
            panic!("SVG rendering can't fail: {e}");
        }
    }
    out
}

/// The text of every `<text>` element.
pub fn texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .filter_map(|t| {
            let body = t.split_once('>')?.1;
            Some(body.split_once("</text>")?.0.trim().to_string())
        })
        .collect()
}

/// Whether `lines` (a label broken where its words allow) read `want`: the
/// lines in order, a break standing where `want` has a space or nothing.
pub fn reads(lines: &[&str], want: &str) -> bool {
    let mut rest = want;
    for (i, line) in lines.iter().enumerate() {
        let Some(r) = rest.strip_prefix(line) else {
            return false;
        };
        rest = if i + 1 < lines.len() {
            r.strip_prefix(' ').unwrap_or(r)
        } else {
            r
        };
    }
    !lines.is_empty() && rest.is_empty()
}
