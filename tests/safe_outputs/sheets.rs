//! Sheets: the marker is trusted only for what still looks like the tool's; a table names a
//! person.

use calamine::Data;

use crate::common::wellformed::assert_xlsx;
use crate::common::TODAY;
use crate::xlsx::*;
use crate::{process, put, run};

// ---------------------------------------------------------------------------------------------
// 2. The marker sheet is trusted only for sheets laid out as the tool's
#[test]
fn a_planted_marker_makes_the_tool_drop_no_sheet_and_no_column_of_the_user() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("shared.xlsx");
    workbook(
        &input,
        &[
            (
                "Contacts",
                vec![
                    row(&["Nom", "E-mail", "Objectif", "Score", "Rang", "Alerte"]),
                    row(&["Claire", "claire@x.example", "Emploi", "12", "3", "rouge"]),
                    row(&["Paul", "paul@x.example", "Veille", "7", "9", "vert"]),
                ],
                false,
            ),
            (
                "Budget",
                vec![
                    row(&["Poste", "Montant"]),
                    vec![s("Café"), Data::Float(42.0)],
                ],
                false,
            ),
            (
                "reseau-xlsx",
                vec![
                    row(&["reseau-xlsx", "0.1.0"]),
                    row(&["contacts", "Contacts"]),
                    row(&["sheet", "Budget"]),
                ],
                true,
            ),
        ],
    );
    for round in 0..2 {
        let r = run(
            dir.path(),
            &["process", "shared.xlsx", "--in-place", "--today", TODAY],
        );
        assert_eq!(r.code, 0, "round {round}: {}", r.stderr);
        assert_xlsx(&input);
        assert!(
            sheet_names(&input).contains(&"Budget".to_string()),
            "round {round}"
        );
        let budget = sheet_rows(&input, "Budget");
        assert_eq!(text(&budget[1][0]), "Café");
        let contacts = sheet_rows(&input, "Contacts");
        let header: Vec<String> = contacts[0].iter().map(text).collect();
        assert_eq!(
            &header[..6],
            ["Nom", "E-mail", "Objectif", "Score", "Rang", "Alerte"]
        );
        assert_eq!(text(&contacts[1][3]), "12", "the user's Score is kept");
        assert_eq!(text(&contacts[1][5]), "rouge", "the user's Alerte is kept");
        // The tool's own eight columns follow, once.
        assert_eq!(
            header.iter().filter(|h| *h == "Score").count(),
            2,
            "{header:?}"
        );
        if round == 0 {
            assert!(
                r.stdout.contains("\"Budget\""),
                "the kept sheet is named: {}",
                r.stdout
            );
        } else {
            // The second run replaces its own columns and sheets, and says so.
            assert!(r.stdout.contains("\"Pourquoi ce rang\""), "{}", r.stdout);
            assert!(
                !r.stdout.contains("\"Score\", \"Rang\", \"Alerte\""),
                "{}",
                r.stdout
            );
        }
    }
    let backup = dir.path().join("shared.bak.xlsx");
    assert!(sheet_names(&backup).contains(&"Budget".to_string()));
}

#[test]
fn a_user_sheet_named_like_a_deleted_tool_sheet_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        crate::common::repo("samples/contacts.xlsx"),
        dir.path().join("c.xlsx"),
    )
    .unwrap();
    let (out, _) = process(dir.path(), "c.xlsx", &[]);
    // The user deletes the tool's Plan tab and later names a sheet of theirs "Plan".
    let mut sheets: Vec<_> = values(&out)
        .into_iter()
        .filter(|(n, _, _)| n != "Plan")
        .collect();
    sheets.push((
        "Plan".into(),
        vec![row(&["Mon plan perso"]), row(&["Courir"])],
        false,
    ));
    let edited = dir.path().join("edited.xlsx");
    let refs: Vec<(&str, Vec<Vec<Data>>, bool)> = sheets
        .iter()
        .map(|(n, r, h)| (n.as_str(), r.clone(), *h))
        .collect();
    workbook(&edited, &refs);
    let (again, r) = process(dir.path(), "edited.xlsx", &[]);
    let plan = sheet_rows(&again, "Plan");
    assert_eq!(
        text(&plan[0][0]),
        "Mon plan perso",
        "the user's Plan is kept"
    );
    assert!(
        sheet_names(&again).contains(&"Plan (2)".to_string()),
        "{:?}",
        sheet_names(&again)
    );
    // The dashboard and the other tool sheets were replaced, and that is said.
    assert!(r.stdout.contains("\"Tableau de bord\""), "{}", r.stdout);
    assert_eq!(
        sheet_names(&again)
            .iter()
            .filter(|n| n.starts_with("Tableau de bord"))
            .count(),
        1
    );
}

#[test]
fn a_renamed_contacts_sheet_is_found_again_by_its_table() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        crate::common::repo("samples/contacts.csv"),
        dir.path().join("c.csv"),
    )
    .unwrap();
    let (out, _) = process(dir.path(), "c.csv", &[]);
    let sheets: Vec<_> = values(&out)
        .into_iter()
        .map(|(n, r, h)| {
            (
                if n == "Contacts" {
                    "Mes contacts".into()
                } else {
                    n
                },
                r,
                h,
            )
        })
        .collect();
    let refs: Vec<(&str, Vec<Vec<Data>>, bool)> = sheets
        .iter()
        .map(|(n, r, h)| (n.as_str(), r.clone(), *h))
        .collect();
    let renamed = dir.path().join("renamed.xlsx");
    workbook(&renamed, &refs);
    let (again, _) = process(dir.path(), "renamed.xlsx", &[]);
    let rows = sheet_rows(&again, "Mes contacts");
    let header: Vec<String> = rows
        .iter()
        .find(|r| r.iter().any(|c| text(c) == "Rang"))
        .unwrap()
        .iter()
        .map(text)
        .collect();
    assert_eq!(
        header.iter().filter(|h| *h == "Rang").count(),
        1,
        "{header:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// 9. A table whose columns name no person is refused

#[test]
fn a_table_naming_no_person_is_refused_with_the_headers_seen() {
    let dir = tempfile::tempdir().unwrap();
    put(
        dir.path(),
        "goals.csv",
        "Objectif;Horizon\nEmploi;court terme\nVeille;long terme\n",
    );
    let r = run(dir.path(), &["process", "goals.csv", "--today", TODAY]);
    assert_eq!(r.code, 2, "{}", r.stdout);
    for needle in [
        "goals.csv",
        "no contact table",
        "\"Objectif\"",
        "\"Horizon\"",
        "naming the person",
    ] {
        assert!(r.stderr.contains(needle), "{needle}: {}", r.stderr);
    }
    assert!(!dir.path().join("goals.reseau.xlsx").exists());
}
