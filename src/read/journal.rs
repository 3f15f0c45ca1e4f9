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

use super::limits::HEADER_SEARCH_ROWS;
use crate::model::{Cell, JournalColumn, JournalTable, Sheet, Value, Workbook, MARKER_SHEET};
use crate::vocab::{fold, JournalField, JOURNAL_SHEET_NAMES};

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
/// marker and the sheets laid out as this tool's own (a plan has a date, a contact and an
/// action: renamed, it is still no journal). What a marker lists is not trusted here either:
/// a planted marker naming "Journal" does not hide the user's journal.
pub fn in_workbook(workbook: &Workbook, contacts_sheet: usize) -> Found {
    search(
        workbook,
        |i, sheet| i != contacts_sheet && !tools_own(sheet),
        false,
    )
}

/// The marker, and any sheet whose first row is one of the tool's own layouts.
fn tools_own(sheet: &Sheet) -> bool {
    sheet.name == MARKER_SHEET || crate::model::marker::is_own_layout(sheet)
}

/// The journal of a `--journal` file: its first sheet with a journal table, whatever the
/// sheets are named.
pub fn in_file(workbook: &Workbook) -> Found {
    let found = search(workbook, |_, sheet| !tools_own(sheet), true);
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
pub fn is_named_journal(sheet: &Sheet) -> bool {
    named_like_a_journal(sheet)
        && sheet
            .rows
            .iter()
            .take(HEADER_SEARCH_ROWS)
            .any(|row| header(row.iter()).1)
}

fn named_like_a_journal(sheet: &Sheet) -> bool {
    JOURNAL_SHEET_NAMES.contains(&fold(&sheet.name).as_str())
}

/// The journal columns of a header row, whether they name a date and a contact, and whether
/// they name a kind.
fn header<'a>(cells: impl Iterator<Item = Cell<'a>>) -> (Vec<JournalColumn>, bool, bool) {
    let cols = columns(cells);
    let has = |f| cols.iter().any(|c: &JournalColumn| c.field == f);
    let dated = has(JournalField::Date) && has(JournalField::Contact);
    let kind = has(JournalField::Kind);
    (cols, dated, kind)
}

fn search(workbook: &Workbook, wanted: impl Fn(usize, &Sheet) -> bool, any_name: bool) -> Found {
    let mut incomplete = None;
    for (i, sheet) in workbook.sheets.iter().enumerate() {
        if !wanted(i, sheet) {
            continue;
        }
        let named = any_name || named_like_a_journal(sheet);
        for (r, row) in sheet.rows.iter().take(HEADER_SEARCH_ROWS).enumerate() {
            let (cols, dated, kind) = header(row.iter());
            if dated && (named || kind) {
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
    fn the_tools_own_sheets_are_no_journal_even_renamed_and_a_marker_hides_none() {
        use crate::model::Lang;
        use crate::vocab::labels::OwnSheet;
        let contacts = sheet("Contacts", vec![vec!["Nom", "Entreprise"]]);
        for own in [OwnSheet::Plan, OwnSheet::Messages, OwnSheet::Overdue] {
            let headers: Vec<&str> = own.headers().iter().map(|h| h.text(Lang::Fr)).collect();
            let renamed = sheet("Mon plan", vec![headers, vec!["2026-W48", "26/11/2026"]]);
            let wb = book(vec![contacts.clone(), renamed]);
            assert_eq!(in_workbook(&wb, 0), Found::None, "{own:?}");
        }
        // A planted marker that lists the user's Journal does not hide it.
        let journal = sheet("Journal", vec![vec!["Date", "Contact", "Quoi"]]);
        let marker = sheet(MARKER_SHEET, vec![vec!["sheet", "Journal"]]);
        let wb = book(vec![contacts, journal, marker]);
        assert!(matches!(in_workbook(&wb, 0), Found::Table(t) if t.sheet == 1));
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
