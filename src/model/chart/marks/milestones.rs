//! Milestone marks: a dot at each date on an axis, and the annotation band
//! of labels (or numbered markers) with rules down to the plot.

use crate::data::Milestone;
use crate::model::annotations::{AnnotationLayout, Placed};
use crate::model::scale::LinearScale;
use crate::model::scene::{text_height, Anchor, Baseline, Footnote, Shape, TextRole};
use crate::words::MilestoneWords;

use super::{bold, line, text, Ink};

/// The dash of a milestone's rule: lighter than any period's span.
const RULE_DASH: Option<(f64, f64)> = Some((3.0, 2.0));

/// A dot at each milestone's date on an axis at `y`.
pub fn dots(ink: &mut Ink<'_>, milestones: &[&Milestone], x: &LinearScale, y: f64) {
    for m in milestones {
        let fill = ink.palette.milestone;
        ink.push(Shape::Circle {
            center: (x.map(m.date.position()), y),
            radius: 3.0,
            fill,
            stroke: None,
        });
    }
}

/// The placed annotations of `layout`: each label beside a rule from
/// `rule_bottom` up to it, or each numbered marker on a leader from the
/// band's bottom (`band_bottom`), with the footnotes that explain them.
pub fn band(
    ink: &mut Ink<'_>,
    layout: &AnnotationLayout,
    milestones: &[&Milestone],
    rule_bottom: f64,
    band_bottom: f64,
) {
    for p in &layout.placed {
        if layout.numbered {
            numbered(ink, p, rule_bottom, band_bottom);
        } else {
            labelled(ink, p, rule_bottom);
        }
    }
    if layout.numbered {
        ink.scene.footnotes = milestones
            .iter()
            .enumerate()
            .map(|(i, m)| Footnote {
                number: i + 1,
                date: m.date.iso(),
                text: m.label_in(ink.lang).to_string(),
            })
            .collect();
    }
}

/// A milestone's label, beside a rule at its date.
fn labelled(ink: &mut Ink<'_>, p: &Placed, rule_bottom: f64) {
    let rule = ink.palette.milestone_rule;
    ink.push(line(
        (p.x, rule_bottom),
        (p.x, p.rect.y),
        rule,
        1.0,
        RULE_DASH,
    ));
    annotation_text(ink, (p.rect.x, p.rect.y), p.text.clone());
}

/// A milestone's text in the milestones' colour, its top left at `at`.
fn annotation_text(ink: &mut Ink<'_>, at: (f64, f64), s: String) {
    let color = ink.palette.milestone;
    let shape = text(
        at,
        s,
        ink.font,
        color,
        Anchor::Start,
        Baseline::Top,
        TextRole::Annotation,
    );
    ink.push(shape);
}

/// A milestone's numbered marker: a rule at its date up to the band, then a
/// leader to the marker, which may sit aside from its date to make room.
fn numbered(ink: &mut Ink<'_>, p: &Placed, rule_bottom: f64, band_bottom: f64) {
    let palette = *ink.palette;
    let c = (p.rect.x + p.rect.w / 2.0, p.rect.y + p.rect.h / 2.0);
    let (rule, color) = (palette.milestone_rule, palette.milestone);
    ink.push(line(
        (p.x, rule_bottom),
        (p.x, band_bottom),
        rule,
        1.0,
        RULE_DASH,
    ));
    ink.push(line(
        (p.x, band_bottom),
        (c.0, p.rect.bottom()),
        color,
        1.0,
        None,
    ));
    ink.push(Shape::Circle {
        center: c,
        radius: p.rect.w / 2.0,
        fill: color,
        stroke: None,
    });
    let shape = bold(text(
        c,
        p.text.clone(),
        ink.font * 0.85,
        palette.on_milestone,
        Anchor::Middle,
        Baseline::Middle,
        TextRole::Annotation,
    ));
    ink.push(shape);
}

/// A milestone as a row of its own (the phone layout): a dot in the
/// milestones' colour, then its lines (date and text, already wrapped),
/// the first line's top at `(x, y)`. No rule and no number: the row sits
/// at its date between the periods.
pub fn inline(ink: &mut Ink<'_>, (x, y): (f64, f64), lines: &[String]) {
    let color = ink.palette.milestone;
    let step = text_height(ink.font) + 1.0;
    ink.push(Shape::Circle {
        center: (x + 4.0, y + text_height(ink.font) / 2.0),
        radius: 4.0,
        fill: color,
        stroke: None,
    });
    for (i, l) in lines.iter().enumerate() {
        annotation_text(ink, (x + 14.0, y + i as f64 * step), l.clone());
    }
}
