//! End-to-end: the built binary on the bundled samples and small fixtures, in a temporary
//! folder; produced workbooks are read back with calamine and compared by value.

mod common;

use std::path::PathBuf;

use common::{bin, json as read_json, rows as sheet_rows, sheet_names, TODAY};
use serde_json::Value as Json;

fn sample(name: &str) -> PathBuf {
    common::repo("samples").join(name)
}

/// Copies a sample into a fresh temp folder, so outputs land there.
fn copy_sample(name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let p = common::copy(&sample(name), dir.path());
    (dir, p)
}

#[test]
fn check_prints_the_mapping_and_counts_of_the_french_sample() {
    let out = bin()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["check", "samples/contacts.xlsx"])
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(text.contains("\"Réseau\""), "{text}");
    assert!(
        text.contains("header row 4") || text.contains("ligne d'en-tête 4"),
        "{text}"
    );
    assert!(text.contains("\"Quand\" -> deadline"), "{text}");
    assert!(text.contains("\"Prénom\" -> first_name"), "{text}");
    assert!(text.contains("16 contacts"), "{text}");
    // "golf" is not an objective, "fin mar" is not a date.
    assert!(text.contains("\"golf\""), "{text}");
    assert!(text.contains("\"fin mar\""), "{text}");
}

#[test]
fn check_reads_the_french_excel_csv_like_the_workbook() {
    let dir = tempfile::tempdir().unwrap();
    let jx = dir.path().join("x.json");
    let jc = dir.path().join("c.json");
    for (input, json) in [("contacts.xlsx", &jx), ("contacts.csv", &jc)] {
        bin()
            .args(["check"])
            .arg(sample(input))
            .arg("--json")
            .arg(json)
            .assert()
            .success();
    }
    let (x, c) = (read_json(&jx), read_json(&jc));
    assert_eq!(x["header_row"], 4);
    assert_eq!(c["header_row"], 3);
    let strip = |j: &Json| -> Vec<Json> {
        j["contacts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                let mut c = c.clone();
                c.as_object_mut().unwrap().remove("row");
                c
            })
            .collect()
    };
    assert_eq!(
        strip(&x),
        strip(&c),
        "same contacts from the xlsx and the csv"
    );
    let claire = &x["contacts"][0];
    assert_eq!(claire["name"], "Claire Martin");
    assert_eq!(claire["row"], 5);
    assert_eq!(claire["objectives"], serde_json::json!(["job"]));
    assert_eq!(claire["horizon"], "short");
    assert_eq!(claire["how"], "coffee");
    assert_eq!(claire["deadline"], "2026-12-15");
    assert_eq!(claire["status"], "to_contact");
}

#[test]
fn check_fail_on_problems_exits_1_and_without_it_0() {
    bin()
        .arg("check")
        .arg(sample("contacts.xlsx"))
        .assert()
        .code(0);
    bin()
        .arg("check")
        .arg(sample("contacts.xlsx"))
        .args(["--fail-on", "problems", "--quiet"])
        .assert()
        .code(1);
    bin()
        .arg("check")
        .arg(sample("contacts-en.xlsx"))
        .args(["--fail-on", "problems", "--quiet"])
        .assert()
        .code(0);
}

#[test]
fn a_missing_file_exits_2_naming_it_and_others_still_run() {
    let (dir, good) = copy_sample("contacts-en.xlsx");
    let missing = dir.path().join("nope.xlsx");
    let out = bin()
        .args(["process", "--today", TODAY])
        .arg(&missing)
        .arg(&good)
        .assert()
        .code(2);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(err.contains("nope.xlsx"), "{err}");
    assert!(dir.path().join("contacts-en.reseau.xlsx").is_file());
}

#[test]
fn process_writes_the_workbook_beside_the_input_and_keeps_the_input() {
    let (dir, input) = copy_sample("contacts.xlsx");
    let before = std::fs::read(&input).unwrap();
    bin()
        .args(["process", "--today", TODAY])
        .arg(&input)
        .assert()
        .success();
    assert_eq!(std::fs::read(&input).unwrap(), before, "input unchanged");
    let out = dir.path().join("contacts.reseau.xlsx");
    let names = sheet_names(&out);
    assert_eq!(names[0], "Tableau de bord", "{names:?}");
    for s in ["Réseau", "Idées", "Plan", "En retard", "Problèmes"] {
        assert!(names.iter().any(|n| n == s), "{s} in {names:?}");
    }
    // Every original value of the contacts sheet is still there, at its place.
    let original = sheet_rows(&input, "Réseau");
    let written = sheet_rows(&out, "Réseau");
    for (r, row) in original.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            assert_eq!(&written[r][c], v, "row {} col {}", r + 1, c + 1);
        }
    }
    // The carried-over sheet keeps its values.
    assert_eq!(sheet_rows(&out, "Idées"), sheet_rows(&input, "Idées"));
}

#[test]
fn process_json_matches_the_workbook_annotations() {
    let (dir, input) = copy_sample("contacts-en.xlsx");
    let json = dir.path().join("r.json");
    bin()
        .args(["process", "--today", TODAY, "--json"])
        .arg(&json)
        .arg(&input)
        .assert()
        .success();
    let j = read_json(&json);
    assert_eq!(j["today"], TODAY);
    assert_eq!(j["sheet"], "Contacts");
    let out = dir.path().join("contacts-en.reseau.xlsx");
    let rows = sheet_rows(&out, "Contacts");
    let header = &rows[3];
    let col = |name: &str| {
        header
            .iter()
            .position(|h| common::is_text(h, name))
            .unwrap_or_else(|| panic!("{name} in {header:?}"))
    };
    let (rank, score, flag) = (col("Rank"), col("Score"), col("Flag"));
    for c in j["contacts"].as_array().unwrap() {
        let r = c["row"].as_u64().unwrap() as usize - 1;
        let row = &rows[r];
        assert_eq!(
            row[rank].to_string(),
            c["rank"].to_string(),
            "rank row {}",
            r + 1
        );
        assert_eq!(
            row[score].to_string(),
            c["score"].to_string(),
            "score row {}",
            r + 1
        );
        let flag_code = c["flag"].as_str().unwrap();
        let label = reseau_xlsx::vocab::Flag::ALL
            .iter()
            .find(|f| f.code() == flag_code)
            .unwrap()
            .label(reseau_xlsx::vocab::Lang::En);
        assert_eq!(row[flag].to_string(), label, "flag row {}", r + 1);
    }
    let t = &j["totals"];
    assert_eq!(t["contacts"], 9);
    assert_eq!(t["active"], 8, "Ken Thompson is dropped");
}

#[test]
fn same_input_and_today_give_the_same_bytes() {
    let (dir, input) = copy_sample("contacts.xlsx");
    let a = dir.path().join("a.xlsx");
    let b = dir.path().join("b.xlsx");
    for out in [&a, &b] {
        bin()
            .args(["process", "--today", TODAY, "-o"])
            .arg(out)
            .arg(&input)
            .assert()
            .success();
    }
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
}

#[test]
fn the_output_never_overwrites_the_input_without_in_place() {
    let (_dir, input) = copy_sample("contacts.xlsx");
    let before = std::fs::read(&input).unwrap();
    let out = bin()
        .args(["process", "--today", TODAY, "-o"])
        .arg(&input)
        .arg(&input)
        .assert()
        .code(2);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(err.contains("--in-place"), "{err}");
    assert_eq!(std::fs::read(&input).unwrap(), before);
}

#[test]
fn fail_on_overdue_exits_1_when_a_contact_is_overdue() {
    let (_dir, input) = copy_sample("contacts.xlsx");
    bin()
        .args([
            "process",
            "--quiet",
            "--today",
            TODAY,
            "--fail-on",
            "overdue",
        ])
        .arg(&input)
        .assert()
        .code(1);
    // A year earlier nothing in the sample is due yet.
    bin()
        .args([
            "process",
            "--quiet",
            "--today",
            "2025-11-26",
            "--fail-on",
            "overdue",
        ])
        .arg(&input)
        .assert()
        .code(0);
}

#[test]
fn a_bad_option_value_is_a_usage_error() {
    bin()
        .args(["process", "--objective", "golf"])
        .arg(sample("contacts.xlsx"))
        .assert()
        .code(2);
    bin()
        .args(["process", "--today", "26/11/2026"])
        .arg(sample("contacts.xlsx"))
        .assert()
        .code(2);
}

#[test]
fn a_bad_setting_in_reseau_toml_names_the_key_and_line() {
    let (dir, input) = copy_sample("contacts.xlsx");
    std::fs::write(dir.path().join("reseau.toml"), "weeks = 6\nmeetings = 2\n").unwrap();
    let out = bin()
        .current_dir(dir.path())
        .args(["process", "--today", TODAY])
        .arg(&input)
        .assert()
        .code(2);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(err.contains("reseau.toml") && err.contains("line 2") && err.contains("meetings"));
    assert!(!dir.path().join("contacts.reseau.xlsx").exists());
}

#[test]
fn a_folder_or_a_missing_file_is_named_as_such_whatever_its_extension() {
    let dir = tempfile::tempdir().unwrap();
    // A folder is walked for its sheets (issue 26): one without any is named as such.
    let out = bin().arg("check").arg(dir.path()).assert().code(2);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(err.contains("a folder without any sheet"), "{err}");
    let out = bin()
        .arg("check")
        .arg(dir.path().join("no-such-file"))
        .assert()
        .code(2);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        err.contains("no-such-file") && err.contains("cannot read"),
        "{err}"
    );
}

#[test]
fn a_batch_prints_nothing_on_stderr_when_it_is_not_a_terminal() {
    // The progress bar is for terminals; a CI log gets the summary on stdout and nothing else.
    let (dir, a) = copy_sample("contacts.xlsx");
    let b = common::copy(&sample("contacts-en.xlsx"), dir.path());
    let out = bin()
        .args(["process", "--today", TODAY])
        .args([&a, &b])
        .assert()
        .success();
    assert!(
        out.get_output().stderr.is_empty(),
        "{:?}",
        out.get_output().stderr
    );
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(stdout.contains("contacts.reseau.xlsx") && stdout.contains("contacts-en.reseau.xlsx"));
}

#[test]
fn an_extra_output_naming_an_input_is_refused_and_the_input_kept() {
    let (dir, input) = copy_sample("contacts.csv");
    let before = std::fs::read(&input).unwrap();
    for flag in ["--json", "--ics", "--summary-md"] {
        let out = bin()
            .args(["process", "--today", TODAY, flag])
            .arg(&input)
            .arg(&input)
            .assert()
            .code(2);
        let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
        assert!(
            err.contains(flag) && err.contains("never overwritten"),
            "{err}"
        );
        assert_eq!(std::fs::read(&input).unwrap(), before, "{flag}");
    }
    assert!(!dir.path().join("contacts.reseau.xlsx").exists());
    bin()
        .args(["check", "--json"])
        .arg(&input)
        .arg(&input)
        .assert()
        .code(2);
    assert_eq!(std::fs::read(&input).unwrap(), before, "check --json");
}

#[test]
fn a_users_own_score_or_rank_column_is_kept_on_a_first_run() {
    // Columns named like the tool's annotations, in a sheet the tool never wrote, are the
    // user's: they were dropped and replaced (a reviewer's find).
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("own.csv");
    std::fs::write(
        &input,
        "Nom;Objectif;Niveau;Score;Rang\nAlice Martin;emploi;Senior;12;premier\n",
    )
    .unwrap();
    let out = dir.path().join("own.xlsx");
    common::process_to(&input, &out);
    let rows = sheet_rows(&out, "Contacts");
    let text = |r: usize, c: usize| rows[r][c].to_string();
    assert_eq!(
        (0..5).map(|c| text(0, c)).collect::<Vec<_>>(),
        ["Nom", "Objectif", "Niveau", "Score", "Rang"]
    );
    assert_eq!(
        (0..5).map(|c| text(1, c)).collect::<Vec<_>>(),
        ["Alice Martin", "emploi", "Senior", "12", "premier"]
    );
    // Ours follow, once each; a second run on the output replaces only ours.
    let again = dir.path().join("again.xlsx");
    common::process_to(&out, &again);
    assert_eq!(
        sheet_rows(&again, "Contacts")[0],
        rows[0],
        "same columns after a re-run"
    );
    assert_eq!(
        rows[0]
            .iter()
            .filter(|h| common::is_text(h, "Rang"))
            .count(),
        2
    );
}

#[test]
fn a_time_of_day_cell_stays_a_time() {
    // 10:30 in an "Heure RDV" column came back as the text "1899-12-31 10:30:00".
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("heure.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    for (c, h) in ["Nom", "Objectif", "Heure RDV"].iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    ws.write_string(1, 0, "Alice Martin").unwrap();
    ws.write_string(1, 1, "Emploi").unwrap();
    let time = rust_xlsxwriter::ExcelDateTime::from_hms(10, 30, 0).unwrap();
    let fmt = rust_xlsxwriter::Format::new().set_num_format("hh:mm");
    ws.write_datetime_with_format(1, 2, &time, &fmt).unwrap();
    book.save(&input).unwrap();
    let out = dir.path().join("out.xlsx");
    common::process_to(&input, &out);
    let cell = &sheet_rows(&out, "Sheet1")[1][2];
    let serial = match cell {
        calamine::Data::DateTime(d) => d.as_f64(),
        calamine::Data::Float(f) => *f,
        other => panic!("a time of day, not {other:?}"),
    };
    assert!((serial - 10.5 / 24.0).abs() < 1e-9, "{serial}");
}

/// The `--json` result of processing a CSV file `name` holding `text`, with the folder and the
/// path of that file.
fn processed_csv(name: &str, text: &str) -> (tempfile::TempDir, PathBuf, Json) {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join(name);
    std::fs::write(&input, text).unwrap();
    let json_path = dir.path().join("result.json");
    bin()
        .args(["process", "--quiet", "--today", TODAY, "--json"])
        .arg(&json_path)
        .arg(&input)
        .assert()
        .success();
    for e in std::fs::read_dir(dir.path()).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "xlsx") {
            common::wellformed::assert_xlsx(&p);
        }
    }
    let j = read_json(&json_path);
    (dir, input, j)
}

#[test]
fn problems_that_repeat_a_value_each_name_their_own_sheet_row_and_column() {
    // Problems share their sheet name, headers and hints (issue 6): each must still read as
    // its own in the report, and a repeated mistake gets the same hint on every row.
    let (_dir, _, j) = processed_csv(
        "suivi.csv",
        "Nom;Horizon;Échéance\nA;zzz;quand possible\nB;zzz;quand possible\nC;Court terme;quand possible\n",
    );
    let problems = j["problems"].as_array().unwrap();
    let seen: Vec<_> = problems
        .iter()
        .map(|p| {
            (
                p["sheet"].as_str().unwrap(),
                p["row"].as_u64().unwrap(),
                p["column"].as_str().unwrap(),
                p["code"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("suivi", 2, "Horizon", "unknown_value"),
            ("suivi", 2, "Échéance", "date_not_understood"),
            ("suivi", 3, "Horizon", "unknown_value"),
            ("suivi", 3, "Échéance", "date_not_understood"),
            ("suivi", 4, "Échéance", "date_not_understood"),
        ]
    );
    let hint = |i: usize| problems[i]["hint"].as_str().unwrap();
    assert!(hint(0).starts_with("Known: "), "{}", hint(0));
    assert_eq!(hint(0), hint(2));
    assert!(hint(1).contains("31/03/2027"), "{}", hint(1));
    assert_eq!(hint(1), hint(3));
    assert_eq!(hint(1), hint(4));
}

#[test]
fn a_last_contact_after_today_is_reported_not_silently_planned_next_year() {
    // "20/11/2027" for 2026: the follow-up came due a year later and the contact vanished from
    // the plan without a word (a reviewer's find).
    let (_dir, input, j) = processed_csv(
        "fut.csv",
        "Nom;Statut;Dernier contact\nNadia Rossi;Contacté;20/11/2027\nPaul Girard;Contacté;20/11/2026\n",
    );
    let problems = j["problems"].as_array().unwrap();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0]["code"], "date_in_future");
    assert_eq!(problems[0]["row"], 2);
    assert_eq!(problems[0]["column"], "Dernier contact");
    assert_eq!(
        j["contacts"][0]["last_contact"], "2027-11-20",
        "kept as written"
    );
    let out = bin()
        .args([
            "process",
            "--quiet",
            "--today",
            TODAY,
            "--fail-on",
            "problems",
        ])
        .arg(&input)
        .assert()
        .code(1);
    assert!(out.get_output().stderr.is_empty());
}

/// Every subcommand takes the options that make sense for it, named as in `process`: each of
/// `process`, `check` and `init` runs with each shared option.
#[test]
fn every_subcommand_takes_each_shared_option() {
    let (dir, input) = copy_sample("contacts.csv");
    let d = dir.path();
    std::fs::write(d.join("settings.toml"), "weeks = 4\n").unwrap();
    std::fs::write(
        d.join("journal.csv"),
        "Date,Contact,Quoi\n20/11/2026,Personne,Café\n",
    )
    .unwrap();
    let shared: [&[&str]; 8] = [
        &["--today", TODAY],
        &["-q"],
        &["--quiet"],
        &["--lang", "en"],
        &["--config", "settings.toml"],
        &["--sheet", "contacts"],
        &["--date-order", "dmy"],
        &["--journal", "journal.csv"],
    ];
    for (n, option) in shared.iter().enumerate() {
        for sub in ["process", "check", "init"] {
            let mut cmd = bin();
            cmd.current_dir(d).arg(sub).args(*option);
            match sub {
                "process" => cmd.args(["-o", &format!("out{n}.xlsx")]).arg(&input),
                "check" => cmd.arg(&input),
                _ => cmd.arg(format!("init{n}.xlsx")).arg("--from").arg(&input),
            };
            let out = cmd.output().unwrap();
            assert!(
                out.status.success(),
                "{sub} {option:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            let stdout = String::from_utf8_lossy(&out.stdout);
            if option[0].starts_with("-q") || option[0] == "--quiet" {
                assert!(stdout.is_empty(), "{sub} {option:?} printed {stdout}");
            } else {
                assert!(!stdout.is_empty(), "{sub} {option:?} printed nothing");
            }
        }
    }
    // The language and the day are taken, not only accepted.
    let en = bin()
        .current_dir(d)
        .args(["check", "--lang", "en"])
        .arg(&input)
        .output()
        .unwrap();
    let fr = bin()
        .current_dir(d)
        .args(["check", "--lang", "fr"])
        .arg(&input)
        .output()
        .unwrap();
    assert_ne!(
        en.stdout, fr.stdout,
        "check --lang changes the report's language"
    );
}
