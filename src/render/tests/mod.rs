use super::*;

#[test]
fn dashes_cover_the_line_with_gaps() {
    let segs = dash_segments((0.0, 0.0), (20.0, 0.0), 4.0, 2.0);
    assert_eq!(segs.len(), 4);
    assert_eq!(segs[0], ((0.0, 0.0), (4.0, 0.0)));
    assert_eq!(segs[1], ((6.0, 0.0), (10.0, 0.0)));
    assert_eq!(segs[3].1, (20.0, 0.0));
    // A gap that would fall at the very end is closed by a last dash.
    let segs = dash_segments((0.0, 0.0), (5.0, 0.0), 4.0, 3.0);
    assert_eq!(segs.last().unwrap().1, (5.0, 0.0));
    assert_eq!(segs.len(), 2);
    assert_eq!(dash_segments((1.0, 1.0), (1.0, 1.0), 4.0, 2.0).len(), 1);
}
