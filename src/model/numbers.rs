//! Formatting whole amounts and percentages for the reader: [`Numbers`],
//! which the browser implements with `Intl`, and [`PlainNumbers`] for
//! native tests and where `Intl` fails.

use crate::model::format::{money_in_full, Share};
use crate::vocab::Lang;

/// Formats numbers for the reader.
pub trait Numbers {
    /// Whole US dollars: `$25,519,000` in English.
    fn dollars(&self, dollars: u64) -> String;
    /// A share as a percentage with exactly its decimals: `19.2%`.
    fn percent(&self, share: &Share) -> String;
    /// A figure's whole amount (in k$), every digit, as `lang` writes it:
    /// by its own words where they write amounts themselves (Korean
    /// `4852만3000 달러`, never a currency format), else by
    /// [`Numbers::dollars`] (`$48,523,000`).
    fn amount(&self, value_kusd: u32, lang: Lang) -> String {
        money_in_full(value_kusd, lang)
            .unwrap_or_else(|| self.dollars(u64::from(value_kusd) * 1000))
    }
}

/// US English formatting without the browser: for native tests and as the
/// fallback when `Intl` is unavailable.
#[derive(Debug, Clone, Copy, Default)]
pub struct PlainNumbers;

impl Numbers for PlainNumbers {
    fn dollars(&self, dollars: u64) -> String {
        let digits = dollars.to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(c);
        }
        format!("${out}")
    }

    fn percent(&self, share: &Share) -> String {
        share.percent()
    }
}
