//! Finding the journal table: the sheet (other than the contacts sheet and the tool's own
//! sheets) whose header row names a date and a contact column, found by its headers in French
//! or English; or the table of a `--journal` file. Pure, like `locate`: the journal file is
//! opened by [`super::open`].
//!
//! A sheet is taken for a journal when its header row (within the first 100 rows) maps a date,
//! a contact and a kind column, or a date and a contact column in a sheet named like a journal
//! ("Journal", "Échanges", "Historique", "Suivi", "Log", "Interactions", "Contact log"). A
//! sheet named like a journal, or the `--journal` file, whose headers map two journal columns
//! but lack the date or the contact is reported once and ignored.

use crate::model::{Cell, JournalColumn, JournalTable, Marker, Value, Workbook, MARKER_SHEET};
use crate::vocab::{fold, JournalField, JOURNAL_SHEET_NAMES};

/// Rows looked at for the header row, as for the contact table.
const HEADER_SEARCH_ROWS: usize = 100;

/// What the search for a journal found.
#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    /// No sheet looks like a journal.
    None,
    /// The journal table.
    Table(JournalTable),
    /// A sheet meant as a journal whose headers lack the date or the contact column: its name
    /// and the headers seen, for the one problem that reports it.
    Incomplete { sheet: String, headers: Vec<String> },
}

/// The journal of the workbook that holds the contacts: any sheet but the contacts sheet, the
/// marker and the sheets an earlier run wrote.
pub fn in_workbook(workbook: &Workbook, contacts_sheet: usize) -> Found {
    let own = Marker::of(workbook)
        .map(|m| m.own_sheets)
        .unwrap_or_default();
    search(
        workbook,
        |i, name| i != contacts_sheet && name != MARKER_SHEET && !own.iter().any(|o| o == name),
        false,
    )
}

/// The journal of a `--journal` file: its first sheet with a journal table, whatever the
/// sheets are named.
pub fn in_file(workbook: &Workbook) -> Found {
    let own = Marker::of(workbook)
        .map(|m| m.own_sheets)
        .unwrap_or_default();
    let found = search(
        workbook,
        |_, name| name != MARKER_SHEET && !own.iter().any(|o| o == name),
        true,
    );
    match found {
        Found::None => Found::Incomplete {
            sheet: workbook
                .sheets
                .first()
                .map(|s| s.name.clone())
                .unwrap_or_default(),
            headers: Vec::new(),
        },
        f => f,
    }
}

/// Whether `sheet` is a journal by its name and its headers: the contacts search passes over
/// it, so a Journal sheet placed before the contacts is not read as the contact table.
pub fn is_named_journal(sheet: &crate::model::Sheet) -> bool {
    JOURNAL_SHEET_NAMES.contains(&fold(&sheet.name).as_str())
        && sheet.rows.iter().take(HEADER_SEARCH_ROWS).any(|row| {
            let cols = columns(row.iter());
            let has = |f| cols.iter().any(|c: &JournalColumn| c.field == f);
            has(JournalField::Date) && has(JournalField::Contact)
        })
}

fn search(workbook: &Workbook, wanted: impl Fn(usize, &str) -> bool, any_name: bool) -> Found {
    let mut incomplete = None;
    for (i, sheet) in workbook.sheets.iter().enumerate() {
        if !wanted(i, &sheet.name) {
            continue;
        }
        let named = any_name || JOURNAL_SHEET_NAMES.contains(&fold(&sheet.name).as_str());
        for (r, row) in sheet.rows.iter().take(HEADER_SEARCH_ROWS).enumerate() {
            let cols = columns(row.iter());
            let has = |f| cols.iter().any(|c: &JournalColumn| c.field == f);
            let dated = has(JournalField::Date) && has(JournalField::Contact);
            if dated && (named || has(JournalField::Kind)) {
                let lang = super::lang::of_headers(cols.iter().map(|c| c.header.as_str()));
                return Found::Table(JournalTable {
                    sheet: i,
                    header_row: r,
                    columns: cols,
                    lang,
                });
            }
            if named && cols.len() >= 2 && incomplete.is_none() {
                incomplete = Some(Found::Incomplete {
                    sheet: sheet.name.clone(),
                    headers: cols.into_iter().map(|c| c.header).collect(),
                });
            }
        }
    }
    incomplete.unwrap_or(Found::None)
}

/// The journal columns of a header row: one per field, the first of each.
fn columns<'a>(cells: impl Iterator<Item = Cell<'a>>) -> Vec<JournalColumn> {
    let mut out: Vec<JournalColumn> = Vec::new();
    for (index, cell) in cells.enumerate() {
        let Value::Text(text) = cell else { continue };
        let header = text.trim();
        let Some(field) = JournalField::parse(header) else {
            continue;
        };
        if out.iter().all(|c| c.field != field) {
            out.push(JournalColumn {
                index,
                header: header.to_string(),
                field,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Format, Sheet};

    fn sheet(name: &str, rows: Vec<Vec<&str>>) -> Sheet {
        let rows: Vec<Vec<Value>> = rows
            .into_iter()
            .map(|r| r.into_iter().map(|c| Value::Text(c.into())).collect())
            .collect();
        Sheet {
            name: name.into(),
            rows: rows.into(),
            ..Default::default()
        }
    }

    fn book(sheets: Vec<Sheet>) -> Workbook {
        Workbook {
            format: Format::Xlsx,
            sheets,
        }
    }

    #[test]
    fn a_journal_is_found_by_its_headers_in_any_sheet_but_the_contacts_one() {
        let contacts = sheet("Contacts", vec![vec!["Nom", "Entreprise"]]);
        let notes = sheet("Idées", vec![vec!["Sujet", "Type"]]);
        let journal = sheet(
            "Feuil3",
            vec![
                vec!["Mes échanges"],
                vec![],
                vec!["Date", "Avec", "Quoi", "Présenté(e) à"],
            ],
        );
        let wb = book(vec![contacts, notes, journal]);
        let Found::Table(t) = in_workbook(&wb, 0) else {
            panic!("{:?}", in_workbook(&wb, 0));
        };
        assert_eq!((t.sheet, t.header_row), (2, 2));
        let fields: Vec<JournalField> = t.columns.iter().map(|c| c.field).collect();
        use JournalField::*;
        assert_eq!(fields, [Date, Contact, Kind, IntroducedTo]);
        // The contacts sheet itself is never the journal.
        assert_eq!(in_workbook(&wb, 2), Found::None);
    }

    #[test]
    fn a_sheet_named_journal_without_date_or_contact_is_reported_and_a_stranger_is_not() {
        let wb = book(vec![
            sheet("Contacts", vec![vec!["Nom", "Entreprise"]]),
            sheet("Journal", vec![vec!["Avec", "Quoi", "Note"]]),
        ]);
        assert!(
            matches!(in_workbook(&wb, 0), Found::Incomplete { sheet, .. } if sheet == "Journal")
        );
        let wb = book(vec![
            sheet("Contacts", vec![vec!["Nom", "Entreprise"]]),
            sheet("Anniversaires", vec![vec!["Nom", "Date"]]),
        ]);
        assert_eq!(in_workbook(&wb, 0), Found::None);
        // Named like a journal, a date and a contact are enough.
        let wb = book(vec![
            sheet("Contacts", vec![vec!["Nom", "Entreprise"]]),
            sheet("Historique", vec![vec!["Nom", "Date"]]),
        ]);
        assert!(matches!(in_workbook(&wb, 0), Found::Table(_)));
    }

    #[test]
    fn a_journal_file_without_a_table_is_incomplete() {
        let wb = book(vec![sheet("x", vec![vec!["a", "b"]])]);
        assert!(matches!(in_file(&wb), Found::Incomplete { .. }));
        let wb = book(vec![sheet("x", vec![vec!["When", "With"]])]);
        assert!(matches!(in_file(&wb), Found::Table(_)));
    }
}
