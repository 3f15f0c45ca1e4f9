use super::*;
use crate::model::{Lang, Value};
use crate::vocab::DateOrder;
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn read(s: &str) -> Result<NaiveDate, DateError> {
    from_text(s, Order::Dmy).map(|r| r.date)
}

#[test]
fn every_text_form() {
    let cases = [
        ("2026-03-15", d(2026, 3, 15)),
        ("2026-03-15 10:30", d(2026, 3, 15)),
        ("2026-03-15T10:30:00", d(2026, 3, 15)),
        ("2026-03-15T10:30:00+02:00", d(2026, 3, 15)),
        ("2026/3/5", d(2026, 3, 5)),
        ("15/03/2026", d(2026, 3, 15)),
        ("15/03/2026 09:00:00", d(2026, 3, 15)),
        ("15/03/2026 à 09:00", d(2026, 3, 15)),
        ("15-03-2026", d(2026, 3, 15)),
        ("15.03.2026", d(2026, 3, 15)),
        ("5/3/26", d(2026, 3, 5)),
        ("15/03/29", d(2029, 3, 15)),
        ("15/03/30", d(1930, 3, 15)),
        ("15/03/99", d(1999, 3, 15)),
        ("15 mars 2026", d(2026, 3, 15)),
        ("1er mars 2026", d(2026, 3, 1)),
        ("lundi 16 mars 2026", d(2026, 3, 16)),
        ("15 Mar 2024", d(2024, 3, 15)),
        ("15-Mar-24", d(2024, 3, 15)),
        ("March 15, 2026", d(2026, 3, 15)),
        ("Mar 1st, 2026", d(2026, 3, 1)),
        ("the 2nd of April 2026", d(2026, 4, 2)),
        ("3 févr. 2026", d(2026, 2, 3)),
        ("3 fev 2026", d(2026, 2, 3)),
        ("3 FÉVRIER 2026", d(2026, 2, 3)),
        ("10 sept. 2026", d(2026, 9, 10)),
        ("10 août 2026", d(2026, 8, 10)),
        ("25 déc 2026", d(2026, 12, 25)),
        ("mars 2027", d(2027, 3, 31)),
        ("March 2027", d(2027, 3, 31)),
        ("février 2028", d(2028, 2, 29)),
        ("Feb 2027", d(2027, 2, 28)),
        ("2027-03", d(2027, 3, 31)),
        ("04/2027", d(2027, 4, 30)),
        ("20260315", d(2026, 3, 15)),
        ("  15/03/2026  ", d(2026, 3, 15)),
    ];
    for (text, want) in cases {
        assert_eq!(read(text), Ok(want), "{text:?}");
    }
}

#[test]
fn impossible_days_are_not_understood() {
    for text in [
        "29/02/2027",
        "31/04/2026",
        "32/01/2026",
        "15/13/2026",
        "2026-02-30",
        "mars",
        "March 15",
        "demain",
        "15/03",
        "15/03/026",
        "12:30",
        "1 2 3 4 5",
        "2027-13",
        "",
    ] {
        assert_eq!(read(text), Err(DateError::NotUnderstood), "{text:?}");
    }
    assert_eq!(read("29/02/2028"), Ok(d(2028, 2, 29)));
    let hint = issue(DateError::NotUnderstood, Order::Dmy).hint;
    assert!(hint.fr.contains("31/03/2027"), "{}", hint.fr);
}

#[test]
fn the_hint_example_follows_the_order_in_use() {
    // The example a hint gives must itself read, in that order, as 31 March 2027.
    for order in [Order::Dmy, Order::DmyUnsure, Order::Mdy] {
        let hint = issue(DateError::NotUnderstood, order).hint;
        for text in [&hint.en, &hint.fr] {
            let example = text
                .split_whitespace()
                .find(|w| w.matches('/').count() == 2)
                .unwrap_or_else(|| panic!("{text}"));
            let read = from_text(example, order).map(|r| r.date);
            assert_eq!(read, Ok(d(2027, 3, 31)), "{order:?}: {text}");
        }
    }
    let mdy = issue(DateError::NotUnderstood, Order::Mdy).hint;
    assert!(mdy.en.contains("03/31/2027"), "{}", mdy.en);
    assert!(!mdy.en.contains("31/03/2027"), "{}", mdy.en);
}

#[test]
fn years_outside_1900_to_9999_are_out_of_range() {
    for text in [
        "15/03/1850",
        "1899-12-31",
        "15/03/10000",
        "10000-01-01",
        "mars 1789",
        "29/02/1800",
    ] {
        assert_eq!(read(text), Err(DateError::OutOfRange), "{text:?}");
    }
    assert_eq!(read("01/01/1900"), Ok(d(1900, 1, 1)));
    assert_eq!(read("31/12/9999"), Ok(d(9999, 12, 31)));
    assert_eq!(
        issue(DateError::OutOfRange, Order::Dmy).kind,
        ProblemKind::DateOutOfRange
    );
}

#[test]
fn month_first_when_ordered() {
    assert_eq!(
        from_text("03/15/2026", Order::Mdy).map(|r| r.date),
        Ok(d(2026, 3, 15))
    );
    assert_eq!(
        from_text("03/15/2026", Order::Dmy),
        Err(DateError::NotUnderstood)
    );
    // Names and ISO dates read the same whatever the order.
    assert_eq!(
        from_text("15 Mar 2024", Order::Mdy).map(|r| r.date),
        Ok(d(2024, 3, 15))
    );
    assert_eq!(
        from_text("2026-03-04", Order::Mdy).map(|r| r.date),
        Ok(d(2026, 3, 4))
    );
}

#[test]
fn swappable_dates_are_ambiguous_only_when_unsure() {
    let r = from_text("03/04/2026", Order::DmyUnsure).unwrap();
    assert_eq!((r.date, r.ambiguous), (d(2026, 4, 3), true));
    assert!(!from_text("03/04/2026", Order::Dmy).unwrap().ambiguous);
    assert!(!from_text("04/04/2026", Order::DmyUnsure).unwrap().ambiguous);
    assert!(!from_text("13/04/2026", Order::DmyUnsure).unwrap().ambiguous);
    let hint = ambiguous_issue(d(2026, 4, 3)).hint;
    assert!(hint.en.contains("3 April 2026"), "{}", hint.en);
}

/// The order of a sheet with one date column.
fn column_order<'a>(
    cells: impl Iterator<Item = &'a Value>,
    lang: Option<Lang>,
    forced: Option<DateOrder>,
) -> Order {
    sheet_orders([Evidence::of(cells.map(Value::as_cell))], lang, forced)[0]
}

#[test]
fn column_order_rule() {
    let col =
        |cells: &[&str]| -> Vec<Value> { cells.iter().map(|s| Value::Text((*s).into())).collect() };
    let us = col(&["03/15/2026", "04/02/2026", ""]);
    let eu = col(&["15/03/2026", "04/02/2026"]);
    let unsure = col(&["03/04/2026", "15 Mar 2024"]);
    let mixed = col(&["15/03/2026", "03/15/2026"]);
    let en = Some(Lang::En);
    assert_eq!(column_order(us.iter(), en, None), Order::Mdy);
    assert_eq!(column_order(eu.iter(), en, None), Order::Dmy);
    assert_eq!(column_order(unsure.iter(), en, None), Order::DmyUnsure);
    assert_eq!(column_order(mixed.iter(), en, None), Order::Dmy);
    // French or unknown sheets are day first; --date-order wins everywhere.
    assert_eq!(column_order(us.iter(), Some(Lang::Fr), None), Order::Dmy);
    assert_eq!(column_order(us.iter(), None, None), Order::Dmy);
    assert_eq!(
        column_order(eu.iter(), en, Some(DateOrder::Mdy)),
        Order::Mdy
    );
    assert_eq!(
        column_order(us.iter(), en, Some(DateOrder::Dmy)),
        Order::Dmy
    );
}

#[test]
fn sheet_orders_pool_the_columns() {
    let col = |cells: &[&str]| {
        let cells: Vec<Value> = cells.iter().map(|s| Value::Text((*s).into())).collect();
        Evidence::of(cells.iter().map(Value::as_cell))
    };
    let us = col(&["11/20/2026"]);
    let eu = col(&["20/11/2026"]);
    let none = col(&["12/01/2026", "2026-05-12"]);
    let en = Some(Lang::En);
    assert_eq!(sheet_orders([us, none], en, None), [Order::Mdy; 2]);
    assert_eq!(sheet_orders([none, eu], en, None), [Order::Dmy; 2]);
    assert_eq!(sheet_orders([none, none], en, None), [Order::DmyUnsure; 2]);
    assert_eq!(
        sheet_orders([us, eu, none], en, None),
        [Order::Mdy, Order::Dmy, Order::DmyUnsure]
    );
    assert_eq!(
        sheet_orders([us, none], Some(Lang::Fr), None),
        [Order::Dmy; 2]
    );
    assert_eq!(
        sheet_orders([us, none], en, Some(DateOrder::Dmy)),
        [Order::Dmy; 2]
    );
    assert_eq!(
        sheet_orders([eu, none], en, Some(DateOrder::Mdy)),
        [Order::Mdy; 2]
    );
}

#[test]
fn excel_serials_in_the_1900_system() {
    assert_eq!(from_serial(1.0), Ok(d(1900, 1, 1)));
    assert_eq!(from_serial(59.0), Ok(d(1900, 2, 28)));
    assert_eq!(from_serial(60.0), Err(DateError::NotUnderstood));
    assert_eq!(from_serial(61.0), Ok(d(1900, 3, 1)));
    assert_eq!(from_serial(46096.0), Ok(d(2026, 3, 15)));
    assert_eq!(from_serial(46096.75), Ok(d(2026, 3, 15)));
    assert_eq!(from_serial(2_958_465.0), Ok(d(9999, 12, 31)));
    assert_eq!(from_serial(2_958_466.0), Err(DateError::OutOfRange));
    assert_eq!(from_serial(0.0), Err(DateError::OutOfRange));
    assert_eq!(from_serial(-5.0), Err(DateError::OutOfRange));
    assert_eq!(from_serial(f64::NAN), Err(DateError::NotUnderstood));
    assert_eq!(from_serial(20_260_315.0), Ok(d(2026, 3, 15)));
}

#[test]
fn cells_of_every_type() {
    let dt = d(2026, 3, 15).and_hms_opt(9, 0, 0).unwrap();
    let date = |v: &Value| from_value(&v.as_cell(), Order::Dmy).map(|r| r.map(|r| r.date));
    assert_eq!(date(&Value::DateTime(dt)), Ok(Some(d(2026, 3, 15))));
    assert_eq!(date(&Value::Number(46096.0)), Ok(Some(d(2026, 3, 15))));
    assert_eq!(date(&Value::Empty), Ok(None));
    assert_eq!(date(&Value::Text(" ".into())), Ok(None));
    assert_eq!(date(&Value::Bool(true)), Err(DateError::NotUnderstood));
    let old = d(1850, 1, 1).and_hms_opt(0, 0, 0).unwrap();
    assert_eq!(date(&Value::DateTime(old)), Err(DateError::OutOfRange));
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    (1900i32..=9999, 1u32..=12, 1u32..=31).prop_filter_map("a real day", |(y, m, day)| {
        NaiveDate::from_ymd_opt(y, m, day)
    })
}

proptest! {
    #[test]
    fn a_parsed_date_reads_back_from_iso(s in "\\PC{0,24}") {
        for order in [Order::Dmy, Order::Mdy, Order::DmyUnsure] {
            if let Ok(r) = from_text(&s, order) {
                let iso = r.date.format("%Y-%m-%d").to_string();
                prop_assert_eq!(from_text(&iso, order).map(|r| r.date), Ok(r.date));
            }
        }
    }

    #[test]
    fn date_like_text_never_panics(s in "[0-9a-zé /.:T-]{0,20}") {
        let _ = from_text(&s, Order::DmyUnsure);
    }

    #[test]
    fn every_day_reads_back_in_each_form(date in any_date()) {
        for fmt in ["%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%-d %b %Y", "%B %-d, %Y", "%Y%m%d"] {
            let text = date.format(fmt).to_string();
            prop_assert_eq!(read(&text), Ok(date), "{}", text);
        }
        let mdy = date.format("%m/%d/%Y").to_string();
        prop_assert_eq!(from_text(&mdy, Order::Mdy).map(|r| r.date), Ok(date));
    }

    #[test]
    fn serials_follow_chrono(date in any_date().prop_filter("after Lotus", |d| *d >= NaiveDate::from_ymd_opt(1900, 3, 1).unwrap())) {
        let base = NaiveDate::from_ymd_opt(1899, 12, 30).unwrap();
        let serial = (date - base).num_days() as f64;
        prop_assert_eq!(from_serial(serial), Ok(date));
    }
}
