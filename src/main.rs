//! The thin binary Trunk builds. The page's embed script
//! (`web/kpop-chart.js`) initialises it and calls the library's `mount` for
//! each placeholder element, so every page mounts the chart the same way.

fn main() {
    // Keep the embed API in the binary's exports. No panic hook: browser code
    // never panics by design (clippy denies unwrap/expect outside tests), and
    // the hook's message formatting would cost every reader bytes.
    let _keep = kpop_exports_chart::mount;
}
