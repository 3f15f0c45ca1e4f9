//! The formats every sheet shares (headers, dates in the locale's format, text kept as text,
//! the flag colours) and the conversion of dates to Excel serial numbers. One place, so the
//! sheets look alike and a colour is changed once.

use chrono::{NaiveDate, NaiveDateTime};
use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder, RowNum, Worksheet, XlsxError};

use crate::model::{Flag, Lang};

/// The formats of one workbook, in its language.
#[derive(Debug, Clone)]
pub struct Styles {
    /// Header of a user column: bold on a light blue band.
    pub header: Format,
    /// Header of a column the tool computed: bold on a light green band, so the user sees
    /// which columns are rewritten on each run.
    pub header_ours: Format,
    /// The same, centered, over a column of dates or small numbers.
    pub header_ours_center: Format,
    /// A date without time, in the locale's format.
    pub date: Format,
    /// A date with a time of day.
    pub datetime: Format,
    /// A time or duration.
    pub duration: Format,
    /// Text that Excel would otherwise take for a formula or a number when the user edits it.
    pub quoted: Format,
    /// A user header that looks like a formula: `header` with the quote prefix.
    pub header_quoted: Format,
    /// A link cell (Excel's "Hyperlink" look), and the same with the quote prefix.
    pub link: Format,
    pub link_quoted: Format,
    /// Centered short codes and small numbers (rank, tier, days late).
    pub center: Format,
    /// The line shown on an empty sheet.
    pub note: Format,
}

impl Styles {
    /// Every format, in a fixed order (to register them before writing in parallel).
    pub fn all(&self) -> [&Format; 12] {
        [
            &self.header,
            &self.header_ours,
            &self.header_ours_center,
            &self.date,
            &self.datetime,
            &self.duration,
            &self.quoted,
            &self.header_quoted,
            &self.link,
            &self.link_quoted,
            &self.center,
            &self.note,
        ]
    }

    /// The formats for a workbook in `lang`.
    pub fn new(lang: Lang) -> Self {
        let date = lang.date_format();
        let datetime = format!("{date} hh:mm");
        let band = |rgb: u32| {
            Format::new()
                .set_bold()
                .set_background_color(Color::RGB(rgb))
                .set_border_bottom(FormatBorder::Thin)
                .set_border_bottom_color(Color::RGB(0x8EA9C1))
        };
        Styles {
            header_quoted: band(0xDDEBF7).set_quote_prefix(),
            link: Format::new().set_hyperlink(),
            link_quoted: Format::new().set_hyperlink().set_quote_prefix(),
            header: band(0xDDEBF7),
            header_ours: band(0xE2EFDA),
            header_ours_center: band(0xE2EFDA).set_align(FormatAlign::Center),
            // Centered: a right-aligned date runs into the left-aligned text of the next column.
            date: Format::new()
                .set_num_format(date)
                .set_align(FormatAlign::Center),
            datetime: Format::new()
                .set_num_format(datetime)
                .set_align(FormatAlign::Center),
            duration: Format::new().set_num_format("[h]:mm:ss"),
            quoted: Format::new().set_quote_prefix(),
            center: Format::new().set_align(FormatAlign::Center),
            note: Format::new()
                .set_italic()
                .set_font_color(Color::RGB(0x595959)),
        }
    }
}

/// The row fill of a flag on the contacts sheet, `None` for a flag left uncoloured.
pub fn flag_fill(flag: Flag) -> Option<Format> {
    let (fill, font) = match flag {
        Flag::Overdue => (0xFFC7CE, 0x9C0006),
        Flag::DueSoon => (0xFFEB9C, 0x7F6000),
        Flag::AtRisk => (0xFCD5B4, 0x974706),
        Flag::Inactive => (0xEDEDED, 0x7F7F7F),
        Flag::Ok => return None,
    };
    Some(
        Format::new()
            .set_background_color(Color::RGB(fill))
            .set_font_color(Color::RGB(font)),
    )
}

/// Prints a table the way it is read: landscape, one page wide, the header on every page.
///
/// # Errors
/// A rust_xlsxwriter error.
pub fn print_setup(ws: &mut Worksheet, header_row: RowNum) -> Result<(), XlsxError> {
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(header_row, header_row)?;
    Ok(())
}

/// The score's tint: (lowest score, highest score, fill), darker as the score grows; scores
/// below the lowest band stay white. Plain cell-value rules, not Excel's data bar nor its colour
/// scale: Gnumeric draws neither (it warns and drops them), openpyxl warns on the data bar's
/// Excel 2010 extension, while these read and show the same in Excel, LibreOffice, Gnumeric and
/// every library.
pub fn score_bands() -> [(u32, u32, Format); 3] {
    let band = |fill: u32, font: u32| {
        Format::new()
            .set_background_color(Color::RGB(fill))
            .set_font_color(Color::RGB(font))
    };
    [
        (75, 100, band(0x5B9BD5, 0xFFFFFF)),
        (50, 74, band(0x9BC2E6, 0x1F3864)),
        (25, 49, band(0xDDEBF7, 0x1F3864)),
    ]
}

/// The first day Excel's 1900 system counts correctly (it believes 1900 was a leap year).
fn excel_epoch() -> NaiveDate {
    NaiveDate::from_ymd_opt(1899, 12, 30).unwrap_or_default()
}

/// The Excel serial number of `dt` (1900 system), or `None` outside the years Excel shows
/// (1900 to 9999), where the caller writes the date as text instead.
pub fn serial(dt: NaiveDateTime) -> Option<f64> {
    use chrono::{Datelike, Timelike};
    let year = dt.date().year();
    if !(1900..=9999).contains(&year) {
        return None;
    }
    let mut days = (dt.date() - excel_epoch()).num_days() as f64;
    // Excel counts a 29 February 1900 that never existed: dates before March 1900 are one less.
    if dt.date() < NaiveDate::from_ymd_opt(1900, 3, 1)? {
        days -= 1.0;
    }
    let secs =
        f64::from(dt.time().num_seconds_from_midnight()) + f64::from(dt.time().nanosecond()) / 1e9;
    Some(days + secs / 86_400.0)
}

/// The Excel serial number of a date.
pub fn date_serial(d: NaiveDate) -> Option<f64> {
    serial(d.and_hms_opt(0, 0, 0)?)
}

#[cfg(test)]
mod tests;
