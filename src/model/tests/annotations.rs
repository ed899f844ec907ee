use super::*;

fn items(xs: &[f64]) -> Vec<AnnotationItem<'static>> {
    xs.iter()
        .map(|&x| AnnotationItem {
            x,
            label: "Stray Kids: Billboard 200 No. 1",
        })
        .collect()
}

fn assert_clean(layout: &AnnotationLayout, band: &Rect, obstacles: &[Rect]) {
    for (i, a) in layout.placed.iter().enumerate() {
        assert!(band.contains(&a.rect), "{a:?} outside {band:?}");
        for o in obstacles {
            assert!(!a.rect.overlaps(o), "{a:?} over {o:?}");
        }
        for b in &layout.placed[i + 1..] {
            assert!(!a.rect.overlaps(&b.rect), "{a:?} over {b:?}");
        }
    }
}

#[test]
fn far_apart_labels_share_one_row() {
    let band = Rect::new(0.0, 0.0, 1200.0, 60.0);
    let l = annotation_layout(&band, &items(&[10.0, 600.0]), &[], 12.0, 3);
    assert!(!l.numbered);
    assert_eq!(l.tiers, 1);
    assert_clean(&l, &band, &[]);
}

#[test]
fn close_labels_stack_into_rows() {
    let band = Rect::new(0.0, 0.0, 800.0, 60.0);
    let l = annotation_layout(&band, &items(&[100.0, 110.0, 120.0]), &[], 12.0, 3);
    assert!(!l.numbered);
    assert_eq!(l.tiers, 3);
    assert_clean(&l, &band, &[]);
}

#[test]
fn a_label_near_the_right_edge_flips_left() {
    let band = Rect::new(0.0, 0.0, 400.0, 20.0);
    let l = annotation_layout(&band, &items(&[390.0]), &[], 12.0, 1);
    assert!(!l.numbered);
    assert!(l.placed[0].rect.right() <= 390.0);
}

#[test]
fn crowded_labels_become_numbered_markers() {
    let band = Rect::new(0.0, 0.0, 200.0, 60.0);
    let l = annotation_layout(
        &band,
        &items(&[50.0, 52.0, 54.0, 56.0, 190.0]),
        &[],
        12.0,
        3,
    );
    assert!(l.numbered);
    let numbers: Vec<&str> = l.placed.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(numbers, ["1", "2", "3", "4", "5"]);
    assert_clean(&l, &band, &[]);
}

#[test]
fn obstacles_are_avoided() {
    let band = Rect::new(0.0, 0.0, 800.0, 60.0);
    let obstacle = Rect::new(100.0, 44.0, 400.0, 16.0);
    let l = annotation_layout(&band, &items(&[150.0]), &[obstacle], 12.0, 3);
    assert_clean(&l, &band, &[obstacle]);
    assert_eq!(l.placed[0].tier, 1);
}
