use super::*;

#[test]
fn rectangles_overlap_only_when_they_share_area() {
    let a = Rect::new(0.0, 0.0, 10.0, 10.0);
    assert!(a.overlaps(&Rect::new(5.0, 5.0, 10.0, 10.0)));
    assert!(!a.overlaps(&Rect::new(10.0, 0.0, 5.0, 5.0)));
    assert!(a.contains(&Rect::new(1.0, 1.0, 9.0, 9.0)));
    assert!(!a.contains(&Rect::new(1.0, 1.0, 9.5, 9.5)));
}

#[test]
fn text_width_grows_with_text_and_size() {
    let w = text_width("United States", 12.0);
    // Arial renders it at about 75 px; the estimate must not be smaller.
    assert!(w > 75.0 && w < 110.0, "{w}");
    assert!(text_width("한국", 12.0) > text_width("ab", 12.0));
    let r = text_rect((100.0, 50.0), "Japan", 12.0, Anchor::End, Baseline::Middle);
    assert!((r.right() - 100.0).abs() < 1e-9);
    assert!((r.y + r.h / 2.0 - 50.0).abs() < 1e-9);
}
