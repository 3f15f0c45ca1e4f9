//! Reading: open any input (calamine for workbooks, csv with sniffed delimiter and encoding for
//! text), then find the contact table: the sheet, the header row, what each column holds.
//!
//! This is one of the two stages that touch files (`open`); `locate` is pure. Values are kept as
//! read; understanding them is `normalize`'s job.

use std::path::Path;

use crate::config::ReadOptions;
use crate::error::Error;
use crate::model::{Table, Workbook};

/// Opens `path`, whatever its format, and reads every sheet's cells with their types.
///
/// # Errors
/// [`Error::Open`], [`Error::Empty`], [`Error::UnsupportedType`], [`Error::Unreadable`],
/// [`Error::TooLarge`], each naming the file.
pub fn open(path: &Path, opts: &ReadOptions) -> Result<Workbook, Error> {
    let _ = (path, opts);
    todo!("read::open")
}

/// Finds the contact table of `workbook`: `--sheet`, else the sheet the marker names, else the
/// first sheet (not written by this tool) whose header row maps at least two known columns.
///
/// # Errors
/// [`Error::NoSuchSheet`], [`Error::NoTable`] (listing the headers seen and the names accepted).
pub fn locate(path: &Path, workbook: &Workbook, opts: &ReadOptions) -> Result<Table, Error> {
    let _ = (path, workbook, opts);
    todo!("read::locate")
}
