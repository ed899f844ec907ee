use super::*;
use crate::data::EMBEDDED;
use crate::model::testing::H1_2023;

#[test]
fn exact_values_keep_every_digit() {
    assert_eq!(money(132_934, 1), "$132.934M");
    assert_eq!(money(22_640, 1), "$22.640M");
    assert_eq!(money(44_182, 1), "$44.182M");
    assert_eq!(money(18_400, 1), "$18.400M");
    assert_eq!(money(640, 1), "$640K");
}

#[test]
fn rounded_values_keep_only_the_sources_digits() {
    assert_eq!(money(123_000, 1000), "≈$123M");
    assert_eq!(money(291_800, 100), "≈$291.8M");
    assert_eq!(money(59_790, 10), "≈$59.79M");
}

#[test]
fn every_figure_formats_back_to_its_value() {
    // Strip the formatting and compare with the file's integer: no digit
    // may be lost or invented.
    for f in EMBEDDED.figures {
        let s = figure_money(f, Lang::En);
        let digits: String = s.chars().filter(char::is_ascii_digit).collect();
        let decimals = s
            .split('.')
            .nth(1)
            .map_or(0, |d| d.trim_end_matches('M').len());
        let back: u32 = digits.parse().unwrap();
        assert_eq!(back * 10u32.pow(3 - decimals as u32), f.value_kusd, "{s}");
        assert_eq!(s.starts_with('≈'), f.is_approximate(), "{s}");
    }
}

/// Reads a Korean amount back into k$ and whether it is marked
/// approximate, independently of the formatter: `약 ` or not, then
/// digit groups each closed by 조, 억, 만 or the end, then ` 달러`.
fn korean_kusd(s: &str) -> (u64, bool) {
    let approx = s.starts_with("약 ");
    let body = s.trim_start_matches("약 ").trim_end_matches(" 달러");
    let (mut total, mut group) = (0u64, 0u64);
    for c in body.chars() {
        match c {
            '0'..='9' => group = group * 10 + u64::from(c as u8 - b'0'),
            '만' => (total, group) = (total + group * 10_000, 0),
            '억' => (total, group) = (total + group * 100_000_000, 0),
            '조' => (total, group) = (total + group * 1_000_000_000_000, 0),
            _ => panic!("`{c}` in {s}"),
        }
    }
    let dollars = total + group;
    assert_eq!(dollars % 1000, 0, "{s}: whole thousands of dollars");
    (dollars / 1000, approx)
}

#[test]
fn korean_amounts_are_written_in_man_and_eok_with_every_digit() {
    let ko = |v, r| money_in(v, r, Lang::Ko);
    // The seed's figures, exact to the thousand dollars.
    assert_eq!(ko(48_523, 1), "4852만3000 달러");
    assert_eq!(ko(132_934, 1), "1억3293만4000 달러");
    assert_eq!(ko(25_519, 1), "2551만9000 달러");
    assert_eq!(ko(22_640, 1), "2264만 달러");
    assert_eq!(ko(301_744, 1), "3억174만4000 달러");
    assert_eq!(ko(105_706, 1), "1억570만6000 달러");
    assert_eq!(ko(640, 1), "64만 달러");
    // Zero, and amounts under 1만 (10,000) dollars.
    assert_eq!(ko(0, 1), "0 달러");
    assert_eq!(ko(1, 1), "1000 달러");
    assert_eq!(ko(9, 1), "9000 달러");
    assert_eq!(ko(10, 1), "1만 달러");
    assert_eq!(ko(11, 1), "1만1000 달러");
    // Around 1억 (100,000,000 dollars): empty groups are left out.
    assert_eq!(ko(99_999, 1), "9999만9000 달러");
    assert_eq!(ko(100_000, 1), "1억 달러");
    assert_eq!(ko(100_001, 1), "1억1000 달러");
    assert_eq!(ko(100_003, 1), "1억3000 달러");
    assert_eq!(ko(100_010, 1), "1억1만 달러");
    assert_eq!(ko(110_000, 1), "1억1000만 달러");
    assert_eq!(ko(1_000_000, 1), "10억 달러");
    // Up to 조 (10¹²): the largest value a figure can hold.
    assert_eq!(ko(999_999_999, 1), "9999억9999만9000 달러");
    assert_eq!(ko(1_000_000_000, 1), "1조 달러");
    assert_eq!(ko(u32::MAX, 1), "4조2949억6729만5000 달러");
    // A step of 0 or 1 k$ is exact: no 약.
    assert_eq!(ko(60_000, 0), "6000만 달러");
    assert_eq!(ko(60_000, 1), "6000만 달러");
}

#[test]
fn korean_rounded_amounts_say_약_at_every_step_and_keep_the_sources_digits() {
    let ko = |v, r| money_in(v, r, Lang::Ko);
    // To 10 k$ (1만 달러), 100 k$ (10만) and 1000 k$ (100만): the
    // source's digits, none below its step.
    assert_eq!(ko(59_790, 10), "약 5979만 달러");
    assert_eq!(ko(60_290, 10), "약 6029만 달러");
    assert_eq!(ko(291_800, 100), "약 2억9180만 달러");
    assert_eq!(ko(89_800, 100), "약 8980만 달러");
    assert_eq!(ko(60_000, 1000), "약 6000만 달러");
    assert_eq!(ko(123_000, 1000), "약 1억2300만 달러");
    assert_eq!(ko(100_000, 1000), "약 1억 달러");
    assert_eq!(ko(0, 1000), "약 0 달러");
    // English is unchanged, and keeps ≈.
    assert_eq!(money_in(60_000, 1000, Lang::En), "≈$60M");
    assert_eq!(money_in(291_800, 100, Lang::En), money(291_800, 100));
    assert_eq!(money_in(640, 1, Lang::En), "$640K");
}

#[test]
fn amounts_break_only_after_a_unit_or_before_the_currency() {
    let parts = |v, r, l| money_parts(v, r, l);
    assert_eq!(
        parts(105_706, 1, Lang::Ko),
        ["1억", "570만", "6000", " 달러"]
    );
    assert_eq!(
        parts(123_000, 1000, Lang::Ko),
        ["약 1억", "2300만", " 달러"]
    );
    assert_eq!(parts(0, 1, Lang::Ko), ["0", " 달러"]);
    assert_eq!(parts(48_523, 1, Lang::En), ["$48.523M"]);
    for f in EMBEDDED.figures {
        for lang in Lang::ALL {
            assert_eq!(
                parts(f.value_kusd, f.rounded_to_kusd, lang).concat(),
                figure_money(f, lang)
            );
        }
    }
}

#[test]
fn korean_full_amounts_are_the_labels_without_약_and_english_leaves_them_to_intl() {
    assert_eq!(
        money_in_full(48_523, Lang::Ko).as_deref(),
        Some("4852만3000 달러")
    );
    assert_eq!(
        money_in_full(60_000, Lang::Ko).as_deref(),
        Some("6000만 달러")
    );
    assert_eq!(money_in_full(48_523, Lang::En), None);
}

#[test]
fn every_figure_reads_back_to_its_value_in_korean() {
    for f in EMBEDDED.figures {
        let s = figure_money(f, Lang::Ko);
        assert_eq!(
            korean_kusd(&s),
            (u64::from(f.value_kusd), f.is_approximate()),
            "{s}"
        );
        assert!(!s.contains(['$', '≈', ',', 'M']), "{s}");
    }
    // And beyond the file: every value to 200,000 k$ at every step.
    for step in [1, 10, 100, 1000] {
        for v in (0..=200_000u32).step_by(step as usize * 7) {
            let s = money_in(v, step, Lang::Ko);
            assert_eq!(korean_kusd(&s), (u64::from(v), step > 1), "{s}");
        }
    }
}

#[test]
fn korean_ticks_name_man_and_eok_and_leave_the_currency_to_the_subtitle() {
    let t = |v| money_tick(v, Lang::Ko);
    assert_eq!(t(0.0), "0");
    assert_eq!(t(5.0), "5000");
    assert_eq!(t(50.0), "5만");
    assert_eq!(t(2_500.0), "250만");
    assert_eq!(t(20_000.0), "2000만");
    assert_eq!(t(40_000.0), "4000만");
    assert_eq!(t(100_000.0), "1억");
    assert_eq!(t(120_000.0), "1억2000만");
    assert_eq!(t(350_000.0), "3억5000만");
    assert_eq!(t(1_000_000.0), "10억");
}

#[test]
fn shares_match_the_seed() {
    let s = |d| figure_share(&EMBEDDED, EMBEDDED.figure(H1_2023, d).unwrap(), Lang::En).unwrap();
    assert_eq!(s(Destination::Japan), "36.5%");
    assert_eq!(s(Destination::UnitedStates), "19.2%");
    assert_eq!(s(Destination::China), "17.0%");
    assert_eq!(s(Destination::All), "100.0%");
}

#[test]
fn shares_of_rounded_figures_are_marked_and_not_overprecise() {
    let share = |f, lang| figure_share(&EMBEDDED, f, lang).unwrap();
    let find = |pick: &dyn Fn(&Figure) -> bool| EMBEDDED.figures.iter().find(|f| pick(f));
    // 2020 Jan–Nov: $60M of ≈$123M. The rounding allows 48.2% to 49.4%.
    let jan_nov_2020 =
        find(&|f| f.destination == Destination::Japan && f.period.start.year == 2020).unwrap();
    assert_eq!(share(jan_nov_2020, Lang::En), "≈49%");
    assert_eq!(share(jan_nov_2020, Lang::Ko), "약 49%");
    // 2024: $60.29M of ≈$291.8M: 20.66% to 20.67%, so one decimal holds.
    let us_2024 = find(&|f| {
        f.destination == Destination::UnitedStates
            && f.period.start.year == 2024
            && f.period.months() == 12
    })
    .unwrap();
    assert_eq!(share(us_2024, Lang::En), "≈20.7%");
    assert_eq!(share(us_2024, Lang::Ko), "약 20.7%");
}

#[test]
fn svg_numbers_are_short_and_exact_to_the_hundredth() {
    assert_eq!(svg_number(7.0), "7");
    assert_eq!(svg_number(5.5), "5.5");
    assert_eq!(svg_number(10.4), "10.4");
    assert_eq!(svg_number(1.326), "1.33");
    assert_eq!(svg_number(0.04), "0.04");
    assert_eq!(svg_number(-11.0), "-11");
    assert_eq!(svg_number(-0.5), "-0.5");
}

#[test]
fn ticks_read_naturally() {
    assert_eq!(money_tick(0.0, Lang::En), "$0");
    assert_eq!(money_tick(50_000.0, Lang::En), "$50M");
    assert_eq!(money_tick(2_500.0, Lang::En), "$2.5M");
    assert_eq!(percent_tick(0.1), "10%");
    assert_eq!(percent_tick(0.125), "12.5%");
    assert_eq!(percent_tick(0.0), "0%");
    assert_eq!(money_tick(350_000.0, Lang::En), "$350M");
    assert_eq!(money_tick(7_500.0, Lang::En), "$7.5M");
    assert_eq!(percent_tick(0.5), "50%");
}

#[test]
fn percentages_round_half_up_from_the_exact_ratio() {
    let s = |value_kusd, total_kusd, decimals| Share {
        decimals,
        approximate: false,
        value_kusd,
        total_kusd,
    };
    // 1/8 = 12.5% exactly; 1/16 = 6.25% rounds up to 6.3%, 1/40 = 2.5% to 3%.
    assert_eq!(s(1, 8, 1).percent(), "12.5%");
    assert_eq!(s(1, 16, 1).percent(), "6.3%");
    assert_eq!(s(1, 40, 0).percent(), "3%");
    assert_eq!(s(48_523, 132_934, 1).percent(), "36.5%");
    assert_eq!(s(7, 7, 1).percent(), "100.0%");
}
