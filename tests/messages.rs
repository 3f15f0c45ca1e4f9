//! The drafts end to end: the built binary on a small sheet, with and without `reseau.toml`;
//! the Messages sheet read back with calamine, its `mailto:` links decoded from the workbook's
//! XML, and the calendar's descriptions parsed back with an iCalendar parser.

mod common;

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;
use std::str::FromStr;

use calamine::Data;
use common::{bin, rows, TODAY};
use icalendar::{Calendar, Component};

/// Three contacts: Claire to propose a coffee (one address), Paul met and to thank (a name
/// with a line break that tries to add a header), Zoé to follow up (no address, so her
/// profile is the link).
const SHEET: &str = "\
Name,Company,Role,Email,LinkedIn,Objective,How,Status,Last contact,Give back
Claire Martin,Acme,Head of People,claire@example.com,,Job,Coffee,,,Intro to my old team
\"Paul\r\nBcc: evil@example.com\",Beta,CTO,paul@example.com,,Watch,Email,Met,2026-11-25,
Zoé Petit,,Founder,via LinkedIn only,https://www.linkedin.com/in/zoe,Partners,Call,Contacted,2026-11-01,
";

const SETTINGS: &str = "\
[me]
name = \"Camille Durand\"
project = \"I am moving into data analysis in healthcare.\"

[messages.en]
thank = \"\"\"
Dear {first_name},
Thanks! {project}
{signature}\"\"\"
";

/// Runs `process` on `sheet` (and `settings` as reseau.toml when given) in a fresh folder,
/// with `--ics` and `--json`; returns the folder.
fn run(sheet: &str, settings: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("contacts.csv"), sheet).unwrap();
    if let Some(s) = settings {
        std::fs::write(dir.path().join("reseau.toml"), s).unwrap();
    }
    bin()
        .current_dir(dir.path())
        .args(["process", "--quiet", "--today", TODAY, "contacts.csv"])
        .args(["-o", "out.xlsx", "--ics", "plan.ics", "--json", "out.json"])
        .assert()
        .success();
    dir
}

fn text(d: &Data) -> String {
    match d {
        Data::String(s) => s.clone(),
        Data::Empty => String::new(),
        other => format!("{other:?}"),
    }
}

/// The hyperlinks of sheet `name`: cell reference -> target, from the workbook's XML.
fn links(path: &Path, name: &str) -> HashMap<String, String> {
    let names = common::sheet_names(path);
    let n = 1 + names.iter().position(|s| s == name).unwrap();
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut read = |part: String| {
        let mut s = String::new();
        if let Ok(mut f) = zip.by_name(&part) {
            f.read_to_string(&mut s).unwrap();
        }
        s
    };
    let sheet = read(format!("xl/worksheets/sheet{n}.xml"));
    let rels = read(format!("xl/worksheets/_rels/sheet{n}.xml.rels"));
    let attr = |tag: &str, key: &str| -> Option<String> {
        let start = tag.find(&format!("{key}=\""))? + key.len() + 2;
        let end = start + tag[start..].find('"')?;
        Some(
            tag[start..end]
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&apos;", "'")
                .replace("&amp;", "&"),
        )
    };
    let targets: HashMap<String, String> = rels
        .split("<Relationship ")
        .skip(1)
        .filter_map(|t| Some((attr(t, "Id")?, attr(t, "Target")?)))
        .collect();
    sheet
        .split("<hyperlink ")
        .skip(1)
        .filter_map(|t| {
            let target = match attr(t, "r:id") {
                Some(id) => targets.get(&id)?.clone(),
                None => format!("#{}", attr(t, "location")?),
            };
            Some((attr(t, "ref")?, target))
        })
        .collect()
}

fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            out.push(
                u8::from_str_radix(std::str::from_utf8(&b[i + 1..i + 3]).unwrap(), 16).unwrap(),
            );
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

/// (address, query fields) of a mailto link.
fn mailto(link: &str) -> (String, Vec<(String, String)>) {
    let rest = link.strip_prefix("mailto:").unwrap();
    let (to, query) = rest.split_once('?').unwrap();
    let fields = query
        .split('&')
        .map(|f| {
            let (k, v) = f.split_once('=').unwrap();
            (k.to_string(), decode(v).replace("\r\n", "\n"))
        })
        .collect();
    (decode(to), fields)
}

#[test]
fn the_messages_sheet_lists_the_plan_with_drafts_and_mailto_links_that_decode_to_them() {
    let dir = run(SHEET, Some(SETTINGS));
    let out = dir.path().join("out.xlsx");
    let sheet = rows(&out, "Messages");
    let header: Vec<String> = sheet[0].iter().map(text).collect();
    assert_eq!(
        header,
        ["Week", "Date", "Contact", "Action", "Channel", "Subject", "Draft", "To offer"]
    );
    // Plan order: the same contacts and actions as the Plan sheet.
    let plan = rows(&out, "Plan");
    let names = |rows: &[Vec<Data>], c: usize| -> Vec<String> {
        rows[1..].iter().map(|r| text(&r[c])).collect()
    };
    assert_eq!(names(&sheet, 2), names(&plan, 2));
    assert_eq!(names(&sheet, 3), names(&plan, 3));
    assert_eq!(sheet.len(), 4, "{sheet:?}");

    let links = links(&out, "Messages");
    let row_of = |action: &str| sheet.iter().position(|r| text(&r[3]) == action).unwrap();

    // Claire: a proposal, in a mailto link that decodes back to the draft.
    let r = row_of("Propose");
    let draft = text(&sheet[r][6]);
    assert!(draft.starts_with("Hello Claire,"), "{draft}");
    assert!(draft.contains("how things work at Acme"), "{draft}");
    assert!(draft.contains("I am moving into data analysis"), "{draft}");
    assert!(draft.ends_with("Camille Durand"), "{draft}");
    // What the user can offer stands beside the draft, never inside it.
    assert_eq!(text(&sheet[r][7]), "Intro to my old team");
    assert!(!draft.contains("Intro to my old team"), "{draft}");
    assert_eq!(text(&sheet[r][4]), "Email");
    let (to, fields) = mailto(&links[&format!("C{}", r + 1)]);
    assert_eq!(to, "claire@example.com");
    assert_eq!(
        fields,
        [
            ("subject".to_string(), text(&sheet[r][5])),
            ("body".to_string(), draft)
        ]
    );

    // Paul: the user's own thank-you template; his name's line break adds no header.
    let r = row_of("Thank");
    assert_eq!(
        text(&sheet[r][6]),
        "Dear Paul,\nThanks! I am moving into data analysis in healthcare.\nCamille Durand"
    );
    let link = &links[&format!("C{}", r + 1)];
    let (to, fields) = mailto(link);
    assert_eq!(to, "paul@example.com");
    let keys: Vec<&str> = fields.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys, ["subject", "body"], "{link}");
    assert!(!link.contains('\n') && !link.contains('\r'), "{link}");

    // The JSON gives each planned action its draft, the same.
    let json = common::json(&dir.path().join("out.json"));
    for (item, row) in json["plan"].as_array().unwrap().iter().zip(&sheet[1..]) {
        assert_eq!(item["draft"]["subject"], text(&row[5]));
        assert_eq!(item["draft"]["body"], text(&row[6]));
    }

    // Zoé: no address, so her name opens her profile.
    let r = row_of("Follow up");
    assert_eq!(
        links[&format!("C{}", r + 1)],
        "https://www.linkedin.com/in/zoe"
    );
    assert_eq!(text(&sheet[r][4]), "Message");
}

#[test]
fn each_calendar_description_starts_with_its_draft() {
    let dir = run(SHEET, Some(SETTINGS));
    let sheet = rows(&dir.path().join("out.xlsx"), "Messages");
    let ics = std::fs::read_to_string(dir.path().join("plan.ics")).unwrap();
    for line in ics.split("\r\n").filter(|l| !l.is_empty()) {
        assert!(line.len() <= 75, "{line:?}");
        let known = [
            "BEGIN",
            "END",
            "VERSION",
            "PRODID",
            "CALSCALE",
            "METHOD",
            "X-WR-CALNAME",
            "UID",
            "DTSTAMP",
            "LAST-MODIFIED",
            "SEQUENCE",
            "STATUS",
            "DTSTART",
            "DTEND",
            "SUMMARY",
            "DESCRIPTION",
            "TRANSP",
        ];
        let property = line.split([':', ';']).next().unwrap();
        assert!(
            line.starts_with(' ') || known.contains(&property),
            "a name's line break added a property: {line:?}"
        );
    }
    let cal = Calendar::from_str(&ics).unwrap();
    let events: Vec<_> = cal.events().collect();
    assert_eq!(events.len(), sheet.len() - 1);
    for (event, row) in events.iter().zip(&sheet[1..]) {
        let desc = event.get_description().unwrap();
        let (draft, details) = desc.split_once("\n\n---\n").unwrap();
        assert_eq!(draft, text(&row[6]));
        assert!(
            details.starts_with(&format!("Subject: {}\n", text(&row[5]))),
            "{details}"
        );
    }
}

#[test]
fn a_huge_give_back_cell_keeps_the_draft_short_and_the_link_within_excels_limit() {
    let give = "é".repeat(32_767);
    let sheet = format!(
        "Name,Email,Objective,How,Give back\nClaire Martin,claire@example.com,Job,Coffee,{give}\n"
    );
    let settings = "[messages.en]\npropose = \"Hello {first_name}, {give_back}\"\n";
    let dir = run(&sheet, Some(settings));
    let out = dir.path().join("out.xlsx");
    let messages = rows(&out, "Messages");
    let draft = text(&messages[1][6]);
    assert_eq!(draft.chars().count(), 600, "{draft}");
    let link = &links(&out, "Messages")["C2"];
    assert!(link.len() <= 2_079, "{}", link.len());
    let (_, fields) = mailto(link);
    let body = &fields[1].1;
    assert!(body.ends_with('…'), "shortened: {body}");
    assert!(draft.starts_with(body.trim_end_matches('…')));
}

#[test]
fn default_drafts_follow_the_sheets_language_and_are_never_formulas() {
    let sheet = "Nom,Entreprise,E-mail,Objectif,Comment\n\"=HYPERLINK(\"\"x\"\")\",=Acme,a@b.fr,Emploi,Café\n";
    let dir = run(sheet, None);
    let out = dir.path().join("out.xlsx");
    let messages = rows(&out, "Messages");
    assert_eq!(text(&messages[0][6]), "Brouillon");
    let draft = text(&messages[1][6]);
    // A cell that is a formula names no first name: the greeting stays general.
    assert!(draft.starts_with("Bonjour,\n"), "{draft}");
    assert!(draft.contains("chez =Acme"), "{draft}");
    assert!(
        draft.contains("[ce que je cherche]") && draft.ends_with("[mon nom]"),
        "without [me], named blanks are left to fill: {draft}"
    );
    assert_eq!(
        text(&messages[1][2]),
        "=HYPERLINK(\"x\")",
        "the name stays text"
    );
}

#[test]
fn an_unknown_placeholder_stops_the_run_with_its_key_and_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("contacts.csv"), SHEET).unwrap();
    std::fs::write(
        dir.path().join("reseau.toml"),
        "[me]\nname = \"C\"\n[messages.fr]\nthank = \"\"\"\nBonjour {prenom},\n\"\"\"\n",
    )
    .unwrap();
    let out = bin()
        .current_dir(dir.path())
        .args(["process", "--today", TODAY, "contacts.csv"])
        .assert()
        .code(2);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(err.contains("reseau.toml"), "{err}");
    assert!(
        err.contains("line 5") && err.contains("{prenom}") && err.contains("thank"),
        "{err}"
    );
    assert!(!dir.path().join("contacts.reseau.xlsx").exists());
}

#[test]
fn running_again_on_the_output_replaces_the_messages_sheet() {
    let dir = run(SHEET, None);
    bin()
        .current_dir(dir.path())
        .args([
            "process",
            "--quiet",
            "--today",
            TODAY,
            "out.xlsx",
            "-o",
            "again.xlsx",
        ])
        .assert()
        .success();
    let first = common::sheet_names(&dir.path().join("out.xlsx"));
    let again = common::sheet_names(&dir.path().join("again.xlsx"));
    assert_eq!(again, first);
    assert_eq!(
        again.iter().filter(|s| s.starts_with("Messages")).count(),
        1
    );
    assert_eq!(
        rows(&dir.path().join("again.xlsx"), "Messages"),
        rows(&dir.path().join("out.xlsx"), "Messages")
    );
}

#[test]
fn each_messages_row_reads_across_at_the_top_beside_its_draft() {
    let dir = run(SHEET, Some(SETTINGS));
    let out = dir.path().join("out.xlsx");
    let sheet = rows(&out, "Messages");
    let book = common::looks::Book::open(&out);
    for r in 2..=sheet.len() as u32 {
        for col in ["A", "B", "C", "D", "E", "F", "G"] {
            let look = book.look("Messages", &format!("{col}{r}"));
            assert_eq!(look.vertical.as_deref(), Some("top"), "{col}{r}: {look:?}");
        }
        assert!(
            book.look("Messages", &format!("G{r}")).wrap,
            "the draft wraps"
        );
        // The row is as tall as its draft's lines.
        let lines = text(&sheet[r as usize - 1][6]).lines().count() as f64;
        let height = book.row("Messages", r).0.expect("a row height");
        assert!(
            height >= 15.0 * lines,
            "row {r}: {height} pt for {lines} lines"
        );
    }
    // The name column fits the longest name (its longest line).
    let longest = sheet[1..]
        .iter()
        .flat_map(|r| {
            text(&r[2])
                .lines()
                .map(|l| l.chars().count())
                .collect::<Vec<_>>()
        })
        .max()
        .unwrap();
    let width = book.column("Messages", 2).0.unwrap();
    assert!(width >= longest as f64, "{width} for a name of {longest}");
}

/// The UIDs, STATUS and SEQUENCE of each event of the calendar at `path`.
fn calendar(path: &Path) -> Vec<(String, Option<String>, String, String)> {
    let text = std::fs::read_to_string(path).unwrap();
    let cal = Calendar::from_str(&text).unwrap();
    cal.components
        .iter()
        .filter_map(|c| c.as_event())
        .map(|e| {
            let p = |k: &str| e.property_value(k).unwrap_or_default().to_string();
            (
                p("UID"),
                e.property_value("STATUS").map(str::to_string),
                p("SEQUENCE"),
                p("LAST-MODIFIED"),
            )
        })
        .collect()
}

#[test]
fn the_calendar_updates_in_place_keeps_uids_across_copies_and_cancels_dropped_events() {
    let dir = run(SHEET, Some(SETTINGS));
    let d = dir.path();
    let first = calendar(&d.join("plan.ics"));
    assert!(!first.is_empty());
    for (uid, status, sequence, modified) in &first {
        assert!(uid.ends_with("@reseau-xlsx"), "{uid}");
        assert_eq!(status, &None);
        assert!(sequence.parse::<u32>().is_ok(), "{sequence}");
        assert_eq!(modified, "20261126T000000Z", "from --today, not the clock");
    }
    // The same sheet under another name: the same events.
    std::fs::copy(d.join("contacts.csv"), d.join("copie.csv")).unwrap();
    bin()
        .current_dir(d)
        .args(["process", "--quiet", "--today", TODAY, "copie.csv"])
        .args(["-o", "copie.xlsx", "--ics", "copie.ics"])
        .assert()
        .success();
    let uids = |c: &[(String, Option<String>, String, String)]| -> Vec<String> {
        c.iter().map(|e| e.0.clone()).collect()
    };
    assert_eq!(uids(&calendar(&d.join("copie.ics"))), uids(&first));
    // Claire leaves the sheet; the next week's calendar, written over the previous one,
    // cancels her event and moves the others on.
    let without: String = SHEET
        .lines()
        .filter(|l| !l.starts_with("Claire"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(d.join("contacts.csv"), without).unwrap();
    bin()
        .current_dir(d)
        .args([
            "process",
            "--quiet",
            "--today",
            "2026-11-27",
            "contacts.csv",
        ])
        .args(["-o", "out.xlsx", "--ics", "plan.ics"])
        .assert()
        .success();
    let next = calendar(&d.join("plan.ics"));
    let cancelled: Vec<&String> = next
        .iter()
        .filter(|e| e.1.as_deref() == Some("CANCELLED"))
        .map(|e| &e.0)
        .collect();
    assert_eq!(cancelled.len(), 1, "{next:?}");
    assert!(first.iter().any(|e| &e.0 == cancelled[0]));
    for e in &next {
        let before = first.iter().find(|f| f.0 == e.0).unwrap();
        assert!(
            e.2.parse::<u32>().unwrap() > before.2.parse::<u32>().unwrap(),
            "SEQUENCE grows, so an import updates the event"
        );
    }
    // "Company:" only when there is one: Zoé has none.
    let text = std::fs::read_to_string(d.join("plan.ics")).unwrap();
    let zoe = text
        .split("BEGIN:VEVENT")
        .find(|e| e.contains("Zoé"))
        .unwrap();
    assert!(!zoe.contains("Company"), "{zoe}");
}
