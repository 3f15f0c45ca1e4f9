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
            self.rows.shrink_to_fit();
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
        out.shrink_to_fit();
        out
    }
}

#[cfg(test)]
mod tests;
