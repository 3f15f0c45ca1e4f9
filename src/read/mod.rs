//! Reading: open any input (calamine for workbooks, csv with sniffed delimiter and encoding for
//! text), then find the contact table: the sheet, the header row, what each column holds.
//!
//! This is one of the two stages that touch files (`open`); `locate` is pure. Values are kept as
//! read; understanding them is `normalize`'s job. `open` looks at the bytes before trusting the
//! extension, so a CSV renamed `.xlsx`, an encrypted workbook or a truncated archive gets a
//! message saying what it is, and the limits of [`limits`] keep a hostile file from exhausting
//! memory.

mod calamine;
mod cellstyle;
mod columns;
pub(crate) mod csv;
pub mod journal;
mod lang;
mod layout;
pub mod limits;
mod locate;
mod numfmt;
mod ods_guard;
mod sample;
mod sniff;
mod store;
mod xls_guard;
mod xml_guard;

use std::path::Path;

use crate::config::ReadOptions;
use crate::error::Error;
use crate::model::{Format, Table, Workbook};

pub use crate::vocab::headers::{is_connection_date, nearest as nearest_field};
pub use limits::Limits;
pub use locate::locate;
use sniff::Content;

/// Opens `path`, whatever its format, and reads every sheet's cells with their types.
///
/// # Errors
/// [`Error::Open`], [`Error::Empty`], [`Error::UnsupportedType`], [`Error::Unreadable`],
/// [`Error::TooLarge`], each naming the file.
pub fn open(path: &Path, opts: &ReadOptions) -> Result<Workbook, Error> {
    open_with_limits(path, opts, Limits::default())
}

/// [`open`] under other limits than the documented ones (tests use small ones).
///
/// # Errors
/// Those of [`open`].
pub fn open_with_limits(
    path: &Path,
    opts: &ReadOptions,
    limits: Limits,
) -> Result<Workbook, Error> {
    let _ = opts; // reading does not depend on the options; locating does
    let meta = std::fs::metadata(path).map_err(|source| Error::Open {
        path: path.to_path_buf(),
        source,
    })?;
    if meta.is_dir() {
        return Err(Error::Open {
            path: path.to_path_buf(),
            source: std::io::Error::other("it is a folder, not a file"),
        });
    }
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let named = match ext.as_str() {
        "xlsx" => Some(Format::Xlsx),
        "xlsm" => Some(Format::Xlsm),
        "xlsb" => Some(Format::Xlsb),
        "xls" => Some(Format::Xls),
        "ods" => Some(Format::Ods),
        "csv" | "tsv" | "txt" => None,
        _ => {
            return Err(Error::UnsupportedType {
                path: path.to_path_buf(),
            })
        }
    };
    if meta.len() == 0 {
        return Err(Error::Empty {
            path: path.to_path_buf(),
        });
    }
    let workbook = match (sniff::content(path, named.as_ref(), limits)?, named) {
        (Content::Workbook(found), Some(_)) => calamine::read(path, found, limits)?,
        (Content::Workbook(found), None) => {
            return Err(Error::Unreadable {
                path: path.to_path_buf(),
                what: sniff::not_text(&found, &ext),
                source: None,
            })
        }
        (Content::Text(bytes), None) => csv::read(path, bytes, ext == "tsv", limits)?,
        (Content::Text(bytes), Some(_)) => {
            return Err(Error::Unreadable {
                path: path.to_path_buf(),
                what: sniff::not_a_workbook(&bytes, &ext),
                source: None,
            })
        }
    };
    let blank = workbook
        .sheets
        .iter()
        .all(|s| s.rows.iter().flatten().all(|v| v.is_blank()));
    if blank {
        return Err(Error::Empty {
            path: path.to_path_buf(),
        });
    }
    Ok(workbook)
}

/// Opens a workbook this tool wrote (an earlier run's output), for what a next run remembers
/// of it: only its marker sheet and the contacts sheet the marker names, cells only; the
/// tool's other sheets are not read. `Ok(None)` when it is no xlsx workbook of this tool's
/// (no marker sheet).
/// [`locate`] finds its table as in the whole workbook (the marker names it).
///
/// # Errors
/// Those of [`open`].
pub fn open_output(path: &Path) -> Result<Option<Workbook>, Error> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if !matches!(ext.as_str(), "xlsx" | "xlsm") {
        return Ok(None);
    }
    if !sniff::is_xlsx(path)? {
        return Ok(None);
    }
    calamine::read_output(path, Limits::default())
}

/// Opens `path` and finds its contact table: [`open`] then [`locate`].
///
/// # Errors
/// Those of [`open`] and [`locate`].
pub fn table(path: &Path, opts: &ReadOptions) -> Result<(Workbook, Table), Error> {
    let workbook = open(path, opts)?;
    let table = locate(path, &workbook, opts)?;
    Ok((workbook, table))
}
