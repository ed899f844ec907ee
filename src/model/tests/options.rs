use super::*;
use crate::data::{Figure, YearMonth, EMBEDDED};

fn text(s: &str) -> OptionValue {
    OptionValue::Text(s.to_string())
}

fn parse<'a>(
    pairs: impl IntoIterator<Item = (&'a str, OptionValue)>,
) -> (Options, Vec<OptionError>) {
    Options::parse(&EMBEDDED, pairs)
}

fn defaults() -> Options {
    Options::defaults(&EMBEDDED)
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
        let accepted = spec.accepted(&EMBEDDED);
        let default = spec.default(&EMBEDDED);
        assert!(accepted.contains(&default), "{}", spec.name);
        let (d, errors) = parse([(spec.name, text(&default))]);
        assert!(errors.is_empty());
        assert_eq!(d, defaults(), "{}", spec.name);
        for value in &accepted {
            let (_, errors) = parse([(spec.name, text(value))]);
            assert!(errors.is_empty(), "{}={value}", spec.name);
        }
    }
}

#[test]
fn no_options_give_the_datasets_default_period_compared() {
    let (o, errors) = parse([]);
    assert!(errors.is_empty());
    assert_eq!(o, defaults());
    assert_eq!(o.view, ChartView::Snapshot(EMBEDDED.default_period));
    assert_eq!(EMBEDDED.default_period.code(), "2023-h1");
    assert_eq!(
        (o.lang, o.metric, o.theme),
        (Lang::En, Metric::Dollars, Theme::Auto)
    );
    assert!(!o.annotations);
}

#[test]
fn every_accepted_value_is_taken() {
    let (o, errors) = parse([
        ("lang", text("ko")),
        ("view", text("timeline")),
        ("period", text("2024")),
        ("annotations", text("on")),
        ("metric", text("share")),
        ("theme", text("dark")),
    ]);
    assert!(errors.is_empty(), "{errors:?}");
    let y2024 = EMBEDDED.country_period("2024").unwrap();
    assert_eq!(
        o,
        Options {
            lang: Lang::Ko,
            view: ChartView::Timeline,
            period: y2024,
            annotations: true,
            metric: Metric::Share,
            theme: Theme::Dark,
        }
    );
    let (o, _) = parse([("annotations", OptionValue::Bool(true))]);
    assert!(o.annotations);
    let (o, _) = parse([(" Theme ", text(" LIGHT "))]);
    assert_eq!(o.theme, Theme::Light);
}

#[test]
fn the_period_sets_the_comparison_in_either_order_with_the_view() {
    let (o, _) = parse([("period", text(" 2023-JAN-OCT "))]);
    let jan_oct = EMBEDDED.country_period("2023-jan-oct").unwrap();
    assert_eq!((o.view, o.period), (ChartView::Snapshot(jan_oct), jan_oct));
    let (o, _) = parse([("view", text("timeline")), ("period", text("2021"))]);
    assert_eq!(o.view, ChartView::Timeline);
    let (o2, _) = parse([("period", text("2021")), ("view", text("timeline"))]);
    assert_eq!(o, o2);
    let (o, _) = parse([("period", text("2021")), ("view", text("snapshot"))]);
    assert_eq!(o.view, ChartView::Snapshot(o.period));
    assert_eq!(o.period.code(), "2021");
}

#[test]
fn the_period_accepts_every_period_with_country_figures_and_no_other() {
    let accepted = OptionSpec::named("period").unwrap().accepted(&EMBEDDED);
    let with_countries = EMBEDDED.country_periods();
    assert_eq!(accepted.len(), with_countries.len());
    for (code, p) in accepted.iter().zip(&with_countries) {
        assert_eq!(parse([("period", text(code))]).0.period, *p);
    }
    // 2017 has a total only: not a period the comparison can show.
    assert!(EMBEDDED.figures.iter().any(|f| f.period.code() == "2017"));
    let (o, errors) = parse([("period", text("2017"))]);
    assert_eq!(o, defaults());
    assert_eq!(
        errors[0].to_string(),
        format!(
            "invalid value \"2017\" for option `period`; accepted values: {}. Using the default, 2023-h1.",
            accepted.join(", ")
        )
    );
}

#[test]
fn the_periods_accepted_follow_the_data() {
    let month = |year, month| YearMonth { year, month };
    let h1_2026 = Period {
        start: month(2026, 1),
        end: month(2026, 6),
    };
    let mut figures = EMBEDDED.figures.to_vec();
    for (destination, value_kusd) in [
        (crate::data::Destination::All, 100_000),
        (crate::data::Destination::Japan, 40_000),
    ] {
        figures.push(Figure {
            period: h1_2026,
            destination,
            value_kusd,
            rounded_to_kusd: 1,
            source: "test",
            source_date: "2026-07-15",
        });
    }
    let data = Dataset::leak(figures, EMBEDDED.milestones.to_vec(), h1_2026);
    let (o, errors) = Options::parse(&data, [("period", text("2026-h1"))]);
    assert!(errors.is_empty());
    assert_eq!(o.view, ChartView::Snapshot(h1_2026));
    assert_eq!(Options::defaults(&data).period, h1_2026);
    assert!(parse([("period", text("2026-h1"))]).1.len() == 1);
}

#[test]
fn the_components_view_and_period_props_are_checked_like_the_option() {
    let d = EMBEDDED.default_period;
    let y2024 = EMBEDDED.country_period("2024").unwrap();
    let (view, period, errors) = view_and_period(&EMBEDDED, None, None);
    assert_eq!((view, period, errors.len()), (ChartView::Snapshot(d), d, 0));
    let (view, period, _) = view_and_period(&EMBEDDED, None, Some("2024"));
    assert_eq!((view, period), (ChartView::Snapshot(y2024), y2024));
    let (view, period, _) = view_and_period(&EMBEDDED, Some(ChartView::Timeline), Some("2024"));
    assert_eq!((view, period), (ChartView::Timeline, y2024));
    let (view, _, _) = view_and_period(&EMBEDDED, Some(ChartView::Snapshot(y2024)), None);
    assert_eq!(view, ChartView::Snapshot(y2024));
    // 2017 has only its total: refused, by name, for the default.
    let y2017 = EMBEDDED.figures[0].period;
    assert_eq!(y2017.code(), "2017");
    let (view, period, errors) = view_and_period(&EMBEDDED, Some(ChartView::Snapshot(y2017)), None);
    assert_eq!((view, period), (ChartView::Snapshot(d), d));
    assert!(errors[0]
        .to_string()
        .starts_with("invalid value \"2017\" for option `period`"));
    let (_, period, errors) = view_and_period(&EMBEDDED, None, Some("2030-h1"));
    assert_eq!((period, errors.len()), (d, 1));
}

#[test]
fn a_later_value_overrides_an_earlier_one() {
    let (o, _) = parse([("lang", text("ko")), ("lang", text("en"))]);
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
        ("colour", text("red"), "unknown option `colour` (value \"red\"); accepted options: lang, view, period, annotations, metric, theme. It is ignored."),
    ];
    for (name, value, message) in cases {
        let (o, errors) = parse([(name, value)]);
        assert_eq!(o, defaults(), "{name}");
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].to_string(), message);
    }
}

#[test]
fn a_bad_value_falls_back_to_the_default_as_its_message_says() {
    let (o, errors) = parse([("view", text("timeline")), ("view", text(""))]);
    assert_eq!(o.view, ChartView::Snapshot(EMBEDDED.default_period));
    assert_eq!(errors.len(), 1);
    assert!(errors[0]
        .to_string()
        .contains("Using the default, snapshot."));
    let (o, errors) = parse([("period", text("2021")), ("period", text("h1"))]);
    assert_eq!(o.period, EMBEDDED.default_period);
    assert!(errors[0]
        .to_string()
        .contains("Using the default, 2023-h1."));
}
