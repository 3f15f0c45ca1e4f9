//! The backlog and overdue sheets of a big sheet show their first 5,000 rows and a line saying
//! how many more; a sheet of 5,000 contacts or fewer shows them all, as before. The contacts
//! sheet links its first 10,000 e-mails and profiles (a 5,000-contact sheet's), the others are
//! plain text.

mod common;

use std::path::Path;

use calamine::Data;
use common::files::tmp;
use common::{bin, json, rows, TODAY};

/// `n` contacts to approach over coffee, every one overdue (a deadline already past).
fn sheet(dir: &Path, n: usize) -> std::path::PathBuf {
    let mut text = String::from("Nom;Entreprise;Statut;Comment;Quand\n");
    for i in 0..n {
        text.push_str(&format!(
            "Personne{i} Nom{i};Société {};À contacter;Café;{:02}/11/2026\n",
            i % 50,
            1 + i % 20
        ));
    }
    let path = dir.join(format!("réseau-{n}.csv"));
    std::fs::write(&path, text).unwrap();
    path
}

/// Runs `process` on a sheet of `n` contacts; returns the backlog and overdue sheets' rows and
/// the JSON's backlog and overdue counts.
fn run(n: usize) -> (Vec<Vec<Data>>, Vec<Vec<Data>>, usize, usize) {
    let dir = tmp();
    let input = sheet(dir.path(), n);
    let out = dir.path().join("out.xlsx");
    let js = dir.path().join("out.json");
    bin()
        .args(["process", "--quiet", "--today", TODAY, "-o"])
        .arg(&out)
        .arg("--json")
        .arg(&js)
        .arg(&input)
        .assert()
        .success();
    let j = json(&js);
    let backlog = j["backlog"].as_array().unwrap().len();
    let overdue = j["totals"]["overdue"].as_u64().unwrap() as usize;
    (
        rows(&out, "Reste à planifier"),
        rows(&out, "En retard"),
        backlog,
        overdue,
    )
}

fn text(d: &Data) -> String {
    match d {
        Data::String(s) => s.clone(),
        _ => String::new(),
    }
}

#[test]
fn past_5000_rows_the_backlog_and_overdue_sheets_say_how_many_more() {
    let (backlog, overdue, in_backlog, late) = run(5_300);
    assert!(in_backlog > 5_000 && late > 5_000, "{in_backlog} {late}");
    for (sheet, total) in [(&backlog, in_backlog), (&overdue, late)] {
        // The header, the first 5,000, a blank row, then the line.
        assert_eq!(sheet.len(), 1 + 5_000 + 2, "{:?}", sheet.last());
        assert!(!text(&sheet[5_000][0]).is_empty());
        assert!(sheet[5_001].iter().all(|d| matches!(d, Data::Empty)));
        let line = text(&sheet[5_002][0]);
        assert!(
            line.starts_with(&format!("… et {} de plus", total - 5_000)),
            "{line}"
        );
        assert!(
            line.contains("Contacts") && line.contains("--json"),
            "{line}"
        );
    }
}

#[test]
fn a_sheet_of_5000_contacts_lists_its_whole_backlog_and_overdue() {
    let (backlog, overdue, in_backlog, late) = run(5_000);
    assert_eq!(late, 5_000);
    assert_eq!(backlog.len(), 1 + in_backlog);
    assert_eq!(overdue.len(), 1 + late);
    assert!(!text(&overdue[5_000][0]).is_empty());
}

/// A sheet of 5,001 people, each with an e-mail and a profile: 10,002 addresses.
fn reachable(dir: &Path) -> std::path::PathBuf {
    let mut text = String::from("Nom;Entreprise;Statut;E-mail;LinkedIn\n");
    for i in 0..5_001 {
        text.push_str(&format!(
            "Personne{i} Nom{i};Société {};À contacter;p{i}@example.com;linkedin.com/in/p{i}\n",
            i % 50
        ));
    }
    let path = dir.join("joignables.csv");
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn the_contacts_sheet_links_its_first_ten_thousand_addresses_and_keeps_the_rest_as_text() {
    let dir = tmp();
    let input = reachable(dir.path());
    let out = dir.path().join("out.xlsx");
    common::process_to(&input, &out);
    // The dashboard is the first sheet, the contacts sheet (the CSV's one) the second.
    let sheet = common::dashboard::part(&out, "xl/worksheets/sheet2.xml").unwrap();
    let rels = common::dashboard::part(&out, "xl/worksheets/_rels/sheet2.xml.rels").unwrap();
    // Every address of the first 5,000 people (a 5,000-contact network is linked whole)...
    assert_eq!(sheet.matches("<hyperlink ").count(), 10_000);
    assert!(rels.contains("Target=\"mailto:p0@example.com\""));
    assert!(rels.contains("Target=\"mailto:p4999@example.com\""));
    assert!(rels.contains("Target=\"https://linkedin.com/in/p4999\""));
    // ...and the 5,001st's are plain cells that keep their text.
    assert!(!rels.contains("p5000@example.com"));
    // Row 5,002 (the 5,001st person): the e-mail (D) and the profile (E) are ordinary text
    // cells, without the link style; the row above still has it.
    for col in ["D", "E"] {
        assert!(
            sheet.contains(&format!("<c r=\"{col}5002\" t=\"inlineStr\">")),
            "{col}5002 is a plain text cell"
        );
        assert!(sheet.contains(&format!("<c r=\"{col}5001\" s=\"")));
    }
    let rows = rows(&out, &common::sheet_names(&out)[1]);
    let last = rows.last().unwrap();
    assert_eq!(text(&last[0]), "Personne5000 Nom5000");
    assert_eq!(text(&last[3]), "p5000@example.com");
    assert_eq!(text(&last[4]), "linkedin.com/in/p5000");
}
