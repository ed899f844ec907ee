//! Validation of `data/default-period.txt`: the one period the comparison
//! view shows when an embed names none.
//!
//! Shared, by `#[path]`, between `build.rs` (which fails the build on a bad
//! file) and the library ([`super::Dataset::from_text`], and the tests of
//! each kind of bad file), like `parse.rs` beside it, so it depends on
//! nothing but `std`. It reaches its siblings as `super::parse` and
//! `super::types`: `data`'s modules in the library, the build script's
//! root modules in `build.rs`.

use super::parse::{DataError, ExportRecord};
use super::types::Period;

/// The one period `text` (the contents of `file`, `data/default-period.txt`)
/// names, by its [`Period::code`], on its only line that isn't blank or a
/// `#` comment. It must be a period with country figures among `rows` (the
/// validated `exports.csv`). An error names the file, the line, the code
/// found and the accepted codes (every period with country figures, in
/// file order); a file with no period or more than one is reported on
/// line 1 or on its second period's line.
pub fn parse_default_period(
    file: &str,
    text: &str,
    rows: &[ExportRecord],
) -> Result<Period, DataError> {
    let mut codes: Vec<(String, Period)> = Vec::new();
    for r in rows.iter().filter(|r| !r.destination.is_total()) {
        let p = r.period();
        if !codes.iter().any(|(_, q)| *q == p) {
            codes.push((p.code(), p));
        }
    }
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let accepted = codes
        .iter()
        .map(|(c, _)| c.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let err = |line: usize, message: String| DataError {
        file: file.to_string(),
        line,
        message,
    };
    match lines.as_slice() {
        [(line, code)] => codes
            .iter()
            .find(|(c, _)| c == code)
            .map(|(_, p)| *p)
            .ok_or_else(|| {
                err(
                    *line,
                    format!(
                        "`{code}` is not a period with country figures in the exports file; accepted: {accepted}"
                    ),
                )
            }),
        _ => Err(err(
            lines.get(1).map_or(1, |(line, _)| *line),
            format!(
                "must hold exactly one period (found {}); accepted: {accepted}",
                lines.len()
            ),
        )),
    }
}
