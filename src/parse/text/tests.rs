use super::*;
use chrono::NaiveDate;

#[test]
fn numbers_show_without_trailing_zero() {
    assert_eq!(shown(&Value::Number(612345678.0)), "612345678");
    assert_eq!(shown(&Value::Number(33612345678.0)), "33612345678");
    assert_eq!(shown(&Value::Number(2.5)), "2.5");
    assert_eq!(shown(&Value::Number(-3.0)), "-3");
}

#[test]
fn other_cells_show_as_a_spreadsheet_does() {
    let d = NaiveDate::from_ymd_opt(2026, 3, 15).unwrap();
    assert_eq!(
        shown(&Value::DateTime(d.and_hms_opt(0, 0, 0).unwrap())),
        "2026-03-15"
    );
    assert_eq!(
        shown(&Value::DateTime(d.and_hms_opt(10, 30, 0).unwrap())),
        "2026-03-15 10:30"
    );
    assert_eq!(shown(&Value::Bool(true)), "TRUE");
    assert_eq!(shown(&Value::Duration(0.5)), "12:00:00");
    assert_eq!(shown(&Value::Error("#N/A")), "#N/A");
    assert_eq!(shown(&Value::Text("  Acme  ")), "Acme");
}

#[test]
fn blank_text_fields_are_none() {
    assert_eq!(field(&Value::Text("   ")), None);
    assert_eq!(field(&Value::Empty), None);
    assert_eq!(field(&Value::Text(" Acme ")), Some("Acme".into()));
}

#[test]
fn too_long_counts_characters_not_bytes() {
    assert!(!too_long(&Value::Text(&"é".repeat(MAX_CELL_CHARS))));
    assert!(too_long(&Value::Text(&"a".repeat(MAX_CELL_CHARS + 1))));
    let x = "x".repeat(40_000);
    let long = Value::Text(x.as_str());
    assert_eq!(shown_long(&long).chars().count(), SHOWN_OF_LONG + 1);
}

#[test]
fn column_letters() {
    assert_eq!(column_letter(0), "A");
    assert_eq!(column_letter(25), "Z");
    assert_eq!(column_letter(27), "AB");
    assert_eq!(column_letter(16_383), "XFD");
}
