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
    let marker = sheet(
        crate::model::MARKER_SHEET,
        vec![vec!["reseau-xlsx", "0.1.0"], vec!["sheet", "Journal"]],
    );
    let wb = book(vec![contacts, journal, marker]);
    assert!(matches!(in_workbook(&wb, 0), Found::Table(t) if t.sheet == 1));
}

#[test]
fn a_sheet_named_journal_without_date_or_contact_is_reported_and_a_stranger_is_not() {
    let wb = book(vec![
        sheet("Contacts", vec![vec!["Nom", "Entreprise"]]),
        sheet("Journal", vec![vec!["Avec", "Quoi", "Note"]]),
    ]);
    assert!(matches!(in_workbook(&wb, 0), Found::Incomplete { sheet, .. } if sheet == "Journal"));
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
