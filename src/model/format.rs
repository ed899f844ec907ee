//! Number formatting that never shows more (or fewer) digits than the source.
//!
//! Values are kept as integers of thousands of dollars and formatted with
//! integer arithmetic, so no float rounding can change a digit.

use crate::data::Figure;

/// Formats thousands of US dollars as millions, with exactly the precision
/// the source gave: `48523` (exact) is `$48.523M`; `89800` rounded to 100
/// is `≈$89.8M`; `60000` rounded to 1000 is `≈$60M`.
///
/// ```
/// use kpop_exports_chart::format::money;
/// assert_eq!(money(48_523, 1), "$48.523M");
/// assert_eq!(money(60_290, 10), "≈$60.29M");
/// ```
pub fn money(value_kusd: u32, rounded_to_kusd: u32) -> String {
    let approx = if rounded_to_kusd > 1 { "≈" } else { "" };
    let decimals: u32 = match rounded_to_kusd {
        0 | 1 => 3,
        10 => 2,
        100 => 1,
        _ => 0,
    };
    if value_kusd < 1000 && decimals == 3 {
        return format!("{approx}${value_kusd}K");
    }
    let whole = value_kusd / 1000;
    let frac = value_kusd % 1000;
    match decimals {
        0 => format!("{approx}${whole}M"),
        d => {
            let digits = frac / 10u32.pow(3 - d);
            format!("{approx}${whole}.{digits:0width$}M", width = d as usize)
        }
    }
}

/// The figure's value, formatted with [`money`].
pub fn figure_money(figure: &Figure) -> String {
    money(figure.value_kusd, figure.rounded_to_kusd)
}

/// A figure's share of its period's total, with the precision it may be
/// shown at.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Share {
    /// Decimals of the percentage that the sources' precision supports.
    pub decimals: u8,
    /// Whether the figure or the total was rounded by the source.
    pub approximate: bool,
    /// The figure, in k$.
    pub value_kusd: u32,
    /// The period's total, in k$ (never zero).
    pub total_kusd: u32,
}

impl Share {
    /// The percentage with [`Share::decimals`] decimals, rounded half up
    /// from the exact ratio of the two integers (no float can move a digit):
    /// `19.2%`, `49%`. Without the approximation mark.
    pub fn percent(&self) -> String {
        let units = self.rounded_units();
        if self.decimals == 0 {
            format!("{units}%")
        } else {
            format!("{}.{}%", units / 10, units % 10)
        }
    }

    /// The percentage as [`Share::percent`] writes it, marked `≈` when
    /// approximate: `19.2%`, `≈49%`.
    pub fn text(&self) -> String {
        let approx = if self.approximate { "≈" } else { "" };
        format!("{approx}{}", self.percent())
    }

    /// The percentage already rounded to its decimals, as a fraction
    /// (0.365 for 36.5%): what `Intl` is given, so its own rounding of a
    /// float can't disagree with [`Share::percent`] at a half.
    pub fn rounded_fraction(&self) -> f64 {
        let scale = if self.decimals == 0 { 100.0 } else { 1000.0 };
        self.rounded_units() as f64 / scale
    }

    /// Whole percents, or tenths of a percent with one decimal.
    fn rounded_units(&self) -> u64 {
        let scale = if self.decimals == 0 { 100 } else { 1000 };
        rounded_ratio(
            u64::from(self.value_kusd) * scale,
            u64::from(self.total_kusd).max(1),
        )
    }
}

/// `n / d` rounded half up, in integers (`d` > 0).
fn rounded_ratio(n: u64, d: u64) -> u64 {
    (2 * n + d) / (2 * d)
}

/// The figure's share of its own period's total, with [`share_of`]'s
/// precision.
pub fn share_of_total(figure: &Figure) -> Option<Share> {
    let total = crate::data::figure(figure.period, crate::data::Destination::All)?;
    share_of(
        figure.value_kusd,
        figure.rounded_to_kusd,
        total.value_kusd,
        total.rounded_to_kusd,
    )
}

/// The share of a value in a total, each given by its source to a step in
/// k$ (1 when exact), or `None` for a zero total.
///
/// Exact values get one decimal. When either was rounded by the source, the
/// share is approximate and keeps a decimal only if every value the rounding
/// allows gives the same decimal.
///
/// ```
/// use kpop_exports_chart::format::share_of;
/// let text = |v, r, t, rt| share_of(v, r, t, rt).map(|s| s.text());
/// assert_eq!(text(25_519, 1, 132_934, 1).as_deref(), Some("19.2%"));
/// assert_eq!(text(60_000, 1000, 123_000, 1000).as_deref(), Some("≈49%"));
/// ```
pub fn share_of(
    value_kusd: u32,
    rounded_to_kusd: u32,
    total_kusd: u32,
    total_rounded_to_kusd: u32,
) -> Option<Share> {
    if total_kusd == 0 {
        return None;
    }
    let approximate = rounded_to_kusd > 1 || total_rounded_to_kusd > 1;
    // The bounds, in halves of a k$: (2v - r) / (2t + r') and (2v + r) / (2t - r').
    let (v, r) = (u64::from(value_kusd), u64::from(rounded_to_kusd.max(1)));
    let (t, rt) = (
        u64::from(total_kusd),
        u64::from(total_rounded_to_kusd.max(1)),
    );
    let one_decimal = !approximate
        || (2 * t > rt
            && rounded_ratio((2 * v).saturating_sub(r) * 1000, 2 * t + rt)
                == rounded_ratio((2 * v + r) * 1000, 2 * t - rt));
    Some(Share {
        decimals: u8::from(one_decimal),
        approximate,
        value_kusd,
        total_kusd,
    })
}

/// The figure's share of its own period's total, as a percentage: `19.2%`,
/// or `≈49%` when the sources' rounding allows no decimal.
pub fn figure_share(figure: &Figure) -> Option<String> {
    share_of_total(figure).map(|s| s.text())
}

/// A tick value in tenths, written with one decimal only when it has one:
/// `25` tenths is `2.5`, `500` is `50`. Ticks are multiples of 1, 2 or 5 ×
/// 10ⁿ, so tenths hold every tick of this chart exactly.
fn tick_number(tenths: i64) -> String {
    let sign = if tenths < 0 { "-" } else { "" };
    let t = tenths.unsigned_abs();
    if t.is_multiple_of(10) {
        format!("{sign}{}", t / 10)
    } else {
        format!("{sign}{}.{}", t / 10, t % 10)
    }
}

/// Labels a dollar-axis tick (in k$): `$0`, `$50M`, `$2.5M`.
pub fn money_tick(value_kusd: f64) -> String {
    let tenths = (value_kusd / 100.0).round() as i64;
    if tenths == 0 {
        "$0".to_string()
    } else {
        format!("${}M", tick_number(tenths))
    }
}

/// Labels a share-axis tick (a fraction): `0%`, `10%`, `12.5%`.
pub fn percent_tick(fraction: f64) -> String {
    format!("{}%", tick_number((fraction * 1000.0).round() as i64))
}

/// A length for SVG, to the hundredth and without trailing zeros: `5.5`,
/// `10.4`, `7`. Written with integer formatting only, which keeps float
/// formatting's tables out of the wasm.
pub fn svg_number(v: f64) -> String {
    let hundredths = (v * 100.0).round() as i64;
    let sign = if hundredths < 0 { "-" } else { "" };
    let h = hundredths.unsigned_abs();
    let (whole, frac) = (h / 100, h % 100);
    if frac == 0 {
        format!("{sign}{whole}")
    } else if frac % 10 == 0 {
        format!("{sign}{whole}.{}", frac / 10)
    } else {
        format!("{sign}{whole}.{frac:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{figure, Destination, Period, FIGURES};

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
        for f in FIGURES {
            let s = figure_money(f);
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

    #[test]
    fn shares_match_the_seed() {
        let h1 = Period::H1_2023;
        let s = |d| figure_share(figure(h1, d).unwrap()).unwrap();
        assert_eq!(s(Destination::Japan), "36.5%");
        assert_eq!(s(Destination::UnitedStates), "19.2%");
        assert_eq!(s(Destination::China), "17.0%");
        assert_eq!(s(Destination::All), "100.0%");
    }

    #[test]
    fn shares_of_rounded_figures_are_marked_and_not_overprecise() {
        // 2020 Jan–Nov: $60M of ≈$123M. The rounding allows 48.2% to 49.4%.
        let jan_nov_2020 = FIGURES
            .iter()
            .find(|f| f.destination == Destination::Japan && f.period.start.year == 2020)
            .unwrap();
        assert_eq!(figure_share(jan_nov_2020).unwrap(), "≈49%");
        // 2024: $60.29M of ≈$291.8M: 20.66% to 20.67%, so one decimal holds.
        let us_2024 = FIGURES
            .iter()
            .find(|f| {
                f.destination == Destination::UnitedStates
                    && f.period.start.year == 2024
                    && f.period.months() == 12
            })
            .unwrap();
        assert_eq!(figure_share(us_2024).unwrap(), "≈20.7%");
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
        assert_eq!(money_tick(0.0), "$0");
        assert_eq!(money_tick(50_000.0), "$50M");
        assert_eq!(money_tick(2_500.0), "$2.5M");
        assert_eq!(percent_tick(0.1), "10%");
        assert_eq!(percent_tick(0.125), "12.5%");
        assert_eq!(percent_tick(0.0), "0%");
        assert_eq!(money_tick(350_000.0), "$350M");
        assert_eq!(money_tick(7_500.0), "$7.5M");
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
}
