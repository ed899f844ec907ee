//! Number formatting that never shows more (or fewer) digits than the source.
//!
//! Values are kept as integers of thousands of dollars and formatted with
//! integer arithmetic, so no float rounding can change a digit. How each
//! language writes an amount (millions in English, 만 and 억 in Korean) and
//! marks a rounded one is in its words ([`crate::words::AmountWords`]); the
//! arithmetic is here.

use crate::data::{Dataset, Destination, Figure};
use crate::vocab::{Lang, Metric};
use crate::words::{words, AmountStyle};

/// Formats thousands of US dollars as English writes them on the chart:
/// millions, with exactly the precision the source gave. `48523` (exact)
/// is `$48.523M`; `89800` rounded to 100 is `≈$89.8M`; `60000` rounded to
/// 1000 is `≈$60M`. [`money_in`] writes any language.
///
/// ```
/// use kpop_exports_chart::format::money;
/// assert_eq!(money(48_523, 1), "$48.523M");
/// assert_eq!(money(60_290, 10), "≈$60.29M");
/// ```
pub fn money(value_kusd: u32, rounded_to_kusd: u32) -> String {
    money_in(value_kusd, rounded_to_kusd, Lang::En)
}

/// Formats thousands of US dollars as `lang` writes them on the chart,
/// marked as approximate when the source rounded them (a step above 1
/// k$), with exactly the source's precision: `$48.523M` and `≈$60M` in
/// English; `4852만3000 달러` and `약 6000만 달러` in Korean, where every
/// digit of the amount is written (a value rounded to a step of 10 k$ or
/// more has no digits below 만 to show).
///
/// ```
/// use kpop_exports_chart::format::money_in;
/// use kpop_exports_chart::Lang;
/// let ko = Lang::from_tag("ko").unwrap();
/// assert_eq!(money_in(132_934, 1, ko), "1억3293만4000 달러");
/// assert_eq!(money_in(291_800, 100, ko), "약 2억9180만 달러");
/// assert_eq!(money_in(291_800, 100, Lang::En), "≈$291.8M");
/// ```
pub fn money_in(value_kusd: u32, rounded_to_kusd: u32, lang: Lang) -> String {
    money_parts(value_kusd, rounded_to_kusd, lang).concat()
}

/// [`money_in`]'s text in the pieces a line may break between when it is
/// too wide for its place: after a unit's name and before the currency
/// (`약 1억`, `2300만`, ` 달러`); English amounts are one piece.
pub fn money_parts(value_kusd: u32, rounded_to_kusd: u32, lang: Lang) -> Vec<String> {
    let w = &words(lang).amounts;
    let approx = if rounded_to_kusd > 1 { w.approx } else { "" };
    match w.style {
        AmountStyle::Millions => vec![millions(value_kusd, rounded_to_kusd, approx)],
        AmountStyle::Myriads { units, currency } => {
            let mut parts = myriad_groups(kusd_to_dollars(value_kusd), units);
            if let Some(first) = parts.first_mut() {
                first.insert_str(0, approx);
            }
            parts.push(currency.to_string());
            parts
        }
    }
}

/// The whole amount, every digit, as `lang` writes it in tooltips, the
/// table and announcements, when its words write it themselves (Korean:
/// `4852만3000 달러`, the same text as its label without the approximation
/// mark); `None` where the reader's number format writes it (English:
/// `$48,523,000` by `Intl`).
pub fn money_in_full(value_kusd: u32, lang: Lang) -> Option<String> {
    match words(lang).amounts.style {
        AmountStyle::Millions => None,
        AmountStyle::Myriads { units, currency } => Some(format!(
            "{}{currency}",
            myriads(kusd_to_dollars(value_kusd), units)
        )),
    }
}

/// Thousands of dollars in dollars.
fn kusd_to_dollars(value_kusd: u32) -> u64 {
    u64::from(value_kusd) * 1000
}

/// Millions of dollars with the source's decimals: `$48.523M`, `$640K`
/// below a million when exact, `≈$60M` (`approx` given).
fn millions(value_kusd: u32, rounded_to_kusd: u32, approx: &str) -> String {
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

/// Dollars in groups of four digits from the right, each but the last
/// followed by its unit (`units`: 10⁴, 10⁸, 10¹²), plain digits without
/// leading zeros, empty groups left out: 48,523,000 is `4852만3000`,
/// 100,003,000 `1억3000`, 0 `0`.
fn myriads(dollars: u64, units: [&str; 3]) -> String {
    myriad_groups(dollars, units).concat()
}

/// [`myriads`]'s groups, each with its unit: `1억`, `570만`, `6000` (`0`
/// alone for zero).
fn myriad_groups(dollars: u64, units: [&str; 3]) -> Vec<String> {
    if dollars == 0 {
        return vec!["0".to_string()];
    }
    const MYRIAD: u64 = 10_000;
    let groups = [
        (dollars / (MYRIAD * MYRIAD * MYRIAD), units[2]),
        (dollars / (MYRIAD * MYRIAD) % MYRIAD, units[1]),
        (dollars / MYRIAD % MYRIAD, units[0]),
        (dollars % MYRIAD, ""),
    ];
    groups
        .into_iter()
        .filter(|(g, _)| *g > 0)
        .map(|(g, unit)| format!("{g}{unit}"))
        .collect()
}

/// The figure's value, formatted with [`money_in`].
pub fn figure_money(figure: &Figure, lang: Lang) -> String {
    money_in(figure.value_kusd, figure.rounded_to_kusd, lang)
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

    /// The percentage as [`Share::percent`] writes it, marked as `lang`
    /// marks an approximate figure: `19.2%`, `≈49%` (Korean `약 49%`).
    pub fn text(&self, lang: Lang) -> String {
        let approx = if self.approximate {
            words(lang).amounts.approx
        } else {
            ""
        };
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

/// The figure's share of its own period's total in `data`, with
/// [`share_of`]'s precision.
pub fn share_of_total(data: &Dataset, figure: &Figure) -> Option<Share> {
    let total = data.figure(figure.period, Destination::All)?;
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
/// use kpop_exports_chart::Lang;
/// let text = |v, r, t, rt| share_of(v, r, t, rt).map(|s| s.text(Lang::En));
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

/// The figure's share of its own period's total in `data`, as a
/// percentage: `19.2%`, or `≈49%` (Korean `약 49%`) when the sources'
/// rounding allows no decimal.
pub fn figure_share(data: &Dataset, figure: &Figure, lang: Lang) -> Option<String> {
    share_of_total(data, figure).map(|s| s.text(lang))
}

/// The figure's value under `metric`, as its label reads: its dollars
/// ([`figure_money`]) or its share ([`figure_share`]; none without a
/// total).
pub fn figure_value(data: &Dataset, figure: &Figure, metric: Metric, lang: Lang) -> Option<String> {
    match metric {
        Metric::Dollars => Some(figure_money(figure, lang)),
        Metric::Share => figure_share(data, figure, lang),
    }
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

/// Labels a dollar-axis tick (in k$) as `lang` writes amounts: `$0`,
/// `$50M`, `$2.5M` in English; `0`, `2000만`, `1억`, `1억2000만` in Korean,
/// whose subtitle names the currency once (`미국 달러`).
pub fn money_tick(value_kusd: f64, lang: Lang) -> String {
    match words(lang).amounts.style {
        AmountStyle::Millions => {
            let tenths = (value_kusd / 100.0).round() as i64;
            if tenths == 0 {
                "$0".to_string()
            } else {
                format!("${}M", tick_number(tenths))
            }
        }
        // Ticks are whole k$ (multiples of 1, 2 or 5 × 10ⁿ k$, n ≥ 0).
        AmountStyle::Myriads { units, .. } => {
            myriads(value_kusd.round().max(0.0) as u64 * 1000, units)
        }
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
#[path = "tests/format.rs"]
mod tests;
