//! The texts over a snapshot's bar: its value under the metric in bold,
//! the other metric's value under it, each as lines no wider than the bar's
//! category. An amount too wide for its category breaks where its words
//! allow ([`money_parts`]): a Korean one after a unit's name or before the
//! currency (`1억570만` / `6000 달러`); an English one never needs to.
//! The frame reserves room for the lines and the bar's target covers them.

use crate::data::{Dataset, Figure};
use crate::model::format::{figure_value, money_parts};
use crate::model::scene::{text_height, text_width};
use crate::vocab::{Lang, Metric};
use crate::words::words;

use super::marks::labels::bold_width;

/// A bar's value labels, each as its lines, top first.
#[derive(Debug, Clone, PartialEq)]
pub struct BarLabels {
    /// The metric's value, in bold in the value font.
    pub primary: Vec<String>,
    /// The other metric's value (a share with "of total" where it fits),
    /// in the label font; empty when there is none.
    pub secondary: Vec<String>,
}

/// The sizes of a bar's two labels: the value font (bold), the label font.
pub type LabelFonts = (f64, f64);

impl BarLabels {
    /// The labels of figure `f` of `data` under `metric` over a bar in a
    /// category `category` wide.
    pub fn new(
        data: &Dataset,
        f: &Figure,
        metric: Metric,
        lang: Lang,
        category: f64,
        (value_font, font): LabelFonts,
    ) -> BarLabels {
        let room = category - 4.0;
        let value = |metric: Metric, fits: &dyn Fn(&str) -> bool| match metric {
            Metric::Dollars => Some(wrap(
                &money_parts(f.value_kusd, f.rounded_to_kusd, lang),
                fits,
            )),
            Metric::Share => figure_value(data, f, metric, lang).map(|s| vec![s]),
        };
        let primary = value(metric, &|s| bold_width(s, value_font) <= room).unwrap_or_default();
        let secondary = match metric.other() {
            Metric::Dollars => value(Metric::Dollars, &|s| text_width(s, font) <= room),
            Metric::Share => figure_value(data, f, Metric::Share, lang).map(|s| {
                // "of total" is dropped where it doesn't fit the category.
                let with = format!("{s}{}", words(lang).of_total);
                vec![if text_width(&with, font) <= room {
                    with
                } else {
                    s
                }]
            }),
        };
        BarLabels {
            primary: if primary.is_empty() {
                vec![String::new()]
            } else {
                primary
            },
            secondary: secondary.unwrap_or_default(),
        }
    }

    /// How many lines the labels take over the bar: the primary label's,
    /// and the secondary's (at least one: its place is kept when there is
    /// none). Written `4 + secondary × label line + primary × value line`
    /// above the bar's top.
    pub fn lines(&self) -> (f64, f64) {
        (
            self.primary.len() as f64,
            self.secondary.len().max(1) as f64,
        )
    }

    /// The width of the widest of its lines: the primary ones bold in the
    /// value font, the secondary ones in the label font. Wider than the
    /// category only when a line is one piece that can't break (an amount
    /// in the billions in English).
    pub fn widest(&self, (value_font, font): LabelFonts) -> f64 {
        let primary = self.primary.iter().map(|l| bold_width(l, value_font));
        let secondary = self.secondary.iter().map(|l| text_width(l, font));
        primary.chain(secondary).fold(0.0, f64::max)
    }

    /// The height of the labels' lines, without the gap over the bar.
    pub fn height(&self, (value_font, font): LabelFonts) -> f64 {
        let (primary, secondary) = self.lines();
        primary * text_height(value_font) + secondary * text_height(font)
    }
}

/// `parts` joined into lines, each as many parts as `fits` (the first part
/// of a line always goes on it), without the spaces at their ends.
fn wrap(parts: &[String], fits: &dyn Fn(&str) -> bool) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for part in parts {
        let joined = format!("{line}{part}");
        if line.is_empty() || fits(joined.trim()) {
            line = joined;
        } else {
            lines.push(line.trim().to_string());
            line = part.clone();
        }
    }
    if !line.is_empty() {
        lines.push(line.trim().to_string());
    }
    lines
}

#[cfg(test)]
#[path = "tests/bar_labels.rs"]
mod tests;
