//! A folder processed on every core (`--jobs`): the same messages, summaries, exit code and
//! bytes as one input at a time, in input order, however the inputs finish.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::files::{tmp, write_xlsx, C};
use common::{bin, repo, TODAY};

/// A coach's folder: a sheet big enough to finish last, small ones after it, two broken
/// files, a CSV with values the tool does not understand (problems), and the samples.
fn folder(root: &Path) -> std::path::PathBuf {
    let people = root.join("people");
    for d in ["a-big", "b-bad", "c-csv", "d-samples", "e-bad", "f-small"] {
        std::fs::create_dir_all(people.join(d)).unwrap();
    }
    let mut big = String::from("Nom;Entreprise;Statut;Dernier contact;Comment\n");
    for i in 0..3000 {
        big.push_str(&format!(
            "Personne {i} Numéro{i};Société {};{};{:02}/10/2026;{}\n",
            i % 40,
            ["Contacté", "À contacter", "Rencontré", "pigeon"][i % 4],
            1 + i % 28,
            ["Café", "Appel", "", "Zoom"][i % 4],
        ));
    }
    std::fs::write(people.join("a-big/réseau.csv"), big).unwrap();
    std::fs::write(
        people.join("b-bad/cassé.xlsx"),
        b"PK\x03\x04 not a workbook",
    )
    .unwrap();
    std::fs::write(
        people.join("c-csv/contacts.csv"),
        "Prénom;Nom;Statut;Quand\nLéa;Roux;Contacté;fin mar\nPaul;Dupont;Bizarre;31/12/2026\n",
    )
    .unwrap();
    for s in ["contacts.xlsx", "contacts-en.xlsx", "contacts.csv"] {
        let to = people.join("d-samples").join(format!("sample-{s}"));
        std::fs::copy(repo(&format!("samples/{s}")), to).unwrap();
    }
    std::fs::write(people.join("e-bad/vide.csv"), b"").unwrap();
    write_xlsx(
        &people.join("f-small/mon réseau.xlsx"),
        &[(
            "Réseau",
            vec![
                vec![C::S("Prénom"), C::S("Nom"), C::S("Statut")],
                vec![C::S("Claire"), C::S("Martin"), C::S("Rencontré")],
            ],
        )],
    );
    people
}

/// What a run gave: exit code, stdout, stderr, and every file it wrote, by path.
#[derive(Debug, PartialEq)]
struct Ran {
    code: Option<i32>,
    stdout: String,
    stderr: String,
    files: BTreeMap<String, Vec<u8>>,
}

fn run(people: &Path, out: &Path, jobs: Option<&str>) -> Ran {
    let mut cmd = bin();
    cmd.args(["process", "--today", TODAY, "--out-dir"])
        .arg(out)
        .arg("--json")
        .arg(out.join("all.json"))
        .arg("--summary-md")
        .arg(out.join("summary.md"))
        .arg("--cohort")
        .arg(out.join("cohort.xlsx"));
    if let Some(j) = jobs {
        cmd.args(["--jobs", j]);
    }
    let o = cmd.arg(people).output().unwrap();
    let mut files = BTreeMap::new();
    let mut stack = vec![out.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let key = p.strip_prefix(out).unwrap().display().to_string();
                files.insert(key, std::fs::read(&p).unwrap());
            }
        }
    }
    // Each run writes into the same folder (its outputs name it), emptied for the next.
    std::fs::remove_dir_all(out).unwrap();
    Ran {
        code: o.status.code(),
        stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        files,
    }
}

#[test]
fn a_folder_on_several_cores_gives_the_bytes_messages_and_order_of_one_at_a_time() {
    let dir = tmp();
    let people = folder(dir.path());
    let out = dir.path().join("out");
    let one = run(&people, &out, Some("1"));
    let four = run(&people, &out, Some("4"));
    let default = run(&people, &out, None);

    // The worst exit code: two inputs could not be read.
    assert_eq!(one.code, Some(2), "{}", one.stderr);
    // Each input's messages, in input order: the broken workbook before the empty CSV.
    let bad = one.stderr.find("cassé.xlsx").expect(&one.stderr);
    let empty = one.stderr.find("vide.csv").expect(&one.stderr);
    assert!(bad < empty, "{}", one.stderr);
    // Each sheet read has its workbook, and the run its page, JSON array and cohort.
    for f in [
        "a-big/réseau.reseau.xlsx",
        "c-csv/contacts.reseau.xlsx",
        "d-samples/sample-contacts.reseau.xlsx",
        "d-samples/sample-contacts-en.reseau.xlsx",
        "f-small/mon réseau.reseau.xlsx",
        "all.json",
        "summary.md",
        "cohort.xlsx",
    ] {
        assert!(
            one.files.contains_key(f),
            "{f} missing: {:?}",
            one.files.keys()
        );
    }
    // The cohort workbook is dated by --today, not by the clock (two runs a second apart
    // gave two files).
    let mut cohort = zip::ZipArchive::new(std::io::Cursor::new(&one.files["cohort.xlsx"])).unwrap();
    let mut core = String::new();
    std::io::Read::read_to_string(&mut cohort.by_name("docProps/core.xml").unwrap(), &mut core)
        .unwrap();
    assert!(core.contains("2026-11-26T00:00:00Z"), "{core}");
    // The summaries on stdout, in input order.
    let at = |s: &str| one.stdout.find(s).expect(&one.stdout);
    assert!(at("réseau.csv") < at("contacts.csv") && at("contacts.csv") < at("mon réseau"));

    for (jobs, other) in [("4", &four), ("the cores", &default)] {
        assert_eq!(other.code, one.code, "--jobs {jobs}");
        assert_eq!(other.stdout, one.stdout, "--jobs {jobs}");
        assert_eq!(other.stderr, one.stderr, "--jobs {jobs}");
        assert_eq!(
            other.files.keys().collect::<Vec<_>>(),
            one.files.keys().collect::<Vec<_>>(),
            "--jobs {jobs}"
        );
        for (name, bytes) in &one.files {
            assert!(
                other.files[name] == *bytes,
                "--jobs {jobs}: {name} differs from one job's"
            );
        }
    }
}

#[test]
fn jobs_must_be_a_positive_number() {
    let dir = tmp();
    let people = folder(dir.path());
    let o = bin()
        .args(["process", "--today", TODAY, "--jobs", "0"])
        .arg(&people)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--jobs"));
}
