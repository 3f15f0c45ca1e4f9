//! The sane limits of reading, and the budget that enforces them while cells are stored.
//!
//! A file from anywhere may claim a cell at XFD1048576, inflate a small archive into gigabytes,
//! or hold a shared-strings table of a billion bytes. Reading stops with [`Error::TooLarge`]
//! past these limits instead of exhausting memory. They are set so that a real sheet of
//! 1,048,575 rows by 12 columns of ordinary text still reads.

use std::path::Path;

use crate::error::Error;
use crate::model::Value;

/// Rows of a sheet: Excel's own limit.
pub const MAX_ROWS: usize = 1_048_576;
/// Columns of a sheet: Excel's own limit (column XFD).
pub const MAX_COLUMNS: usize = 16_384;
/// Cell slots stored over the whole file, counting the empty cells that pad a row up to its
/// last value (20 million: about 640 MB of cells at worst, and 1.6 times a full
/// 1,048,575 x 12 sheet).
pub const MAX_CELLS: usize = 20_000_000;
/// Bytes of text stored over the whole file (512 MiB), and the largest CSV file read.
pub const MAX_TEXT_BYTES: usize = 512 * 1024 * 1024;
/// Declared uncompressed size of one part of a workbook archive (shared strings, a sheet's
/// XML...): 2 GiB. A sheet's XML is streamed, so this only stops absurd claims early; the
/// shared-strings table is loaded whole by calamine, so it gets [`MAX_TEXT_BYTES`].
pub const MAX_PART_BYTES: u64 = 2 * 1024 * 1024 * 1024;

/// The most slots a fresh row reserves ahead from the width of the row above (a row padded to
/// a far cell must not make the next one as wide).
const ROW_HINT: usize = 1024;

/// The limits of one read; [`Limits::default`] holds the documented ones. Tests lower them to
/// reach the same refusals with small files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Cell slots stored over the whole file (see [`MAX_CELLS`]).
    pub cells: usize,
    /// Bytes of text over the whole file, and of a shared-strings table (see [`MAX_TEXT_BYTES`]).
    pub text_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            cells: MAX_CELLS,
            text_bytes: MAX_TEXT_BYTES,
        }
    }
}

/// Counts what has been stored so far and refuses to go past the limits.
#[derive(Debug)]
pub struct Budget {
    cells: usize,
    text: usize,
    limits: Limits,
}

impl Budget {
    /// An empty budget under `limits`.
    pub fn new(limits: Limits) -> Self {
        Budget {
            cells: 0,
            text: 0,
            limits,
        }
    }

    /// Stores `value` at (`row`, `col`) (0-based) in `rows`, padding with empty cells and rows.
    ///
    /// # Errors
    /// [`Error::TooLarge`] naming the file, the sheet and the cell, past a limit.
    pub fn place(
        &mut self,
        rows: &mut Vec<Vec<Value>>,
        row: usize,
        col: usize,
        value: Value,
        ctx: &Ctx<'_>,
    ) -> Result<(), Error> {
        if row >= MAX_ROWS {
            return Err(ctx.too_large(format!(
                "row {} is past the last row a sheet can have ({MAX_ROWS})",
                row + 1
            )));
        }
        if col >= MAX_COLUMNS {
            return Err(ctx.too_large(format!(
                "row {}: column {} is past the last column a sheet can have ({MAX_COLUMNS}, XFD)",
                row + 1,
                col + 1
            )));
        }
        if let Value::Text(s) | Value::Error(s) = &value {
            self.text = self.text.saturating_add(s.len());
            if self.text > self.limits.text_bytes {
                return Err(ctx.too_large(format!(
                    "row {}: more than {} of text; split the file",
                    row + 1,
                    size(self.limits.text_bytes)
                )));
            }
        }
        if rows.len() <= row {
            // Empty rows cost a few bytes each; a cell at row 1,048,576 costs 24 MB at worst.
            rows.resize_with(row + 1, Vec::new);
        }
        // A fresh row gets the width of the row above at once: grown cell by cell, a
        // 17-column row would double its way to 32 slots (a third of the sheet's memory).
        let above = row
            .checked_sub(1)
            .map_or(0, |r| rows[r].len().min(ROW_HINT));
        let cells = &mut rows[row];
        if cells.len() <= col {
            self.cells = self.cells.saturating_add(col + 1 - cells.len());
            if self.cells > self.limits.cells {
                return Err(ctx.too_large(format!(
                    "row {}: more than {} cells; split the file",
                    row + 1,
                    self.limits.cells
                )));
            }
            if cells.capacity() == 0 {
                cells.reserve_exact(above.max(col + 1));
            }
            cells.resize(col + 1, Value::Empty);
        }
        cells[col] = value;
        Ok(())
    }
}

/// `bytes` for a message: in MiB, or in bytes when small.
pub fn size(bytes: usize) -> String {
    if bytes >= 1 << 20 {
        format!("{} MiB", bytes >> 20)
    } else {
        format!("{bytes} bytes")
    }
}

/// The file and sheet being read, for messages.
pub struct Ctx<'a> {
    pub path: &'a Path,
    pub sheet: Option<&'a str>,
}

impl Ctx<'_> {
    /// A [`Error::TooLarge`] for this file and sheet.
    pub fn too_large(&self, what: String) -> Error {
        Error::TooLarge {
            path: self.path.to_path_buf(),
            sheet: self.sheet.map(str::to_string),
            what,
        }
    }
}

/// Drops the empty cells at the end of each row and the empty rows at the end of the sheet.
pub fn trim(rows: &mut Vec<Vec<Value>>) {
    for row in rows.iter_mut() {
        while row.last() == Some(&Value::Empty) {
            row.pop();
        }
    }
    while rows.last().is_some_and(Vec::is_empty) {
        rows.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx() -> Ctx<'static> {
        Ctx {
            path: Path::new("x.xlsx"),
            sheet: Some("S"),
        }
    }

    #[test]
    fn far_cell_is_refused_past_the_cell_budget_not_allocated() {
        let mut rows = Vec::new();
        let mut b = Budget::new(Limits {
            cells: 100_000,
            ..Limits::default()
        });
        // One cell at XFD in each of many rows: the padding is counted.
        let mut err = None;
        for r in 0..20 {
            if let Err(e) = b.place(&mut rows, r, 16_383, Value::Number(1.0), &ctx()) {
                err = Some(e.to_string());
                break;
            }
        }
        let e = err.expect("budget must stop the padding");
        assert!(e.contains("x.xlsx") && e.contains("sheet \"S\""), "{e}");
        assert!(rows.len() < 20);
    }

    #[test]
    fn past_xfd_names_row_and_column() {
        let e = Budget::new(Limits::default())
            .place(&mut Vec::new(), 4, 16_384, Value::Bool(true), &ctx())
            .unwrap_err()
            .to_string();
        assert!(e.contains("row 5") && e.contains("16385"), "{e}");
    }

    #[test]
    fn trim_keeps_leading_blank_rows() {
        let mut rows = vec![
            vec![],
            vec![Value::Text("a".into()), Value::Empty],
            vec![Value::Empty],
        ];
        trim(&mut rows);
        assert_eq!(rows, vec![vec![], vec![Value::Text("a".into())]]);
    }
}
