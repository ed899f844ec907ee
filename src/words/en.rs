//! English.

use super::{
    month_runs, AmountStyle, AmountWords, Change, ChartText, Direction, DownloadText, PerMetric,
    PeriodCounts, ReadingText, SummaryText, UiText, Words,
};
use crate::data::{Period, PeriodKind};
use crate::vocab::Metric;

/// Every English word the widget shows.
pub(super) const WORDS: Words = Words {
    ui: UiText {
        period_group: "Period",
        every_period: "Every period",
        measure_group: "Measure",
        dollars: "US dollars",
        share: "Share of total",
        milestones: "Billboard milestones",
        full_year_kind: "Full year",
        first_half_kind: "Jan–Jun",
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
    no_country_figures: |year| format!("No country figures before {year}"),
    no_country_figures_period: "No country figures for this period",
    destinations: ["All destinations", "Japan", "United States", "China"],
    headline_destinations: ["all destinations", "Japan", "the US", "China"],
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
    period_row,
    period_button,
    months_count: |n| {
        if n == 1 {
            "1 month".to_string()
        } else {
            format!("{n} months")
        }
    },
    chart: ChartText {
        title_overtook: |ahead, behind, rank| {
            let place = match rank {
                1 => "largest".to_string(),
                2 => "second-largest".to_string(),
                3 => "third-largest".to_string(),
                n => format!("No. {n}"),
            };
            format!("{ahead} overtook {behind} as the {place} market for K-pop albums")
        },
        title_led: |leader, period| format!("{leader} was the largest market for K-pop albums in {period}"),
        subtitle_snapshot: PerMetric {
            dollars: |period| {
                format!("South Korea's album exports in {period}, by destination, in US dollars")
            },
            share: |period| {
                format!(
                    "South Korea's album exports in {period}, by destination, as a share of all album exports"
                )
            },
        },
        subtitle_timeline: PerMetric {
            dollars: "South Korea's album exports by destination, every sourced period, in US dollars",
            share: "South Korea's album exports by destination, as a share of each period's total",
        },
        snapshot_note,
        partial_kind: |w, ranges| month_runs(ranges, &w.months_short, "–", "/").join(", "),
        timeline_lines_note: |w, ranges| {
            let partial = month_runs(ranges, &w.months, " to ", " or ");
            let partial = if partial.is_empty() {
                String::new()
            } else {
                format!(" long dashes for {},", partial.join(", or "))
            };
            format!("Each line spans the months its figure covers: solid for a full year,{partial} short dashes for January to June.")
        },
        timeline_note: PerMetric {
            dollars: "Dollar figures for part of a year are not comparable with full years; switch to share of total to compare periods.",
            share: "Each share is of all album exports in the same period.",
        },
        no_country_figures_before: |year| {
            format!("No country figures were found before {year}.")
        },
        rounded_note: "≈ marks figures the source gave only rounded.",
        source_line: |dated, milestones| {
            format!(
                "Source: Korea Customs Service trade statistics (HS 8523.49.1040), as published by {dated}. Milestones: US Billboard charts, as reported by {milestones}."
            )
        },
        describe_bar: |name, money, share| match share {
            Some(share) => format!("{name} {money} ({share} of the total)"),
            None => format!("{name} {money} (share unknown)"),
        },
        describe_snapshot: |period, bars, order| {
            format!("Bar chart of K-pop album exports in {period}: {bars}. In order: {order}.")
        },
        describe_timeline,
        describe_milestones: " Billboard milestones of K-pop acts are marked at their dates.",
        describe_rows: " On this narrow screen each period is drawn as a row of its own, the earliest at the top.",
    },
    reading: ReadingText {
        rounding_notes: [
            (1000, " (rounded by the source to the nearest $1 million)"),
            (100, " (rounded by the source to the nearest $0.1 million)"),
            (10, " (rounded by the source to the nearest $0.01 million)"),
        ],
        about: |value| format!("about {value}"),
        share_of_all: |percent| format!("{percent} of all album exports"),
        milestones_in_period: |list| format!(" Billboard milestones in this period: {list}."),
        list,
        summary: SummaryText {
            total: |period, total| {
                format!("In {period}, South Korea's album exports totalled {total}.")
            },
            no_total: |period| format!("South Korea's album exports in {period}."),
            largest: |top| format!(" {top} was the largest destination."),
            second: |second, third| format!(" {second} came second, ahead of {third}."),
            always_largest: |lead| {
                format!("{lead} was the largest destination in every period with country figures.")
            },
            us_ahead: |us| format!("The United States was ahead of China in {us}."),
            us_and_china_ahead: |us, cn| {
                format!("The United States was ahead of China in {us}; China was ahead in {cn}.")
            },
            total_change,
        },
    },
    downloads: DownloadText {
        get_data: "Get the data",
        download_image: "Download image",
        csv_headers: [
            "First month",
            "Last month",
            "Destination",
            "Value (thousands of US dollars)",
            "Rounded by the source to (thousands of US dollars)",
            "Share of the period's total",
            "Source",
            "Source date",
        ],
        csv_comment: |subject| {
            format!(
                "{subject}. Source: Korea Customs Service trade statistics (HS 8523.49.1040), as published by the outlets in the Source column."
            )
        },
        key_heading: "Billboard milestones",
    },
    amounts: AmountWords {
        approx: "≈",
        style: AmountStyle::Millions,
    },
};

/// `Each figure covers the first half of 2023 (Jan–Jun 2023). …`
fn snapshot_note(w: &Words, p: Period, total: &str) -> String {
    format!(
        "Each figure covers {} ({}–{} {}). Shares are of all album exports in the same period: {total}.",
        period_long(w, p),
        w.months_short[usize::from(p.start.month.clamp(1, 12) - 1)],
        w.months_short[usize::from(p.end.month.clamp(1, 12) - 1)],
        p.end.year,
    )
}

/// `Time chart of K-pop album exports, in US dollars, for …`
fn describe_timeline(metric: Metric, names: &str, n: PeriodCounts) -> String {
    let measure = PerMetric {
        dollars: "in US dollars",
        share: "as a share of each period's total",
    };
    format!(
        "Time chart of K-pop album exports, {}, for {names}, over {} full years, {} first halves and {} other part-year periods from {} to {}.",
        measure.get(metric),
        n.full_years,
        n.first_halves,
        n.other,
        n.first_year,
        n.last_year,
    )
}

/// `a`, `a and b`, `a, b and c`.
fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {}", init.join(", "), last),
    }
}

/// `Total album exports grew from $44.182M in 2017 to $301.744M in 2025.`
fn total_change(c: &Change) -> String {
    let Change {
        from,
        from_value,
        to,
        to_value,
        ..
    } = c;
    match c.direction {
        Direction::Up => {
            format!("Total album exports grew from {from_value} in {from} to {to_value} in {to}.")
        }
        Direction::Down => {
            format!("Total album exports fell from {from_value} in {from} to {to_value} in {to}.")
        }
        Direction::Level => format!(
            "Total album exports were level: {from_value} in {from} and {to_value} in {to}."
        ),
    }
}

/// `2022`, `H1 2023`, `Jan–Nov 2022`.
fn period_short(w: &Words, p: Period) -> String {
    match p.kind() {
        PeriodKind::FullYear => p.start.year.to_string(),
        PeriodKind::FirstHalf => format!("H1 {}", p.start.year),
        PeriodKind::Partial => months(p, |m| w.months_short[usize::from(m.clamp(1, 12) - 1)]),
    }
}

/// `2021`, `2023 Jan–Jun`, `2022 Jan–Nov`: the year first, so a column of
/// rows reads down the years.
fn period_row(w: &Words, p: Period) -> String {
    let short = |m: u8| w.months_short[usize::from(m.clamp(1, 12) - 1)];
    if p.kind() == PeriodKind::FullYear {
        p.start.year.to_string()
    } else if p.start.year == p.end.year {
        format!(
            "{} {}–{}",
            p.start.year,
            short(p.start.month),
            short(p.end.month)
        )
    } else {
        months(p, short)
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

/// `First half of 2023`, `2024`, `January–October 2023`.
fn period_button(w: &Words, p: Period) -> String {
    match p.kind() {
        PeriodKind::FirstHalf => format!("First half of {}", p.start.year),
        _ => period_long(w, p),
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
