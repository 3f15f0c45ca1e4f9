//! Stores the cells of one sheet as they are read, packed into [`Rows`], under the read's
//! [`Budget`]. Readers hand cells over in the file's order, which for every spreadsheet program
//! is row by row, left to right; a cell that comes after a later one (a file written by hand)
//! is kept aside and put in its place at the end, so no order loses a cell.

use std::collections::HashMap;

use super::limits::{Budget, Ctx};
use crate::error::Error;
use crate::model::{Cell, Rows, Value};

/// The rows of one sheet being read.
pub struct Store<'b> {
    rows: Rows,
    budget: &'b mut Budget,
    /// Cells that came after a later row or column: (row, column, value).
    late: Vec<(usize, usize, Value)>,
    /// The width each row with late cells will have, as charged to the budget so far.
    late_width: HashMap<usize, usize>,
}

impl<'b> Store<'b> {
    pub fn new(budget: &'b mut Budget) -> Self {
        Store {
            rows: Rows::default(),
            budget,
            late: Vec::new(),
            late_width: HashMap::new(),
        }
    }

    /// Stores `cell` at (`row`, `col`) (0-based), padding with empty cells and rows. An empty
    /// cell is not stored, but its place is checked.
    ///
    /// # Errors
    /// [`Error::TooLarge`] naming the file, the sheet and the cell, past a limit.
    pub fn place(
        &mut self,
        row: usize,
        col: usize,
        cell: Cell<'_>,
        ctx: &Ctx<'_>,
    ) -> Result<(), Error> {
        self.budget.position(row, col, ctx)?;
        if let Value::Empty = cell {
            return Ok(());
        }
        if let Value::Text(s) | Value::Error(s) = cell {
            self.budget.text(s.len(), row, ctx)?;
        }
        let rows = self.rows.len();
        if row + 1 < rows || (row + 1 == rows && col < self.rows.last_width()) {
            // Charged now for the slots `finish` will pad its row with, as an in-order cell is.
            let stored = self.rows.row(row).len();
            let width = self.late_width.entry(row).or_insert(stored);
            if col + 1 > *width {
                self.budget.cells(col + 1 - *width, row, ctx)?;
                *width = col + 1;
            }
            self.late.push((row, col, cell.to_value()));
            return Ok(());
        }
        // Empty rows cost a few bytes each: a cell at row 1,048,576 costs 8 MB at worst.
        while self.rows.len() <= row {
            self.rows.open_row();
        }
        let width = self.rows.last_width();
        self.budget.cells(col + 1 - width, row, ctx)?;
        for _ in width..col {
            self.rows.push_cell(Value::Empty);
        }
        self.rows.push_cell(cell);
        Ok(())
    }

    /// The rows, every late cell in its place (a later cell at the same place wins, as in
    /// a spreadsheet program). Only the rows with a late cell are decoded and written again.
    pub fn finish(mut self) -> Rows {
        if self.late.is_empty() {
            return self.rows;
        }
        // By place; a stable sort keeps the order of arrival among cells of one place.
        self.late.sort_by_key(|&(r, c, _)| (r, c));
        let last_late = self.late.last().map_or(0, |&(r, _, _)| r);
        let mut out = Rows::default();
        let mut late = self.late.iter().peekable();
        for r in 0..self.rows.len().max(last_late + 1) {
            let stored = self.rows.row(r);
            if late.peek().map_or(true, |&&(lr, _, _)| lr != r) {
                out.push_copy(stored);
                continue;
            }
            let mut cells = stored.to_vec();
            while let Some((_, c, v)) = late.next_if(|&&(lr, _, _)| lr == r) {
                if cells.len() <= *c {
                    cells.resize(c + 1, Value::Empty);
                }
                cells[*c] = v.as_cell();
            }
            out.push_row(cells);
        }
        out
    }
}

#[cfg(test)]
mod tests {
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
}
