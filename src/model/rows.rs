//! The cells of a sheet, packed. A full sheet has a million rows of a dozen or more cells;
//! held as one `Vec<Value>` per row with a heap text per cell, it costs three to four times
//! the size of its data. Here each cell is a tag byte and its payload, written one after the
//! other into one buffer, and a row is where it ends: a sheet costs about what its text
//! weighs. Cells are read back as [`Cell`]s, which borrow their text from the buffer.
//!
//! Layout of one cell: a tag byte, then
//! - text and error: the length in bytes (LEB128); the text itself goes, one after the other,
//!   into a second buffer that is a `String`, so reading a cell back never checks its UTF-8
//!   again;
//! - number and duration: the `f64`, little-endian;
//! - date-time: the day from the common era (`i32`), the second of the day and the
//!   nanosecond (`u32` each), little-endian;
//! - empty, true, false: nothing.

use std::fmt;

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

use super::{Cell, Value};

const EMPTY: u8 = 0;
const TEXT: u8 = 1;
const NUMBER: u8 = 2;
const FALSE: u8 = 3;
const TRUE: u8 = 4;
const DATE_TIME: u8 = 5;
const DURATION: u8 = 6;
const ERROR: u8 = 7;

/// The rows of one sheet, in order; `row(0)` is spreadsheet row 1.
#[derive(Clone, Default, PartialEq)]
pub struct Rows {
    bytes: Vec<u8>,
    /// The texts of the text and error cells, in cell order.
    text: String,
    /// Where each row ends in `bytes` and in `text`.
    ends: Vec<(usize, usize)>,
    /// Cells in the widest row.
    width: usize,
    /// Cells in the last row (the one `push_cell` adds to).
    last_width: usize,
}

impl Rows {
    /// The number of rows.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The number of cells in the widest row.
    pub fn width(&self) -> usize {
        self.width
    }

    /// Row `i` (0-based); an empty row past the last one.
    pub fn row(&self, i: usize) -> Row<'_> {
        let Some(&(end, text_end)) = self.ends.get(i) else {
            return Row {
                bytes: &[],
                text: "",
            };
        };
        let (start, text_start) = i.checked_sub(1).map_or((0, 0), |p| self.ends[p]);
        Row {
            bytes: &self.bytes[start..end],
            text: self.text.get(text_start..text_end).unwrap_or_default(),
        }
    }

    /// Every row, in order.
    pub fn iter(&self) -> RowsIter<'_> {
        RowsIter {
            rows: self,
            next: 0,
            end: self.len(),
        }
    }

    /// The number of cells in the last row.
    pub fn last_width(&self) -> usize {
        self.last_width
    }

    /// Starts a new, empty row after the last one.
    pub fn open_row(&mut self) {
        self.ends.push((self.bytes.len(), self.text.len()));
        self.last_width = 0;
    }

    /// Appends `cell` to the last row (opening one when there is none).
    pub fn push_cell(&mut self, cell: Cell<'_>) {
        if self.ends.is_empty() {
            self.open_row();
        }
        encode(&mut self.bytes, &mut self.text, cell);
        let last = self.ends.len() - 1;
        self.ends[last] = (self.bytes.len(), self.text.len());
        self.last_width += 1;
        self.width = self.width.max(self.last_width);
    }

    /// Appends a copy of `row` (of this or another `Rows`), as it is stored.
    pub fn push_copy(&mut self, row: Row<'_>) {
        self.open_row();
        self.bytes.extend_from_slice(row.bytes);
        self.text.push_str(row.text);
        let last = self.ends.len() - 1;
        self.ends[last] = (self.bytes.len(), self.text.len());
        self.last_width = row.len();
        self.width = self.width.max(self.last_width);
    }

    /// Appends a row of `cells`.
    pub fn push_row<'a>(&mut self, cells: impl IntoIterator<Item = Cell<'a>>) {
        self.open_row();
        for cell in cells {
            self.push_cell(cell);
        }
    }

    /// Drops the rows from `len` on.
    pub fn truncate(&mut self, len: usize) {
        if len < self.len() {
            self.ends.truncate(len);
            let (bytes, text) = self.ends.last().copied().unwrap_or((0, 0));
            self.bytes.truncate(bytes);
            self.text.truncate(text);
            self.width = self.iter().map(Row::len).max().unwrap_or(0);
            self.last_width = self.ends.last().map_or(0, |_| self.row(len - 1).len());
        }
    }

    /// Lets go of the room kept for more rows: a sheet read in full keeps only what it holds.
    pub fn shrink_to_fit(&mut self) {
        self.bytes.shrink_to_fit();
        self.text.shrink_to_fit();
        self.ends.shrink_to_fit();
    }

    /// The rows as owned values, for tests and small sheets.
    pub fn to_vecs(&self) -> Vec<Vec<Value>> {
        self.iter()
            .map(|r| r.iter().map(|c| c.to_value()).collect())
            .collect()
    }

    /// The bytes held, for the test that a sheet costs about its text.
    #[cfg(test)]
    fn heap_bytes(&self) -> usize {
        self.bytes.capacity()
            + self.text.capacity()
            + self.ends.capacity() * std::mem::size_of::<(usize, usize)>()
    }
}

impl<S: AsRef<str>> From<Vec<Vec<Value<S>>>> for Rows {
    fn from(rows: Vec<Vec<Value<S>>>) -> Self {
        rows.into_iter().collect()
    }
}

impl<S: AsRef<str>> FromIterator<Vec<Value<S>>> for Rows {
    fn from_iter<I: IntoIterator<Item = Vec<Value<S>>>>(rows: I) -> Self {
        let mut out = Rows::default();
        for row in rows {
            out.push_row(row.iter().map(Value::as_cell));
        }
        out
    }
}

impl<'a> IntoIterator for &'a Rows {
    type Item = Row<'a>;
    type IntoIter = RowsIter<'a>;

    fn into_iter(self) -> RowsIter<'a> {
        self.iter()
    }
}

/// The rows of a [`Rows`], in order.
#[derive(Clone)]
pub struct RowsIter<'a> {
    rows: &'a Rows,
    next: usize,
    end: usize,
}

impl<'a> Iterator for RowsIter<'a> {
    type Item = Row<'a>;

    fn next(&mut self) -> Option<Row<'a>> {
        (self.next < self.end).then(|| {
            self.next += 1;
            self.rows.row(self.next - 1)
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.end - self.next;
        (n, Some(n))
    }

    fn nth(&mut self, n: usize) -> Option<Row<'a>> {
        self.next = self.next.saturating_add(n).min(self.end);
        self.next()
    }
}

impl DoubleEndedIterator for RowsIter<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        (self.next < self.end).then(|| {
            self.end -= 1;
            self.rows.row(self.end)
        })
    }
}

impl ExactSizeIterator for RowsIter<'_> {}

impl fmt::Debug for Rows {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.iter().map(|r| r.to_vec()))
            .finish()
    }
}

/// One stored row: its cells, decoded as they are read.
#[derive(Clone, Copy, PartialEq)]
pub struct Row<'a> {
    bytes: &'a [u8],
    text: &'a str,
}

impl<'a> Row<'a> {
    /// The cells, from column A.
    pub fn iter(self) -> Cells<'a> {
        Cells {
            bytes: self.bytes,
            text: self.text,
        }
    }

    /// The cell of column `col` (0-based); empty past the end of the row.
    pub fn get(self, col: usize) -> Cell<'a> {
        self.iter().nth(col).unwrap_or(Value::Empty)
    }

    /// The number of cells stored (trailing empty cells are not).
    pub fn len(self) -> usize {
        self.iter().count()
    }

    pub fn is_empty(self) -> bool {
        self.bytes.is_empty()
    }

    /// The cells in a vector, for random access.
    pub fn to_vec(self) -> Vec<Cell<'a>> {
        self.iter().collect()
    }
}

impl<'a> IntoIterator for Row<'a> {
    type Item = Cell<'a>;
    type IntoIter = Cells<'a>;

    fn into_iter(self) -> Cells<'a> {
        self.iter()
    }
}

impl fmt::Debug for Row<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// The cells of a [`Row`], in order.
#[derive(Clone)]
pub struct Cells<'a> {
    bytes: &'a [u8],
    text: &'a str,
}

impl<'a> Iterator for Cells<'a> {
    type Item = Cell<'a>;

    fn next(&mut self) -> Option<Cell<'a>> {
        let (&tag, rest) = self.bytes.split_first()?;
        let (cell, rest, text) = decode(tag, rest, self.text);
        self.bytes = rest;
        self.text = text;
        Some(cell)
    }

    /// Steps over the first `n` cells without decoding them (a column looked up by index).
    fn nth(&mut self, n: usize) -> Option<Cell<'a>> {
        for _ in 0..n {
            let (&tag, rest) = self.bytes.split_first()?;
            let (taken, text) = payload(tag, rest);
            self.bytes = rest.get(taken..).unwrap_or_default();
            self.text = self.text.get(text..).unwrap_or_default();
        }
        self.next()
    }
}

fn encode(out: &mut Vec<u8>, texts: &mut String, cell: Cell<'_>) {
    match cell {
        Value::Empty => out.push(EMPTY),
        Value::Text(s) => text(out, texts, TEXT, s),
        Value::Error(s) => text(out, texts, ERROR, s),
        Value::Number(n) => {
            out.push(NUMBER);
            out.extend_from_slice(&n.to_le_bytes());
        }
        Value::Duration(n) => {
            out.push(DURATION);
            out.extend_from_slice(&n.to_le_bytes());
        }
        Value::Bool(b) => out.push(if b { TRUE } else { FALSE }),
        Value::DateTime(d) => {
            out.push(DATE_TIME);
            out.extend_from_slice(&d.date().num_days_from_ce().to_le_bytes());
            out.extend_from_slice(&d.time().num_seconds_from_midnight().to_le_bytes());
            out.extend_from_slice(&d.time().nanosecond().to_le_bytes());
        }
    }
}

fn text(out: &mut Vec<u8>, texts: &mut String, tag: u8, s: &str) {
    out.push(tag);
    let mut n = s.len();
    loop {
        let low = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(low);
            break;
        }
        out.push(low | 0x80);
    }
    texts.push_str(s);
}

/// The bytes after the tag of a cell of `tag` at the start of `rest`, and the bytes of its
/// text.
fn payload(tag: u8, rest: &[u8]) -> (usize, usize) {
    match tag {
        TEXT | ERROR => length(rest),
        NUMBER | DURATION => (8, 0),
        DATE_TIME => (12, 0),
        _ => (0, 0),
    }
}

/// The bytes taken by a text's length at the start of `rest` (LEB128), and that length.
fn length(rest: &[u8]) -> (usize, usize) {
    let mut n = 0usize;
    let mut shift = 0;
    let mut i = 0;
    while let Some(&b) = rest.get(i) {
        n |= usize::from(b & 0x7f).checked_shl(shift).unwrap_or(0);
        shift += 7;
        i += 1;
        if b & 0x80 == 0 {
            break;
        }
    }
    (i, n)
}

/// The cell of `tag` at the start of `rest`, and what follows it. The buffer is only ever
/// written by [`encode`]; should it be cut short all the same, the row ends there.
fn decode<'a>(tag: u8, rest: &'a [u8], text: &'a str) -> (Cell<'a>, &'a [u8], &'a str) {
    let end: &[u8] = &[];
    match tag {
        TEXT | ERROR => {
            let (i, n) = length(rest);
            // `encode` cuts `text` at the ends of whole texts, so the cut is a char boundary.
            let (Some(rest), Some((s, text))) = (rest.get(i..), text.split_at_checked(n)) else {
                return (Value::Empty, end, "");
            };
            let cell = if tag == TEXT {
                Value::Text(s)
            } else {
                Value::Error(s)
            };
            (cell, rest, text)
        }
        NUMBER | DURATION => match rest.split_first_chunk::<8>() {
            Some((n, rest)) => {
                let n = f64::from_le_bytes(*n);
                let cell = if tag == NUMBER {
                    Value::Number(n)
                } else {
                    Value::Duration(n)
                };
                (cell, rest, text)
            }
            None => (Value::Empty, end, ""),
        },
        DATE_TIME => match rest.split_first_chunk::<12>() {
            Some((b, rest)) => {
                let word = |i: usize| [b[i], b[i + 1], b[i + 2], b[i + 3]];
                let day = NaiveDate::from_num_days_from_ce_opt(i32::from_le_bytes(word(0)));
                let time = NaiveTime::from_num_seconds_from_midnight_opt(
                    u32::from_le_bytes(word(4)),
                    u32::from_le_bytes(word(8)),
                );
                let cell = match (day, time) {
                    (Some(d), Some(t)) => Value::DateTime(NaiveDateTime::new(d, t)),
                    _ => Value::Empty,
                };
                (cell, rest, text)
            }
            None => (Value::Empty, end, ""),
        },
        TRUE => (Value::Bool(true), rest, text),
        FALSE => (Value::Bool(false), rest, text),
        _ => (Value::Empty, rest, text),
    }
}

#[cfg(test)]
mod tests;
