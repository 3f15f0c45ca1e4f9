//! The ready-to-fill workbook of `init`: a "Contacts" sheet whose headers are the contract's
//! field labels (so `process` reads it back with no problem), dropdown lists on the vocabulary
//! columns, date formats on the date columns, and a "Guide" sheet that walks through the method.
//! With no rows it holds two example rows to delete; with rows (from `init --from EXPORT.csv`)
//! it holds those contacts, objective, horizon and how left for the user to fill. Beside it, a
//! "Journal" sheet to log each exchange (see `journal`).
//!
//! This module owns the layout of the template and the text of the guide; the words of every
//! code come from `vocab`. It writes no file.

use std::borrow::Cow;

use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, DocProperties, ExcelDateTime, Format,
    FormatBorder, Workbook, Worksheet, XlsxError,
};

use crate::error::Error;
use crate::model::Contact;
use crate::vocab::{Category, Field, Horizon, How, Lang, Objective, Priority, Status};

mod guide;
pub mod journal;

/// The contacts sheet's name, the same in both languages.
pub const CONTACTS_SHEET: &str = "Contacts";
/// The guide sheet's name, the same in both languages.
pub const GUIDE_SHEET: &str = "Guide";

/// The columns of the template, in order, with their width in characters: who, the map, the
/// method's What / How / When, then what keeps the relationship alive.
const COLUMNS: &[(Field, f64)] = &[
    (Field::Name, 24.0),
    (Field::Company, 20.0),
    (Field::Role, 20.0),
    (Field::Email, 28.0),
    (Field::Phone, 16.0),
    (Field::Linkedin, 30.0),
    (Field::Category, 16.0),
    (Field::IntroducedBy, 20.0),
    (Field::Objective, 20.0),
    (Field::Horizon, 14.0),
    (Field::How, 14.0),
    (Field::Deadline, 12.0),
    (Field::Status, 16.0),
    (Field::LastContact, 14.0),
    (Field::MeetingDate, 12.0),
    (Field::Cadence, 12.0),
    (Field::Priority, 10.0),
    (Field::GiveBack, 30.0),
    (Field::Notes, 40.0),
];

/// The fields of the template's columns, in order.
pub fn columns() -> impl Iterator<Item = Field> {
    COLUMNS.iter().map(|&(f, _)| f)
}

/// The words of the dropdown list of `field` in `lang`, or `None` for a free-text column.
pub fn dropdown(field: Field, lang: Lang) -> Option<Vec<&'static str>> {
    fn labels<T: Copy>(all: &[T], label: impl Fn(T) -> &'static str) -> Vec<&'static str> {
        all.iter().map(|&c| label(c)).collect()
    }
    Some(match field {
        Field::Category => labels(Category::ALL, |c| c.label(lang)),
        Field::Objective => labels(Objective::ALL, |c| c.label(lang)),
        Field::Horizon => labels(Horizon::ALL, |c| c.label(lang)),
        Field::How => labels(How::ALL, |c| c.label(lang)),
        Field::Status => labels(Status::ALL, |c| c.label(lang)),
        Field::Priority => labels(Priority::ALL, |c| c.label(lang)),
        _ => return None,
    })
}

fn is_date(field: Field) -> bool {
    matches!(
        field,
        Field::Deadline | Field::LastContact | Field::MeetingDate
    )
}

/// The template as `.xlsx` bytes: `rows` as the contacts, or two example rows when empty.
///
/// # Errors
/// [`Error::Write`] when the workbook cannot be assembled; its path is empty, for the caller to
/// set to the output file.
pub fn workbook(lang: Lang, rows: &[Contact]) -> Result<Vec<u8>, Error> {
    build(lang, rows).map_err(Error::write)
}

fn build(lang: Lang, rows: &[Contact]) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    // A fixed creation date: the same call gives the same bytes.
    let created = ExcelDateTime::from_ymd(2026, 1, 1)?;
    wb.set_properties(
        &DocProperties::new()
            .set_title("reseau-xlsx")
            .set_creation_datetime(&created),
    );
    let examples;
    // The journal's examples name the example contacts; an export's real contacts get none,
    // since an example entry would move them.
    let journal_examples = rows.is_empty();
    let rows = if rows.is_empty() {
        examples = guide::examples(lang);
        &examples[..]
    } else {
        rows
    };
    contacts_sheet(wb.add_worksheet(), lang, rows)?;
    let named = if journal_examples { rows } else { &[] };
    journal::sheet(
        wb.add_worksheet(),
        lang,
        named,
        rows.len(),
        &date_format(lang),
    )?;
    guide::sheet(wb.add_worksheet(), lang)?;
    wb.save_to_buffer()
}

/// The same date format as the annotated workbook, so a sheet started here reads the same.
fn date_format(lang: Lang) -> Format {
    Format::new().set_num_format(lang.date_format())
}

fn contacts_sheet(ws: &mut Worksheet, lang: Lang, rows: &[Contact]) -> Result<(), XlsxError> {
    ws.set_name(CONTACTS_SHEET)?;
    // The rules cover the rows filled in and a margin for the contacts the user adds.
    let last =
        crate::write::workbook::validation::last_row(u32::try_from(rows.len()).unwrap_or(u32::MAX));
    ws.set_active(true);
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_background_color(Color::RGB(0xDDEBF7))
        .set_border_bottom(FormatBorder::Thin);
    let dates = date_format(lang);
    for (col, &(field, width)) in COLUMNS.iter().enumerate() {
        let col = col as u16;
        ws.write_string_with_format(0, col, field.label(lang), &header)?;
        ws.set_column_width(col, width)?;
        if is_date(field) {
            // A column format: dates the user types later get it too.
            ws.set_column_format(col, &dates)?;
            let check = DataValidation::new()
                .allow_date(rust_xlsxwriter::DataValidationRule::Between(
                    ExcelDateTime::from_ymd(1900, 1, 1)?,
                    ExcelDateTime::from_ymd(9999, 12, 31)?,
                ))
                .set_error_style(DataValidationErrorStyle::Warning);
            ws.add_data_validation(1, col, last, col, &check)?;
        }
        if let Some(mut list) = crate::write::workbook::validation::dropdown(field, lang)? {
            if field == Field::Objective {
                // Several objectives per cell ("Emploi, Veille"): the list helps, never blocks.
                list = list.set_input_message(guide::several(lang))?;
            }
            ws.add_data_validation(1, col, last, col, &list)?;
        }
    }
    ws.set_freeze_panes(1, 0)?;
    ws.set_row_height(0, 30)?;
    let lines = grouped(rows);
    ws.autofilter(0, 0, lines.len().max(1) as u32, (COLUMNS.len() - 1) as u16)?;
    let section = Format::new().set_bold();
    for (i, line) in lines.iter().enumerate() {
        let row = u32::try_from(i + 1).map_err(|_| XlsxError::RowColumnLimitError)?;
        match line {
            Line::Group(g) => {
                crate::write::workbook::cells::write_text_in(
                    ws,
                    row,
                    0,
                    &format!("## {g}"),
                    &section,
                    &section.clone().set_quote_prefix(),
                )?;
            }
            Line::Contact(c) => write_contact(ws, row, c, lang, &dates)?,
        }
    }
    Ok(())
}

/// A line of the contacts sheet: a section row naming a group, or a contact.
enum Line<'r, 'a> {
    Group(&'r str),
    Contact(&'r Contact<'a>),
}

/// The contacts with no group first, in their order, then each group (a label of an export
/// that names no category) under its own section row ("## Clients"), in the order the groups
/// first appear: the way a person groups a sheet by hand, which `process` reads back as the
/// group.
fn grouped<'r, 'a>(rows: &'r [Contact<'a>]) -> Vec<Line<'r, 'a>> {
    let mut lines: Vec<Line> = rows
        .iter()
        .filter(|c| c.group.is_none())
        .map(Line::Contact)
        .collect();
    // Looked up by name: an export may give thousands of labels.
    let mut at: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let mut groups: Vec<(&str, Vec<&Contact>)> = Vec::new();
    for c in rows {
        let Some(g) = c.group.as_deref() else {
            continue;
        };
        let k = *at.entry(g).or_insert_with(|| {
            groups.push((g, Vec::new()));
            groups.len() - 1
        });
        groups[k].1.push(c);
    }
    for (g, members) in groups {
        lines.push(Line::Group(g));
        lines.extend(members.into_iter().map(Line::Contact));
    }
    lines
}

/// One contact on `row`: every known field in its column, blanks left blank.
fn write_contact(
    ws: &mut Worksheet,
    row: u32,
    c: &Contact,
    lang: Lang,
    dates: &Format,
) -> Result<(), XlsxError> {
    let quoted = Format::new().set_quote_prefix();
    for (col, &(field, _)) in COLUMNS.iter().enumerate() {
        let col = col as u16;
        let date = |d: &Option<NaiveDate>| *d;
        let own = |t: &Option<Cow<'_, str>>| t.as_deref().map(str::to_string);
        let text: Option<String> = match field {
            Field::Name => Some(c.name.to_string()),
            Field::Company => own(&c.company),
            Field::Role => own(&c.role),
            Field::Email => own(&c.email),
            Field::Phone => own(&c.phone),
            Field::Linkedin => own(&c.linkedin),
            Field::Category => c.category.map(|x| x.label(lang).to_string()),
            Field::Objective => {
                let words: Vec<&str> = c.objectives.iter().map(|o| o.label(lang)).collect();
                Some(words.join(", "))
            }
            Field::Horizon => c.horizon.map(|x| x.label(lang).to_string()),
            Field::How => c.how.map(|x| x.label(lang).to_string()),
            Field::Status => Some(c.status.label(lang).to_string()),
            Field::Cadence => c.cadence_days.map(|d| guide::cadence(d, lang)),
            Field::Priority => c.priority.map(|x| x.label(lang).to_string()),
            Field::GiveBack => own(&c.give_back),
            Field::IntroducedBy => own(&c.introduced_by),
            Field::Notes => own(&c.notes),
            Field::What => own(&c.what),
            Field::Register => c.register.map(|x| x.label(lang).to_string()),
            Field::Deadline => return_date(ws, row, col, date(&c.deadline), dates)?,
            Field::LastContact => return_date(ws, row, col, date(&c.last_contact), dates)?,
            Field::MeetingDate => return_date(ws, row, col, date(&c.meeting_date), dates)?,
            Field::FirstName | Field::LastName => None,
        };
        if let Some(t) = text.filter(|t| !t.trim().is_empty()) {
            // Text, never a formula; quote-prefixed when it looks like one (an export's cells
            // are someone else's).
            crate::write::workbook::cells::write_text_in(
                ws,
                row,
                col,
                &t,
                &Format::new(),
                &quoted,
            )?;
        }
    }
    Ok(())
}

/// Writes a date cell (or its ISO text when Excel cannot hold it); no text left to write.
fn return_date(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    date: Option<NaiveDate>,
    format: &Format,
) -> Result<Option<String>, XlsxError> {
    let Some(d) = date else { return Ok(None) };
    let excel = u16::try_from(d.year())
        .ok()
        .and_then(|y| ExcelDateTime::from_ymd(y, d.month() as u8, d.day() as u8).ok());
    match excel {
        Some(x) => {
            ws.write_datetime_with_format(row, col, &x, format)?;
            Ok(None)
        }
        None => Ok(Some(d.to_string())),
    }
}

#[cfg(test)]
mod tests;

/// The `reseau.toml` that `init` writes beside a new workbook: every line commented, the `[me]`
/// lines the drafts need first, then tu or vous, each with why, in `lang`.
pub fn settings_file(lang: Lang) -> String {
    match lang {
        Lang::Fr => "\
# Réglages de reseau-xlsx pour le classeur à côté de ce fichier.
# Enlevez le # devant une ligne pour l'activer.

# Qui vous êtes : les brouillons de messages signent de votre nom et disent votre projet
# en une phrase. Sans ces lignes, ils gardent des blancs à remplir : [ce que je cherche],
# [mon nom].
# [me]
# name = \"Prénom Nom\"
# project = \"Je cherche un poste de chef de projet data dans la santé, à Lyon.\"
# signature = \"Prénom Nom\\n06 12 34 56 78\"

# Tu ou vous, pour les contacts dont la ligne ne le dit pas (colonne « Tu/Vous ») :
# \"auto\" (par défaut) tutoie les amis et la famille et vouvoie les autres.
# [messages]
# register = \"auto\"
"
        .to_string(),
        Lang::En => "\
# reseau-xlsx settings for the workbook beside this file.
# Remove the # at the start of a line to use it.

# Who you are: the message drafts sign with your name and say your project in one line.
# Without these lines they keep blanks to fill: [what I'm looking for], [my name].
# [me]
# name = \"First Last\"
# project = \"I am looking for a data project manager role in healthcare, in Leeds.\"
# signature = \"First Last\\n+44 7700 900123\"
"
        .to_string(),
    }
}
