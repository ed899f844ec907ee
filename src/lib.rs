//! An embeddable chart of K-pop album exports to Japan, the United States and
//! China, with US Billboard milestones of K-pop acts as annotations.
//!
//! Three rings, imports pointing inwards only, each inner ring tested
//! natively:
//! - the pure model, no browser types: the dataset ([`data`], embedded at
//!   build time and shared with `build.rs`), the vocabulary ([`Lang`],
//!   [`ChartView`], [`Metric`], [`Theme`]), each language's words, and the
//!   logic that turns a [`chart::ChartSpec`] into a [`scene::Scene`];
//! - the renderer, written once over plotters' `DrawingBackend`
//!   ([`render()`]), the static fallback ([`fallback`]) and the page's
//!   colours as CSS custom properties ([`palette_css`]);
//! - the browser ring: the Leptos component [`ExportsChart`], its hooks and
//!   parts, and the embed API ([`mount`]).

mod browser;
pub mod data;
mod model;
mod render;
mod vocab;
mod words;

pub use browser::component::ExportsChart;
pub use browser::embed::{mount, ChartHandle};
pub use vocab::{ChartView, Lang, Metric, Theme};
// The model's modules that native tests, the fallback build step and other
// Rust hosts that draw the chart themselves call; the rest (the story behind
// a title, the sort, the downloads, the contrast checks) stay inside.
pub use model::{
    annotations, chart, format, markup, navigation, options, reading, scale, scene, summary, text,
};
#[cfg(not(target_arch = "wasm32"))]
pub use render::page_css::palette_css;
pub use render::{fallback, render, FONT_FAMILY};
pub use words::{words, DestinationWords, MilestoneWords, PeriodWords, Words};
