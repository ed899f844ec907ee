use super::*;

#[test]
fn computed_colours_are_read_without_floats() {
    assert_eq!(
        parse_css_rgb("rgb(255, 255, 255)"),
        Some(Rgb(255, 255, 255))
    );
    assert_eq!(
        parse_css_rgb("rgba(0, 12.5, 99.4, 0.5)"),
        Some(Rgb(0, 13, 99))
    );
    assert_eq!(parse_css_rgb("rgb(10 20 30 / 0.4)"), Some(Rgb(10, 20, 30)));
    assert_eq!(parse_css_rgb("rgb(300, 0, 0)"), Some(Rgb(255, 0, 0)));
    assert_eq!(parse_css_rgb("rgb(-1, 0, 0)"), None);
    assert_eq!(parse_css_rgb("color(srgb 1 0 0)"), None);
    assert_eq!(parse_css_rgb("canvastext"), None);
    assert_eq!(css_channel("99999999999999999999"), Some(255));
}
