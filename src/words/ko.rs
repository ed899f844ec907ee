//! Korean.

use super::{UiText, Words};
use crate::data::{Period, PeriodKind};

/// Every Korean word the widget shows.
pub(super) const WORDS: Words = Words {
    ui: UiText {
        period_group: "기간",
        first_half: "2023년 상반기",
        every_period: "모든 기간",
        measure_group: "단위",
        dollars: "미국 달러",
        share: "전체 대비 비중",
        milestones: "빌보드 기록",
        period_kinds: ["1년", "1~10월·1~11월", "1~6월"],
        plot_label: "음반 수출 그래프. 화살표 키로 각 수치를 읽고, Esc 키로 설명 상자를 닫습니다.",
        plot_role: "그래프",
        source_prefix: "출처: ",
        show_data: "데이터 보기",
        hide_data: "데이터 숨기기",
        data_region: "그래프 데이터",
        table_every_period: "수출국별 음반 수출, 자료가 있는 모든 기간",
        table_caption: "수출국별 음반 수출, ",
        table_headers: [
            "기간",
            "수출국",
            "금액(미국 달러)",
            "기간 전체 대비 비중",
            "출처",
        ],
        milestones_caption: "K팝 가수의 미국 빌보드 기록",
        milestones_headers: ["발표일", "기록", "차트 날짜", "출처"],
    },
    no_figure: "수치 없음",
    of_total: " (전체 대비)",
    no_country_figures: "2020년 이전 국가별 수치 없음",
    destinations: ["전체 수출", "일본", "미국", "중국"],
    short_destinations: ["합계", "일본", "미국", "중국"],
    months: [
        "1월", "2월", "3월", "4월", "5월", "6월", "7월", "8월", "9월", "10월", "11월", "12월",
    ],
    months_short: [
        "1월", "2월", "3월", "4월", "5월", "6월", "7월", "8월", "9월", "10월", "11월", "12월",
    ],
    months_initial: [
        "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12",
    ],
    period_short,
    period_long,
};

/// `2022년`, `2023 상반기`, `2022년 1~11월`.
fn period_short(_: &Words, p: Period) -> String {
    match p.kind() {
        PeriodKind::FullYear => format!("{}년", p.start.year),
        PeriodKind::FirstHalf => format!("{} 상반기", p.start.year),
        PeriodKind::Partial => months(p),
    }
}

/// `2022년`, `2023년 상반기`, `2022년 1~11월`.
fn period_long(_: &Words, p: Period) -> String {
    match p.kind() {
        PeriodKind::FullYear => format!("{}년", p.start.year),
        PeriodKind::FirstHalf => format!("{}년 상반기", p.start.year),
        PeriodKind::Partial => months(p),
    }
}

/// `2022년 1~11월`, or `2022년 11월~2023년 2월`.
fn months(p: Period) -> String {
    if p.start.year == p.end.year {
        format!("{}년 {}~{}월", p.start.year, p.start.month, p.end.month)
    } else {
        format!(
            "{}년 {}월~{}년 {}월",
            p.start.year, p.start.month, p.end.year, p.end.month
        )
    }
}
