#[test]
fn the_plot_height_is_the_stylesheets() {
    let css = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/style/chart.css"));
    assert!(
        css.contains("height: clamp(320px, 60cqw, 480px);"),
        "style/chart.css's .kpop-chart__plot height changed: change plot_box_height with it"
    );
}
