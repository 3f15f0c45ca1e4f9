//! Cells as the user sees them: the text shown in a problem, the value of a free-text field
//! (company, role, e-mail, notes...), and the check for text longer than a cell can hold.
//!
//! This module owns no vocabulary, date or cadence reading; those start from [`shown`] or
//! from the cell's text.

use std::borrow::Cow;
use std::fmt::Write as _;

use crate::model::{Cell, Value};

/// The most characters an Excel cell holds; the writer cuts longer values.
pub const MAX_CELL_CHARS: usize = 32_767;

/// How many characters of an over-long value a problem shows.
const SHOWN_OF_LONG: usize = 60;

/// The cell as the user sees it in the spreadsheet: numbers without a trailing `.0`, dates as
/// ISO `2026-03-15` (with the time when there is one), booleans as `TRUE`/`FALSE`.
///
/// Borrows text cells, so the common case allocates nothing.
pub fn shown<'a>(value: &Cell<'a>) -> Cow<'a, str> {
    match *value {
        Value::Empty => Cow::Borrowed(""),
        Value::Text(s) | Value::Error(s) => Cow::Borrowed(s.trim()),
        Value::Number(n) => Cow::Owned(number(n)),
        Value::Bool(true) => Cow::Borrowed("TRUE"),
        Value::Bool(false) => Cow::Borrowed("FALSE"),
        Value::DateTime(dt) => {
            let fmt = if dt.time() == chrono::NaiveTime::MIN {
                "%Y-%m-%d"
            } else {
                "%Y-%m-%d %H:%M"
            };
            Cow::Owned(dt.format(fmt).to_string())
        }
        Value::Duration(days) => Cow::Owned(duration(days)),
    }
}

/// A number as a spreadsheet shows it by default: `612345678`, not `612345678.0`.
pub fn number(n: f64) -> String {
    // Integers up to 2^53 are exact in f64; beyond that Display is already digit-for-digit.
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// A time or duration cell, as `h:mm:ss`.
fn duration(days: f64) -> String {
    if !days.is_finite() {
        return format!("{days}");
    }
    let secs = (days * 86_400.0).round().abs() as u64;
    let mut out = String::new();
    if days < 0.0 {
        out.push('-');
    }
    let _ = write!(
        out,
        "{}:{:02}:{:02}",
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    );
    out
}

/// A free-text field: the cell as shown, trimmed; `None` when blank.
pub fn field<'a>(value: &Cell<'a>) -> Option<Cow<'a, str>> {
    let s = shown(value);
    if s.is_empty() {
        None
    } else {
        Some(s)
    }
}

/// Whether the cell holds more characters than a spreadsheet cell can.
pub fn too_long(value: &Cell<'_>) -> bool {
    match *value {
        // A char is at least one byte, so short byte lengths need no counting.
        Value::Text(s) | Value::Error(s) => {
            s.len() > MAX_CELL_CHARS && s.chars().count() > MAX_CELL_CHARS
        }
        _ => false,
    }
}

/// The start of an over-long value, for the problems list (a problem cell must fit too).
pub fn shown_long(value: &Cell<'_>) -> String {
    let s = shown(value);
    let mut out: String = s.chars().take(SHOWN_OF_LONG).collect();
    out.push('…');
    out
}

/// The spreadsheet letter of a 0-based column index: 0 -> `A`, 27 -> `AB`.
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.iter().rev().map(|&b| b as char).collect()
}

#[cfg(test)]
mod tests;
