//! The page's colours as CSS custom properties, written from the palettes:
//! `style/chart.css` reads every colour of the widget's HTML as
//! `var(--kpop-…)`, and the block that sets them is this module's output,
//! committed in that file between two marker comments. A native test fails
//! when the committed block differs from [`palette_css`] and names the
//! command that rewrites it, so the stylesheet's colours are the ones the
//! contrast tests measure (`crate::contrast`).
//!
//! Committed rather than written at build time: `trunk serve`, the release
//! build, the embed's shadow root and another Leptos app that includes
//! `style/chart.css` (README) all read that one file as it is.

use crate::model::chart::{PageColors, Palette, DARK, DARK_PAGE, LIGHT, LIGHT_PAGE};
use crate::model::scene::Rgb;

/// Where a custom property's colour comes from in one theme's palettes.
type Pick = fn(&Palette, &PageColors) -> Rgb;

/// Every colour the widget's stylesheet reads: `--kpop-<name>`, and the
/// palette field that gives its value (the fields' docs say where each is
/// used).
pub(crate) const PROPERTIES: [(&str, Pick); 10] = [
    ("text", |p, _| p.text),
    ("background", |p, _| p.background),
    ("secondary", |_, g| g.secondary),
    ("muted", |p, _| p.muted),
    ("milestone", |p, _| p.milestone),
    ("on-milestone", |p, _| p.on_milestone),
    ("border", |_, g| g.control_border),
    ("link", |_, g| g.link),
    ("rule", |_, g| g.table_rule),
    ("tooltip", |_, g| g.tooltip_background),
];

/// A colour as the shortest CSS hex (`#fff`, `#1a1a1a`): the stylesheet's
/// own spelling, and the fewest bytes.
pub(crate) fn css_hex(c: Rgb) -> String {
    let short = |v: u8| v >> 4 == v & 0xf;
    if short(c.0) && short(c.1) && short(c.2) {
        format!("#{:x}{:x}{:x}", c.0 & 0xf, c.1 & 0xf, c.2 & 0xf)
    } else {
        format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
    }
}

/// One theme's declarations, indented by `indent`.
fn declarations(palette: &Palette, page: &PageColors, indent: &str) -> String {
    PROPERTIES
        .iter()
        .map(|(name, pick)| format!("{indent}--kpop-{name}:{};\n", css_hex(pick(palette, page))))
        .collect()
}

/// Where the dark colours apply, on screen only (print stays light):
/// the widget where it says `data-theme="dark"`, and the static fallback
/// that stands before it, which follows the reader's colour scheme unless
/// the `theme` option (copied onto it by the embed script) says light. So
/// a dark page shows a dark picture from its first paint, with no script.
const DARK_WHERE: [(&str, &str); 2] = [
    ("not print", r#".kpop-chart[data-theme="dark"]"#),
    (
        // Not `not print and (…)`: `not` would negate the whole query.
        "screen and (prefers-color-scheme: dark)",
        r#".kpop-chart--static:not([data-theme="light"])"#,
    ),
];

/// The custom properties in light and dark: light on the widget; dark on
/// screen where the widget says `data-theme="dark"`, and on the static
/// fallback where the reader's colour scheme is dark unless the `theme`
/// option says light. Light values are not repeated (print's and forced
/// colours' own rules follow in the stylesheet). Where it is dark, the
/// fallback shows its picture and legend markers drawn with the dark
/// palette.
/// `style/chart.css` carries exactly this block (a test keeps it so); a
/// host that writes its own stylesheet for the component can start from
/// it.
///
/// ```
/// let css = kpop_exports_chart::palette_css();
/// assert!(css.starts_with(".kpop-chart {\n  --kpop-text:#1a1a1a;\n"));
/// assert!(css.contains("@media not print {\n  .kpop-chart[data-theme=\"dark\"] {\n"));
/// ```
pub fn palette_css() -> String {
    let mut css = format!(
        ".kpop-chart {{\n{}}}\n",
        declarations(&LIGHT, &LIGHT_PAGE, "  ")
    );
    for (media, dark) in DARK_WHERE {
        css.push_str(&format!(
            "@media {media} {{\n  {dark} {{\n{}  }}\n  {dark} .kpop-chart__picture--light, {dark} .kpop-chart__marker--light {{ display: none; }}\n  {dark} .kpop-chart__picture--dark {{ display: block; }}\n  {dark} .kpop-chart__marker--dark {{ display: inline; }}\n}}\n",
            declarations(&DARK, &DARK_PAGE, "    ")
        ));
    }
    css
}

#[cfg(test)]
#[path = "tests/page_css.rs"]
mod tests;
