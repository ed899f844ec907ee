use super::*;

#[test]
fn every_language_names_every_destination_and_month() {
    for lang in Lang::ALL {
        let w = words(lang);
        assert!(w.destinations.iter().all(|n| !n.is_empty()));
        assert!(w.short_destinations.iter().all(|n| !n.is_empty()));
        assert!(w.months.iter().all(|n| !n.is_empty()));
    }
    assert_eq!(Destination::UnitedStates.name(Lang::En), "United States");
    assert_eq!(Destination::UnitedStates.short_name(Lang::En), "US");
    assert_eq!(Destination::China.name(Lang::Ko), "중국");
}

#[test]
fn a_phone_row_names_its_period_year_first_and_its_length() {
    let p = |y0: u16, m0: u8, y1: u16, m1: u8| Period {
        start: crate::data::YearMonth {
            year: y0,
            month: m0,
        },
        end: crate::data::YearMonth {
            year: y1,
            month: m1,
        },
    };
    let h1 = crate::model::testing::H1_2023;
    assert_eq!(h1.row_label(Lang::En), "2023 Jan–Jun");
    assert_eq!(p(2022, 1, 2022, 11).row_label(Lang::En), "2022 Jan–Nov");
    assert_eq!(p(2021, 1, 2021, 12).row_label(Lang::En), "2021");
    assert_eq!(h1.row_label(Lang::Ko), "2023년 1~6월");
    assert_eq!(p(2021, 1, 2021, 12).row_label(Lang::Ko), "2021년");
    assert_eq!((words(Lang::En).months_count)(11), "11 months");
    assert_eq!((words(Lang::Ko).months_count)(6), "6개월");
}

#[test]
fn a_periods_button_and_the_empty_years_name_their_years() {
    let h1 = crate::model::testing::H1_2023;
    assert_eq!(h1.button_label(Lang::En), "First half of 2023");
    assert_eq!(h1.button_label(Lang::Ko), "2023년 상반기");
    let year = Period {
        start: crate::data::YearMonth {
            year: 2024,
            month: 1,
        },
        end: crate::data::YearMonth {
            year: 2024,
            month: 12,
        },
    };
    assert_eq!(year.button_label(Lang::En), "2024");
    assert_eq!(year.button_label(Lang::Ko), "2024년");
    let (en, ko) = (words(Lang::En), words(Lang::Ko));
    assert_eq!(
        (en.no_country_figures)(2020),
        "No country figures before 2020"
    );
    assert_eq!(
        (ko.no_country_figures)(2020),
        "2020년 이전 국가별 수치 없음"
    );
    assert_eq!(
        (en.chart.no_country_figures_before)(2021),
        "No country figures were found before 2021."
    );
    assert_eq!(
        (ko.chart.no_country_figures_before)(2021),
        "2021년 이전의 국가별 수치는 찾지 못했습니다."
    );
}

#[test]
fn the_milestone_columns_are_the_languages_in_order() {
    // `label_in` picks a milestone's text by the language's index, so the
    // file's columns must be `Lang::ALL` in order, no more and no fewer.
    let file = "data/milestones.csv";
    let text = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/milestones.csv"));
    let tags = crate::data::parse::milestone_languages(file, text).unwrap();
    assert_eq!(tags, Lang::TAGS);
    for m in crate::data::EMBEDDED.milestones {
        assert_eq!((m.labels.len(), m.details.len()), (tags.len(), tags.len()));
    }
}

#[test]
fn month_runs_group_periods_by_their_first_month() {
    let en = words(Lang::En);
    let runs = |r: &[(u8, u8)]| month_runs(r, &en.months_short, "–", "/");
    assert_eq!(runs(&[(1, 10), (1, 11)]), ["Jan–Oct/Nov"]);
    assert_eq!(runs(&[(1, 3), (7, 9), (1, 9)]), ["Jan–Mar/Sep", "Jul–Sep"]);
    assert!(runs(&[]).is_empty());
    let note = (en.chart.timeline_lines_note)(en, &[(1, 10), (1, 11)]);
    assert_eq!(note, "Each line spans the months its figure covers: solid for a full year, long dashes for January to October or November, short dashes for January to June.");
    let note = (en.chart.timeline_lines_note)(en, &[]);
    assert_eq!(note, "Each line spans the months its figure covers: solid for a full year, short dashes for January to June.");
    let ko = words(Lang::Ko);
    assert_eq!(
        (ko.chart.partial_kind)(ko, &[(1, 10), (1, 11)]),
        "1~10월·1~11월"
    );
}
