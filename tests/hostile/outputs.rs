//! `process` on hostile values and hostile output paths: injected formulas come out as text,
//! a bad output is refused before anything is written, `--in-place` keeps a backup or refuses,
//! and a run killed while writing leaves the previous output intact.
//!
//! The contract for a killed run: the OUTPUT file is either the old one or the new one, never
//! half of one. A run killed by SIGKILL cannot delete its temporary file, so it may leave one
//! `.reseau-*.tmp` file in the output folder (hidden, recognisable, safe to delete); a run that
//! fails on its own removes its temporary file.

use std::path::Path;

use calamine::{open_workbook_auto, Data, Reader};

use crate::common::files::tmp;
use crate::{bin, put, run_in, sample};

const TODAY: &str = "2026-11-26";

/// Values built to run as formulas when a spreadsheet program opens the output.
const INJECTIONS: [&str; 5] = [
    "=cmd|' /C calc'!A0",
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "=HYPERLINK(\"http://x.invalid\",\"clic\")",
];

#[test]
fn formula_injection_comes_out_as_text_never_as_a_formula() {
    let dir = tmp();
    let mut csv = String::from("Nom;Entreprise;Poste;Notes\r\n");
    for (i, v) in INJECTIONS.iter().enumerate() {
        let q = v.replace('"', "\"\"");
        csv.push_str(&format!("\"{q}\";\"{q}\";\"{q}\";note {i}\r\n"));
    }
    put(dir.path(), "inj.csv", csv.as_bytes());
    let r = run_in(
        dir.path(),
        bin(),
        &["process", "inj.csv", "--today", TODAY],
        &["inj.reseau.xlsx"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out = dir.path().join("inj.reseau.xlsx");
    let mut wb = open_workbook_auto(&out).unwrap();
    let mut found = 0;
    for name in wb.sheet_names() {
        let values = wb.worksheet_range(&name).unwrap();
        let formulas = wb.worksheet_formula(&name).unwrap();
        for (r, c, cell) in values.used_cells() {
            let (r, c) = (
                r as u32 + values.start().unwrap().0,
                c as u32 + values.start().unwrap().1,
            );
            let text = match cell {
                Data::String(s) => s.as_str(),
                _ => continue,
            };
            if INJECTIONS.iter().any(|v| text.contains(v)) {
                found += 1;
                let f = formulas.get_value((r, c)).map(String::as_str).unwrap_or("");
                assert!(
                    f.is_empty(),
                    "{name} ({r},{c}) {text:?} is a formula: {f:?}"
                );
            }
        }
        // And no formula anywhere carries the payload.
        for (_, _, f) in formulas.used_cells() {
            assert!(
                !f.contains("cmd") && !f.contains("HYPERLINK"),
                "{name}: {f}"
            );
        }
    }
    // Each value appears at least in the name and company columns of the contacts sheet.
    assert!(found >= INJECTIONS.len() * 2, "found {found}");
    // Values that only look like numbers stay text too.
    let mut wb = open_workbook_auto(&out).unwrap();
    let first = wb.sheet_names().into_iter().find(|n| {
        wb.worksheet_range(n).is_ok_and(|r| {
            r.used_cells()
                .any(|(_, _, d)| d == &Data::String("-2+3".into()))
        })
    });
    assert!(first.is_some(), "\"-2+3\" is kept as text");
}

#[test]
fn an_output_folder_that_does_not_exist_is_refused_before_reading() {
    let dir = tmp();
    std::fs::copy(sample("contacts.csv"), dir.path().join("c.csv")).unwrap();
    let r = run_in(
        dir.path(),
        bin(),
        &["process", "c.csv", "-o", "nowhere/out.xlsx"],
        &[],
    );
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("nowhere/out.xlsx: the output folder nowhere does not exist"),
        "{}",
        r.stderr
    );
}

#[test]
fn an_output_equal_to_the_input_is_refused() {
    let dir = tmp();
    std::fs::copy(sample("contacts.xlsx"), dir.path().join("c.xlsx")).unwrap();
    for out in ["c.xlsx", "./c.xlsx", "../{}/c.xlsx"] {
        let base = dir
            .path()
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let out = out.replace("{}", &base);
        let r = run_in(dir.path(), bin(), &["process", "c.xlsx", "-o", &out], &[]);
        assert_eq!(r.code, 2, "{out}");
        assert!(
            r.stderr.contains("would overwrite the input"),
            "{}",
            r.stderr
        );
    }
}

#[test]
fn an_output_that_cannot_be_written_exits_2_and_leaves_nothing() {
    // Tests may run as root, which writes into read-only folders: a path under a regular
    // file fails for everyone.
    let dir = tmp();
    std::fs::copy(sample("contacts.csv"), dir.path().join("c.csv")).unwrap();
    put(dir.path(), "afile.txt", b"not a folder");
    let r = run_in(
        dir.path(),
        bin(),
        &[
            "process",
            "c.csv",
            "--today",
            TODAY,
            "-o",
            "afile.txt/out.xlsx",
        ],
        &[],
    );
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("afile.txt/out.xlsx"), "{}", r.stderr);
    // Every output is resolved before anything is read: an unwritable --json is refused, and
    // no workbook is written (nor, with --in-place, any backup; the input stays as it was).
    std::fs::copy(sample("contacts.xlsx"), dir.path().join("c.xlsx")).unwrap();
    for args in [
        [
            "process",
            "c.csv",
            "--today",
            TODAY,
            "--json",
            "afile.txt/r.json",
        ]
        .as_slice(),
        &[
            "process",
            "c.xlsx",
            "--in-place",
            "--json",
            "afile.txt/r.json",
        ],
    ] {
        let r = run_in(dir.path(), bin(), args, &[]);
        assert_eq!(r.code, 2, "{args:?}");
        assert!(
            r.stderr
                .contains("afile.txt/r.json: afile.txt is not a folder"),
            "{}",
            r.stderr
        );
    }
}

#[test]
fn in_place_keeps_a_backup_of_the_old_workbook() {
    let dir = tmp();
    let input = dir.path().join("c.xlsx");
    std::fs::copy(sample("contacts.xlsx"), &input).unwrap();
    let old = std::fs::read(&input).unwrap();
    let r = run_in(
        dir.path(),
        bin(),
        &["process", "c.xlsx", "--in-place", "--today", TODAY],
        &["c.xlsx", "c.bak.xlsx"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(std::fs::read(dir.path().join("c.bak.xlsx")).unwrap(), old);
    assert_ne!(std::fs::read(&input).unwrap(), old);
}

#[test]
fn in_place_refuses_when_the_backup_cannot_be_written() {
    let dir = tmp();
    let input = dir.path().join("c.xlsx");
    std::fs::copy(sample("contacts.xlsx"), &input).unwrap();
    // A folder where the backup goes: no file can be renamed over it, even by root.
    std::fs::create_dir(dir.path().join("c.bak.xlsx")).unwrap();
    let r = run_in(
        dir.path(),
        bin(),
        &["process", "c.xlsx", "--in-place", "--today", TODAY],
        &[],
    );
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("c.bak.xlsx") && r.stderr.contains("backup"),
        "{}",
        r.stderr
    );
}

/// A CSV of `n` contacts, big enough for the write to take a while.
fn big_csv(n: usize) -> String {
    let mut s = String::from("Name,Company,Objective,Horizon,How,Deadline,Notes\n");
    for i in 0..n {
        s.push_str(&format!(
            "Person {i},Company {},job,short term,coffee,15/0{}/2027,{}\n",
            i % 97,
            1 + i % 9,
            "n".repeat(i % 300)
        ));
    }
    s
}

/// Whether `path` is a whole workbook (it opens and has its sheets).
fn whole(path: &Path) -> bool {
    open_workbook_auto(path).is_ok_and(|wb| !wb.sheet_names().is_empty())
}

#[test]
fn a_run_killed_while_writing_leaves_the_old_output_or_the_new_one() {
    let dir = tmp();
    put(dir.path(), "big.csv", big_csv(3000).as_bytes());
    // The previous output: a whole workbook of another sheet.
    let out = dir.path().join("big.reseau.xlsx");
    std::fs::copy(sample("contacts.xlsx"), &out).unwrap();
    let old = std::fs::read(&out).unwrap();
    let exe = assert_cmd::cargo::cargo_bin("reseau-xlsx");
    let mut caught = 0;
    let mut attempts = 0;
    // Until one run is killed with its temporary file present (ten tries at most: the
    // workbook is streamed into the temporary file, so the window is the whole write).
    while caught == 0 && attempts < 10 {
        attempts += 1;
        let mut child = std::process::Command::new(&exe)
            .current_dir(dir.path())
            .args(["process", "big.csv", "--today", TODAY, "--quiet"])
            .spawn()
            .unwrap();
        // Kill as soon as the temporary file shows (polling without sleeping: the window is
        // short), or once the run is over.
        loop {
            if temp_files(dir.path()) > 0 {
                let _ = child.kill();
                caught += 1;
                break;
            }
            if child.try_wait().unwrap().is_some() {
                break;
            }
        }
        child.wait().unwrap();
        let now = std::fs::read(&out).unwrap();
        assert!(
            now == old || whole(&out),
            "attempt {attempts}: half a workbook"
        );
        // Only the documented leftover: the hidden temporary file of a killed run.
        for e in std::fs::read_dir(dir.path()).unwrap() {
            let name = e.unwrap().file_name().to_string_lossy().into_owned();
            assert!(
                ["big.csv", "big.reseau.xlsx"].contains(&name.as_str())
                    || (name.starts_with(".reseau-") && name.ends_with(".tmp")),
                "stray {name}"
            );
        }
        // The next run starts from the old output again.
        std::fs::write(&out, &old).unwrap();
    }
    eprintln!("killed with the temporary file present in {caught} of {attempts} runs");
    assert!(
        caught > 0,
        "no run was killed while writing: the test proved nothing"
    );
}

fn temp_files(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.file_name().to_string_lossy().starts_with(".reseau-"))
        })
        .count()
}
