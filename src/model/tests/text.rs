use super::*;
use crate::data::EMBEDDED;
use crate::model::testing::default_view;
const EN: Lang = Lang::En;

#[test]
fn the_timeline_description_counts_the_periods_it_draws() {
    // Dollars draw the totals from 2017; shares only the country
    // figures, which start in 2020.
    let d = describe(
        &EMBEDDED,
        ChartView::Timeline,
        Metric::Dollars,
        false,
        false,
        EN,
    );
    assert!(d.contains("from 2017 to 2025."), "{d}");
    let s = describe(
        &EMBEDDED,
        ChartView::Timeline,
        Metric::Share,
        false,
        false,
        EN,
    );
    assert!(s.contains("from 2020 to 2025."), "{s}");
    assert!(s.contains("over 4 full years"), "{s}");
    let k = describe(
        &EMBEDDED,
        ChartView::Timeline,
        Metric::Share,
        false,
        false,
        Lang::Ko,
    );
    assert!(k.contains("2020~2025년 중 1년 단위 4개"), "{k}");
}

#[test]
fn the_default_description_tells_the_seeds_story() {
    let d = describe(&EMBEDDED, default_view(), Metric::Dollars, false, false, EN);
    assert!(d.contains("the first half of 2023"), "{d}");
    assert!(d.contains("Japan $48.523M (36.5% of the total)"), "{d}");
    assert!(
        d.contains("United States $25.519M (19.2% of the total)"),
        "{d}"
    );
    assert!(d.contains("China $22.640M (17.0% of the total)"), "{d}");
    assert!(d.contains("In order: Japan, United States, China."), "{d}");
    assert!(!d.contains("milestones"));
    assert!(
        describe(&EMBEDDED, default_view(), Metric::Dollars, true, false, EN)
            .contains("milestones")
    );
}

#[test]
fn the_source_line_names_the_outlets_shown() {
    let s = source_line(&EMBEDDED, default_view(), EN);
    assert!(s.contains("The Fact / Daum (2023-07-18)"), "{s}");
    assert!(!s.contains("Sports Donga"), "{s}");
    assert!(source_line(&EMBEDDED, ChartView::Timeline, EN).contains("Sports Donga (2022-12-19)"));
    assert!(s.contains("Rolling Stone"), "{s}");
    assert!(!s.contains("2017-05-22"), "{s}");
}

#[test]
fn notes_warn_about_periods_and_rounding() {
    let n = period_notes(&EMBEDDED, ChartView::Timeline, Metric::Dollars, EN).join(" ");
    assert!(n.contains("not comparable"), "{n}");
    assert!(n.contains("≈"), "{n}");
    let n = period_notes(&EMBEDDED, default_view(), Metric::Dollars, EN).join(" ");
    assert!(n.contains("$132.934M"), "{n}");
    assert!(!n.contains("≈"), "{n}");
}

#[test]
fn the_partial_periods_are_named_in_calendar_order() {
    assert_eq!(partial_months(&EMBEDDED), [(1, 10), (1, 11)]);
    let names = |lang| -> Vec<String> {
        period_kinds(&EMBEDDED, lang)
            .into_iter()
            .map(|(_, n)| n)
            .collect()
    };
    assert_eq!(names(Lang::En), ["Full year", "Jan–Oct/Nov", "Jan–Jun"]);
    assert_eq!(names(Lang::Ko), ["1년", "1~10월·1~11월", "1~6월"]);
    let notes = period_notes(&EMBEDDED, ChartView::Timeline, Metric::Dollars, Lang::En);
    assert!(
        notes[0].contains(", long dashes for January to October or November, "),
        "{notes:?}"
    );
}

#[test]
fn each_period_gets_the_title_its_figures_support() {
    let t = |code, lang| title(&EMBEDDED, EMBEDDED.country_period(code).unwrap(), lang);
    // The seed's headline, for its own period only.
    let seed = "The US overtook China as the second-largest market for K-pop albums";
    assert_eq!(t("2023-h1", Lang::En), seed);
    assert_eq!(
        t("2025", Lang::En),
        "China overtook the US as the second-largest market for K-pop albums"
    );
    assert_eq!(
        t("2025", Lang::Ko),
        "중국, 미국 제치고 K팝 음반 2위 수출국으로"
    );
    assert_eq!(
        t("2024-h1", Lang::En),
        "Japan was the largest market for K-pop albums in the first half of 2024"
    );
    assert_eq!(
        t("2024-h1", Lang::Ko),
        "2024년 상반기 K팝 음반 최대 수출국은 일본"
    );
    let with_seed: Vec<String> = EMBEDDED
        .country_periods()
        .into_iter()
        .filter(|&p| title(&EMBEDDED, p, Lang::En) == seed)
        .map(|p| p.code())
        .collect();
    assert_eq!(with_seed, ["2023-h1", "2023-jan-oct"]);
}

#[test]
fn korean_texts_are_korean_and_keep_every_figure() {
    let ko = Lang::Ko;
    let d = describe(&EMBEDDED, default_view(), Metric::Dollars, true, false, ko);
    assert!(d.contains("2023년 상반기"), "{d}");
    assert_eq!(
        describe(&EMBEDDED, default_view(), Metric::Dollars, false, false, ko),
        "2023년 상반기 K팝 음반 수출 막대그래프: 일본 4852만3000 달러(전체의 36.5%), \
         미국 2551만9000 달러(전체의 19.2%), 중국 2264만 달러(전체의 17.0%). \
         순위: 일본, 미국, 중국."
    );
    assert!(d.contains("순위: 일본, 미국, 중국."), "{d}");
    assert!(d.contains("빌보드"), "{d}");
    assert_eq!(
        title(&EMBEDDED, EMBEDDED.default_period, ko),
        "미국, 중국 제치고 K팝 음반 2위 수출국으로"
    );
    let n = period_notes(&EMBEDDED, default_view(), Metric::Dollars, ko).join(" ");
    assert!(n.contains("전체 음반 수출(1억3293만4000 달러) 대비"), "{n}");
    assert!(n.contains("2023년 1~6월"), "{n}");
    // The rounding note explains 약, the mark Korean figures carry.
    let n = period_notes(&EMBEDDED, ChartView::Timeline, Metric::Dollars, ko).join(" ");
    assert!(n.contains("‘약’이 붙은 수치는 출처가 반올림한"), "{n}");
    assert!(!n.contains('≈') && !n.contains('$'), "{n}");
    for view in [default_view(), ChartView::Timeline] {
        for metric in [Metric::Dollars, Metric::Share] {
            let all = [
                subtitle(view, metric, ko),
                period_notes(&EMBEDDED, view, metric, ko).join(" "),
                source_line(&EMBEDDED, view, ko),
                describe(&EMBEDDED, view, metric, true, false, ko),
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
