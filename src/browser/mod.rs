//! The browser ring: the Leptos component and its parts, the hooks that
//! connect it to the page (box size, pixel ratio, media queries, window
//! listeners, `Intl`), and the embed API for host pages.

pub mod component;
pub mod embed;
