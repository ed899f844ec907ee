//! Golden numbers: the data file's figures are exactly those of the sources
//! document (`data/SOURCES.md`, a copy of `../shared/data/SOURCES.md`), and
//! every number the chart shows comes from them unchanged.

#![allow(clippy::expect_used)] // a test helper failing loudly is what a test wants

use kpop_exports_chart::data::{Destination, FIGURES};

const SOURCES: &str = include_str!("../data/SOURCES.md");

/// (first month, last month) of a period as SOURCES.md writes it.
fn period(text: &str) -> (String, String) {
    let year: String = text.chars().take(4).collect();
    let rest = text[4..].trim();
    let (a, b) = if rest.is_empty() {
        ("01", "12")
    } else if rest.starts_with("H1") {
        ("01", "06")
    } else if rest.starts_with("Jan–Nov") {
        ("01", "11")
    } else if rest.starts_with("Jan–Oct") {
        ("01", "10")
    } else {
        panic!("unknown period in SOURCES.md: {text}");
    };
    (format!("{year}-{a}"), format!("{year}-{b}"))
}

/// A figure cell: its value in k$ and whether the source only rounded it.
fn value(cell: &str) -> (u32, bool) {
    let approx = cell.contains('≈');
    let digits: String = cell
        .trim_start_matches('≈')
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',')
        .filter(char::is_ascii_digit)
        .collect();
    (digits.parse().expect("a number"), approx)
}

/// Every (period, destination, value, approximate) in SOURCES.md's two tables.
fn sourced() -> Vec<((String, String), Destination, u32, bool)> {
    let mut out = Vec::new();
    let mut table = 0;
    for line in SOURCES.lines() {
        if line.starts_with("## All destinations") {
            table = 1;
        } else if line.starts_with("## Japan, United States, China") {
            table = 2;
        } else if line.starts_with("## ") {
            table = 0;
        }
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        if table == 0 || cells.len() < 4 || !cells[1].starts_with("20") {
            continue;
        }
        let p = period(cells[1]);
        if table == 1 {
            let (v, a) = value(cells[2]);
            out.push((p, Destination::All, v, a));
        } else {
            for (cell, d) in cells[2..5].iter().zip(Destination::COUNTRIES) {
                let (v, a) = value(cell);
                out.push((p.clone(), d, v, a));
            }
        }
    }
    out
}

#[test]
fn the_copy_of_sources_md_is_the_shared_one() {
    // Beside the project on a developer's machine; CI may not have it.
    if let Ok(shared) = std::fs::read_to_string("../shared/data/SOURCES.md") {
        assert_eq!(
            shared, SOURCES,
            "data/SOURCES.md differs from ../shared/data/SOURCES.md"
        );
    }
}

#[test]
fn every_figure_in_the_data_file_is_in_the_sources_exactly() {
    let sourced = sourced();
    assert_eq!(
        sourced.len(),
        40,
        "SOURCES.md tables: 13 totals and 9 × 3 countries"
    );
    assert_eq!(
        FIGURES.len(),
        sourced.len(),
        "the data file holds every sourced figure"
    );
    for f in FIGURES {
        let p = (
            format!("{}-{:02}", f.period.start.year, f.period.start.month),
            format!("{}-{:02}", f.period.end.year, f.period.end.month),
        );
        let s = sourced
            .iter()
            .find(|(sp, d, _, _)| *sp == p && *d == f.destination)
            .unwrap_or_else(|| panic!("{p:?} {:?} is not in SOURCES.md", f.destination));
        assert_eq!(f.value_kusd, s.2, "{p:?} {:?}", f.destination);
        assert_eq!(
            f.rounded_to_kusd > 1,
            s.3,
            "{p:?} {:?}: rounding flag",
            f.destination
        );
    }
}

/// `$25,519,000` written out independently of the code under test.
fn dollars(kusd: u32) -> String {
    let s = (u64::from(kusd) * 1000).to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    format!("${out}")
}

#[test]
fn every_tooltip_table_cell_and_announcement_shows_the_files_figure_in_both_languages() {
    use kpop_exports_chart::reading::{announcement, point_text, PlainNumbers};
    use kpop_exports_chart::Lang;
    for (i, f) in FIGURES.iter().enumerate() {
        let exact = dollars(f.value_kusd);
        for lang in [Lang::En, Lang::Ko] {
            let t = point_text(i, &PlainNumbers, lang).expect("every figure has a text");
            // The value cell (also the table's) starts with the figure, marked
            // "about" when the source rounded it.
            let about = match (lang, f.rounded_to_kusd > 1) {
                (_, false) => "",
                (Lang::En, true) => "about ",
                (Lang::Ko, true) => "약 ",
            };
            assert!(
                t.value.starts_with(&format!("{about}{exact}")),
                "{lang:?} {i}: {}",
                t.value
            );
            let a = announcement(i, &PlainNumbers, true, lang);
            assert!(a.contains(&exact), "{lang:?} {i}: {a}");
            assert!(t.source.starts_with(f.source) && t.source.ends_with(f.source_date));
        }
    }
}
