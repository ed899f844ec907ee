//! Golden numbers: the data file's figures are exactly those of the sources
//! document (`data/SOURCES.md`, a copy of `../shared/data/SOURCES.md`), and
//! every number the chart shows comes from them unchanged.

#![allow(clippy::expect_used)] // a test helper failing loudly is what a test wants

use kpop_exports_chart::data::{Destination, Period, YearMonth, EMBEDDED};

mod common;

const SOURCES: &str = include_str!("../data/SOURCES.md");

/// The first half of 2023: the seed article's period.
const H1_2023: Period = Period {
    start: YearMonth {
        year: 2023,
        month: 1,
    },
    end: YearMonth {
        year: 2023,
        month: 6,
    },
};

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
        EMBEDDED.figures.len(),
        sourced.len(),
        "the data file holds every sourced figure"
    );
    for f in EMBEDDED.figures {
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

/// An amount as Korean outlets write it, from the file alone (string
/// work on the dollars' digits, not the code under test): the k$ digits
/// and three zeros cut into groups of four from the right, each without
/// its leading zeros and followed by 조, 억 or 만 (nothing for the last),
/// empty groups left out, then ` 달러`: `4852만3000 달러`.
fn korean_from_file(kusd: u32) -> String {
    if kusd == 0 {
        return "0 달러".to_string();
    }
    let digits: Vec<char> = format!("{kusd}000").chars().collect();
    let units = ["", "만", "억", "조"];
    let mut groups: Vec<String> = digits
        .rchunks(4)
        .zip(units)
        .filter_map(|(chunk, unit)| {
            let group: String = chunk.iter().collect();
            let group = group.trim_start_matches('0');
            (!group.is_empty()).then(|| format!("{group}{unit}"))
        })
        .collect();
    groups.reverse();
    format!("{} 달러", groups.concat())
}

/// A Korean label from the file: [`korean_from_file`], after `약 ` when
/// the source rounded the figure.
fn korean_label_from_file(kusd: u32, rounded_to_kusd: u32) -> String {
    let approx = if rounded_to_kusd > 1 { "약 " } else { "" };
    format!("{approx}{}", korean_from_file(kusd))
}

/// A Korean amount read back into k$, and whether it says 약: digits, each
/// run closed by 조, 억, 만 or the end, then ` 달러`. `None` for anything
/// else, or an amount that isn't whole thousands of dollars.
fn korean_to_kusd(text: &str) -> Option<(u32, bool)> {
    let approx = text.starts_with("약 ");
    let body = text.strip_prefix("약 ").unwrap_or(text);
    let body = body.strip_suffix(" 달러")?;
    let (mut total, mut group) = (0u64, None::<u64>);
    for c in body.chars() {
        if let Some(d) = c.to_digit(10) {
            group = Some(group.unwrap_or(0) * 10 + u64::from(d));
            continue;
        }
        let unit: u64 = match c {
            '만' => 10_000,
            '억' => 100_000_000,
            '조' => 1_000_000_000_000,
            _ => return None,
        };
        total += group.take()? * unit;
    }
    total += group.unwrap_or(0);
    if total % 1000 != 0 {
        return None;
    }
    Some((u32::try_from(total / 1000).ok()?, approx))
}

#[test]
fn the_korean_helpers_are_right_by_hand() {
    // Worked by hand: 48,523 k$ = $48,523,000 = 4852 × 10⁴ + 3000.
    assert_eq!(korean_from_file(48_523), "4852만3000 달러");
    assert_eq!(korean_from_file(132_934), "1억3293만4000 달러");
    assert_eq!(korean_from_file(25_519), "2551만9000 달러");
    assert_eq!(korean_from_file(640), "64만 달러");
    assert_eq!(korean_from_file(100_000), "1억 달러");
    assert_eq!(korean_from_file(100_003), "1억3000 달러");
    assert_eq!(korean_from_file(0), "0 달러");
    assert_eq!(korean_label_from_file(60_000, 1000), "약 6000만 달러");
    assert_eq!(korean_label_from_file(291_800, 100), "약 2억9180만 달러");
    assert_eq!(korean_label_from_file(59_790, 10), "약 5979만 달러");
    assert_eq!(korean_to_kusd("1억3293만4000 달러"), Some((132_934, false)));
    assert_eq!(korean_to_kusd("약 6000만 달러"), Some((60_000, true)));
    assert_eq!(korean_to_kusd("$48.523M"), None);
    assert_eq!(korean_to_kusd("4852만3000"), None, "no currency");
    assert_eq!(korean_to_kusd("4852만3500 달러"), None, "not whole k$");
    for f in EMBEDDED.figures {
        let label = korean_label_from_file(f.value_kusd, f.rounded_to_kusd);
        assert_eq!(
            korean_to_kusd(&label),
            Some((f.value_kusd, f.rounded_to_kusd > 1)),
            "{label}"
        );
    }
}

#[test]
fn every_tooltip_table_cell_and_announcement_shows_the_files_figure_in_both_languages() {
    use kpop_exports_chart::reading::{announcement, point_text, PlainNumbers};
    use kpop_exports_chart::Lang;
    for (i, f) in EMBEDDED.figures.iter().enumerate() {
        for lang in [Lang::En, Lang::Ko] {
            // In English whole dollars (`Intl` in the browser); in Korean
            // 만 and 억, never a currency format.
            let exact = match lang {
                Lang::En => dollars(f.value_kusd),
                Lang::Ko => korean_from_file(f.value_kusd),
            };
            let t = point_text(&EMBEDDED, i, &PlainNumbers, lang).expect("every figure has a text");
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
            let a = announcement(&EMBEDDED, i, &PlainNumbers, true, lang);
            assert!(a.contains(&exact), "{lang:?} {i}: {a}");
            if lang == Lang::Ko {
                // Read back: the amount before the rounding note is the file's.
                let end = t.value.find("달러").expect("달러") + "달러".len();
                assert_eq!(
                    korean_to_kusd(&t.value[..end]),
                    Some((f.value_kusd, f.rounded_to_kusd > 1)),
                    "{i}: {}",
                    t.value
                );
                assert!(!t.value.contains('$') && !a.contains('$'), "{a}");
            }
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

/// A figure's share of its period's total, from the file alone, marked
/// approximate as `lang` marks it (`≈49%`, Korean `약 49%`).
fn share_from_file(f: &kpop_exports_chart::data::Figure, lang: kpop_exports_chart::Lang) -> String {
    let t = EMBEDDED
        .figure(f.period, Destination::All)
        .expect("a total");
    let s = share_text(
        f.value_kusd,
        f.rounded_to_kusd,
        t.value_kusd,
        t.rounded_to_kusd,
    );
    match lang {
        kpop_exports_chart::Lang::En => s,
        kpop_exports_chart::Lang::Ko => s.replacen('≈', "약 ", 1),
    }
}

/// The drawn texts with a Korean amount's lines joined back: a bar's label
/// may break after 만, 억 or 조, or before 달러 (`약 6000만` / `달러`).
fn joined_lines(drawn: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in drawn {
        if let Some(prev) = out.last_mut() {
            let after_unit = prev.ends_with(['만', '억', '조']);
            let after_digit = prev.ends_with(|c: char| c.is_ascii_digit());
            if t.starts_with("달러") && (after_unit || after_digit) {
                prev.push(' ');
                prev.push_str(t);
                continue;
            }
            if after_unit && t.starts_with(|c: char| c.is_ascii_digit()) {
                prev.push_str(t);
                continue;
            }
        }
        out.push(t.clone());
    }
    out
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
    use kpop_exports_chart::Lang;
    let (mut whole, mut tenths) = (0, 0);
    for total in [1_000, 2_000, 12_340, 99_500, 123_000, 291_800, 300_000u32] {
        for rt in [1, 10, 100, 1000u32].into_iter().filter(|s| total % s == 0) {
            for r in [1, 10, 100, 1000u32] {
                let step = r * (total / r / 250).max(1);
                for v in (0..=total).step_by(step as usize) {
                    let expected = share_text(v, r, total, rt);
                    let shown = share_of(v, r, total, rt).map(|s| s.text(Lang::En));
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
    use kpop_exports_chart::Lang;
    use kpop_exports_chart::Metric;
    let drawn = common::texts(&common::svg(spec, 1.0));
    // A Korean amount too wide for its bar is drawn as two lines.
    let drawn = match spec.lang {
        Lang::En => drawn,
        Lang::Ko => joined_lines(&drawn),
    };
    let suffix = match spec.lang {
        Lang::En => " of total",
        Lang::Ko => " (전체 대비)",
    };
    let mut expected = Vec::new();
    let mut figures = Vec::new();
    for d in Destination::COUNTRIES {
        let f = EMBEDDED.figure(period, d).expect("a country figure");
        figures.push((f.value_kusd, f.rounded_to_kusd > 1));
        let money = match spec.lang {
            Lang::En => money_from_file(f.value_kusd, f.rounded_to_kusd),
            Lang::Ko => korean_label_from_file(f.value_kusd, f.rounded_to_kusd),
        };
        let share = share_from_file(f, spec.lang);
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
    // Anything that writes an amount: `$`, `%`, `달러`, or a digit before 만, 억 or 조.
    let amount = |t: &str| {
        let chars: Vec<char> = t.chars().collect();
        t.contains(['$', '%'])
            || t.contains("달러")
            || chars
                .windows(2)
                .any(|w| w[0].is_ascii_digit() && ['만', '억', '조'].contains(&w[1]))
    };
    for t in drawn.iter().filter(|t| amount(t)) {
        assert!(
            expected.contains(t),
            "{spec:?}: {t} is not one of the file's figures: {expected:?}"
        );
        // Every Korean amount, read back, is one of the period's figures.
        if spec.lang == Lang::Ko && !t.contains('%') {
            let back = korean_to_kusd(t).unwrap_or_else(|| panic!("{spec:?}: `{t}` unreadable"));
            assert!(figures.contains(&back), "{spec:?}: {t} reads {back:?}");
        }
    }
}

#[test]
fn every_drawn_label_and_the_fallback_picture_show_the_files_figures_in_both_languages() {
    use kpop_exports_chart::chart::ChartSpec;
    use kpop_exports_chart::fallback::picture_spec;
    use kpop_exports_chart::Lang;
    use kpop_exports_chart::{ChartView, Metric};
    // Every period the file has all three countries and a total for.
    let mut periods: Vec<Period> = EMBEDDED.figures.iter().map(|f| f.period).collect();
    periods.dedup();
    periods.retain(|&p| {
        Destination::COUNTRIES
            .iter()
            .chain([&Destination::All])
            .all(|&d| EMBEDDED.figure(p, d).is_some())
    });
    assert!(periods.contains(&H1_2023), "{periods:?}");
    let mut drawings = 0;
    for lang in [Lang::En, Lang::Ko] {
        for &period in &periods {
            for metric in [Metric::Dollars, Metric::Share] {
                for (width, annotations) in [(320.0, true), (640.0, false), (1000.0, true)] {
                    let spec = ChartSpec {
                        data: EMBEDDED,
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
        let spec = picture_spec(&EMBEDDED, lang);
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
    use kpop_exports_chart::fallback::{fallback_html, picture_spec, Pictures};
    use kpop_exports_chart::ChartView;
    use kpop_exports_chart::Lang;
    for lang in [Lang::En, Lang::Ko] {
        let pictures = Pictures::draw(&EMBEDDED, lang).expect("the pictures draw");
        let html = fallback_html(&EMBEDDED, lang, &pictures);
        let ChartView::Snapshot(period) = picture_spec(&EMBEDDED, lang).view else {
            panic!("the fallback picture is a snapshot");
        };
        let rows: Vec<_> = EMBEDDED
            .figures
            .iter()
            .filter(|f| f.period == period)
            .collect();
        assert_eq!(rows.len(), 4, "three countries and the total");
        for f in rows {
            // Whole cells: the exact dollars and the share, nothing else.
            let value = match lang {
                Lang::En => dollars(f.value_kusd),
                Lang::Ko => korean_from_file(f.value_kusd),
            };
            let value = format!(">{value}</td>");
            let share = format!(">{}</td>", share_from_file(f, lang));
            assert!(html.contains(&value), "{lang:?}: no cell {value}");
            // The total's share of itself is left out.
            if f.destination != Destination::All {
                assert!(html.contains(&share), "{lang:?}: no cell {share}");
            }
        }
    }
}

#[test]
fn the_first_half_of_2023_reads_in_man_and_eok_in_korean_and_unchanged_in_english() {
    use kpop_exports_chart::chart::ChartSpec;
    use kpop_exports_chart::chart::{picture_scene, LIGHT};
    use kpop_exports_chart::fallback::{fallback_html, Pictures};
    use kpop_exports_chart::reading::{announcement, point_text, PlainNumbers};
    use kpop_exports_chart::scene::TextRole;
    use kpop_exports_chart::text::{describe, subtitle};
    use kpop_exports_chart::{ChartView, Lang, Metric};
    let jp = EMBEDDED
        .figure_index(H1_2023, Destination::Japan)
        .expect("Japan, H1 2023");
    let view = ChartView::Snapshot(H1_2023);
    // (language, the label, the full amount, the description's words)
    let cases = [
        (
            Lang::En,
            "$48.523M",
            "$48,523,000",
            "Japan $48.523M (36.5% of the total)",
        ),
        (
            Lang::Ko,
            "4852만3000 달러",
            "4852만3000 달러",
            "일본 4852만3000 달러(전체의 36.5%)",
        ),
    ];
    for (lang, label, full, described) in cases {
        // The tooltip, the table's cell and the keyboard's announcement.
        let t = point_text(&EMBEDDED, jp, &PlainNumbers, lang).expect("a text");
        assert_eq!(t.value, full, "{lang:?}");
        let a = announcement(&EMBEDDED, jp, &PlainNumbers, false, lang);
        let said = match lang {
            Lang::En => "Japan, the first half of 2023: $48,523,000, 36.5% of all album exports.",
            Lang::Ko => "일본, 2023년 상반기: 4852만3000 달러, 전체 음반 수출의 36.5%.",
        };
        assert_eq!(a, said);
        let pictures = Pictures::draw(&EMBEDDED, lang).expect("the pictures draw");
        let html = fallback_html(&EMBEDDED, lang, &pictures);
        assert!(
            html.contains(&format!(">{full}</td>")),
            "{lang:?}: no cell {full}"
        );
        // The bar's label, on a laptop's canvas and in the downloaded image's.
        for width in [640.0, 1000.0] {
            let spec = ChartSpec {
                data: EMBEDDED,
                view,
                metric: Metric::Dollars,
                annotations: false,
                width,
                height: 460.0,
                focus: None,
                lang,
            };
            let drawn = common::texts(&common::svg(&spec, 1.0));
            assert!(
                drawn.iter().any(|d| d == label),
                "{lang:?} {width}: {drawn:?}"
            );
            let image = picture_scene(&spec, spec.data.default_period, &LIGHT);
            let labels = image.texts(TextRole::DataLabel);
            assert!(
                labels.iter().any(|(t, _)| *t == label),
                "{lang:?} {width}: image"
            );
        }
        // Korean ticks (`1억2000만`) leave the currency to the subtitle.
        if lang == Lang::Ko {
            for v in [view, ChartView::Timeline] {
                let sub = subtitle(v, Metric::Dollars, lang);
                assert!(sub.contains("(미국 달러)"), "{sub}");
            }
        }
        // The canvas's description.
        let d = describe(&EMBEDDED, view, Metric::Dollars, false, false, lang);
        assert!(d.contains(described), "{d}");
    }
}
