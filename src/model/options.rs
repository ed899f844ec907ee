//! The embed options an editor sets (HTML attributes, the iframe's URL query,
//! or a JS object given to `mount`), validated without browser types.
//!
//! Every option has a default. A bad value never stops the chart: it yields
//! an [`OptionError`] naming the option, the value and the accepted values,
//! and the default is used instead.

use std::fmt;

use crate::model::vocab::{ChartView, Lang, Metric, Theme};

/// Everything an embed can choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Options {
    /// Language of the texts.
    pub lang: Lang,
    /// The view shown first.
    pub view: ChartView,
    /// Whether the Billboard milestones start switched on.
    pub annotations: bool,
    /// Dollars or share of the period's total, at first.
    pub metric: Metric,
    /// Light, dark, or following the reader's system.
    pub theme: Theme,
}

/// An option's value as it arrived: attributes and query strings give text,
/// a JS object may also give booleans or something else entirely.
#[derive(Debug, Clone, PartialEq)]
pub enum OptionValue {
    /// A string.
    Text(String),
    /// A boolean (JS objects only).
    Bool(bool),
    /// Any other JS value, described for the error message (`a number`).
    Other(String),
}

impl fmt::Display for OptionValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OptionValue::Text(s) => write_quoted(f, s),
            OptionValue::Bool(b) => write!(f, "{b}"),
            OptionValue::Other(what) => f.write_str(what),
        }
    }
}

/// Writes `s` in double quotes with quotes, backslashes and control
/// characters escaped, as `{:?}` would: the release wasm is built with
/// `-Zfmt-debug=none` (scripts/release.sh), which empties every `{:?}`.
fn write_quoted(f: &mut fmt::Formatter<'_>, s: &str) -> fmt::Result {
    f.write_str("\"")?;
    for c in s.chars() {
        match c {
            '"' | '\\' => write!(f, "\\{c}")?,
            '\n' => f.write_str("\\n")?,
            '\r' => f.write_str("\\r")?,
            '\t' => f.write_str("\\t")?,
            c if c.is_control() => write!(f, "\\u{{{:x}}}", u32::from(c))?,
            c => write!(f, "{c}")?,
        }
    }
    f.write_str("\"")
}

/// A rejected option: which one, what it was given, and what it accepts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionError {
    /// The option's name as given (`view`, or an unknown name).
    pub option: String,
    /// The value as given, quoted when it was text.
    pub value: String,
    /// The accepted values (or, for an unknown option, the option names).
    pub accepted: &'static [&'static str],
    /// The value used instead, or `None` when the option is unknown.
    pub default: Option<&'static str>,
}

impl fmt::Display for OptionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let accepted = self.accepted.join(", ");
        match self.default {
            Some(default) => write!(
                f,
                "invalid value {} for option `{}`; accepted values: {accepted}. Using the default, {default}.",
                self.value, self.option
            ),
            None => write!(
                f,
                "unknown option `{}` (value {}); accepted options: {accepted}. It is ignored.",
                self.option, self.value
            ),
        }
    }
}

/// One embed option: its name, the values it accepts (lower case), its
/// default, and how an accepted value (by its position) sets it. The one
/// table of option names: `Options` parsing, `mount`'s JS reader and the
/// embed script's query list (held equal by a test) all follow it.
#[derive(Clone, Copy)]
pub struct OptionSpec {
    /// The name, as an attribute (`data-<name>`), query key or JS property.
    pub name: &'static str,
    /// The accepted values.
    pub accepted: &'static [&'static str],
    /// The default, one of `accepted`.
    pub default: &'static str,
    set: fn(&mut Options, usize),
}

/// Every option, in the order the README documents them.
pub const OPTIONS: [OptionSpec; 5] = [
    OptionSpec {
        name: "lang",
        accepted: &Lang::TAGS,
        default: "en",
        set: |o, i| o.lang = Lang::ALL[i],
    },
    OptionSpec {
        name: "view",
        accepted: &["snapshot", "timeline"],
        default: "snapshot",
        set: |o, i| o.view = [ChartView::default(), ChartView::Timeline][i],
    },
    OptionSpec {
        name: "annotations",
        accepted: &["on", "off", "true", "false"],
        default: "off",
        set: |o, i| o.annotations = i % 2 == 0,
    },
    OptionSpec {
        name: "metric",
        accepted: &["dollars", "share"],
        default: "dollars",
        set: |o, i| o.metric = [Metric::Dollars, Metric::Share][i],
    },
    OptionSpec {
        name: "theme",
        accepted: &["auto", "light", "dark"],
        default: "auto",
        set: |o, i| o.theme = [Theme::Auto, Theme::Light, Theme::Dark][i],
    },
];

/// The option names, in [`OPTIONS`]' order.
pub const NAMES: [&str; OPTIONS.len()] = {
    let mut names = [""; OPTIONS.len()];
    let mut i = 0;
    while i < OPTIONS.len() {
        names[i] = OPTIONS[i].name;
        i += 1;
    }
    names
};

impl OptionSpec {
    /// The option of this name, matched without regard to case or
    /// surrounding spaces.
    pub fn named(name: &str) -> Option<&'static OptionSpec> {
        let key = name.trim().to_ascii_lowercase();
        OPTIONS.iter().find(|o| o.name == key)
    }

    fn apply(&self, options: &mut Options, value: &str) -> bool {
        let Some(i) = self.accepted.iter().position(|a| *a == value) else {
            return false;
        };
        (self.set)(options, i);
        true
    }
}

impl Options {
    /// Applies `(name, value)` pairs in order over the defaults; a later
    /// pair wins (so a URL query can override an attribute). Names and text
    /// values are matched without regard to case or surrounding spaces.
    /// Returns the options and one error per rejected pair.
    ///
    /// ```
    /// use kpop_exports_chart::options::{Options, OptionValue};
    /// use kpop_exports_chart::ChartView;
    /// let (o, errors) = Options::parse([
    ///     ("lang", OptionValue::Text("ko".into())),
    ///     ("view", OptionValue::Text("decade".into())),
    /// ]);
    /// assert_eq!(o.lang.tag(), "ko");
    /// assert_eq!(o.view, ChartView::default());
    /// assert_eq!(errors[0].option, "view");
    /// ```
    pub fn parse<'a>(
        pairs: impl IntoIterator<Item = (&'a str, OptionValue)>,
    ) -> (Options, Vec<OptionError>) {
        let mut options = Options::default();
        let mut errors = Vec::new();
        for (name, value) in pairs {
            if let Err(e) = options.set(name, &value) {
                errors.push(e);
            }
        }
        (options, errors)
    }

    /// Sets one option from its name and value, or says why it can't and
    /// puts that option back to its default (as the message says).
    pub fn set(&mut self, name: &str, value: &OptionValue) -> Result<(), OptionError> {
        let spec = OptionSpec::named(name);
        let text = match value {
            OptionValue::Text(s) => Some(s.trim().to_ascii_lowercase()),
            OptionValue::Bool(b) => Some(b.to_string()),
            OptionValue::Other(_) => None,
        };
        if let (Some(spec), Some(text)) = (spec, &text) {
            if spec.apply(self, text) {
                return Ok(());
            }
        }
        if let Some(spec) = spec {
            spec.apply(self, spec.default);
        }
        Err(OptionError {
            option: name.to_string(),
            value: value.to_string(),
            accepted: spec.map_or(&NAMES[..], |s| s.accepted),
            default: spec.map(|s| s.default),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> OptionValue {
        OptionValue::Text(s.to_string())
    }

    #[test]
    fn text_values_are_quoted_as_debug_would_without_debug() {
        for s in ["decade", "", "a\"b\\c", "x\ny\r\t\u{1}\u{7f}", "한국 ≈"] {
            assert_eq!(text(s).to_string(), format!("{s:?}"));
        }
    }

    #[test]
    fn every_accepted_value_parses_and_every_default_is_the_default() {
        for spec in &OPTIONS {
            assert!(spec.accepted.contains(&spec.default), "{}", spec.name);
            let (d, errors) = Options::parse([(spec.name, text(spec.default))]);
            assert!(errors.is_empty());
            assert_eq!(d, Options::default(), "{}", spec.name);
            for value in spec.accepted {
                let (_, errors) = Options::parse([(spec.name, text(value))]);
                assert!(errors.is_empty(), "{}={value}", spec.name);
            }
        }
    }

    #[test]
    fn no_options_give_the_seeds_view() {
        let (o, errors) = Options::parse([]);
        assert!(errors.is_empty());
        assert_eq!(o, Options::default());
        assert_eq!(o.view, ChartView::default());
        assert_eq!(
            (o.lang, o.metric, o.theme),
            (Lang::En, Metric::Dollars, Theme::Auto)
        );
        assert!(!o.annotations);
    }

    #[test]
    fn every_accepted_value_is_taken() {
        let (o, errors) = Options::parse([
            ("lang", text("ko")),
            ("view", text("timeline")),
            ("annotations", text("on")),
            ("metric", text("share")),
            ("theme", text("dark")),
        ]);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(
            o,
            Options {
                lang: Lang::Ko,
                view: ChartView::Timeline,
                annotations: true,
                metric: Metric::Share,
                theme: Theme::Dark,
            }
        );
        let (o, _) = Options::parse([("annotations", OptionValue::Bool(true))]);
        assert!(o.annotations);
        let (o, _) = Options::parse([(" Theme ", text(" LIGHT "))]);
        assert_eq!(o.theme, Theme::Light);
    }

    #[test]
    fn a_later_value_overrides_an_earlier_one() {
        let (o, _) = Options::parse([("lang", text("ko")), ("lang", text("en"))]);
        assert_eq!(o.lang, Lang::En);
    }

    #[test]
    fn each_bad_value_is_named_and_the_default_kept() {
        let cases = [
            ("lang", text("fr"), "invalid value \"fr\" for option `lang`; accepted values: en, ko. Using the default, en."),
            ("view", text("decade"), "invalid value \"decade\" for option `view`; accepted values: snapshot, timeline. Using the default, snapshot."),
            ("annotations", text("maybe"), "invalid value \"maybe\" for option `annotations`; accepted values: on, off, true, false. Using the default, off."),
            ("metric", OptionValue::Other("a number (3)".into()), "invalid value a number (3) for option `metric`; accepted values: dollars, share. Using the default, dollars."),
            ("theme", OptionValue::Bool(true), "invalid value true for option `theme`; accepted values: auto, light, dark. Using the default, auto."),
            ("colour", text("red"), "unknown option `colour` (value \"red\"); accepted options: lang, view, annotations, metric, theme. It is ignored."),
        ];
        for (name, value, message) in cases {
            let (o, errors) = Options::parse([(name, value)]);
            assert_eq!(o, Options::default(), "{name}");
            assert_eq!(errors.len(), 1);
            assert_eq!(errors[0].to_string(), message);
        }
    }

    #[test]
    fn a_bad_value_falls_back_to_the_default_as_its_message_says() {
        let (o, errors) = Options::parse([("view", text("timeline")), ("view", text(""))]);
        assert_eq!(o.view, ChartView::default());
        assert_eq!(errors.len(), 1);
        assert!(errors[0]
            .to_string()
            .contains("Using the default, snapshot."));
    }
}
