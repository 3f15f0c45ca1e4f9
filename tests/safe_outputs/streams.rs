//! Streams: the terminal, the CI log, the Markdown page and the calendar get inert text.

use crate::common::TODAY;
use crate::{put, q, run};

// ---------------------------------------------------------------------------------------------
// 5. Names reach the terminal, the CI log and the job page inert

#[test]
fn names_cannot_drive_the_terminal_or_inject_a_ci_command() {
    let dir = tempfile::tempdir().unwrap();
    let names = [
        "Innocent\n::error title=CI::injected",
        "Evil\u{1b}]0;pwned\u{7}\u{1b}[2J\u{1b}]52;c;QUFB\u{7}",
        "\u{9b}31mC1\u{202e}txt.exe",
    ];
    let mut csv = String::from("Nom;Objectif;Statut;Comment;Quand\n");
    for n in names {
        csv.push_str(&format!("{};Emploi;;E-mail;01/12/2026\n", q(n)));
    }
    put(dir.path(), "t.csv", &csv);
    let r = run(dir.path(), &["process", "t.csv", "--today", TODAY]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains(r"Innocent\n::error"), "{}", r.stdout);
    assert!(r.stdout.contains("Evil"), "{}", r.stdout);
    for line in r.stdout.lines() {
        assert!(!line.trim_start().starts_with("::"), "{line}");
    }
    for c in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}'] {
        assert!(!r.stdout.contains(c), "{c:?} in {}", r.stdout);
    }
    // stderr too: a file name is someone else's text as well.
    let bad = "x\u{1b}]0;t\u{7}\n::error::y.csv";
    let r = run(dir.path(), &["check", bad]);
    assert_eq!(r.code, 2);
    assert!(
        !r.stderr.contains('\u{1b}') && r.stderr.lines().count() == 1,
        "{}",
        r.stderr
    );
}

/// Headers, sheet names and the journal's file name are quoted by `check` and `process` too:
/// whatever quotes them, stdout stays inert.
#[test]
fn headers_sheet_and_journal_names_reach_stdout_inert() {
    let dir = tempfile::tempdir().unwrap();
    let header = "\u{1b}[H Statut \u{1b}[2J\u{1b}]0;PWNED\u{7}";
    put(
        dir.path(),
        "h.csv",
        &format!(
            "Nom;Objectif;{}\nClaire Martin;Emploi;Contacté\n",
            q(header)
        ),
    );
    let journal = "j\u{1b}]0;t\u{7}.csv";
    put(
        dir.path(),
        journal,
        "Date;Contact;Quoi\n24/11/2026;Claire Martin;Café\n",
    );
    for args in [
        vec!["check", "h.csv"],
        vec!["check", "h.csv", "--journal", journal],
        vec!["process", "h.csv", "--today", TODAY, "--journal", journal],
    ] {
        let r = run(dir.path(), &args);
        assert!(r.code < 2, "{args:?}: {}", r.stderr);
        for c in ['\u{1b}', '\u{7}'] {
            assert!(!r.stdout.contains(c), "{args:?}: {c:?} in {}", r.stdout);
        }
    }
}

#[test]
fn the_markdown_page_stays_small_and_has_no_live_link_or_mention() {
    let dir = tempfile::tempdir().unwrap();
    let mut csv = String::from("Nom;Objectif;Statut;Comment;Quand\n");
    for i in 0..60 {
        let name = format!(
            "https://evil.example/{i} www.evil.example @someone a@b.example \u{1b}[2J\u{7} {}",
            "x".repeat(30_000)
        );
        csv.push_str(&format!("{};Emploi;;E-mail;01/10/2026\n", q(&name)));
    }
    put(dir.path(), "big.csv", &csv);
    let r = run(
        dir.path(),
        &[
            "process",
            "big.csv",
            "--today",
            TODAY,
            "--summary-md",
            "s.md",
            "--quiet",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let md = std::fs::read_to_string(dir.path().join("s.md")).unwrap();
    assert!(md.len() < 100_000, "{} bytes", md.len());
    for live in [
        "https://",
        "www.",
        "@someone",
        "@b.example",
        "\u{1b}",
        "\u{7}",
    ] {
        assert!(!md.contains(live), "{live:?} is live in the page");
    }
    assert!(md.contains('…'), "long names are cut with an ellipsis");
}

#[test]
fn a_name_cannot_inject_a_calendar_property() {
    let dir = tempfile::tempdir().unwrap();
    let csv = format!(
        "Nom;Objectif;Comment;Quand\n{};Emploi;E-mail;01/12/2026\n",
        q("Eve\r\nATTENDEE:mailto:spy@evil.example\r\nEND:VEVENT\u{1}")
    );
    put(dir.path(), "cal.csv", &csv);
    let r = run(
        dir.path(),
        &[
            "process", "cal.csv", "--today", TODAY, "--ics", "p.ics", "--quiet",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let ics = std::fs::read_to_string(dir.path().join("p.ics")).unwrap();
    assert!(ics.contains("Eve"), "{ics}");
    for line in ics.split("\r\n") {
        assert!(!line.starts_with("ATTENDEE"), "{line}");
        assert!(!line.contains('\u{1}'), "{line:?}");
    }
    let lines: Vec<&str> = ics.split("\r\n").collect();
    let count = |l: &str| lines.iter().filter(|x| **x == l).count();
    assert_eq!(count("END:VEVENT"), count("BEGIN:VEVENT"));
}
