//! What the user's sheets looked like, written back: their numbers' formats (a percentage, a
//! time, a currency, a format of their own) and whether a sheet was hidden. The read stage
//! found them (`model::Looks`); this module turns them into rust_xlsxwriter formats, built
//! once per sheet and registered before the sheets are filled, so the same input gives the
//! same bytes whichever thread writes first.
//!
//! A format every number of a column shares becomes the column's format, which the cells
//! written without one inherit (rust_xlsxwriter hashes a whole `Format` for each cell written
//! with one); only the other formatted numbers carry a format of their own.

use rust_xlsxwriter::{
    ColNum, Color, Format, FormatAlign, FormatBorder, FormatPattern, FormatUnderline, Workbook,
    Worksheet, XlsxError,
};

use super::styles::Styles;
use crate::model::{
    self, Across, Area, CellLook, CellLooks, Cursor, Down, Line, NumFormat, NumFormats, Visibility,
};

/// The user's format of one cell, as the writer applies it.
#[derive(Debug, Clone, Copy)]
pub enum UserFormat<'a> {
    /// None: the tool's defaults (General, a time as `[h]:mm:ss`).
    None,
    /// The column's format, which the cell inherits when written without one.
    Column,
    /// A format of the cell's own, and its index among the sheet's number formats.
    Cell(&'a Format, u16),
}

/// The number formats of one sheet, ready to write.
#[derive(Debug)]
pub struct SheetFormats<'a> {
    source: &'a NumFormats,
    pub formats: Vec<Format>,
}

impl<'a> SheetFormats<'a> {
    /// The formats of `source`, built once.
    pub fn new(source: &'a NumFormats) -> Self {
        let formats = source
            .formats
            .iter()
            .map(|f| match f {
                NumFormat::Builtin(i) => Format::new().set_num_format_index(*i),
                NumFormat::Code(code) => Format::new().set_num_format(&**code),
            })
            .collect();
        SheetFormats { source, formats }
    }

    /// Gives every format its workbook index, in a fixed order.
    pub fn register(&self, book: &mut Workbook) {
        for f in &self.formats {
            book.register_format(f);
        }
    }

    /// Sets the format of each column whose numbers share one; `out` gives the output column
    /// of an input column (`None` for one not written).
    ///
    /// # Errors
    /// A rust_xlsxwriter error.
    pub fn set_columns(
        &self,
        ws: &mut Worksheet,
        out: impl Fn(usize) -> Option<ColNum>,
    ) -> Result<(), XlsxError> {
        for (c, f) in self.source.columns.iter().enumerate() {
            let (Some(f), Some(j)) = (f, out(c)) else {
                continue;
            };
            if let Some(format) = self.formats.get(usize::from(*f)) {
                ws.set_column_format(j, format)?;
            }
        }
        Ok(())
    }

    /// A reader of the cells' own formats, for cells asked in row then column order.
    pub fn cursor(&self) -> Cursor<'a> {
        self.source.cursor()
    }

    /// The user's format of the input cell at (`row`, `col`), `cursor` being this sheet's.
    pub fn at(&self, cursor: &mut Cursor<'_>, row: usize, col: usize) -> UserFormat<'_> {
        // (the column's own format is found by `number_format` when a look needs it)
        if let Some((f, index)) = cursor
            .at(row, col)
            .and_then(|i| Some((self.formats.get(usize::from(i))?, i)))
        {
            return UserFormat::Cell(f, index);
        }
        if self.source.column(col).is_some() {
            UserFormat::Column
        } else {
            UserFormat::None
        }
    }
}

/// The index of the number format a number of `user`'s cell at column `col` has.
fn number_format(source: &NumFormats, user: UserFormat<'_>, col: usize) -> Option<u16> {
    match user {
        UserFormat::None => None,
        UserFormat::Column => source.column(col),
        UserFormat::Cell(_, i) => Some(i),
    }
}

/// The formats of one look of the user's, for each kind of value written in it.
#[derive(Debug)]
pub struct LookFormats {
    /// Text, booleans, numbers without a format of the user's, blanks.
    pub plain: Format,
    /// Text that would read as a formula: with the quote prefix.
    pub quoted: Format,
    pub date: Format,
    pub datetime: Format,
    pub duration: Format,
    /// Numbers in each of the sheet's number formats, by index.
    pub numbers: Vec<Format>,
}

/// The most formats made for one sheet's looks; past it, numbers in a look lose their number
/// format rather than the workbook growing without bound.
const MAX_LOOK_FORMATS: usize = 65_536;

/// The cells' looks of one sheet, ready to write.
#[derive(Debug)]
pub struct SheetLooks<'a> {
    source: &'a CellLooks,
    numbers: &'a NumFormats,
    looks: Vec<LookFormats>,
}

impl<'a> SheetLooks<'a> {
    /// The formats of every look of `source`, over the tool's `st` and the sheet's `numbers`.
    pub fn new(
        source: &'a CellLooks,
        numbers: &'a NumFormats,
        formats: &SheetFormats<'_>,
        st: &Styles,
    ) -> Self {
        let per_look = 5 + formats.formats.len();
        let with_numbers = source.looks.len().saturating_mul(per_look) <= MAX_LOOK_FORMATS;
        let looks = source
            .looks
            .iter()
            .map(|l| LookFormats {
                plain: dress(Format::new(), l),
                quoted: dress(st.quoted.clone(), l),
                date: dress(st.date.clone(), l),
                datetime: dress(st.datetime.clone(), l),
                duration: dress(st.duration.clone(), l),
                numbers: if with_numbers {
                    formats
                        .formats
                        .iter()
                        .map(|f| dress(f.clone(), l))
                        .collect()
                } else {
                    Vec::new()
                },
            })
            .collect();
        SheetLooks {
            source,
            numbers,
            looks,
        }
    }

    /// Gives every format its workbook index, in a fixed order.
    pub fn register(&self, book: &mut Workbook) {
        for l in &self.looks {
            for f in [&l.plain, &l.quoted, &l.date, &l.datetime, &l.duration]
                .into_iter()
                .chain(&l.numbers)
            {
                book.register_format(f);
            }
        }
    }

    /// How many columns have a look somewhere.
    pub fn width(&self) -> usize {
        self.source.width()
    }

    /// The last row with a look, 0-based.
    pub fn last_row(&self) -> Option<usize> {
        self.source
            .runs
            .iter()
            .filter_map(|r| r.last().map(|&(_, last, _)| last as usize))
            .max()
    }

    /// A reader of the cells' looks, for cells asked in row then column order.
    pub fn cursor(&self) -> Cursor<'a> {
        self.source.cursor()
    }

    /// The formats of the look of the input cell at (`row`, `col`), `cursor` being this
    /// sheet's.
    pub fn at(&self, cursor: &mut Cursor<'_>, row: usize, col: usize) -> Option<&LookFormats> {
        if self.looks.is_empty() {
            return None;
        }
        cursor
            .at(row, col)
            .and_then(|i| self.looks.get(usize::from(i)))
    }

    /// The format of a number in look `look` whose user format is `user`, at column `col`.
    pub fn number<'f>(
        &self,
        look: &'f LookFormats,
        user: UserFormat<'_>,
        col: usize,
    ) -> &'f Format {
        number_format(self.numbers, user, col)
            .and_then(|i| look.numbers.get(usize::from(i)))
            .unwrap_or(&look.plain)
    }
}

/// `base` (a number format, the quote prefix) with the font, fill, borders and alignment of
/// `l`.
fn dress(mut f: Format, l: &CellLook) -> Format {
    if l.bold {
        f = f.set_bold();
    }
    if l.italic {
        f = f.set_italic();
    }
    if l.underline {
        f = f.set_underline(FormatUnderline::Single);
    }
    if l.strike {
        f = f.set_font_strikethrough();
    }
    if let Some(size) = l.size {
        f = f.set_font_size(f64::from(size) / 100.0);
    }
    if let Some(name) = &l.font {
        f = f.set_font_name(&**name);
    }
    if let Some(c) = l.color {
        f = f.set_font_color(Color::RGB(c));
    }
    if let Some(c) = l.fill {
        f = f
            .set_pattern(FormatPattern::Solid)
            .set_background_color(Color::RGB(c));
    }
    let [left, right, top, bottom] = l.borders;
    if let Some((line, c)) = left {
        f = f.set_border_left(border(line));
        if let Some(c) = c {
            f = f.set_border_left_color(Color::RGB(c));
        }
    }
    if let Some((line, c)) = right {
        f = f.set_border_right(border(line));
        if let Some(c) = c {
            f = f.set_border_right_color(Color::RGB(c));
        }
    }
    if let Some((line, c)) = top {
        f = f.set_border_top(border(line));
        if let Some(c) = c {
            f = f.set_border_top_color(Color::RGB(c));
        }
    }
    if let Some((line, c)) = bottom {
        f = f.set_border_bottom(border(line));
        if let Some(c) = c {
            f = f.set_border_bottom_color(Color::RGB(c));
        }
    }
    let across = match l.across {
        Across::General => None,
        Across::Left => Some(FormatAlign::Left),
        Across::Center => Some(FormatAlign::Center),
        Across::Right => Some(FormatAlign::Right),
        Across::Justify => Some(FormatAlign::Justify),
        Across::CenterAcross => Some(FormatAlign::CenterAcross),
        Across::Fill => Some(FormatAlign::Fill),
        Across::Distributed => Some(FormatAlign::Distributed),
    };
    if let Some(a) = across {
        f = f.set_align(a);
    }
    let down = match l.down {
        Down::Bottom => None,
        Down::Top => Some(FormatAlign::Top),
        Down::Center => Some(FormatAlign::VerticalCenter),
        Down::Justify => Some(FormatAlign::VerticalJustify),
        Down::Distributed => Some(FormatAlign::VerticalDistributed),
    };
    if let Some(a) = down {
        f = f.set_align(a);
    }
    if l.wrap {
        f = f.set_text_wrap();
    }
    if l.indent > 0 {
        f = f.set_indent(l.indent);
    }
    match l.rotation {
        r @ 1..=90 => f = f.set_rotation(r as i16),
        r @ 91..=180 => f = f.set_rotation(-((r - 90) as i16)),
        255 => f = f.set_rotation(270),
        _ => {}
    }
    f
}

fn border(l: Line) -> FormatBorder {
    match l {
        Line::Thin => FormatBorder::Thin,
        Line::Medium => FormatBorder::Medium,
        Line::Thick => FormatBorder::Thick,
        Line::Double => FormatBorder::Double,
        Line::Hair => FormatBorder::Hair,
        Line::Dashed => FormatBorder::Dashed,
        Line::Dotted => FormatBorder::Dotted,
        Line::MediumDashed => FormatBorder::MediumDashed,
        Line::DashDot => FormatBorder::DashDot,
        Line::MediumDashDot => FormatBorder::MediumDashDot,
        Line::DashDotDot => FormatBorder::DashDotDot,
        Line::MediumDashDotDot => FormatBorder::MediumDashDotDot,
        Line::SlantDashDot => FormatBorder::SlantDashDot,
    }
}

/// The user's layout of a sheet, laid over the one the tool wrote: `out` gives the output
/// column of an input column (`None` for one not written).
pub struct Layout<'a> {
    source: &'a model::Layout,
    /// The next row look to apply.
    next_row: usize,
    /// The merged areas by first row, and the next one to apply.
    merged: Vec<Area>,
    next_merge: usize,
}

impl<'a> Layout<'a> {
    pub fn new(source: &'a model::Layout, out: impl Fn(usize) -> Option<ColNum>) -> Self {
        // A merged area is kept when every one of its columns is written, side by side.
        let mut merged: Vec<Area> = source
            .merged
            .iter()
            .filter_map(|&(r0, c0, r1, c1)| {
                let a = out(c0 as usize)?;
                let b = out(c1 as usize)?;
                (u32::from(b) >= u32::from(a) && u32::from(b - a) == c1 - c0).then_some((
                    r0,
                    u32::from(a),
                    r1,
                    u32::from(b),
                ))
            })
            .collect();
        merged.sort_unstable();
        Layout {
            source,
            next_row: 0,
            merged,
            next_merge: 0,
        }
    }

    /// Sets the user's column widths and hidden columns (over the fitted widths).
    ///
    /// # Errors
    /// A rust_xlsxwriter error.
    pub fn columns(
        &self,
        ws: &mut Worksheet,
        out: impl Fn(usize) -> Option<ColNum>,
    ) -> Result<(), XlsxError> {
        for c in &self.source.columns {
            for i in c.first..=c.last {
                let Some(j) = out(i as usize) else { continue };
                if let Some(w) = c.width {
                    ws.set_column_width_pixels(j, pixels(w))?;
                }
                if c.hidden {
                    ws.set_column_hidden(j)?;
                }
            }
        }
        Ok(())
    }

    /// Sets the heights and hiding of the rows up to `row` (0-based) not yet set, and merges
    /// the areas starting there, in `format` of each area's first cell (its cells written
    /// afterwards keep their own). Called before each row is written, in order.
    ///
    /// # Errors
    /// A rust_xlsxwriter error.
    pub fn rows_upto(
        &mut self,
        ws: &mut Worksheet,
        row: usize,
        mut format: impl FnMut(u32, u32) -> Format,
    ) -> Result<(), XlsxError> {
        while let Some(r) = self.source.rows.get(self.next_row) {
            if r.row as usize > row {
                break;
            }
            self.next_row += 1;
            if let Some(h) = r.height {
                ws.set_row_height(r.row, h)?;
            }
            if r.hidden {
                ws.set_row_hidden(r.row)?;
            }
        }
        while let Some(&(r0, c0, r1, c1)) = self.merged.get(self.next_merge) {
            if r0 as usize > row {
                break;
            }
            self.next_merge += 1;
            let Ok(c0) = ColNum::try_from(c0) else {
                continue;
            };
            let Ok(c1) = ColNum::try_from(c1) else {
                continue;
            };
            // An area overlapping one already merged (a file written by hand) stays unmerged.
            let _ = ws.merge_range(r0, c0, r1, c1, "", &format(r0, u32::from(c0)));
        }
        Ok(())
    }

    /// The rows the user froze, and the columns.
    pub fn frozen(&self) -> Option<(u32, u32)> {
        self.source.frozen
    }

    pub fn autofilter(&self) -> Option<Area> {
        self.source.autofilter
    }
}

/// A column's width as a file stores it (characters plus the cell's padding) in pixels, as
/// Excel draws it: written back in pixels, the width stays what it was run after run (in
/// characters, the padding would be added again on every run).
fn pixels(width: f64) -> u32 {
    (((256.0 * width + (128.0f64 / 7.0).trunc()) / 256.0) * 7.0)
        .trunc()
        .clamp(0.0, 65_535.0) as u32
}

/// Hides `ws` as the user's sheet was.
pub fn show(ws: &mut Worksheet, visibility: Visibility) {
    match visibility {
        Visibility::Visible => {}
        Visibility::Hidden => {
            ws.set_hidden(true);
        }
        Visibility::VeryHidden => {
            ws.set_very_hidden(true);
        }
    }
}
