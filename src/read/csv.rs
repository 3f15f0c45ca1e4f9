//! Delimited text: the encoding and the delimiter are sniffed, then the csv crate splits the
//! records (quoted fields may hold newlines, rows may be ragged).
//!
//! Every cell is kept as text, exactly as written (a phone `0612...` keeps its zero); turning
//! text into dates and numbers is `normalize`'s job. This module does not decide whether bytes
//! are text at all (see `mod.rs`, which sniffs archives first).

use std::borrow::Cow;
use std::path::Path;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

use super::limits::{self, Budget, Ctx, Limits};
use super::store::Store;
use crate::error::Error;
use crate::model::{Format, Rows, Sheet, Value, Workbook};

/// The delimiters tried, in the order that wins a tie.
const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];
/// Records looked at to sniff the delimiter.
const SNIFF_RECORDS: usize = 50;

/// Reads delimited text `bytes` (the whole file) as one sheet named after the file stem.
/// `tab` forces the tab delimiter (`.tsv`).
///
/// # Errors
/// [`Error::Unreadable`] for NUL bytes outside UTF-16, [`Error::TooLarge`] past the limits.
pub fn read(path: &Path, bytes: Vec<u8>, tab: bool, limits: Limits) -> Result<Workbook, Error> {
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let ctx = Ctx { path, sheet: None };
    if bytes.len() > limits.text_bytes {
        return Err(ctx.too_large(format!(
            "the file is larger than {}; split it",
            limits::size(limits.text_bytes)
        )));
    }
    // Text that is not UTF-8 is decoded into a string of its own, and the file's bytes are
    // let go before the cells are stored.
    let (text, encoding) = match utf8(&bytes) {
        Some(text) => (Cow::Borrowed(text), UTF_8),
        None => {
            let (text, enc) = transcode(&bytes);
            drop(bytes);
            (Cow::Owned(text), enc)
        }
    };
    if text.contains('\0') {
        return Err(Error::Unreadable {
            path: path.to_path_buf(),
            what: "holds NUL bytes, so it is not a text file (a UTF-16 file needs its byte order \
                   mark; or save it as CSV UTF-8)"
                .into(),
            source: None,
        });
    }
    let delimiter = if tab { b'\t' } else { sniff_delimiter(&text) };
    let rows = parse(&text, delimiter, &ctx, limits)?;
    Ok(Workbook {
        format: Format::Csv {
            delimiter,
            encoding: encoding.name(),
        },
        sheets: vec![Sheet {
            name,
            rows,
            ..Default::default()
        }],
    })
}

/// Decodes `bytes`: a byte order mark decides (UTF-8, UTF-16 LE/BE); else UTF-8 when valid;
/// else Windows-1252, what French Excel writes for "CSV (séparateur : point-virgule)".
pub fn decode(bytes: &[u8]) -> (Cow<'_, str>, &'static Encoding) {
    match utf8(bytes) {
        Some(text) => (Cow::Borrowed(text), UTF_8),
        None => {
            let (text, enc) = transcode(bytes);
            (Cow::Owned(text), enc)
        }
    }
}

/// The text of `bytes` when they are valid UTF-8 (after a UTF-8 byte order mark, if any).
fn utf8(bytes: &[u8]) -> Option<&str> {
    let body = match Encoding::for_bom(bytes) {
        Some((enc, bom)) if enc == UTF_8 => &bytes[bom..],
        Some(_) => return None,
        None => bytes,
    };
    std::str::from_utf8(body).ok()
}

/// Decodes `bytes` that are not valid UTF-8: UTF-16 after its byte order mark, UTF-8 with
/// invalid sequences after its mark (replaced), else Windows-1252.
///
/// Decoded piece by piece into a string that grows by an eighth at a time: encoding_rs's
/// one-call decoding reserves, and touches every page of, the worst case of three bytes per
/// input byte (about 500 MB for a 162 MB file); and it touches the spare room of the string at
/// each call, so the room is kept small.
fn transcode(bytes: &[u8]) -> (String, &'static Encoding) {
    let (enc, body) = match Encoding::for_bom(bytes) {
        Some((enc, bom)) => (enc, &bytes[bom..]),
        None => (WINDOWS_1252, bytes),
    };
    let mut decoder = enc.new_decoder_without_bom_handling();
    let mut text = String::new();
    const PIECE: usize = 1 << 16;
    let mut rest = body;
    loop {
        let last = rest.len() <= PIECE;
        let piece = &rest[..rest.len().min(PIECE)];
        let room = decoder
            .max_utf8_buffer_length(piece.len())
            .unwrap_or(4 * PIECE);
        // Grown by an eighth at a time, not piece by piece: an allocator that copies on growth
        // would otherwise copy the whole text at every piece.
        if text.capacity() - text.len() < room {
            text.reserve_exact(room.max(text.len() / 8));
        }
        let (result, read, _) = decoder.decode_to_string(piece, &mut text, last);
        rest = &rest[read..];
        if last && result == encoding_rs::CoderResult::InputEmpty {
            return (text, enc);
        }
    }
}

/// Picks the delimiter whose count per record is the same over most of the first records,
/// counting only outside quotes (so a quoted "Notes:" paragraph full of commas does not vote).
pub fn sniff_delimiter(text: &str) -> u8 {
    let mut counts: Vec<[usize; 4]> = Vec::new();
    let mut current = [0usize; 4];
    let mut in_quotes = false;
    let mut blank = true;
    for c in text.chars() {
        match c {
            '"' => {
                in_quotes = !in_quotes;
                blank = false;
            }
            '\n' | '\r' if !in_quotes => {
                if !blank {
                    counts.push(current);
                    if counts.len() >= SNIFF_RECORDS {
                        break;
                    }
                }
                current = [0; 4];
                blank = true;
            }
            _ => {
                if let Some(i) = DELIMITERS.iter().position(|&d| char::from(d) == c) {
                    if !in_quotes {
                        current[i] += 1;
                    }
                }
                blank = blank && c.is_whitespace();
            }
        }
    }
    if !blank {
        counts.push(current);
    }
    let mut best: Option<(usize, usize, u8)> = None; // (records agreeing, count, delimiter)
    for (i, &d) in DELIMITERS.iter().enumerate() {
        // The most frequent non-zero count of this delimiter, and how many records have it.
        let mut tally: Vec<(usize, usize)> = Vec::new();
        for rec in &counts {
            let n = rec[i];
            if n == 0 {
                continue;
            }
            match tally.iter_mut().find(|(c, _)| *c == n) {
                Some(t) => t.1 += 1,
                None => tally.push((n, 1)),
            }
        }
        let Some(&(count, agree)) = tally.iter().max_by_key(|&&(c, a)| (a, c)) else {
            continue;
        };
        if best.map_or(true, |(a, c, _)| (agree, count) > (a, c)) {
            best = Some((agree, count, d));
        }
    }
    best.map_or(b',', |(_, _, d)| d)
}

/// Splits `text` into rows of text cells; empty fields become [`Value::Empty`].
fn parse(text: &str, delimiter: u8, ctx: &Ctx<'_>, limits: Limits) -> Result<Rows, Error> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut budget = Budget::new(limits);
    let mut store = Store::new(&mut budget);
    let mut record = csv::StringRecord::new();
    // The csv crate skips blank lines, but a spreadsheet program shows them as rows, and the
    // user finds a problem by its row: so the row of a record is its first line minus the
    // lines that quoted newlines spread records over.
    let mut prev: Option<(usize, u64)> = None; // (row, last line) of the previous record
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                let line = e.position().map_or(0, csv::Position::line);
                return Err(Error::Unreadable {
                    path: ctx.path.to_path_buf(),
                    what: format!("line {line}: {e}"),
                    source: Some(e.into()),
                });
            }
        }
        // The line of the next unread byte; the record's last line is the one before it,
        // unless the text ended without a line break.
        let pos = reader.position();
        let ended_line = pos.byte() > 0
            && matches!(
                text.as_bytes().get(pos.byte() as usize - 1),
                Some(b'\n' | b'\r')
            );
        let last = if ended_line {
            pos.line().saturating_sub(1)
        } else {
            pos.line()
        };
        let inner_lines: u64 = record.iter().map(|f| newlines(f) as u64).sum();
        let start = last.saturating_sub(inner_lines);
        let row = match prev {
            None => start.saturating_sub(1) as usize,
            Some((r, end)) => r + start.saturating_sub(end).max(1) as usize,
        };
        prev = Some((row, last));
        for (col, field) in record.iter().enumerate() {
            if !field.is_empty() {
                store.place(row, col, Value::Text(field), ctx)?;
            } else if col >= limits::MAX_COLUMNS {
                // An empty field past XFD is still a column the sheet cannot have.
                store.place(row, col, Value::Empty, ctx)?;
            }
        }
    }
    Ok(store.finish())
}

/// Newlines inside a field (a quoted multi-line note).
fn newlines(field: &str) -> usize {
    field.bytes().filter(|&b| b == b'\n').count()
}

#[cfg(test)]
mod tests;
