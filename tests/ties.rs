//! A meeting is a first step toward others, through the built binary on small CSV sheets with
//! a CSV journal: a warm introduction scores up; the introducer is told how the meeting went
//! (and not again once an exchange is logged); a request is answered in time or flagged late;
//! give and take is counted; the routine's streak crosses month and year boundaries.

mod common;

use std::path::{Path, PathBuf};

use common::{bin, json, rows, TODAY};
use serde_json::Value as Json;

const CONTACTS: &str = "Nom;Entreprise;Objectif;Comment;Statut;Dernier contact;Date RDV;Recommandé par;Ce que je peux apporter;E-mail\n\
Émilie Roux;Acme;Emploi;Café;Remercié;01/10/2026;01/10/2026;;;emilie@acme.example\n\
Sophie Blanc;Beta;Emploi;Café;À contacter;;;;;sophie@beta.example\n\
Marc Petit;Gamma;Veille;E-mail;Tenu informé;01/11/2026;;;Un contact chez Delta;\n\
Paul Girard;Delta;Emploi;Café;À contacter;;;Émilie Roux;;\n\
Jean Girard;Delta;Emploi;Café;À contacter;;;;;\n\
Anne Leroy;Zeta;Emploi;Café;À contacter;;;Une amie de la fac;;\n";

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
            .any(|t| t.contains("Merci encore de m'avoir fait rencontrer Sophie Blanc")),
        "{text:?}"
    );
    // ... and names the person met: "tell Émilie how it went with Sophie".
    let plan_item = &plan[at("inform_introducer").unwrap()];
    let body = plan_item["draft"]["body"].as_str().unwrap();
    assert!(
        body.contains("m'avoir fait rencontrer Sophie Blanc"),
        "{body}"
    );
    // Its mailto link goes to Émilie, the introducer, not to Sophie.
    let targets = message_links(&dir.path().join("out.xlsx"));
    let to_emilie: Vec<&String> = targets
        .iter()
        .filter(|t| t.starts_with("mailto:emilie@acme.example?"))
        .collect();
    assert_eq!(to_emilie.len(), 1, "{targets:?}");
    assert!(
        to_emilie[0].contains("fait%20rencontrer%20Sophie%20Blanc"),
        "{to_emilie:?}"
    );
}

/// The link targets of the Messages sheet, from the workbook's XML (calamine gives none).
fn message_links(path: &Path) -> Vec<String> {
    use std::io::Read;
    let n = 1 + common::sheet_names(path)
        .iter()
        .position(|s| s == "Messages")
        .unwrap();
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut rels = String::new();
    zip.by_name(&format!("xl/worksheets/_rels/sheet{n}.xml.rels"))
        .unwrap()
        .read_to_string(&mut rels)
        .unwrap();
    rels.split("Target=\"")
        .skip(1)
        .filter_map(|t| t.split('"').next())
        .map(|t| t.replace("&amp;", "&"))
        .collect()
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

/// The dashboard's rows below the cell holding `title`, up to the next blank row.
fn section(out: &Path, title: &str) -> Vec<Vec<calamine::Data>> {
    let rows = rows(out, "Tableau de bord");
    let at = rows
        .iter()
        .position(|r| r.first().is_some_and(|d| common::is_text(d, title)))
        .unwrap_or_else(|| panic!("no section {title:?}"));
    rows[at + 1..]
        .iter()
        .take_while(|r| r.iter().any(|d| !matches!(d, calamine::Data::Empty)))
        .cloned()
        .collect()
}

fn cell_text(d: &calamine::Data) -> String {
    match d {
        calamine::Data::String(s) => s.clone(),
        calamine::Data::Float(f) => f.to_string(),
        other => format!("{other:?}"),
    }
}

#[test]
fn the_dashboard_shows_the_doors_opened_and_the_longest_chain() {
    let dir = tempfile::tempdir().unwrap();
    // Émilie introduced Sophie (met), Sophie introduced Jean (not met yet); Paul's row names
    // Émilie; Anne's row names someone outside the sheet.
    let journal = format!("{MET_SOPHIE}25/11/2026;Sophie Blanc;Mise en relation;Jean Girard\n");
    let (_, out) = run(dir.path(), &journal, TODAY, &[]);
    let doors = section(&out, "Portes ouvertes");
    assert_eq!(
        cell_text(&doors[0][0]),
        "Mises en relation : 4 ; rencontrées : 1 · Plus longue chaîne : Émilie Roux → Sophie Blanc → Jean Girard"
    );
    let table: Vec<(String, String)> = doors[2..]
        .iter()
        .map(|r| (cell_text(&r[0]), cell_text(&r[1])))
        .collect();
    assert_eq!(
        table,
        [
            ("Émilie Roux".into(), "Sophie Blanc".into()),
            ("Émilie Roux".into(), "Paul Girard".into()),
            ("Sophie Blanc".into(), "Jean Girard".into()),
            ("Une amie de la fac".into(), "Anne Leroy".into()),
        ]
    );
    // Sophie's meeting date is a real date cell; the others are blank.
    assert!(matches!(doors[2][2], calamine::Data::DateTime(_)));
    assert!(matches!(doors[3][2], calamine::Data::Empty));
}

#[test]
fn marc_gave_twice_and_got_nothing_back_until_help_is_logged() {
    let dir = tempfile::tempdir().unwrap();
    let journal =
        "01/10/2026;Marc Petit;Café;\n15/10/2026;Marc Petit;Mise en relation;Zoé Martin\n\
                   20/10/2026;Émilie Roux;Réponse reçue;\n";
    let (j, out) = run(dir.path(), journal, TODAY, &[]);
    let marc = contact(&j, "Marc Petit");
    assert_eq!(
        (marc["gave"].as_u64(), marc["got"].as_u64()),
        (Some(2), Some(0))
    );
    let emilie = contact(&j, "Émilie Roux");
    assert_eq!(
        (emilie["gave"].as_u64(), emilie["got"].as_u64()),
        (Some(1), Some(0))
    );
    let give = section(&out, "À qui rendre la pareille");
    assert_eq!(give.len(), 2, "{give:?}");
    assert_eq!(
        give[1][..4].iter().map(cell_text).collect::<Vec<_>>(),
        ["Marc Petit", "2", "0", "Un contact chez Delta"]
    );

    let journal = format!("{journal}20/11/2026;Marc Petit;Aide donnée;\n");
    let (j, out) = run(dir.path(), &journal, TODAY, &[]);
    let marc = contact(&j, "Marc Petit");
    assert_eq!(
        (marc["gave"].as_u64(), marc["got"].as_u64()),
        (Some(2), Some(1))
    );
    let give = section(&out, "À qui rendre la pareille");
    assert_eq!(
        cell_text(&give[0][0]),
        "Personne ne vous a donné deux fois sans retour."
    );
}

/// Runs as of `today` with a journal of one coffee on each of `days`; the dashboard's routine
/// section and the Markdown summary.
fn routine(dir: &Path, today: &str, days: &[&str]) -> (Vec<Vec<calamine::Data>>, String) {
    let journal: String = days
        .iter()
        .map(|d| format!("{d};Marc Petit;Café;\n"))
        .collect();
    let md = dir.join("summary.md");
    let (_, out) = run(
        dir,
        &journal,
        today,
        &["--summary-md", md.to_str().unwrap()],
    );
    (
        section(&out, "Ma routine réseau"),
        std::fs::read_to_string(md).unwrap(),
    )
}

#[test]
fn the_routine_streak_crosses_the_year_and_says_what_is_missing_this_month() {
    let dir = tempfile::tempdir().unwrap();
    // One coffee in November, December and January, and Émilie's row met on 1 October (the
    // sheet's met date counts where the journal says nothing): four months in a row, across
    // the year.
    let (r, md) = routine(
        dir.path(),
        "2027-01-20",
        &["12/11/2026", "03/12/2026", "05/01/2027"],
    );
    assert_eq!(cell_text(&r[0][0]), "4 mois d'affilée au rythme fixé");
    assert!(
        md.contains("**Ma routine réseau :** 4 mois d'affilée au rythme fixé"),
        "{md}"
    );
    // Twelve months, January last; today's target of one on January alone, not drawn back
    // into months that had none written.
    let months: Vec<(String, String)> = r[2..14]
        .iter()
        .map(|row| (cell_text(&row[1]), cell_text(&row[2])))
        .collect();
    assert_eq!(months[11], ("1".into(), "1".into()));
    assert_eq!(months[10], ("1".into(), "Empty".into()));
    assert_eq!(months[8], ("1".into(), "Empty".into()));
    assert_eq!(months[7], ("0".into(), "Empty".into()));

    // In February nothing yet: the streak still holds to January, and the line says what
    // is missing.
    let (r, md) = routine(
        dir.path(),
        "2027-02-02",
        &["12/11/2026", "03/12/2026", "05/01/2027"],
    );
    let line = "4 mois d'affilée au rythme fixé ; ce mois-ci, 0 rencontre sur 1, il en manque 1";
    assert_eq!(cell_text(&r[0][0]), line);
    assert!(md.contains(line), "{md}");

    // A month without a coffee breaks it: October (twice, Marc and Émilie) and December, none
    // in November.
    let (r, _) = routine(dir.path(), "2026-12-20", &["12/10/2026", "03/12/2026"]);
    assert_eq!(cell_text(&r[0][0]), "1 mois d'affilée au rythme fixé");
}

#[test]
fn messages_sent_count_per_week_against_the_target() {
    let dir = tempfile::tempdir().unwrap();
    let journal = "23/11/2026;Marc Petit;E-mail;\n24/11/2026;Paul Girard;E-mail;\n\
                   25/11/2026;Émilie Roux;Merci;\n16/11/2026;Jean Girard;E-mail;\n";
    let (_, out) = run(dir.path(), journal, TODAY, &[]);
    let j = json(&dir.path().join("r.json"));
    let weeks = j["routine"]["weeks"].as_array().unwrap();
    assert_eq!(
        weeks[11],
        serde_json::json!({"week": "2026-11-23", "sent": 3})
    );
    assert_eq!(j["routine"]["messages_per_week"], 3);
    let r = section(&out, "Ma routine réseau");
    assert_eq!(
        r[1][4..7].iter().map(cell_text).collect::<Vec<_>>(),
        ["Semaine du", "Envoyés", "Objectif"]
    );
    let weeks: Vec<String> = r[2..14].iter().map(|row| cell_text(&row[5])).collect();
    assert_eq!(weeks[11], "3");
    assert_eq!(weeks[10], "1");
    assert_eq!(cell_text(&r[13][6]), "3");
    // Today's target once, on this week; none written back into the weeks before.
    assert_eq!(cell_text(&r[12][6]), "Empty");
    // "mai 2025" in a French workbook whatever the program's language: a locale-tagged format,
    // in the table and on the routine chart's axis.
    let styles = common::dashboard::part(&out, "xl/styles.xml").unwrap();
    assert!(styles.contains("[$-40C]mmm yyyy"), "{styles}");
    let chart = common::dashboard::part(&out, "xl/charts/chart3.xml").unwrap();
    assert!(chart.contains("[$-40C]mmm yy"));
}

#[test]
fn the_thank_you_after_a_meeting_reminds_to_ask_for_a_name_or_two() {
    let dir = tempfile::tempdir().unwrap();
    let (_, out) = run(dir.path(), MET_SOPHIE, TODAY, &[]);
    let sheet = rows(&out, "Contacts");
    let why = sheet[0]
        .iter()
        .position(|d| common::is_text(d, "Pourquoi ce rang"))
        .unwrap();
    let sophie = sheet
        .iter()
        .find(|r| common::is_text(&r[0], "Sophie Blanc"))
        .unwrap();
    assert!(
        cell_text(&sophie[why]).contains("En remerciant, demander un ou deux noms"),
        "{:?}",
        sophie[why]
    );
}

#[test]
fn a_rerun_on_its_own_output_gives_the_same_courtesies_and_sections() {
    let dir = tempfile::tempdir().unwrap();
    let journal = format!("{MET_SOPHIE}24/11/2026;Marc Petit;Demande reçue;\n");
    let (first, out) = run(dir.path(), &journal, TODAY, &[]);
    rerun_gives_the_same(dir.path(), &first, &out);
    // And after LibreOffice saved it again (skipped only when asked, as tests/libreoffice.rs).
    if std::env::var("RESEAU_SKIP_LIBREOFFICE").as_deref() != Ok("1") {
        let saved = dir.path().join("lo");
        let o = std::process::Command::new("soffice")
            .env("LC_ALL", "C.UTF-8")
            .arg(format!(
                "-env:UserInstallation=file://{}",
                dir.path().join("profile").display()
            ))
            .args([
                "--headless",
                "--norestore",
                "--convert-to",
                "xlsx",
                "--outdir",
            ])
            .arg(&saved)
            .arg(&out)
            .output()
            .expect("soffice runs (or set RESEAU_SKIP_LIBREOFFICE=1)");
        assert!(o.status.success(), "{o:?}");
        rerun_gives_the_same(dir.path(), &first, &saved.join("out.xlsx"));
    }
}

/// Processes `out` again with the same journal: the same next steps, and each section once.
fn rerun_gives_the_same(dir: &Path, first: &Json, out: &Path) {
    let again = dir.join("again.xlsx");
    let json_again = dir.join("again.json");
    bin()
        .args(["process", "--quiet", "--today", TODAY, "-o"])
        .arg(&again)
        .arg("--json")
        .arg(&json_again)
        .arg("--journal")
        .arg(dir.join("journal.csv"))
        .arg(out)
        .assert()
        .success();
    let second = json(&json_again);
    let steps = |j: &Json| -> Vec<(String, String)> {
        j["contacts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                (
                    c["name"].as_str().unwrap().to_string(),
                    c["next_action"].as_str().unwrap_or("").to_string(),
                )
            })
            .collect()
    };
    assert_eq!(steps(first), steps(&second));
    assert!(steps(&second).contains(&("Émilie Roux".into(), "inform_introducer".into())));
    assert!(steps(&second).contains(&("Marc Petit".into(), "answer".into())));
    for title in [
        "Portes ouvertes",
        "À qui rendre la pareille",
        "Ma routine réseau",
    ] {
        assert_eq!(section(out, title), section(&again, title), "{title}");
        let dashboard = rows(&again, "Tableau de bord");
        let times = dashboard
            .iter()
            .filter(|r| r.first().is_some_and(|d| common::is_text(d, title)))
            .count();
        assert_eq!(times, 1, "{title}");
    }
}
