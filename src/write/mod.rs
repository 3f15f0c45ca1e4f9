//! Writing: the annotated workbook (one module per sheet, shared styles), the JSON result, and
//! the atomic save. Writers build bytes in memory; `save` is the one place that writes files.

pub mod dashboard;
pub mod ics;
pub mod json;
pub mod markdown;
pub mod save;
pub mod template;

use crate::error::Error;
use crate::model::{Outcome, Table, Workbook};

/// Builds the annotated workbook for `input`, whose contact table is `table`, in memory.
///
/// # Errors
/// [`Error::Write`] when the workbook cannot be assembled.
pub fn workbook(input: &Workbook, table: &Table, outcome: &Outcome) -> Result<Vec<u8>, Error> {
    let _ = (input, table, outcome);
    todo!("write::workbook")
}
