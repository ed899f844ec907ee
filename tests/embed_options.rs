//! The embed script's list of options a URL query may carry is the crate's
//! one option table: an option added to `options::OPTIONS` and forgotten in
//! `web/kpop-chart.js` (or the other way round) fails here.

use kpop_exports_chart::options::NAMES;

/// The quoted names in `const QUERY_OPTIONS = ['lang', ...];`.
fn query_options(script: &str) -> Option<Vec<String>> {
    let line = script
        .lines()
        .find(|l| l.trim_start().starts_with("const QUERY_OPTIONS"))?;
    let list = line.split_once('[')?.1.split_once(']')?.0;
    Some(
        list.split(',')
            .map(|s| s.trim().trim_matches(|c| c == '\'' || c == '"').to_string())
            .filter(|s| !s.is_empty())
            .collect(),
    )
}

#[test]
fn the_embed_scripts_query_options_are_the_option_table() {
    let script = std::fs::read_to_string("web/kpop-chart.js").expect("web/kpop-chart.js is read");
    let names =
        query_options(&script).expect("web/kpop-chart.js declares `const QUERY_OPTIONS = [...]`");
    assert_eq!(names, NAMES, "QUERY_OPTIONS in web/kpop-chart.js");
}

#[test]
fn the_reader_finds_the_list_and_misses_a_missing_one() {
    let names = query_options("const X = 1;\n  const QUERY_OPTIONS = ['a', \"b\"];\n");
    assert_eq!(names, Some(vec!["a".to_string(), "b".to_string()]));
    assert_eq!(query_options("const OPTIONS = ['a'];"), None);
}
