//! The chart's colours and each destination's marker: what tells the
//! series apart, in colour and in shape.

use crate::data::Destination;
use crate::model::scene::{MarkerKind, Rgb};

/// The chart's colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    /// The background of the canvas and of the page around it, its buttons
    /// and the switch's knob; the text of a pressed button (drawn inverted).
    pub background: Rgb,
    /// Main text, on the canvas and around it (title, buttons, tooltip);
    /// the background of a pressed button.
    pub text: Rgb,
    /// Secondary text: the canvas's ticks and notes; around it, the source
    /// line and the tooltip's source.
    pub muted: Rgb,
    /// Gridlines.
    pub grid: Rgb,
    /// Axis baselines.
    pub axis: Rgb,
    /// Milestone labels and markers; around the canvas, the milestone key's
    /// numbers and the milestone switch when on.
    pub milestone: Rgb,
    /// Milestone rules, lighter so they stay behind the data.
    pub milestone_rule: Rgb,
    /// Text on a milestone marker, and on the key's numbers beside the canvas.
    pub on_milestone: Rgb,
    /// Series colours, in [`Destination::ALL`]'s order.
    pub series: [Rgb; Destination::COUNT],
    /// The keyboard focus mark.
    pub focus: Rgb,
}

/// How the series are told apart, one row per destination in
/// [`Destination::ALL`]'s order: the destination (checked against that order
/// by a test), its marker, and its colour in the light and dark palettes.
/// Adding a destination adds a row here; the palettes read their series
/// colours from it. Light colours follow the Okabe–Ito colour-blind-safe set,
/// darkened until each reaches 4.5:1 on white so labels in them read; dark
/// ones are the same hues, lightened until they reach 4.5:1 on the dark
/// background.
pub const SERIES: [SeriesLook; Destination::COUNT] = [
    SeriesLook::new(
        Destination::All,
        MarkerKind::Diamond,
        (96, 96, 96),
        (170, 170, 170),
    ),
    SeriesLook::new(
        Destination::Japan,
        MarkerKind::Circle,
        (0, 108, 170),
        (86, 180, 233),
    ),
    SeriesLook::new(
        Destination::UnitedStates,
        MarkerKind::Square,
        (190, 76, 0),
        (240, 150, 60),
    ),
    SeriesLook::new(
        Destination::China,
        MarkerKind::Triangle,
        (0, 125, 92),
        (40, 196, 150),
    ),
];

/// One destination's row in [`SERIES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeriesLook {
    /// The destination this row is for.
    pub destination: Destination,
    /// Its marker shape, in the plot, the legend and the tooltip.
    pub marker: MarkerKind,
    /// Its colour in [`LIGHT`].
    pub light: Rgb,
    /// Its colour in [`DARK`].
    pub dark: Rgb,
}

impl SeriesLook {
    const fn new(
        destination: Destination,
        marker: MarkerKind,
        light: (u8, u8, u8),
        dark: (u8, u8, u8),
    ) -> SeriesLook {
        SeriesLook {
            destination,
            marker,
            light: Rgb(light.0, light.1, light.2),
            dark: Rgb(dark.0, dark.1, dark.2),
        }
    }
}

/// The series colours of one shade of [`SERIES`], in its order.
const fn series_colors(dark: bool) -> [Rgb; Destination::COUNT] {
    let mut colors = [Rgb(0, 0, 0); Destination::COUNT];
    let mut i = 0;
    while i < colors.len() {
        colors[i] = if dark {
            SERIES[i].dark
        } else {
            SERIES[i].light
        };
        i += 1;
    }
    colors
}

/// The light palette, for white pages.
pub const LIGHT: Palette = Palette {
    background: Rgb(255, 255, 255),
    text: Rgb(26, 26, 26),
    muted: Rgb(89, 89, 89),
    grid: Rgb(228, 228, 228),
    axis: Rgb(120, 120, 120),
    milestone: Rgb(110, 60, 140),
    milestone_rule: Rgb(160, 120, 185),
    on_milestone: Rgb(255, 255, 255),
    series: series_colors(false),
    focus: Rgb(26, 26, 26),
};

/// The dark palette: the light one's hues, lightened until text in them
/// reaches 4.5:1 on the dark background.
pub const DARK: Palette = Palette {
    background: Rgb(24, 24, 27),
    text: Rgb(236, 236, 236),
    muted: Rgb(178, 178, 178),
    grid: Rgb(58, 58, 62),
    axis: Rgb(140, 140, 145),
    milestone: Rgb(200, 160, 230),
    milestone_rule: Rgb(140, 110, 165),
    on_milestone: Rgb(24, 24, 27),
    series: series_colors(true),
    focus: Rgb(255, 255, 255),
};

/// The colours of the page around the canvas (the widget's HTML: title,
/// buttons, legend, tooltip, key, notes, table) that the canvas never draws
/// with. The page's other colours are its theme's [`Palette`] fields, each
/// documented with where the page uses it; the page's CSS reads all of them
/// as custom properties (`palette_css` in the renderer writes them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageColors {
    /// Text a step quieter than the main text, still well above 4.5:1: the
    /// subtitle, the notes and the legend's period kinds.
    pub secondary: Rgb,
    /// The outlines of the buttons and the tooltip, the lines between the
    /// view buttons, and the milestone switch's track when off: 3:1 on the
    /// background, so a control's edge shows (WCAG 1.4.11).
    pub control_border: Rgb,
    /// The download links and the keyboard focus ring around every control
    /// and the plot.
    pub link: Rgb,
    /// The lines between the data table's rows: decoration (the table reads
    /// without them), so lighter than the control borders.
    pub table_rule: Rgb,
    /// The tooltip's background: in dark, a step above the page's, so the
    /// tooltip stands off the canvas it covers.
    pub tooltip_background: Rgb,
}

/// The page around the canvas in [`LIGHT`].
pub const LIGHT_PAGE: PageColors = PageColors {
    secondary: Rgb(68, 68, 68),
    control_border: Rgb(118, 118, 118),
    link: Rgb(11, 92, 213),
    table_rule: Rgb(208, 208, 208),
    tooltip_background: Rgb(255, 255, 255),
};

/// The page around the canvas in [`DARK`].
pub const DARK_PAGE: PageColors = PageColors {
    secondary: Rgb(200, 200, 200),
    control_border: Rgb(140, 140, 145),
    link: Rgb(138, 180, 255),
    table_rule: Rgb(74, 74, 80),
    tooltip_background: Rgb(38, 38, 43),
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
            series: [foreground; Destination::COUNT],
            focus: foreground,
        }
    }

    /// A destination's marker shape.
    pub fn marker(d: Destination) -> MarkerKind {
        SERIES[d.index()].marker
    }

    /// A destination's colour.
    pub fn series_color(&self, d: Destination) -> Rgb {
        self.series[d.index()]
    }
}

#[cfg(test)]
#[path = "tests/palette.rs"]
mod tests;
