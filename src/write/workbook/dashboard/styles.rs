//! The cell formats of the dashboard: one header style for every table, thin grey rules
//! between rows, dates in the language's format, and one colour per flag.

use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder};

use super::words::{date_format, week_format, Word};
use crate::model::{Flag, Lang};

/// The cell formats of the sheet, built once.
pub(super) struct Styles {
    pub title: Format,
    pub as_of: Format,
    /// The line saying warm contacts do not fit the month's meetings.
    pub warm: Format,
    pub kpi_label: Format,
    pub kpi_value: Format,
    pub section: Format,
    pub header: Format,
    pub header_num: Format,
    pub text: Format,
    /// `text` with the quote prefix, for a name or company that looks like a formula.
    pub text_quoted: Format,
    /// Text that wraps within its cell rather than run into the next column (a long name in a
    /// narrow column of the network's tables), with and without the quote prefix.
    pub wrapped: Format,
    pub wrapped_quoted: Format,
    pub date: Format,
    pub week: Format,
    pub number: Format,
    pub note: Format,
}

impl Styles {
    pub fn new(lang: Lang) -> Self {
        let border = Color::RGB(0xD9D9D9);
        let cell = Format::new()
            .set_border_bottom(FormatBorder::Thin)
            .set_border_bottom_color(border)
            .set_align(FormatAlign::VerticalCenter);
        let header = Format::new()
            .set_bold()
            .set_font_color(Color::White)
            .set_background_color(Color::RGB(0x1F4E79))
            .set_text_wrap()
            .set_align(FormatAlign::VerticalCenter);
        Styles {
            title: Format::new()
                .set_bold()
                .set_font_size(18)
                .set_font_color(Color::RGB(0x1F4E79)),
            as_of: Format::new()
                .set_num_format(as_of_format(Word::AsOf.text(lang), date_format(lang)))
                .set_font_color(Color::RGB(0x595959))
                .set_align(FormatAlign::Left),
            warm: Format::new()
                .set_bold()
                .set_font_color(Color::RGB(0xC00000)),
            kpi_label: Format::new()
                .set_font_color(Color::RGB(0x595959))
                .set_align(FormatAlign::Center)
                .set_border_top(FormatBorder::Medium)
                .set_border_top_color(Color::RGB(0x1F4E79)),
            kpi_value: Format::new()
                .set_bold()
                .set_font_size(20)
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter),
            section: Format::new()
                .set_bold()
                .set_font_size(13)
                .set_font_color(Color::RGB(0x1F4E79)),
            header_num: header.clone().set_align(FormatAlign::Right),
            header,
            text: cell.clone(),
            text_quoted: cell.clone().set_quote_prefix(),
            wrapped: cell.clone().set_text_wrap().set_align(FormatAlign::Top),
            wrapped_quoted: cell
                .clone()
                .set_text_wrap()
                .set_align(FormatAlign::Top)
                .set_quote_prefix(),
            date: cell
                .clone()
                .set_num_format(date_format(lang))
                .set_align(FormatAlign::Left),
            week: cell
                .clone()
                .set_num_format(week_format(lang))
                .set_align(FormatAlign::Left),
            number: cell.set_num_format("0"),
            note: Format::new()
                .set_italic()
                .set_font_color(Color::RGB(0x595959))
                .set_align(FormatAlign::VerticalCenter),
        }
    }

    /// The flag cell: its colour tells the urgency before the word is read.
    pub fn flag(&self, flag: Flag) -> Format {
        let (fill, font) = match flag {
            Flag::Overdue => (0xF8CBAD, 0x9C0006),
            Flag::DueSoon => (0xFFE699, 0x7F6000),
            Flag::AtRisk => (0xF4B183, 0x843C0C),
            Flag::Ok => (0xC6EFCE, 0x006100),
            Flag::Inactive => (0xEDEDED, 0x595959),
        };
        self.text
            .clone()
            .set_background_color(Color::RGB(fill))
            .set_font_color(Color::RGB(font))
    }
}

/// "As of " before a date format, after its locale tag: `[$-409]"As of "d mmm yyyy`. A tag
/// after a literal (`"As of "[$-409]d mmm yyyy`) is shown as text by LibreOffice.
fn as_of_format(words: &str, date: &str) -> String {
    match date.strip_prefix("[$-").and_then(|r| r.split_once(']')) {
        Some((tag, rest)) => format!("[$-{tag}]\"{words} \"{rest}"),
        None => format!("\"{words} \"{date}"),
    }
}

#[cfg(test)]
mod as_of_tests {
    #[test]
    fn the_locale_tag_opens_the_format() {
        assert_eq!(
            super::as_of_format("As of", "[$-409]d mmm yyyy"),
            "[$-409]\"As of \"d mmm yyyy"
        );
        assert_eq!(super::as_of_format("Au", "dd/mm/yyyy"), "\"Au \"dd/mm/yyyy");
    }
}
