//! Writes the hidden marker sheet: which sheet holds the contacts and which sheets this tool
//! wrote, so the next run replaces them instead of carrying them over as the user's. The layout,
//! and how far a marker found in an input is trusted, are `model::marker`'s.

use rust_xlsxwriter::{Worksheet, XlsxError};

use crate::model::Marker;

/// Names `ws` `name` (the marker's own, or another when a sheet of the user's has it), writes
/// `marker` into it and hides it.
///
/// # Errors
/// A rust_xlsxwriter error.
pub fn fill(ws: &mut Worksheet, name: &str, marker: &Marker) -> Result<(), XlsxError> {
    ws.set_name(name)?;
    for (r, row) in marker.to_rows(env!("CARGO_PKG_VERSION")).iter().enumerate() {
        for (c, text) in row.iter().enumerate() {
            ws.write_string(r as u32, c as u16, text)?;
        }
    }
    ws.set_column_width(1, 30)?;
    ws.set_hidden(true);
    Ok(())
}
