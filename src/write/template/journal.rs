//! The "Journal" sheet of the template: one row per exchange (date, contact, what, note,
//! introduced to), two example rows, a dropdown of the kinds of exchange in the workbook's
//! language, and a dropdown of contact names that reads the Contacts sheet's name column, so
//! a name added there is offered at once.

use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, DataValidationRule, ExcelDateTime, Format,
    FormatBorder, Formula, Worksheet, XlsxError,
};

use crate::model::Contact;
use crate::vocab::{ExchangeKind, JournalField, Lang};

/// The journal sheet's name, the same in both languages.
pub const JOURNAL_SHEET: &str = "Journal";

/// The columns of the journal, in order, with their width in characters.
const COLUMNS: &[(JournalField, f64)] = &[
    (JournalField::Date, 12.0),
    (JournalField::Contact, 26.0),
    (JournalField::Kind, 18.0),
    (JournalField::Note, 50.0),
    (JournalField::IntroducedTo, 22.0),
];

/// Contact rows the name dropdown reads: a bounded range (a whole-column reference is slow to
/// open), well past what a personal sheet holds; grown for a longer export.
const NAME_ROWS: usize = 10_000;
/// Rows of the journal that get the dropdowns: a year of exchanges many times over.
const JOURNAL_ROWS: u32 = 10_000;

/// The kinds of the dropdown, in `lang`.
pub fn kinds(lang: Lang) -> Vec<&'static str> {
    ExchangeKind::ALL.iter().map(|k| k.label(lang)).collect()
}

/// The formula of the names dropdown: the name column (A) of the contacts sheet, from row 2.
pub fn names_formula(contacts: usize) -> String {
    format!(
        "={}!$A$2:$A${}",
        super::CONTACTS_SHEET,
        NAME_ROWS.max(contacts + 500) + 1
    )
}

/// Fills the journal sheet for a contacts sheet of `contacts` rows; the two examples name the
/// first two of `rows` (none when empty).
pub(super) fn sheet(
    ws: &mut Worksheet,
    lang: Lang,
    rows: &[Contact],
    contacts: usize,
    dates: &Format,
) -> Result<(), XlsxError> {
    ws.set_name(JOURNAL_SHEET)?;
    let header = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xE2EFDA))
        .set_border_bottom(FormatBorder::Thin);
    for (col, &(field, width)) in COLUMNS.iter().enumerate() {
        let col = col as u16;
        ws.write_string_with_format(0, col, field.label(lang), &header)?;
        ws.set_column_width(col, width)?;
        let dv = match field {
            JournalField::Date => {
                ws.set_column_format(col, dates)?;
                DataValidation::new().allow_date(DataValidationRule::Between(
                    ExcelDateTime::from_ymd(1900, 1, 1)?,
                    ExcelDateTime::from_ymd(9999, 12, 31)?,
                ))
            }
            JournalField::Contact => {
                DataValidation::new().allow_list_formula(Formula::new(names_formula(contacts)))
            }
            JournalField::Kind => DataValidation::new().allow_list_strings(&kinds(lang))?,
            _ => continue,
        };
        // Synonyms, an e-mail or a name written otherwise are understood: warn, never block.
        let dv = dv
            .ignore_blank(true)
            .set_error_style(DataValidationErrorStyle::Warning);
        ws.add_data_validation(1, col, JOURNAL_ROWS, col, &dv)?;
    }
    ws.set_freeze_panes(1, 0)?;
    let l = lang;
    let examples = [
        (
            (2026, 11, 10),
            ExchangeKind::Message,
            l.pick(
                "Proposé un déjeuner pour parler de son studio",
                "Offered lunch to talk about his studio",
            ),
        ),
        (
            (2026, 10, 15),
            ExchangeKind::Help,
            l.pick(
                "Partagé mon étude du marché de l'emploi",
                "Shared my study of the job market",
            ),
        ),
    ];
    // Marc (the second example) was e-mailed; Claire (the first) was helped.
    let who = [rows.get(1).or(rows.first()), rows.first()];
    for (i, (((y, m, d), kind, note), contact)) in examples.iter().zip(who).enumerate() {
        let Some(contact) = contact else { continue };
        let r = i as u32 + 1;
        ws.write_datetime_with_format(r, 0, ExcelDateTime::from_ymd(*y, *m, *d)?, dates)?;
        ws.write_string(r, 1, contact.name.as_ref())?;
        ws.write_string(r, 2, kind.label(lang))?;
        ws.write_string(r, 3, *note)?;
    }
    Ok(())
}
