//! Four simulated weeks of one persona (issue 22): Camille, looking for a job, keeps a small
//! hand-made sheet and logs her exchanges in a journal. She runs `process` every Monday and,
//! between runs, does what the plan said and writes it down as a person would. Each week's plan
//! is the one a networking coach following the article would write: the yes booked first,
//! every held conversation thanked, the introducer thanked then told, the stranger introduced
//! offered as a new row, no follow-up to someone who answered, the warm before the cold.

mod common;

use std::path::Path;

use common::{bin, json};
use serde_json::Value as Json;

const SHEET: &str = "Nom,Entreprise,Objectif,Comment,Statut,Dernier contact,Recommandé par\n\
Claire Martin,Acme,Emploi,Café,Contacté,20/11/2026,\n\
Paul Durand,Beta,Emploi,Café,À contacter,,\n\
Sophie Blanc,Gamma,Emploi,Visio,À contacter,,Émilie Roux\n\
Émilie Roux,Delta,Emploi,E-mail,Tenu informé,15/11/2026,\n";

/// Runs `process` as of `monday` on the sheet and journal as they are now: the JSON.
fn monday(dir: &Path, sheet: &str, journal: &str, monday: &str) -> Json {
    let input = dir.join("contacts.csv");
    let log = dir.join("journal.csv");
    std::fs::write(&input, sheet).unwrap();
    std::fs::write(
        &log,
        format!("Date,Contact,Quoi,Note,Présenté à\n{journal}"),
    )
    .unwrap();
    let json_path = dir.join("plan.json");
    bin()
        .args(["process", "--quiet", "--today", monday, "-o"])
        .arg(dir.join("contacts.xlsx"))
        .arg("--json")
        .arg(&json_path)
        .arg("--journal")
        .arg(&log)
        .arg(&input)
        .assert()
        .success();
    json(&json_path)
}

/// (next action, due) of `name`.
fn step(out: &Json, name: &str) -> (String, String) {
    let c = out["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("{name}"));
    (
        c["next_action"].as_str().unwrap().to_string(),
        c["due"].as_str().unwrap_or("").to_string(),
    )
}

/// (date, action, kind) of `name` in the plan.
fn planned(out: &Json, name: &str) -> (String, String, String) {
    let p = out["plan"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == name)
        .unwrap_or_else(|| panic!("{name} not planned: {}", out["backlog"]));
    let s = |k: &str| p[k].as_str().unwrap().to_string();
    (s("date"), s("action"), s("kind"))
}

fn s(a: &str, b: &str) -> (String, String) {
    (a.to_string(), b.to_string())
}

fn no_follow_up(out: &Json) {
    for c in out["contacts"].as_array().unwrap() {
        if c["status"] == "agreed" {
            assert_ne!(c["next_action"], "follow_up", "{}", c["name"]);
        }
    }
}

#[test]
fn four_mondays_of_camille() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    // Last week: Claire answered yes; Émilie introduced Sophie.
    let mut journal = String::from(
        "24/11/2026,Claire Martin,Réponse reçue,OK pour un café,\n\
         25/11/2026,Émilie Roux,Mise en relation,vers Sophie,Sophie Blanc\n",
    );

    // Week 1, Monday 30 November.
    let w1 = monday(dir, SHEET, &journal, "2026-11-30");
    // The yes first: set the day now, the meeting takes November's coffee.
    assert_eq!(step(&w1, "Claire Martin"), s("schedule", "2026-11-26"));
    assert_eq!(
        planned(&w1, "Claire Martin"),
        ("2026-11-30".into(), "schedule".into(), "meeting".into())
    );
    // The introducer thanked now.
    assert_eq!(
        step(&w1, "Émilie Roux"),
        s("thank_introducer", "2026-11-27")
    );
    // The one introduced before the cold one: December for Sophie, January for Paul (on the 4th: 1 January and the weekend are days off).
    assert_eq!(planned(&w1, "Sophie Blanc").0, "2026-12-01");
    assert_eq!(planned(&w1, "Paul Durand").0, "2027-01-04");
    no_follow_up(&w1);

    // Camille books a coffee with Claire for Thursday, thanks Émilie, writes to Sophie.
    journal.push_str(
        "03/12/2026,Claire Martin,Café,au Bean,\n\
         30/11/2026,Émilie Roux,Remerciement,,\n\
         01/12/2026,Sophie Blanc,E-mail,proposé une visio,\n",
    );
    // Run again that Monday: the coffee logged ahead is booked, not a problem (the e-mail
    // dated Tuesday is, until Tuesday).
    let booked = monday(dir, SHEET, &journal, "2026-11-30");
    assert_eq!(step(&booked, "Claire Martin"), s("prepare", "2026-12-03"));
    let problems: Vec<&str> = booked["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["value"].as_str().unwrap())
        .collect();
    assert_eq!(problems, ["01/12/2026"]);

    // Week 2, Monday 7 December: the coffee was held on Thursday.
    let w2 = monday(dir, SHEET, &journal, "2026-12-07");
    assert_eq!(step(&w2, "Claire Martin"), s("thank", "2026-12-05"));
    assert_eq!(step(&w2, "Sophie Blanc"), s("follow_up", "2026-12-11"));
    assert_eq!(step(&w2, "Émilie Roux").0, "keep_in_touch");
    // December's coffee was Claire's: Paul waits for January.
    assert_eq!(planned(&w2, "Paul Durand").0, "2027-01-04");
    assert!(w2.get("new_contacts").is_none());

    // Camille thanks Claire, who then introduces her to Marc (not on the sheet); Sophie agrees.
    journal.push_str(
        "07/12/2026,Claire Martin,Remerciement,,\n\
         08/12/2026,Claire Martin,Mise en relation,Claire m'a présenté Marc Petit (DRH chez Nova),\n\
         09/12/2026,Sophie Blanc,Réponse reçue,partante pour une visio,\n",
    );

    // Week 3, Monday 14 December.
    let w3 = monday(dir, SHEET, &journal, "2026-12-14");
    assert_eq!(
        step(&w3, "Claire Martin"),
        s("thank_introducer", "2026-12-10")
    );
    let new = &w3["new_contacts"][0];
    assert_eq!(new["name"], "Marc Petit");
    assert_eq!(new["introduced_by"], "Claire Martin");
    assert_eq!(new["date"], "2026-12-08");
    // Sophie said yes: set the day now, never a follow-up; her visio takes January's slot.
    assert_eq!(step(&w3, "Sophie Blanc"), s("schedule", "2026-12-11"));
    assert_eq!(
        planned(&w3, "Sophie Blanc"),
        ("2026-12-14".into(), "schedule".into(), "meeting".into())
    );
    assert_eq!(planned(&w3, "Paul Durand").0, "2027-02-01");
    no_follow_up(&w3);

    // Camille pastes Marc's row, thanks Claire for him, and books the visio with Sophie.
    let sheet = format!("{SHEET}Marc Petit,Nova,Emploi,Café,À contacter,,Claire Martin\n");
    journal.push_str(
        "14/12/2026,Claire Martin,Remerciement,merci pour Marc,\n\
         17/12/2026,Sophie Blanc,Visio,visio calée,\n",
    );

    // Week 4, Monday 21 December: the visio was held on Thursday.
    let w4 = monday(dir, &sheet, &journal, "2026-12-21");
    assert_eq!(step(&w4, "Sophie Blanc"), s("thank", "2026-12-19"));
    // Émilie, who introduced Sophie, is told how it went.
    assert_eq!(
        step(&w4, "Émilie Roux"),
        s("inform_introducer", "2026-12-19")
    );
    assert_eq!(step(&w4, "Claire Martin").0, "keep_in_touch");
    // Marc, introduced by Claire, takes January's coffee before Paul.
    assert_eq!(step(&w4, "Marc Petit").0, "propose");
    assert_eq!(planned(&w4, "Marc Petit").0, "2027-01-04");
    assert_eq!(planned(&w4, "Paul Durand").0, "2027-02-01");
    assert!(w4.get("new_contacts").is_none());
    no_follow_up(&w4);
}
