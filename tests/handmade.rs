//! Sheets a person made by hand before reading the README (issue 21): section rows naming
//! groups, a merged title, placeholders for names, statuses and dates written as people write
//! them. Each is read through the binary, as a first run with no settings file.

mod common;

use std::path::{Path, PathBuf};

use common::{bin, json, TODAY};
use rust_xlsxwriter::{Format, Workbook};
use serde_json::Value as Json;

/// Writes a sheet of text rows from A1; a row of one text given as `MERGE:` is written merged
/// across every column, as a person centres a title over the table.
fn sheet(dir: &Path, name: &str, rows: &[&[&str]]) -> PathBuf {
    let path = dir.join(name);
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Mon réseau").unwrap();
    let width = rows.iter().map(|r| r.len()).max().unwrap_or(1) as u16;
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32;
        match row {
            [one] if one.starts_with("MERGE:") => {
                ws.merge_range(r, 0, r, width - 1, &one["MERGE:".len()..], &Format::new())
                    .unwrap();
            }
            _ => {
                for (c, v) in row.iter().enumerate() {
                    if !v.is_empty() {
                        ws.write_string(r, c as u16, *v).unwrap();
                    }
                }
            }
        }
    }
    wb.save(&path).unwrap();
    path
}

/// `check --json` of `input`, as of [`TODAY`]: the contacts and problems read.
/// Processes `input` on [`TODAY`] into `out_name` beside it: the output's path and its JSON.
fn process(input: &Path, out_name: &str) -> (PathBuf, Json) {
    let out = input.with_file_name(out_name);
    let json_out = out.with_extension("json");
    bin()
        .args(["process", "--quiet", "--today", TODAY, "-o"])
        .arg(&out)
        .arg("--json")
        .arg(&json_out)
        .arg(input)
        .assert()
        .success();
    (out, json(&json_out))
}

fn check(input: &Path) -> Json {
    let out = input.with_extension("check.json");
    bin()
        .args(["check", "--today", TODAY, "--json"])
        .arg(&out)
        .arg(input)
        .assert()
        .success();
    json(&out)
}

fn contact<'a>(j: &'a Json, name: &str) -> &'a Json {
    j["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no contact {name} in {:#}", j["contacts"]))
}

fn names(j: &Json) -> Vec<String> {
    j["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_string())
        .collect()
}

fn problems_of(j: &Json, row: u64) -> Vec<String> {
    j["problems"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["row"] == row)
        .map(|p| format!("{} {} {}", p["value"], p["problem"], p["hint"]))
        .collect()
}

#[test]
fn section_rows_name_groups_not_people() {
    let dir = tempfile::tempdir().unwrap();
    let input = sheet(
        dir.path(),
        "reseau.xlsx",
        &[
            &["MERGE:Mon réseau — mise à jour 2026"],
            &["Nom", "Boîte", "Poste", "Notes"],
            &["## EX-COLLÈGUES (Seb / Danone / agence Pulse)"],
            &[
                "Sophie Durand",
                "Danone",
                "Directrice marketing",
                "café en novembre",
            ],
            &["Marc Lefèvre", "Pulse", "DG", ""],
            &["MERGE:AGENCES / CABINETS"],
            &["Julie Petit", "Hays", "Consultante", ""],
            &["?", "Michael Page", "", "la consultante du salon"],
            &["", "", "", ""],
            &["Famille & amis :"],
            &["Paul Martin", "", "", ""],
            &["Les gens à voir"],
            &["Claire Dubois"],
        ],
    );
    let j = check(&input);
    // Seven people: the title, the three section rows and the blank row are none.
    assert_eq!(
        names(&j),
        [
            "Sophie Durand",
            "Marc Lefèvre",
            "Julie Petit",
            "Michael Page",
            "Paul Martin",
            "Claire Dubois"
        ]
    );
    let sophie = contact(&j, "Sophie Durand");
    assert_eq!(
        sophie["group"],
        "EX-COLLÈGUES (Seb / Danone / agence Pulse)"
    );
    assert_eq!(sophie["category"], "colleague");
    assert_eq!(contact(&j, "Julie Petit")["group"], "AGENCES / CABINETS");
    assert_eq!(contact(&j, "Julie Petit")["category"], "other");
    assert_eq!(contact(&j, "Paul Martin")["group"], "Famille & amis");
    assert_eq!(contact(&j, "Paul Martin")["category"], "friend_family");
    // A lone plain name is a person, under the sentence above it.
    assert_eq!(contact(&j, "Claire Dubois")["group"], "Les gens à voir");
    assert_eq!(contact(&j, "Claire Dubois")["category"], Json::Null);
    // "?" is no name: the person is kept, called by the company, and reported.
    let nameless = problems_of(&j, 8);
    assert!(
        nameless.iter().any(|p| p.contains("no name")),
        "{nameless:?}"
    );
}

#[test]
fn the_dashboard_shows_each_group_in_sheet_order() {
    let dir = tempfile::tempdir().unwrap();
    let input = sheet(
        dir.path(),
        "reseau.xlsx",
        &[
            &["Nom", "Boîte", "Statut", "Dernier contact"],
            &["## EX-COLLÈGUES"],
            &["Sophie Durand", "Danone", "Contacté", "01/10/2026"],
            &["Marc Lefèvre", "Pulse", "Ne plus relancer", ""],
            &["## AGENCES / CABINETS"],
            &["Julie Petit", "Hays", "À contacter", ""],
        ],
    );
    let (out, _) = process(&input, "out.xlsx");
    let dash = common::rows(&out, "Tableau de bord");
    let at = dash
        .iter()
        .position(|r| common::is_text(&r[0], "Par groupe"))
        .expect("a 'Par groupe' section");
    // The group's name over two columns, then the counts.
    let head: Vec<String> = dash[at + 1][..6].iter().map(|d| d.to_string()).collect();
    assert_eq!(
        head,
        [
            "Groupe",
            "",
            "Contacts",
            "Actifs",
            "En retard",
            "Planifiées"
        ]
    );
    let line = |r: &[calamine::Data]| -> (String, Vec<f64>) {
        (
            r[0].to_string(),
            r[2..6]
                .iter()
                .map(|d| calamine::DataType::as_f64(d).unwrap_or(-1.0))
                .collect(),
        )
    };
    // Ex-colleagues: two, one dropped; Sophie's follow-up is overdue and planned.
    assert_eq!(
        line(&dash[at + 2]),
        ("EX-COLLÈGUES".to_string(), vec![2.0, 1.0, 1.0, 1.0])
    );
    assert_eq!(
        line(&dash[at + 3]),
        ("AGENCES / CABINETS".to_string(), vec![1.0, 1.0, 0.0, 1.0])
    );
    // Each planned group shows its first planned day, as a date.
    assert!(
        matches!(dash[at + 2][6], calamine::Data::DateTime(_)),
        "{:?}",
        dash[at + 2]
    );
}

#[test]
fn a_sheet_without_groups_has_no_group_table() {
    let dir = tempfile::tempdir().unwrap();
    let input = sheet(
        dir.path(),
        "reseau.xlsx",
        &[&["Nom", "Statut"], &["Julie Petit", "À contacter"]],
    );
    let (out, _) = process(&input, "out.xlsx");
    let dash = common::rows(&out, "Tableau de bord");
    assert!(!dash.iter().any(|r| common::is_text(&r[0], "Par groupe")));
}

#[test]
fn a_group_never_overrides_a_category_the_row_gives() {
    let dir = tempfile::tempdir().unwrap();
    let input = sheet(
        dir.path(),
        "network.xlsx",
        &[
            &["Name", "Company", "Category", "Email"],
            &["=== FORMER COLLEAGUES ==="],
            &["Jane Smith", "Acme", "Expert", "jane@acme.example"],
            &["Tom Brown", "Acme", "", "tom@acme.example"],
            &["CLIENTS"],
            &["Ann Lee", "Globex", "", ""],
        ],
    );
    let j = check(&input);
    assert_eq!(names(&j), ["Jane Smith", "Tom Brown", "Ann Lee"]);
    assert_eq!(contact(&j, "Jane Smith")["category"], "expert");
    assert_eq!(contact(&j, "Tom Brown")["category"], "colleague");
    assert_eq!(contact(&j, "Tom Brown")["group"], "FORMER COLLEAGUES");
    // A group of clients is not one of former colleagues.
    assert_eq!(contact(&j, "Ann Lee")["category"], Json::Null);
    assert_eq!(contact(&j, "Ann Lee")["group"], "CLIENTS");
}

#[test]
fn dates_as_people_write_them_are_read_and_shown_as_read() {
    let dir = tempfile::tempdir().unwrap();
    // TODAY is 2026-11-26.
    let input = sheet(
        dir.path(),
        "suivi.xlsx",
        &[
            &["Nom", "Dernier contact", "Avant le"],
            &["Sophie Durand", "15/11", "fin nov"],
            &["Marc Lefèvre", "il y a 2 mois", "début oct."],
            &["Julie Petit", "5 juin", "semaine pro"],
            &["Paul Martin", "Noël 2025", "été 2027"],
            &["Anne Roux", "mars", "10/01"],
            &["Luc Blanc", "2024", ""],
            &["Eva Noir", "la semaine dernière", "bientôt"],
        ],
    );
    let j = check(&input);
    let dates = |name: &str| {
        let c = contact(&j, name);
        (c["last_contact"].clone(), c["deadline"].clone())
    };
    assert_eq!(
        dates("Sophie Durand"),
        ("2026-11-15".into(), "2026-11-30".into())
    );
    // "début oct." is the nearest 1 October: this year's, passed, so overdue.
    assert_eq!(
        dates("Marc Lefèvre"),
        ("2026-09-26".into(), "2026-10-01".into())
    );
    assert_eq!(
        dates("Julie Petit"),
        ("2026-06-05".into(), "2026-12-03".into())
    );
    assert_eq!(
        dates("Paul Martin"),
        ("2025-12-25".into(), "2027-08-05".into())
    );
    assert_eq!(
        dates("Anne Roux"),
        ("2026-03-31".into(), "2027-01-10".into())
    );
    assert_eq!(dates("Luc Blanc").0, "2024-12-31");
    assert_eq!(dates("Eva Noir"), ("2026-11-19".into(), Json::Null));
    // Each is shown as read, a note rather than an error; "bientôt" stays not understood.
    let row2 = problems_of(&j, 2);
    assert!(
        row2.iter()
            .any(|p| p.contains("'fin nov' read as 2026-11-30")),
        "{row2:?}"
    );
    assert!(problems_of(&j, 8)
        .iter()
        .any(|p| p.contains("date not understood")));
    // The text output says it too.
    let shown = bin()
        .args(["check", "--today", TODAY])
        .arg(&input)
        .env("LANG", "fr_FR.UTF-8")
        .output()
        .unwrap();
    let shown = String::from_utf8_lossy(&shown.stdout);
    assert!(
        shown.contains("« il y a 2 mois » lue comme le 26/09/2026"),
        "{shown}"
    );
}

#[test]
fn a_deadline_without_a_year_read_the_day_after_is_overdue() {
    let dir = tempfile::tempdir().unwrap();
    let input = sheet(
        dir.path(),
        "late.xlsx",
        &[
            &["Nom", "Avant le", "Comment"],
            &["Sophie Durand", "avant le 25/11", "café"],
        ],
    );
    let (_, j) = process(&input, "late.reseau.xlsx");
    let sophie = contact(&j, "Sophie Durand");
    assert_eq!(sophie["deadline"], "2026-11-25");
    assert_eq!(sophie["flag"], "overdue");
}

#[test]
fn statuses_are_read_by_the_words_inside_a_phrase() {
    let dir = tempfile::tempdir().unwrap();
    let input = sheet(
        dir.path(),
        "statuts.xlsx",
        &[
            &["Nom", "Où j'en suis", "Dernier contact"],
            &["Sophie Durand", "déj fait", "15/11"],
            &["Marc Lefèvre", "relancé 2x", ""],
            &["Julie Petit", "ne plus relancer", "5 juin"],
            &["Paul Martin", "RDV pris 20/11", ""],
            &["Anne Roux", "vu au salon", ""],
            &["Luc Blanc", "carte de visite", ""],
            &["Eva Noir", "attend retour", ""],
            &["Léa Morel", "à rappeler", ""],
            &["Hugo Petit", "pas de suite", ""],
            &["Ines Bon", "pas intéressé pour l'instant", ""],
            &["Tom Gris", "Coffee booked for 3 Dec", ""],
            &["Zoé Lin", "on verra", ""],
        ],
    );
    let j = check(&input);
    let status = |name: &str| contact(&j, name)["status"].as_str().unwrap().to_string();
    for (name, want) in [
        ("Sophie Durand", "met"),
        ("Marc Lefèvre", "contacted"),
        ("Julie Petit", "dropped"),
        ("Paul Martin", "scheduled"),
        ("Anne Roux", "met"),
        ("Luc Blanc", "met"),
        ("Eva Noir", "contacted"),
        ("Léa Morel", "contacted"),
        ("Hugo Petit", "dropped"),
        ("Ines Bon", "dropped"),
        ("Tom Gris", "scheduled"),
    ] {
        assert_eq!(status(name), want, "{name}");
    }
    // The day of a booked meeting is its meeting date.
    assert_eq!(contact(&j, "Paul Martin")["meeting_date"], "2026-11-20");
    assert_eq!(contact(&j, "Tom Gris")["meeting_date"], "2026-12-03");
    // A phrase no rule reads stays a problem.
    let zoe = problems_of(&j, 13);
    assert!(
        zoe.iter().any(|p| p.contains("value not understood")),
        "{zoe:?}"
    );
}

#[test]
fn a_contact_told_to_stop_is_never_planned() {
    let dir = tempfile::tempdir().unwrap();
    let input = sheet(
        dir.path(),
        "stop.xlsx",
        &[
            &["Nom", "Statut", "Comment"],
            &["Julie Petit", "ne plus relancer", "café"],
            &["Paul Martin", "", "café"],
        ],
    );
    let (_, j) = process(&input, "stop.reseau.xlsx");
    let planned: Vec<&str> = j["plan"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(planned, ["Paul Martin"]);
}

#[test]
fn headers_written_as_phrases_and_the_what() {
    let dir = tempfile::tempdir().unwrap();
    let input = sheet(
        dir.path(),
        "perso.xlsx",
        &[
            &[
                "Nom",
                "Boîte",
                "Où j'en suis",
                "Je la connais comment",
                "Pourquoi le contacter",
                "Prochaine action",
                "Avant le",
            ],
            &[
                "Sophie Durand",
                "Danone",
                "à contacter",
                "ancienne collègue",
                "infos sur l'orga marketing Danone Lyon",
                "café",
                "15/12/2026",
            ],
            &[
                "Julie Petit",
                "Hays",
                "",
                "recruteur",
                "mandats direction marketing",
                "appel",
                "",
            ],
            &["Paul Martin", "", "", "", "Hiring", "", ""],
        ],
    );
    let j = check(&input);
    let sophie = contact(&j, "Sophie Durand");
    assert_eq!(sophie["company"], "Danone");
    assert_eq!(sophie["status"], "to_contact");
    assert_eq!(sophie["category"], "colleague");
    assert_eq!(sophie["what"], "infos sur l'orga marketing Danone Lyon");
    assert_eq!(sophie["how"], "coffee");
    assert_eq!(sophie["deadline"], "2026-12-15");
    // The objective is read from the What's words, and shown.
    assert_eq!(sophie["objectives"], serde_json::json!(["watch"]));
    assert!(problems_of(&j, 2)
        .iter()
        .any(|p| p.contains("objective read from the What")));
    assert_eq!(
        contact(&j, "Julie Petit")["objectives"],
        serde_json::json!(["job"])
    );
    // "Hiring" (the user recruits) is no job search: no objective is read from it.
    assert_eq!(
        contact(&j, "Paul Martin")["objectives"],
        serde_json::json!([])
    );
    assert_eq!(contact(&j, "Paul Martin")["what"], "Hiring");
}

#[test]
fn the_plan_shows_the_what() {
    let dir = tempfile::tempdir().unwrap();
    let input = sheet(
        dir.path(),
        "network.xlsx",
        &[
            &["Name", "What they can help with", "How"],
            &["Jane Smith", "intro to the data team at Acme", "coffee"],
        ],
    );
    let out = dir.path().join("network.reseau.xlsx");
    common::process_to(&input, &out);
    let plan = common::rows(&out, "Plan");
    let header: Vec<String> = plan[0].iter().map(|d| d.to_string()).collect();
    let at = header
        .iter()
        .position(|h| h == "What they can help with")
        .unwrap_or_else(|| panic!("{header:?}"));
    assert_eq!(plan[1][at].to_string(), "intro to the data team at Acme");
}

#[test]
fn values_decide_over_headers() {
    let dir = tempfile::tempdir().unwrap();
    let input = sheet(
        dir.path(),
        "coord.xlsx",
        &[
            &[
                "Nom",
                "Type de lien",
                "Joindre",
                "Platform",
                "Notes",
                "Commentaires",
            ],
            &[
                "Sophie Durand",
                "ancienne collègue",
                "sophie@danone.example",
                "LinkedIn",
                "café",
                "vue en 2024",
            ],
            &[
                "Marc Leroy",
                "Personne inspirante",
                "marc@pulse.example",
                "Email",
                "",
                "à revoir",
            ],
        ],
    );
    let j = check(&input);
    let sophie = contact(&j, "Sophie Durand");
    // A column of categories is never a link column because its header says "lien".
    assert_eq!(sophie["category"], "colleague");
    assert_eq!(sophie["linkedin"], Json::Null);
    assert_eq!(contact(&j, "Marc Leroy")["category"], "inspiring");
    // A column of e-mail addresses is the e-mail, whatever its header.
    assert_eq!(sophie["email"], "sophie@danone.example");
    // A "Platform" column is the How.
    assert_eq!(sophie["how"], "message");
    assert_eq!(contact(&j, "Marc Leroy")["how"], "email");
    // Several notes columns are all notes.
    assert_eq!(sophie["notes"], "café\nvue en 2024");
    assert_eq!(contact(&j, "Marc Leroy")["notes"], "à revoir");
    assert!(
        j["problems"].as_array().unwrap().is_empty(),
        "{:#}",
        j["problems"]
    );
}

#[test]
fn the_same_person_twice_is_planned_once_by_the_row_further_along() {
    let dir = tempfile::tempdir().unwrap();
    let input = sheet(
        dir.path(),
        "doublons.xlsx",
        &[
            &["Nom", "E-mail", "Statut", "Dernier contact", "Comment"],
            &["Sophie DURAND", "", "rencontrée", "20/11/2026", "café"],
            &["Paul Martin", "paul@ex.example", "", "", "café"],
            &["marc lefèvre", "", "", "", "appel"],
            &["Durand Sophie", "", "à contacter", "", "café"],
            &[
                "Paul M.",
                "PAUL@ex.example",
                "contacté",
                "20/11/2026",
                "e-mail",
            ],
        ],
    );
    let (out, j) = process(&input, "doublons.reseau.xlsx");
    let plan: Vec<(u64, String)> = j["plan"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["row"].as_u64().unwrap(),
                p["name"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    // Sophie once (row 2, met: a thank-you), Paul once (row 6, contacted), Marc once.
    let rows: Vec<u64> = plan.iter().map(|p| p.0).collect();
    assert!(
        rows.contains(&2) && rows.contains(&6) && rows.contains(&4),
        "{plan:?}"
    );
    assert!(!rows.contains(&5) && !rows.contains(&3), "{plan:?}");
    // Names typed in capitals or lower case are written as names.
    assert!(plan.iter().any(|p| p.1 == "Sophie Durand"), "{plan:?}");
    assert!(plan.iter().any(|p| p.1 == "Marc Lefèvre"), "{plan:?}");
    // A problem names both rows.
    let same: Vec<String> = j["problems"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["code"] == "same_person")
        .map(|p| p["hint"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(same.len(), 2, "{same:?}");
    assert!(same.iter().any(|h| h.contains("rows 5 and 2")), "{same:?}");
    assert!(same.iter().any(|h| h.contains("rows 3 and 6")), "{same:?}");
    // Both rows keep their annotations in the written workbook.
    let rows = common::rows(&out, "Mon réseau");
    assert!(rows[4].len() > 5 && rows[1].len() > 5);
}

#[test]
fn check_lists_every_field_code_aliases_accepts() {
    let dir = tempfile::tempdir().unwrap();
    let input = sheet(
        dir.path(),
        "a.xlsx",
        &[
            &["Name", "Email", "Mystère"],
            &["Jane Smith", "jane@x.example", "x"],
        ],
    );
    let out = bin()
        .args(["check", "--today", TODAY])
        .arg(&input)
        .output()
        .unwrap();
    let shown = String::from_utf8_lossy(&out.stdout);
    for code in [
        "name: Nom / Name",
        "first_name: Prénom / First name",
        "status: Statut / Status",
        "deadline: Quand / When",
        "what: Pourquoi le contacter / What they can help with",
        "give_back: Ce que je peux apporter / Give back",
        "introduced_by: Recommandé par / Introduced by",
    ] {
        assert!(
            shown.contains(code),
            "{code} in {shown} {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// Writes a workbook of text sheets, each a list of rows from A1.
fn book(dir: &Path, name: &str, sheets: &[(&str, &[&[&str]])]) -> PathBuf {
    let path = dir.join(name);
    let mut wb = Workbook::new();
    for (sheet, rows) in sheets {
        let ws = wb.add_worksheet();
        ws.set_name(*sheet).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                if !v.is_empty() {
                    ws.write_string(r as u32, c as u16, *v).unwrap();
                }
            }
        }
    }
    wb.save(&path).unwrap();
    path
}

#[test]
fn a_journal_is_found_by_its_columns_and_a_missing_one_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let input = book(
        dir.path(),
        "reseau.xlsx",
        &[
            (
                "Contacts",
                &[
                    &["Nom", "Statut", "Comment"],
                    &["Sophie Durand", "RDV pris", "café"],
                ],
            ),
            (
                "Mes cafés",
                &[
                    &["Date", "Avec qui", "Ce qu'on s'est dit"],
                    &["20/11/2026", "Sophie Durand", "piste chez Danone"],
                ],
            ),
        ],
    );
    let j = check(&input);
    // "Mes cafés" is the journal by its columns, "Avec qui" naming the contact.
    assert_eq!(j["journal"]["sheet"], "Mes cafés", "{:#}", j["journal"]);
    let sophie = contact(&j, "Sophie Durand");
    assert_eq!(sophie["last_exchange"]["date"], "2026-11-20");
    assert_eq!(sophie["last_exchange"]["source"], "journal");

    let missing = book(
        dir.path(),
        "sans-date.xlsx",
        &[
            (
                "Contacts",
                &[&["Nom", "Statut"], &["Sophie Durand", "contacté"]],
            ),
            (
                "Journal",
                &[&["Avec qui", "Quoi"], &["Sophie Durand", "café"]],
            ),
        ],
    );
    let j = check(&missing);
    let said: Vec<String> = j["problems"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["code"] == "journal_incomplete")
        .map(|p| p["hint"].as_str().unwrap().to_string())
        .collect();
    assert!(
        said.iter()
            .any(|h| h.contains("the Date column is missing")),
        "{said:?}"
    );
}

#[test]
fn a_greeting_never_takes_a_placeholder_or_a_group() {
    let dir = tempfile::tempdir().unwrap();
    let input = sheet(
        dir.path(),
        "greet.xlsx",
        &[
            &["Nom", "Boîte", "Comment"],
            &["## EX-COLLÈGUES"],
            &["?", "Michael Page", "e-mail"],
            &["SOPHIE DURAND", "Danone", "e-mail"],
        ],
    );
    let (_, j) = process(&input, "greet.reseau.xlsx");
    let drafts: Vec<String> = j["plan"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["draft"]["body"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(drafts.len(), 2, "{:#}", j["plan"]);
    for d in &drafts {
        assert!(
            !d.contains("##") && !d.contains("?,") && !d.contains("Michael,"),
            "{d}"
        );
    }
    assert!(
        drafts.iter().any(|d| d.contains("Bonjour Sophie,")),
        "{drafts:?}"
    );
}

#[test]
fn google_labels_are_the_category_and_hiring_is_no_job_search() {
    let dir = tempfile::tempdir().unwrap();
    let input = common::files::file(
        dir.path(),
        "google.csv",
        "First Name,Last Name,E-mail 1 - Value,Labels,Objective\n\
         Jane,Smith,jane@x.example,* myContacts ::: Former colleagues,Hiring\n\
         Tom,Lee,tom@x.example,* myContacts ::: Family,trouver un poste\n\
         Ann,Kay,ann@x.example,Personne inspirante,Recrutement\n"
            .as_bytes(),
    );
    let j = check(&input);
    assert_eq!(contact(&j, "Jane Smith")["category"], "colleague");
    assert_eq!(contact(&j, "Tom Lee")["category"], "friend_family");
    assert_eq!(contact(&j, "Ann Kay")["category"], "inspiring");
    assert_eq!(
        contact(&j, "Tom Lee")["objectives"],
        serde_json::json!(["job"])
    );
    // The user recruits: not the job seeker's job; reported, and kept in the sheet.
    for (name, row) in [("Jane Smith", 2), ("Ann Kay", 4)] {
        assert_eq!(contact(&j, name)["objectives"], serde_json::json!([]));
        assert!(
            problems_of(&j, row)
                .iter()
                .any(|p| p.contains("value not understood") && !p.contains("'Job'")),
            "{:?}",
            problems_of(&j, row)
        );
    }
}

#[test]
fn an_english_hand_made_sheet_on_its_first_run() {
    let dir = tempfile::tempdir().unwrap();
    let input = common::copy(
        &common::repo("tests/fixtures/read/handmade_en.csv"),
        dir.path(),
    );
    let j = check(&input);
    // Six people: the two section rows are groups.
    assert_eq!(j["contacts"].as_array().unwrap().len(), 6);
    let john = &j["contacts"][0];
    assert_eq!(john["name"], "John Smith");
    assert_eq!(john["company"], "Acme");
    assert_eq!(john["status"], "met");
    assert_eq!(john["group"], "FORMER COLLEAGUES");
    assert_eq!(john["last_contact"], "2026-11-03");
    assert_eq!(john["deadline"], "2026-12-31");
    let jane = contact(&j, "Jane Doe");
    assert_eq!(jane["status"], "contacted");
    assert_eq!(jane["objectives"], serde_json::json!(["job"]));
    assert_eq!(jane["deadline"], "2026-12-03");
    assert_eq!(contact(&j, "Tom Hardy")["status"], "dropped");
    assert_eq!(contact(&j, "Tom Hardy")["category"], "other");
    // "TBD" is no name: the row is called by its company, and reported.
    assert_eq!(contact(&j, "Michael Page")["company"], "Michael Page");
    let mary = contact(&j, "Mary Jones");
    assert_eq!(mary["status"], "scheduled");
    assert_eq!(mary["meeting_date"], "2026-12-10");
    // John Smith again, further down: the same person, row 3 speaks.
    assert_eq!(j["contacts"][5]["same_as"], 3);
}

#[test]
fn a_next_step_column_of_statuses_in_words_is_the_status() {
    let dir = tempfile::tempdir().unwrap();
    let input = sheet(
        dir.path(),
        "network.xlsx",
        &[
            &["Who", "Where they work", "Next step", "Last spoke"],
            &["Sarah Lee", "Acme", "coffee booked 9/12/2026", "01/12/2026"],
            &["Kemi Ade", "Beta", "said yes to a call", "02/12/2026"],
            &["Ben Carter", "Gamma", "no reply", "03/11/2026"],
            &["Mark Hall", "Delta", "dropped - don't chase", ""],
            &["Jess Ray", "Eps", "emailed twice", "20/11/2026"],
            &["Tom Ng", "Zeta", "met at conf", "15/11/2026"],
            &["Ana Ribeiro", "Ocado", "ok for coffee", "25/11/2026"],
            &["Oliver Brown", "Eta", "chased twice", "10/11/2026"],
        ],
    );
    let j = check(&input);
    assert_eq!(j["columns"]["status"], "Next step");
    assert_eq!(contact(&j, "Ana Ribeiro")["status"], "agreed");
    assert_eq!(contact(&j, "Oliver Brown")["status"], "contacted");
    let status = |n: &str| contact(&j, n)["status"].as_str().unwrap().to_string();
    assert_eq!(status("Sarah Lee"), "scheduled");
    assert_eq!(status("Kemi Ade"), "agreed");
    assert_eq!(status("Ben Carter"), "contacted");
    assert_eq!(status("Mark Hall"), "dropped");
    assert_eq!(status("Jess Ray"), "contacted");
    assert_eq!(status("Tom Ng"), "met");
    // The output has the tool's own "Next step" column beside hers: read again, hers is the
    // status, the tool's is its annotation, and nothing is reported twice.
    // (With her column named in reseau.toml, as the docs suggest, both match the alias.)
    let (out, _) = process(&input, "network.reseau.xlsx");
    let config = dir.path().join("reseau.toml");
    std::fs::write(&config, "[aliases]\nstatus = [\"Next step\"]\n").unwrap();
    let json_out = dir.path().join("again.json");
    bin()
        .args(["check", "--today", TODAY, "--json"])
        .arg(&json_out)
        .arg("--config")
        .arg(&config)
        .arg(&out)
        .assert()
        .success();
    let again = json(&json_out);
    assert_eq!(again["columns"]["status"], "Next step");
    assert_eq!(contact(&again, "Sarah Lee")["status"], "scheduled");
    let twice: Vec<&Json> = again["problems"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["code"] == "duplicate_column")
        .collect();
    assert!(twice.is_empty(), "{twice:?}");
}
