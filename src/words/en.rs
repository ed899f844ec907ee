//! English.

use super::{UiText, Words};
use crate::data::{Period, PeriodKind};

/// Every English word the widget shows.
pub(super) const WORDS: Words = Words {
    ui: UiText {
        period_group: "Period",
        first_half: "First half of 2023",
        every_period: "Every period",
        measure_group: "Measure",
        dollars: "US dollars",
        share: "Share of total",
        milestones: "Billboard milestones",
        period_kinds: ["Full year", "Jan–Oct/Nov", "Jan–Jun"],
        plot_label:
            "Album exports chart. Use the arrow keys to read each value, Escape to hide the tooltip.",
        plot_role: "chart",
        source_prefix: "Source: ",
        show_data: "Show data",
        hide_data: "Hide data",
        data_region: "Chart data",
        table_every_period: "Album exports by destination, every sourced period",
        table_caption: "Album exports by destination, ",
        table_headers: [
            "Period",
            "Destination",
            "Value (US dollars)",
            "Share of the period's total",
            "Source",
        ],
        milestones_caption: "US Billboard milestones of K-pop acts",
        milestones_headers: ["Announced", "Milestone", "Chart dated", "Source"],
    },
    no_figure: "no figure",
    of_total: " of total",
    no_country_figures: "No country figures before 2020",
    destinations: ["All destinations", "Japan", "United States", "China"],
    short_destinations: ["Total", "Japan", "US", "China"],
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    months_short: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    months_initial: ["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"],
    period_short,
    period_long,
};

/// `2022`, `H1 2023`, `Jan–Nov 2022`.
fn period_short(w: &Words, p: Period) -> String {
    match p.kind() {
        PeriodKind::FullYear => p.start.year.to_string(),
        PeriodKind::FirstHalf => format!("H1 {}", p.start.year),
        PeriodKind::Partial => months(p, |m| w.months_short[usize::from(m.clamp(1, 12) - 1)]),
    }
}

/// `2022`, `the first half of 2023`, `January–November 2022`.
fn period_long(w: &Words, p: Period) -> String {
    match p.kind() {
        PeriodKind::FullYear => p.start.year.to_string(),
        PeriodKind::FirstHalf => format!("the first half of {}", p.start.year),
        PeriodKind::Partial => months(p, |m| w.month(m)),
    }
}

/// `Jan–Nov 2022`, or `Nov 2022–Feb 2023` across a year's end.
fn months(p: Period, name: impl Fn(u8) -> &'static str) -> String {
    if p.start.year == p.end.year {
        format!(
            "{}–{} {}",
            name(p.start.month),
            name(p.end.month),
            p.end.year
        )
    } else {
        format!(
            "{} {}–{} {}",
            name(p.start.month),
            p.start.year,
            name(p.end.month),
            p.end.year
        )
    }
}
