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

/// The line a journal sheet of the workbook gets when the run's journal is another file
/// (`--journal`): where the journal lives, so the sheet does not stand empty beside a guide
/// that says to log there.
#[derive(Debug, Clone)]
pub struct JournalNote {
    pub text: String,
}

/// The start of the line in each language, by which an earlier run's line is found.
const NOTE_START: [&str; 2] = ["Journal tenu dans le fichier ", "Journal kept in the file "];

impl JournalNote {
    /// The line for a journal kept in `file`, in `lang`.
    pub fn new(file: &str, lang: crate::model::Lang) -> Self {
        let text = lang.pick(
            format!(
                "{}« {file} » (--journal) : notez vos échanges là-bas.",
                NOTE_START[0]
            ),
            format!(
                "{}\"{file}\" (--journal): log your exchanges there.",
                NOTE_START[1]
            ),
        );
        JournalNote { text }
    }

    /// Whether `text` is a line an earlier run wrote.
    fn is_one(&self, text: &str) -> bool {
        NOTE_START.iter().any(|s| text.starts_with(s))
    }
}

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
    note: Option<&JournalNote>,
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
    // The header row's cell that says where the journal lives: the one an earlier run wrote
    // (rewritten, so a moved journal is said once), else right of the header.
    let note_at = note.map(|n| {
        let first = sheet.rows.row(0);
        let earlier = first
            .iter()
            .position(|v| matches!(v, Value::Text(t) if n.is_one(t)));
        earlier.unwrap_or(first.len() + 1)
    });
    let note_at = match (note, note_at) {
        (Some(n), Some(col)) => {
            let col = ColNum::try_from(col).map_err(|_| XlsxError::RowColumnLimitError)?;
            let width = cells::text_width(&n.text).min(cells::MAX_WIDTH * 2);
            ws.set_column_width(col, width as f64)?;
            Some((n, col))
        }
        _ => None,
    };
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
        for (j, v) in cells::with_looks(row, looks.width()) {
            if i == 0 && note_at.is_some_and(|(_, c)| usize::from(c) == j) {
                continue;
            }
            let c = ColNum::try_from(j).map_err(|_| XlsxError::RowColumnLimitError)?;
            let user = formats.at(&mut cursor, i, j);
            let look = looks.at(&mut look_cursor, i, j);
            cells::write_value_looked(ws, (r, c), &v, st, user, looks, look, j)?;
        }
        if let (0, Some((n, col))) = (i, note_at) {
            cells::write_text_in(ws, 0, col, &n.text, &st.note, &st.note)?;
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
