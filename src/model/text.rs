//! The words around the chart: title, subtitle, notes, source line and the
//! text description of the canvas, all generated from the data, in English
//! and Korean.

use crate::data::{self, Destination, Period, PeriodKind, FIGURES, MILESTONES};
use crate::model::format::{figure_money, figure_share};
use crate::model::vocab::Lang;
use crate::model::vocab::{ChartView, Metric};
use crate::words::{words, DestinationWords, PeriodWords};

/// The chart's headline: the seed's story.
pub fn title(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "The US overtook China as the second-largest market for K-pop albums",
        Lang::Ko => "미국, 중국 제치고 K팝 음반 2위 수출국으로",
    }
}

/// What the chart shows, under the title.
pub fn subtitle(view: ChartView, metric: Metric, lang: Lang) -> String {
    match (lang, view, metric) {
        (Lang::En, ChartView::Snapshot(p), Metric::Dollars) => format!(
            "South Korea's album exports in {}, by destination, in US dollars",
            p.long_label(lang)
        ),
        (Lang::En, ChartView::Snapshot(p), Metric::Share) => format!(
            "South Korea's album exports in {}, by destination, as a share of all album exports",
            p.long_label(lang)
        ),
        (Lang::En, ChartView::Timeline, Metric::Dollars) => {
            "South Korea's album exports by destination, every sourced period, in US dollars"
                .to_string()
        }
        (Lang::En, ChartView::Timeline, Metric::Share) => {
            "South Korea's album exports by destination, as a share of each period's total"
                .to_string()
        }
        (Lang::Ko, ChartView::Snapshot(p), Metric::Dollars) => {
            format!(
                "{} 한국 음반 수출액, 수출국별 (미국 달러)",
                p.long_label(lang)
            )
        }
        (Lang::Ko, ChartView::Snapshot(p), Metric::Share) => format!(
            "{} 한국 음반 수출, 수출국별 전체 음반 수출 대비 비중",
            p.long_label(lang)
        ),
        (Lang::Ko, ChartView::Timeline, Metric::Dollars) => {
            "한국 음반 수출액, 수출국별, 자료가 있는 모든 기간 (미국 달러)".to_string()
        }
        (Lang::Ko, ChartView::Timeline, Metric::Share) => {
            "한국 음반 수출, 수출국별 각 기간 전체 수출 대비 비중".to_string()
        }
    }
}

/// Notes on the periods shown: what each value covers and what isn't
/// comparable.
pub fn period_notes(view: ChartView, metric: Metric, lang: Lang) -> Vec<String> {
    let mut notes = Vec::new();
    match view {
        ChartView::Snapshot(p) => {
            if let Some(total) = data::figure(p, Destination::All) {
                notes.push(match lang {
                    Lang::En => format!(
                        "Each figure covers {} ({}–{} {}). Shares are of all album exports in the same period: {}.",
                        p.long_label(lang),
                        words(lang).months_short[usize::from(p.start.month.clamp(1, 12) - 1)],
                        words(lang).months_short[usize::from(p.end.month.clamp(1, 12) - 1)],
                        p.end.year,
                        figure_money(total)
                    ),
                    Lang::Ko => format!(
                        "모든 수치는 {}({}년 {}~{}월) 기준입니다. 비중은 같은 기간 전체 음반 수출({}) 대비입니다.",
                        p.long_label(lang),
                        p.end.year,
                        p.start.month,
                        p.end.month,
                        figure_money(total)
                    ),
                });
            }
        }
        ChartView::Timeline => {
            notes.push(match lang {
                Lang::En => "Each line spans the months its figure covers: solid for a full year, long dashes for January to October or November, short dashes for January to June.",
                Lang::Ko => "각 선은 수치가 포함하는 기간에 걸쳐 그려집니다. 실선은 1년, 긴 점선은 1~10월 또는 1~11월, 짧은 점선은 1~6월입니다.",
            }.to_string());
            notes.push(match (lang, metric) {
                (Lang::En, Metric::Dollars) => "Dollar figures for part of a year are not comparable with full years; switch to share of total to compare periods.",
                (Lang::En, Metric::Share) => "Each share is of all album exports in the same period. No country figures were found before 2020.",
                (Lang::Ko, Metric::Dollars) => "일부 기간의 금액은 1년 전체 금액과 비교할 수 없습니다. 기간을 비교하려면 비중 보기로 바꾸세요.",
                (Lang::Ko, Metric::Share) => "비중은 같은 기간 전체 음반 수출 대비입니다. 2020년 이전의 국가별 수치는 찾지 못했습니다.",
            }.to_string());
        }
    }
    if FIGURES
        .iter()
        .any(|f| f.is_approximate() && shown_in(view, f.period))
    {
        notes.push(
            match lang {
                Lang::En => "≈ marks figures the source gave only rounded.",
                Lang::Ko => "≈ 표시는 출처가 반올림한 값만 밝힌 수치입니다.",
            }
            .to_string(),
        );
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
pub fn source_line(view: ChartView, lang: Lang) -> String {
    let figures = FIGURES.iter().filter(|f| shown_in(view, f.period));
    let mut dated: Vec<String> = Vec::new();
    for f in figures {
        let s = format!("{} ({})", f.source, f.source_date);
        if !dated.contains(&s) {
            dated.push(s);
        }
    }
    let milestones = outlets(MILESTONES.iter().map(|m| m.source)).join(", ");
    match lang {
        Lang::En => format!(
            "Source: Korea Customs Service trade statistics (HS 8523.49.1040), as published by {}. Milestones: US Billboard charts, as reported by {milestones}.",
            dated.join("; "),
        ),
        Lang::Ko => format!(
            "출처: 관세청 수출입무역통계(HS 8523.49.1040), {} 보도. 기록: 미국 빌보드 차트, {milestones} 보도.",
            dated.join("; "),
        ),
    }
}

/// A text description of what the canvas shows, for screen readers, built
/// from the same figures the chart draws.
pub fn describe(view: ChartView, metric: Metric, annotations: bool, lang: Lang) -> String {
    let mut s = match view {
        ChartView::Snapshot(p) => {
            let mut parts = Vec::new();
            let mut ranked: Vec<&data::Figure> = Destination::COUNTRIES
                .iter()
                .filter_map(|&d| data::figure(p, d))
                .collect();
            for f in &ranked {
                let share = figure_share(f);
                parts.push(match (lang, share) {
                    (Lang::En, Some(sh)) => format!(
                        "{} {} ({sh} of the total)",
                        f.destination.name(lang),
                        figure_money(f)
                    ),
                    (Lang::En, None) => format!(
                        "{} {} (share unknown)",
                        f.destination.name(lang),
                        figure_money(f)
                    ),
                    (Lang::Ko, Some(sh)) => format!(
                        "{} {}(전체의 {sh})",
                        f.destination.name(lang),
                        figure_money(f)
                    ),
                    (Lang::Ko, None) => format!(
                        "{} {}(비중 알 수 없음)",
                        f.destination.name(lang),
                        figure_money(f)
                    ),
                });
            }
            crate::model::small::sort_by_key(&mut ranked, |f| std::cmp::Reverse(f.value_kusd));
            let order: Vec<&str> = ranked.iter().map(|f| f.destination.name(lang)).collect();
            match lang {
                Lang::En => format!(
                    "Bar chart of K-pop album exports in {}: {}. In order: {}.",
                    p.long_label(lang),
                    parts.join(", "),
                    order.join(", ")
                ),
                Lang::Ko => format!(
                    "{} K팝 음반 수출 막대그래프: {}. 순위: {}.",
                    p.long_label(lang),
                    parts.join(", "),
                    order.join(", ")
                ),
            }
        }
        ChartView::Timeline => {
            let names: Vec<&str> = ChartView::Timeline
                .series(metric)
                .iter()
                .map(|d| d.name(lang))
                .collect();
            let periods = data::country_periods();
            let count = |k: PeriodKind| periods.iter().filter(|p| p.kind() == k).count();
            let (full, halves, other) = (
                count(PeriodKind::FullYear),
                count(PeriodKind::FirstHalf),
                count(PeriodKind::Partial),
            );
            match lang {
                Lang::En => format!(
                    "Time chart of K-pop album exports, {}, for {}, over {full} full years, {halves} first halves and {other} other part-year periods from 2017 to 2025.",
                    if metric == Metric::Dollars { "in US dollars" } else { "as a share of each period's total" },
                    names.join(", "),
                ),
                Lang::Ko => format!(
                    "K팝 음반 수출 시계열 그래프({}): {}. 2017~2025년 중 1년 단위 {full}개, 상반기 {halves}개, 그 밖의 일부 기간 {other}개.",
                    if metric == Metric::Dollars { "미국 달러" } else { "각 기간 전체 대비 비중" },
                    names.join(", "),
                ),
            }
        }
    };
    if annotations {
        s.push_str(match lang {
            Lang::En => " Billboard milestones of K-pop acts are marked at their dates.",
            Lang::Ko => " K팝 가수의 빌보드 기록이 날짜에 표시되어 있습니다.",
        });
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    const EN: Lang = Lang::En;

    #[test]
    fn the_default_description_tells_the_seeds_story() {
        let d = describe(ChartView::default(), Metric::Dollars, false, EN);
        assert!(d.contains("the first half of 2023"), "{d}");
        assert!(d.contains("Japan $48.523M (36.5% of the total)"), "{d}");
        assert!(
            d.contains("United States $25.519M (19.2% of the total)"),
            "{d}"
        );
        assert!(d.contains("China $22.640M (17.0% of the total)"), "{d}");
        assert!(d.contains("In order: Japan, United States, China."), "{d}");
        assert!(!d.contains("milestones"));
        assert!(describe(ChartView::default(), Metric::Dollars, true, EN).contains("milestones"));
    }

    #[test]
    fn the_source_line_names_the_outlets_shown() {
        let s = source_line(ChartView::default(), EN);
        assert!(s.contains("The Fact / Daum (2023-07-18)"), "{s}");
        assert!(!s.contains("Sports Donga"), "{s}");
        assert!(source_line(ChartView::Timeline, EN).contains("Sports Donga (2022-12-19)"));
        assert!(s.contains("Rolling Stone"), "{s}");
        assert!(!s.contains("2017-05-22"), "{s}");
    }

    #[test]
    fn notes_warn_about_periods_and_rounding() {
        let n = period_notes(ChartView::Timeline, Metric::Dollars, EN).join(" ");
        assert!(n.contains("not comparable"), "{n}");
        assert!(n.contains("≈"), "{n}");
        let n = period_notes(ChartView::default(), Metric::Dollars, EN).join(" ");
        assert!(n.contains("$132.934M"), "{n}");
        assert!(!n.contains("≈"), "{n}");
    }

    #[test]
    fn korean_texts_are_korean_and_keep_every_figure() {
        let ko = Lang::Ko;
        let d = describe(ChartView::default(), Metric::Dollars, true, ko);
        assert!(d.contains("2023년 상반기"), "{d}");
        assert!(d.contains("미국 $25.519M(전체의 19.2%)"), "{d}");
        assert!(d.contains("순위: 일본, 미국, 중국."), "{d}");
        assert!(d.contains("빌보드"), "{d}");
        assert!(title(ko).contains("미국"));
        let n = period_notes(ChartView::default(), Metric::Dollars, ko).join(" ");
        assert!(n.contains("$132.934M"), "{n}");
        assert!(n.contains("2023년 1~6월"), "{n}");
        for view in [ChartView::default(), ChartView::Timeline] {
            for metric in [Metric::Dollars, Metric::Share] {
                let all = [
                    subtitle(view, metric, ko),
                    period_notes(view, metric, ko).join(" "),
                    source_line(view, ko),
                    describe(view, metric, true, ko),
                ];
                for text in all {
                    // Every sentence is in Korean (Hangul present); names of
                    // outlets and songs may stay in Latin letters.
                    assert!(text.chars().any(|c| ('가'..='힣').contains(&c)), "{text}");
                    assert!(!text.contains("album exports"), "{text}");
                }
            }
        }
    }
}
