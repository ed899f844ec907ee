use super::*;

#[test]
fn the_series_table_follows_the_destinations_order() {
    for (i, d) in Destination::ALL.into_iter().enumerate() {
        assert_eq!(SERIES[i].destination, d);
        assert_eq!(LIGHT.series_color(d), SERIES[i].light);
        assert_eq!(DARK.series_color(d), SERIES[i].dark);
    }
}
