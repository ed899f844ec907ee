//! The words around the chart: title, subtitle, notes, source line and the
//! text description of the canvas, all generated from the data.

use crate::chart::{timeline_series, ChartView, Metric};
use crate::data::{self, Destination, Period, PeriodKind, FIGURES, MILESTONES};
use crate::format::{figure_money, figure_share};

/// The chart's headline: the seed's story.
pub const TITLE: &str = "The US overtook China as the second-largest market for K-pop albums";

/// What the chart shows, under the title.
pub fn subtitle(view: ChartView, metric: Metric) -> String {
    match (view, metric) {
        (ChartView::Snapshot(p), Metric::Dollars) => format!(
            "South Korea's album exports in {}, by destination, in US dollars",
            p.long_label()
        ),
        (ChartView::Snapshot(p), Metric::Share) => format!(
            "South Korea's album exports in {}, by destination, as a share of all album exports",
            p.long_label()
        ),
        (ChartView::Timeline, Metric::Dollars) => {
            "South Korea's album exports by destination, every sourced period, in US dollars"
                .to_string()
        }
        (ChartView::Timeline, Metric::Share) => {
            "South Korea's album exports by destination, as a share of each period's total"
                .to_string()
        }
    }
}

/// Notes on the periods shown: what each value covers and what isn't
/// comparable.
pub fn period_notes(view: ChartView, metric: Metric) -> Vec<String> {
    let mut notes = Vec::new();
    match view {
        ChartView::Snapshot(p) => {
            if let Some(total) = data::figure(p, Destination::All) {
                notes.push(format!(
                    "Each figure covers {} ({}–{} {}). Shares are of all album exports in the same period: {}.",
                    p.long_label(),
                    &data::MONTH_NAMES[usize::from(p.start.month.clamp(1, 12) - 1)][..3],
                    &data::MONTH_NAMES[usize::from(p.end.month.clamp(1, 12) - 1)][..3],
                    p.end.year,
                    figure_money(total)
                ));
            }
        }
        ChartView::Timeline => {
            notes.push(
                "Each line spans the months its figure covers: solid for a full year, long dashes for January to October or November, short dashes for January to June."
                    .to_string(),
            );
            if metric == Metric::Dollars {
                notes.push(
                    "Dollar figures for part of a year are not comparable with full years; switch to share of total to compare periods."
                        .to_string(),
                );
            } else {
                notes.push(
                    "Each share is of all album exports in the same period. No country figures were found before 2020."
                        .to_string(),
                );
            }
        }
    }
    if FIGURES
        .iter()
        .any(|f| f.is_approximate() && shown_in(view, f.period))
    {
        notes.push("≈ marks figures the source gave only rounded.".to_string());
    }
    notes
}

fn shown_in(view: ChartView, period: Period) -> bool {
    match view {
        ChartView::Snapshot(p) => p == period,
        ChartView::Timeline => true,
    }
}

/// Outlet names without the dates some source fields carry.
fn outlets(sources: impl Iterator<Item = &'static str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in sources {
        for part in s.split(" / ") {
            let name = part
                .trim_end_matches(|c: char| c.is_ascii_digit() || c == '-' || c == ' ')
                .trim();
            if !name.is_empty() && !out.iter().any(|o| o == name) {
                out.push(name.to_string());
            }
        }
    }
    out
}

/// The source line for what a view shows.
pub fn source_line(view: ChartView) -> String {
    let figures = FIGURES.iter().filter(|f| shown_in(view, f.period));
    let mut dated: Vec<String> = Vec::new();
    for f in figures {
        let s = format!("{} ({})", f.source, f.source_date);
        if !dated.contains(&s) {
            dated.push(s);
        }
    }
    format!(
        "Source: Korea Customs Service trade statistics (HS 8523.49.1040), as published by {}. Milestones: US Billboard charts, as reported by {}.",
        dated.join("; "),
        outlets(MILESTONES.iter().map(|m| m.source)).join(", ")
    )
}

/// A text description of what the canvas shows, for screen readers, built
/// from the same figures the chart draws.
pub fn describe(view: ChartView, metric: Metric, annotations: bool) -> String {
    let mut s = match view {
        ChartView::Snapshot(p) => {
            let mut parts = Vec::new();
            let mut ranked: Vec<&data::Figure> = Destination::COUNTRIES
                .iter()
                .filter_map(|&d| data::figure(p, d))
                .collect();
            for f in &ranked {
                parts.push(format!(
                    "{} {} ({} of the total)",
                    f.destination.name(),
                    figure_money(f),
                    figure_share(f).unwrap_or_else(|| "share unknown".to_string())
                ));
            }
            ranked.sort_by_key(|f| std::cmp::Reverse(f.value_kusd));
            let order: Vec<&str> = ranked.iter().map(|f| f.destination.name()).collect();
            format!(
                "Bar chart of K-pop album exports in {}: {}. In order: {}.",
                p.long_label(),
                parts.join(", "),
                order.join(", ")
            )
        }
        ChartView::Timeline => {
            let names: Vec<&str> = timeline_series(metric).iter().map(|d| d.name()).collect();
            let kinds = [
                PeriodKind::FullYear,
                PeriodKind::FirstHalf,
                PeriodKind::Partial,
            ];
            let periods = data::country_periods();
            let count = |k: PeriodKind| periods.iter().filter(|p| p.kind() == k).count();
            format!(
                "Time chart of K-pop album exports, {}, for {}, over {} full years, {} first halves and {} other part-year periods from 2017 to 2025.",
                if metric == Metric::Dollars { "in US dollars" } else { "as a share of each period's total" },
                names.join(", "),
                count(kinds[0]),
                count(kinds[1]),
                count(kinds[2])
            )
        }
    };
    if annotations {
        s.push_str(" Billboard milestones of K-pop acts are marked at their dates.");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_description_tells_the_seeds_story() {
        let d = describe(ChartView::default(), Metric::Dollars, false);
        assert!(d.contains("the first half of 2023"), "{d}");
        assert!(d.contains("Japan $48.523M (36.5% of the total)"), "{d}");
        assert!(
            d.contains("United States $25.519M (19.2% of the total)"),
            "{d}"
        );
        assert!(d.contains("China $22.640M (17.0% of the total)"), "{d}");
        assert!(d.contains("In order: Japan, United States, China."), "{d}");
        assert!(!d.contains("milestones"));
        assert!(describe(ChartView::default(), Metric::Dollars, true).contains("milestones"));
    }

    #[test]
    fn the_source_line_names_the_outlets_shown() {
        let s = source_line(ChartView::default());
        assert!(s.contains("The Fact / Daum (2023-07-18)"), "{s}");
        assert!(!s.contains("Sports Donga"), "{s}");
        assert!(source_line(ChartView::Timeline).contains("Sports Donga (2022-12-19)"));
        assert!(s.contains("Rolling Stone"), "{s}");
        assert!(!s.contains("2017-05-22"), "{s}");
    }

    #[test]
    fn notes_warn_about_periods_and_rounding() {
        let n = period_notes(ChartView::Timeline, Metric::Dollars).join(" ");
        assert!(n.contains("not comparable"), "{n}");
        assert!(n.contains("≈"), "{n}");
        let n = period_notes(ChartView::default(), Metric::Dollars).join(" ");
        assert!(n.contains("$132.934M"), "{n}");
        assert!(!n.contains("≈"), "{n}");
    }
}
