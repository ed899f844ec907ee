//! Parsing and validation of the data files.
//!
//! This module is shared, by `#[path]`, between `build.rs` (which turns the
//! files into static Rust data, so nothing is parsed in the browser) and the
//! library's native tests (which prove that each kind of bad row fails the
//! build with the file, the line and what is wrong). It therefore depends on
//! nothing but `std`.

use std::collections::HashMap;
use std::fmt;

/// A problem in a data file: where it is and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// The file's name as the developer knows it, e.g. `data/exports.csv`.
    pub file: String,
    /// The 1-based line number in that file.
    pub line: usize,
    /// What is wrong, in words.
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for DataError {}

/// A month of a year, as the data files write it (`YYYY-MM`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RawMonth {
    /// Calendar year.
    pub year: u16,
    /// Month, 1 to 12.
    pub month: u8,
}

impl fmt::Display for RawMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// A calendar day (`YYYY-MM-DD`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RawDay {
    /// Calendar year.
    pub year: u16,
    /// Month, 1 to 12.
    pub month: u8,
    /// Day of the month, 1 to the month's length.
    pub day: u8,
}

/// The destinations the data file may name.
pub const DESTINATION_CODES: [&str; 4] = ["all", "japan", "united_states", "china"];

/// One validated row of `exports.csv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportRow {
    /// Line in the file, for later cross-row checks.
    pub line: usize,
    /// First month covered.
    pub start: RawMonth,
    /// Last month covered (inclusive).
    pub end: RawMonth,
    /// One of [`DESTINATION_CODES`].
    pub destination: String,
    /// Thousands of US dollars, exactly as the source gives it.
    pub value_kusd: u32,
    /// The step the source rounded to, in k$ (1 = exact).
    pub rounded_to_kusd: u32,
    /// The outlet(s).
    pub source: String,
    /// The publication date, `YYYY-MM-DD` or `YYYY-MM`.
    pub source_date: String,
}

/// One validated row of `milestones.csv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MilestoneRow {
    /// Line in the file.
    pub line: usize,
    /// The day Billboard announced the result.
    pub date: RawDay,
    /// The chart's own date, when there is one.
    pub chart_dated: Option<RawDay>,
    /// Short text drawn on the chart.
    pub label: String,
    /// Full text for notes and tables.
    pub detail: String,
    /// The outlet(s) and date(s).
    pub source: String,
    /// Whether the seed article mentions it.
    pub in_seed: bool,
    /// `label` in Korean.
    pub label_ko: String,
    /// `detail` in Korean.
    pub detail_ko: String,
}

/// The header `exports.csv` must start with (after comments).
pub const EXPORTS_HEADER: &str =
    "period_start,period_end,destination,value_kusd,rounded_to_kusd,source,source_date";
/// The header `milestones.csv` must start with (after comments).
pub const MILESTONES_HEADER: &str =
    "date,chart_dated,label,detail,source,in_seed,label_ko,detail_ko";

/// Splits a file into (line number, fields) for its data rows, checking the
/// header and the field count. `#` lines and blank lines are comments.
fn rows<'a>(
    file: &str,
    text: &'a str,
    header: &str,
) -> Result<Vec<(usize, Vec<&'a str>)>, DataError> {
    let err = |line: usize, message: String| DataError {
        file: file.to_string(),
        line,
        message,
    };
    let want = header.split(',').count();
    let mut seen_header = false;
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if !seen_header {
            if trimmed != header {
                return Err(err(
                    line,
                    format!("expected the header `{header}`, found `{trimmed}`"),
                ));
            }
            seen_header = true;
            continue;
        }
        if trimmed.contains('"') {
            return Err(err(
                line,
                "quoted fields are not supported: write the field without `\"` and without commas"
                    .to_string(),
            ));
        }
        let fields: Vec<&str> = trimmed.split(',').map(str::trim).collect();
        if fields.len() != want {
            return Err(err(
                line,
                format!(
                    "expected {want} comma-separated fields ({header}), found {}",
                    fields.len()
                ),
            ));
        }
        out.push((line, fields));
    }
    if !seen_header {
        return Err(err(1, format!("the file has no header `{header}`")));
    }
    Ok(out)
}

fn parse_number<T: std::str::FromStr>(s: &str) -> Option<T> {
    // `str::parse` accepts a leading `+`; the files never need one.
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Parses `YYYY-MM`.
pub fn parse_month(s: &str) -> Option<RawMonth> {
    let (y, m) = s.split_once('-')?;
    if y.len() != 4 || m.len() != 2 {
        return None;
    }
    let year: u16 = parse_number(y)?;
    let month: u8 = parse_number(m)?;
    ((1..=12).contains(&month) && year >= 1900).then_some(RawMonth { year, month })
}

/// Days in a month of the Gregorian calendar.
pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

/// Parses `YYYY-MM-DD`, rejecting days that don't exist.
pub fn parse_day(s: &str) -> Option<RawDay> {
    if s.len() != 10 || s.as_bytes().get(7) != Some(&b'-') {
        return None;
    }
    let m = parse_month(s.get(..7)?)?;
    let d = s.get(8..)?;
    let day: u8 = parse_number(d)?;
    (day >= 1 && day <= days_in_month(m.year, m.month)).then_some(RawDay {
        year: m.year,
        month: m.month,
        day,
    })
}

/// Parses and validates `exports.csv`.
///
/// Each row must be well formed; each (period, destination) must appear once;
/// a period must not end before it starts; each country's period must have a
/// total (destination `all`) for the same period, and neither one country nor
/// the three together may exceed it.
pub fn parse_exports(file: &str, text: &str) -> Result<Vec<ExportRow>, DataError> {
    let err = |line: usize, message: String| DataError {
        file: file.to_string(),
        line,
        message,
    };
    let mut out: Vec<ExportRow> = Vec::new();
    let mut first_seen: HashMap<(RawMonth, RawMonth, String), usize> = HashMap::new();
    for (line, f) in rows(file, text, EXPORTS_HEADER)? {
        let start = parse_month(f[0]).ok_or_else(|| {
            err(
                line,
                format!("period_start `{}` is not a month written YYYY-MM", f[0]),
            )
        })?;
        let end = parse_month(f[1]).ok_or_else(|| {
            err(
                line,
                format!("period_end `{}` is not a month written YYYY-MM", f[1]),
            )
        })?;
        if end < start {
            return Err(err(
                line,
                format!("the period ends ({end}) before it starts ({start})"),
            ));
        }
        let destination = f[2];
        if !DESTINATION_CODES.contains(&destination) {
            return Err(err(
                line,
                format!(
                    "unknown destination `{destination}`; expected one of: {}",
                    DESTINATION_CODES.join(", ")
                ),
            ));
        }
        let value_kusd: u32 = parse_number(f[3]).ok_or_else(|| {
            err(
                line,
                format!(
                    "value_kusd `{}` is not a whole number of thousands of US dollars (digits only)",
                    f[3]
                ),
            )
        })?;
        let rounded_to_kusd: u32 = match parse_number(f[4]) {
            Some(r @ (1 | 10 | 100 | 1000)) => r,
            _ => {
                return Err(err(
                    line,
                    format!("rounded_to_kusd `{}` must be 1, 10, 100 or 1000", f[4]),
                ))
            }
        };
        if !value_kusd.is_multiple_of(rounded_to_kusd) {
            return Err(err(
                line,
                format!("value_kusd {value_kusd} is not a multiple of rounded_to_kusd {rounded_to_kusd}"),
            ));
        }
        if f[5].is_empty() {
            return Err(err(line, "source is empty".to_string()));
        }
        let date_ok = parse_day(f[6]).is_some() || (f[6].len() == 7 && parse_month(f[6]).is_some());
        if !date_ok {
            return Err(err(
                line,
                format!(
                    "source_date `{}` is not a date written YYYY-MM-DD or YYYY-MM",
                    f[6]
                ),
            ));
        }
        let key = (start, end, destination.to_string());
        if let Some(first) = first_seen.get(&key) {
            return Err(err(
                line,
                format!(
                    "duplicate period: {destination} for {start}..{end} is already given on line {first}"
                ),
            ));
        }
        first_seen.insert(key, line);
        out.push(ExportRow {
            line,
            start,
            end,
            destination: destination.to_string(),
            value_kusd,
            rounded_to_kusd,
            source: f[5].to_string(),
            source_date: f[6].to_string(),
        });
    }

    // Cross-row checks: every country figure against its period's total.
    let totals: HashMap<(RawMonth, RawMonth), &ExportRow> = out
        .iter()
        .filter(|r| r.destination == "all")
        .map(|r| ((r.start, r.end), r))
        .collect();
    let mut sums: HashMap<(RawMonth, RawMonth), (u64, usize)> = HashMap::new();
    for r in out.iter().filter(|r| r.destination != "all") {
        let Some(total) = totals.get(&(r.start, r.end)) else {
            return Err(err(
                r.line,
                format!(
                    "{} for {}..{} has no total (destination `all`) for the same period, so its share can't be computed",
                    r.destination, r.start, r.end
                ),
            ));
        };
        if r.value_kusd > total.value_kusd {
            return Err(err(
                r.line,
                format!(
                    "{} value {} exceeds the period's total {} (line {})",
                    r.destination, r.value_kusd, total.value_kusd, total.line
                ),
            ));
        }
        let e = sums.entry((r.start, r.end)).or_insert((0, r.line));
        e.0 += u64::from(r.value_kusd);
        e.1 = r.line;
    }
    let mut over: Vec<_> = sums
        .iter()
        .filter_map(|(k, (sum, line))| {
            let total = totals.get(k)?;
            (*sum > u64::from(total.value_kusd)).then_some((
                *line,
                *sum,
                total.value_kusd,
                total.line,
            ))
        })
        .collect();
    over.sort_unstable();
    if let Some((line, sum, total, total_line)) = over.first() {
        return Err(err(
            *line,
            format!("the countries of this period add up to {sum}, above the period's total {total} (line {total_line})"),
        ));
    }
    Ok(out)
}

/// Parses and validates `milestones.csv`: well-formed dates, a chart date not
/// before the announcement, non-empty texts, and rows in date order.
pub fn parse_milestones(file: &str, text: &str) -> Result<Vec<MilestoneRow>, DataError> {
    let err = |line: usize, message: String| DataError {
        file: file.to_string(),
        line,
        message,
    };
    let mut out: Vec<MilestoneRow> = Vec::new();
    for (line, f) in rows(file, text, MILESTONES_HEADER)? {
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
        for (name, value) in [
            ("label", f[2]),
            ("detail", f[3]),
            ("source", f[4]),
            ("label_ko", f[6]),
            ("detail_ko", f[7]),
        ] {
            if value.is_empty() {
                return Err(err(line, format!("{name} is empty")));
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
        out.push(MilestoneRow {
            line,
            date,
            chart_dated,
            label: f[2].to_string(),
            detail: f[3].to_string(),
            source: f[4].to_string(),
            in_seed,
            label_ko: f[6].to_string(),
            detail_ko: f[7].to_string(),
        });
    }
    Ok(out)
}
