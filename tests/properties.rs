//! Property tests: whatever an editor types into an embed option, and
//! whatever a data file holds, the code answers with a value or a named
//! error, never a panic (a panic would kill the widget in the browser, and
//! the build's validator must report, not crash).

use kpop_exports_chart::data::parse::{parse_exports, parse_milestones};
use kpop_exports_chart::data::EMBEDDED;
use kpop_exports_chart::options::{OptionValue, Options, NAMES};
use proptest::prelude::*;

const EXPORTS: &str = include_str!("../data/exports.csv");
const MILESTONES: &str = include_str!("../data/milestones.csv");

fn option_value() -> impl Strategy<Value = OptionValue> {
    prop_oneof![
        any::<String>().prop_map(OptionValue::Text),
        "(?i)(en|ko|snapshot|timeline|on|off|true|false|dollars|share|auto|light|dark| dark |2023-h1|2024|2017|2023-jan-oct|)"
            .prop_map(OptionValue::Text),
        any::<bool>().prop_map(OptionValue::Bool),
        any::<f64>().prop_map(|n| OptionValue::Other(format!("the number {n}"))),
    ]
}

fn option_name() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::sample::select(&NAMES[..]).prop_map(str::to_string),
        any::<String>(),
        "(?i)(lang|view|theme|period)".prop_map(|s| format!(" {s} ")),
    ]
}

/// `file` with field `field` of its `row`-th data row (wrapping) replaced by
/// `value`: the new text, the 0-based index of the changed line, and the
/// number of lines.
fn replace_field(
    file: &str,
    header: &str,
    row: usize,
    field: usize,
    value: &str,
) -> (String, usize, usize) {
    let mut lines: Vec<String> = file.lines().map(str::to_string).collect();
    let data: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.starts_with(header))
        .map(|(i, _)| i)
        .collect();
    let at = data[row % data.len()];
    let mut fields: Vec<String> = lines[at].split(',').map(str::to_string).collect();
    let i = field % fields.len();
    fields[i] = value.to_string();
    lines[at] = fields.join(",");
    (lines.join("\n"), at, lines.len())
}

proptest! {
    // No regression files: CI runs on a clean clone and a failure prints its input.
    #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, ..ProptestConfig::default() })]

    /// Every pair yields either a set option or one error naming that option
    /// and the accepted values.
    #[test]
    fn options_never_panic_and_name_every_error(
        pairs in proptest::collection::vec((option_name(), option_value()), 0..8)
    ) {
        let (options, errors) = Options::parse(&EMBEDDED, pairs.iter().map(|(k, v)| (k.as_str(), v.clone())));
        prop_assert!(errors.len() <= pairs.len());
        for e in &errors {
            prop_assert!(pairs.iter().any(|(k, _)| *k == e.option));
            let message = e.to_string();
            prop_assert!(message.contains(&format!("`{}`", e.option)), "{}", message);
            prop_assert!(!e.accepted.is_empty());
            for a in &e.accepted {
                prop_assert!(message.contains(a.as_str()), "{}", message);
            }
        }
        // With no pairs at all, nothing is changed.
        if pairs.is_empty() {
            prop_assert_eq!(options, Options::defaults(&EMBEDDED));
        }
    }

    /// Arbitrary text as a data file: a parse or an error with a line inside the file.
    #[test]
    fn the_validator_never_panics_on_any_text(text in any::<String>()) {
        let lines = text.lines().count().max(1);
        if let Err(e) = parse_exports("x.csv", &text) {
            prop_assert!(e.line >= 1 && e.line <= lines + 1, "{} of {}", e.line, lines);
            prop_assert!(!e.message.is_empty());
        }
        if let Err(e) = parse_milestones("m.csv", &text) {
            prop_assert!(e.line >= 1 && e.line <= lines + 1, "{} of {}", e.line, lines);
        }
    }

    /// The real file with one field replaced by anything: still valid, or an
    /// error on the line that was changed, or one naming it, or on a row of
    /// the same period that depended on it.
    #[test]
    fn a_changed_field_is_caught_on_its_line(
        row in 0usize..40,
        field in 0usize..7,
        value in "[^,\n\r]{0,12}",
    ) {
        let (text, at, _) = replace_field(EXPORTS, "period_start", row, field, &value);
        if let Err(e) = parse_exports("data/exports.csv", &text) {
            let changed = at + 1;
            // A row of the same period depends on the changed one (its total):
            // the error may stand there, where the share can't be computed.
            let period = |line: usize| {
                EXPORTS.lines().nth(line.saturating_sub(1)).map(|l| l.split(',').take(2).collect::<Vec<_>>())
            };
            prop_assert!(
                e.line == changed
                    || e.message.contains(&format!("line {changed}"))
                    || period(e.line) == period(changed),
                "changed line {}, error: {}", changed, e
            );
            prop_assert!(e.to_string().starts_with("data/exports.csv:"), "{}", e);
        }
    }

    /// The same for the milestones file.
    #[test]
    fn a_changed_milestone_field_never_panics(
        row in 0usize..10,
        field in 0usize..8,
        value in "[^,\n\r]{0,12}",
    ) {
        let (text, _, lines) = replace_field(MILESTONES, "date,", row, field, &value);
        if let Err(e) = parse_milestones("data/milestones.csv", &text) {
            prop_assert!(e.line >= 1 && e.line <= lines);
        }
    }
}
