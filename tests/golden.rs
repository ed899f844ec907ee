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

/// Where the shared sources document sits, beside the project.
const SHARED_SOURCES: &str = "../shared/data/SOURCES.md";

/// Whether this run is CI's (which sets `CI=true`, as `scripts/audit.sh` reads it).
fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

#[test]
fn the_copy_of_sources_md_is_the_shared_one() {
    // CI runs a clean clone with ../shared beside it, so there a missing
    // document means the comparison never ran: a failure, not a pass. A
    // developer's checkout may lack it; then the test says so and passes.
    match std::fs::read_to_string(SHARED_SOURCES) {
        Ok(shared) => assert_eq!(
            shared, SOURCES,
            "data/SOURCES.md differs from {SHARED_SOURCES}"
        ),
        Err(e) if in_ci() => panic!("CI=true but {SHARED_SOURCES} can't be read: {e}"),
        Err(e) => println!(
            "note: {SHARED_SOURCES} can't be read ({e}); data/SOURCES.md not compared (CI fails here)"
        ),
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

/// `n / d` (`d` > 0) in units of `1 / per` (1000: tenths of a percent; 100:
/// whole percents), rounded half up: the quotient, plus one when the
/// remainder is at least half of `d`.
fn round_half_up(n: u64, d: u64, per: u64) -> u64 {
    let (q, rem) = (n * per / d, n * per % d);
    q + u64::from(2 * rem >= d)
}

/// Whether some share allowed by the source's rounding sits on each side of
/// a rounding boundary of the tenths of a percent, so no one decimal is
/// right. A figure given to a step `r` (k$) is anything in `[v - r/2, v +
/// r/2]`, its total anything in `[t - rt/2, t + rt/2]`: the shares run from
/// `lo = (2v - r) / (2t + rt)` to `hi = (2v + r) / (2t - rt)`. Rounding half
/// up changes at each `b = (2n - 1) / 2000`, and the rounded tenths differ
/// across the range exactly when some `b` has `lo < b <= hi`. Every `b`
/// from 0% to 100% is tried, comparing fractions by cross-multiplying.
fn a_boundary_is_inside(v: u64, r: u64, t: u64, rt: u64) -> bool {
    if 2 * t <= rt {
        return true; // a total that may be zero: any share at all
    }
    let (lo_n, lo_d) = ((2 * v).saturating_sub(r), 2 * t + rt);
    let (hi_n, hi_d) = (2 * v + r, 2 * t - rt);
    (1..=1000u64).any(|n| {
        let (b_n, b_d) = (2 * n - 1, 2000);
        lo_n * b_d < b_n * lo_d && b_n * hi_d <= hi_n * b_d
    })
}

/// A share as the chart should write it, from first principles: exact
/// figures to one decimal; when the source rounded the figure or the total
/// (a step above 1 k$), marked `≈`, and to one decimal only if every share
/// the rounding allows rounds to the same one, else in whole percents.
fn share_text(v: u32, r: u32, t: u32, rt: u32) -> String {
    let (v, r, t, rt) = (
        u64::from(v),
        u64::from(r.max(1)),
        u64::from(t),
        u64::from(rt.max(1)),
    );
    let approximate = r > 1 || rt > 1;
    let approx = if approximate { "≈" } else { "" };
    if approximate && a_boundary_is_inside(v, r, t, rt) {
        format!("{approx}{}%", round_half_up(v, t, 100))
    } else {
        let tenths = round_half_up(v, t, 1000);
        format!("{approx}{}.{}%", tenths / 10, tenths % 10)
    }
}

/// A figure's share of its period's total, from the file alone.
fn share_from_file(f: &kpop_exports_chart::data::Figure) -> String {
    let t = kpop_exports_chart::data::figure(f.period, Destination::All).expect("a total");
    share_text(
        f.value_kusd,
        f.rounded_to_kusd,
        t.value_kusd,
        t.rounded_to_kusd,
    )
}

#[test]
fn the_expected_shares_are_right_by_hand() {
    // Worked by hand, so the helper above is checked before it checks the
    // chart. Exact: 25,519 / 132,934 = 19.197%.
    assert_eq!(share_text(25_519, 1, 132_934, 1), "19.2%");
    // 1 / 16 = 6.25%, a half: rounded up.
    assert_eq!(share_text(1, 1, 16, 1), "6.3%");
    // $60M of ≈$123M: 59.5 / 123.5 = 48.18% to 60.5 / 122.5 = 49.39%.
    assert_eq!(share_text(60_000, 1000, 123_000, 1000), "≈49%");
    // $60.29M of ≈$291.8M: 60.285 / 291.85 = 20.656% to 60.295 / 291.75 =
    // 20.666%, both 20.7%.
    assert_eq!(share_text(60_290, 10, 291_800, 100), "≈20.7%");
    // Exact $9.005M of ≈$100M: 9.0045 / 100.5 = 8.960% to 9.0055 / 99.5 =
    // 9.0508%, so the tenths run from 9.0 to 9.1: whole percents.
    assert_eq!(share_text(9_005, 1, 100_000, 1000), "≈9%");
    // 50 of ≈1,000 (step 10): 49.5 / 1005 = 4.925% to 50.5 / 995 = 5.075%.
    assert_eq!(share_text(50, 1, 1_000, 10), "≈5%");
    // 500 of ≈100,000 (step 10): 499.5 / 100,005 = 0.4995% to 500.5 /
    // 99,995 = 0.50053%, all 0.5%.
    assert_eq!(share_text(500, 1, 100_000, 10), "≈0.5%");
}

#[test]
fn shares_of_rounded_figures_follow_the_rounding_bounds_beyond_the_file() {
    // The file has few rounded figures, and none that tells every reading of
    // the bounds apart: try the code on a grid of values, steps and totals.
    use kpop_exports_chart::format::share_of;
    let (mut whole, mut tenths) = (0, 0);
    for total in [1_000, 2_000, 12_340, 99_500, 123_000, 291_800, 300_000u32] {
        for rt in [1, 10, 100, 1000u32].into_iter().filter(|s| total % s == 0) {
            for r in [1, 10, 100, 1000u32] {
                let step = r * (total / r / 250).max(1);
                for v in (0..=total).step_by(step as usize) {
                    let expected = share_text(v, r, total, rt);
                    let shown = share_of(v, r, total, rt).map(|s| s.text());
                    assert_eq!(
                        shown.as_deref(),
                        Some(expected.as_str()),
                        "{v} (step {r}) of {total} (step {rt})"
                    );
                    if !expected.starts_with('≈') {
                        continue;
                    }
                    if expected.contains('.') {
                        tenths += 1;
                    } else {
                        whole += 1;
                    }
                }
            }
        }
    }
    // Both outcomes of the bounds check were tried, many times each.
    println!("approximate shares: {whole} in whole percents, {tenths} in tenths");
    assert!(
        whole > 1000 && tenths > 1000,
        "{whole} whole, {tenths} tenths"
    );
    assert_eq!(share_of(5, 1, 0, 1), None, "a zero total has no share");
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
