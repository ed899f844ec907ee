//! Korean.

use super::{
    AmountStyle, AmountWords, Change, ChartText, Direction, DownloadText, PerMetric, PeriodCounts,
    ReadingText, SummaryText, UiText, Words,
};
use crate::data::{Period, PeriodKind};
use crate::vocab::Metric;

/// Every Korean word the widget shows.
pub(super) const WORDS: Words = Words {
    ui: UiText {
        period_group: "기간",
        every_period: "모든 기간",
        measure_group: "단위",
        dollars: "미국 달러",
        share: "전체 대비 비중",
        milestones: "빌보드 기록",
        full_year_kind: "1년",
        first_half_kind: "1~6월",
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
    no_country_figures: |year| format!("{year}년 이전 국가별 수치 없음"),
    no_country_figures_period: "이 기간 국가별 수치 없음",
    destinations: ["전체 수출", "일본", "미국", "중국"],
    headline_destinations: ["전체 수출", "일본", "미국", "중국"],
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
    period_row,
    // `2023년 상반기`, `2024년`: the sentence's label is the button's.
    period_button: period_long,
    months_count: |n| format!("{n}개월"),
    chart: ChartText {
        title_overtook: |ahead, behind, rank| {
            format!("{ahead}, {behind} 제치고 K팝 음반 {rank}위 수출국으로")
        },
        title_led: |leader, period| format!("{period} K팝 음반 최대 수출국은 {leader}"),
        subtitle_snapshot: PerMetric {
            dollars: |period| format!("{period} 한국 음반 수출액, 수출국별 (미국 달러)"),
            share: |period| format!("{period} 한국 음반 수출, 수출국별 전체 음반 수출 대비 비중"),
        },
        subtitle_timeline: PerMetric {
            dollars: "한국 음반 수출액, 수출국별, 자료가 있는 모든 기간 (미국 달러)",
            share: "한국 음반 수출, 수출국별 각 기간 전체 수출 대비 비중",
        },
        snapshot_note,
        partial_kind: |_, ranges| months_ranges(ranges).join("·"),
        timeline_lines_note: |_, ranges| {
            let partial = months_ranges(ranges);
            let partial = if partial.is_empty() {
                String::new()
            } else {
                format!(" 긴 점선은 {},", partial.join(" 또는 "))
            };
            format!("각 선은 수치가 포함하는 기간에 걸쳐 그려집니다. 실선은 1년,{partial} 짧은 점선은 1~6월입니다.")
        },
        timeline_note: PerMetric {
            dollars: "일부 기간의 금액은 1년 전체 금액과 비교할 수 없습니다. 기간을 비교하려면 비중 보기로 바꾸세요.",
            share: "비중은 같은 기간 전체 음반 수출 대비입니다.",
        },
        no_country_figures_before: |year| format!("{year}년 이전의 국가별 수치는 찾지 못했습니다."),
        rounded_note: "‘약’이 붙은 수치는 출처가 반올림한 값만 밝힌 것입니다.",
        source_line: |dated, milestones| {
            format!(
                "출처: 관세청 수출입무역통계(HS 8523.49.1040), {dated} 보도. 기록: 미국 빌보드 차트, {milestones} 보도."
            )
        },
        describe_bar: |name, money, share| match share {
            Some(share) => format!("{name} {money}(전체의 {share})"),
            None => format!("{name} {money}(비중 알 수 없음)"),
        },
        describe_snapshot: |period, bars, order| {
            format!("{period} K팝 음반 수출 막대그래프: {bars}. 순위: {order}.")
        },
        describe_timeline,
        describe_milestones: " K팝 가수의 빌보드 기록이 날짜에 표시되어 있습니다.",
        describe_rows: " 좁은 화면에서는 기간마다 한 줄로, 가장 이른 기간이 맨 위에 그려져 있습니다.",
    },
    reading: ReadingText {
        rounding_notes: [
            (1000, "(출처가 100만 달러 단위로 반올림)"),
            (100, "(출처가 10만 달러 단위로 반올림)"),
            (10, "(출처가 1만 달러 단위로 반올림)"),
        ],
        about: |value| format!("약 {value}"),
        share_of_all: |percent| format!("전체 음반 수출의 {percent}"),
        milestones_in_period: |list| format!(" 이 기간의 빌보드 기록: {list}."),
        // Korean lists need no conjunction before the last item.
        list: |items| items.join(", "),
        summary: SummaryText {
            total: |period, total| format!("{period} 한국의 음반 수출액은 {total}였습니다."),
            no_total: |period| format!("{period} 한국의 음반 수출."),
            largest: |top| format!(" 최대 수출국은 {top}이었습니다."),
            second: |second, third| format!(" {second}이 {third}을 앞서 2위였습니다."),
            always_largest: |lead| {
                format!("국가별 수치가 있는 모든 기간에서 최대 수출국은 {lead}이었습니다.")
            },
            us_ahead: |us| format!("미국은 {us}에 중국을 앞섰습니다."),
            us_and_china_ahead: |us, cn| {
                format!("미국은 {us}에 중국을 앞섰고, 중국은 {cn}에 미국을 앞섰습니다.")
            },
            total_change,
        },
    },
    downloads: DownloadText {
        get_data: "데이터 내려받기",
        download_image: "이미지 내려받기",
        csv_headers: [
            "시작 월",
            "마지막 월",
            "수출국",
            "금액(천 미국 달러)",
            "출처의 반올림 단위(천 미국 달러)",
            "기간 전체 대비 비중",
            "출처",
            "보도일",
        ],
        csv_comment: |subject| {
            format!("{subject}. 출처: 관세청 수출입무역통계(HS 8523.49.1040), 출처 열의 매체 보도.")
        },
        key_heading: "빌보드 기록",
    },
    // As Korean outlets write dollars: 1억3293만4000 달러, 약 6000만 달러.
    amounts: AmountWords {
        approx: "약 ",
        style: AmountStyle::Myriads {
            units: ["만", "억", "조"],
            currency: " 달러",
        },
    },
};

/// `모든 수치는 2023년 상반기(2023년 1~6월) 기준입니다. …`
fn snapshot_note(w: &Words, p: Period, total: &str) -> String {
    format!(
        "모든 수치는 {}({}년 {}~{}월) 기준입니다. 비중은 같은 기간 전체 음반 수출({total}) 대비입니다.",
        period_long(w, p),
        p.end.year,
        p.start.month,
        p.end.month,
    )
}

/// `K팝 음반 수출 시계열 그래프(미국 달러): …`
fn describe_timeline(metric: Metric, names: &str, n: PeriodCounts) -> String {
    let measure = PerMetric {
        dollars: "미국 달러",
        share: "각 기간 전체 대비 비중",
    };
    format!(
        "K팝 음반 수출 시계열 그래프({}): {names}. {}~{}년 중 1년 단위 {}개, 상반기 {}개, 그 밖의 일부 기간 {}개.",
        measure.get(metric),
        n.first_year,
        n.last_year,
        n.full_years,
        n.first_halves,
        n.other,
    )
}

/// `전체 음반 수출액은 2017년 4418만2000 달러에서 2025년 3억174만4000 달러로
/// 늘었습니다.`
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
            format!("전체 음반 수출액은 {from} {from_value}에서 {to} {to_value}로 늘었습니다.")
        }
        Direction::Down => {
            format!("전체 음반 수출액은 {from} {from_value}에서 {to} {to_value}로 줄었습니다.")
        }
        // No particle after the periods: it would depend on how each ends.
        Direction::Level => {
            format!("전체 음반 수출액은 {from} {from_value}, {to} {to_value}로 같았습니다.")
        }
    }
}

/// `2022년`, `2023 상반기`, `2022년 1~11월`.
fn period_short(_: &Words, p: Period) -> String {
    match p.kind() {
        PeriodKind::FullYear => format!("{}년", p.start.year),
        PeriodKind::FirstHalf => format!("{} 상반기", p.start.year),
        PeriodKind::Partial => months(p),
    }
}

/// `2021년`, `2023년 1~6월`, `2022년 1~11월`: months rather than 상반기, so
/// every row names its months the same way.
fn period_row(_: &Words, p: Period) -> String {
    match p.kind() {
        PeriodKind::FullYear => format!("{}년", p.start.year),
        _ => months(p),
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

/// Each period's months as Korean writes a run of months: `1~10월`.
fn months_ranges(ranges: &[(u8, u8)]) -> Vec<String> {
    ranges.iter().map(|(a, b)| format!("{a}~{b}월")).collect()
}
