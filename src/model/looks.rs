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
    /// The cells' fonts, fills, borders and alignment.
    pub cells: CellLooks,
    /// The columns' widths, the rows' heights, the merged cells, the panes, the autofilter.
    pub layout: Layout,
}

/// A colour as red, green and blue (0xRRGGBB).
pub type Rgb = u32;

/// A border's line, as the spreadsheet names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Line {
    Thin,
    Medium,
    Thick,
    Double,
    Hair,
    Dashed,
    Dotted,
    MediumDashed,
    DashDot,
    MediumDashDot,
    DashDotDot,
    MediumDashDotDot,
    SlantDashDot,
}

/// Where text sits across a cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Across {
    #[default]
    General,
    Left,
    Center,
    Right,
    Justify,
    CenterAcross,
    Fill,
    Distributed,
}

/// Where text sits up and down a cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Down {
    Top,
    Center,
    #[default]
    Bottom,
    Justify,
    Distributed,
}

/// How one cell looked, besides its number format: only what a user sets and sees.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct CellLook {
    pub bold: bool,
    pub italic: bool,
    pub underline: bool,
    pub strike: bool,
    /// The font's size in hundredths of a point (1400 for 14 pt), when not the default.
    pub size: Option<u32>,
    pub font: Option<Box<str>>,
    pub color: Option<Rgb>,
    /// A solid fill's colour.
    pub fill: Option<Rgb>,
    /// Left, right, top, bottom: the line and its colour.
    pub borders: [Option<(Line, Option<Rgb>)>; 4],
    pub across: Across,
    pub down: Down,
    pub wrap: bool,
    pub indent: u8,
    /// Text rotation in degrees (0 to 180 as the file says, 255 for stacked).
    pub rotation: u16,
}

/// The looks of one sheet's cells: the distinct looks, and per column the runs of consecutive
/// rows whose cells share one (a cell with no look, or a row with no cell, ends a run).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CellLooks {
    pub looks: Vec<CellLook>,
    /// Per column (0-based), the runs: (first row, last row, look), 0-based, in order.
    pub runs: Vec<Vec<(u32, u32, u16)>>,
}

impl CellLooks {
    /// Whether no cell of the sheet has a look.
    pub fn is_empty(&self) -> bool {
        self.runs.iter().all(Vec::is_empty)
    }

    /// How many columns have a look somewhere.
    pub fn width(&self) -> usize {
        self.runs.len()
    }

    /// A reader of the cells' looks, for a sheet written row by row.
    pub fn cursor(&self) -> Cursor<'_> {
        Cursor {
            runs: &self.runs,
            next: vec![0; self.runs.len()],
        }
    }
}

/// One column range's width and whether it is hidden, as the sheet's `<col>` says.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ColumnLook {
    /// First and last column, 0-based.
    pub first: u32,
    pub last: u32,
    /// Width in characters, when the user set one.
    pub width: Option<f64>,
    pub hidden: bool,
}

/// One row's height and whether it is hidden.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RowLook {
    /// 0-based.
    pub row: u32,
    /// Height in points, when the user set one.
    pub height: Option<f64>,
    pub hidden: bool,
}

/// A rectangle of cells, 0-based and inclusive: (first row, first column, last row, last column).
pub type Area = (u32, u32, u32, u32);

/// The sheet's layout beyond its cells.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Layout {
    pub columns: Vec<ColumnLook>,
    /// In row order.
    pub rows: Vec<RowLook>,
    /// The merged areas, in the file's order.
    pub merged: Vec<Area>,
    /// The rows and columns frozen above and left of the panes.
    pub frozen: Option<(u32, u32)>,
    pub autofilter: Option<Area>,
}

impl Layout {
    /// The user's width and hiding of column `col`.
    pub fn column(&self, col: usize) -> Option<&ColumnLook> {
        let col = u32::try_from(col).ok()?;
        self.columns
            .iter()
            .find(|c| c.first <= col && col <= c.last)
    }
}

#[cfg(test)]
mod tests;
