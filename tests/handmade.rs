//! Sheets a person made by hand before reading the README (issue 21): section rows naming
//! groups, a merged title, placeholders for names, statuses and dates written as people write
//! them. Each is read through the binary, as a first run with no settings file.

mod common;

use std::path::{Path, PathBuf};

use common::{bin, json, TODAY};
use rust_xlsxwriter::{Format, Workbook};
use serde_json::Value as Json;

/// Writes a sheet of text rows from A1; a row of one text given as `MERGE:` is written merged
/// across every column, as a person centres a title over the table.
fn sheet(dir: &Path, name: &str, rows: &[&[&str]]) -> PathBuf {
    let path = dir.join(name);
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Mon réseau").unwrap();
    let width = rows.iter().map(|r| r.len()).max().unwrap_or(1) as u16;
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32;
        match row {
            [one] if one.starts_with("MERGE:") => {
                ws.merge_range(r, 0, r, width - 1, &one["MERGE:".len()..], &Format::new())
                    .unwrap();
            }
            _ => {
                for (c, v) in row.iter().enumerate() {
                    if !v.is_empty() {
                        ws.write_string(r, c as u16, *v).unwrap();
                    }
                }
            }
        }
    }
    wb.save(&path).unwrap();
    path
}

/// `check --json` of `input`, as of [`TODAY`]: the contacts and problems read.
fn check(input: &Path) -> Json {
    let out = input.with_extension("check.json");
    bin()
        .args(["check", "--today", TODAY, "--json"])
        .arg(&out)
        .arg(input)
        .assert()
        .success();
    json(&out)
}

fn contact<'a>(j: &'a Json, name: &str) -> &'a Json {
    j["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no contact {name} in {:#}", j["contacts"]))
}

fn names(j: &Json) -> Vec<String> {
    j["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_string())
        .collect()
}

fn problems_of(j: &Json, row: u64) -> Vec<String> {
    j["problems"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["row"] == row)
        .map(|p| format!("{} {} {}", p["value"], p["problem"], p["hint"]))
        .collect()
}

#[test]
fn section_rows_name_groups_not_people() {
    let dir = tempfile::tempdir().unwrap();
    let input = sheet(
        dir.path(),
        "reseau.xlsx",
        &[
            &["MERGE:Mon réseau — mise à jour 2026"],
            &["Nom", "Boîte", "Poste", "Notes"],
            &["## EX-COLLÈGUES (Seb / Danone / agence Pulse)"],
            &[
                "Sophie Durand",
                "Danone",
                "Directrice marketing",
                "café en novembre",
            ],
            &["Marc Lefèvre", "Pulse", "DG", ""],
            &["MERGE:AGENCES / CABINETS"],
            &["Julie Petit", "Hays", "Consultante", ""],
            &["?", "Michael Page", "", "la consultante du salon"],
            &["", "", "", ""],
            &["Famille & amis :"],
            &["Paul Martin", "", "", ""],
            &["Les gens à voir"],
            &["Claire Dubois"],
        ],
    );
    let j = check(&input);
    // Seven people: the title, the three section rows and the blank row are none.
    assert_eq!(
        names(&j),
        [
            "Sophie Durand",
            "Marc Lefèvre",
            "Julie Petit",
            "Michael Page",
            "Paul Martin",
            "Claire Dubois"
        ]
    );
    let sophie = contact(&j, "Sophie Durand");
    assert_eq!(
        sophie["group"],
        "EX-COLLÈGUES (Seb / Danone / agence Pulse)"
    );
    assert_eq!(sophie["category"], "colleague");
    assert_eq!(contact(&j, "Julie Petit")["group"], "AGENCES / CABINETS");
    assert_eq!(contact(&j, "Julie Petit")["category"], "other");
    assert_eq!(contact(&j, "Paul Martin")["group"], "Famille & amis");
    assert_eq!(contact(&j, "Paul Martin")["category"], "friend_family");
    // A lone plain name is a person, under the sentence above it.
    assert_eq!(contact(&j, "Claire Dubois")["group"], "Les gens à voir");
    assert_eq!(contact(&j, "Claire Dubois")["category"], Json::Null);
    // "?" is no name: the person is kept, called by the company, and reported.
    let nameless = problems_of(&j, 8);
    assert!(
        nameless.iter().any(|p| p.contains("no name")),
        "{nameless:?}"
    );
}

#[test]
fn a_group_never_overrides_a_category_the_row_gives() {
    let dir = tempfile::tempdir().unwrap();
    let input = sheet(
        dir.path(),
        "network.xlsx",
        &[
            &["Name", "Company", "Category", "Email"],
            &["=== FORMER COLLEAGUES ==="],
            &["Jane Smith", "Acme", "Expert", "jane@acme.example"],
            &["Tom Brown", "Acme", "", "tom@acme.example"],
            &["CLIENTS"],
            &["Ann Lee", "Globex", "", ""],
        ],
    );
    let j = check(&input);
    assert_eq!(names(&j), ["Jane Smith", "Tom Brown", "Ann Lee"]);
    assert_eq!(contact(&j, "Jane Smith")["category"], "expert");
    assert_eq!(contact(&j, "Tom Brown")["category"], "colleague");
    assert_eq!(contact(&j, "Tom Brown")["group"], "FORMER COLLEAGUES");
    // A group of clients is not one of former colleagues.
    assert_eq!(contact(&j, "Ann Lee")["category"], Json::Null);
    assert_eq!(contact(&j, "Ann Lee")["group"], "CLIENTS");
}
