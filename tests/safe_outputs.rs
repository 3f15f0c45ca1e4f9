//! Outputs an attacker's sheet cannot turn against the user (issue 13), through the built
//! binary: cell contents that would break the package, run a formula, hide a recipient, take
//! over a terminal or a CI log, flood a job page, or make the tool drop a sheet the user owns.
//! Every input is built here; every workbook written is checked for well-formed XML.

mod common;

use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};

use calamine::{open_workbook_auto, Data, Reader};
use common::wellformed::assert_xlsx;
use common::{bin, TODAY};
use quick_xml::events::Event;

/// One run of the binary in `dir`.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(dir: &Path, args: &[&str]) -> Run {
    let out = bin().current_dir(dir).args(args).output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn put(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

/// A CSV field, quoted.
fn q(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

/// `process NAME --today` in `dir`, which must succeed; the output's path.
fn process(dir: &Path, name: &str, extra: &[&str]) -> (PathBuf, Run) {
    let mut args = vec!["process", name, "--today", TODAY];
    args.extend_from_slice(extra);
    let r = run(dir, &args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let out = dir.join(format!("{stem}.reseau.xlsx"));
    assert_xlsx(&out);
    (out, r)
}

/// Every XML part of a workbook, by name.
fn parts(path: &Path) -> Vec<(String, String)> {
    let bytes = std::fs::read(path).unwrap();
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut out = Vec::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let name = f.name().map(|n| n.to_string()).unwrap_or_default();
        let mut text = String::new();
        if f.read_to_string(&mut text).is_ok() {
            out.push((name, text));
        }
    }
    out
}

/// The value of attribute `key` of every `<tag>` of `xml`.
fn attrs(xml: &str, tag: &str, key: &str) -> Vec<String> {
    let mut r = quick_xml::Reader::from_str(xml);
    let mut out = Vec::new();
    loop {
        match r.read_event().unwrap() {
            Event::Start(e) | Event::Empty(e) if e.name().0 == tag => {
                for a in e.attributes().flatten() {
                    if a.key.0 == key {
                        let v = a.normalized_value(quick_xml::XmlVersion::Implicit1_0);
                        out.push(v.unwrap().into_owned());
                    }
                }
            }
            Event::Eof => return out,
            _ => {}
        }
    }
}

/// Every hyperlink target of the workbook's relations.
fn link_targets(path: &Path) -> Vec<String> {
    parts(path)
        .iter()
        .filter(|(n, _)| n.starts_with("xl/worksheets/_rels/"))
        .flat_map(|(_, x)| attrs(x, "Relationship", "Target"))
        .filter(|t| !t.starts_with("../"))
        .collect()
}

/// Whether a text would start a formula when edited in Excel.
fn formula_like(s: &str) -> bool {
    let lead = s.trim_start_matches(|c: char| c.is_whitespace());
    lead.starts_with(['=', '+', '-', '@'])
}

/// The formula-looking texts of every sheet written without the quote prefix: a cell's style
/// (`cellXfs`) says `quotePrefix`; strings are shared or inline.
fn unquoted_formulas(path: &Path) -> Vec<String> {
    let all = parts(path);
    let get = |n: &str| all.iter().find(|(p, _)| p == n).map(|(_, x)| x.clone());
    let styles = get("xl/styles.xml").unwrap();
    let quoted: Vec<bool> = {
        let at = styles.find("<cellXfs").unwrap();
        let end = styles[at..].find("</cellXfs>").unwrap() + at;
        let mut r = quick_xml::Reader::from_str(&styles[at..end]);
        let mut out = Vec::new();
        loop {
            match r.read_event().unwrap() {
                Event::Start(e) | Event::Empty(e) if e.name().0 == "xf" => out.push(
                    e.attributes()
                        .flatten()
                        .any(|a| a.key.0 == "quotePrefix" && &*a.value == "1"),
                ),
                Event::Eof => break,
                _ => {}
            }
        }
        out
    };
    let shared = get("xl/sharedStrings.xml").map_or(Vec::new(), |x| texts_of(&x, "si"));
    let mut bad = Vec::new();
    for (name, xml) in all
        .iter()
        .filter(|(n, _)| n.starts_with("xl/worksheets/sheet"))
    {
        for (style, kind, text) in cells(xml) {
            let text = if kind == "s" {
                shared[text.parse::<usize>().unwrap()].clone()
            } else {
                text
            };
            if formula_like(&text) && !quoted.get(style).copied().unwrap_or(false) {
                bad.push(format!("{name}: {text}"));
            }
        }
    }
    bad
}

/// The text of each `<tag>` element (its `<t>` runs joined), in order.
fn texts_of(xml: &str, tag: &str) -> Vec<String> {
    let mut r = quick_xml::Reader::from_str(xml);
    let (mut out, mut cur, mut inside) = (Vec::new(), String::new(), false);
    loop {
        match r.read_event().unwrap() {
            Event::Start(e) if e.name().0 == tag => {
                inside = true;
                cur.clear();
            }
            Event::End(e) if e.name().0 == tag => {
                inside = false;
                out.push(cur.clone());
            }
            Event::Text(t) if inside => cur.push_str(&t.xml10_content()),
            Event::GeneralRef(g) if inside => cur.push_str(&entity(&g.xml10_content())),
            Event::Eof => return out,
            _ => {}
        }
    }
}

fn entity(name: &str) -> String {
    match name {
        "lt" => "<",
        "gt" => ">",
        "amp" => "&",
        "quot" => "\"",
        "apos" => "'",
        _ => "?",
    }
    .to_string()
}

/// Each text cell of a sheet: its style index, its type (`s` or `inlineStr`) and its value
/// (the shared-string index, or the text).
fn cells(xml: &str) -> Vec<(usize, String, String)> {
    let mut r = quick_xml::Reader::from_str(xml);
    let mut out = Vec::new();
    let mut cur: Option<(usize, String, String)> = None;
    loop {
        match r.read_event().unwrap() {
            Event::Start(e) if e.name().0 == "c" => {
                let (mut s, mut t) = (0, String::new());
                for a in e.attributes().flatten() {
                    let v = a.value.to_string();
                    match a.key.0 {
                        "s" => s = v.parse().unwrap_or(0),
                        "t" => t = v,
                        _ => {}
                    }
                }
                cur = (t == "s" || t == "inlineStr").then(|| (s, t, String::new()));
            }
            Event::Text(x) => {
                if let Some(c) = cur.as_mut() {
                    c.2.push_str(&x.xml10_content());
                }
            }
            Event::GeneralRef(g) => {
                if let Some(c) = cur.as_mut() {
                    c.2.push_str(&entity(&g.xml10_content()));
                }
            }
            Event::End(e) if e.name().0 == "c" => out.extend(cur.take()),
            Event::Eof => return out,
            _ => {}
        }
    }
}

fn sheet_rows(path: &Path, sheet: &str) -> Vec<Vec<Data>> {
    let mut wb = open_workbook_auto(path).unwrap();
    let range = wb.worksheet_range(sheet).unwrap();
    range.rows().map(|r| r.to_vec()).collect()
}

fn sheet_names(path: &Path) -> Vec<String> {
    open_workbook_auto(path).unwrap().sheet_names().to_vec()
}

fn text(d: &Data) -> String {
    match d {
        Data::String(s) => s.clone(),
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}

/// Opens `path` in Gnumeric's `ssconvert`, a second reader built on libxml2, which reports a
/// malformed part as "XML-CRITICAL ... Document likely damaged" (and goes on: its exit code
/// says nothing). `.ci/run` installs it; on a machine without it the check says it is skipped,
/// except under CI, where a missing reader is a failure.
fn second_reader(path: &Path) {
    let Ok(out) = std::process::Command::new("ssconvert")
        .args(["-T", "Gnumeric_stf:stf_csv"])
        .arg(path)
        .arg(path.with_extension("gnumeric.csv"))
        .output()
    else {
        assert!(
            std::env::var_os("CI").is_none(),
            "ssconvert missing under CI"
        );
        eprintln!("ssconvert not found: the second reader's check is skipped");
        return;
    };
    let stderr = String::from_utf8_lossy(&out.stderr);
    eprintln!("ssconvert opened {}", path.display());
    for bad in ["XML-CRITICAL", "damaged", "invalid Char", "error"] {
        assert!(!stderr.contains(bad), "{}: {stderr}", path.display());
    }
}

// ---------------------------------------------------------------------------------------------
// 1. One control character breaks the workbook

#[test]
fn a_control_character_in_a_name_email_or_profile_keeps_every_part_well_formed() {
    let dir = tempfile::tempdir().unwrap();
    let csv = format!(
        "Nom;E-mail;LinkedIn;Objectif;Statut;Comment\n{};{};{};Emploi;Rencontré;Café\n{};{};{};Veille;;E-mail\n",
        q("Eve\u{1}Ctrl"),
        q("eve\u{1}@x.example"),
        q("https://www.linkedin.com/in/eve\u{1}"),
        q("Bob\u{1b}[31m\u{FFFF}"),
        q("bob@x.example"),
        q("www.linkedin.com/in/bob"),
    );
    put(dir.path(), "ctrl.csv", &csv);
    let (out, _) = process(dir.path(), "ctrl.csv", &[]);
    second_reader(&out);
    // The values are kept (written as Excel's own _xHHHH_ escape) and read back whole.
    let rows = sheet_rows(&out, "Contacts");
    assert_eq!(text(&rows[1][0]), "Eve\u{1}Ctrl");
    assert_eq!(text(&rows[1][1]), "eve\u{1}@x.example");
    // No link is made of a text with a control character; the clean ones are links.
    let targets = link_targets(&out);
    assert!(
        targets.iter().all(|t| t.chars().all(|c| !c.is_control())),
        "{targets:?}"
    );
    assert!(
        targets.contains(&"mailto:bob@x.example".to_string()),
        "{targets:?}"
    );
    assert!(
        targets.contains(&"https://www.linkedin.com/in/bob".to_string()),
        "{targets:?}"
    );
    // The plan, backlog and overdue sheets name the contacts: the names are there, kept.
    let plan = sheet_rows(&out, "Plan");
    let names: Vec<String> = plan.iter().skip(1).map(|r| text(&r[2])).collect();
    assert!(names.iter().any(|n| n == "Eve\u{1}Ctrl"), "{names:?}");
}

#[test]
fn an_escaped_control_character_in_an_xlsx_keeps_every_part_well_formed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("esc.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("Réseau").unwrap();
    for (c, h) in ["Nom", "E-mail", "LinkedIn", "Objectif", "Comment"]
        .iter()
        .enumerate()
    {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    // rust_xlsxwriter stores U+0001 as `_x0001_`, as Excel does; calamine reads it back.
    for (c, v) in [
        "Zed\u{1}",
        "zed@x.example\u{1}",
        "https://x.example/\u{1}",
        "Emploi",
        "E-mail",
    ]
    .iter()
    .enumerate()
    {
        ws.write_string(1, c as u16, *v).unwrap();
    }
    book.save(&path).unwrap();
    assert!(parts(&path).iter().any(|(_, x)| x.contains("_x0001_")));
    let (out, _) = process(dir.path(), "esc.xlsx", &[]);
    second_reader(&out);
    assert_eq!(text(&sheet_rows(&out, "Réseau")[1][0]), "Zed\u{1}");
}

// ---------------------------------------------------------------------------------------------
// 3. Formula-looking text gets the quote prefix in every cell the tool writes

const FORMULAS: [&str; 4] = [
    "=HYPERLINK(\"https://evil.example\",\"clic\")",
    "=cmd|' /C calc'!A0",
    "  @SUM(1+1)",
    "+1+cmd|' /C calc'!A0",
];

#[test]
fn formula_looking_text_is_quote_prefixed_in_every_cell_the_tool_writes() {
    let dir = tempfile::tempdir().unwrap();
    // Headers, names (linked on plan/backlog/overdue, shown on the dashboard), companies,
    // e-mails and profiles.
    let mut csv = format!(
        "Nom;Entreprise;E-mail;LinkedIn;Objectif;Statut;Comment;Quand;{}\n",
        q(FORMULAS[0])
    );
    for (i, f) in FORMULAS.iter().enumerate() {
        csv.push_str(&format!(
            "{};{};{};{};Emploi;;E-mail;01/11/2026;x{i}\n",
            q(f),
            q(f),
            q(&format!("{}@x.example", f.trim())),
            q(&format!("{f} www.linkedin.com/in/x")),
        ));
    }
    put(dir.path(), "f.csv", &csv);
    let (out, _) = process(dir.path(), "f.csv", &[]);
    let bad = unquoted_formulas(&out);
    assert!(bad.is_empty(), "{bad:#?}");
    // None became a link: their texts are not one plain address or URL.
    assert!(link_targets(&out)
        .iter()
        .all(|t| !t.starts_with("http") && !t.starts_with("mailto")));
    // And the names are there, as text.
    let overdue = sheet_rows(&out, "En retard");
    assert!(
        overdue.iter().any(|r| text(&r[0]) == FORMULAS[1]),
        "{overdue:?}"
    );
}

#[test]
fn init_from_an_export_quote_prefixes_formula_looking_cells() {
    let dir = tempfile::tempdir().unwrap();
    let mut csv =
        String::from("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
    for f in FORMULAS {
        csv.push_str(&format!("{},Doe,,,{},{},15 Mar 2024\n", q(f), q(f), q(f)));
    }
    put(dir.path(), "Connections.csv", &csv);
    let r = run(
        dir.path(),
        &["init", "start.xlsx", "--from", "Connections.csv"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out = dir.path().join("start.xlsx");
    assert_xlsx(&out);
    let bad = unquoted_formulas(&out);
    assert!(bad.is_empty(), "{bad:#?}");
}

// ---------------------------------------------------------------------------------------------
// 4. Links: one plain address, or a strict URI that fits

#[test]
fn mailto_links_hide_no_recipient_and_web_links_fit_excels_limit() {
    let dir = tempfile::tempdir().unwrap();
    let long = format!("https://x.example/{}", "a".repeat(3_000));
    let emails = [
        "a@b.example?bcc=spy@evil.example",
        "c@b.example?attach=/etc/passwd&body=hi",
        "real@x.example,spy@evil.example",
        "d%20e@x.example%0Abcc:spy@evil.example",
        "plain@x.example",
    ];
    let profiles = [
        long.as_str(),
        "https://x.example/\"><b>",
        "https://bank.example@evil.example/",
        "javascript:alert(1)",
        "https://www.linkedin.com/in/h%C3%A9l%C3%A8ne",
    ];
    let mut csv = String::from("Nom;E-mail;LinkedIn;Objectif\n");
    for (i, (e, p)) in emails.iter().zip(profiles).enumerate() {
        csv.push_str(&format!("N{i};{};{};Emploi\n", q(e), q(p)));
    }
    put(dir.path(), "links.csv", &csv);
    let (out, _) = process(dir.path(), "links.csv", &[]);
    second_reader(&out);
    let mut targets = link_targets(&out);
    targets.sort();
    assert_eq!(
        targets,
        [
            "https://www.linkedin.com/in/hélène",
            "mailto:plain@x.example"
        ],
        "only the plain address and the valid URI are links"
    );
    // The others stay as text, whole.
    let rows = sheet_rows(&out, "Contacts");
    assert_eq!(text(&rows[1][1]), emails[0]);
    assert_eq!(text(&rows[1][2]), long);
}

// ---------------------------------------------------------------------------------------------
// 2. The marker sheet is trusted only for sheets laid out as the tool's

/// A workbook of `sheets` (name, rows of text or numbers, hidden).
fn workbook(path: &Path, sheets: &[(&str, Vec<Vec<Data>>, bool)]) {
    let mut book = rust_xlsxwriter::Workbook::new();
    for (name, rows, hidden) in sheets {
        let ws = book.add_worksheet();
        ws.set_name(*name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                match v {
                    Data::String(s) => {
                        ws.write_string(r, c, s).unwrap();
                    }
                    Data::Float(f) => {
                        ws.write_number(r, c, *f).unwrap();
                    }
                    Data::Int(i) => {
                        ws.write_number(r, c, *i as f64).unwrap();
                    }
                    Data::Bool(b) => {
                        ws.write_boolean(r, c, *b).unwrap();
                    }
                    Data::DateTime(d) => {
                        ws.write_number(r, c, d.as_f64()).unwrap();
                    }
                    _ => {}
                }
            }
        }
        if *hidden {
            ws.set_hidden(true);
        }
    }
    book.save(path).unwrap();
}

fn s(v: &str) -> Data {
    Data::String(v.into())
}

fn row(vs: &[&str]) -> Vec<Data> {
    vs.iter().map(|v| s(v)).collect()
}

#[test]
fn a_planted_marker_makes_the_tool_drop_no_sheet_and_no_column_of_the_user() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("shared.xlsx");
    workbook(
        &input,
        &[
            (
                "Contacts",
                vec![
                    row(&["Nom", "E-mail", "Objectif", "Score", "Rang", "Alerte"]),
                    row(&["Claire", "claire@x.example", "Emploi", "12", "3", "rouge"]),
                    row(&["Paul", "paul@x.example", "Veille", "7", "9", "vert"]),
                ],
                false,
            ),
            (
                "Budget",
                vec![
                    row(&["Poste", "Montant"]),
                    vec![s("Café"), Data::Float(42.0)],
                ],
                false,
            ),
            (
                "reseau-xlsx",
                vec![
                    row(&["reseau-xlsx", "0.1.0"]),
                    row(&["contacts", "Contacts"]),
                    row(&["sheet", "Budget"]),
                ],
                true,
            ),
        ],
    );
    for round in 0..2 {
        let r = run(
            dir.path(),
            &["process", "shared.xlsx", "--in-place", "--today", TODAY],
        );
        assert_eq!(r.code, 0, "round {round}: {}", r.stderr);
        assert_xlsx(&input);
        assert!(
            sheet_names(&input).contains(&"Budget".to_string()),
            "round {round}"
        );
        let budget = sheet_rows(&input, "Budget");
        assert_eq!(text(&budget[1][0]), "Café");
        let contacts = sheet_rows(&input, "Contacts");
        let header: Vec<String> = contacts[0].iter().map(text).collect();
        assert_eq!(
            &header[..6],
            ["Nom", "E-mail", "Objectif", "Score", "Rang", "Alerte"]
        );
        assert_eq!(text(&contacts[1][3]), "12", "the user's Score is kept");
        assert_eq!(text(&contacts[1][5]), "rouge", "the user's Alerte is kept");
        // The tool's own eight columns follow, once.
        assert_eq!(
            header.iter().filter(|h| *h == "Score").count(),
            2,
            "{header:?}"
        );
        if round == 0 {
            assert!(
                r.stdout.contains("\"Budget\""),
                "the kept sheet is named: {}",
                r.stdout
            );
        } else {
            // The second run replaces its own columns and sheets, and says so.
            assert!(r.stdout.contains("\"Pourquoi ce rang\""), "{}", r.stdout);
            assert!(
                !r.stdout.contains("\"Score\", \"Rang\", \"Alerte\""),
                "{}",
                r.stdout
            );
        }
    }
    let backup = dir.path().join("shared.bak.xlsx");
    assert!(sheet_names(&backup).contains(&"Budget".to_string()));
}

/// The values of every sheet of `path`, with each sheet's visibility.
fn values(path: &Path) -> Vec<(String, Vec<Vec<Data>>, bool)> {
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(path).unwrap();
    let meta: Vec<bool> = wb
        .sheets_metadata()
        .iter()
        .map(|m| m.visible != calamine::SheetVisible::Visible)
        .collect();
    let names = wb.sheet_names().to_vec();
    names
        .into_iter()
        .zip(meta)
        .map(|(n, hidden)| {
            let range = wb.worksheet_range(&n).unwrap();
            let (r0, c0) = range.start().unwrap_or((0, 0));
            let mut rows: Vec<Vec<Data>> = vec![vec![]; r0 as usize];
            rows.extend(range.rows().map(|r| {
                let mut cells = vec![Data::Empty; c0 as usize];
                cells.extend(r.iter().cloned());
                cells
            }));
            (n, rows, hidden)
        })
        .collect()
}

#[test]
fn a_user_sheet_named_like_a_deleted_tool_sheet_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        common::repo("samples/contacts.xlsx"),
        dir.path().join("c.xlsx"),
    )
    .unwrap();
    let (out, _) = process(dir.path(), "c.xlsx", &[]);
    // The user deletes the tool's Plan tab and later names a sheet of theirs "Plan".
    let mut sheets: Vec<_> = values(&out)
        .into_iter()
        .filter(|(n, _, _)| n != "Plan")
        .collect();
    sheets.push((
        "Plan".into(),
        vec![row(&["Mon plan perso"]), row(&["Courir"])],
        false,
    ));
    let edited = dir.path().join("edited.xlsx");
    let refs: Vec<(&str, Vec<Vec<Data>>, bool)> = sheets
        .iter()
        .map(|(n, r, h)| (n.as_str(), r.clone(), *h))
        .collect();
    workbook(&edited, &refs);
    let (again, r) = process(dir.path(), "edited.xlsx", &[]);
    let plan = sheet_rows(&again, "Plan");
    assert_eq!(
        text(&plan[0][0]),
        "Mon plan perso",
        "the user's Plan is kept"
    );
    assert!(
        sheet_names(&again).contains(&"Plan (2)".to_string()),
        "{:?}",
        sheet_names(&again)
    );
    // The dashboard and the other tool sheets were replaced, and that is said.
    assert!(r.stdout.contains("\"Tableau de bord\""), "{}", r.stdout);
    assert_eq!(
        sheet_names(&again)
            .iter()
            .filter(|n| n.starts_with("Tableau de bord"))
            .count(),
        1
    );
}

#[test]
fn a_renamed_contacts_sheet_is_found_again_by_its_table() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        common::repo("samples/contacts.csv"),
        dir.path().join("c.csv"),
    )
    .unwrap();
    let (out, _) = process(dir.path(), "c.csv", &[]);
    let sheets: Vec<_> = values(&out)
        .into_iter()
        .map(|(n, r, h)| {
            (
                if n == "Contacts" {
                    "Mes contacts".into()
                } else {
                    n
                },
                r,
                h,
            )
        })
        .collect();
    let refs: Vec<(&str, Vec<Vec<Data>>, bool)> = sheets
        .iter()
        .map(|(n, r, h)| (n.as_str(), r.clone(), *h))
        .collect();
    let renamed = dir.path().join("renamed.xlsx");
    workbook(&renamed, &refs);
    let (again, _) = process(dir.path(), "renamed.xlsx", &[]);
    let rows = sheet_rows(&again, "Mes contacts");
    let header: Vec<String> = rows
        .iter()
        .find(|r| r.iter().any(|c| text(c) == "Rang"))
        .unwrap()
        .iter()
        .map(text)
        .collect();
    assert_eq!(
        header.iter().filter(|h| *h == "Rang").count(),
        1,
        "{header:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// 9. A table whose columns name no person is refused

#[test]
fn a_table_naming_no_person_is_refused_with_the_headers_seen() {
    let dir = tempfile::tempdir().unwrap();
    put(
        dir.path(),
        "goals.csv",
        "Objectif;Horizon\nEmploi;court terme\nVeille;long terme\n",
    );
    let r = run(dir.path(), &["process", "goals.csv", "--today", TODAY]);
    assert_eq!(r.code, 2, "{}", r.stdout);
    for needle in [
        "goals.csv",
        "no contact table",
        "\"Objectif\"",
        "\"Horizon\"",
        "naming the person",
    ] {
        assert!(r.stderr.contains(needle), "{needle}: {}", r.stderr);
    }
    assert!(!dir.path().join("goals.reseau.xlsx").exists());
}

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
