use super::*;
use proptest::prelude::*;

fn any_cell() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Empty),
        ".{0,300}".prop_map(|s| Value::Text(s.into())),
        ".{0,20}".prop_map(|s| Value::Error(s.into())),
        any::<f64>().prop_map(Value::Number),
        any::<f64>().prop_map(Value::Duration),
        any::<bool>().prop_map(Value::Bool),
        (-300_000i32..3_000_000, 0u32..86_400, 0u32..1_000_000_000).prop_map(|(d, s, n)| {
            let day = NaiveDate::from_num_days_from_ce_opt(d).unwrap();
            let time = NaiveTime::from_num_seconds_from_midnight_opt(s, n).unwrap();
            Value::DateTime(NaiveDateTime::new(day, time))
        }),
    ]
}

/// Equality that holds for NaN too (a NaN cell reads back as the same bits).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) | (Value::Duration(x), Value::Duration(y)) => {
            x.to_bits() == y.to_bits()
        }
        _ => a == b,
    }
}

proptest! {
    #[test]
    fn every_cell_reads_back_as_it_was_stored(
        rows in prop::collection::vec(prop::collection::vec(any_cell(), 0..20), 0..20)
    ) {
        let stored = Rows::from(rows.clone());
        prop_assert_eq!(stored.len(), rows.len());
        let back = stored.to_vecs();
        for (r, (a, b)) in rows.iter().zip(&back).enumerate() {
            prop_assert_eq!(a.len(), b.len());
            prop_assert_eq!(stored.row(r).len(), a.len());
            for (c, (x, y)) in a.iter().zip(b).enumerate() {
                prop_assert!(same(x, y), "row {} col {}: {:?} != {:?}", r, c, x, y);
                prop_assert!(same(x, &stored.row(r).get(c).to_value()));
            }
        }
        prop_assert_eq!(stored.width(), rows.iter().map(Vec::len).max().unwrap_or(0));
    }
}

#[test]
fn past_the_end_is_empty() {
    let rows = Rows::from(vec![vec![Value::Text("a")], vec![]]);
    assert_eq!(rows.row(0).get(1), Value::Empty);
    assert!(rows.row(1).is_empty());
    assert!(rows.row(7).is_empty());
    assert_eq!(rows.row(7).get(0), Value::Empty);
}

#[test]
fn long_texts_and_cells_added_one_by_one() {
    let long = "é".repeat(40_000);
    let mut rows = Rows::default();
    rows.push_cell(Value::Text(&long));
    rows.push_cell(Value::Bool(true));
    rows.open_row();
    rows.open_row();
    rows.push_cell(Value::Number(2.5));
    assert_eq!(rows.len(), 3);
    assert_eq!(
        rows.row(0).to_vec(),
        vec![Value::Text(&*long), Value::Bool(true)]
    );
    assert!(rows.row(1).is_empty());
    assert_eq!(rows.row(2).to_vec(), vec![Value::Number(2.5)]);
    assert_eq!(rows.width(), 2);
    rows.truncate(1);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows.width(), 2);
    rows.push_row([Value::Empty, Value::Text("x")]);
    assert_eq!(rows.row(1).get(1), Value::Text("x"));
}

#[test]
fn a_sheet_costs_about_its_text() {
    // 1,000 rows of 17 cells of 12 characters: 204 KB of text.
    let cell = Value::Text("abcdefghijkl");
    let mut rows = Rows::default();
    for _ in 0..1000 {
        rows.push_row(std::iter::repeat(cell).take(17));
    }
    // As a reader leaves them (`read::store`).
    rows.shrink_to_fit();
    let text = 1000 * 17 * 12;
    assert!(
        rows.heap_bytes() < text * 3 / 2,
        "{} bytes",
        rows.heap_bytes()
    );
}
