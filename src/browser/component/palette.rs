//! The chart's colours: one derived palette for the canvas and the legend
//! alike, following the theme, the reader's colour scheme, printing and
//! forced colours.

use leptos::html;
use leptos::prelude::*;

use crate::browser::hooks::use_media_query;
use crate::model::chart::{Palette, DARK, LIGHT};
use crate::model::scene::Rgb;
use crate::vocab::Theme;

/// The chart's colours, as [`use_palette`] derives them.
#[derive(Clone, Copy)]
pub struct UsePalette {
    /// Whether the page around the canvas is dark (the widget's
    /// `data-theme`; its CSS turns it light for print by itself).
    pub dark: ReadSignal<bool>,
    /// The colours to draw in, derived on each read: see [`Colors::with`].
    pub palette: Colors,
}

/// The colours to draw in: the theme's, light when printing, the system's
/// own in forced-colours mode. Derived from three media queries each time
/// it is read (three comparisons); not a `Memo`, whose machinery for a
/// second value type costs the wasm about a kilobyte.
#[derive(Clone, Copy)]
pub struct Colors {
    dark: ReadSignal<bool>,
    forced: ReadSignal<bool>,
    printing: ReadSignal<bool>,
    root: NodeRef<html::Figure>,
}

impl Colors {
    /// Calls `f` with the palette, tracking the queries it depends on.
    pub fn with<R>(self, f: impl FnOnce(&Palette) -> R) -> R {
        let palette = if self.forced.get() {
            self.root
                .get()
                .and_then(|r| forced_palette(&r))
                .unwrap_or(LIGHT)
        } else if self.printing.get() || !self.dark.get() {
            LIGHT
        } else {
            DARK
        };
        f(&palette)
    }
}

/// The colours for `theme`. In forced-colours mode they are read from the
/// computed style of `root`, which the browser has already forced.
pub fn use_palette(theme: Theme, root: NodeRef<html::Figure>) -> UsePalette {
    let dark = match theme {
        Theme::Auto => use_media_query("(prefers-color-scheme: dark)"),
        // A signal all the same, so the page reads one kind.
        Theme::Light => RwSignal::new(false).read_only(),
        Theme::Dark => RwSignal::new(true).read_only(),
    };
    let palette = Colors {
        dark,
        forced: use_media_query("(forced-colors: active)"),
        printing: use_media_query("print"),
        root,
    };
    UsePalette { dark, palette }
}

/// A colour channel as computed CSS writes it (`255`, `12.5`), rounded to a
/// whole number and clamped to 0–255. Read without float parsing, which
/// would bring its tables into the wasm for three numbers.
fn css_channel(s: &str) -> Option<u8> {
    let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
    if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let round_up = frac
        .bytes()
        .next()
        .is_some_and(|b| (b'5'..=b'9').contains(&b));
    let v = whole
        .bytes()
        .fold(0u32, |v, b| (v * 10 + u32::from(b - b'0')).min(1000));
    u8::try_from((v + u32::from(round_up)).min(255)).ok()
}

/// Parses a computed CSS colour (`rgb(r, g, b)` or `rgba(...)`).
fn parse_css_rgb(s: &str) -> Option<Rgb> {
    let inner = s.split_once('(')?.1.split_once(')')?.0;
    let mut parts = inner
        .split([',', ' ', '/'])
        .filter(|p| !p.is_empty())
        .map(|p| css_channel(p.trim()));
    let mut next = || parts.next().flatten();
    Some(Rgb(next()?, next()?, next()?))
}

/// In forced-colours mode the canvas takes the system's colours from the
/// widget's computed style.
fn forced_palette(root: &web_sys::Element) -> Option<Palette> {
    let style = web_sys::window()?.get_computed_style(root).ok()??;
    let fg = parse_css_rgb(&style.get_property_value("color").ok()?)?;
    let bg = parse_css_rgb(&style.get_property_value("background-color").ok()?)?;
    Some(Palette::monochrome(fg, bg))
}

#[cfg(test)]
#[path = "tests/palette.rs"]
mod tests;
