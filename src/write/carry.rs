//! The user's other sheets, carried over with their values and types (text, numbers, booleans,
//! dates in the locale's format). Formulas, formats and charts of those sheets are not kept:
//! the reader only gives values.

use rust_xlsxwriter::{ColNum, RowNum, Worksheet, XlsxError};

use super::cells::{self, Widths};
use super::styles::Styles;
use crate::model::Sheet;

/// Fills `ws` with the values of `sheet`, row by row in order, with fitted widths.
///
/// # Errors
/// A sheet past Excel's size, or a rust_xlsxwriter error.
pub fn fill(ws: &mut Worksheet, sheet: &Sheet, st: &Styles) -> Result<(), XlsxError> {
    let mut widths = Widths::default();
    for row in &sheet.rows {
        for (c, v) in row.iter().enumerate() {
            widths.see(c, cells::width(&v));
        }
    }
    widths.apply(ws, |_| cells::MAX_WIDTH)?;
    for (r, row) in sheet.rows.iter().enumerate() {
        let r = RowNum::try_from(r).map_err(|_| XlsxError::RowColumnLimitError)?;
        for (c, v) in row.iter().enumerate() {
            let c = ColNum::try_from(c).map_err(|_| XlsxError::RowColumnLimitError)?;
            cells::write_value(ws, r, c, &v, st)?;
        }
    }
    Ok(())
}
