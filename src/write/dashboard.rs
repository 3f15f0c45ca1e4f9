//! The dashboard sheet: first and active; this week's actions, counts by flag, tier and
//! objective, and native charts (actions per week over the plan; contacts by objective).

use rust_xlsxwriter::{Worksheet, XlsxError};

use crate::model::{Contact, Outcome};

/// Fills `sheet` (already named and placed first by the caller) with the dashboard of
/// `outcome`, in `outcome.lang`. Charts take their data from cells of this same sheet.
pub fn fill(sheet: &mut Worksheet, outcome: &Outcome) -> Result<(), XlsxError> {
    let _ = (sheet, outcome, Contact::default());
    todo!("dashboard::fill")
}
