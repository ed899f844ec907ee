//! Number formatting that never shows more (or fewer) digits than the source.
//!
//! Values are kept as integers of thousands of dollars and formatted with
//! integer arithmetic, so no float rounding can change a digit.

use crate::data::{share, Figure};

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
    /// The share as a fraction (0.192 for 19.2%).
    pub fraction: f64,
    /// Decimals of the percentage that the sources' precision supports.
    pub decimals: u8,
    /// Whether the figure or the total was rounded by the source.
    pub approximate: bool,
}

/// The figure's share of its own period's total.
///
/// Exact figures get one decimal. When either the figure or the total was
/// rounded by the source, the share is approximate and keeps a decimal only
/// if every value the rounding allows gives the same decimal.
pub fn share_of_total(figure: &Figure) -> Option<Share> {
    let total = crate::data::figure(figure.period, crate::data::Destination::All)?;
    let fraction = share(figure)?;
    if !figure.is_approximate() && !total.is_approximate() {
        return Some(Share {
            fraction,
            decimals: 1,
            approximate: false,
        });
    }
    let half = |r: u32| f64::from(r) / 2.0;
    let v = f64::from(figure.value_kusd);
    let t = f64::from(total.value_kusd);
    let lo = (v - half(figure.rounded_to_kusd)) / (t + half(total.rounded_to_kusd)) * 100.0;
    let hi = (v + half(figure.rounded_to_kusd)) / (t - half(total.rounded_to_kusd)) * 100.0;
    Some(Share {
        fraction,
        decimals: if format!("{lo:.1}") == format!("{hi:.1}") {
            1
        } else {
            0
        },
        approximate: true,
    })
}

/// The figure's share of its own period's total, as a percentage: `19.2%`,
/// or `≈49%` when the sources' rounding allows no decimal.
pub fn figure_share(figure: &Figure) -> Option<String> {
    let s = share_of_total(figure)?;
    let p = s.fraction * 100.0;
    let approx = if s.approximate { "≈" } else { "" };
    Some(format!(
        "{approx}{p:.prec$}%",
        prec = usize::from(s.decimals)
    ))
}

/// Labels a dollar-axis tick (in k$): `$0`, `$50M`, `$2.5M`.
pub fn money_tick(value_kusd: f64) -> String {
    let m = value_kusd / 1000.0;
    if (m - m.round()).abs() < 1e-9 {
        format!("${}M", m.round())
    } else {
        format!("${m:.1}M")
    }
    .replace("$0M", "$0")
}

/// Labels a share-axis tick (a fraction): `0%`, `10%`, `12.5%`.
pub fn percent_tick(fraction: f64) -> String {
    let p = fraction * 100.0;
    if (p - p.round()).abs() < 1e-9 {
        format!("{}%", p.round())
    } else {
        format!("{p:.1}%")
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
    fn ticks_read_naturally() {
        assert_eq!(money_tick(0.0), "$0");
        assert_eq!(money_tick(50_000.0), "$50M");
        assert_eq!(money_tick(2_500.0), "$2.5M");
        assert_eq!(percent_tick(0.1), "10%");
        assert_eq!(percent_tick(0.125), "12.5%");
        assert_eq!(percent_tick(0.0), "0%");
    }
}
