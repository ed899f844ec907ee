//! Axis marks: baselines, ticks and their labels, gridlines.

use crate::data::Period;
use crate::model::scale::{year_ticks, LinearScale};
use crate::model::scene::{text_width, Anchor, Baseline, Rect, TextRole};
use crate::words::words;

use super::{line, text, Ink};

/// How far a tick reaches below its axis.
const TICK: f64 = 4.0;

/// How far below its axis a tick label's top sits: a pixel clear of the
/// tick.
const TICK_LABEL: f64 = 5.0;

/// A horizontal axis line from `x0` to `x1` at `y`.
pub fn baseline(ink: &mut Ink<'_>, x0: f64, x1: f64, y: f64) {
    let color = ink.palette.axis;
    ink.push(line((x0, y), (x1, y), color, 1.0, None));
}

/// A tick below an axis at `y`.
pub fn tick(ink: &mut Ink<'_>, x: f64, y: f64) {
    let color = ink.palette.axis;
    ink.push(line((x, y), (x, y + TICK), color, 1.0, None));
}

/// A label centred below an axis at `y`, clear of its ticks.
pub fn tick_label(ink: &mut Ink<'_>, x: f64, y: f64, label: impl Into<String>) {
    axis_text(ink, (x, y + TICK_LABEL), label);
}

/// An axis label in the muted colour, centred on `x`, its top at `y`.
fn axis_text(ink: &mut Ink<'_>, at: (f64, f64), label: impl Into<String>) {
    let shape = text(
        at,
        label,
        ink.font,
        ink.palette.muted,
        Anchor::Middle,
        Baseline::Top,
        TextRole::Axis,
    );
    ink.push(shape);
}

/// A value axis: a gridline across `plot` at each tick, labelled at its
/// left by `label`.
pub fn value_axis(
    ink: &mut Ink<'_>,
    plot: &Rect,
    y: &LinearScale,
    ticks: &[f64],
    label: impl Fn(f64) -> String,
) {
    for &t in ticks {
        let at = y.map(t);
        let grid = ink.palette.grid;
        ink.push(line((plot.x, at), (plot.right(), at), grid, 1.0, None));
        let shape = text(
            (plot.x - 6.0, at),
            label(t),
            ink.font,
            ink.palette.muted,
            Anchor::End,
            Baseline::Middle,
            TextRole::Axis,
        );
        ink.push(shape);
    }
}

/// A time axis under `plot` over `x`'s domain (in months): a tick at every
/// new year, a year label in the middle of as many years as have room, and
/// the baseline. A year the domain cuts short (the last, when the data ends
/// before December) is labelled in the middle of its part on the axis, and
/// only when that part holds the label. No label reaches past the plot's
/// ends, under the value axis's labels or the series' names (a year
/// narrower than its label, on an axis of decades, would).
pub fn time_axis(ink: &mut Ink<'_>, plot: &Rect, x: &LinearScale) {
    let (start, end) = (x.d0, x.d1);
    let bottom = plot.bottom();
    for year in (start / 12.0) as i32..=(end / 12.0) as i32 {
        tick(ink, x.map(f64::from(year) * 12.0), bottom);
    }
    let px_per_month = plot.w / (end - start);
    // A four-digit year's width.
    let label_px = text_width("2024", ink.font) + 8.0;
    for year in year_ticks(start, end, px_per_month, label_px) {
        let first = f64::from(year) * 12.0;
        let (a, b) = (first.max(start), (first + 12.0).min(end));
        if b - a < 12.0 && (b - a) * px_per_month < label_px {
            continue;
        }
        let (label, at) = (year.to_string(), x.map((a + b) / 2.0));
        let half = text_width(&label, ink.font) / 2.0;
        if at - half < plot.x || at + half > plot.right() {
            continue;
        }
        tick_label(ink, at, bottom, label);
    }
    baseline(ink, plot.x, plot.right(), bottom);
}

/// A period's own month axis across `inner` at `y`: the line, then a tick
/// at each month's start with the month's name (its initial when the name
/// doesn't fit) in the middle of the month. When even the initials don't
/// fit (a period of years), only every second, third, fourth, sixth or
/// twelfth month of the calendar is named, the fewest skipped that let
/// every initial fit; none when not even one a year does.
pub fn month_axis(ink: &mut Ink<'_>, period: Period, x: &LinearScale, inner: &Rect, y: f64) {
    baseline(ink, inner.x, inner.right(), y);
    let (start, _) = period.span();
    let month_w = inner.w / f64::from(period.months().max(1));
    let w = words(ink.lang);
    let initial = w
        .months_initial
        .iter()
        .map(|l| text_width(l, ink.font))
        .fold(0.0_f64, f64::max);
    let every = [1u8, 2, 3, 4, 6, 12]
        .into_iter()
        .find(|&n| initial + 4.0 < f64::from(n) * month_w);
    for i in 0..period.months() {
        let x0 = x.map(start + f64::from(i));
        tick(ink, x0, y);
        let month = ((period.start.month as i32 - 1 + i).rem_euclid(12)) as usize;
        let Some(every) = every.filter(|&n| month.is_multiple_of(usize::from(n))) else {
            continue;
        };
        let (abbr, tiny) = (w.months_short[month], w.months_initial[month]);
        let label = if every == 1 && text_width(abbr, ink.font) + 4.0 < month_w {
            abbr
        } else {
            tiny
        };
        tick_label(ink, x0 + month_w / 2.0, y, label);
    }
}

/// A value axis's labels across the canvas, their tops at `y`: above and
/// below the phone rows, whose tracks carry the ticks.
pub fn labels_across(
    ink: &mut Ink<'_>,
    x: &LinearScale,
    ticks: &[f64],
    y: f64,
    label: &dyn Fn(f64) -> String,
) {
    for &t in ticks {
        axis_text(ink, (x.map(t), y), label(t));
    }
}
