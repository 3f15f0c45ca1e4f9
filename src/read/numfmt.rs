//! The number formats of a workbook's numbers, gathered while calamine streams an xlsx or xlsm
//! sheet: its cell reader gives each cell's style (`next_cell_with_style_id`), and the
//! workbook's styles give each style's number format (the workbook's own code, or one of
//! Excel's built-in ones). One pass over the sheet: nothing is unpacked or parsed twice.
//!
//! Only what the output needs is kept: the formats of numbers and dates (a formula's cached
//! number included) other than General and Excel's built-in dates; a date without a format of
//! the user's own is written in the workbook's language's date format. A format shared by every number of a column is stored once, else once per run
//! of rows whose numbers share it (see [`NumFormats`]).

use std::collections::HashMap;

use crate::model::{NumFormat, NumFormats};

/// Gathers the formats of one sheet's numbers, as its cells come.
#[derive(Debug)]
pub struct Collector {
    /// The distinct formats kept.
    formats: Vec<NumFormat>,
    /// Per cell style (its index in the workbook's styles), its kept format.
    styles: Vec<Option<u16>>,
    columns: Vec<Column>,
    runs: usize,
    /// Past this many runs, the rest of the sheet is left unformatted.
    max_runs: usize,
}

impl Collector {
    /// A collector for a workbook whose cell styles have the number formats `styles` (by style
    /// index: the format's id and code, when the style has one); at most `max_runs` runs kept.
    pub fn new<'a>(
        styles: impl IntoIterator<Item = Option<(Option<u32>, &'a str)>>,
        max_runs: usize,
    ) -> Self {
        let mut formats = Vec::new();
        let mut seen: HashMap<NumFormat, u16> = HashMap::new();
        let styles = styles
            .into_iter()
            .map(|f| {
                let format = f.and_then(|(id, code)| kept(id, code))?;
                if let Some(&i) = seen.get(&format) {
                    return Some(i);
                }
                let i = u16::try_from(formats.len()).ok()?;
                seen.insert(format.clone(), i);
                formats.push(format);
                Some(i)
            })
            .collect();
        Collector {
            formats,
            styles,
            columns: Vec::new(),
            runs: 0,
            max_runs,
        }
    }

    /// Whether no style of the workbook has a kept format (most workbooks format only dates).
    pub fn is_idle(&self) -> bool {
        self.formats.is_empty()
    }

    /// Takes the number at (`row`, `col`), of cell style `style`, into account; cells must
    /// come in row order within each column, as a sheet's XML gives them.
    pub fn number(&mut self, row: u32, col: u32, style: usize) {
        if self.is_idle() || self.runs > self.max_runs {
            return;
        }
        let Ok(i) = usize::try_from(col) else { return };
        if self.columns.len() <= i {
            self.columns.resize(i + 1, Column::default());
        }
        let column = &mut self.columns[i];
        let before = column.runs.len();
        column.number(row, self.styles.get(style).copied().flatten());
        self.runs += column.runs.len() - before;
    }

    /// The formats gathered.
    pub fn finish(self) -> NumFormats {
        let uniform = |c: &Column| match (c.runs.as_slice(), c.general) {
            ([(_, _, f)], false) => Some(*f),
            _ => None,
        };
        let columns: Vec<Option<u16>> = self.columns.iter().map(uniform).collect();
        let runs: Vec<Vec<(u32, u32, u16)>> = self
            .columns
            .into_iter()
            .map(|c| {
                if uniform(&c).is_some() {
                    Vec::new()
                } else {
                    c.runs
                }
            })
            .collect();
        if columns.iter().all(Option::is_none) && runs.iter().all(Vec::is_empty) {
            return NumFormats::default();
        }
        NumFormats {
            formats: self.formats,
            columns,
            runs,
        }
    }
}

/// The longest number format code Excel accepts.
const MAX_CODE_CHARS: usize = 255;

/// The number format of id `id` and code `code` when the output keeps it: not General, not a
/// built-in date (Excel's short date, which a typed date gets: written in the workbook's
/// language's date format). A built-in id stays a built-in (it shows in the reader's locale);
/// calamine names the ids it does not know "General". A date format of the user's own
/// (`dd/mm/yyyy` in an English workbook, `yyyy-mm-dd`) is kept: she chose it.
fn kept(id: Option<u32>, code: &str) -> Option<NumFormat> {
    if let Some(id) = id.and_then(|i| u8::try_from(i).ok()) {
        if let Some(builtin) = builtin(id) {
            return (id != 0 && !is_date(builtin)).then_some(NumFormat::Builtin(id));
        }
    }
    // A code Excel could not have written (over its 255 characters, or holding a character
    // XML forbids) is the input's mistake or an attack: it would make the output unreadable.
    if code.is_empty()
        || code.eq_ignore_ascii_case("general")
        || code.chars().count() > MAX_CODE_CHARS
        || !crate::safe::cell::xml_legal(code)
    {
        return None;
    }
    Some(NumFormat::Code(code.into()))
}

/// The code of Excel's built-in format `id` (ECMA-376 part 1, 18.8.30); `None` for the ids
/// left to the locale (the East Asian dates, 23 to 36, 50 and up).
pub fn builtin(id: u8) -> Option<&'static str> {
    Some(match id {
        0 => "General",
        1 => "0",
        2 => "0.00",
        3 => "#,##0",
        4 => "#,##0.00",
        5 => "($#,##0_);($#,##0)",
        6 => "($#,##0_);[Red]($#,##0)",
        7 => "($#,##0.00_);($#,##0.00)",
        8 => "($#,##0.00_);[Red]($#,##0.00)",
        9 => "0%",
        10 => "0.00%",
        11 => "0.00E+00",
        12 => "# ?/?",
        13 => "# ??/??",
        14 => "m/d/yyyy",
        15 => "d-mmm-yy",
        16 => "d-mmm",
        17 => "mmm-yy",
        18 => "h:mm AM/PM",
        19 => "h:mm:ss AM/PM",
        20 => "h:mm",
        21 => "h:mm:ss",
        22 => "m/d/yyyy h:mm",
        37 => "#,##0 ;(#,##0)",
        38 => "#,##0 ;[Red](#,##0)",
        39 => "#,##0.00;(#,##0.00)",
        40 => "#,##0.00;[Red](#,##0.00)",
        41 => r#"_(* #,##0_);_(* \(#,##0\);_(* "-"_);_(@_)"#,
        42 => r#"_($* #,##0_);_($* \(#,##0\);_($* "-"_);_(@_)"#,
        43 => r#"_(* #,##0.00_);_(* \(#,##0.00\);_(* "-"??_);_(@_)"#,
        44 => r#"_($* #,##0.00_);_($* \(#,##0.00\);_($* "-"??_);_(@_)"#,
        45 => "mm:ss",
        46 => "[h]:mm:ss",
        47 => "mmss.0",
        48 => "##0.0E+0",
        49 => "@",
        _ => return None,
    })
}

/// Whether a format code shows a date (a day, a month or a year), as opposed to a number or a
/// time of day alone. Quoted text, escaped characters, `[...]` sections (colours, locales,
/// elapsed `[h]`), and the characters after `_` and `*` are not format letters.
pub fn is_date(code: &str) -> bool {
    let (mut day_or_year, mut month_or_minute, mut time) = (false, false, false);
    let mut chars = code.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                for q in chars.by_ref() {
                    if q == '"' {
                        break;
                    }
                }
            }
            '[' => {
                let inside: String = chars.by_ref().take_while(|&q| q != ']').collect();
                time |= matches!(
                    inside.to_ascii_lowercase().as_str(),
                    "h" | "hh" | "m" | "mm" | "s" | "ss"
                );
            }
            '\\' | '_' | '*' => {
                chars.next();
            }
            'd' | 'D' | 'y' | 'Y' => day_or_year = true,
            'm' | 'M' => month_or_minute = true,
            'h' | 'H' | 's' | 'S' => time = true,
            _ => {}
        }
    }
    // `m` is a minute next to hours or seconds, a month otherwise.
    day_or_year || (month_or_minute && !time)
}

/// What is known of one column's numbers so far: the runs of rows whose numbers share a format
/// (a number without one ends the run it falls in), and whether a number had none.
#[derive(Debug, Clone, Default)]
struct Column {
    runs: Vec<(u32, u32, u16)>,
    /// Whether a number had no kept format.
    general: bool,
    /// Whether the last number had a format, so its run may go on.
    open: bool,
    /// A number came above one already seen (a file written by hand): the column's formats
    /// are dropped rather than risked on the wrong rows.
    spoiled: bool,
}

impl Column {
    /// Takes the number at `row`, of kept format `format`, into account.
    fn number(&mut self, row: u32, format: Option<u16>) {
        if self.spoiled {
            return;
        }
        if self.runs.last().is_some_and(|last| row < last.1) {
            (self.runs, self.general, self.spoiled) = (Vec::new(), true, true);
            return;
        }
        match (format, self.runs.last_mut()) {
            (None, _) => self.general = true,
            (Some(f), Some(last)) if self.open && last.2 == f => last.1 = row,
            (Some(f), _) => self.runs.push((row, row, f)),
        }
        self.open = format.is_some();
    }
}

#[cfg(test)]
mod tests;
