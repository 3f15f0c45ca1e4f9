//! The user's other sheets, carried over with their values and types (text, numbers, booleans,
//! dates in the locale's format, errors), their numbers' formats, whether they were hidden, and
//! how they looked: fonts, fills, borders, alignment, column widths and hidden columns, row
//! heights and hidden rows, merged cells, frozen panes and the autofilter. Formulas (their last
//! values are kept), conditional formats and charts are not.

use rust_xlsxwriter::{ColNum, Format, RowNum, Worksheet, XlsxError};

use super::cells::{self, Widths};
use super::looks::{Layout, SheetFormats, SheetLooks};
use super::styles::Styles;
use crate::model::{Sheet, Value};

/// Fills `ws` with the values of `sheet`, row by row in order, with fitted widths where the
/// user set none.
///
/// # Errors
/// A sheet past Excel's size, or a rust_xlsxwriter error.
pub fn fill(
    ws: &mut Worksheet,
    sheet: &Sheet,
    (formats, looks): (&SheetFormats<'_>, &SheetLooks<'_>),
    st: &Styles,
) -> Result<(), XlsxError> {
    let mut widths = Widths::default();
    for row in &sheet.rows {
        for (c, v) in row.iter().enumerate() {
            widths.see(c, cells::width(&v));
        }
    }
    widths.apply(ws, |_| cells::MAX_WIDTH)?;
    let out = |c: usize| ColNum::try_from(c).ok();
    let mut layout = Layout::new(&sheet.looks.layout, out);
    layout.columns(ws, out)?;
    formats.set_columns(ws, out)?;
    let mut cursor = formats.cursor();
    let mut look_cursor = looks.cursor();
    // The first cell's look of each merged area, found before its row is written.
    let mut merge_cursor = looks.cursor();
    let last = sheet
        .rows
        .len()
        .max(looks.last_row().map_or(0, |r| r + 1))
        .max(
            sheet
                .looks
                .layout
                .rows
                .last()
                .map_or(0, |r| r.row as usize + 1),
        );
    for i in 0..last {
        let r = RowNum::try_from(i).map_err(|_| XlsxError::RowColumnLimitError)?;
        layout.rows_upto(ws, i, |r0, c0| {
            looks
                .at(&mut merge_cursor, r0 as usize, c0 as usize)
                .map_or_else(Format::new, |l| l.plain.clone())
        })?;
        let row = sheet.rows.row(i);
        let width = row.len().max(looks.width());
        let mut values = row.iter();
        for j in 0..width {
            let v = values.next().unwrap_or(Value::Empty);
            let c = ColNum::try_from(j).map_err(|_| XlsxError::RowColumnLimitError)?;
            let user = formats.at(&mut cursor, i, j);
            let look = looks.at(&mut look_cursor, i, j);
            cells::write_value_looked(ws, (r, c), &v, st, user, looks, look, j)?;
        }
    }
    if let Some((rows, cols)) = layout.frozen() {
        ws.set_freeze_panes(rows, cols as ColNum)?;
    }
    if let Some((r0, c0, r1, c1)) = layout.autofilter() {
        ws.autofilter(r0, c0 as ColNum, r1, c1 as ColNum)?;
    }
    Ok(())
}
