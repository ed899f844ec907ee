//! Scales and ticks: pure functions from data space to pixels.

/// A linear map from a data interval to a pixel interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinearScale {
    /// Data value mapped to `r0`.
    pub d0: f64,
    /// Data value mapped to `r1`.
    pub d1: f64,
    /// Pixel for `d0`.
    pub r0: f64,
    /// Pixel for `d1`.
    pub r1: f64,
}

impl LinearScale {
    /// A scale from `[d0, d1]` to `[r0, r1]` (either may be decreasing: a
    /// y axis maps up the data to down the screen).
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> Self {
        LinearScale {
            d0: domain.0,
            d1: domain.1,
            r0: range.0,
            r1: range.1,
        }
    }

    /// The pixel for a data value.
    pub fn map(&self, v: f64) -> f64 {
        if self.d1 == self.d0 {
            return self.r0;
        }
        self.r0 + (v - self.d0) / (self.d1 - self.d0) * (self.r1 - self.r0)
    }

    /// The data value at a pixel: the inverse of [`LinearScale::map`], for
    /// reading a pointer's position back into data.
    pub fn invert(&self, px: f64) -> f64 {
        if self.r1 == self.r0 {
            return self.d0;
        }
        self.d0 + (px - self.r0) / (self.r1 - self.r0) * (self.d1 - self.d0)
    }
}

/// "Nice" ticks from 0 to at least `max`, about `target` of them, at steps
/// of 1, 2, 2.5 or 5 times a power of ten. The last tick is at or above
/// `max`, so the data never runs off the axis.
///
/// ```
/// use kpop_exports_chart::scale::nice_ticks;
/// assert_eq!(nice_ticks(48.523, 5), vec![0.0, 10.0, 20.0, 30.0, 40.0, 50.0]);
/// ```
pub fn nice_ticks(max: f64, target: usize) -> Vec<f64> {
    let target = target.max(1) as f64;
    if !max.is_finite() || max <= 0.0 {
        return vec![0.0, 1.0];
    }
    let raw = max / target;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw * 0.999_999)
        .unwrap_or(10.0 * mag);
    let n = (max / step - 1e-9).ceil().max(1.0) as usize;
    // Multiply rather than accumulate, so 0.1 + 0.1 + 0.1 errors can't creep in.
    (0..=n).map(|i| i as f64 * step).collect()
}

/// Year boundaries to label on a time axis running over `[start, end)` in
/// months: every year if there is room for a label of `label_px` pixels,
/// else every second or fifth year. Returns the years to label.
pub fn year_ticks(start_month: f64, end_month: f64, px_per_month: f64, label_px: f64) -> Vec<u16> {
    let first = (start_month / 12.0).ceil() as i64;
    let last = ((end_month - 1.0) / 12.0).floor() as i64;
    let px_per_year = px_per_month * 12.0;
    let every = [1, 2, 5, 10]
        .into_iter()
        .find(|k| px_per_year * f64::from(*k) >= label_px)
        .unwrap_or(10);
    (first..=last)
        .filter(|y| y % i64::from(every) == 0 || every == 1)
        .filter_map(|y| u16::try_from(y).ok())
        .collect()
}

#[cfg(test)]
#[path = "tests/scale.rs"]
mod tests;
