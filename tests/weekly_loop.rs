//! The weekly loop through the built binary: start a sheet with `init`, process it, get the plan
//! as a calendar and a CI summary, run over many sheets, update a workbook in place, run again
//! on the output. Workbooks are read back with calamine and compared by value.

mod common;

use std::path::Path;

use calamine::Data;
use common::{bin, copy, is_text, json, rows, sheet_names, TODAY};
use serde_json::Value as Json;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// (row, rank, flag) of every contact of a `process --json` result.
fn ranks_and_flags(j: &Json) -> Vec<(u64, u64, String)> {
    j["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["row"].as_u64().unwrap(),
                c["rank"].as_u64().unwrap(),
                c["flag"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn process_json(input: &Path, out: &Path, json_path: &Path) -> Json {
    bin()
        .args(["process", "--quiet", "--today", TODAY, "-o"])
        .arg(out)
        .arg("--json")
        .arg(json_path)
        .arg(input)
        .assert()
        .success();
    common::wellformed::assert_xlsx(out);
    json(json_path)
}

#[test]
fn init_in_both_languages_then_process_reports_no_problem() {
    for lang in ["fr", "en"] {
        let dir = tempfile::tempdir().unwrap();
        let sheet = dir.path().join("contacts.xlsx");
        bin()
            .args(["init", "--lang", lang])
            .arg(&sheet)
            .assert()
            .success();
        let names = sheet_names(&sheet);
        assert!(names.contains(&"Guide".to_string()), "{lang}: {names:?}");
        let j = process_json(
            &sheet,
            &dir.path().join("out.xlsx"),
            &dir.path().join("r.json"),
        );
        assert_eq!(j["problems"], serde_json::json!([]), "{lang}");
        assert_eq!(j["totals"]["contacts"], 2, "{lang}: the two example rows");
        assert!(
            j["contacts"][0]["objectives"].as_array().unwrap().len() == 1,
            "{lang}: the example rows have an objective"
        );
    }
}

#[test]
fn init_never_replaces_an_existing_sheet() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = dir.path().join("contacts.xlsx");
    std::fs::write(&sheet, b"precious").unwrap();
    let out = bin().arg("init").arg(&sheet).assert().code(2);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(err.contains("already exists"), "{err}");
    assert_eq!(std::fs::read(&sheet).unwrap(), b"precious");
}

#[test]
fn init_from_each_export_kind_fills_names_and_leaves_the_plan_to_the_user() {
    let cases = [
        ("linkedin_connections.csv", "Jane Doe", "Acme Corp"),
        ("google_contacts.csv", "Ada Lovelace", "Analytical Ltd"),
        ("google_contacts_new.csv", "Grace Hopper", "Navy"),
        ("outlook_contacts.csv", "Claire Fontaine", "Globex"),
    ];
    for (export, name, company) in cases {
        let dir = tempfile::tempdir().unwrap();
        let sheet = dir.path().join("contacts.xlsx");
        bin()
            .args(["init", "--lang", "en", "--from"])
            .arg(root().join("tests/fixtures/read").join(export))
            .arg(&sheet)
            .assert()
            .success();
        let j = process_json(
            &sheet,
            &dir.path().join("out.xlsx"),
            &dir.path().join("r.json"),
        );
        let first = &j["contacts"][0];
        assert_eq!(first["name"], name, "{export}");
        assert_eq!(first["company"], company, "{export}");
        assert_eq!(first["objectives"], serde_json::json!([]), "{export}");
        assert_eq!(first["horizon"], Json::Null, "{export}");
        assert_eq!(first["status"], "to_contact", "{export}");
        assert_eq!(j["problems"], serde_json::json!([]), "{export}");
    }
    // LinkedIn's connection date becomes the last contact, as a real date cell.
    let dir = tempfile::tempdir().unwrap();
    let sheet = dir.path().join("c.xlsx");
    bin()
        .args(["init", "--lang", "fr", "--from"])
        .arg(root().join("tests/fixtures/read/linkedin_connections.csv"))
        .arg(&sheet)
        .assert()
        .success();
    let r = rows(&sheet, "Contacts");
    let header = &r[0];
    let col = header
        .iter()
        .position(|h| is_text(h, "Dernier contact"))
        .expect("a last-contact column");
    assert!(
        matches!(r[1][col], Data::DateTime(_)),
        "connection date as a date cell: {:?}",
        r[1][col]
    );
}

#[test]
fn the_calendar_has_one_event_per_planned_action_and_the_same_uids_every_week() {
    use icalendar::{Calendar, CalendarComponent, Component};
    let dir = tempfile::tempdir().unwrap();
    let input = copy(&root().join("samples/contacts.xlsx"), dir.path());
    let ics = dir.path().join("plan.ics");
    let run = |today: &str| {
        bin()
            .args(["process", "--quiet", "--today", today, "--ics"])
            .arg(&ics)
            .arg("--json")
            .arg(dir.path().join("r.json"))
            .arg(&input)
            .assert()
            .success();
        let text = std::fs::read_to_string(&ics).unwrap();
        let cal: Calendar = text.parse().unwrap();
        let events: Vec<(String, String)> = cal
            .components
            .iter()
            .filter_map(|c| match c {
                CalendarComponent::Event(e) => Some((
                    e.get_uid().unwrap().to_string(),
                    e.get_summary().unwrap().to_string(),
                )),
                _ => None,
            })
            .collect();
        (events, json(&dir.path().join("r.json")))
    };
    let (events, j) = run(TODAY);
    let plan = j["plan"].as_array().unwrap();
    assert_eq!(events.len(), plan.len());
    assert!(events
        .iter()
        .any(|(_, s)| s.contains("Inès Fontaine") && s.contains("café")));
    let mut uids: Vec<&String> = events.iter().map(|(u, _)| u).collect();
    uids.sort();
    uids.dedup();
    assert_eq!(uids.len(), events.len(), "one UID per event");
    // Two days later Nadia's follow-up is still to do, on another day: same UID, so a
    // re-import moves the event instead of adding one.
    let uid_of = |e: &[(String, String)], who: &str| {
        e.iter()
            .find(|(_, s)| s.contains(who))
            .map(|(u, _)| u.clone())
            .unwrap()
    };
    let (later, _) = run("2026-11-28");
    assert_eq!(
        uid_of(&later, "Nadia Rossi"),
        uid_of(&events, "Nadia Rossi")
    );
    assert_ne!(
        uid_of(&events, "Nadia Rossi"),
        uid_of(&events, "Émilie Bernard")
    );
}

#[test]
fn the_markdown_summary_shows_totals_overdue_and_failed_inputs_of_a_batch() {
    let dir = tempfile::tempdir().unwrap();
    let a = copy(&root().join("samples/contacts.xlsx"), dir.path());
    let b = copy(&root().join("samples/contacts-en.xlsx"), dir.path());
    let bad = dir.path().join("broken.xlsx");
    std::fs::write(&bad, b"not a workbook").unwrap();
    let md = dir.path().join("summary.md");
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    bin()
        .args(["process", "--quiet", "--today", TODAY, "--out-dir"])
        .arg(&out)
        .arg("--summary-md")
        .arg(&md)
        .args([&a, &bad, &b])
        .assert()
        .code(2);
    let text = std::fs::read_to_string(&md).unwrap();
    assert!(text.contains("contacts.xlsx") && text.contains("contacts-en.xlsx"));
    assert!(
        text.contains("Nadia Rossi"),
        "an overdue contact is listed:\n{text}"
    );
    assert!(
        text.contains("broken.xlsx") && text.contains("Not processed"),
        "{text}"
    );
    // The good inputs were written despite the bad one.
    assert!(out.join("contacts.reseau.xlsx").is_file());
    assert!(out.join("contacts-en.reseau.xlsx").is_file());
}

#[test]
fn batch_exit_codes_are_the_worst_of_the_inputs() {
    let dir = tempfile::tempdir().unwrap();
    let fr = copy(&root().join("samples/contacts.xlsx"), dir.path());
    let en = copy(&root().join("samples/contacts-en.xlsx"), dir.path());
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let run = |extra: &[&str], inputs: &[&Path]| {
        bin()
            .args(["process", "--quiet", "--today"])
            .args(extra)
            .arg("--out-dir")
            .arg(&out)
            .args(inputs)
            .assert()
    };
    run(&[TODAY], &[&fr, &en]).code(0);
    run(&["2025-01-01", "--fail-on", "overdue"], &[&fr, &en]).code(0);
    run(&[TODAY, "--fail-on", "overdue"], &[&fr, &en]).code(1);
    run(
        &[TODAY, "--fail-on", "overdue"],
        &[&fr, &dir.path().join("missing.csv")],
    )
    .code(2);
    assert!(out.join("contacts-en.reseau.xlsx").is_file());
    assert!(out.join("contacts.reseau.xlsx").is_file());
}

#[test]
fn two_inputs_never_write_the_same_output() {
    // contacts.xlsx and contacts.csv both map to contacts.reseau.xlsx in one folder: the
    // first is written, the second refused with both names, and nothing is overwritten.
    let dir = tempfile::tempdir().unwrap();
    let fr = copy(&root().join("samples/contacts.xlsx"), dir.path());
    let csv = copy(&root().join("samples/contacts.csv"), dir.path());
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let o = bin()
        .args(["process", "--quiet", "--today", TODAY, "--out-dir"])
        .arg(&out)
        .args([&fr, &csv])
        .assert()
        .code(2);
    let err = String::from_utf8(o.get_output().stderr.clone()).unwrap();
    assert!(
        err.contains("contacts.csv") && err.contains("contacts.xlsx"),
        "{err}"
    );
    // The written one is the xlsx's: its contacts sheet keeps the xlsx's sheet name.
    assert!(sheet_names(&out.join("contacts.reseau.xlsx")).contains(&"Réseau".to_string()));
}

#[test]
fn in_place_keeps_a_backup_and_a_second_run_duplicates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let input = copy(&root().join("samples/contacts.xlsx"), dir.path());
    let original = std::fs::read(&input).unwrap();
    let backup = dir.path().join("contacts.bak.xlsx");
    let in_place = || {
        bin()
            .args(["process", "--quiet", "--in-place", "--today", TODAY])
            .arg(&input)
            .assert()
            .success();
    };
    in_place();
    assert_eq!(
        std::fs::read(&backup).unwrap(),
        original,
        "the backup is the old file"
    );
    in_place();
    let names = sheet_names(&input);
    assert_eq!(names[0], "Tableau de bord");
    let mut sorted = names.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), names.len(), "no sheet twice: {names:?}");
    let header: Vec<String> = rows(&input, "Réseau")[3]
        .iter()
        .map(|d| d.to_string())
        .collect();
    assert_eq!(
        header.iter().filter(|h| *h == "Rang").count(),
        1,
        "{header:?}"
    );
    // The user's values are all still there, where they were.
    let first = rows(&backup, "Réseau");
    let now = rows(&input, "Réseau");
    for (r, row) in first.iter().enumerate().take(20) {
        for (c, v) in row.iter().enumerate().take(17) {
            assert_eq!(&now[r][c], v, "row {} col {}", r + 1, c + 1);
        }
    }
}

#[test]
fn a_rerun_on_its_own_output_gives_the_same_ranks_and_flags() {
    let dir = tempfile::tempdir().unwrap();
    let input = copy(&root().join("samples/contacts.xlsx"), dir.path());
    let out1 = dir.path().join("one.xlsx");
    let out2 = dir.path().join("two.xlsx");
    let j1 = process_json(&input, &out1, &dir.path().join("1.json"));
    let j2 = process_json(&out1, &out2, &dir.path().join("2.json"));
    assert_eq!(ranks_and_flags(&j1), ranks_and_flags(&j2));
    assert_eq!(j1["problems"], j2["problems"]);
    assert_eq!(sheet_names(&out1), sheet_names(&out2));
    assert_eq!(rows(&out1, "Réseau"), rows(&out2, "Réseau"));
}

#[test]
fn an_edit_in_the_output_is_kept_and_changes_the_plan() {
    // The user marks Inès Fontaine as met in last week's output, and runs again on it.
    let dir = tempfile::tempdir().unwrap();
    let input = copy(&root().join("samples/contacts.xlsx"), dir.path());
    let out1 = dir.path().join("one.xlsx");
    process_json(&input, &out1, &dir.path().join("1.json"));
    let edited = dir.path().join("edited.xlsx");
    edit_cell(&out1, &edited, "Réseau", "Inès", "Rencontré");
    let j = process_json(
        &edited,
        &dir.path().join("two.xlsx"),
        &dir.path().join("2.json"),
    );
    let ines = j["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "Inès Fontaine")
        .unwrap();
    assert_eq!(ines["status"], "met");
    assert_eq!(ines["next_action"], "thank");
    let r = rows(&dir.path().join("two.xlsx"), "Réseau");
    assert!(r
        .iter()
        .any(|row| row.iter().any(|d| is_text(d, "Rencontré"))
            && row.iter().any(|d| is_text(d, "Inès"))));
}

/// Rewrites `from` into `to` with the status of the row whose first cell is `first` set to
/// `status`, the way a user edits one cell: every other cell kept, through the library.
fn edit_cell(from: &Path, to: &Path, sheet: &str, first: &str, status: &str) {
    use reseau_xlsx::model::Value;
    let opts = reseau_xlsx::config::ReadOptions::default();
    let mut wb = reseau_xlsx::read::open(from, &opts).unwrap();
    let table = reseau_xlsx::read::locate(from, &wb, &opts).unwrap();
    let status_col = table
        .columns
        .iter()
        .find(|c| c.header == "Statut")
        .unwrap()
        .index;
    let s = wb.sheets.iter_mut().find(|s| s.name == sheet).unwrap();
    let mut rows = s.rows.to_vecs();
    let row = rows
        .iter_mut()
        .find(|r| r.first() == Some(&Value::Text(first.into())))
        .unwrap();
    row[status_col] = Value::Text(status.into());
    s.rows = rows.into();
    // Re-run the pipeline on the edited cells to produce the edited workbook the user saved.
    let config =
        reseau_xlsx::config::Config::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap());
    let (contacts, problems) = reseau_xlsx::normalize::contacts(&wb, &table, &opts);
    let outcome =
        reseau_xlsx::assess::assess(contacts, problems, &config, reseau_xlsx::model::Lang::Fr);
    let bytes = reseau_xlsx::write::workbook(&wb, &table, &outcome).unwrap();
    reseau_xlsx::write::save::atomic(to, &bytes).unwrap();
}
