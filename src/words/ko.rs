//! Korean.

use super::Words;
use crate::data::{Period, PeriodKind};

/// Every Korean word the widget shows.
pub(super) const WORDS: Words = Words {
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
