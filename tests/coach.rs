//! A coach's Monday: one run over a folder of people's sheets, as people keep them (French
//! headers of their own, a `;` CSV, an English sheet with a journal, one nearly empty, one
//! broken), with the lock files, temporary files and last week's outputs a real folder holds.

mod common;

use std::path::Path;

use calamine::{Data, DataType};
use common::files::{tmp, write_xlsx, C};
use common::{bin, json, rows, TODAY};

/// The folder: `people/` with one sub-folder per person.
fn folder(root: &Path, broken: bool) -> std::path::PathBuf {
    let people = root.join("people");
    for d in ["rosa", "ali", "ines", "tom", "zoe", "bad"] {
        std::fs::create_dir_all(people.join(d)).unwrap();
    }
    let french = |last: &'static str| {
        vec![
            vec![
                C::S("Prénom"),
                C::S("Nom"),
                C::S("Entreprise"),
                C::S("Dernier contact"),
                C::S("Statut"),
            ],
            vec![
                C::S("Claire"),
                C::S("Martin"),
                C::S("Acme"),
                C::S(last),
                C::S("Contacté"),
            ],
            vec![
                C::S("Karim"),
                C::S("Benali"),
                C::S("Logistik"),
                C::S(""),
                C::S("À contacter"),
            ],
        ]
    };
    // Two people, one file name: their outputs must not collide.
    write_xlsx(
        &people.join("rosa/mon réseau.xlsx"),
        &[("Réseau", french("20/11/2026"))],
    );
    std::fs::write(
        people.join("rosa/reseau.toml"),
        "meetings_per_month = 0\n[me]\nname = \"Rosa Diaz\"\n",
    )
    .unwrap();
    write_xlsx(
        &people.join("ali/mon réseau.xlsx"),
        &[("Réseau", french("01/09/2026"))],
    );
    std::fs::write(
        people.join("ines/contacts.csv"),
        "Prénom;Nom;Entreprise;Dernier contact;Statut\nLéa;Roux;Nova;24/11/2026;Contacté\n",
    )
    .unwrap();
    write_xlsx(
        &people.join("tom/network.xlsx"),
        &[
            (
                "Contacts",
                vec![
                    vec![
                        C::S("First name"),
                        C::S("Last name"),
                        C::S("Company"),
                        C::S("Status"),
                    ],
                    vec![C::S("Ann"), C::S("Lee"), C::S("Globex"), C::S("To contact")],
                ],
            ),
            (
                "Journal",
                vec![
                    vec![C::S("Date"), C::S("Contact"), C::S("What")],
                    vec![C::D(2026, 11, 23), C::S("Ann Lee"), C::S("Coffee")],
                ],
            ),
        ],
    );
    write_xlsx(
        &people.join("zoe/vide.xlsx"),
        &[(
            "Feuil1",
            vec![
                vec![C::S("Nom"), C::S("Entreprise")],
                vec![C::S("Paul"), C::Blank],
            ],
        )],
    );
    if broken {
        std::fs::write(people.join("bad/cassé.xlsx"), b"PK\x03\x04 not a workbook").unwrap();
    }
    // What a real folder holds besides the sheets.
    std::fs::write(people.join("ali/~$mon réseau.xlsx"), b"lock").unwrap();
    std::fs::write(people.join("rosa/.~lock.mon réseau.xlsx#"), b"lock").unwrap();
    std::fs::write(people.join("tom/export.tmp"), b"tmp").unwrap();
    // Last week's output, written beside the sheet.
    common::process_to(
        &people.join("ali/mon réseau.xlsx"),
        &people.join("ali/mon réseau.reseau.xlsx"),
    );
    people
}

#[test]
fn a_folder_is_walked_skipping_locks_and_outputs_and_same_names_do_not_collide() {
    let dir = tmp();
    let people = folder(dir.path(), true);
    let out = dir.path().join("out");
    let run = bin()
        .args(["process", "--today", TODAY, "--quiet", "--out-dir"])
        .arg(&out)
        .arg("--summary-md")
        .arg(out.join("summary.md"))
        .arg("--json")
        .arg(out.join("all.json"))
        .arg(&people)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&run.stderr);
    // The broken sheet is the one failure: exit 2, named; the lock files are lines, not errors.
    assert_eq!(run.status.code(), Some(2), "{err}");
    assert!(err.contains("cassé.xlsx"), "{err}");
    for skipped in [
        "~$mon réseau.xlsx",
        ".~lock.mon réseau.xlsx#",
        "export.tmp",
        "mon réseau.reseau.xlsx",
    ] {
        // Most sheets are French: the run speaks French.
        assert!(
            err.lines()
                .any(|l| l.contains("ignoré :") && l.contains(skipped)),
            "{skipped} not said skipped: {err}"
        );
    }
    assert!(!err.contains("reseau.reseau"), "{err}");
    // Each output keeps its sub-folder.
    for o in [
        "rosa/mon réseau.reseau.xlsx",
        "ali/mon réseau.reseau.xlsx",
        "ines/contacts.reseau.xlsx",
        "tom/network.reseau.xlsx",
        "zoe/vide.reseau.xlsx",
    ] {
        assert!(out.join(o).is_file(), "{o} missing");
    }
    // One JSON document: an array, one element per input, the failure saying why.
    let all = json(&out.join("all.json"));
    let list = all.as_array().expect("an array");
    assert_eq!(list.len(), 6);
    assert!(list.iter().any(|r| r["error"].is_string()));
    assert!(list.iter().any(|r| r["input"]
        .as_str()
        .is_some_and(|i| i.ends_with("tom/network.xlsx"))
        && r["contacts"].is_array()));
    // The page opens on the cohort table, the stuck first, the settings' name used.
    let page = std::fs::read_to_string(out.join("summary.md")).unwrap();
    let table = page.split("\n## ").next().unwrap();
    assert!(table.contains("Rosa Diaz"), "{table}");
    let ali = table.find("ali/mon réseau.xlsx").expect("ali in the table");
    let rosa = table.find("Rosa Diaz").unwrap();
    assert!(ali < rosa, "the stuck first: {table}");
    assert!(table.contains("12 "), "ali's silence in weeks: {table}");
}

#[test]
fn fail_on_stuck_names_who_and_the_cohort_workbook_puts_them_first() {
    let dir = tmp();
    let people = folder(dir.path(), false);
    let out = dir.path().join("out");
    let run = bin()
        .args([
            "process",
            "--today",
            TODAY,
            "--quiet",
            "--fail-on",
            "stuck",
            "--out-dir",
        ])
        .arg(&out)
        .arg("--cohort")
        .arg(out.join("cohort.xlsx"))
        .arg(&people)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{err}");
    assert!(
        err.contains("ali/mon réseau.xlsx") && err.contains("12"),
        "{err}"
    );
    assert!(
        !err.lines().any(|l| l.contains("Rosa Diaz")),
        "Rosa is on track: {err}"
    );
    let table = rows(&out.join("cohort.xlsx"), "Cohorte");
    let people_rows: Vec<&Vec<Data>> = table.iter().skip(3).collect();
    assert_eq!(people_rows.len(), 5);
    let owner = |r: &Vec<Data>| r[0].to_string();
    let stuck = |r: &Vec<Data>| r[1] == Data::String("oui".into());
    // The stuck first, then the others.
    let first_ok = people_rows.iter().position(|r| !stuck(r)).unwrap();
    assert!(people_rows[first_ok..].iter().all(|r| !stuck(r)));
    // Zoé logged nothing ever, Ali nothing in 12 weeks: both stuck, before the others.
    assert!(people_rows[..first_ok]
        .iter()
        .any(|r| owner(r) == "ali/mon réseau.xlsx"));
    assert!(people_rows[..first_ok]
        .iter()
        .any(|r| owner(r) == "zoe/vide.xlsx"));
    // Rosa's own reseau.toml: her name, her pace of 0 (not the run's default of 1).
    let rosa = people_rows
        .iter()
        .find(|r| owner(r) == "Rosa Diaz")
        .expect("Rosa");
    assert!(!stuck(rosa));
    assert_eq!(rosa[5], Data::Float(0.0));
    let ali = people_rows
        .iter()
        .find(|r| owner(r) == "ali/mon réseau.xlsx")
        .unwrap();
    assert_eq!(ali[5], Data::Float(1.0));
}

#[test]
fn last_weeks_output_caught_by_a_glob_is_not_an_input() {
    let dir = tmp();
    let a = dir.path().join("a.xlsx");
    write_xlsx(
        &a,
        &[(
            "S",
            vec![
                vec![C::S("Name"), C::S("Company")],
                vec![C::S("Ann"), C::S("X")],
            ],
        )],
    );
    common::process_to(&a, &dir.path().join("a.reseau.xlsx"));
    let run = bin()
        .args(["process", "--today", TODAY])
        .arg(&a)
        .arg(dir.path().join("a.reseau.xlsx"))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{err}");
    assert!(
        err.contains("skipped:") && err.contains("a.reseau.xlsx"),
        "{err}"
    );
    assert!(!dir.path().join("a.reseau.reseau.xlsx").exists());
}

#[test]
fn a_french_run_says_not_processed_in_french() {
    let dir = tmp();
    let people = folder(dir.path(), true);
    let run = bin()
        .args(["process", "--today", TODAY, "--quiet", "--summary-md", "-"])
        .arg(people.join("rosa"))
        .arg(people.join("ali"))
        .arg(people.join("bad"))
        .output()
        .unwrap();
    let page = String::from_utf8_lossy(&run.stdout);
    assert!(page.contains("Non traité"), "{page}");
    assert!(!page.contains("Not processed"), "{page}");
    // The error's frame is French too, with the file it names; stderr keeps English for logs.
    assert!(page.contains("cassé.xlsx : fichier illisible"), "{page}");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("cassé.xlsx: the workbook is damaged"),
        "{stderr}"
    );
    assert!(page.starts_with("# reseau-xlsx: 3 personnes"), "{page}");
}

/// One person's week, run over the folder into `out` on `today`; returns (exit code, stderr,
/// the page).
fn week(people: &Path, out: &Path, today: &str) -> (Option<i32>, String, String) {
    let run = bin()
        .args([
            "process",
            "--quiet",
            "--fail-on",
            "stuck",
            "--today",
            today,
            "--out-dir",
        ])
        .arg(out)
        .arg("--summary-md")
        .arg(out.join("summary.md"))
        .arg(people)
        .output()
        .unwrap();
    (
        run.status.code(),
        String::from_utf8_lossy(&run.stderr).into_owned(),
        std::fs::read_to_string(out.join("summary.md")).unwrap(),
    )
}

#[test]
fn an_action_planned_again_and_not_done_keeps_its_first_date_and_the_person_shows_stuck() {
    let dir = tmp();
    let people = dir.path().join("people");
    std::fs::create_dir_all(people.join("max")).unwrap();
    std::fs::create_dir_all(people.join("eva")).unwrap();
    // Max wrote one proposal to make, and nothing else, ever after.
    std::fs::write(
        people.join("max/contacts.csv"),
        "Name;Company;Status;Last contact\nKarim Benali;Logistik;To contact;\nLéa Roux;Nova;Met;2026-11-20\n",
    )
    .unwrap();
    std::fs::write(
        people.join("eva/contacts.csv"),
        "Name;Company;Status;Last contact\nAnn Lee;Globex;Met;2026-11-25\n",
    )
    .unwrap();
    // Two meetings a month: the one with Léa leaves room for Karim this month, so his
    // proposal is due the first day (with one, it would wait for December's slot).
    std::fs::write(people.join("max/reseau.toml"), "meetings_per_month = 2\n").unwrap();
    let out = dir.path().join("out");
    let (code, err, page) = week(&people, &out, "2026-11-26");
    assert_eq!(code, Some(0), "{err}");
    assert!(page.contains("First run, no history"), "{page}");
    // The day Karim's proposal was first due (its slot this week), as the output says it.
    let karim_row = |today: &str| {
        let wb = rows(&out.join("max/contacts.reseau.xlsx"), "Contacts");
        let head = wb[0].clone();
        let col = |h: &str| head.iter().position(|c| common::is_text(c, h)).unwrap();
        let karim = wb
            .iter()
            .find(|r| common::is_text(&r[0], "Karim Benali"))
            .unwrap_or_else(|| panic!("{today}: no Karim"));
        let due = karim[col("Step due")]
            .as_date()
            .unwrap_or_else(|| panic!("{today}: Karim's step has no due date"));
        (
            karim[col("Flag")].clone(),
            karim[col("Days late")].clone(),
            due,
        )
    };
    let (_, _, first_due) = karim_row("2026-11-26");
    assert!(
        first_due <= chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap(),
        "{first_due}"
    );
    // A week later, Max's proposal was not made: it keeps its first date and is overdue.
    let (_, err, page) = week(&people, &out, "2026-12-03");
    assert!(!page.contains("First run, no history"), "{page}");
    let (flag, late, due) = karim_row("2026-12-03");
    assert!(common::is_text(&flag, "Overdue"), "{err}");
    assert_eq!(due, first_due, "the first due date is kept");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
    assert_eq!(late, Data::Float((today - first_due).num_days() as f64));
    // Since the last run: one more overdue.
    let max_row = page
        .lines()
        .find(|l| l.starts_with("| max/contacts.csv"))
        .unwrap();
    assert!(max_row.contains("(+1)"), "{max_row}");
    // Two weeks after its first due date, Max is the one to call, and the job says why.
    let third = (first_due + chrono::Days::new(14)).to_string();
    let (code, err, page) = week(&people, &out, &third);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.lines().any(|l| l.contains("max/contacts.csv")
            && l.contains("same action planned again")
            && l.contains("Karim Benali")
            && l.contains(&first_due.to_string())),
        "{err}"
    );
    let first = page
        .lines()
        .find(|l| l.starts_with("| ") && !l.starts_with("| Person"))
        .unwrap();
    assert!(first.starts_with("| max/contacts.csv"), "{page}");
    assert!(!err.contains("eva/"), "{err}");
}

#[test]
fn a_reseau_toml_beside_a_sheet_applies_to_it_in_check_and_process_and_not_to_the_others() {
    let dir = tmp();
    let people = dir.path().join("people");
    std::fs::create_dir_all(people.join("nina")).unwrap();
    std::fs::create_dir_all(people.join("omar")).unwrap();
    let sheet = "Nom;Tribu;Statut\nLéa Roux;Nova;À contacter\n";
    std::fs::write(people.join("nina/contacts.csv"), sheet).unwrap();
    std::fs::write(people.join("omar/contacts.csv"), sheet).unwrap();
    // Nina names her company column her way, and says so in her own settings.
    std::fs::write(
        people.join("nina/reseau.toml"),
        "[aliases]\ncompany = [\"Tribu\"]\n",
    )
    .unwrap();
    std::fs::write(people.join("omar/~$contacts.xlsx"), b"lock").unwrap();
    let check = bin().arg("check").arg(&people).output().unwrap();
    let out = String::from_utf8_lossy(&check.stdout);
    let err = String::from_utf8_lossy(&check.stderr);
    assert_eq!(check.status.code(), Some(0), "{err}");
    assert!(err.contains("~$contacts.xlsx"), "{err}");
    let (nina, omar) = out.split_once("omar").expect("both checked, Nina first");
    assert!(nina.contains("\"Tribu\" -> company"), "{out}");
    assert!(!omar.contains("-> company"), "{out}");
    let json_path = dir.path().join("all.json");
    bin()
        .args(["process", "--quiet", "--today", TODAY, "--out-dir"])
        .arg(dir.path().join("out"))
        .arg("--json")
        .arg(&json_path)
        .arg(&people)
        .assert()
        .success();
    let all = json(&json_path);
    assert_eq!(all[0]["columns"]["company"], "Tribu", "{all}");
    assert!(all[1]["columns"]["company"].is_null(), "{all}");
}

#[test]
fn last_weeks_cohort_workbook_in_the_folder_is_not_read_as_a_sheet() {
    let dir = tmp();
    let people = folder(dir.path(), false);
    let cohort = people.join("cohort.xlsx");
    for _ in 0..2 {
        let run = bin()
            .args(["process", "--quiet", "--today", TODAY, "--cohort"])
            .arg(&cohort)
            .arg(&people)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&run.stderr);
        assert_eq!(run.status.code(), Some(0), "{err}");
    }
    assert_eq!(rows(&cohort, "Cohorte").len(), 3 + 5);
}
