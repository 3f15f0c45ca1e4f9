//! The sane limits of reading, and the budget that enforces them while cells are stored.
//!
//! A file from anywhere may claim a cell at XFD1048576, inflate a small archive into gigabytes,
//! or hold a shared-strings table of a billion bytes. Reading stops with [`Error::TooLarge`]
//! past these limits instead of exhausting memory. They are set so that a real sheet of
//! 1,048,575 rows by 12 columns of ordinary text still reads.

use std::path::Path;

use crate::error::Error;

/// Rows of a sheet: Excel's own limit.
pub const MAX_ROWS: usize = 1_048_576;
/// Columns of a sheet: Excel's own limit (column XFD).
pub const MAX_COLUMNS: usize = 16_384;
/// Cell slots stored over the whole file, counting the empty cells that pad a row up to its
/// last value (20 million: about 20 MB of empty cells at worst, and 1.6 times a full
/// 1,048,575 x 12 sheet).
pub const MAX_CELLS: usize = 20_000_000;
/// Bytes of text stored over the whole file (512 MiB), and the largest CSV file read.
pub const MAX_TEXT_BYTES: usize = 512 * 1024 * 1024;
/// Rows looked at for the header row (of the contact table and of a journal): title rows,
/// notes and blank rows above it are skipped.
pub const HEADER_SEARCH_ROWS: usize = 100;

/// Declared uncompressed size of one part of a workbook archive (shared strings, a sheet's
/// XML...): 2 GiB. A sheet's XML is streamed, so this only stops absurd claims early; the
/// shared-strings table is loaded whole by calamine, so it gets [`MAX_TEXT_BYTES`].
pub const MAX_PART_BYTES: u64 = 2 * 1024 * 1024 * 1024;

/// The limits of one read; [`Limits::default`] holds the documented ones. Tests lower them to
/// reach the same refusals with small files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Cell slots stored over the whole file (see [`MAX_CELLS`]).
    pub cells: usize,
    /// Bytes of text over the whole file, and of a shared-strings table (see [`MAX_TEXT_BYTES`]).
    pub text_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            cells: MAX_CELLS,
            text_bytes: MAX_TEXT_BYTES,
        }
    }
}

/// Counts what has been stored so far and refuses to go past the limits.
#[derive(Debug)]
pub struct Budget {
    cells: usize,
    text: usize,
    limits: Limits,
}

impl Budget {
    /// An empty budget under `limits`.
    pub fn new(limits: Limits) -> Self {
        Budget {
            cells: 0,
            text: 0,
            limits,
        }
    }

    /// Refuses a cell at (`row`, `col`) (0-based) past the last row or column a sheet has.
    ///
    /// # Errors
    /// [`Error::TooLarge`] naming the file, the sheet and the cell.
    pub fn position(&self, row: usize, col: usize, ctx: &Ctx<'_>) -> Result<(), Error> {
        if row >= MAX_ROWS {
            return Err(ctx.too_large(format!(
                "row {} is past the last row a sheet can have ({MAX_ROWS})",
                row + 1
            )));
        }
        if col >= MAX_COLUMNS {
            return Err(ctx.too_large(format!(
                "row {}: column {} is past the last column a sheet can have ({MAX_COLUMNS}, XFD)",
                row + 1,
                col + 1
            )));
        }
        Ok(())
    }

    /// Counts `len` more bytes of text, read on `row`.
    ///
    /// # Errors
    /// [`Error::TooLarge`] past the text limit.
    pub fn text(&mut self, len: usize, row: usize, ctx: &Ctx<'_>) -> Result<(), Error> {
        self.text = self.text.saturating_add(len);
        if self.text > self.limits.text_bytes {
            return Err(ctx.too_large(format!(
                "row {}: more than {} of text; split the file",
                row + 1,
                size(self.limits.text_bytes)
            )));
        }
        Ok(())
    }

    /// Counts `slots` more cell slots (a value and the empty cells padding the row up to it),
    /// stored on `row`.
    ///
    /// # Errors
    /// [`Error::TooLarge`] past the cell limit.
    pub fn cells(&mut self, slots: usize, row: usize, ctx: &Ctx<'_>) -> Result<(), Error> {
        self.cells = self.cells.saturating_add(slots);
        if self.cells > self.limits.cells {
            return Err(ctx.too_large(format!(
                "row {}: more than {} cells; split the file",
                row + 1,
                self.limits.cells
            )));
        }
        Ok(())
    }
}

/// `bytes` for a message: in MiB, or in bytes when small.
pub fn size(bytes: usize) -> String {
    if bytes >= 1 << 20 {
        format!("{} MiB", bytes >> 20)
    } else {
        format!("{bytes} bytes")
    }
}

/// The file and sheet being read, for messages.
pub struct Ctx<'a> {
    pub path: &'a Path,
    pub sheet: Option<&'a str>,
}

impl Ctx<'_> {
    /// A [`Error::TooLarge`] for this file and sheet.
    pub fn too_large(&self, what: String) -> Error {
        Error::TooLarge {
            path: self.path.to_path_buf(),
            sheet: self.sheet.map(str::to_string),
            what,
        }
    }
}
