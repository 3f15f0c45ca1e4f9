//! How a sheet of the user looked beyond its values: whether it was hidden, and the number
//! formats of its numbers (a percentage, a time, a currency, a format of their own), so the
//! output shows them as the user left them. The read stage fills it where the file tells
//! (`read::numfmt` for xlsx and xlsm); everything else reads as visible and unformatted.
//!
//! A full sheet has a million rows: a format is stored once per column when every number of
//! the column has it (the usual case: the user formats a column), else once per run of rows
//! whose numbers share it (twelve bytes a run; at worst one per number).

/// Whether a sheet shows in the tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Visibility {
    #[default]
    Visible,
    /// Hidden; the user can show it again from the tabs' menu.
    Hidden,
    /// Hidden so that only a macro can show it again.
    VeryHidden,
}

/// A number format as a workbook names it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum NumFormat {
    /// One of Excel's built-in formats (1 to 49), which show in the reader's locale (the
    /// currency of `($#,##0_)` is the reader's own): kept as its number, not as a code.
    Builtin(u8),
    /// A format code of the workbook's own, such as `0.0 "km"` or `#,##0.00 [$€-40C]`.
    Code(Box<str>),
}

/// The number formats of one sheet's numbers (a formula's cached number included). Dates are
/// not here: they are written in the locale's date format.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NumFormats {
    /// The distinct formats; the numbers below index into it.
    pub formats: Vec<NumFormat>,
    /// Per column (0-based), the format that every number of the column has.
    pub columns: Vec<Option<u16>>,
    /// Per column whose numbers differ, the runs of rows whose numbers share a format, in
    /// order: (first row, last row, format), 0-based. A number outside every run has none; a
    /// cell of text inside a run is not a number, and no format changes how it shows.
    pub runs: Vec<Vec<(u32, u32, u16)>>,
}

impl NumFormats {
    /// Whether no number of the sheet has a format.
    pub fn is_empty(&self) -> bool {
        self.runs.iter().all(Vec::is_empty) && self.columns.iter().all(Option::is_none)
    }

    /// The format every number of column `col` has.
    pub fn column(&self, col: usize) -> Option<u16> {
        self.columns.get(col).copied().flatten()
    }

    /// A reader of the cells' formats, for a sheet written row by row.
    pub fn cursor(&self) -> Cursor<'_> {
        Cursor {
            runs: &self.runs,
            next: vec![0; self.runs.len()],
        }
    }
}

/// Looks up the formats of cells asked for in row order (within a column), in one pass.
#[derive(Debug, Clone)]
pub struct Cursor<'a> {
    runs: &'a [Vec<(u32, u32, u16)>],
    /// Per column, the first run that may still hold a row asked for.
    next: Vec<usize>,
}

impl Cursor<'_> {
    /// The format of the number at (`row`, `col`) when it is not its column's; the rows of a
    /// column must be asked for in order.
    pub fn at(&mut self, row: usize, col: usize) -> Option<u16> {
        let (runs, next) = (self.runs.get(col)?, self.next.get_mut(col)?);
        while let Some(&(first, last, f)) = runs.get(*next) {
            if (last as usize) < row {
                *next += 1;
                continue;
            }
            return (first as usize <= row).then_some(f);
        }
        None
    }
}

/// What a sheet looked like besides its values.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Looks {
    pub visibility: Visibility,
    pub formats: NumFormats,
}

#[cfg(test)]
mod tests;
