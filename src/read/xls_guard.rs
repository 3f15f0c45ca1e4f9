//! A guard for .xls files: calamine builds every sheet of an .xls into a dense rectangle when
//! it opens the file, so a tiny file with a cell at A1 and one at IV65536 on each of a few
//! sheets takes gigabytes. This scan reads the positions of the cell records in the
//! workbook stream first, without storing any cell, and refuses past the cell limit.
//!
//! It also tells an encrypted Office file (which is an OLE container too) from a workbook.

use std::io::{BufReader, Read};
use std::path::Path;

use super::limits::Limits;
use crate::error::Error;

/// BIFF records that hold one cell, with its row and column in their first four bytes.
const CELL_RECORDS: [u16; 8] = [
    0x0203, // Number
    0x0204, // Label
    0x00D6, // RString
    0x0205, // BoolErr
    0x027E, // Rk
    0x00FD, // LabelSst
    0x0006, // Formula
    0x00BD, // MulRk: several cells of one row, the last column in the last two bytes
];
const BOF: u16 = 0x0809;
const EOF: u16 = 0x000A;

/// What the OLE container at `path` holds, after sizing its sheets.
///
/// # Errors
/// [`Error::Unreadable`] for an encrypted file, a damaged container or one that holds no
/// workbook; [`Error::TooLarge`] past the cell limit.
pub fn check(path: &Path, limits: Limits) -> Result<(), Error> {
    let unreadable = |what: String| Error::Unreadable {
        path: path.to_path_buf(),
        what,
        source: None,
    };
    let file = std::fs::File::open(path).map_err(|source| Error::Open {
        path: path.to_path_buf(),
        source,
    })?;
    let mut ole = cfb::CompoundFile::open(file).map_err(|e| {
        unreadable(format!(
            "the workbook is damaged or truncated (its OLE container: {e})"
        ))
    })?;
    if ole.exists("/EncryptionInfo") || ole.exists("/EncryptedPackage") {
        return Err(unreadable(
            "the workbook is password-protected: save it without a password".into(),
        ));
    }
    let name = ["/Workbook", "/Book"]
        .into_iter()
        .find(|n| ole.is_stream(n))
        .ok_or_else(|| {
            unreadable(
                "this is an Office file but not a workbook (no Workbook stream; a Word or \
                 PowerPoint file?)"
                    .into(),
            )
        })?;
    let stream = ole
        .open_stream(name)
        .map_err(|e| unreadable(format!("the workbook is damaged ({e})")))?;
    let cells = cells(BufReader::new(stream));
    if cells > limits.cells as u64 {
        return Err(Error::TooLarge {
            path: path.to_path_buf(),
            sheet: None,
            what: format!(
                "its sheets span more than {} cells from their first to their last value; \
                 delete the far cells or save it as .xlsx",
                limits.cells
            ),
        });
    }
    Ok(())
}

/// The cells of the rectangles spanned by each sheet's values, summed; a truncated stream
/// counts what it holds (calamine reports the damage).
fn cells(mut r: impl Read) -> u64 {
    let mut total = 0u64;
    let mut sheet: Option<Span> = None;
    let mut depth = 0u32;
    let mut head = [0u8; 4];
    let mut data = vec![0u8; 0xFFFF];
    while r.read_exact(&mut head).is_ok() {
        let typ = u16::from_le_bytes([head[0], head[1]]);
        let len = usize::from(u16::from_le_bytes([head[2], head[3]]));
        if r.read_exact(&mut data[..len]).is_err() {
            break;
        }
        let data = &data[..len];
        let u16_at = |i: usize| data.get(i..i + 2).map(|b| u16::from_le_bytes([b[0], b[1]]));
        match typ {
            BOF => {
                depth += 1;
                // A worksheet substream (dt 0x0010) at the top level.
                if depth == 1 && u16_at(2) == Some(0x0010) {
                    sheet = Some(Span::default());
                }
            }
            EOF => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    if let Some(b) = sheet.take() {
                        total = total.saturating_add(b.cells());
                    }
                }
            }
            t if CELL_RECORDS.contains(&t) => {
                if let (Some(b), Some(row), Some(col)) = (sheet.as_mut(), u16_at(0), u16_at(2)) {
                    b.add(row, col);
                    if t == 0x00BD && len >= 2 {
                        if let Some(last) = u16_at(len - 2) {
                            b.add(row, last);
                        }
                    }
                }
            }
            _ => {}
        }
    }
    if let Some(b) = sheet {
        total = total.saturating_add(b.cells());
    }
    total
}

/// The bounding box of one sheet's values.
#[derive(Default)]
struct Span {
    span: Option<(u16, u16, u16, u16)>,
}

impl Span {
    fn add(&mut self, row: u16, col: u16) {
        self.span = Some(match self.span {
            None => (row, row, col, col),
            Some((r0, r1, c0, c1)) => (r0.min(row), r1.max(row), c0.min(col), c1.max(col)),
        });
    }

    fn cells(&self) -> u64 {
        self.span.map_or(0, |(r0, r1, c0, c1)| {
            (u64::from(r1 - r0) + 1) * (u64::from(c1 - c0) + 1)
        })
    }
}

#[cfg(test)]
mod tests;
