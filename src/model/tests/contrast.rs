use super::*;
use crate::data::Destination;
use crate::model::chart::{PageColors, Palette, DARK, DARK_PAGE, LIGHT, LIGHT_PAGE};

/// The pairs measured for one palette, as lines for the report; measuring
/// one below its minimum fails the test there.
struct Report {
    name: String,
    lines: Vec<String>,
}

impl Report {
    fn new(name: &str) -> Report {
        Report {
            name: name.to_string(),
            lines: Vec::new(),
        }
    }

    fn need(&mut self, what: &str, fg: Rgb, bg: Rgb, min: f64) {
        let (name, r) = (&self.name, contrast_ratio(fg, bg));
        self.lines
            .push(format!("{name} {what}: {r:.2}:1 (needs {min}:1)"));
        assert!(r >= min, "{name}: {what} is {r:.2}:1, below {min}:1");
    }
}

/// Every colour that carries text must reach 4.5:1 against what it sits
/// on, and every colour that carries meaning as a graphic 3:1 (WCAG 1.4.3
/// and 1.4.11). Series colours also label lines directly, so they are text.
fn check(name: &str, p: &Palette) -> Vec<String> {
    let mut report = Report::new(name);
    let mut need = |what: &str, fg: Rgb, bg: Rgb, min: f64| report.need(what, fg, bg, min);
    need("text", p.text, p.background, 4.5);
    need("muted text", p.muted, p.background, 4.5);
    need("milestone labels", p.milestone, p.background, 4.5);
    need(
        "numbers on milestone markers",
        p.on_milestone,
        p.milestone,
        4.5,
    );
    need("milestone rules", p.milestone_rule, p.background, 3.0);
    need("axis lines", p.axis, p.background, 3.0);
    need("focus mark", p.focus, p.background, 3.0);
    for d in Destination::ALL {
        need(&format!("{d:?}"), p.series_color(d), p.background, 4.5);
    }
    report.lines
}

/// Every pair of colours the page around the canvas shows, as
/// `style/chart.css` draws it from the custom properties: text at 4.5:1
/// on what it sits on; at 3:1 the edges that show a control is there
/// (WCAG 1.4.11), the states a reader tells apart (a pressed button, the
/// switch's knob on its track) and the focus ring (WCAG 2.4.13).
fn check_page(name: &str, p: &Palette, page: &PageColors) -> Vec<String> {
    let mut report = Report::new(&format!("{name} page"));
    let mut need = |what: &str, fg: Rgb, bg: Rgb, min: f64| report.need(what, fg, bg, min);
    need("text (title, buttons, table)", p.text, p.background, 4.5);
    need(
        "secondary text (subtitle, notes, period kinds)",
        page.secondary,
        p.background,
        4.5,
    );
    need("source line", p.muted, p.background, 4.5);
    need("links", page.link, p.background, 4.5);
    need("pressed button's text", p.background, p.text, 4.5);
    need("tooltip text", p.text, page.tooltip_background, 4.5);
    need("tooltip source", p.muted, page.tooltip_background, 4.5);
    need("key numbers", p.on_milestone, p.milestone, 4.5);
    need("control borders", page.control_border, p.background, 3.0);
    need(
        "tooltip border",
        page.control_border,
        page.tooltip_background,
        3.0,
    );
    need("switch off: track", page.control_border, p.background, 3.0);
    need("switch off: knob", p.background, page.control_border, 3.0);
    need("switch on: track", p.milestone, p.background, 3.0);
    need("switch on: knob", p.background, p.milestone, 3.0);
    need("key number discs", p.milestone, p.background, 3.0);
    need("focus ring", page.link, p.background, 3.0);
    // The table's row rules are decoration (every cell reads without
    // them), outside WCAG's 3:1; measured so a change shows.
    let rules = contrast_ratio(page.table_rule, p.background);
    report.lines.push(format!(
        "{name} page table rules: {rules:.2}:1 (decoration)"
    ));
    report.lines
}

#[test]
fn both_palettes_meet_wcag_aa() {
    let mut report = check("light", &LIGHT);
    report.extend(check("dark", &DARK));
    report.extend(check_page("light", &LIGHT, &LIGHT_PAGE));
    report.extend(check_page("dark", &DARK, &DARK_PAGE));
    // `cargo test contrast -- --nocapture` prints the measured ratios.
    println!("{}", report.join("\n"));
}

#[test]
fn the_country_colours_stay_apart_for_colour_blind_readers() {
    // Markers and direct labels carry the distinction too; the colours
    // must still differ clearly (CIE76 ΔE of 20 or more) with normal
    // vision and the red-green deficiencies (about 8% of men). Under
    // tritanopia (about 1 in 10,000) Japan's blue and China's teal come
    // close; no third hue with 4.5:1 text contrast keeps all four apart,
    // so there the markers (circle, square, triangle) tell them apart and
    // the colours need only stay distinguishable (ΔE 10).
    let kinds = [
        Deficiency::None,
        Deficiency::Protanopia,
        Deficiency::Deuteranopia,
        Deficiency::Tritanopia,
    ];
    for (name, p) in [("light", &LIGHT), ("dark", &DARK)] {
        for d in kinds {
            for (i, j) in [(1, 2), (1, 3), (2, 3)] {
                let e = delta_e(p.series[i], p.series[j], d);
                println!("{name} {d:?} series {i}/{j}: ΔE {e:.1}");
                let min = if d == Deficiency::Tritanopia {
                    10.0
                } else {
                    20.0
                };
                assert!(
                    e >= min,
                    "{name} {d:?}: series {i} and {j} differ by ΔE {e:.1}"
                );
            }
        }
    }
}

#[test]
fn known_ratios() {
    assert!((contrast_ratio(Rgb(0, 0, 0), Rgb(255, 255, 255)) - 21.0).abs() < 1e-9);
    assert!((contrast_ratio(Rgb(255, 255, 255), Rgb(255, 255, 255)) - 1.0).abs() < 1e-9);
    let r = contrast_ratio(Rgb(118, 118, 118), Rgb(255, 255, 255));
    assert!((r - 4.54).abs() < 0.01, "{r}");
}
