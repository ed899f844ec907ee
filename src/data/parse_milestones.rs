//! `milestones.csv`'s rules: its header (the languages of its texts) and
//! its rows. Part of [`super`] (`parse.rs` includes it), so `build.rs` gets
//! it with `parse.rs`, std alone.

use super::{parse_day, records, DataError, Day};

/// One validated record (line) of `milestones.csv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MilestoneRecord {
    /// Line in the file.
    pub line: usize,
    /// The day Billboard announced the result.
    pub date: Day,
    /// The chart's own date, when there is one.
    pub chart_dated: Option<Day>,
    /// The outlet(s) and date(s).
    pub source: String,
    /// Whether the seed article mentions it.
    pub in_seed: bool,
    /// Short texts drawn on the chart, one per language in the order of
    /// [`milestone_languages`].
    pub labels: Vec<String>,
    /// Full texts for notes and tables, in the same order.
    pub details: Vec<String>,
}

/// The columns `milestones.csv` starts with (after comments), `<tag>`
/// standing for the first language's BCP 47 tag. Each further language adds
/// its own `label_<tag>,detail_<tag>` pair at the end of the header; the
/// first language's pair stays third and fourth, where
/// `bench/build-peer.mjs` reads the label.
pub const MILESTONES_HEADER: &str = "date,chart_dated,label_<tag>,detail_<tag>,source,in_seed";

/// The languages of `milestones.csv`'s texts, by their tags, in the file's
/// order: the order of every row's [`MilestoneRecord::labels`] and
/// [`MilestoneRecord::details`].
// The library's tests check these against `Lang::TAGS`; `build.rs`, which
// shares this file, only needs the texts in this order.
#[allow(dead_code)]
pub fn milestone_languages(file: &str, text: &str) -> Result<Vec<String>, DataError> {
    milestone_header(file, text).map(|(_, tags)| tags)
}

/// The header line of `milestones.csv`, checked against
/// [`MILESTONES_HEADER`] and its trailing pairs, and the language tags it
/// names. The header's own names decide the languages, so adding one needs
/// no change here.
fn milestone_header<'a>(file: &str, text: &'a str) -> Result<(&'a str, Vec<String>), DataError> {
    let err = |line: usize, message: String| DataError {
        file: file.to_string(),
        line,
        message,
    };
    let Some((index, header)) = text
        .lines()
        .map(str::trim)
        .enumerate()
        .find(|(_, l)| !l.is_empty() && !l.starts_with('#'))
    else {
        return Err(err(
            1,
            format!("the file has no header `{MILESTONES_HEADER}`"),
        ));
    };
    let bad = |why: String| {
        err(
            index + 1,
            format!("expected the header `{MILESTONES_HEADER}` then any `label_<tag>,detail_<tag>` pairs, found `{header}`: {why}"),
        )
    };
    let names: Vec<&str> = header.split(',').map(str::trim).collect();
    if names.len() < 6 || !names.len().is_multiple_of(2) {
        return Err(bad(format!("{} columns", names.len())));
    }
    for (i, want) in [
        (0, "date"),
        (1, "chart_dated"),
        (4, "source"),
        (5, "in_seed"),
    ] {
        if names[i] != want {
            return Err(bad(format!("column {} must be `{want}`", i + 1)));
        }
    }
    let mut tags: Vec<String> = Vec::new();
    for pair in std::iter::once(&names[2..4]).chain(names[6..].chunks(2)) {
        let tag = pair[0]
            .strip_prefix("label_")
            .ok_or_else(|| bad(format!("`{}` is not `label_<tag>`", pair[0])))?;
        let tag_ok = !tag.is_empty()
            && tag
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !tag_ok {
            return Err(bad(format!(
                "`{tag}` is not a language tag (lowercase letters, digits and -)"
            )));
        }
        if pair[1] != format!("detail_{tag}") {
            return Err(bad(format!(
                "`label_{tag}` is followed by `{}`, not `detail_{tag}`",
                pair[1]
            )));
        }
        if tags.iter().any(|t| t == tag) {
            return Err(bad(format!("language `{tag}` appears twice")));
        }
        tags.push(tag.to_string());
    }
    Ok((header, tags))
}

/// Parses and validates `milestones.csv`: the header ([`MILESTONES_HEADER`]
/// then any `label_<tag>,detail_<tag>` pairs), well-formed dates, a chart
/// date not before the announcement, non-empty texts, and rows in date
/// order.
pub fn parse_milestones(file: &str, text: &str) -> Result<Vec<MilestoneRecord>, DataError> {
    let err = |line: usize, message: String| DataError {
        file: file.to_string(),
        line,
        message,
    };
    let (header, _) = milestone_header(file, text)?;
    let names: Vec<&str> = header.split(',').map(str::trim).collect();
    // Each language's label column: the first pair's, then every pair's
    // after `in_seed`; its detail is the column after.
    let label_columns: Vec<usize> = std::iter::once(2)
        .chain((6..names.len()).step_by(2))
        .collect();
    let mut out: Vec<MilestoneRecord> = Vec::new();
    for (line, f) in records(file, text, header)? {
        let date = parse_day(f[0]).ok_or_else(|| {
            err(
                line,
                format!("date `{}` is not a day written YYYY-MM-DD", f[0]),
            )
        })?;
        let chart_dated = match f[1] {
            "-" => None,
            s => Some(parse_day(s).ok_or_else(|| {
                err(
                    line,
                    format!("chart_dated `{s}` is neither - nor a day written YYYY-MM-DD"),
                )
            })?),
        };
        if chart_dated.is_some_and(|c| c < date) {
            return Err(err(
                line,
                format!("chart_dated {} precedes the announcement {}", f[1], f[0]),
            ));
        }
        // Every text column and the source, in the file's order.
        for i in (2..5).chain(6..f.len()) {
            if f[i].is_empty() {
                return Err(err(line, format!("{} is empty", names[i])));
            }
        }
        let in_seed = match f[5] {
            "yes" => true,
            "no" => false,
            other => return Err(err(line, format!("in_seed `{other}` must be yes or no"))),
        };
        if let Some(prev) = out.last() {
            if date <= prev.date {
                return Err(err(
                    line,
                    format!(
                        "milestones must be in strictly increasing date order: {} follows line {}",
                        f[0], prev.line
                    ),
                ));
            }
        }
        out.push(MilestoneRecord {
            line,
            date,
            chart_dated,
            source: f[4].to_string(),
            in_seed,
            labels: label_columns.iter().map(|&i| f[i].to_string()).collect(),
            details: label_columns
                .iter()
                .map(|&i| f[i + 1].to_string())
                .collect(),
        });
    }
    Ok(out)
}
