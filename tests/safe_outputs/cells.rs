//! Cells: a control character, a formula, a link cannot turn a cell against the user.

use crate::common::wellformed::assert_xlsx;
use crate::xlsx::*;
use crate::{process, put, q, run, second_reader};

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
            // One address each: the same address twice would be the same person.
            q(&format!("{}@x{i}.example", f.trim())),
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
    // No link anywhere (contacts sheet, Messages drafts) reaches a hidden recipient or file.
    for t in &targets {
        // A draft's link carries its own subject and body: the address is what comes before.
        let to = t.split("?subject=").next().unwrap_or(t);
        for hidden in [
            "evil",
            "passwd",
            "attach",
            "bcc",
            "%0A",
            "javascript",
            "<",
            ",",
        ] {
            assert!(!to.contains(hidden), "{t}");
        }
    }
    // The drafts' links of the Messages sheet aside, only the plain address, the first
    // address of a list of addresses (a click writes to that one alone: issue 11) and the
    // valid URI are links.
    targets.retain(|t| !t.contains("?subject="));
    assert_eq!(
        targets,
        [
            "https://www.linkedin.com/in/hélène",
            "mailto:plain@x.example",
            "mailto:real@x.example"
        ],
        "only the plain addresses and the valid URI are links"
    );
    // The others stay as text, whole.
    let rows = sheet_rows(&out, "Contacts");
    assert_eq!(text(&rows[1][1]), emails[0]);
    assert_eq!(text(&rows[1][2]), long);
}
