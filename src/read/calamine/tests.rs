use super::*;
use calamine::ExcelDateTimeType;

#[test]
fn date_cells_resolve_both_systems() {
    let d = |v, is_1904| date_time(&ExcelDateTime::new(v, ExcelDateTimeType::DateTime, is_1904));
    let day = |y, m, dd| {
        Value::DateTime(
            NaiveDate::from_ymd_opt(y, m, dd)
                .unwrap()
                .and_time(chrono::NaiveTime::MIN),
        )
    };
    assert_eq!(d(46096.0, false), day(2026, 3, 15));
    assert_eq!(d(46096.0 - 1462.0, true), day(2026, 3, 15));
    let dur = date_time(&ExcelDateTime::new(
        1.5,
        ExcelDateTimeType::TimeDelta,
        false,
    ));
    assert_eq!(dur, Value::Duration(1.5));
    for huge in [-1e20, 1e300, f64::NAN] {
        let v = date_time(&ExcelDateTime::new(
            huge,
            ExcelDateTimeType::DateTime,
            false,
        ));
        assert!(matches!(v, Value::Number(_)), "{huge}: {v:?}");
    }
}

#[test]
fn ods_iso_values() {
    assert!(matches!(iso("2026-03-15"), Value::DateTime(_)));
    assert!(matches!(iso("2026-03-15T10:30:00"), Value::DateTime(_)));
    assert_eq!(iso("P1D"), Value::Text("P1D".into()));
    assert_eq!(duration_iso("PT36H00M00S"), Value::Duration(1.5));
    assert_eq!(duration_iso("PT1H30M"), Value::Duration(1.5 / 24.0));
    assert_eq!(duration_iso("P2D"), Value::Text("P2D".into()));
}
