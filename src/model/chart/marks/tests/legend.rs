use super::*;
use crate::data::EMBEDDED;
use crate::model::summary;
use crate::model::testing::default_view;
use crate::model::text;
use crate::vocab::{ChartView, Lang, Metric};
use crate::words::MilestoneWords;

/// Every Korean text the canvas or the picture may wrap (title,
/// subtitles, notes, source lines, milestone labels and key lines),
/// and longer Korean prose besides (details, summaries).
fn korean_texts() -> Vec<String> {
    let ko = Lang::Ko;
    // The timeline, the default snapshot and the earliest period's.
    let data = &EMBEDDED;
    let mut views = vec![ChartView::Timeline, default_view()];
    views.extend(
        data.periods_of(|_| true)
            .first()
            .map(|&p| ChartView::Snapshot(p)),
    );
    // Every period's title: each tells its own story.
    let mut texts: Vec<String> = data
        .country_periods()
        .into_iter()
        .map(|p| text::title(data, p, ko))
        .collect();
    for &view in &views {
        for metric in [Metric::Dollars, Metric::Share] {
            texts.push(text::subtitle(view, metric, ko));
            texts.extend(text::period_notes(data, view, metric, ko));
        }
        texts.push(text::source_line(data, view, ko));
        texts.push(summary::summary(data, view, ko));
    }
    for (i, m) in data.milestones.iter().enumerate() {
        texts.push(format!("{}. {} {}", i + 1, m.date.iso(), m.label_in(ko)));
        texts.push(m.detail_in(ko).to_string());
    }
    assert!(texts.iter().all(|t| t.chars().any(is_hangul_syllable)));
    texts
}

const SIZES: [f64; 4] = [11.0, 12.5, 13.5, 17.0];

#[test]
fn korean_lines_end_only_between_words_at_every_width() {
    let mut wrapped = 0;
    for s in korean_texts() {
        for size in SIZES {
            let widest = s
                .split(' ')
                .map(|w| text_width(w, size))
                .fold(0.0, f64::max);
            for max in (24..=720).step_by(3).map(f64::from) {
                let lines = wrap(&s, size, max);
                let ctx = format!("`{s}` at {size} px in {max} px: {lines:?}");
                let splits = hangul_splits(&s, &lines).unwrap_or_else(|e| panic!("{ctx}: {e}"));
                wrapped += usize::from(lines.len() > 1);
                for l in &lines {
                    let one_char = l.chars().count() == 1;
                    assert!(
                        text_width(l, size) <= max || one_char,
                        "{ctx}: `{l}` too wide"
                    );
                }
                if max >= widest {
                    assert!(splits.is_empty(), "{ctx}: a word split: {splits:?}");
                    continue;
                }
                // Narrower than a word: only words wider than the line
                // are cut; every other word stays whole on one line.
                for word in s.split(' ').filter(|w| text_width(w, size) <= max) {
                    let whole = lines.iter().any(|l| l.split(' ').any(|p| p == word));
                    assert!(whole, "{ctx}: `{word}` fits a line yet was cut");
                }
            }
        }
    }
    assert!(wrapped > 10_000, "the sweep wraps ({wrapped})");
}

#[test]
fn a_word_wider_than_the_line_is_cut_between_syllables_only_as_a_last_resort() {
    let size = 12.0;
    let width = |s: &str| text_width(s, size);
    // "K팝가" fits, "K팝가수" doesn't: the cut goes after "K", not
    // between 가 and 수.
    let max = width("K팝가") + 0.5;
    let fits = |t: &str| width(t) <= max;
    assert_eq!(cut_word("K팝가수들", &fits), ("K", "팝가수들"));
    // "(HS" after the syllables: cut after the parenthesis's letters.
    let max = width("통계(H") + 0.5;
    let fits = |t: &str| width(t) <= max;
    assert_eq!(cut_word("통계(HS", &fits), ("통계(H", "S"));
    let max = width("통계(") + 0.5;
    let fits = |t: &str| width(t) <= max;
    assert_eq!(cut_word("통계(HS", &fits), ("통계(", "HS"));
    // Syllables alone wider than the line: cut between them rather than
    // run out of the column.
    let max = width("수출입") + 0.5;
    assert_eq!(
        wrap("수출입무역통계", size, max),
        ["수출입", "무역통", "계"]
    );
    // A space is always taken before a syllable break.
    assert_eq!(
        wrap("미국 음반 수출국", size, width("미국 음반") + 0.5),
        ["미국 음반", "수출국"]
    );
    // One character wider than the line still makes a line.
    assert_eq!(wrap("한국", size, 2.0), ["한", "국"]);
}

#[test]
fn hangul_splits_finds_a_korean_word_parted_across_lines() {
    let s = "모든 수치는 기준입니다";
    assert_eq!(hangul_splits(s, &["모든 수치는", "기준입니다"]), Ok(vec![]));
    assert_eq!(
        hangul_splits(s, &["모든 수치는 기준", "입니다"]),
        Ok(vec!["`모든 수치는 기준` / `입니다`".to_string()])
    );
    // Not between syllables: after a letter or a bracket.
    assert_eq!(hangul_splits("K팝", &["K", "팝"]), Ok(vec![]));
    assert!(hangul_splits(s, &["모든", "수치"]).is_err());
    assert!(hangul_splits(s, &["모든", "수치는", "기준입니까"]).is_err());
}
