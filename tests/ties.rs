//! A meeting is a first step toward others, through the built binary on small CSV sheets with
//! a CSV journal: a warm introduction scores up; the introducer is told how the meeting went
//! (and not again once an exchange is logged); a request is answered in time or flagged late;
//! give and take is counted; the routine's streak crosses month and year boundaries.

mod common;

use std::path::{Path, PathBuf};

use common::{bin, json, rows, TODAY};
use serde_json::Value as Json;

const CONTACTS: &str = "Nom;Entreprise;Objectif;Comment;Statut;Dernier contact;Date RDV;Recommandé par;Ce que je peux apporter\n\
Émilie Roux;Acme;Emploi;Café;Remercié;01/10/2026;01/10/2026;;\n\
Sophie Blanc;Beta;Emploi;Café;À contacter;;;;\n\
Marc Petit;Gamma;Veille;E-mail;Tenu informé;01/11/2026;;;Un contact chez Delta\n\
Paul Girard;Delta;Emploi;Café;À contacter;;;Émilie Roux;\n\
Jean Girard;Delta;Emploi;Café;À contacter;;;;\n\
Anne Leroy;Zeta;Emploi;Café;À contacter;;;Une amie de la fac;\n";

fn files(dir: &Path, journal: &str) -> (PathBuf, PathBuf) {
    let input = dir.join("contacts.csv");
    std::fs::write(&input, CONTACTS).unwrap();
    let j = dir.join("journal.csv");
    std::fs::write(&j, format!("Date;Contact;Quoi;Présenté(e) à\n{journal}")).unwrap();
    (input, j)
}

/// Runs `process` on `CONTACTS` with `journal` rows as of `today`; the JSON and the output.
fn run(dir: &Path, journal: &str, today: &str, extra: &[&str]) -> (Json, PathBuf) {
    let (input, j) = files(dir, journal);
    let out = dir.join("out.xlsx");
    let json_path = dir.join("r.json");
    bin()
        .args(["process", "--quiet", "--today", today, "-o"])
        .arg(&out)
        .arg("--json")
        .arg(&json_path)
        .arg("--journal")
        .arg(&j)
        .args(extra)
        .arg(&input)
        .assert()
        .success();
    (json(&json_path), out)
}

fn contact<'a>(j: &'a Json, name: &str) -> &'a Json {
    j["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no {name}"))
}

fn part(c: &Json, factor: &str) -> Option<i64> {
    c["why"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["factor"] == factor)
        .and_then(|p| p["points"].as_i64())
}

#[test]
fn an_introduced_contact_still_to_contact_scores_ten_more_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let (j, _) = run(dir.path(), "", TODAY, &[]);
    let paul = contact(&j, "Paul Girard");
    let jean = contact(&j, "Jean Girard");
    assert_eq!(part(paul, "introduced"), Some(10));
    assert_eq!(part(jean, "introduced"), None);
    assert_eq!(
        paul["score"].as_i64().unwrap(),
        jean["score"].as_i64().unwrap() + 10
    );
    // Someone outside the sheet introduces as well: no problem, the same part.
    let anne = contact(&j, "Anne Leroy");
    assert_eq!(part(anne, "introduced"), Some(10));
    assert!(
        j["problems"].as_array().unwrap().is_empty(),
        "{}",
        j["problems"]
    );
}

const MET_SOPHIE: &str = "20/11/2026;Émilie Roux;Mise en relation;Sophie Blanc\n\
24/11/2026;Sophie Blanc;Café;\n";

#[test]
fn after_a_coffee_with_sophie_emilie_is_told_how_it_went_and_sophie_thanked() {
    let dir = tempfile::tempdir().unwrap();
    let ics = dir.path().join("plan.ics");
    let (j, _) = run(
        dir.path(),
        MET_SOPHIE,
        TODAY,
        &["--ics", ics.to_str().unwrap()],
    );
    let sophie = contact(&j, "Sophie Blanc");
    assert_eq!(sophie["next_action"], "thank");
    assert_eq!(sophie["introduced_by"], "Émilie Roux");
    let emilie = contact(&j, "Émilie Roux");
    assert_eq!(emilie["next_action"], "inform_introducer");
    assert_eq!(emilie["due"], "2026-11-26");
    // Both courtesies come before any proposal in the plan.
    let plan = j["plan"].as_array().unwrap();
    let at = |action: &str| plan.iter().position(|p| p["action"] == action);
    let first_propose = at("propose").unwrap_or(usize::MAX);
    assert!(at("inform_introducer").unwrap() < first_propose, "{plan:?}");
    assert!(at("thank").unwrap() < first_propose);
    // The calendar's thank-you asks for a name or two; the introducer's event is there too.
    let cal = std::fs::read_to_string(&ics).unwrap();
    assert!(
        cal.contains("Remercier\\, et demander un ou deux noms : Sophie Blanc"),
        "{cal}"
    );
    assert!(cal.contains("Raconter la rencontre à qui l'a présenté : Émilie Roux"));
    // The Messages sheet drafts the message to Émilie.
    let messages = rows(&dir.path().join("out.xlsx"), "Messages");
    let text: Vec<String> = messages.iter().flatten().map(|d| d.to_string()).collect();
    assert!(
        text.iter()
            .any(|t| t.contains("Merci pour la mise en relation")),
        "{text:?}"
    );
}

#[test]
fn once_an_exchange_with_the_introducer_is_logged_she_is_not_asked_again() {
    let dir = tempfile::tempdir().unwrap();
    let journal = format!("{MET_SOPHIE}25/11/2026;Émilie Roux;E-mail;\n");
    let (j, _) = run(dir.path(), &journal, TODAY, &[]);
    assert_ne!(
        contact(&j, "Émilie Roux")["next_action"],
        "inform_introducer"
    );
    assert!(j["plan"]
        .as_array()
        .unwrap()
        .iter()
        .all(|p| p["action"] != "inform_introducer"));
}

#[test]
fn a_request_from_marc_is_answered_in_time_then_flagged_late_never_forgotten() {
    let dir = tempfile::tempdir().unwrap();
    let (j, _) = run(
        dir.path(),
        "24/11/2026;Marc Petit;Demande reçue;\n",
        TODAY,
        &[],
    );
    let marc = contact(&j, "Marc Petit");
    assert_eq!(
        (&marc["next_action"], &marc["due"], &marc["flag"]),
        (
            &Json::from("answer"),
            &Json::from("2026-11-27"),
            &Json::from("due_soon")
        )
    );
    let plan = j["plan"].as_array().unwrap();
    assert_eq!(plan[0]["action"], "answer", "{plan:?}");

    let (j, out) = run(
        dir.path(),
        "10/11/2026;Marc Petit;Demande reçue;\n",
        TODAY,
        &[],
    );
    let marc = contact(&j, "Marc Petit");
    assert_eq!(
        (
            &marc["next_action"],
            &marc["flag"],
            marc["days_late"].as_u64()
        ),
        (&Json::from("answer"), &Json::from("overdue"), Some(13))
    );
    // On the overdue sheet, in the workbook's words.
    let overdue = rows(&out, "En retard");
    assert!(
        overdue.iter().any(|r| r
            .iter()
            .any(|d| common::is_text(d, "Répondre à sa demande"))),
        "{overdue:?}"
    );

    let answered = "10/11/2026;Marc Petit;Demande reçue;\n12/11/2026;Marc Petit;Aide donnée;\n";
    let (j, _) = run(dir.path(), answered, TODAY, &[]);
    assert_ne!(contact(&j, "Marc Petit")["next_action"], "answer");
}
