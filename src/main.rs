//! The thin binary Trunk builds. The page's embed script
//! (`web/kpop-chart.js`) initialises it and calls the library's `mount` for
//! each placeholder element, so every page mounts the chart the same way.

fn main() {
    // Panics are bugs, but if one happens the console says where.
    console_error_panic_hook::set_once();
    // Keep the embed API in the binary's exports.
    let _keep = kpop_exports_chart::embed::mount;
}
