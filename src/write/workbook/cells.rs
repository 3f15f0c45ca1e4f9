//! Writing one typed value into a cell exactly as it was read (text as text, never a formula;
//! numbers, booleans, real dates), and measuring cells to fit column widths. Shared by the
//! contacts sheet, the carried-over sheets and the tool's own tables.

use rust_xlsxwriter::{ColNum, Format, Formula, RowNum, Url, Worksheet, XlsxError};

use super::looks::{LookFormats, SheetLooks, UserFormat};
use super::styles::{self, Styles};
use crate::model::{Cell, Row, Value};

pub use crate::safe::cell::{fit as fit_cell, needs_quote_prefix};

/// Narrowest and widest column the sheets get, in character widths.
pub const MIN_WIDTH: usize = 6;
/// Widest column for ordinary content; longer text is left to overflow or wrap.
pub const MAX_WIDTH: usize = 50;

/// Writes `s` as a text cell, never as a formula, cut to what a cell holds; nothing when empty.
pub fn write_text(
    ws: &mut Worksheet,
    row: RowNum,
    col: ColNum,
    s: &str,
    st: &Styles,
) -> Result<(), XlsxError> {
    let s = fit_cell(s);
    if s.is_empty() {
        return Ok(());
    }
    if needs_quote_prefix(s) {
        ws.write_string_with_format(row, col, s, &st.quoted)?;
    } else {
        ws.write_string(row, col, s)?;
    }
    Ok(())
}

/// Writes `s` as a text cell in `plain`, or in `quoted` (the same format with the quote
/// prefix) when it looks like a formula: for cells with a format of their own (headers).
pub fn write_text_in(
    ws: &mut Worksheet,
    row: RowNum,
    col: ColNum,
    s: &str,
    plain: &Format,
    quoted: &Format,
) -> Result<(), XlsxError> {
    let s = fit_cell(s);
    let format = if needs_quote_prefix(s) { quoted } else { plain };
    ws.write_string_with_format(row, col, s, format)?;
    Ok(())
}

/// Writes a link to `target` shown as `text`, quote-prefixed when the text looks like a
/// formula. Returns `false`, writing nothing, when the text cannot be a link's: longer than a
/// cell, or holding a character XML forbids in the attribute where rust_xlsxwriter puts a
/// link's display text; and when rust_xlsxwriter refuses the target. The caller then writes
/// the text as a plain cell, which keeps it whole.
pub fn write_link(
    ws: &mut Worksheet,
    row: RowNum,
    col: ColNum,
    target: String,
    text: &str,
    st: &Styles,
) -> Result<bool, XlsxError> {
    write_link_in(ws, (row, col), target, text, (&st.link, &st.link_quoted))
}

/// [`write_link`] in formats of the caller's: `plain`, or `quoted` (the same with the quote
/// prefix) when the text looks like a formula.
pub fn write_link_in(
    ws: &mut Worksheet,
    (row, col): (RowNum, ColNum),
    target: String,
    text: &str,
    (plain, quoted): (&Format, &Format),
) -> Result<bool, XlsxError> {
    if text.is_empty() || fit_cell(text).len() < text.len() || !crate::safe::cell::xml_legal(text) {
        return Ok(false);
    }
    let format = if needs_quote_prefix(text) {
        quoted
    } else {
        plain
    };
    let url = Url::new(target).set_text(text);
    Ok(ws.write_url_with_format(row, col, url, format).is_ok())
}

/// Writes a date as a real date in the locale's format (as text outside Excel's years).
pub fn write_date(
    ws: &mut Worksheet,
    row: RowNum,
    col: ColNum,
    d: chrono::NaiveDate,
    st: &Styles,
) -> Result<(), XlsxError> {
    match styles::date_serial(d) {
        Some(n) => ws.write_number_with_format(row, col, n, &st.date)?,
        None => ws.write_string(row, col, d.format("%Y-%m-%d").to_string())?,
    };
    Ok(())
}

/// Writes one value with its type kept. Empty cells are skipped.
pub fn write_value(
    ws: &mut Worksheet,
    row: RowNum,
    col: ColNum,
    value: &Cell<'_>,
    st: &Styles,
) -> Result<(), XlsxError> {
    write_value_as(ws, row, col, value, st, UserFormat::None)
}

/// Writes one value with its type kept and, for a number or a time, the user's format.
/// Dates keep the locale's format. Empty cells are skipped.
pub fn write_value_as(
    ws: &mut Worksheet,
    row: RowNum,
    col: ColNum,
    value: &Cell<'_>,
    st: &Styles,
    user: UserFormat<'_>,
) -> Result<(), XlsxError> {
    match *value {
        Value::Empty => {}
        Value::Text(s) => write_text(ws, row, col, s, st)?,
        Value::Number(n) | Value::Duration(n) if n.is_finite() => {
            match (user, matches!(value, Value::Duration(_))) {
                (UserFormat::Cell(f, _), _) => ws.write_number_with_format(row, col, n, f)?,
                (UserFormat::Column, _) | (UserFormat::None, false) => {
                    ws.write_number(row, col, n)?
                }
                (UserFormat::None, true) => {
                    ws.write_number_with_format(row, col, n, &st.duration)?
                }
            };
        }
        Value::Number(n) | Value::Duration(n) => write_text(ws, row, col, &n.to_string(), st)?,
        Value::Bool(b) => {
            ws.write_boolean(row, col, b)?;
        }
        Value::DateTime(dt) => {
            let has_time = dt.time() != chrono::NaiveTime::MIN;
            // The user's own date format, when the cell or its column has one.
            match (styles::serial(dt), user) {
                (Some(n), UserFormat::Cell(f, _)) => ws.write_number_with_format(row, col, n, f)?,
                (Some(n), UserFormat::Column) => ws.write_number(row, col, n)?,
                (Some(n), UserFormat::None) if has_time => {
                    ws.write_number_with_format(row, col, n, &st.datetime)?
                }
                (Some(n), UserFormat::None) => {
                    ws.write_number_with_format(row, col, n, &st.date)?
                }
                (None, _) => {
                    ws.write_string(row, col, dt.format("%Y-%m-%d %H:%M:%S").to_string())?
                }
            };
        }
        Value::Error(e) => write_error(ws, row, col, e, st)?,
    }
    Ok(())
}

/// Writes one value as [`write_value_as`] does, in the user's look of the cell when it has
/// one (`looks` and `look`, with `col` the input column): an empty cell with a look is written
/// blank, so a fill or a border shows.
#[allow(clippy::too_many_arguments)]
pub fn write_value_looked(
    ws: &mut Worksheet,
    (row, col): (RowNum, ColNum),
    value: &Cell<'_>,
    st: &Styles,
    user: UserFormat<'_>,
    looks: &SheetLooks<'_>,
    look: Option<&LookFormats>,
    input_col: usize,
) -> Result<(), XlsxError> {
    let Some(l) = look else {
        return write_value_as(ws, row, col, value, st, user);
    };
    match *value {
        Value::Empty => {
            ws.write_blank(row, col, &l.plain)?;
        }
        Value::Text(s) => {
            let s = fit_cell(s);
            let f = if needs_quote_prefix(s) {
                &l.quoted
            } else {
                &l.plain
            };
            ws.write_string_with_format(row, col, s, f)?;
        }
        Value::Number(n) | Value::Duration(n) if n.is_finite() => {
            let f = match (user, matches!(value, Value::Duration(_))) {
                (UserFormat::None, true) => &l.duration,
                _ => looks.number(l, user, input_col),
            };
            ws.write_number_with_format(row, col, n, f)?;
        }
        Value::Bool(b) => {
            ws.write_boolean_with_format(row, col, b, &l.plain)?;
        }
        Value::DateTime(dt) => {
            let has_time = dt.time() != chrono::NaiveTime::MIN;
            match styles::serial(dt) {
                // The user's own date format in the user's look.
                Some(n) if !matches!(user, UserFormat::None) => {
                    ws.write_number_with_format(row, col, n, looks.number(l, user, input_col))?
                }
                Some(n) if has_time => ws.write_number_with_format(row, col, n, &l.datetime)?,
                Some(n) => ws.write_number_with_format(row, col, n, &l.date)?,
                None => ws.write_string_with_format(
                    row,
                    col,
                    dt.format("%Y-%m-%d %H:%M:%S").to_string(),
                    &l.plain,
                )?,
            };
        }
        Value::Number(_) | Value::Duration(_) | Value::Error(_) => {
            write_value_as(ws, row, col, value, st, user)?
        }
    }
    Ok(())
}

/// The cells of `row` with their column, then empty cells up to `width` columns (the columns
/// with a look), so an empty cell with a look is written; the row is decoded once.
pub fn with_looks(row: Row<'_>, width: usize) -> impl Iterator<Item = (usize, Cell<'_>)> {
    row.iter()
        .map(Some)
        .chain(std::iter::repeat(None))
        .enumerate()
        .take_while(move |(c, v)| v.is_some() || *c < width)
        .map(|(c, v)| (c, v.unwrap_or(Value::Empty)))
}

/// The errors a cell can hold as an error (rust_xlsxwriter marks these results as errors).
const ERRORS: &[&str] = &[
    "#DIV/0!",
    "#N/A",
    "#NAME?",
    "#NULL!",
    "#NUM!",
    "#REF!",
    "#VALUE!",
    "#GETTING_DATA",
];

/// Writes an error value as an error, so `ISERROR` still sees it: the error alone as the
/// formula (`=#N/A`), with itself as the cached result. The user's formula is not known (the
/// reader gives values), and this one gives the same error in every spreadsheet program. An
/// error of no known kind stays text.
fn write_error(
    ws: &mut Worksheet,
    row: RowNum,
    col: ColNum,
    e: &str,
    st: &Styles,
) -> Result<(), XlsxError> {
    match ERRORS.iter().find(|k| k.eq_ignore_ascii_case(e.trim())) {
        Some(k) => {
            ws.write_formula(row, col, Formula::new(format!("={k}")).set_result(*k))?;
            Ok(())
        }
        None => write_text(ws, row, col, e, st),
    }
}

/// How many characters wide `value` shows, for fitting its column.
pub fn width(value: &Cell<'_>) -> usize {
    match *value {
        Value::Empty => 0,
        Value::Text(s) | Value::Error(s) => text_width(s),
        Value::Number(n) | Value::Duration(n) => format!("{n}").len().min(12),
        Value::Bool(_) => 5,
        Value::DateTime(dt) if dt.time() != chrono::NaiveTime::MIN => 17,
        Value::DateTime(_) => 11,
    }
}

/// How many characters wide a text shows: its longest line, without counting past the cap.
pub fn text_width(s: &str) -> usize {
    s.lines()
        .map(|l| l.chars().take(MAX_WIDTH * 2).count())
        .max()
        .unwrap_or(0)
}

/// Running maximum of content widths per column, turned into Excel column widths.
#[derive(Debug, Default, Clone)]
pub struct Widths(Vec<usize>);

impl Widths {
    /// Takes `w` characters in column `col` into account.
    pub fn see(&mut self, col: usize, w: usize) {
        if self.0.len() <= col {
            self.0.resize(col + 1, 0);
        }
        self.0[col] = self.0[col].max(w);
    }

    /// Sets every seen column's width on `ws`: content plus a margin, within bounds; `cap`
    /// overrides the widest bound for some columns (the "why" text).
    pub fn apply(&self, ws: &mut Worksheet, cap: impl Fn(usize) -> usize) -> Result<(), XlsxError> {
        for (col, &w) in self.0.iter().enumerate() {
            // A column with nothing in it keeps Excel's default width.
            if w == 0 {
                continue;
            }
            let Ok(c) = ColNum::try_from(col) else { break };
            let w = (w + 2).clamp(MIN_WIDTH, cap(col));
            ws.set_column_width(c, w as f64)?;
        }
        Ok(())
    }
}
