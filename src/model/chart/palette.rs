//! The chart's colours and each destination's marker: what tells the
//! series apart, in colour and in shape.

use crate::data::Destination;
use crate::model::scene::{MarkerKind, Rgb};

/// The chart's colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    /// Canvas background.
    pub background: Rgb,
    /// Main text.
    pub text: Rgb,
    /// Secondary text (ticks, notes).
    pub muted: Rgb,
    /// Gridlines.
    pub grid: Rgb,
    /// Axis baselines.
    pub axis: Rgb,
    /// Milestone labels and markers.
    pub milestone: Rgb,
    /// Milestone rules, lighter so they stay behind the data.
    pub milestone_rule: Rgb,
    /// Text on a milestone marker.
    pub on_milestone: Rgb,
    /// Series colours: all destinations, Japan, the United States, China.
    pub series: [Rgb; 4],
    /// The keyboard focus mark.
    pub focus: Rgb,
}

/// The light palette. Series colours follow the Okabe–Ito colour-blind-safe
/// set, darkened until each reaches 4.5:1 on white so labels in them read.
pub const LIGHT: Palette = Palette {
    background: Rgb(255, 255, 255),
    text: Rgb(26, 26, 26),
    muted: Rgb(89, 89, 89),
    grid: Rgb(228, 228, 228),
    axis: Rgb(120, 120, 120),
    milestone: Rgb(110, 60, 140),
    milestone_rule: Rgb(160, 120, 185),
    on_milestone: Rgb(255, 255, 255),
    series: [
        Rgb(96, 96, 96),
        Rgb(0, 108, 170),
        Rgb(190, 76, 0),
        Rgb(0, 125, 92),
    ],
    focus: Rgb(26, 26, 26),
};

/// The dark palette: the same hues, lightened until text in them reaches
/// 4.5:1 on the dark background.
pub const DARK: Palette = Palette {
    background: Rgb(24, 24, 27),
    text: Rgb(236, 236, 236),
    muted: Rgb(178, 178, 178),
    grid: Rgb(58, 58, 62),
    axis: Rgb(140, 140, 145),
    milestone: Rgb(200, 160, 230),
    milestone_rule: Rgb(140, 110, 165),
    on_milestone: Rgb(24, 24, 27),
    series: [
        Rgb(170, 170, 170),
        Rgb(86, 180, 233),
        Rgb(240, 150, 60),
        Rgb(40, 196, 150),
    ],
    focus: Rgb(255, 255, 255),
};

impl Palette {
    /// A palette of two colours, for forced-colours mode: the system's text
    /// and background colours, with destinations told apart by marker and
    /// label alone.
    pub fn monochrome(foreground: Rgb, background: Rgb) -> Palette {
        Palette {
            background,
            text: foreground,
            muted: foreground,
            grid: foreground,
            axis: foreground,
            milestone: foreground,
            milestone_rule: foreground,
            on_milestone: background,
            series: [foreground; 4],
            focus: foreground,
        }
    }

    /// A destination's marker shape.
    pub fn marker(d: Destination) -> MarkerKind {
        match d {
            Destination::All => MarkerKind::Diamond,
            Destination::Japan => MarkerKind::Circle,
            Destination::UnitedStates => MarkerKind::Square,
            Destination::China => MarkerKind::Triangle,
        }
    }

    /// A destination's colour.
    pub fn series_color(&self, d: Destination) -> Rgb {
        self.series[match d {
            Destination::All => 0,
            Destination::Japan => 1,
            Destination::UnitedStates => 2,
            Destination::China => 3,
        }]
    }
}
