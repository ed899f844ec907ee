use super::*;
use crate::data::{Destination, EMBEDDED};
use crate::model::testing::{default_view, H1_2023};

/// A CSV's records, split per RFC 4180 (quoted fields may hold commas
/// and doubled quotes), after its comment line.
fn parse(csv: &str) -> (String, Vec<Vec<String>>) {
    let mut lines = csv.split("\r\n");
    let comment = lines.next().unwrap().to_string();
    let records = lines
        .filter(|l| !l.is_empty())
        .map(|l| {
            let (mut fields, mut cur, mut quoted, mut chars) =
                (Vec::new(), String::new(), false, l.chars().peekable());
            while let Some(c) = chars.next() {
                match (c, quoted) {
                    ('"', true) if chars.peek() == Some(&'"') => {
                        chars.next();
                        cur.push('"');
                    }
                    ('"', _) => quoted = !quoted,
                    (',', false) => fields.push(std::mem::take(&mut cur)),
                    (c, _) => cur.push(c),
                }
            }
            fields.push(cur);
            fields
        })
        .collect();
    (comment, records)
}

#[test]
fn the_default_csv_holds_the_three_bars_as_the_source_gives_them() {
    let (comment, rows) = parse(&csv(&EMBEDDED, default_view(), Metric::Dollars, Lang::En));
    assert!(
        comment.starts_with("# South Korea's album exports"),
        "{comment}"
    );
    assert!(comment.contains("Korea Customs Service"), "{comment}");
    assert_eq!(rows[0].len(), 7, "no share column in dollars");
    assert_eq!(rows[0][3], "Value (thousands of US dollars)");
    assert_eq!(
        rows[1..],
        [
            [
                "2023-01",
                "2023-06",
                "Japan",
                "48523",
                "1",
                "The Fact / Daum",
                "2023-07-18"
            ],
            [
                "2023-01",
                "2023-06",
                "United States",
                "25519",
                "1",
                "The Fact / Daum",
                "2023-07-18"
            ],
            [
                "2023-01",
                "2023-06",
                "China",
                "22640",
                "1",
                "The Fact / Daum",
                "2023-07-18"
            ],
        ]
    );
}

#[test]
fn every_view_and_metric_lists_exactly_what_the_chart_plots() {
    for view in [default_view(), ChartView::Timeline] {
        for metric in [Metric::Dollars, Metric::Share] {
            for lang in Lang::ALL {
                let (_, rows) = parse(&csv(&EMBEDDED, view, metric, lang));
                let shown = shown_figures(&EMBEDDED, view, metric);
                let plotted = EMBEDDED
                    .figures
                    .iter()
                    .filter(|f| view.plots(&EMBEDDED, metric, f))
                    .count();
                assert_eq!(rows.len() - 1, plotted, "{view:?} {metric:?}");
                assert_eq!(shown.len(), plotted);
                let width = if metric == Metric::Share { 8 } else { 7 };
                for (row, f) in rows[1..].iter().zip(shown) {
                    assert_eq!(row.len(), width, "{row:?}");
                    assert_eq!(row[3], f.value_kusd.to_string());
                    assert_eq!(row[4], f.rounded_to_kusd.to_string());
                    if metric == Metric::Share {
                        assert_eq!(Some(row[5].clone()), figure_share(&EMBEDDED, f, Lang::En));
                    }
                }
            }
        }
    }
    // The timeline in shares: the countries only, ≈ kept where rounded.
    let (_, rows) = parse(&csv(
        &EMBEDDED,
        ChartView::Timeline,
        Metric::Share,
        Lang::En,
    ));
    assert!(rows.iter().all(|r| r[2] != "All destinations"));
    assert!(rows.iter().any(|r| r[5] == "≈49%"));
    let (_, rows) = parse(&csv(
        &EMBEDDED,
        ChartView::Timeline,
        Metric::Dollars,
        Lang::En,
    ));
    assert!(rows.iter().any(|r| r[2] == "All destinations"));
}

#[test]
fn korean_csv_has_korean_headers_and_names() {
    let text = csv(&EMBEDDED, default_view(), Metric::Share, Lang::Ko);
    let (comment, rows) = parse(&text);
    assert!(comment.contains("관세청"), "{comment}");
    assert_eq!(rows[0][2], "수출국");
    assert_eq!(rows[2][2], Destination::UnitedStates.name(Lang::Ko));
    assert_eq!(rows[2][5], "19.2%");
}

#[test]
fn fields_are_quoted_per_rfc_4180() {
    assert_eq!(csv_field("Japan"), "Japan");
    assert_eq!(csv_field("a, b"), "\"a, b\"");
    assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
    // Every record ends with CRLF; the header has no stray quote.
    let text = csv(&EMBEDDED, ChartView::Timeline, Metric::Dollars, Lang::En);
    assert!(text.ends_with("\r\n") && !text.contains("\n\n"));
    // The one source with a comma-free slash stays bare.
    assert!(text.contains(",TBS / SBS / edaily,"), "{text}");
}

#[test]
fn file_names_name_the_view_metric_and_language() {
    let h1 = ChartView::Snapshot(H1_2023);
    assert_eq!(
        file_name(h1, Metric::Share, Lang::Ko, "csv"),
        "kpop-album-exports-2023-h1-share-ko.csv"
    );
    assert_eq!(
        file_name(ChartView::Timeline, Metric::Dollars, Lang::En, "png"),
        "kpop-album-exports-every-period-dollars-en.png"
    );
}

#[test]
fn data_urls_percent_encode_everything_but_unreserved_bytes() {
    let url = data_url("text/csv", "a,b \"≈\"\r\n");
    assert_eq!(
        url,
        "data:text/csv;charset=utf-8,a%2Cb%20%22%E2%89%88%22%0D%0A"
    );
}
