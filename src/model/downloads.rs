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
#[path = "tests/downloads.rs"]
mod tests;
