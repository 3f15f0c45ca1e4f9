//! What the user's sheets looked like, written back: their numbers' formats (a percentage, a
//! time, a currency, a format of their own) and whether a sheet was hidden. The read stage
//! found them (`model::Looks`); this module turns them into rust_xlsxwriter formats, built
//! once per sheet and registered before the sheets are filled, so the same input gives the
//! same bytes whichever thread writes first.
//!
//! A format every number of a column shares becomes the column's format, which the cells
//! written without one inherit (rust_xlsxwriter hashes a whole `Format` for each cell written
//! with one); only the other formatted numbers carry a format of their own.

use rust_xlsxwriter::{ColNum, Format, Workbook, Worksheet, XlsxError};

use crate::model::{Cursor, NumFormat, NumFormats, Visibility};

/// The user's format of one cell, as the writer applies it.
#[derive(Debug, Clone, Copy)]
pub enum UserFormat<'a> {
    /// None: the tool's defaults (General, a time as `[h]:mm:ss`).
    None,
    /// The column's format, which the cell inherits when written without one.
    Column,
    /// A format of the cell's own.
    Cell(&'a Format),
}

/// The number formats of one sheet, ready to write.
#[derive(Debug)]
pub struct SheetFormats<'a> {
    source: &'a NumFormats,
    formats: Vec<Format>,
}

impl<'a> SheetFormats<'a> {
    /// The formats of `source`, built once.
    pub fn new(source: &'a NumFormats) -> Self {
        let formats = source
            .formats
            .iter()
            .map(|f| match f {
                NumFormat::Builtin(i) => Format::new().set_num_format_index(*i),
                NumFormat::Code(code) => Format::new().set_num_format(&**code),
            })
            .collect();
        SheetFormats { source, formats }
    }

    /// Gives every format its workbook index, in a fixed order.
    pub fn register(&self, book: &mut Workbook) {
        for f in &self.formats {
            book.register_format(f);
        }
    }

    /// Sets the format of each column whose numbers share one; `out` gives the output column
    /// of an input column (`None` for one not written).
    ///
    /// # Errors
    /// A rust_xlsxwriter error.
    pub fn set_columns(
        &self,
        ws: &mut Worksheet,
        out: impl Fn(usize) -> Option<ColNum>,
    ) -> Result<(), XlsxError> {
        for (c, f) in self.source.columns.iter().enumerate() {
            let (Some(f), Some(j)) = (f, out(c)) else {
                continue;
            };
            if let Some(format) = self.formats.get(usize::from(*f)) {
                ws.set_column_format(j, format)?;
            }
        }
        Ok(())
    }

    /// A reader of the cells' own formats, for cells asked in row then column order.
    pub fn cursor(&self) -> Cursor<'a> {
        self.source.cursor()
    }

    /// The user's format of the input cell at (`row`, `col`), `cursor` being this sheet's.
    pub fn at(&self, cursor: &mut Cursor<'_>, row: usize, col: usize) -> UserFormat<'_> {
        if let Some(f) = cursor
            .at(row, col)
            .and_then(|f| self.formats.get(usize::from(f)))
        {
            return UserFormat::Cell(f);
        }
        if self.source.column(col).is_some() {
            UserFormat::Column
        } else {
            UserFormat::None
        }
    }
}

/// Hides `ws` as the user's sheet was.
pub fn show(ws: &mut Worksheet, visibility: Visibility) {
    match visibility {
        Visibility::Visible => {}
        Visibility::Hidden => {
            ws.set_hidden(true);
        }
        Visibility::VeryHidden => {
            ws.set_very_hidden(true);
        }
    }
}
