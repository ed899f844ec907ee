//! The pure model: no browser types, everything tested natively. It sits
//! above the vocabulary (`crate::vocab`) and the words (`crate::words`).
//! From the bottom up: the embed options, number formatting, scales,
//! milestone label placement, the scene for a view and a size ([`chart`]
//! building a [`scene::Scene`]), and the texts and readings around the
//! chart.

pub mod annotations;
pub mod chart;
// Only the tests measure contrast: nothing the widget draws computes it.
#[cfg(test)]
pub mod contrast;
pub mod downloads;
pub mod format;
pub mod markup;
pub mod navigation;
pub mod numbers;
pub mod options;
pub mod order;
pub mod reading;
pub mod scale;
pub mod scene;
pub mod story;
pub mod summary;
#[cfg(test)]
pub(crate) mod testing;
pub mod text;
