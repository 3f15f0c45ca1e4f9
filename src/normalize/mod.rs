//! Normalising: raw cells of the contact table -> typed `Contact`s (vocabulary, dates, cadence),
//! with a `Problem` for every value that cannot be understood. Pure: no file, no clock.

use crate::config::ReadOptions;
use crate::model::{Contact, Problem, Table, Workbook};

/// Turns every data row of `table` into a `Contact`; blank rows are skipped, a row with
/// problems is still kept with what is known.
pub fn contacts(
    workbook: &Workbook,
    table: &Table,
    opts: &ReadOptions,
) -> (Vec<Contact>, Vec<Problem>) {
    let _ = (workbook, table, opts);
    todo!("normalize::contacts")
}
