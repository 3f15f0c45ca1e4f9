//! Where outputs go, through the built binary (issue 13): `-` and `/dev/stdout` are stdout, a
//! device or a FIFO is written and never replaced, a symlink leads to the real file, which is
//! replaced while the link is kept; two paths of one run that are one file are refused before
//! anything is written; every output of a run is staged and put in place only when all are
//! written; `--out-dir` is created like `mkdir -p`; `init` writes only `.xlsx` names.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;

use common::{bin, copy, repo, TODAY};

fn sample(name: &str) -> PathBuf {
    repo("samples").join(name)
}

/// A fresh folder holding `contacts.xlsx` and `contacts.csv`.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy(&sample("contacts.xlsx"), dir.path());
    copy(&sample("contacts.csv"), dir.path());
    dir
}

/// Every entry under `dir` (symlinks as links, not followed) with its bytes or link target.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, String> {
    let mut out = BTreeMap::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            let meta = std::fs::symlink_metadata(&p).unwrap();
            let what = if meta.file_type().is_symlink() {
                format!("-> {}", std::fs::read_link(&p).unwrap().display())
            } else if meta.is_dir() {
                todo.push(p.clone());
                "folder".into()
            } else if meta.is_file() {
                format!("{:x?}", fnv(&std::fs::read(&p).unwrap()))
            } else {
                "special".into()
            };
            out.insert(p, what);
        }
    }
    out
}

fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3)
    })
}

/// Runs the binary in `dir` with `args`.
fn run(dir: &Path, args: &[&str]) -> Output {
    bin().current_dir(dir).args(args).output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// `args` in `dir` must exit 2 with `needle` on stderr and leave the folder as it was.
fn refused(dir: &Path, args: &[&str], needle: &str) {
    let before = snapshot(dir);
    let out = run(dir, args);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
    assert!(
        err.contains(needle),
        "{args:?}: missing {needle:?} in {err}"
    );
    assert_eq!(snapshot(dir), before, "{args:?} wrote something");
}

#[test]
fn dash_and_dev_stdout_write_to_stdout_and_nothing_else_goes_there() {
    let dir = folder();
    let mut cases = vec![("--json", "-"), ("--ics", "-"), ("--summary-md", "-")];
    // A link to /dev/stdout in the folder: a regression would replace the link, not the
    // machine's /dev/stdout, which root could rename over (so only others try it by name).
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("/dev/stdout", dir.path().join("out.json")).unwrap();
        cases.push(("--json", "out.json"));
        if !root() {
            cases.push(("--json", "/dev/stdout"));
        }
    }
    for (flag, to) in cases {
        let out = run(
            dir.path(),
            &["process", "contacts.xlsx", "--today", TODAY, flag, to],
        );
        assert_eq!(
            out.status.code(),
            Some(0),
            "{flag} {to}: {}",
            text(&out.stderr)
        );
        let stdout = text(&out.stdout);
        match flag {
            "--json" => {
                let v: serde_json::Value = serde_json::from_str(&stdout)
                    .unwrap_or_else(|e| panic!("{flag} {to}: not JSON ({e}): {stdout}"));
                assert_eq!(v["tool"], "reseau-xlsx");
            }
            "--ics" => assert!(
                stdout.starts_with("BEGIN:VCALENDAR")
                    && stdout.trim_end().ends_with("END:VCALENDAR"),
                "{stdout}"
            ),
            _ => assert!(stdout.starts_with("## "), "{stdout}"),
        }
        assert!(!dir.path().join("-").exists(), "a file named -");
        assert!(dir.path().join("contacts.reseau.xlsx").is_file());
    }
    // check --json - too, and two outputs on stdout are one collision.
    let out = run(dir.path(), &["check", "contacts.csv", "--json", "-"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    serde_json::from_slice::<serde_json::Value>(&out.stdout).expect("check --json - is JSON");
    refused(
        dir.path(),
        &[
            "process",
            "contacts.csv",
            "--json",
            "-",
            "--ics",
            "/dev/stdout",
        ],
        "are the same file",
    );
}

/// Whether the tests run as root, who could rename over `/dev/null`: a test then reaches a
/// device through a link in its own folder, so a regression replaces the link, not the device.
#[cfg(unix)]
fn root() -> bool {
    std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.trim_ascii() == b"0")
}

#[cfg(unix)]
#[test]
fn a_character_device_is_written_never_replaced() {
    use std::os::unix::fs::FileTypeExt;
    let dir = folder();
    // A link to /dev/null in the folder: a rename would replace the link, which the test sees
    // without risking the machine's /dev/null.
    std::os::unix::fs::symlink("/dev/null", dir.path().join("null.json")).unwrap();
    let out = run(
        dir.path(),
        &[
            "process",
            "contacts.xlsx",
            "--today",
            TODAY,
            "--json",
            "null.json",
            "--ics",
            "null.ics",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let link = std::fs::symlink_metadata(dir.path().join("null.json")).unwrap();
    assert!(
        link.file_type().is_symlink(),
        "the link to /dev/null was replaced"
    );
    assert!(dir.path().join("null.ics").is_file());
    // /dev/null itself: a regression as root would replace it, so root tries it through the
    // link above only; as any other user a rename in /dev fails, which the test sees.
    if !root() {
        let out = run(
            dir.path(),
            &[
                "process",
                "contacts.xlsx",
                "--today",
                TODAY,
                "--json",
                "/dev/null",
            ],
        );
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    }
    // /dev/stderr, an open descriptor (a pipe here), is written into too.
    std::os::unix::fs::symlink("/dev/stderr", dir.path().join("err.json")).unwrap();
    let out = run(
        dir.path(),
        &[
            "process",
            "contacts.xlsx",
            "--today",
            TODAY,
            "--json",
            "err.json",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("\"tool\": \"reseau-xlsx\""),
        "{}",
        text(&out.stderr)
    );
    let link = std::fs::symlink_metadata(dir.path().join("err.json")).unwrap();
    assert!(
        link.file_type().is_symlink(),
        "the link to /dev/stderr was replaced"
    );
    let null = std::fs::metadata("/dev/null").unwrap();
    assert!(
        null.file_type().is_char_device(),
        "/dev/null is no longer a device"
    );
}

#[cfg(unix)]
#[test]
fn a_fifo_is_written_into_never_replaced() {
    use std::io::Read;
    use std::os::unix::fs::FileTypeExt;
    let dir = folder();
    let fifo = dir.path().join("result.json");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let mut s = String::new();
            std::fs::File::open(fifo)
                .unwrap()
                .read_to_string(&mut s)
                .unwrap();
            s
        })
    };
    let out = run(
        dir.path(),
        &[
            "process",
            "contacts.xlsx",
            "--today",
            TODAY,
            "--json",
            "result.json",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    // Checked before waiting for the reader, which a replaced FIFO would leave blocked.
    let meta = std::fs::symlink_metadata(&fifo).unwrap();
    assert!(meta.file_type().is_fifo(), "the FIFO was replaced");
    let got = reader.join().unwrap();
    let v: serde_json::Value = serde_json::from_str(&got).expect("the FIFO got the JSON");
    assert_eq!(v["input"], "contacts.xlsx");
}

#[cfg(unix)]
#[test]
fn a_symlinked_output_replaces_the_real_file_and_keeps_the_link() {
    let dir = folder();
    let p = dir.path();
    std::fs::create_dir(p.join("real")).unwrap();
    std::fs::write(p.join("real/out.xlsx"), b"old").unwrap();
    std::fs::write(p.join("real/r.json"), b"old").unwrap();
    std::os::unix::fs::symlink("real/out.xlsx", p.join("out.xlsx")).unwrap();
    std::os::unix::fs::symlink("real/r.json", p.join("r.json")).unwrap();
    let out = run(
        p,
        &[
            "process",
            "contacts.csv",
            "--today",
            TODAY,
            "-o",
            "out.xlsx",
            "--json",
            "r.json",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    for name in ["out.xlsx", "r.json"] {
        assert!(
            std::fs::symlink_metadata(p.join(name))
                .unwrap()
                .file_type()
                .is_symlink(),
            "{name}: the link was replaced"
        );
    }
    assert!(!common::sheet_names(&p.join("real/out.xlsx")).is_empty());
    assert_eq!(
        common::json(&p.join("real/r.json"))["input"],
        "contacts.csv"
    );
}

#[cfg(unix)]
#[test]
fn in_place_on_a_symlinked_workbook_updates_the_real_file() {
    let dir = folder();
    let p = dir.path();
    std::fs::create_dir(p.join("real")).unwrap();
    std::fs::rename(p.join("contacts.xlsx"), p.join("real/contacts.xlsx")).unwrap();
    std::os::unix::fs::symlink("real/contacts.xlsx", p.join("contacts.xlsx")).unwrap();
    let old = std::fs::read(p.join("real/contacts.xlsx")).unwrap();
    let out = run(
        p,
        &["process", "contacts.xlsx", "--in-place", "--today", TODAY],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let link = std::fs::symlink_metadata(p.join("contacts.xlsx")).unwrap();
    assert!(link.file_type().is_symlink(), "the link was replaced");
    let names = common::sheet_names(&p.join("real/contacts.xlsx"));
    assert!(
        names.iter().any(|n| n == "Plan"),
        "the real file is updated: {names:?}"
    );
    assert_eq!(std::fs::read(p.join("contacts.bak.xlsx")).unwrap(), old);
}

#[test]
fn outputs_that_are_one_file_are_refused_before_anything_is_written() {
    let dir = folder();
    let p = dir.path();
    let process = |more: &[&'static str]| {
        let mut a = vec!["process", "contacts.xlsx", "--today", TODAY];
        a.extend_from_slice(more);
        a
    };
    refused(
        p,
        &process(&["-o", "out.xlsx", "--json", "out.xlsx"]),
        "same file",
    );
    refused(p, &process(&["--json", "X", "--ics", "X"]), "same file");
    refused(
        p,
        &process(&["--json", "X", "--summary-md", "./X"]),
        "same file",
    );
    refused(
        p,
        &process(&["--in-place", "--json", "contacts.bak.xlsx"]),
        "the backup contacts.bak.xlsx",
    );
    refused(
        p,
        &process(&["--json", "contacts.xlsx"]),
        "that is an input",
    );
    std::fs::write(
        p.join("journal.csv"),
        "Date;Contact;Quoi\n24/11/2026;Claire;Café\n",
    )
    .unwrap();
    refused(
        p,
        &process(&["--journal", "journal.csv", "--ics", "journal.csv"]),
        "the journal journal.csv",
    );
    refused(
        p,
        &[
            "init",
            "contacts.xlsx",
            "--from",
            "contacts.xlsx",
            "--force",
        ],
        "init contacts.xlsx would overwrite the export contacts.xlsx (--from)",
    );
}

#[cfg(unix)]
#[test]
fn links_and_hard_links_to_an_input_are_the_input() {
    let dir = folder();
    let p = dir.path();
    std::fs::hard_link(p.join("contacts.csv"), p.join("hard.xlsx")).unwrap();
    std::os::unix::fs::symlink("contacts.csv", p.join("soft.json")).unwrap();
    refused(
        p,
        &[
            "process",
            "contacts.csv",
            "--today",
            TODAY,
            "-o",
            "hard.xlsx",
        ],
        "would overwrite the input",
    );
    refused(
        p,
        &[
            "process",
            "contacts.csv",
            "--today",
            TODAY,
            "--json",
            "soft.json",
        ],
        "that is an input",
    );
    std::fs::write(p.join("reseau.toml"), "weeks = 4\n").unwrap();
    refused(
        p,
        &[
            "process",
            "contacts.csv",
            "--today",
            TODAY,
            "--ics",
            "reseau.toml",
        ],
        "the settings file",
    );
}

#[test]
fn an_output_of_one_input_that_is_another_input_is_refused() {
    let dir = folder();
    let p = dir.path();
    std::fs::copy(sample("contacts.xlsx"), p.join("contacts.reseau.xlsx")).unwrap();
    let before = std::fs::read(p.join("contacts.reseau.xlsx")).unwrap();
    let out = run(
        p,
        &[
            "process",
            "contacts.xlsx",
            "contacts.reseau.xlsx",
            "--today",
            TODAY,
        ],
    );
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("the input contacts.reseau.xlsx"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(
        std::fs::read(p.join("contacts.reseau.xlsx")).unwrap(),
        before
    );
    // One file given twice to --in-place is refused for both names: nothing is rewritten.
    refused(
        p,
        &["process", "--in-place", "contacts.xlsx", "./contacts.xlsx"],
        "--in-place rewrites each file once",
    );
}

#[cfg(target_os = "linux")]
#[test]
fn a_failing_calendar_or_summary_leaves_no_workbook_and_no_json() {
    // /dev/full refuses every byte (reached through a link: see `root`); /proc takes no new
    // file, even from root.
    for (flag, to) in [
        ("--ics", "full.ics"),
        ("--summary-md", "full.md"),
        ("--ics", "/proc/plan.ics"),
        ("--summary-md", "/proc/summary.md"),
    ] {
        let dir = folder();
        if !to.starts_with('/') {
            std::os::unix::fs::symlink("/dev/full", dir.path().join(to)).unwrap();
        }
        refused(
            dir.path(),
            &[
                "process",
                "contacts.xlsx",
                "--today",
                TODAY,
                "--json",
                "r.json",
                flag,
                to,
            ],
            &format!("{to}: cannot write"),
        );
        // --in-place too: no backup, the input untouched.
        refused(
            dir.path(),
            &[
                "process",
                "contacts.xlsx",
                "--in-place",
                "--today",
                TODAY,
                flag,
                to,
            ],
            &format!("{to}: cannot write"),
        );
    }
}

#[test]
fn out_dir_is_created_with_its_parents() {
    let dir = folder();
    let out = run(
        dir.path(),
        &[
            "process",
            "contacts.xlsx",
            "contacts.csv",
            "--today",
            TODAY,
            "--out-dir",
            "out/a/b",
            "--summary-md",
            "out/a/b/summary.md",
        ],
    );
    // Both inputs are named contacts: the second is refused, naming the first.
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("already written for contacts.xlsx"), "{err}");
    let made = dir.path().join("out/a/b");
    assert!(made.join("contacts.reseau.xlsx").is_file());
    assert!(made.join("summary.md").is_file());
    // A run refused before it starts leaves no folder behind.
    refused(
        dir.path(),
        &[
            "process",
            "contacts.xlsx",
            "--out-dir",
            "new/folder",
            "--json",
            "X",
            "--ics",
            "X",
        ],
        "same file",
    );
}

#[test]
fn init_refuses_a_name_that_is_not_xlsx() {
    let dir = folder();
    refused(
        dir.path(),
        &["init", "new.csv"],
        "init writes an .xlsx workbook; name it new.xlsx",
    );
    refused(dir.path(), &["init", "new"], "name it new.xlsx");
    let out = run(dir.path(), &["init", "new.xlsx"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}
