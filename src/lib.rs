//! An embeddable chart of K-pop album exports to Japan, the United States and
//! China, with US Billboard milestones of K-pop acts as annotations.
//!
//! Three rings, each tested natively:
//! - pure logic with no browser types: [`data`] (embedded at build time),
//!   [`format`], [`scale`], [`annotations`] and [`chart`], which turn a
//!   [`chart::ChartSpec`] into a [`scene::Scene`];
//! - drawing written once over plotters' `DrawingBackend` ([`draw`]);
//! - the browser ring: the Leptos component [`ExportsChart`].

pub mod annotations;
pub mod chart;
pub mod component;
pub mod contrast;
pub mod data;
pub mod draw;
pub mod embed;
pub mod fallback;
pub mod format;
pub mod options;
pub mod reading;
pub mod scale;
pub mod scene;
pub mod small;
pub mod text;

pub use chart::{ChartView, Metric, Theme};
pub use component::ExportsChart;
pub use options::Lang;
