//! The embed options an editor sets (HTML attributes, the iframe's URL query,
//! a JS object given to `mount`, or the Leptos component's props),
//! validated without browser types.
//!
//! Every option has a default. A bad value never stops the chart: it yields
//! an [`OptionError`] naming the option, the value and the accepted values,
//! and the default is used instead. The `period` option's values come from
//! the dataset (its periods with country figures), so parsing takes one.

use std::fmt;

use crate::data::{Dataset, Period};
use crate::vocab::{ChartView, Lang, Metric, Theme};

/// Everything an embed can choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Language of the texts.
    pub lang: Lang,
    /// The view shown first; a comparison shows [`Options::period`].
    pub view: ChartView,
    /// The period the comparison view shows.
    pub period: Period,
    /// Whether the Billboard milestones start switched on.
    pub annotations: bool,
    /// Dollars or share of the period's total, at first.
    pub metric: Metric,
    /// Light, dark, or following the reader's system.
    pub theme: Theme,
}

impl Options {
    /// Every option at its default: the dataset's default period, compared.
    pub fn defaults(data: &Dataset) -> Options {
        Options {
            lang: Lang::En,
            view: ChartView::Snapshot(data.default_period),
            period: data.default_period,
            annotations: false,
            metric: Metric::Dollars,
            theme: Theme::Auto,
        }
    }
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
    pub accepted: Vec<String>,
    /// The value used instead, or `None` when the option is unknown.
    pub default: Option<String>,
}

impl fmt::Display for OptionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let accepted = self.accepted.join(", ");
        match &self.default {
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

/// The values an option accepts.
#[derive(Clone, Copy)]
pub enum Values {
    /// A fixed list (lower case), its default, and how an accepted value
    /// (by its position) sets the option.
    Fixed {
        /// The accepted values.
        accepted: &'static [&'static str],
        /// The default, one of `accepted`.
        default: &'static str,
        /// Sets the option from an accepted value's position.
        set: fn(&mut Options, usize),
    },
    /// The [`Period::code`] of each of the dataset's periods with country
    /// figures; the default is the dataset's default period.
    Periods,
}

/// One embed option: its name and the values it accepts. The one table of
/// option names: `Options` parsing, `mount`'s JS reader, the component's
/// props and the embed script's query list (held equal by a test) all
/// follow it.
#[derive(Clone, Copy)]
pub struct OptionSpec {
    /// The name, as an attribute (`data-<name>`), query key or JS property.
    pub name: &'static str,
    /// What it accepts.
    pub values: Values,
}

/// Every option, in the order the README documents them.
pub const OPTIONS: [OptionSpec; 6] = [
    OptionSpec {
        name: "lang",
        values: Values::Fixed {
            accepted: &Lang::TAGS,
            default: "en",
            set: |o, i| o.lang = Lang::ALL[i],
        },
    },
    OptionSpec {
        name: "view",
        values: Values::Fixed {
            accepted: &["snapshot", "timeline"],
            default: "snapshot",
            set: |o, i| o.view = [ChartView::Snapshot(o.period), ChartView::Timeline][i],
        },
    },
    OptionSpec {
        name: "period",
        values: Values::Periods,
    },
    OptionSpec {
        name: "annotations",
        values: Values::Fixed {
            accepted: &["on", "off", "true", "false"],
            default: "off",
            set: |o, i| o.annotations = i % 2 == 0,
        },
    },
    OptionSpec {
        name: "metric",
        values: Values::Fixed {
            accepted: &["dollars", "share"],
            default: "dollars",
            set: |o, i| o.metric = [Metric::Dollars, Metric::Share][i],
        },
    },
    OptionSpec {
        name: "theme",
        values: Values::Fixed {
            accepted: &["auto", "light", "dark"],
            default: "auto",
            set: |o, i| o.theme = [Theme::Auto, Theme::Light, Theme::Dark][i],
        },
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

    /// The values it accepts with `data`.
    pub fn accepted(&self, data: &Dataset) -> Vec<String> {
        match self.values {
            Values::Fixed { accepted, .. } => accepted.iter().map(|a| a.to_string()).collect(),
            Values::Periods => data.country_periods().iter().map(|p| p.code()).collect(),
        }
    }

    /// Its default with `data`.
    pub fn default(&self, data: &Dataset) -> String {
        match self.values {
            Values::Fixed { default, .. } => default.to_string(),
            Values::Periods => data.default_period.code(),
        }
    }

    fn apply(&self, options: &mut Options, data: &Dataset, value: &str) -> bool {
        match self.values {
            Values::Fixed { accepted, set, .. } => {
                let Some(i) = accepted.iter().position(|a| *a == value) else {
                    return false;
                };
                set(options, i);
            }
            Values::Periods => {
                let Some(period) = data.country_period(value) else {
                    return false;
                };
                options.period = period;
                if let ChartView::Snapshot(_) = options.view {
                    options.view = ChartView::Snapshot(period);
                }
            }
        }
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
    /// use kpop_exports_chart::data::EMBEDDED;
    /// use kpop_exports_chart::options::{Options, OptionValue};
    /// use kpop_exports_chart::ChartView;
    /// let (o, errors) = Options::parse(&EMBEDDED, [
    ///     ("lang", OptionValue::Text("ko".into())),
    ///     ("view", OptionValue::Text("decade".into())),
    /// ]);
    /// assert_eq!(o.lang.tag(), "ko");
    /// assert_eq!(o.view, ChartView::Snapshot(EMBEDDED.default_period));
    /// assert_eq!(errors[0].option, "view");
    /// ```
    pub fn parse<'a>(
        data: &Dataset,
        pairs: impl IntoIterator<Item = (&'a str, OptionValue)>,
    ) -> (Options, Vec<OptionError>) {
        let mut options = Options::defaults(data);
        let mut errors = Vec::new();
        for (name, value) in pairs {
            if let Err(e) = options.set(data, name, &value) {
                errors.push(e);
            }
        }
        (options, errors)
    }

    /// Sets one option from its name and value, or says why it can't and
    /// puts that option back to its default (as the message says).
    pub fn set(
        &mut self,
        data: &Dataset,
        name: &str,
        value: &OptionValue,
    ) -> Result<(), OptionError> {
        let spec = OptionSpec::named(name);
        let text = match value {
            OptionValue::Text(s) => Some(s.trim().to_ascii_lowercase()),
            OptionValue::Bool(b) => Some(b.to_string()),
            OptionValue::Other(_) => None,
        };
        if let (Some(spec), Some(text)) = (spec, &text) {
            if spec.apply(self, data, text) {
                return Ok(());
            }
        }
        if let Some(spec) = spec {
            spec.apply(self, data, &spec.default(data));
        }
        Err(OptionError {
            option: name.to_string(),
            value: value.to_string(),
            accepted: spec.map_or_else(
                || NAMES.iter().map(|n| n.to_string()).collect(),
                |s| s.accepted(data),
            ),
            default: spec.map(|s| s.default(data)),
        })
    }
}

/// The first view and the compared period from the Leptos component's
/// typed `view` prop and its `period` prop (an option value, as in every
/// other embed; it wins over a typed comparison's period, so `mount`, which
/// passes both, has the period checked once). A period named either way
/// that has no country figures is refused with the option's error, and the
/// default period is used.
pub fn view_and_period(
    data: &Dataset,
    view: Option<ChartView>,
    period: Option<&str>,
) -> (ChartView, Period, Vec<OptionError>) {
    let mut o = Options::defaults(data);
    let typed = match view {
        Some(ChartView::Snapshot(p)) => Some(p.code()),
        _ => None,
    };
    let errors = period
        .or(typed.as_deref())
        .and_then(|code| {
            o.set(data, "period", &OptionValue::Text(code.to_string()))
                .err()
        })
        .into_iter()
        .collect();
    if view == Some(ChartView::Timeline) {
        o.view = ChartView::Timeline;
    }
    (o.view, o.period, errors)
}

#[cfg(test)]
#[path = "tests/options.rs"]
mod tests;
