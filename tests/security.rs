//! No HTML is ever built from input in the browser: nothing in the browser
//! code (Rust or the embed scripts) writes markup from a string. Text goes in
//! as text nodes; the only HTML built from strings is the build-time fallback,
//! from the data files, escaped (`src/render/fallback.rs`).

use std::path::Path;

const SINKS: &[&str] = &[
    "innerHTML",
    "inner_html",
    "outerHTML",
    "outer_html",
    "insertAdjacentHTML",
    "insert_adjacent_html",
    "document.write",
    "createContextualFragment",
    "eval(",
    "new Function",
];

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, out);
        } else if matches!(
            p.extension().and_then(|x| x.to_str()),
            Some("rs" | "js" | "html")
        ) {
            out.push(p);
        }
    }
}

#[test]
fn no_markup_is_built_from_strings_in_browser_code() {
    let mut all = Vec::new();
    files(Path::new("src"), &mut all);
    files(Path::new("web"), &mut all);
    all.push("index.html".into());
    assert!(all.len() > 10, "the scan found the sources");
    for f in all {
        let text = std::fs::read_to_string(&f).unwrap_or_default();
        for sink in SINKS {
            assert!(!text.contains(sink), "{} uses {sink}", f.display());
        }
    }
}
