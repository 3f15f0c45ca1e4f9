use super::*;

#[test]
fn serials_match_excel() {
    let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
    assert_eq!(date_serial(d(2026, 11, 26)), Some(46352.0));
    assert_eq!(date_serial(d(1900, 3, 1)), Some(61.0));
    assert_eq!(date_serial(d(1900, 1, 1)), Some(1.0));
    assert_eq!(date_serial(d(1899, 12, 31)), None);
    let noon = d(2026, 11, 26).and_hms_opt(12, 0, 0).unwrap();
    assert_eq!(serial(noon), Some(46352.5));
}
