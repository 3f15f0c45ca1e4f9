//! `locate`: the header row below titles and notes, the columns of each export layout, both
//! languages, duplicates, annotations, `--sheet`, the marker, and what it says when it finds
//! no table.

use std::path::Path;

use reseau_xlsx::config::ReadOptions;
use reseau_xlsx::model::{
    ColumnRole, Field, Format, Lang, Marker, ProblemKind, Sheet, Workbook, MARKER_SHEET,
};
use reseau_xlsx::read;

use crate::common::files::*;

#[test]
fn linkedin_connections_read_below_the_notes() {
    let (wb, t) = table(&fixture("linkedin_connections.csv"));
    assert_eq!(
        t.header_row, 3,
        "Notes:, its paragraph and a blank line come first"
    );
    assert!(matches!(
        wb.format,
        Format::Csv {
            delimiter: b',',
            ..
        }
    ));
    assert_eq!(header_of(&t, Field::FirstName), Some("First Name"));
    assert_eq!(header_of(&t, Field::LastName), Some("Last Name"));
    assert_eq!(header_of(&t, Field::Linkedin), Some("URL"));
    assert_eq!(header_of(&t, Field::Email), Some("Email Address"));
    assert_eq!(header_of(&t, Field::Role), Some("Position"));
    assert_eq!(header_of(&t, Field::LastContact), Some("Connected On"));
    assert_eq!(t.lang, Some(Lang::En));
    assert!(t.problems.is_empty(), "{:?}", t.problems);
    assert_eq!(
        wb.sheets[0].rows.to_vecs()[4][5],
        text("Head of Sales, EMEA")
    );
}

#[test]
fn outlook_export_prefers_job_title_and_mobile_without_problems() {
    let (_, t) = table(&fixture("outlook_contacts.csv"));
    assert_eq!(t.header_row, 0);
    assert_eq!(
        header_of(&t, Field::Role),
        Some("Job Title"),
        "not the honorific Title"
    );
    assert_eq!(header_of(&t, Field::Phone), Some("Mobile Phone"));
    assert_eq!(header_of(&t, Field::Email), Some("E-mail Address"));
    assert_eq!(header_of(&t, Field::FirstName), Some("First Name"));
    assert_eq!(header_of(&t, Field::LastName), Some("Last Name"));
    assert_eq!(header_of(&t, Field::Company), Some("Company"));
    assert_eq!(header_of(&t, Field::Notes), Some("Notes"));
    assert!(t.problems.is_empty(), "{:?}", t.problems);
    let ignored = ignored(&t);
    assert!(
        ignored.contains(&"Title") && ignored.contains(&"Business Phone"),
        "{ignored:?}"
    );
}

#[test]
fn google_contacts_exports_old_and_new() {
    let (_, t) = table(&fixture("google_contacts.csv"));
    assert_eq!(header_of(&t, Field::Name), Some("Name"));
    assert_eq!(header_of(&t, Field::FirstName), Some("Given Name"));
    assert_eq!(header_of(&t, Field::LastName), Some("Family Name"));
    assert_eq!(header_of(&t, Field::Email), Some("E-mail 1 - Value"));
    assert_eq!(header_of(&t, Field::Phone), Some("Phone 1 - Value"));
    assert_eq!(header_of(&t, Field::Company), Some("Organization 1 - Name"));
    assert_eq!(header_of(&t, Field::Role), Some("Organization 1 - Title"));
    assert_eq!(header_of(&t, Field::Linkedin), Some("Website 1 - Value"));
    assert!(t.problems.is_empty(), "{:?}", t.problems);

    let (_, t) = table(&fixture("google_contacts_new.csv"));
    assert_eq!(header_of(&t, Field::FirstName), Some("First Name"));
    assert_eq!(header_of(&t, Field::LastName), Some("Last Name"));
    assert_eq!(header_of(&t, Field::Company), Some("Organization Name"));
    assert_eq!(header_of(&t, Field::Role), Some("Organization Title"));
    assert_eq!(header_of(&t, Field::Email), Some("E-mail 1 - Value"));
    assert!(t.problems.is_empty(), "{:?}", t.problems);
}

#[test]
fn networking_tracker_columns_read_as_they_come() {
    let (_, t) = table(&fixture("tracker.csv"));
    assert_eq!(t.header_row, 2, "below the title and a blank row");
    assert_eq!(header_of(&t, Field::How), Some("Next Action"));
    assert_eq!(header_of(&t, Field::Deadline), Some("Next Action Date"));
    assert_eq!(header_of(&t, Field::Objective), Some("Interest Area"));
    assert_eq!(header_of(&t, Field::Category), Some("How Found"));
    assert_eq!(
        header_of(&t, Field::LastContact),
        Some("Date of last contact")
    );
    assert_eq!(header_of(&t, Field::Role), Some("Title"));
    assert_eq!(t.lang, Some(Lang::En));
}

/// A one-sheet workbook built by hand: `locate` is pure.
fn book(sheets: Vec<(&str, Vec<Vec<&str>>)>) -> Workbook {
    Workbook {
        format: Format::Xlsx,
        sheets: sheets
            .into_iter()
            .map(|(name, rows)| Sheet {
                name: name.to_string(),
                rows: rows
                    .into_iter()
                    .map(|r| {
                        r.into_iter()
                            .map(|c| {
                                if c.is_empty() {
                                    reseau_xlsx::model::Value::Empty
                                } else {
                                    text(c)
                                }
                            })
                            .collect()
                    })
                    .collect(),
                ..Default::default()
            })
            .collect(),
    }
}

fn locate(wb: &Workbook, opts: &ReadOptions) -> Result<reseau_xlsx::model::Table, String> {
    read::locate(Path::new("in.xlsx"), wb, opts).map_err(|e| e.to_string())
}

#[test]
fn french_headers_with_accents_case_and_punctuation() {
    let wb = book(vec![(
        "Feuil1",
        vec![
            vec!["MON RÉSEAU 2026"],
            vec!["Mis à jour le 3 mars"],
            vec![],
            vec![
                "  NOM ",
                "Prénom",
                "Société",
                "Échéance",
                "Fréquence",
                "Ce que je peux apporter ?",
                "Rang",
                "Score",
                "Couleur",
            ],
        ],
    )]);
    let t = locate(&wb, &ReadOptions::default()).unwrap();
    assert_eq!(t.header_row, 3);
    assert_eq!(t.lang, Some(Lang::Fr));
    assert_eq!(
        header_of(&t, Field::LastName),
        Some("NOM"),
        "beside Prénom, Nom is the surname"
    );
    assert_eq!(header_of(&t, Field::Deadline), Some("Échéance"));
    assert_eq!(
        header_of(&t, Field::GiveBack),
        Some("Ce que je peux apporter ?")
    );
    // "Rang" and "Score" in a sheet the tool never wrote are the user's own columns.
    let roles: Vec<ColumnRole> = t.columns.iter().map(|c| c.role).collect();
    assert_eq!(
        roles[6..],
        [
            ColumnRole::Ignored,
            ColumnRole::Ignored,
            ColumnRole::Ignored
        ]
    );
    assert_eq!(t.columns[8].index, 8);
}

#[test]
fn a_lone_first_and_last_name_make_a_header() {
    let wb = book(vec![(
        "S",
        vec![vec!["First name", "Last name"], vec!["A", "B"]],
    )]);
    let t = locate(&wb, &ReadOptions::default()).unwrap();
    assert_eq!(header_of(&t, Field::FirstName), Some("First name"));
    assert_eq!(header_of(&t, Field::LastName), Some("Last name"));
}

#[test]
fn language_is_none_when_headers_do_not_tell() {
    let wb = book(vec![("S", vec![vec!["Email", "LinkedIn", "Notes"]])]);
    assert_eq!(locate(&wb, &ReadOptions::default()).unwrap().lang, None);
}

#[test]
fn a_column_given_twice_is_a_problem_and_the_first_is_used() {
    let wb = book(vec![("S", vec![vec!["Nom", "E-mail", "Courriel"]])]);
    let t = locate(&wb, &ReadOptions::default()).unwrap();
    assert_eq!(header_of(&t, Field::Email), Some("E-mail"));
    assert_eq!(t.problems.len(), 1);
    let p = &t.problems[0];
    assert_eq!(
        (p.kind, p.column.as_deref(), &*p.sheet),
        (ProblemKind::DuplicateColumn, Some("Courriel"), "S")
    );
    assert!(p.hint.en.contains("E-mail"), "{:?}", p.hint);
    assert_eq!(t.columns[2].role, ColumnRole::Ignored);
}

#[test]
fn config_aliases_name_extra_columns() {
    // "Relancer avant" is now read by its words (a follow-up word and a date word); a header
    // no word of which is known still needs an alias.
    let wb = book(vec![("S", vec![vec!["Nom", "Rappeler vers"]])]);
    assert!(
        locate(&wb, &ReadOptions::default()).is_err(),
        "one known column is not a table"
    );
    let opts = ReadOptions {
        aliases: vec![(Field::Deadline, "rappeler vers".into())],
        ..ReadOptions::default()
    };
    let t = locate(&wb, &opts).unwrap();
    assert_eq!(header_of(&t, Field::Deadline), Some("Rappeler vers"));
}

#[test]
fn sheet_option_marker_and_first_recognised_sheet() {
    let wb = book(vec![
        ("Lisez-moi", vec![vec!["Ce classeur suit mon réseau"]]),
        (
            "Tableau de bord",
            vec![
                vec!["Tableau de bord du réseau"],
                vec!["Nom", "Entreprise", "Score"],
            ],
        ),
        ("Mes contacts", vec![vec![], vec!["Nom", "Entreprise"]]),
        ("Anciens", vec![vec!["Name", "Company"]]),
    ]);
    // No marker: the first sheet whose header row is recognised.
    assert_eq!(locate(&wb, &ReadOptions::default()).unwrap().sheet, 1);
    let opts = ReadOptions {
        sheet: Some("anciens".into()),
        ..ReadOptions::default()
    };
    assert_eq!(locate(&wb, &opts).unwrap().sheet, 3, "--sheet ignores case");

    let e = locate(
        &wb,
        &ReadOptions {
            sheet: Some("Contacts".into()),
            ..ReadOptions::default()
        },
    )
    .unwrap_err();
    assert!(
        e.contains("in.xlsx")
            && e.contains("\"Contacts\"")
            && e.contains("\"Mes contacts\", \"Anciens\""),
        "{e}"
    );
    let e = locate(
        &wb,
        &ReadOptions {
            sheet: Some("Lisez-moi".into()),
            ..ReadOptions::default()
        },
    )
    .unwrap_err();
    assert!(
        e.contains("in sheet \"Lisez-moi\"") && e.contains("\"Ce classeur suit mon réseau\""),
        "{e}"
    );

    // With the marker of an earlier run: its own sheets are never taken for the user's.
    let mut marked = wb.clone();
    let marker = Marker {
        contacts: None,
        own_sheets: vec!["Tableau de bord".into()],
    };
    let rows = marker
        .to_rows("0.1.0")
        .into_iter()
        .map(|r| r.iter().map(|c| text(c)).collect())
        .collect();
    marked.sheets.push(Sheet {
        name: MARKER_SHEET.into(),
        rows,
        ..Default::default()
    });
    assert_eq!(locate(&marked, &ReadOptions::default()).unwrap().sheet, 2);
    // ... unless the sheet is no longer laid out as the tool's: then it is the user's.
    let mut replanted = marked.clone();
    replanted.sheets[1].rows = vec![vec![text("Nom"), text("Entreprise")]].into();
    assert_eq!(
        locate(&replanted, &ReadOptions::default()).unwrap().sheet,
        1
    );
    let marker = Marker {
        contacts: Some("Anciens".into()),
        own_sheets: vec!["Tableau de bord".into()],
    };
    let rows = marker
        .to_rows("0.1.0")
        .into_iter()
        .map(|r| r.iter().map(|c| text(c)).collect())
        .collect();
    marked.sheets.last_mut().unwrap().rows = rows;
    assert_eq!(
        locate(&marked, &ReadOptions::default()).unwrap().sheet,
        3,
        "the marker names the contacts"
    );
}

#[test]
fn no_table_lists_the_headers_seen_and_the_names_accepted() {
    let wb = book(vec![(
        "Budget",
        vec![vec!["Mois", "Montant", "Catégorie"], vec!["Janvier", "12"]],
    )]);
    let e = locate(&wb, &ReadOptions::default()).unwrap_err();
    assert!(
        e.contains("in.xlsx: no contact table found in sheet \"Budget\""),
        "{e}"
    );
    assert!(e.contains("\"Mois\", \"Montant\", \"Catégorie\""), "{e}");
    assert!(e.contains("Prénom") && e.contains("Company"), "{e}");
}

#[test]
fn a_header_below_the_first_hundred_rows_is_not_searched() {
    let mut rows: Vec<Vec<&str>> = vec![vec!["note"]; 100];
    rows.push(vec!["Name", "Company"]);
    let e = locate(&book(vec![("S", rows)]), &ReadOptions::default()).unwrap_err();
    assert!(e.contains("\"note\""), "{e}");
}
