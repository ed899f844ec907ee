use super::*;
use crate::data::EMBEDDED;

#[test]
fn tags_round_trip_and_index_the_text_columns() {
    for (i, lang) in Lang::ALL.into_iter().enumerate() {
        assert_eq!(lang.index(), i);
        assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
    }
    assert_eq!(Lang::from_tag("fr"), None);
}

#[test]
fn the_share_view_never_plots_the_total() {
    let data = &EMBEDDED;
    let default = ChartView::Snapshot(data.default_period);
    for view in [default, ChartView::Timeline] {
        assert!(data
            .figures
            .iter()
            .filter(|f| view.plots(data, Metric::Share, f))
            .all(|f| f.destination != Destination::All));
    }
    assert!(data
        .figures
        .iter()
        .any(|f| ChartView::Timeline.plots(data, Metric::Dollars, f)
            && f.destination == Destination::All));
    // The snapshot plots exactly its period's three countries.
    let shown: Vec<_> = data
        .figures
        .iter()
        .filter(|f| default.plots(data, Metric::Dollars, f))
        .map(|f| f.destination)
        .collect();
    assert_eq!(shown.len(), 3);
    assert!(Destination::COUNTRIES.iter().all(|d| shown.contains(d)));
}
