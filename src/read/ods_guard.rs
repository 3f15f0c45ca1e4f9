//! A guard for ods files: a few bytes of `content.xml` can repeat a row a million times and a
//! cell sixteen thousand times, and calamine expands every sheet into a dense rectangle of
//! cells before any is handed over. This scan counts that rectangle first, without storing
//! anything, so such a file stops with [`Error::TooLarge`] instead of taking gigabytes.
//!
//! It reads only the repeat counts and which cells hold a value; the cells themselves are
//! calamine's to read.

use std::io::{BufReader, Read};
use std::path::Path;

use quick_xml::events::{BytesStart, Event};

use super::limits::{Limits, MAX_COLUMNS, MAX_ROWS};
use crate::error::{Cause, Error};

/// The rectangle of one table so far, as calamine will build it.
#[derive(Default)]
struct Table {
    name: String,
    /// Rows seen so far, repeats included.
    rows: usize,
    /// First row holding a value, and the row after the last one.
    first: Option<usize>,
    end: usize,
    /// Columns up to the last cell holding a value, over all rows.
    width: usize,
    /// In the current row: next column, and the column after the last value.
    col: usize,
    row_width: usize,
    row_repeat: usize,
}

impl Table {
    fn start_row(&mut self, e: &BytesStart<'_>) {
        self.row_repeat = repeat(e, "table:number-rows-repeated", MAX_ROWS);
        self.col = 0;
        self.row_width = 0;
    }

    fn cell(&mut self, e: &BytesStart<'_>) {
        let n = repeat(e, "table:number-columns-repeated", MAX_COLUMNS);
        self.col = self.col.saturating_add(n).min(MAX_COLUMNS);
        let has_value = matches!(e.try_get_attribute("office:value-type"), Ok(Some(_)));
        if has_value {
            self.row_width = self.col;
        }
    }

    fn end_row(&mut self) {
        let repeat = self.row_repeat.min(MAX_ROWS.saturating_sub(self.rows));
        if self.row_width > 0 {
            self.first.get_or_insert(self.rows);
            self.end = self.rows + repeat;
            self.width = self.width.max(self.row_width);
        }
        self.rows += repeat;
    }

    /// The cells calamine will allocate for this table.
    fn cells(&self) -> usize {
        self.first
            .map_or(0, |f| (self.end - f).saturating_mul(self.width))
    }
}

fn repeat(e: &BytesStart<'_>, attr: &str, max: usize) -> usize {
    match e.try_get_attribute(attr) {
        Ok(Some(a)) => a.value.trim().parse::<usize>().unwrap_or(1).clamp(1, max),
        _ => 1,
    }
}

/// Counts the cells calamine would expand the tables of `content` (an ods `content.xml`) into,
/// and refuses past `limits`.
///
/// # Errors
/// [`Error::TooLarge`] naming the file and the table; [`Error::Unreadable`] for broken XML.
pub fn check(path: &Path, content: impl Read, limits: Limits) -> Result<(), Error> {
    let mut reader = quick_xml::Reader::from_reader(BufReader::new(content));
    let mut buf = Vec::new();
    let mut table: Option<Table> = None;
    let mut total = 0usize;
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| Error::Unreadable {
                path: path.to_path_buf(),
                what: format!("the workbook is damaged (content.xml: {e})"),
                source: Some(Cause::reader(e)),
            })?;
        let empty = matches!(event, Event::Empty(_));
        match event {
            Event::Start(e) | Event::Empty(e) => match (e.name().as_ref(), table.as_mut()) {
                ("table:table", _) => {
                    let name = match e.try_get_attribute("table:name") {
                        Ok(Some(a)) => a.value.into_owned(),
                        _ => String::new(),
                    };
                    table = Some(Table {
                        name,
                        ..Table::default()
                    });
                }
                ("table:table-row", Some(t)) => {
                    t.start_row(&e);
                    if empty {
                        t.end_row();
                    }
                }
                ("table:table-cell" | "table:covered-table-cell", Some(t)) => t.cell(&e),
                _ => {}
            },
            Event::End(e) => match (e.name().as_ref(), table.as_mut()) {
                ("table:table-row", Some(t)) => t.end_row(),
                ("table:table", Some(t)) => {
                    total = total.saturating_add(t.cells());
                    if total > limits.cells {
                        return Err(Error::TooLarge {
                            path: path.to_path_buf(),
                            sheet: Some(t.name.clone()),
                            what: format!(
                                "its repeated rows and columns expand to more than {} cells; \
                                 delete the formatted but empty rows and columns",
                                limits.cells
                            ),
                        });
                    }
                    table = None;
                }
                _ => {}
            },
            Event::Eof => return Ok(()),
            _ => {}
        }
        buf.clear();
    }
}

#[cfg(test)]
mod tests;
