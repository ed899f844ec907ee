use super::*;

#[test]
fn sorts_like_the_standard_stable_sort() {
    // Every permutation-ish input of a small generator agrees with std.
    let mut seed = 7u32;
    for len in 0..40 {
        let mut v: Vec<(u32, usize)> = (0..len)
            .map(|i| {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                ((seed >> 16) % 7, i)
            })
            .collect();
        let mut expected = v.clone();
        expected.sort_by_key(|p| p.0);
        sort_by_key(&mut v, |p| p.0);
        assert_eq!(v, expected, "length {len}");
    }
}
