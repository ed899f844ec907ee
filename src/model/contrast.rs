//! WCAG contrast ratios, to prove the palettes readable in light and dark:
//! the canvas's and the page's around it (`style/chart.css` reads its colours
//! from the same palettes).

use crate::model::scene::Rgb;

/// The relative luminance of an sRGB colour (WCAG 2.2 definition).
pub fn luminance(c: Rgb) -> f64 {
    let [r, g, b] = linear(c);
    0.2126 * r + 0.7152 * g + 0.0722 * b
}

/// The contrast ratio between two colours, from 1 (the same) to 21 (black
/// on white; both ends are tested).
pub fn contrast_ratio(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// An sRGB colour's channels in linear light (the sRGB transfer function
/// undone): what both the luminance and the colour-vision simulation use.
fn linear(c: Rgb) -> [f64; 3] {
    let channel = |v: u8| {
        let s = f64::from(v) / 255.0;
        if s <= 0.04045 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    [channel(c.0), channel(c.1), channel(c.2)]
}

/// A colour-vision deficiency to simulate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deficiency {
    /// Normal vision.
    None,
    /// No red cones.
    Protanopia,
    /// No green cones (the most common).
    Deuteranopia,
    /// No blue cones.
    Tritanopia,
}

/// CIE L*a*b* of a colour as seen with a deficiency (Machado, Oliveira and
/// Fernandes 2009 matrices at full severity, applied in linear RGB).
pub fn lab_as_seen(c: Rgb, d: Deficiency) -> [f64; 3] {
    let m: [[f64; 3]; 3] = match d {
        Deficiency::None => [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]],
        Deficiency::Protanopia => [
            [0.152286, 1.052583, -0.204868],
            [0.114503, 0.786281, 0.099216],
            [-0.003882, -0.048116, 1.051998],
        ],
        Deficiency::Deuteranopia => [
            [0.367322, 0.860646, -0.227968],
            [0.280085, 0.672501, 0.047413],
            [-0.011820, 0.042940, 0.968881],
        ],
        Deficiency::Tritanopia => [
            [1.255528, -0.076749, -0.178779],
            [-0.078411, 0.930809, 0.147602],
            [0.004733, 0.691367, 0.303900],
        ],
    };
    let l = linear(c);
    let v: Vec<f64> = m
        .iter()
        .map(|row| (row[0] * l[0] + row[1] * l[1] + row[2] * l[2]).clamp(0.0, 1.0))
        .collect();
    let x = (0.4124 * v[0] + 0.3576 * v[1] + 0.1805 * v[2]) / 0.95047;
    let y = 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
    let z = (0.0193 * v[0] + 0.1192 * v[1] + 0.9505 * v[2]) / 1.08883;
    let f = |t: f64| {
        if t > 0.008856 {
            t.cbrt()
        } else {
            7.787 * t + 16.0 / 116.0
        }
    };
    [
        116.0 * f(y) - 16.0,
        500.0 * (f(x) - f(y)),
        200.0 * (f(y) - f(z)),
    ]
}

/// The CIE76 colour difference between two colours as seen with a deficiency.
pub fn delta_e(a: Rgb, b: Rgb, d: Deficiency) -> f64 {
    let (p, q) = (lab_as_seen(a, d), lab_as_seen(b, d));
    ((p[0] - q[0]).powi(2) + (p[1] - q[1]).powi(2) + (p[2] - q[2]).powi(2)).sqrt()
}

#[cfg(test)]
#[path = "tests/contrast.rs"]
mod tests;
