use std::path::Path;

use super::*;
use crate::read::limits::Limits;

fn ctx() -> Ctx<'static> {
    Ctx {
        path: Path::new("x.xlsx"),
        sheet: Some("S"),
    }
}

#[test]
fn far_cell_is_refused_past_the_cell_budget_not_allocated() {
    let mut b = Budget::new(Limits {
        cells: 100_000,
        ..Limits::default()
    });
    let mut store = Store::new(&mut b);
    // One cell at XFD in each of many rows: the padding is counted.
    let mut err = None;
    for r in 0..20 {
        if let Err(e) = store.place(r, 16_383, Value::Number(1.0), &ctx()) {
            err = Some(e.to_string());
            break;
        }
    }
    let e = err.expect("budget must stop the padding");
    assert!(e.contains("x.xlsx") && e.contains("sheet \"S\""), "{e}");
    assert!(store.finish().len() < 20);
}

#[test]
fn far_cells_that_come_late_are_charged_their_padding_too() {
    // Row 1,301 first, then one cell at XFD in each earlier row: each pads its row to
    // 16,384 slots, and the budget must see it before the rows are built.
    let mut b = Budget::new(Limits {
        cells: 100_000,
        ..Limits::default()
    });
    let mut store = Store::new(&mut b);
    store.place(1_300, 0, Value::Text("last"), &ctx()).unwrap();
    let mut err = None;
    for r in 0..1_300 {
        if let Err(e) = store.place(r, 16_383, Value::Number(1.0), &ctx()) {
            err = Some(e.to_string());
            break;
        }
    }
    let e = err.expect("budget must stop the late padding");
    assert!(e.contains("more than 100000 cells"), "{e}");
}

#[test]
fn a_sheet_written_bottom_up_and_right_to_left_costs_what_it_holds() {
    // Every cell late: the budget counts each slot once, as for a sheet in order.
    let mut b = Budget::new(Limits {
        cells: 3 * 4,
        ..Limits::default()
    });
    let mut store = Store::new(&mut b);
    for r in (0..3).rev() {
        for c in (0..4).rev() {
            let text = format!("{r}{c}");
            store.place(r, c, Value::Text(&text), &ctx()).unwrap();
        }
    }
    let rows = store.finish().to_vecs();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[1][2], Value::Text("12".into()));
    assert!(rows.iter().all(|r| r.len() == 4));
}

#[test]
fn past_xfd_names_row_and_column() {
    let mut b = Budget::new(Limits::default());
    let e = Store::new(&mut b)
        .place(4, 16_384, Value::Bool(true), &ctx())
        .unwrap_err()
        .to_string();
    assert!(e.contains("row 5") && e.contains("16385"), "{e}");
}

#[test]
fn text_past_the_budget_is_refused() {
    let mut b = Budget::new(Limits {
        text_bytes: 10,
        ..Limits::default()
    });
    let mut store = Store::new(&mut b);
    store.place(0, 0, Value::Text("12345"), &ctx()).unwrap();
    let e = store
        .place(1, 0, Value::Text("123456"), &ctx())
        .unwrap_err();
    assert!(e.to_string().contains("row 2"), "{e}");
}

#[test]
fn cells_in_any_order_land_in_their_place_and_blanks_are_not_stored() {
    let mut b = Budget::new(Limits::default());
    let mut store = Store::new(&mut b);
    let t = |s| Value::Text(s);
    store.place(1, 2, t("c2"), &ctx()).unwrap();
    store.place(1, 0, t("a2"), &ctx()).unwrap(); // same row, earlier column
    store.place(0, 1, t("b1"), &ctx()).unwrap(); // earlier row
    store.place(3, 0, Value::Empty, &ctx()).unwrap(); // blank: nothing stored
    store.place(1, 2, t("C2"), &ctx()).unwrap(); // the same place again: the later wins
    let rows = store.finish().to_vecs();
    let v = |s: &str| Value::Text(s.into());
    assert_eq!(
        rows,
        vec![
            vec![Value::Empty, v("b1")],
            vec![v("a2"), Value::Empty, v("C2")],
        ]
    );
}

#[test]
fn leading_blank_rows_are_kept() {
    let mut b = Budget::new(Limits::default());
    let mut store = Store::new(&mut b);
    store.place(2, 1, Value::Text("a"), &ctx()).unwrap();
    let rows = store.finish();
    assert_eq!(rows.len(), 3);
    assert!(rows.row(0).is_empty() && rows.row(1).is_empty());
    assert_eq!(rows.row(2).to_vec(), vec![Value::Empty, Value::Text("a")]);
}
