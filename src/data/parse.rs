//! Parsing and validation of the data files.
//!
//! This module is shared, by `#[path]`, between `build.rs` (which turns the
//! files into static Rust data, so nothing is parsed in the browser) and the
//! library's native tests (which prove that each kind of bad row fails the
//! build with the file, the line and what is wrong). It therefore depends on
//! nothing but `std`.

use std::collections::HashMap;
use std::fmt;

// `super` is `data` in the library and the build script's root in build.rs,
// which includes `types.rs` beside this file: the same table either way.
use super::types::{Day, Destination, Period, YearMonth};

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

/// One validated record (line) of `exports.csv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportRecord {
    /// Line in the file, for later cross-row checks.
    pub line: usize,
    /// First month covered.
    pub start: YearMonth,
    /// Last month covered (inclusive).
    pub end: YearMonth,
    /// The destination its code (one of [`Destination::CODES`]) names.
    pub destination: Destination,
    /// Thousands of US dollars, exactly as the source gives it.
    pub value_kusd: u32,
    /// The step the source rounded to, in k$ (1 = exact).
    pub rounded_to_kusd: u32,
    /// The outlet(s).
    pub source: String,
    /// The publication date, `YYYY-MM-DD` or `YYYY-MM`.
    pub source_date: String,
}

impl ExportRecord {
    /// The period the record covers.
    pub fn period(&self) -> Period {
        Period {
            start: self.start,
            end: self.end,
        }
    }
}

/// The header `exports.csv` must start with (after comments).
pub const EXPORTS_HEADER: &str =
    "period_start,period_end,destination,value_kusd,rounded_to_kusd,source,source_date";
/// Splits a file into (line number, fields) for its records, checking the
/// header and the field count. `#` lines and blank lines are comments.
fn records<'a>(
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
pub fn parse_month(s: &str) -> Option<YearMonth> {
    let (y, m) = s.split_once('-')?;
    if y.len() != 4 || m.len() != 2 {
        return None;
    }
    let year: u16 = parse_number(y)?;
    let month: u8 = parse_number(m)?;
    ((1..=12).contains(&month) && year >= 1900).then_some(YearMonth { year, month })
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
pub fn parse_day(s: &str) -> Option<Day> {
    if s.len() != 10 || s.as_bytes().get(7) != Some(&b'-') {
        return None;
    }
    let m = parse_month(s.get(..7)?)?;
    let d = s.get(8..)?;
    let day: u8 = parse_number(d)?;
    (day >= 1 && day <= days_in_month(m.year, m.month)).then_some(Day {
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
pub fn parse_exports(file: &str, text: &str) -> Result<Vec<ExportRecord>, DataError> {
    let err = |(line, message): (usize, String)| DataError {
        file: file.to_string(),
        line,
        message,
    };
    let mut out: Vec<ExportRecord> = Vec::new();
    let mut first_seen: HashMap<(YearMonth, YearMonth, Destination), usize> = HashMap::new();
    for (line, f) in records(file, text, EXPORTS_HEADER)? {
        let row = export_record(line, &f).map_err(|m| err((line, m)))?;
        // Checked row by row, so the first bad line in the file is the one
        // reported, whatever is wrong with it.
        let key = (row.start, row.end, row.destination);
        if let Some(first) = first_seen.get(&key) {
            return Err(err((
                line,
                format!(
                    "duplicate period: {} for {}..{} is already given on line {first}",
                    row.destination.code(),
                    row.start,
                    row.end
                ),
            )));
        }
        first_seen.insert(key, line);
        out.push(row);
    }
    check_totals(&out).map_err(err)?;
    Ok(out)
}

/// One row of `exports.csv` from its seven fields, or what is wrong with it.
fn export_record(line: usize, f: &[&str]) -> Result<ExportRecord, String> {
    let (start, end) = export_period(f[0], f[1])?;
    let destination = Destination::from_code(f[2]).ok_or_else(|| {
        let codes: Vec<&str> = Destination::CODES.iter().map(|(_, c)| *c).collect();
        format!(
            "unknown destination `{}`; expected one of: {}",
            f[2],
            codes.join(", ")
        )
    })?;
    let (value_kusd, rounded_to_kusd) = export_value(f[3], f[4])?;
    check_source(f[5], f[6])?;
    Ok(ExportRecord {
        line,
        start,
        end,
        destination,
        value_kusd,
        rounded_to_kusd,
        source: f[5].to_string(),
        source_date: f[6].to_string(),
    })
}

/// The period's first and last months, the last not before the first.
fn export_period(start: &str, end: &str) -> Result<(YearMonth, YearMonth), String> {
    let month = |name: &str, s: &str| {
        parse_month(s).ok_or_else(|| format!("{name} `{s}` is not a month written YYYY-MM"))
    };
    let (start, end) = (month("period_start", start)?, month("period_end", end)?);
    if end < start {
        return Err(format!(
            "the period ends ({end}) before it starts ({start})"
        ));
    }
    Ok((start, end))
}

/// The value in k$ and the step the source rounded it to, the value a
/// multiple of the step.
fn export_value(value: &str, rounded: &str) -> Result<(u32, u32), String> {
    let value_kusd: u32 = parse_number(value).ok_or_else(|| {
        format!(
            "value_kusd `{value}` is not a whole number of thousands of US dollars (digits only)"
        )
    })?;
    let rounded_to_kusd: u32 = match parse_number(rounded) {
        Some(r @ (1 | 10 | 100 | 1000)) => r,
        _ => {
            return Err(format!(
                "rounded_to_kusd `{rounded}` must be 1, 10, 100 or 1000"
            ))
        }
    };
    if !value_kusd.is_multiple_of(rounded_to_kusd) {
        return Err(format!(
            "value_kusd {value_kusd} is not a multiple of rounded_to_kusd {rounded_to_kusd}"
        ));
    }
    Ok((value_kusd, rounded_to_kusd))
}

/// A named source and a publication date written `YYYY-MM-DD` or `YYYY-MM`.
fn check_source(source: &str, date: &str) -> Result<(), String> {
    if source.is_empty() {
        return Err("source is empty".to_string());
    }
    let date_ok = parse_day(date).is_some() || (date.len() == 7 && parse_month(date).is_some());
    if !date_ok {
        return Err(format!(
            "source_date `{date}` is not a date written YYYY-MM-DD or YYYY-MM"
        ));
    }
    Ok(())
}

/// Cross-row checks, every country figure against its period's total: the
/// total exists, no country exceeds it, and the countries together don't.
/// An error carries the line to report.
fn check_totals(rows: &[ExportRecord]) -> Result<(), (usize, String)> {
    let totals: HashMap<(YearMonth, YearMonth), &ExportRecord> = rows
        .iter()
        .filter(|r| r.destination.is_total())
        .map(|r| ((r.start, r.end), r))
        .collect();
    // Per period: the countries' sum and the last country's line.
    let mut sums: HashMap<(YearMonth, YearMonth), (u64, usize)> = HashMap::new();
    for r in rows.iter().filter(|r| !r.destination.is_total()) {
        check_country(r, &totals)?;
        let e = sums.entry((r.start, r.end)).or_insert((0, r.line));
        e.0 += u64::from(r.value_kusd);
        e.1 = r.line;
    }
    check_sums(&sums, &totals)
}

/// A country figure's period has a total, and the figure doesn't exceed it.
fn check_country(
    r: &ExportRecord,
    totals: &HashMap<(YearMonth, YearMonth), &ExportRecord>,
) -> Result<(), (usize, String)> {
    let code = r.destination.code();
    let Some(total) = totals.get(&(r.start, r.end)) else {
        return Err((
            r.line,
            format!(
                "{code} for {}..{} has no total (destination `all`) for the same period, so its share can't be computed",
                r.start, r.end
            ),
        ));
    };
    if r.value_kusd > total.value_kusd {
        return Err((
            r.line,
            format!(
                "{code} value {} exceeds the period's total {} (line {})",
                r.value_kusd, total.value_kusd, total.line
            ),
        ));
    }
    Ok(())
}

/// The countries of each period together against its total; of several
/// periods over, the one whose last country comes first in the file.
fn check_sums(
    sums: &HashMap<(YearMonth, YearMonth), (u64, usize)>,
    totals: &HashMap<(YearMonth, YearMonth), &ExportRecord>,
) -> Result<(), (usize, String)> {
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
    match over.first() {
        Some((line, sum, total, total_line)) => Err((
            *line,
            format!("the countries of this period add up to {sum}, above the period's total {total} (line {total_line})"),
        )),
        None => Ok(()),
    }
}

// The milestones file's rules sit in their own file; its items are this
// module's, as before.
#[path = "parse_milestones.rs"]
mod milestones;
pub use milestones::*;
