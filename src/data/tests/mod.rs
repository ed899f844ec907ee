use super::parse::{parse_exports, parse_milestones, DataError, EXPORTS_HEADER, MILESTONES_HEADER};
use super::*;
use crate::model::testing::H1_2023;
use crate::vocab::Lang;
use crate::words::PeriodWords;

const GOOD_ROWS: &str = "\
2023-01,2023-06,all,132934,1,Korea Herald,2023-07-18
2023-01,2023-06,japan,48523,1,The Fact,2023-07-18
2023-01,2023-06,united_states,25519,1,The Fact,2023-07-18
";

/// Builds an exports file: a comment, the header, the good rows, then `extra`.
fn exports_with(extra: &str) -> String {
    format!("# comment\n{EXPORTS_HEADER}\n{GOOD_ROWS}{extra}")
}

fn exports_error(extra: &str) -> DataError {
    match parse_exports("data/exports.csv", &exports_with(extra)) {
        Ok(rows) => panic!("expected an error, got {} rows", rows.len()),
        Err(e) => e,
    }
}

#[test]
fn the_good_rows_parse() {
    let rows = parse_exports("data/exports.csv", &exports_with("")).unwrap();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[1].value_kusd, 48523);
    assert_eq!(rows[1].line, 4);
}

#[test]
fn a_malformed_row_names_file_line_and_field() {
    let e = exports_error("2023-01,2023-06,china,22.640,1,The Fact,2023-07-18\n");
    assert_eq!(e.file, "data/exports.csv");
    assert_eq!(e.line, 6);
    assert!(e.message.contains("value_kusd `22.640`"), "{e}");
    assert!(e.to_string().starts_with("data/exports.csv:6: "), "{e}");

    let e = exports_error("2023-01,2023-06,china,22640,1\n");
    assert_eq!(e.line, 6);
    assert!(
        e.message.contains("expected 7 comma-separated fields"),
        "{e}"
    );

    let e = exports_error("2023-13,2023-06,china,22640,1,The Fact,2023-07-18\n");
    assert!(e.message.contains("period_start `2023-13`"), "{e}");

    let e = exports_error("2023-01,2023-06,china,22640,1,The Fact,18 July\n");
    assert!(e.message.contains("source_date `18 July`"), "{e}");

    let e = exports_error("2023-01,2023-06,china,22640,1,,2023-07-18\n");
    assert!(e.message.contains("source is empty"), "{e}");

    let e = exports_error("2023-01,2023-06,china,22640,5,The Fact,2023-07-18\n");
    assert!(e.message.contains("rounded_to_kusd `5`"), "{e}");

    // Whole messages, each field's own: what an editor reads in the build log
    // (an empty one: the row is good, a month being a valid source_date).
    let whole = [
        (
            "2023-01,2023-6,china,22640,1,The Fact,2023-07-18\n",
            "period_end `2023-6` is not a month written YYYY-MM",
        ),
        (
            "2023-01,2023-06,china,+22640,1,The Fact,2023-07-18\n",
            "value_kusd `+22640` is not a whole number of thousands of US dollars (digits only)",
        ),
        (
            "2023-01,2023-06,china,22640,1000,The Fact,2023-07-18\n",
            "value_kusd 22640 is not a multiple of rounded_to_kusd 1000",
        ),
        ("2023-01,2023-06,china,22640,1,The Fact,2023-07\n", ""),
        (
            "2023-01,2023-06,china,22640,1,The Fact,2023-02-29\n",
            "source_date `2023-02-29` is not a date written YYYY-MM-DD or YYYY-MM",
        ),
    ];
    for (row, want) in whole {
        match parse_exports("data/exports.csv", &exports_with(row)) {
            Ok(_) => assert_eq!(want, "", "{row}"),
            Err(e) => assert_eq!((e.line, e.message.as_str()), (6, want), "{row}"),
        }
    }
}

#[test]
fn an_unknown_destination_fails() {
    let e = exports_error("2023-01,2023-06,germany,9000,1,The Fact,2023-07-18\n");
    assert_eq!(e.line, 6);
    assert!(e.message.contains("unknown destination `germany`"), "{e}");
    assert!(
        e.message.contains("all, japan, united_states, china"),
        "{e}"
    );
}

#[test]
fn every_destination_has_its_place_in_the_table() {
    for (i, d) in Destination::ALL.into_iter().enumerate() {
        assert_eq!(d.index(), i, "{d:?}");
        assert_eq!(Destination::CODES[i].0, d, "CODES follows ALL");
    }
    assert!(Destination::ALL[0].is_total());
    assert_eq!(Destination::COUNTRIES, Destination::ALL[1..]);
    assert!(Destination::COUNTRIES.iter().all(|d| !d.is_total()));
}

#[test]
fn destination_codes_name_their_variants_both_ways() {
    // Written out by hand: the table the validator and the build share must
    // say exactly this.
    let expected = [
        ("all", Destination::All),
        ("japan", Destination::Japan),
        ("united_states", Destination::UnitedStates),
        ("china", Destination::China),
    ];
    assert_eq!(Destination::CODES.len(), expected.len());
    for (code, d) in expected {
        assert_eq!(Destination::from_code(code), Some(d), "{code}");
        assert_eq!(d.code(), code, "{d:?}");
    }
    for unknown in ["", "All", "Japan", "usa", "united states", " china"] {
        assert_eq!(Destination::from_code(unknown), None, "{unknown:?}");
    }
}

#[test]
fn a_duplicate_period_fails_and_points_at_the_first() {
    let e = exports_error("2023-01,2023-06,japan,48523,1,Another outlet,2023-07-19\n");
    assert_eq!(e.line, 6);
    assert!(e.message.contains("duplicate period"), "{e}");
    assert!(e.message.contains("line 4"), "{e}");
    assert_eq!(
        e.message,
        "duplicate period: japan for 2023-01..2023-06 is already given on line 4"
    );
}

#[test]
fn a_period_ending_before_it_starts_fails() {
    let e = exports_error("2023-06,2023-01,china,22640,1,The Fact,2023-07-18\n");
    assert_eq!(e.line, 6);
    assert!(
        e.message
            .contains("the period ends (2023-01) before it starts (2023-06)"),
        "{e}"
    );
}

#[test]
fn a_country_above_its_total_fails() {
    let e = exports_error("2023-01,2023-06,china,140000,1,The Fact,2023-07-18\n");
    assert_eq!(e.line, 6);
    assert!(
        e.message
            .contains("china value 140000 exceeds the period's total 132934 (line 3)"),
        "{e}"
    );
}

#[test]
fn countries_adding_up_above_the_total_fail() {
    let e = exports_error("2023-01,2023-06,china,60000,1,The Fact,2023-07-18\n");
    assert!(e.message.contains("add up to 134042"), "{e}");
    // Reported on the period's last country, pointing at the total.
    assert_eq!(e.line, 6);
    assert_eq!(
        e.message,
        "the countries of this period add up to 134042, above the period's total 132934 (line 3)"
    );
}

#[test]
fn a_country_without_a_total_fails() {
    let e = exports_error("2019-01,2019-12,china,60000,1,The Fact,2023-07-18\n");
    assert!(e.message.contains("has no total"), "{e}");
    assert_eq!(e.line, 6);
    assert_eq!(
        e.message,
        "china for 2019-01..2019-12 has no total (destination `all`) for the same period, so its share can't be computed"
    );
}

#[test]
fn a_wrong_header_fails_on_its_line() {
    let e = parse_exports("data/exports.csv", "# c\nperiod,value\n").unwrap_err();
    assert_eq!(e.line, 2);
    assert!(e.message.contains("expected the header"), "{e}");
}

#[test]
fn milestone_records_are_validated() {
    let header = "date,chart_dated,label_en,detail_en,source,in_seed,label_ko,detail_ko";
    let file = |rows: &str| format!("{header}\n{rows}");
    let good = "2023-04-03,2023-04-08,Jimin,Jimin No. 1,Yonhap,yes,지민,지민 1위\n";
    let row = &parse_milestones("m.csv", &file(good)).unwrap()[0];
    assert_eq!(
        row.chart_dated,
        Some(Day {
            year: 2023,
            month: 4,
            day: 8
        })
    );
    assert_eq!(row.labels, ["Jimin", "지민"]);
    assert_eq!(row.details, ["Jimin No. 1", "지민 1위"]);
    let bad = [
        ("2023-02-30,-,A,B,C,yes,K,KD\n", "date `2023-02-30`"),
        (
            "2023-04-03,2023-04-01,A,B,C,yes,K,KD\n",
            "precedes the announcement",
        ),
        ("2023-04-03,-,,B,C,yes,K,KD\n", "label_en is empty"),
        ("2023-04-03,-,A,B,C,yes,,KD\n", "label_ko is empty"),
        ("2023-04-03,-,A,B,C,yes,K,\n", "detail_ko is empty"),
        ("2023-04-03,-,A,B,C,maybe,K,KD\n", "in_seed `maybe`"),
        ("2023-04-03,-,A,B\n", "expected 8 comma-separated fields"),
    ];
    for (row, want) in bad {
        let e = parse_milestones("m.csv", &file(row)).unwrap_err();
        assert_eq!(e.line, 2, "{row}");
        assert!(e.message.contains(want), "{row}: {e}");
    }
    let unordered = file("2023-04-03,-,A,B,C,yes,K,KD\n2023-02-05,-,A,B,C,yes,K,KD\n");
    let e = parse_milestones("m.csv", &unordered).unwrap_err();
    assert_eq!(e.line, 3);
    assert!(e.message.contains("date order"), "{e}");

    // The header names the languages; one is added by its columns alone, at
    // the end of the header.
    let text = "# c\ndate,chart_dated,label_en,detail_en,source,in_seed,label_ko,detail_ko,label_ja,detail_ja\n\
                2023-04-03,-,A,AD,C,yes,K,KD,J,JD\n";
    assert_eq!(
        parse::milestone_languages("m.csv", text).unwrap(),
        ["en", "ko", "ja"]
    );
    let row = &parse_milestones("m.csv", text).unwrap()[0];
    assert_eq!(row.labels, ["A", "K", "J"]);
    assert_eq!(row.details, ["AD", "KD", "JD"]);
    let bad = [
        (MILESTONES_HEADER, "`<tag>` is not a language tag"),
        (
            "date,chart_dated,label,detail,source,in_seed",
            "`label` is not `label_<tag>`",
        ),
        (
            "date,chart_dated,label_en,detail_ko,source,in_seed",
            "not `detail_en`",
        ),
        (
            "date,chart_dated,label_en,detail_en,source,in_seed,label_en,detail_en",
            "language `en` appears twice",
        ),
        (
            "date,chart_dated,label_en,detail_en,source,in_seed,label_ko",
            "7 columns",
        ),
        (
            "date,chart_dated,label_en,detail_en,in_seed,source",
            "column 5 must be `source`",
        ),
    ];
    for (header, want) in bad {
        let e = parse_milestones("m.csv", &format!("# c\n{header}\n")).unwrap_err();
        assert_eq!((e.file.as_str(), e.line), ("m.csv", 2), "{header}");
        assert!(e.message.contains(MILESTONES_HEADER), "{e}");
        assert!(e.message.contains(want), "{header}: {e}");
    }
    let e = parse_milestones("m.csv", "# only a comment\n").unwrap_err();
    assert!(e.message.contains("no header"), "{e}");
}

#[test]
fn the_real_files_are_what_the_build_embedded() {
    let text = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/exports.csv"));
    let rows = parse_exports("data/exports.csv", text).unwrap();
    assert_eq!(rows.len(), EMBEDDED.figures.len());
    let lines: Vec<&str> = text.lines().collect();
    for (row, fig) in rows.iter().zip(EMBEDDED.figures) {
        assert_eq!(row.value_kusd, fig.value_kusd);
        assert_eq!(row.rounded_to_kusd, fig.rounded_to_kusd);
        let period = |m: YearMonth| (m.year, m.month);
        assert_eq!(
            (period(row.start), period(row.end)),
            (
                (fig.period.start.year, fig.period.start.month),
                (fig.period.end.year, fig.period.end.month)
            ),
            "line {}",
            row.line
        );
        assert_eq!(row.source, fig.source);
        assert_eq!(row.source_date, fig.source_date);
        // The destination is the one field the build turns from text into a
        // variant: the embedded variant must be the one the row's code (the
        // file's own text, third field) names.
        let code = lines[row.line - 1].split(',').nth(2).map(str::trim);
        assert_eq!(code, Some(fig.destination.code()), "line {}", row.line);
        assert_eq!(row.destination, fig.destination, "line {}", row.line);
    }
    let m = parse_milestones(
        "data/milestones.csv",
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/milestones.csv")),
    )
    .unwrap();
    assert_eq!(m.len(), EMBEDDED.milestones.len());
}

#[test]
fn the_seed_figures_are_embedded_exactly() {
    let h1 = H1_2023;
    let v = |d| EMBEDDED.figure(h1, d).map(|f| f.value_kusd);
    assert_eq!(v(Destination::All), Some(132_934));
    assert_eq!(v(Destination::Japan), Some(48_523));
    assert_eq!(v(Destination::UnitedStates), Some(25_519));
    assert_eq!(v(Destination::China), Some(22_640));
}

#[test]
fn shares_use_the_periods_own_total() {
    let us = EMBEDDED.figure(H1_2023, Destination::UnitedStates).unwrap();
    let s = EMBEDDED.share(us).unwrap();
    assert!((s - 25_519.0 / 132_934.0).abs() < 1e-12);
    // 2022 has two periods (January–November and the full year): each share
    // must use its own total, not the other's.
    let nov = EMBEDDED
        .figure(
            Period {
                start: YearMonth {
                    year: 2022,
                    month: 1,
                },
                end: YearMonth {
                    year: 2022,
                    month: 11,
                },
            },
            Destination::China,
        )
        .unwrap();
    assert!((EMBEDDED.share(nov).unwrap() - 50_879.0 / 215_698.0).abs() < 1e-12);
}

#[test]
fn periods_know_their_kind_and_labels() {
    assert_eq!(H1_2023.kind(), PeriodKind::FirstHalf);
    assert_eq!(H1_2023.short_label(Lang::En), "H1 2023");
    assert_eq!(H1_2023.long_label(Lang::En), "the first half of 2023");
    let p = Period {
        start: YearMonth {
            year: 2022,
            month: 1,
        },
        end: YearMonth {
            year: 2022,
            month: 11,
        },
    };
    assert_eq!(p.kind(), PeriodKind::Partial);
    assert_eq!(p.short_label(Lang::En), "Jan–Nov 2022");
    assert_eq!(p.months(), 11);
    let (a, b) = p.span();
    assert_eq!(b - a, 11.0);
    let periods = EMBEDDED.country_periods();
    assert_eq!(periods.len(), 9);
    assert!(periods.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn days_sit_inside_their_month() {
    let d = Day {
        year: 2023,
        month: 4,
        day: 16,
    };
    let ym = YearMonth {
        year: 2023,
        month: 4,
    };
    assert!((d.position() - f64::from(ym.index()) - 0.5).abs() < 1e-9);
    assert!(d.is_in(H1_2023));
    assert!(!Day {
        year: 2023,
        month: 7,
        day: 1
    }
    .is_in(H1_2023));
}

#[test]
fn each_period_has_one_readable_code() {
    let p = |a: (u16, u8), b: (u16, u8)| Period {
        start: YearMonth {
            year: a.0,
            month: a.1,
        },
        end: YearMonth {
            year: b.0,
            month: b.1,
        },
    };
    assert_eq!(p((2024, 1), (2024, 12)).code(), "2024");
    assert_eq!(p((2024, 1), (2024, 6)).code(), "2024-h1");
    assert_eq!(p((2024, 7), (2024, 12)).code(), "2024-h2");
    assert_eq!(p((2023, 1), (2023, 10)).code(), "2023-jan-oct");
    assert_eq!(p((2023, 3), (2023, 3)).code(), "2023-mar");
    assert_eq!(p((2023, 7), (2024, 6)).code(), "2023-jul-2024-jun");
    // Every period of every year from 2000 to 2002 (cross-year ones too)
    // gets its own code.
    let mut all = Vec::new();
    for y in 2000..=2002 {
        for m in 1..=12 {
            for y2 in y..=2002 {
                for m2 in 1..=12 {
                    if (y2, m2) >= (y, m) {
                        all.push(p((y, m), (y2, m2)));
                    }
                }
            }
        }
    }
    let mut codes: Vec<String> = all.iter().map(|p| p.code()).collect();
    codes.sort();
    codes.dedup();
    assert_eq!(codes.len(), all.len());
    // The embedded data's comparison periods are found by their codes.
    for q in EMBEDDED.country_periods() {
        assert_eq!(EMBEDDED.country_period(&q.code()), Some(q));
    }
    assert!(EMBEDDED
        .country_periods()
        .contains(&EMBEDDED.default_period));
}

/// The shipped exports' rows, and the default-period file's error for `text`.
fn default_period_error(text: &str) -> DataError {
    let rows = parse_exports(
        "data/exports.csv",
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/exports.csv")),
    )
    .unwrap();
    match default_period::parse_default_period("data/default-period.txt", text, &rows) {
        Ok(p) => panic!("expected an error, got {p:?}"),
        Err(e) => e,
    }
}

/// Every period with country figures in the shipped exports, in file order:
/// what each default-period error lists as accepted.
const ACCEPTED: &str =
    "accepted: 2020-jan-nov, 2021, 2022-jan-nov, 2022, 2023-h1, 2023-jan-oct, 2024-h1, 2024, 2025";

#[test]
fn the_default_period_is_read_as_the_build_reads_it() {
    let rows = parse_exports(
        "data/exports.csv",
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/exports.csv")),
    )
    .unwrap();
    let read = |text| default_period::parse_default_period("d.txt", text, &rows);
    assert_eq!(
        read(include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/default-period.txt"
        ))),
        Ok(EMBEDDED.default_period)
    );
    // Comments, blank lines and spaces around the code are allowed.
    assert_eq!(
        read("# the seed's\n\n  2024  \n# end\n").map(Period::code),
        Ok("2024".to_string())
    );
}

#[test]
fn an_unknown_default_period_names_file_line_code_and_the_accepted_ones() {
    let e = default_period_error("# a comment\n\n2023-h2\n");
    assert_eq!((e.file.as_str(), e.line), ("data/default-period.txt", 3));
    assert_eq!(
        e.to_string(),
        format!("data/default-period.txt:3: `2023-h2` is not a period with country figures in the exports file; {ACCEPTED}")
    );
    // A period the exports give only a total for can't be compared.
    let e = default_period_error("2017\n");
    assert_eq!(e.line, 1);
    assert!(
        e.message
            .starts_with("`2017` is not a period with country figures"),
        "{e}"
    );
    assert!(e.message.ends_with(ACCEPTED), "{e}");
    // The code is the `period` option's, not the file's months.
    let e = default_period_error("2023-01,2023-06\n");
    assert!(e.message.starts_with("`2023-01,2023-06` is not"), "{e}");
}

#[test]
fn a_default_period_file_must_name_exactly_one_period() {
    for text in ["", "# only a comment\n\n"] {
        let e = default_period_error(text);
        assert_eq!(
            e.to_string(),
            format!(
                "data/default-period.txt:1: must hold exactly one period (found 0); {ACCEPTED}"
            )
        );
    }
    // Two periods, even two valid ones: reported on the second.
    let e = default_period_error("# two\n2023-h1\n\n2024\n");
    assert_eq!(
        e.to_string(),
        format!("data/default-period.txt:4: must hold exactly one period (found 2); {ACCEPTED}")
    );
}

#[test]
fn the_data_files_text_loads_as_the_embedded_dataset() {
    let exports = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/exports.csv"));
    let milestones = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/milestones.csv"));
    let default = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/default-period.txt"
    ));
    assert_eq!(
        Dataset::from_text(exports, milestones, default),
        Ok(EMBEDDED)
    );
    // Each file's errors come through, named by the file's name.
    let e = Dataset::from_text(exports, milestones, "2019").unwrap_err();
    assert!(
        e.to_string()
            .starts_with("data/default-period.txt:1: `2019`"),
        "{e}"
    );
    let e = Dataset::from_text(
        &format!("{exports}2026-01,2026-06,china,1,1,X,2026-07\n"),
        milestones,
        default,
    )
    .unwrap_err();
    assert_eq!(
        (e.file.as_str(), e.line),
        ("data/exports.csv", exports.lines().count() + 1)
    );
    let e = Dataset::from_text(exports, "date\n", default).unwrap_err();
    assert_eq!(e.file, "data/milestones.csv");
}
