//! Placement of milestone annotations: labels that never overlap each other,
//! the data labels, or the edges of their band.
//!
//! Labels go in tiers above the plot, each beside a rule at its date. When
//! they can't all fit, every milestone becomes a numbered marker instead,
//! explained below the plot (mixing the two would make readers hunt for
//! which is which).

use crate::model::scene::{text_height, text_width, Rect};

/// Space kept between two annotations and between an annotation and a rule.
pub const GAP: f64 = 4.0;

/// One milestone to place: the x of its date and its label.
#[derive(Debug, Clone, PartialEq)]
pub struct AnnotationItem<'a> {
    /// The x of the milestone's date, in CSS pixels.
    pub x: f64,
    /// The label to show when it fits.
    pub label: &'a str,
}

/// Where one milestone's text or number ended up.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    /// The x of the milestone's date.
    pub x: f64,
    /// The box the text or marker occupies.
    pub rect: Rect,
    /// The tier, 0 being the one nearest the plot.
    pub tier: usize,
    /// What is drawn: the label, or the marker's number.
    pub text: String,
}

/// The result of [`annotation_layout`].
#[derive(Debug, Clone, PartialEq)]
pub struct AnnotationLayout {
    /// One entry per milestone, in the order given.
    pub placed: Vec<Placed>,
    /// Whether milestones are numbered markers (explained below the plot)
    /// rather than labels.
    pub numbered: bool,
    /// How many tiers are used.
    pub tiers: usize,
}

/// The height of one tier of annotations for a font size.
pub fn tier_height(font: f64) -> f64 {
    text_height(font) + 3.0
}

/// The rectangle of tier `tier` in a band whose bottom is `bottom`.
fn tier_rect(band: &Rect, tier: usize, font: f64) -> (f64, f64) {
    let h = tier_height(font);
    let bottom = band.bottom() - h * tier as f64;
    (bottom - h + 1.5, text_height(font))
}

fn free(
    candidate: &Rect,
    x: f64,
    tier: usize,
    placed: &[Placed],
    obstacles: &[Rect],
    band: &Rect,
) -> bool {
    if !band.contains(candidate) {
        return false;
    }
    if obstacles.iter().any(|o| o.overlaps(candidate)) {
        return false;
    }
    placed.iter().all(|p| {
        // Keep a gap beside labels in the same tier; tiers are apart already.
        let widened = Rect::new(p.rect.x - GAP, p.rect.y, p.rect.w + 2.0 * GAP, p.rect.h);
        if widened.overlaps(candidate) {
            return false;
        }
        // A rule runs from the plot up to its own tier: it must not cross a
        // label in a tier below it, nor may a label sit across a lower rule.
        let crosses = |r: &Rect, rule_x: f64| rule_x > r.x - GAP && rule_x < r.right() + GAP;
        match p.tier.cmp(&tier) {
            std::cmp::Ordering::Less => !crosses(&p.rect, x),
            std::cmp::Ordering::Greater => !crosses(candidate, p.x),
            std::cmp::Ordering::Equal => true,
        }
    })
}

/// How many candidate positions the label search may try before giving up
/// and numbering the milestones: bounds the work per redraw whatever the data.
const SEARCH_BUDGET: usize = 20_000;

/// Searches for a position for every label beside its rule within `tiers`
/// tiers: depth first, nearest tier and right side (reading direction) first,
/// backtracking when a later label has nowhere to go. A greedy pass fails on
/// clusters that only fit as a staircase.
fn place_labels(
    band: &Rect,
    items: &[AnnotationItem<'_>],
    obstacles: &[Rect],
    font: f64,
    tiers: usize,
) -> Option<Vec<Placed>> {
    struct Search<'s, 'a> {
        band: &'s Rect,
        items: &'s [AnnotationItem<'a>],
        obstacles: &'s [Rect],
        font: f64,
        tiers: usize,
        budget: usize,
        placed: Vec<Placed>,
    }
    impl Search<'_, '_> {
        fn run(&mut self, i: usize) -> bool {
            let Some(item) = self.items.get(i) else {
                return true;
            };
            let w = text_width(item.label, self.font);
            for tier in 0..self.tiers {
                for x in [item.x + GAP / 2.0, item.x - GAP / 2.0 - w] {
                    if self.budget == 0 {
                        return false;
                    }
                    self.budget -= 1;
                    let (y, h) = tier_rect(self.band, tier, self.font);
                    let rect = Rect::new(x, y, w, h);
                    if !free(&rect, item.x, tier, &self.placed, self.obstacles, self.band) {
                        continue;
                    }
                    self.placed.push(Placed {
                        x: item.x,
                        rect,
                        tier,
                        text: item.label.to_string(),
                    });
                    if self.run(i + 1) {
                        return true;
                    }
                    self.placed.pop();
                }
            }
            false
        }
    }
    let mut search = Search {
        band,
        items,
        obstacles,
        font,
        tiers,
        budget: SEARCH_BUDGET,
        placed: Vec::with_capacity(items.len()),
    };
    search.run(0).then_some(search.placed)
}

/// Packs numbered markers along `tiers` tiers, each as close to its date as
/// the others allow, and keeps them inside the band.
fn place_markers(
    band: &Rect,
    items: &[AnnotationItem<'_>],
    obstacles: &[Rect],
    font: f64,
    tiers: usize,
) -> Option<Vec<Placed>> {
    let size = text_height(font);
    let mut placed: Vec<Placed> = Vec::with_capacity(items.len());
    for tier in 0..tiers {
        let members: Vec<usize> = (tier..items.len()).step_by(tiers).collect();
        let (y, _) = tier_rect(band, tier, font);
        // Left to right, push each marker right of the previous one...
        let mut lefts: Vec<f64> = Vec::with_capacity(members.len());
        for &i in &members {
            let want = (items[i].x - size / 2.0).max(band.x);
            let min = lefts.last().map_or(band.x, |l| l + size + GAP);
            lefts.push(want.max(min));
        }
        // ...then right to left, pull back whatever spilled past the edge.
        let mut max = band.right() - size;
        for l in lefts.iter_mut().rev() {
            *l = l.min(max);
            max = *l - size - GAP;
        }
        if lefts.first().is_some_and(|l| *l < band.x - 1e-9) {
            return None;
        }
        for (k, &i) in members.iter().enumerate() {
            placed.push(Placed {
                x: items[i].x,
                rect: Rect::new(lefts[k], y, size, size),
                tier,
                text: (i + 1).to_string(),
            });
        }
    }
    crate::model::order::sort_by_key(&mut placed, |p| p.text.parse::<usize>().unwrap_or(0));
    let clear = placed
        .iter()
        .all(|p| band.contains(&p.rect) && !obstacles.iter().any(|o| o.overlaps(&p.rect)));
    clear.then_some(placed)
}

/// Places milestone annotations in `band` (the strip above the plot), using
/// as few tiers as possible, up to `max_tiers`. Labels are tried first; when
/// they can't all fit, every milestone becomes a numbered marker.
///
/// ```
/// use kpop_exports_chart::annotations::{annotation_layout, AnnotationItem};
/// use kpop_exports_chart::scene::Rect;
/// let band = Rect::new(0.0, 0.0, 600.0, 60.0);
/// let items = [AnnotationItem { x: 100.0, label: "Jimin: Hot 100 No. 1" }];
/// let layout = annotation_layout(&band, &items, &[], 12.0, 3);
/// assert!(!layout.numbered);
/// assert!(band.contains(&layout.placed[0].rect));
/// ```
pub fn annotation_layout(
    band: &Rect,
    items: &[AnnotationItem<'_>],
    obstacles: &[Rect],
    font: f64,
    max_tiers: usize,
) -> AnnotationLayout {
    let max_tiers = max_tiers.max(1);
    let layout = |placed: Vec<Placed>, numbered: bool| AnnotationLayout {
        tiers: placed.iter().map(|p| p.tier + 1).max().unwrap_or(0),
        placed,
        numbered,
    };
    for tiers in 1..=max_tiers {
        if let Some(placed) = place_labels(band, items, obstacles, font, tiers) {
            return layout(placed, false);
        }
    }
    for tiers in 1..=max_tiers {
        if let Some(placed) = place_markers(band, items, obstacles, font, tiers) {
            return layout(placed, true);
        }
    }
    // Nothing fits (a band narrower than a few markers): show none in the
    // plot rather than overlapping; the notes below still list them all.
    AnnotationLayout {
        placed: Vec::new(),
        numbered: true,
        tiers: 0,
    }
}

#[cfg(test)]
#[path = "tests/annotations.rs"]
mod tests;
