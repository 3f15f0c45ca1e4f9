//! The user's other sheets, carried over with their values and types (text, numbers, booleans,
//! dates in the locale's format, errors), their numbers' formats and whether they were hidden.
//! Formulas (their last values are kept), other formatting and charts are not: the reader gives
//! values and number formats only.

use rust_xlsxwriter::{ColNum, RowNum, Worksheet, XlsxError};

use super::cells::{self, Widths};
use super::looks::SheetFormats;
use super::styles::Styles;
use crate::model::Sheet;

/// Fills `ws` with the values of `sheet`, row by row in order, with fitted widths.
///
/// # Errors
/// A sheet past Excel's size, or a rust_xlsxwriter error.
pub fn fill(
    ws: &mut Worksheet,
    sheet: &Sheet,
    formats: &SheetFormats<'_>,
    st: &Styles,
) -> Result<(), XlsxError> {
    let mut widths = Widths::default();
    for row in &sheet.rows {
        for (c, v) in row.iter().enumerate() {
            widths.see(c, cells::width(&v));
        }
    }
    widths.apply(ws, |_| cells::MAX_WIDTH)?;
    formats.set_columns(ws, |c| ColNum::try_from(c).ok())?;
    let mut cursor = formats.cursor();
    for (i, row) in sheet.rows.iter().enumerate() {
        let r = RowNum::try_from(i).map_err(|_| XlsxError::RowColumnLimitError)?;
        for (j, v) in row.iter().enumerate() {
            let c = ColNum::try_from(j).map_err(|_| XlsxError::RowColumnLimitError)?;
            let user = formats.at(&mut cursor, i, j);
            cells::write_value_as(ws, r, c, &v, st, user)?;
        }
    }
    Ok(())
}
