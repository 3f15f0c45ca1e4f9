//! The journal through the built binary: a coffee logged on Tuesday moves the contact to
//! "thank" without touching its row; the journal in the same workbook or as `--journal` CSV;
//! re-runs on the output and after a LibreOffice round trip keep the journal once and give the
//! same results.

mod common;

use std::path::{Path, PathBuf};

use calamine::{Data, DataType};
use common::{bin, is_text, json, rows, sheet_names, TODAY};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use serde_json::Value as Json;

/// A French workbook: Contacts (Claire to contact, Paul contacted, two Léa Moreau), then a
/// Journal sheet with a coffee with Claire on Tuesday 24 November.
fn workbook(dir: &Path) -> PathBuf {
    let mut book = Workbook::new();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    let day = |y, m, d| ExcelDateTime::from_ymd(y, m, d).unwrap();
    let ws = book.add_worksheet().set_name("Contacts").unwrap();
    for (c, h) in [
        "Nom",
        "Entreprise",
        "Objectif",
        "Comment",
        "Statut",
        "Dernier contact",
    ]
    .iter()
    .enumerate()
    {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    let people = [
        ("Claire Martin", "Acme", "Emploi", "Café", "À contacter"),
        ("Paul Durand", "Beta", "Veille", "E-mail", "Contacté"),
        ("Léa Moreau", "Gamma", "Emploi", "Café", "À contacter"),
        ("Léa Moreau", "Delta", "Veille", "Café", "À contacter"),
    ];
    for (r, p) in people.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, v) in [p.0, p.1, p.2, p.3, p.4].iter().enumerate() {
            ws.write_string(r, c as u16, *v).unwrap();
        }
        ws.write_datetime_with_format(r, 5, day(2026, 10, 1), &date)
            .unwrap();
    }
    let ws = book.add_worksheet().set_name("Journal").unwrap();
    for (c, h) in ["Date", "Contact", "Quoi", "Note"].iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    ws.write_datetime_with_format(1, 0, day(2026, 11, 24), &date)
        .unwrap();
    ws.write_string(1, 1, "Claire Martin").unwrap();
    ws.write_string(1, 2, "Café").unwrap();
    ws.write_string(1, 3, "café avec Claire Martin").unwrap();
    ws.write_datetime_with_format(2, 0, day(2026, 11, 20), &date)
        .unwrap();
    ws.write_string(2, 1, "Lea MOREAU").unwrap();
    ws.write_string(2, 2, "Appel").unwrap();
    ws.write_string(2, 3, "=cmd|' /C calc'!A0").unwrap();
    let path = dir.join("reseau.xlsx");
    book.save(&path).unwrap();
    path
}

fn process(input: &Path, out: &Path, json_path: &Path, extra: &[&str]) -> Json {
    bin()
        .args(["process", "--quiet", "--today", TODAY, "-o"])
        .arg(out)
        .arg("--json")
        .arg(json_path)
        .args(extra)
        .arg(input)
        .assert()
        .success();
    json(json_path)
}

fn contact<'a>(j: &'a Json, name: &str) -> &'a Json {
    j["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no {name}"))
}

/// The column of `header` in the first row of `rows`.
fn col(rows: &[Vec<Data>], header: &str) -> usize {
    rows[0]
        .iter()
        .position(|d| is_text(d, header))
        .unwrap_or_else(|| panic!("no column {header:?} in {:?}", rows[0]))
}

#[test]
fn a_coffee_logged_on_tuesday_makes_claire_to_thank_without_touching_her_row() {
    let dir = tempfile::tempdir().unwrap();
    let input = workbook(dir.path());
    let out = dir.path().join("out.xlsx");
    let j = process(&input, &out, &dir.path().join("r.json"), &[]);

    let claire = contact(&j, "Claire Martin");
    assert_eq!(claire["next_action"], "thank");
    assert_eq!(claire["due"], "2026-11-26");
    assert_eq!(claire["status"], "met");
    assert_eq!(
        claire["last_exchange"],
        serde_json::json!({"date": "2026-11-24", "kind": "meeting", "source": "journal", "row": 2})
    );
    assert_eq!(claire["journal_entries"], 1);
    assert_eq!(claire["journal_step"]["row"], 2);
    let paul = contact(&j, "Paul Durand");
    assert_eq!(paul["journal_entries"], 0);
    assert_eq!(paul["last_exchange"]["source"], "row");
    let journal = &j["journal"];
    assert_eq!(journal["sheet"], "Journal");
    assert_eq!(journal["header_row"], 1);
    assert_eq!(journal["columns"]["kind"], "Quoi");
    // The two Léa Moreau rows are one person written twice (the same name once folded): the
    // call logged with "Lea MOREAU" goes to the row the plan speaks for, never refused as
    // ambiguous.
    assert_eq!(
        (journal["entries"].as_u64(), journal["applied"].as_u64()),
        (Some(2), Some(2))
    );
    let problems = j["problems"].as_array().unwrap();
    assert!(
        !problems.iter().any(|p| p["code"] == "ambiguous_contact"),
        "{problems:?}"
    );
    let leas: Vec<&Json> = j["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["name"] == "Léa Moreau")
        .collect();
    assert_eq!(
        leas.iter()
            .map(|c| c["journal_entries"].as_u64().unwrap())
            .sum::<u64>(),
        1,
        "{leas:?}"
    );

    let sheet = rows(&out, "Contacts");
    // Claire's own cells are as she wrote them.
    assert!(is_text(&sheet[1][4], "À contacter"));
    assert!(matches!(sheet[1][5], Data::DateTime(_)));
    assert_eq!(
        sheet[1][5].as_date(),
        chrono::NaiveDate::from_ymd_opt(2026, 10, 1)
    );
    // The annotations say what the journal did.
    assert!(is_text(
        &sheet[1][col(&sheet, "Action suivante")],
        "Remercier"
    ));
    assert_eq!(
        sheet[1][col(&sheet, "À faire le")].as_date(),
        chrono::NaiveDate::from_ymd_opt(2026, 11, 26)
    );
    assert!(is_text(
        &sheet[1][col(&sheet, "Échange le plus récent")],
        "Café · 24/11/2026 (journal, ligne 2)"
    ));
    assert!(is_text(
        &sheet[2][col(&sheet, "Échange le plus récent")],
        "01/10/2026 (ligne du contact)"
    ));
    let why = sheet[1][col(&sheet, "Pourquoi ce rang")].to_string();
    assert!(
        why.ends_with("Journal : Café · 24/11/2026 (journal, ligne 2)"),
        "{why}"
    );

    // The journal is carried over as written: a date stays a date, a formula-looking note
    // stays text, no annotation.
    let journal = rows(&out, "Journal");
    assert_eq!(journal.len(), 3);
    assert_eq!(journal[0].len(), 4);
    assert_eq!(
        journal[1][0].as_date(),
        chrono::NaiveDate::from_ymd_opt(2026, 11, 24)
    );
    assert!(is_text(&journal[2][3], "=cmd|' /C calc'!A0"));
}

#[test]
fn a_rerun_on_the_output_gives_the_same_results_and_keeps_one_journal() {
    let dir = tempfile::tempdir().unwrap();
    let input = workbook(dir.path());
    let first = dir.path().join("first.xlsx");
    let second = dir.path().join("second.xlsx");
    let j1 = process(&input, &first, &dir.path().join("1.json"), &[]);
    let j2 = process(&first, &second, &dir.path().join("2.json"), &[]);
    assert_eq!(j2["contacts"], j1["contacts"]);
    assert_eq!(j2["plan"], j1["plan"]);
    assert_eq!(j2["journal"], j1["journal"]);
    assert_eq!(sheet_names(&second), sheet_names(&first));
    assert_eq!(
        sheet_names(&second)
            .iter()
            .filter(|s| *s == "Journal")
            .count(),
        1
    );
    assert_eq!(rows(&second, "Journal"), rows(&first, "Journal"));
    assert_eq!(
        rows(&second, "Contacts")[0],
        rows(&first, "Contacts")[0],
        "no column added"
    );
}

const CONTACTS_CSV: &str = "Name,Email,How,Status,Last contact\n\
Claire Martin,claire@acme.fr,Coffee,Contacted,2026-11-01\n\
Jean-Pierre Dupont,jp@beta.fr,Lunch,Met,2026-11-20\n\
Zoé Petit,zoe@gamma.fr,Email,To contact,\n";

#[test]
fn a_journal_csv_given_with_journal_matches_inverted_names_accents_and_emails() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("contacts.csv");
    std::fs::write(&input, CONTACTS_CSV).unwrap();
    let journal = dir.path().join("log.csv");
    std::fs::write(
        &journal,
        "When,With,What,Note\n\
         2026-11-23,\"Martin, Claire\",reply received,she can meet next week\n\
         2026-11-22,DUPONT Jean Pierre,thanks,\n\
         2026-11-24,ZOE@gamma.fr,email,\n\
         2026-11-24,Claire Martine,coffee,\n\
         2026-11-25,Zoe Petit,golf,\n",
    )
    .unwrap();
    let out = dir.path().join("out.xlsx");
    let j = process(
        &input,
        &out,
        &dir.path().join("r.json"),
        &["--journal", journal.to_str().unwrap()],
    );
    let claire = contact(&j, "Claire Martin");
    // A reply: the next step is to set the day of the meeting, within two days.
    assert_eq!(
        (claire["next_action"].as_str(), claire["due"].as_str()),
        (Some("schedule"), Some("2026-11-25"))
    );
    let jp = contact(&j, "Jean-Pierre Dupont");
    assert_eq!(
        (jp["status"].as_str(), jp["next_action"].as_str()),
        (Some("thanked"), Some("keep_in_touch"))
    );
    let zoe = contact(&j, "Zoé Petit");
    assert_eq!(zoe["status"], "contacted");
    assert_eq!(zoe["journal_entries"], 2);
    assert_eq!(j["journal"]["file"], journal.display().to_string());
    let problems: Vec<(u64, &str)> = j["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["row"].as_u64().unwrap(), p["code"].as_str().unwrap()))
        .collect();
    assert_eq!(problems, [(5, "unknown_contact"), (6, "unknown_value")]);
    let unknown = &j["problems"][0];
    assert_eq!(unknown["hint"], "Did you mean Claire Martin (2)?");
    // The CSV journal is not copied into the workbook.
    assert!(!sheet_names(&out).iter().any(|s| s == "log"));
}

#[test]
fn a_missing_journal_file_stops_with_its_name_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("contacts.csv");
    std::fs::write(&input, CONTACTS_CSV).unwrap();
    let out = dir.path().join("out.xlsx");
    let missing = dir.path().join("nope.csv");
    let a = bin()
        .args(["process", "--today", TODAY, "-o"])
        .arg(&out)
        .arg("--json")
        .arg(dir.path().join("r.json"))
        .arg("--journal")
        .arg(&missing)
        .arg(&input)
        .assert()
        .code(2);
    let err = String::from_utf8_lossy(&a.get_output().stderr).to_string();
    assert!(err.contains("nope.csv"), "{err}");
    assert!(!out.exists() && !dir.path().join("r.json").exists());
}

#[test]
fn check_reports_the_journal_its_columns_and_its_problems() {
    let dir = tempfile::tempdir().unwrap();
    let input = workbook(dir.path());
    let a = bin().args(["check"]).arg(&input).assert().success();
    let text = String::from_utf8_lossy(&a.get_output().stdout).to_string();
    assert!(
        text.contains("journal: feuille \"Journal\", ligne d'en-tête 1"),
        "{text}"
    );
    assert!(text.contains("\"Quoi\" -> kind"), "{text}");
    assert!(text.contains("2 échanges, 2 appliqués"), "{text}");
    let path = dir.path().join("check.json");
    bin()
        .args(["check", "--quiet", "--json"])
        .arg(&path)
        .arg(&input)
        .assert()
        .success();
    let j = json(&path);
    assert_eq!(j["journal"]["entries"], 2);
    assert_eq!(j["journal"]["problems"], 0);
    assert_eq!(contact(&j, "Claire Martin")["journal_entries"], 1);
}

#[test]
fn a_journal_sheet_without_a_date_column_is_one_problem_not_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let mut book = Workbook::new();
    let ws = book.add_worksheet().set_name("Contacts").unwrap();
    ws.write_row(0, 0, ["Nom", "Statut"]).unwrap();
    ws.write_row(1, 0, ["Claire Martin", "Contacté"]).unwrap();
    let ws = book.add_worksheet().set_name("Journal").unwrap();
    ws.write_row(0, 0, ["Avec", "Quoi"]).unwrap();
    ws.write_row(1, 0, ["Claire Martin", "Café"]).unwrap();
    let input = dir.path().join("c.xlsx");
    book.save(&input).unwrap();
    let j = process(
        &input,
        &dir.path().join("o.xlsx"),
        &dir.path().join("r.json"),
        &[],
    );
    let p = j["problems"].as_array().unwrap();
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0]["code"], "journal_incomplete");
    assert_eq!(contact(&j, "Claire Martin")["status"], "contacted");
    assert!(j.get("journal").is_none());
}

/// The XML of the `n`-th sheet of a workbook.
fn sheet_xml(path: &Path, n: usize) -> String {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut xml = String::new();
    zip.by_name(&format!("xl/worksheets/sheet{n}.xml"))
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

#[test]
fn init_writes_a_journal_with_dropdowns_of_kinds_and_of_the_contacts_names() {
    for (lang, kind, what) in [("fr", "Rencontre", "Quoi"), ("en", "Meeting", "What")] {
        let dir = tempfile::tempdir().unwrap();
        let sheet = dir.path().join("contacts.xlsx");
        bin()
            .args(["init", "--lang", lang])
            .arg(&sheet)
            .assert()
            .success();
        assert_eq!(
            sheet_names(&sheet),
            ["Contacts", "Journal", "Guide"],
            "{lang}"
        );
        let journal = rows(&sheet, "Journal");
        assert!(is_text(&journal[0][2], what), "{lang}: {:?}", journal[0]);
        assert_eq!(journal.len(), 3, "two example rows");
        let xml = sheet_xml(&sheet, 2);
        let lists: Vec<&str> = xml
            .split("<dataValidation ")
            .skip(1)
            .filter(|v| v.contains("type=\"list\""))
            .collect();
        assert_eq!(lists.len(), 2, "{xml}");
        // The names read the Contacts sheet's name column, over a bounded range.
        assert!(
            lists
                .iter()
                .any(|v| v.contains("<formula1>Contacts!$A$2:$A$10001</formula1>")),
            "{lists:?}"
        );
        assert!(lists.iter().any(|v| v.contains(kind)), "{lang}: {lists:?}");
        // The guide gives the weekly routine in three steps.
        let guide: Vec<String> = rows(&sheet, "Guide")
            .iter()
            .map(|r| r[0].to_string())
            .collect();
        let step = |s: &str| guide.iter().any(|l| l.trim_start().starts_with(s));
        assert!(step("1)") && step("2)") && step("3)"), "{guide:?}");
        // The fresh sheet reads back with its journal and no problem.
        let out = dir.path().join("out.xlsx");
        let j = process(&sheet, &out, &dir.path().join("r.json"), &[]);
        assert_eq!(j["problems"], serde_json::json!([]), "{lang}");
        assert_eq!(j["journal"]["applied"], 2, "{lang}");
    }
}

/// Whether LibreOffice tests run; as in tests/libreoffice.rs, a missing `soffice` fails unless
/// `RESEAU_SKIP_LIBREOFFICE=1` says to skip.
fn soffice() -> bool {
    if std::env::var("RESEAU_SKIP_LIBREOFFICE").as_deref() == Ok("1") {
        eprintln!("\n*** SKIPPED: LibreOffice journal test (RESEAU_SKIP_LIBREOFFICE=1) ***\n");
        return false;
    }
    let ok = std::process::Command::new("soffice")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        ok,
        "LibreOffice (soffice) is needed, or RESEAU_SKIP_LIBREOFFICE=1"
    );
    true
}

#[test]
fn after_a_libreoffice_round_trip_the_journal_is_kept_once_and_the_results_are_the_same() {
    if !soffice() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let input = workbook(dir.path());
    let first = dir.path().join("first.xlsx");
    let j1 = process(&input, &first, &dir.path().join("1.json"), &[]);
    let resaved = dir.path().join("resaved");
    let o = std::process::Command::new("soffice")
        .env("LC_ALL", "C.UTF-8")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            dir.path().join("profile").display()
        ))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
        ])
        .arg(&resaved)
        .arg(&first)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let second = dir.path().join("second.xlsx");
    let j2 = process(
        &resaved.join("first.xlsx"),
        &second,
        &dir.path().join("2.json"),
        &[],
    );
    assert_eq!(j2["contacts"], j1["contacts"]);
    assert_eq!(j2["plan"], j1["plan"]);
    assert_eq!(j2["journal"], j1["journal"]);
    assert_eq!(sheet_names(&second), sheet_names(&first));
    assert_eq!(rows(&second, "Journal"), rows(&first, "Journal"));
    assert_eq!(rows(&second, "Contacts")[0], rows(&first, "Contacts")[0]);
}

#[test]
fn the_journal_of_reseau_toml_is_found_beside_the_settings_file() {
    let dir = tempfile::tempdir().unwrap();
    let sheets = dir.path().join("sheets");
    std::fs::create_dir(&sheets).unwrap();
    let input = sheets.join("contacts.csv");
    std::fs::write(&input, CONTACTS_CSV).unwrap();
    std::fs::write(
        sheets.join("log.csv"),
        "Date,Contact,What\n2026-11-24,Zoé Petit,coffee\n",
    )
    .unwrap();
    std::fs::write(sheets.join("reseau.toml"), "journal = \"log.csv\"\n").unwrap();
    let j = process(
        &input,
        &dir.path().join("out.xlsx"),
        &dir.path().join("r.json"),
        &["--config", sheets.join("reseau.toml").to_str().unwrap()],
    );
    assert_eq!(contact(&j, "Zoé Petit")["next_action"], "thank");
    assert_eq!(j["journal"]["entries"], 1);
}

#[test]
fn a_journal_sheet_before_the_contacts_is_not_taken_for_them() {
    let dir = tempfile::tempdir().unwrap();
    let mut book = Workbook::new();
    let ws = book.add_worksheet().set_name("Journal").unwrap();
    ws.write_row(0, 0, ["Date", "Contact", "Quoi", "Note"])
        .unwrap();
    ws.write_row(1, 0, ["24/11/2026", "Claire Martin", "Café", ""])
        .unwrap();
    let ws = book.add_worksheet().set_name("Réseau").unwrap();
    ws.write_row(0, 0, ["Nom", "Entreprise", "Statut"]).unwrap();
    ws.write_row(1, 0, ["Claire Martin", "Acme", "À contacter"])
        .unwrap();
    let input = dir.path().join("c.xlsx");
    book.save(&input).unwrap();
    let j = process(
        &input,
        &dir.path().join("o.xlsx"),
        &dir.path().join("r.json"),
        &[],
    );
    assert_eq!(j["sheet"], "Réseau");
    assert_eq!(j["journal"]["sheet"], "Journal");
    assert_eq!(contact(&j, "Claire Martin")["next_action"], "thank");
}

#[test]
fn a_journal_file_without_a_date_or_contact_column_is_one_problem() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("contacts.csv");
    std::fs::write(&input, CONTACTS_CSV).unwrap();
    let journal = dir.path().join("log.csv");
    std::fs::write(&journal, "Quoi,Note\nCafé,bien\n").unwrap();
    let j = process(
        &input,
        &dir.path().join("out.xlsx"),
        &dir.path().join("r.json"),
        &["--journal", journal.to_str().unwrap()],
    );
    let p = j["problems"].as_array().unwrap();
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0]["code"], "journal_incomplete");
    assert!(p[0]["sheet"].as_str().unwrap().contains("log.csv"), "{p:?}");
    assert!(j.get("journal").is_none());
}

#[test]
fn with_a_journal_file_the_workbooks_journal_sheet_says_where_the_journal_lives() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = dir.path().join("contacts.xlsx");
    bin()
        .args(["init", "--lang", "fr"])
        .arg(&sheet)
        .assert()
        .success();
    let log = dir.path().join("échanges.csv");
    std::fs::write(&log, "Date;Contact;Quoi\n24/11/2026;Inconnu Total;Café\n").unwrap();
    let out = dir.path().join("out.xlsx");
    process(
        &sheet,
        &out,
        &dir.path().join("r.json"),
        &["--journal", log.to_str().unwrap()],
    );
    let said = |path: &Path| -> Vec<String> {
        rows(path, "Journal")[0]
            .iter()
            .map(|c| c.to_string())
            .filter(|c| c.starts_with("Journal tenu dans le fichier"))
            .collect()
    };
    let lines = said(&out);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].contains(log.to_str().unwrap()), "{lines:?}");
    // The journal's own headers are kept, and the next run says it once, not twice.
    assert!(is_text(&rows(&out, "Journal")[0][2], "Quoi"));
    let again = dir.path().join("again.xlsx");
    process(
        &out,
        &again,
        &dir.path().join("r2.json"),
        &["--journal", log.to_str().unwrap()],
    );
    assert_eq!(said(&again), lines);
    // Without --journal, nothing is said.
    let plain = dir.path().join("plain.xlsx");
    process(&sheet, &plain, &dir.path().join("r3.json"), &[]);
    assert!(said(&plain).is_empty());
}

/// Camille's weekly run: her sheet has a What column ("Pourquoi le contacter"), which the plan
/// sheet shows, and she runs in place with her own Journal sheet. The next week the plan sheet
/// is the tool's (replaced, never read as her journal, never a "Plan (2)"), and her journal is
/// the one read.
#[test]
fn in_place_with_a_what_column_reads_the_users_journal_and_keeps_one_plan() {
    use common::files::{write_xlsx, C};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reseau.xlsx");
    write_xlsx(
        &path,
        &[
            (
                "Contacts",
                vec![
                    vec![
                        C::S("Nom"),
                        C::S("Entreprise"),
                        C::S("Pourquoi le contacter"),
                        C::S("Statut"),
                    ],
                    vec![
                        C::S("Claire Martin"),
                        C::S("Acme"),
                        C::S("infos sur l'équipe marketing Lyon"),
                        C::S("À contacter"),
                    ],
                    vec![
                        C::S("Paul Durand"),
                        C::S("Beta"),
                        C::S("mandats de direction marketing"),
                        C::S("Contacté"),
                    ],
                ],
            ),
            (
                "Journal",
                vec![
                    vec![C::S("Date"), C::S("Contact"), C::S("Quoi"), C::S("Note")],
                    vec![
                        C::D(2026, 11, 24),
                        C::S("Claire Martin"),
                        C::S("Café"),
                        C::S("café à la Part-Dieu"),
                    ],
                ],
            ),
        ],
    );
    for today in ["2026-11-26", "2026-12-03", "2026-12-10"] {
        let run = bin()
            .args(["process", "--in-place", "--today", today])
            .arg(&path)
            .output()
            .unwrap();
        let out = String::from_utf8_lossy(&run.stdout);
        assert!(run.status.success(), "{today}: {out}");
        assert!(
            out.contains("journal \"Journal\""),
            "{today}: the user's journal is read: {out}"
        );
        assert!(!out.contains("journal \"Plan\""), "{today}: {out}");
    }
    let names = sheet_names(&path);
    assert_eq!(
        names.iter().filter(|n| n.starts_with("Plan")).count(),
        1,
        "{names:?}"
    );
}

/// The same person twice on the sheet (an old list and a retyped row) is one person for the
/// journal too: a coffee logged with them is applied to the row the plan speaks for, never
/// refused as ambiguous.
#[test]
fn an_exchange_with_a_person_written_twice_is_applied_to_the_row_the_plan_speaks_for() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = dir.path().join("reseau.csv");
    std::fs::write(
        &sheet,
        "Nom;Entreprise;Statut;Dernier contact\n\
         Marc Dupont;Seb;À contacter;\n\
         Claire Martin;Acme;À contacter;\n\
         MARC DUPONT;Seb;Contacté;10/11/2026\n",
    )
    .unwrap();
    let journal = dir.path().join("journal.csv");
    std::fs::write(
        &journal,
        "Date;Contact;Quoi;Note\n24/11/2026;Marc Dupont;Café;café à la Part-Dieu\n",
    )
    .unwrap();
    let json_path = dir.path().join("out.json");
    let out = process(
        &sheet,
        &dir.path().join("out.xlsx"),
        &json_path,
        &["--journal", journal.to_str().unwrap()],
    );
    let problems = out["problems"].as_array().unwrap();
    assert!(
        !problems
            .iter()
            .any(|p| p["kind"].as_str().unwrap_or("").contains("ambiguous")),
        "{problems:?}"
    );
    let marcs: Vec<&Json> = out["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| {
            c["name"]
                .as_str()
                .unwrap()
                .eq_ignore_ascii_case("marc dupont")
        })
        .collect();
    assert_eq!(marcs.len(), 2);
    let speaker = marcs
        .iter()
        .find(|c| c["next_action"] != "none")
        .expect("one row is planned");
    assert_eq!(speaker["next_action"], "thank", "{speaker}");
}

/// Dates in a log written as people write them, without a year: the nearest such day, so the
/// coffee of last Monday is behind and the meeting booked for Wednesday is ahead.
#[test]
fn journal_dates_without_a_year_are_the_nearest_such_day() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = dir.path().join("reseau.csv");
    std::fs::write(
        &sheet,
        "Nom;Entreprise;Statut;Dernier contact\n\
         Claire Martin;Acme;Contacté;20/11/2026\n\
         Paul Durand;Beta;Contacté;20/11/2026\n",
    )
    .unwrap();
    let journal = dir.path().join("journal.csv");
    std::fs::write(
        &journal,
        "Date;Contact;Quoi;Note\n7/12;Claire Martin;Café;\n16/12;Paul Durand;RDV;visio\n",
    )
    .unwrap();
    let json_path = dir.path().join("out.json");
    bin()
        .args(["process", "--quiet", "--today", "2026-12-14", "-o"])
        .arg(dir.path().join("out.xlsx"))
        .arg("--json")
        .arg(&json_path)
        .arg("--journal")
        .arg(&journal)
        .arg(&sheet)
        .assert()
        .success();
    let out = json(&json_path);
    assert!(
        out["problems"].as_array().unwrap().is_empty(),
        "{}",
        out["problems"]
    );
    let claire = contact(&out, "Claire Martin");
    assert_eq!(claire["last_contact"], "2026-12-07");
    assert_eq!(claire["next_action"], "thank");
    let paul = contact(&out, "Paul Durand");
    assert_eq!(paul["status"], "scheduled");
    assert_eq!(paul["meeting_date"], "2026-12-16");
}
