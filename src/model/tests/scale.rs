use super::*;

#[test]
fn ticks_cover_the_data_with_round_steps() {
    for (max, target) in [
        (48_523.0, 5),
        (301_744.0, 6),
        (0.49, 5),
        (0.365, 4),
        (1.0, 3),
        (7.0, 10),
    ] {
        let t = nice_ticks(max, target);
        assert_eq!(t[0], 0.0);
        assert!(*t.last().unwrap() >= max, "{max}: {t:?}");
        let step = t[1] - t[0];
        let mag = 10f64.powf(step.log10().floor());
        let m = step / mag;
        assert!(
            [1.0, 2.0, 2.5, 5.0, 10.0]
                .iter()
                .any(|x| (m - x).abs() < 1e-9),
            "{max}: step {step}"
        );
        // The top tick is the first at or above max: no empty step.
        assert!(t[t.len() - 2] < max, "{max}: {t:?}");
        assert!(t.len() <= target * 2 + 2, "{max}: {t:?}");
    }
}

#[test]
fn degenerate_ranges_still_give_an_axis() {
    assert_eq!(nice_ticks(0.0, 5), vec![0.0, 1.0]);
    assert_eq!(nice_ticks(f64::NAN, 5), vec![0.0, 1.0]);
}

#[test]
fn scales_map_both_ways() {
    let y = LinearScale::new((0.0, 100.0), (300.0, 20.0));
    assert_eq!(y.map(0.0), 300.0);
    assert_eq!(y.map(100.0), 20.0);
    assert_eq!(y.map(50.0), 160.0);
    assert_eq!(y.invert(300.0), 0.0);
    assert_eq!(y.invert(20.0), 100.0);
    assert_eq!(y.invert(160.0), 50.0);
    // Increasing and decreasing domains and ranges, in every pairing,
    // including a time axis in months and a share axis in fractions.
    let scales = [
        LinearScale::new((0.0, 100.0), (300.0, 20.0)),
        LinearScale::new((0.0, 100.0), (20.0, 300.0)),
        LinearScale::new((100.0, 0.0), (20.0, 300.0)),
        LinearScale::new((100.0, 0.0), (300.0, 20.0)),
        LinearScale::new((24_204.0, 24_312.0), (48.0, 1_552.0)),
        LinearScale::new((0.0, 0.5), (412.0, 36.0)),
        LinearScale::new((-3.0, 7.0), (-50.0, 50.0)),
    ];
    for s in scales {
        // The ends land on the ends, both ways.
        assert_eq!(s.map(s.d0), s.r0, "{s:?}");
        assert_eq!(s.map(s.d1), s.r1, "{s:?}");
        assert_eq!(s.invert(s.r0), s.d0, "{s:?}");
        assert_eq!(s.invert(s.r1), s.d1, "{s:?}");
        let (dspan, rspan) = ((s.d1 - s.d0).abs(), (s.r1 - s.r0).abs());
        // Inside the intervals and beyond both ends (extrapolated).
        for i in -10..=30 {
            let t = f64::from(i) / 20.0;
            let v = s.d0 + t * (s.d1 - s.d0);
            let px = s.map(v);
            // Linear: the same fraction of the way along the range.
            let want_px = s.r0 + t * (s.r1 - s.r0);
            assert!((px - want_px).abs() <= 1e-9 * rspan, "{s:?} map {v}");
            assert!((s.invert(px) - v).abs() <= 1e-9 * dspan, "{s:?} {v}");
            let p = s.r0 + t * (s.r1 - s.r0);
            let d = s.invert(p);
            let want_d = s.d0 + t * (s.d1 - s.d0);
            assert!((d - want_d).abs() <= 1e-9 * dspan, "{s:?} invert {p}");
            assert!((s.map(d) - p).abs() <= 1e-9 * rspan, "{s:?} {p}");
        }
    }
    // A domain or range of one point maps to its start, not to NaN.
    let flat = LinearScale::new((5.0, 5.0), (10.0, 10.0));
    assert_eq!(flat.map(7.0), 10.0);
    assert_eq!(flat.invert(12.0), 5.0);
}

#[test]
fn year_labels_thin_out_when_narrow() {
    let start = 2017.0 * 12.0;
    let end = 2026.0 * 12.0;
    let wide = year_ticks(start, end, 8.0, 34.0);
    assert_eq!(wide, (2017..=2025).collect::<Vec<_>>());
    let narrow = year_ticks(start, end, 2.0, 34.0);
    assert_eq!(narrow, vec![2018, 2020, 2022, 2024]);
}
