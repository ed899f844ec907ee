//! The readings, natively: tooltips, announcements, the data table's
//! figures and the summary, against the embedded data.

use super::*;
use crate::data::EMBEDDED;
use crate::data::{Destination, Figure, PeriodKind};
use crate::model::format::Share;
use crate::model::markup::table_figures;
use crate::model::summary::{change_between, summary};
use crate::model::testing::{default_view, idx, H1_2023};
use crate::vocab::ChartView;

#[test]
fn capitalise_raises_an_ascii_first_letter_and_leaves_the_rest() {
    assert_eq!(
        capitalise("the first half of 2023"),
        "The first half of 2023"
    );
    assert_eq!(capitalise("2023년 상반기"), "2023년 상반기");
    assert_eq!(capitalise("상반기"), "상반기");
    assert_eq!(capitalise(""), "");
}

#[test]
fn plain_numbers_group_thousands() {
    assert_eq!(PlainNumbers.dollars(25_519_000), "$25,519,000");
    assert_eq!(PlainNumbers.dollars(999), "$999");
    assert_eq!(PlainNumbers.dollars(1_000), "$1,000");
    let share = |value_kusd: u32, total_kusd: u32, decimals| Share {
        decimals,
        approximate: false,
        value_kusd,
        total_kusd,
    };
    assert_eq!(PlainNumbers.percent(&share(19_196, 100_000, 1)), "19.2%");
    assert_eq!(PlainNumbers.percent(&share(4_878, 10_000, 0)), "49%");
}

#[test]
fn the_announcement_reads_like_a_sentence() {
    let us = idx(H1_2023, Destination::UnitedStates);
    assert_eq!(
        announcement(&EMBEDDED, us, &PlainNumbers, false, Lang::En),
        "United States, the first half of 2023: $25,519,000, 19.2% of all album exports."
    );
    let with = announcement(&EMBEDDED, us, &PlainNumbers, true, Lang::En);
    assert!(
        with.contains(
            "Billboard milestones in this period: TXT: Billboard 200 No. 1 (2023-02-05);"
        ),
        "{with}"
    );
    assert!(with.contains("Jimin: Hot 100 No. 1 (2023-04-03)"), "{with}");
    assert!(!with.contains("Jung Kook"), "{with}");
}

#[test]
fn rounded_figures_say_so() {
    let jp_2020 = EMBEDDED
        .figures
        .iter()
        .position(|f| f.destination == Destination::Japan && f.period.start.year == 2020)
        .unwrap();
    let t = point_text(&EMBEDDED, jp_2020, &PlainNumbers, Lang::En).unwrap();
    assert_eq!(
        t.value,
        "about $60,000,000 (rounded by the source to the nearest $1 million)"
    );
    assert_eq!(t.share.as_deref(), Some("about 49% of all album exports"));
    assert_eq!(t.period, "January–November 2020");
    assert_eq!(t.source, "Korea Herald, 2020-12-17");
}

#[test]
fn the_table_holds_every_figure_of_the_view() {
    let rows = table_figures(&EMBEDDED, default_view());
    assert_eq!(rows.len(), 4);
    assert_eq!(EMBEDDED.figures[rows[3]].destination, Destination::All);
    assert_eq!(
        table_figures(&EMBEDDED, ChartView::Timeline).len(),
        EMBEDDED.figures.len()
    );
}

#[test]
fn the_summary_tells_the_story_from_the_data() {
    let s = summary(&EMBEDDED, default_view(), Lang::En);
    assert_eq!(
        s,
        "In the first half of 2023, South Korea's album exports totalled $132.934M. \
         Japan ($48.523M, 36.5%) was the largest destination. \
         United States ($25.519M, 19.2%) came second, ahead of China ($22.640M, 17.0%)."
    );
    let t = summary(&EMBEDDED, ChartView::Timeline, Lang::En);
    assert!(
        t.contains("Japan was the largest destination in every period"),
        "{t}"
    );
    assert!(
        t.contains("The United States was ahead of China in Jan–Nov 2020, H1 2023, Jan–Oct 2023, H1 2024 and 2024; China was ahead in 2021, Jan–Nov 2022, 2022 and 2025."),
        "{t}"
    );
    assert!(
        t.contains("from $44.182M in 2017 to $301.744M in 2025"),
        "{t}"
    );
}

#[test]
fn the_total_change_says_which_way_it_went() {
    let years: Vec<&Figure> = EMBEDDED
        .figures
        .iter()
        .filter(|f| f.destination == Destination::All && f.period.kind() == PeriodKind::FullYear)
        .collect();
    let (first, last) = (years[0], years[years.len() - 1]);
    assert!(first.value_kusd < last.value_kusd, "the data grew");
    assert_eq!(
        change_between(first, last, Lang::En),
        "Total album exports grew from $44.182M in 2017 to $301.744M in 2025."
    );
    // The same two figures the other way round: a fall, said as one.
    assert_eq!(
        change_between(last, first, Lang::En),
        "Total album exports fell from $301.744M in 2025 to $44.182M in 2017."
    );
    assert_eq!(
        change_between(first, last, Lang::Ko),
        "전체 음반 수출액은 2017년 4418만2000 달러에서 2025년 3억174만4000 달러로 늘었습니다."
    );
    assert_eq!(
        change_between(last, first, Lang::Ko),
        "전체 음반 수출액은 2025년 3억174만4000 달러에서 2017년 4418만2000 달러로 줄었습니다."
    );
    let level = Figure {
        value_kusd: first.value_kusd,
        rounded_to_kusd: first.rounded_to_kusd,
        ..*last
    };
    assert_eq!(
        change_between(first, &level, Lang::En),
        "Total album exports were level: $44.182M in 2017 and $44.182M in 2025."
    );
    assert_eq!(
        change_between(first, &level, Lang::Ko),
        "전체 음반 수출액은 2017년 4418만2000 달러, 2025년 4418만2000 달러로 같았습니다."
    );
    assert!(
        summary(&EMBEDDED, ChartView::Timeline, Lang::En).contains("exports grew from $44.182M")
    );
}

#[test]
fn korean_readings_keep_the_figures_exactly() {
    let ko = Lang::Ko;
    let us = EMBEDDED
        .figure_index(H1_2023, Destination::UnitedStates)
        .unwrap();
    assert_eq!(
        announcement(&EMBEDDED, us, &PlainNumbers, false, ko),
        "미국, 2023년 상반기: 2551만9000 달러, 전체 음반 수출의 19.2%."
    );
    // The seed's first half of 2023, as the tooltip, the table and the
    // keyboard read it: every thousand dollars, in 만 and 억.
    let h1 = |d| point_text(&EMBEDDED, idx(H1_2023, d), &PlainNumbers, ko).unwrap();
    let jp = h1(Destination::Japan);
    assert_eq!(jp.value, "4852만3000 달러");
    assert_eq!(jp.share.as_deref(), Some("전체 음반 수출의 36.5%"));
    assert_eq!(h1(Destination::China).value, "2264만 달러");
    assert_eq!(h1(Destination::All).value, "1억3293만4000 달러");
    assert_eq!(
        announcement(
            &EMBEDDED,
            idx(H1_2023, Destination::Japan),
            &PlainNumbers,
            false,
            ko
        ),
        "일본, 2023년 상반기: 4852만3000 달러, 전체 음반 수출의 36.5%."
    );
    let with = announcement(&EMBEDDED, us, &PlainNumbers, true, ko);
    assert!(
        with.contains("이 기간의 빌보드 기록: TXT: 빌보드 200 1위 (2023-02-05);"),
        "{with}"
    );
    let jp_2020 = EMBEDDED
        .figures
        .iter()
        .position(|f| f.destination == Destination::Japan && f.is_approximate())
        .unwrap();
    let t = point_text(&EMBEDDED, jp_2020, &PlainNumbers, ko).unwrap();
    assert_eq!(t.value, "약 6000만 달러(출처가 100만 달러 단위로 반올림)");
    assert_eq!(t.share_value.as_deref(), Some("약 49%"));
    assert_eq!(t.period, "2020년 1~11월");
    let s = summary(&EMBEDDED, default_view(), ko);
    assert_eq!(
        s,
        "2023년 상반기 한국의 음반 수출액은 1억3293만4000 달러였습니다. \
         최대 수출국은 일본 (4852만3000 달러, 36.5%)이었습니다. \
         미국 (2551만9000 달러, 19.2%)이 중국 (2264만 달러, 17.0%)을 앞서 2위였습니다."
    );
    let t = summary(&EMBEDDED, ChartView::Timeline, ko);
    assert!(
        t.contains("4418만2000 달러에서 2025년 3억174만4000 달러로"),
        "{t}"
    );
    // Rounded figures read 약, in the values and in the shares.
    let us_2024 = EMBEDDED
        .figures
        .iter()
        .position(|f| {
            f.destination == Destination::UnitedStates
                && f.period.start.year == 2024
                && f.period.months() == 12
        })
        .unwrap();
    let t = point_text(&EMBEDDED, us_2024, &PlainNumbers, ko).unwrap();
    assert_eq!(t.value, "약 6029만 달러(출처가 1만 달러 단위로 반올림)");
    assert_eq!(t.share.as_deref(), Some("전체 음반 수출의 약 20.7%"));
    // English is unchanged.
    let t = point_text(&EMBEDDED, us_2024, &PlainNumbers, Lang::En).unwrap();
    assert_eq!(
        t.value,
        "about $60,290,000 (rounded by the source to the nearest $0.01 million)"
    );
}
