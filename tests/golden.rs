//! Golden numbers: the data file's figures are exactly those of the sources
//! document (`data/SOURCES.md`, a copy of `../shared/data/SOURCES.md`), and
//! every number the chart shows comes from them unchanged.

#![allow(clippy::expect_used)] // a test helper failing loudly is what a test wants

use kpop_exports_chart::data::{Destination, FIGURES};

mod common;

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

/// A figure in millions with exactly the source's digits, written out
/// independently of the code under test (float formatting, not integers).
fn money_from_file(kusd: u32, rounded_to_kusd: u32) -> String {
    let approx = if rounded_to_kusd > 1 { "≈" } else { "" };
    let decimals = match rounded_to_kusd {
        0 | 1 => 3,
        10 => 2,
        100 => 1,
        _ => 0,
    };
    if decimals == 3 && kusd < 1000 {
        return format!("{approx}${kusd}K");
    }
    format!("{approx}${:.*}M", decimals, f64::from(kusd) / 1000.0)
}

/// `n / d` in tenths of a percent, rounded half up, exactly (integers).
fn tenths_of_percent(n: u64, d: u64) -> u64 {
    (n * 2000 + d) / (2 * d)
}

/// A figure's share of its period's total, from the file alone: one decimal
/// when both are exact; when the source rounded either, one decimal only if
/// every value the rounding allows gives the same decimal, else none.
fn share_from_file(f: &kpop_exports_chart::data::Figure) -> String {
    let t = kpop_exports_chart::data::figure(f.period, Destination::All).expect("a total");
    let (v, r, tv, tr) = (
        u64::from(f.value_kusd),
        u64::from(f.rounded_to_kusd.max(1)),
        u64::from(t.value_kusd),
        u64::from(t.rounded_to_kusd.max(1)),
    );
    let approximate = f.is_approximate() || t.is_approximate();
    // Bounds in halves of a k$: (2v - r) / (2t + r) and (2v + r) / (2t - r).
    let one_decimal = !approximate
        || tenths_of_percent(2 * v - r, 2 * tv + tr) == tenths_of_percent(2 * v + r, 2 * tv - tr);
    let tenths = tenths_of_percent(v, tv);
    let approx = if approximate { "≈" } else { "" };
    if one_decimal {
        format!("{approx}{}.{}%", tenths / 10, tenths % 10)
    } else {
        format!("{approx}{}%", (v * 200 + tv) / (2 * tv))
    }
}

/// Checks one drawing: each country's two labels are the file's figures, and
/// no other text shows a dollar amount or a percentage.
fn check_drawn_labels(
    spec: &kpop_exports_chart::chart::ChartSpec,
    period: kpop_exports_chart::data::Period,
) {
    use kpop_exports_chart::data::figure;
    use kpop_exports_chart::Lang;
    use kpop_exports_chart::Metric;
    let drawn = common::texts(&common::svg(spec, 1.0));
    let suffix = match spec.lang {
        Lang::En => " of total",
        Lang::Ko => " (전체 대비)",
    };
    let mut expected = Vec::new();
    for d in Destination::COUNTRIES {
        let f = figure(period, d).expect("a country figure");
        let (money, share) = (
            money_from_file(f.value_kusd, f.rounded_to_kusd),
            share_from_file(f),
        );
        let (primary, secondary) = match spec.metric {
            Metric::Dollars => (money, share.clone()),
            Metric::Share => (share.clone(), money),
        };
        assert!(
            drawn.contains(&primary),
            "{spec:?}: {primary} not drawn: {drawn:?}"
        );
        // The share under a bar may drop its suffix where it doesn't fit.
        let with_suffix = format!("{secondary}{suffix}");
        assert!(
            drawn.contains(&secondary)
                || (spec.metric == Metric::Dollars && drawn.contains(&with_suffix)),
            "{spec:?}: {secondary} not drawn: {drawn:?}"
        );
        expected.extend([primary, secondary, with_suffix]);
    }
    for t in drawn.iter().filter(|t| t.contains('$') || t.contains('%')) {
        assert!(
            expected.contains(t),
            "{spec:?}: {t} is not one of the file's figures: {expected:?}"
        );
    }
}

#[test]
fn every_drawn_label_and_the_fallback_picture_show_the_files_figures_in_both_languages() {
    use kpop_exports_chart::chart::ChartSpec;
    use kpop_exports_chart::data::{figure, Period};
    use kpop_exports_chart::fallback::picture_spec;
    use kpop_exports_chart::Lang;
    use kpop_exports_chart::{ChartView, Metric};
    // Every period the file has all three countries and a total for.
    let mut periods: Vec<Period> = FIGURES.iter().map(|f| f.period).collect();
    periods.dedup();
    periods.retain(|&p| {
        Destination::COUNTRIES
            .iter()
            .chain([&Destination::All])
            .all(|&d| figure(p, d).is_some())
    });
    assert!(periods.contains(&Period::H1_2023), "{periods:?}");
    let mut drawings = 0;
    for lang in [Lang::En, Lang::Ko] {
        for &period in &periods {
            for metric in [Metric::Dollars, Metric::Share] {
                for (width, annotations) in [(320.0, true), (640.0, false), (1000.0, true)] {
                    let spec = ChartSpec {
                        view: ChartView::Snapshot(period),
                        metric,
                        annotations,
                        width,
                        height: 460.0,
                        focus: None,
                        lang,
                    };
                    check_drawn_labels(&spec, period);
                    drawings += 1;
                }
            }
        }
        // The static picture the pages show before (or without) the wasm.
        let spec = picture_spec(lang);
        let ChartView::Snapshot(period) = spec.view else {
            panic!("the fallback picture is a snapshot");
        };
        check_drawn_labels(&spec, period);
    }
    println!("{drawings} drawings of {} periods checked", periods.len());
    assert!(drawings >= 12, "{drawings}");
}

#[test]
fn the_fallback_table_shows_the_pictures_figures_exactly_in_both_languages() {
    use kpop_exports_chart::fallback::{fallback_html, picture_spec};
    use kpop_exports_chart::ChartView;
    use kpop_exports_chart::Lang;
    for lang in [Lang::En, Lang::Ko] {
        let html = fallback_html(lang, "picture.svg");
        let ChartView::Snapshot(period) = picture_spec(lang).view else {
            panic!("the fallback picture is a snapshot");
        };
        let rows: Vec<_> = FIGURES.iter().filter(|f| f.period == period).collect();
        assert_eq!(rows.len(), 4, "three countries and the total");
        for f in rows {
            // Whole cells: the exact dollars and the share, nothing else.
            let value = format!(">{}</td>", dollars(f.value_kusd));
            let share = format!(">{}</td>", share_from_file(f));
            assert!(html.contains(&value), "{lang:?}: no cell {value}");
            // The total's share of itself is left out.
            if f.destination != Destination::All {
                assert!(html.contains(&share), "{lang:?}: no cell {share}");
            }
        }
    }
}
