//! "Get the data": the CSV of exactly what a view shows, built from the
//! dataset it is given (in the browser the embedded one: no server), and the
//! names of the files the footer's links give.
//!
//! "What the view shows" is the figures the chart plots under the metric
//! ([`ChartView::plots`]): the snapshot's three countries (not the total,
//! which only its note quotes), the timeline's series (in dollars the total
//! too; in shares the countries). They come in the data table's order
//! ([`markup::table_figures`]: by period, then Japan, the United States,
//! China, the total).

use crate::data::{Dataset, Figure, YearMonth};
use crate::model::format::figure_share;
use crate::model::markup;
use crate::model::text;
use crate::vocab::{ChartView, Lang, Metric};
use crate::words::{words, DestinationWords};

/// The figures of `data` the chart plots for a view and metric, in the
/// data table's order.
pub fn shown_figures(data: &Dataset, view: ChartView, metric: Metric) -> Vec<&'static Figure> {
    markup::table_figures(data, view)
        .into_iter()
        .filter_map(|i| data.figures.get(i))
        .filter(|f| view.plots(data, metric, f))
        .collect()
}

/// A field as RFC 4180 writes it: quoted, with quotes doubled, when it
/// holds a comma, a quote or a line break.
pub fn csv_field(s: &str) -> String {
    if !s.bytes().any(|b| matches!(b, b',' | b'"' | b'\r' | b'\n')) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// `2023-06`.
fn month(m: YearMonth) -> String {
    format!("{:04}-{:02}", m.year, m.month)
}

/// Appends one record, its fields quoted as needed, ended by CRLF.
fn record(out: &mut String, fields: impl IntoIterator<Item = String>) {
    let fields: Vec<String> = fields.into_iter().map(|f| csv_field(&f)).collect();
    out.push_str(&fields.join(","));
    out.push_str("\r\n");
}

/// The CSV of what the view of `data` shows under the metric, in `lang`: a `# `
/// comment line naming the subject and the source, the headers, then one
/// record per figure: first and last month (`YYYY-MM`), destination, value
/// in thousands of US dollars and the step the source rounded it to (both
/// as the source gives them), the share of the period's total as the
/// widget shows it (share view only), source and source date.
pub fn csv(data: &Dataset, view: ChartView, metric: Metric, lang: Lang) -> String {
    let w = &words(lang).downloads;
    let with_share = metric == Metric::Share;
    let mut out = format!(
        "# {}\r\n",
        (w.csv_comment)(&text::subtitle(view, metric, lang))
    );
    let headers = w
        .csv_headers
        .iter()
        .enumerate()
        .filter(|&(i, _)| with_share || i != 5)
        .map(|(_, h)| h.to_string());
    record(&mut out, headers);
    for f in shown_figures(data, view, metric) {
        // A data file: the same cells in every language (`≈49%`), as the
        // amounts stay raw k$ rather than each language's words.
        let share = with_share.then(|| figure_share(data, f, Lang::En).unwrap_or_default());
        let fields = [
            Some(month(f.period.start)),
            Some(month(f.period.end)),
            Some(f.destination.name(lang).to_string()),
            Some(f.value_kusd.to_string()),
            Some(f.rounded_to_kusd.to_string()),
            share,
            Some(f.source.to_string()),
            Some(f.source_date.to_string()),
        ];
        record(&mut out, fields.into_iter().flatten());
    }
    out
}

/// A file name naming the view, the metric and the language:
/// `kpop-album-exports-2023-h1-share-ko.csv`,
/// `kpop-album-exports-every-period-dollars-en.png`.
pub fn file_name(view: ChartView, metric: Metric, lang: Lang, extension: &str) -> String {
    let view = match view {
        // The `period` option's name for it, so a file says which embed made it.
        ChartView::Snapshot(p) => p.code(),
        ChartView::Timeline => "every-period".to_string(),
    };
    let metric = match metric {
        Metric::Dollars => "dollars",
        Metric::Share => "share",
    };
    format!(
        "kpop-album-exports-{view}-{metric}-{}.{extension}",
        lang.tag()
    )
}

/// A `data:` URL of UTF-8 text, every byte but the unreserved ones
/// percent-encoded, so any URL parser reads it back exactly.
pub fn data_url(mime: &str, text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = format!("data:{mime};charset=utf-8,");
    for &b in text.as_bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
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
}
