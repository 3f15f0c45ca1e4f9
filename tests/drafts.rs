//! Drafts a person would send as they are (issue 23), through the binary on small sheets
//! written as people write them, French and English, tu and vous, a yes, an introduction, a
//! request: the Messages sheet read back with calamine, the JSON and the calendar.

mod common;

use std::io::Read;
use std::path::Path;
use std::str::FromStr;

use calamine::Data;
use common::{bin, json, rows};
use icalendar::{Calendar, Component};
use serde_json::Value as Json;

/// A French hand-made sheet: former colleagues (tu from the column, names typed surname first
/// in capitals or in lower case), a friend from university under "famille & amis" (tu by
/// category), a desk at the CCI (a person named with a title, and a row naming no one), a
/// recruiter who said yes (vous).
const FR: &str = "\
Nom,Entreprise,Poste,Pourquoi le contacter,Ce que je peux apporter,Tu/Vous,Statut,Dernier contact,Comment
## EX-COLLÈGUES (Danone),,,,,,,,
LEGRAND Sébastien,Danone,Directeur marketing,infos sur l'orga marketing Danone Lyon,Feedback sur son onboarding,tu,,,Café
martin Julien,Capgemini,Manager,Connaît tout le monde chez Capgemini,,oui,contacté,10/11/2026,Déjeuner
## FAMILLE & AMIS,,,,,,,,
LEFEBVRE Thomas,Cabinet Lefebvre,Avocat,Droit du travail des startups,,,,,Café
## AGENCES / CABINETS,,,,,,,,
Mme Lopez - CCI,CCI Lyon,Conseillère création,,,,,,Appel
CCI Lyon,CCI Lyon,,,,,,,E-mail
Nadia Rossi,Hays,Recruteuse,,,vous,ok café,25/11/2026,Café
";

/// Julien asked a favour; Sébastien introduced the user to someone not on the sheet.
const FR_JOURNAL: &str = "\
Date,Contact,Quoi,Note,Présenté à
28/11/2026,martin Julien,Demande reçue,un contact chez Orange pour son frère,
01/12/2026,LEGRAND Sébastien,Mise en relation,m'a présenté Anne Roy (RH Danone),Anne Roy
";

/// English, a first-name and a last-name column: a former colleague, an investor, a fellow
/// freelancer to partner with, an influencer, a founder introduced, an expert who said yes.
const EN: &str = "\
First Name,Last Name,Company,Title,Category,Objective,How,Status,Last contact,What they can help with,Give back,Introduced by
Sam,O'NEIL,Acme,Head of Data,Former colleague,Job,Coffee,,,,Intro to my old team,
Priya,Shah,Seedcamp,Partner,Investor,Funding,Video call,,,what investors look for in a pre-seed deck,,
Tom,Baker,,Freelance designer,Peer,Partners,Message,,,,,
Lisa,Wong,,Newsletter author,Influencer,Watch,Message,,,,,
Mark,Evans,Evans Ltd,Founder,Entrepreneur,Clients,Lunch,,,,,Sam O'Neil
Ana,Lima,Globex,Principal engineer,Expert,Expertise,Call,replied yes,2026-12-01,,,
";

/// One run: the folder, the stdout, the Messages sheet's rows and the JSON.
struct Run {
    dir: tempfile::TempDir,
    stdout: String,
    messages: Vec<Vec<Data>>,
    json: Json,
}

impl Run {
    fn out(&self) -> std::path::PathBuf {
        self.dir.path().join("out.xlsx")
    }

    /// The column of the Messages sheet headed `header`.
    fn col(&self, header: &str) -> usize {
        self.messages[0]
            .iter()
            .position(|h| text(h) == header)
            .unwrap_or_else(|| panic!("no column {header}: {:?}", self.messages[0]))
    }

    /// The Messages row of `name` doing `action` (the action as the sheet says it).
    fn row(&self, name: &str) -> &[Data] {
        self.messages
            .iter()
            .find(|r| text(&r[2]) == name)
            .unwrap_or_else(|| panic!("{name} not in Messages: {:?}", self.messages))
    }

    fn draft(&self, name: &str, draft: &str) -> String {
        text(&self.row(name)[self.col(draft)])
    }
}

fn text(d: &Data) -> String {
    match d {
        Data::String(s) => s.clone(),
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}

/// Runs `process` on `sheet` (with `journal` and `settings` when given) as of `today`, with
/// `--json` and `--ics`.
fn run(sheet: &str, journal: Option<&str>, settings: Option<&str>, today: &str) -> Run {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("contacts.csv"), sheet).unwrap();
    let mut cmd = bin();
    cmd.current_dir(dir.path())
        .args([
            "process",
            "--today",
            today,
            "contacts.csv",
            "-o",
            "out.xlsx",
        ])
        .args(["--json", "out.json", "--ics", "plan.ics"]);
    if let Some(j) = journal {
        std::fs::write(dir.path().join("journal.csv"), j).unwrap();
        cmd.args(["--journal", "journal.csv"]);
    }
    if let Some(s) = settings {
        std::fs::write(dir.path().join("reseau.toml"), s).unwrap();
    }
    let output = cmd.assert().success().get_output().stdout.clone();
    let messages = rows(&dir.path().join("out.xlsx"), "Messages");
    let json = json(&dir.path().join("out.json"));
    Run {
        stdout: String::from_utf8(output).unwrap(),
        messages,
        json,
        dir,
    }
}

/// The text of the workbook's comments (the notes on cells).
fn notes(path: &Path) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut all = String::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        if f.name().is_ok_and(|n| n.starts_with("xl/comments")) {
            f.read_to_string(&mut all).unwrap();
        }
    }
    all
}

#[test]
fn a_french_hand_made_sheet_greets_by_first_name_in_the_register_each_contact_is_spoken_to() {
    let r = run(FR, Some(FR_JOURNAL), None, "2026-12-07");
    let draft = |name: &str| r.draft(name, "Brouillon");
    // "LEGRAND Sébastien", tu by the column: thanked for the introduction, which names Anne
    // Roy; she is not on the sheet, so no promise to write to her this week.
    let seb = draft("Legrand Sébastien");
    assert!(seb.starts_with("Bonjour Sébastien,\n"), "{seb}");
    assert!(
        seb.contains("mise en relation avec Anne Roy, c'est super sympa"),
        "{seb}"
    );
    assert!(!seb.contains("Je lui écris"), "{seb}");
    assert!(seb.contains("À bientôt,"), "{seb}");
    // "martin Julien", tu ("oui" in the Tu/Vous column): his request is answered; his note
    // is in the third person, so it stands beside the draft, never inside it.
    let julien = draft("martin Julien");
    assert!(julien.starts_with("Bonjour Julien,\n"), "{julien}");
    assert!(julien.contains("Pour ta demande, voici ce que je peux te dire : [ma réponse]."));
    assert!(!julien.contains("son frère"), "{julien}");
    let beside = text(&r.row("martin Julien")[r.col("Pourquoi le contacter")]);
    assert!(beside.starts_with("Sa demande : un contact chez Orange pour son frère"));
    // "LEFEBVRE Thomas", a friend from university: tu by category, and his What is the
    // subject of the message.
    let thomas = draft("Lefebvre Thomas");
    assert!(thomas.starts_with("Bonjour Thomas,\n"), "{thomas}");
    assert!(
        thomas.contains("Aurais-tu vingt minutes pour un café"),
        "{thomas}"
    );
    assert!(
        thomas.contains("ton avis sur un point précis : droit du travail des startups."),
        "{thomas}"
    );
    // "Mme Lopez - CCI": the person only, by title; the CCI's own row names no one.
    let lopez = draft("Mme Lopez - CCI");
    assert!(lopez.starts_with("Bonjour Madame Lopez,\n"), "{lopez}");
    assert!(lopez.contains("Auriez-vous"), "{lopez}");
    assert_eq!(draft("CCI Lyon"), "");
    let cci = text(&r.row("CCI Lyon")[r.col("Pourquoi le contacter")]);
    assert!(cci.contains("ne nomme personne"), "{cci}");
    // Nadia said yes, vous: two days to choose from, after today, on working days.
    let nadia = draft("Nadia Rossi");
    assert!(nadia.starts_with("Bonjour Nadia,\n"), "{nadia}");
    assert!(
        nadia.contains("Est-ce que jeudi 10 ou lundi 14 décembre vous conviendrait ?"),
        "{nadia}"
    );
    assert!(
        !nadia.contains("vingt minutes"),
        "no second pitch to a yes: {nadia}"
    );
    // Whatever the register, no French draft mixes tu and vous, and no anonymous blank.
    for row in &r.messages[1..] {
        let d = text(&row[r.col("Brouillon")]);
        let folded = reseau_xlsx::vocab::fold(&d);
        let words: Vec<&str> = folded.split(' ').collect();
        let tu = words
            .iter()
            .any(|w| ["tu", "ton", "ta", "tes", "toi"].contains(w));
        let vous = words.iter().any(|w| ["vous", "votre", "vos"].contains(w));
        assert!(!(tu && vous), "{d}");
        assert!(!d.contains("[...]"), "{d}");
    }
}

#[test]
fn what_the_user_can_offer_and_the_what_stand_beside_the_draft_in_the_sheet_and_the_calendar() {
    let r = run(FR, Some(FR_JOURNAL), None, "2026-12-07");
    let row = r.row("Legrand Sébastien");
    assert_eq!(
        text(&row[r.col("À proposer")]),
        "Feedback sur son onboarding"
    );
    assert_eq!(
        text(&row[r.col("Pourquoi le contacter")]),
        "infos sur l'orga marketing Danone Lyon"
    );
    for row in &r.messages[1..] {
        let d = text(&row[r.col("Brouillon")]);
        assert!(!d.contains("onboarding"), "never pasted in a sentence: {d}");
    }
    let ics = std::fs::read_to_string(r.dir.path().join("plan.ics")).unwrap();
    let cal = Calendar::from_str(&ics).unwrap();
    let seb = cal
        .events()
        .find(|e| e.get_summary().unwrap_or("").contains("Sébastien"))
        .unwrap();
    let desc = seb.get_description().unwrap();
    let (draft, details) = desc.split_once("\n\n---\n").unwrap();
    assert_eq!(draft, text(&row[r.col("Brouillon")]));
    assert!(
        details.contains("À proposer : Feedback sur son onboarding"),
        "{details}"
    );
    assert!(
        details.contains("Pourquoi le contacter : infos sur l'orga marketing Danone Lyon"),
        "{details}"
    );
}

#[test]
fn an_english_sheet_fits_the_first_message_to_whom_it_speaks_to() {
    let r = run(EN, None, None, "2026-12-07");
    let draft = |name: &str| r.draft(name, "Draft");
    let sam = draft("Sam O'Neil");
    assert!(sam.starts_with("Hi Sam,\n"), "{sam}");
    assert!(!sam.contains("Intro to my old team"), "{sam}");
    // An investor hears about what they look at; the What is the subject.
    let priya = draft("Priya Shah");
    assert!(priya.starts_with("Hello Priya,\n"), "{priya}");
    assert!(
        priya.contains("one precise point: what investors look for in a pre-seed deck."),
        "{priya}"
    );
    assert_eq!(
        text(&r.row("Priya Shah")[r.col("Subject")]),
        "What investors look for in a pre-seed deck"
    );
    // A founder introduced, for business: their needs and how they choose suppliers.
    let mark = draft("Mark Evans");
    assert!(
        mark.contains("Sam O'Neil suggested I get in touch"),
        "{mark}"
    );
    assert!(mark.contains("how you choose your suppliers"), "{mark}");
    // A yes: days to choose from, never the pitch again.
    let ana = draft("Ana Lima");
    assert!(
        ana.contains("Would Thursday 10 or Monday 14 December suit you?"),
        "{ana}"
    );
    // Subjects vary with the action and the What.
    let subjects: Vec<String> = r.messages[1..]
        .iter()
        .map(|row| text(&row[r.col("Subject")]))
        .collect();
    let mut distinct = subjects.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), subjects.len(), "{subjects:?}");
    // The JSON gives each planned action the same draft as the sheet.
    for (item, row) in r.json["plan"]
        .as_array()
        .unwrap()
        .iter()
        .zip(&r.messages[1..])
    {
        assert_eq!(item["draft"]["subject"], text(&row[r.col("Subject")]));
        assert_eq!(item["draft"]["body"], text(&row[r.col("Draft")]));
    }
}

#[test]
fn a_fellow_freelancer_to_partner_with_hears_no_investor_talk() {
    let sheet =
        "Name,Role,Category,Objective,How\nTom Baker,Freelance designer,Peer,Partners,Message\n";
    let r = run(sheet, None, None, "2026-12-07");
    let tom = r.draft("Tom Baker", "Draft");
    assert!(tom.starts_with("Hi Tom,\n"), "{tom}");
    assert!(tom.contains("what we could do together"), "{tom}");
    assert!(!tom.contains("invest") && !tom.contains("backing"), "{tom}");
}

#[test]
fn without_me_the_first_run_says_which_lines_to_add_once_and_the_sheet_says_it_too() {
    let r = run(EN, None, None, "2026-12-07");
    assert!(r.stdout.contains("Add to reseau.toml"), "{}", r.stdout);
    assert!(r.stdout.contains("[me]") && r.stdout.contains("project = "));
    assert!(notes(&r.out()).contains("Add to reseau.toml"));
    for row in &r.messages[1..] {
        let d = text(&row[r.col("Draft")]);
        assert!(d.ends_with("[my name]"), "{d}");
    }
    // The next run on its own output says nothing more on stdout.
    let again = bin()
        .current_dir(r.dir.path())
        .args([
            "process",
            "--today",
            "2026-12-07",
            "contacts.csv",
            "-o",
            "out.xlsx",
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(!String::from_utf8(again).unwrap().contains("reseau.toml"));
    // Nor a run on its output as its input, written elsewhere.
    let again = bin()
        .current_dir(r.dir.path())
        .args([
            "process",
            "--today",
            "2026-12-07",
            "out.xlsx",
            "-o",
            "again.xlsx",
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(!String::from_utf8(again).unwrap().contains("reseau.toml"));
    // With [me], neither the note nor the blanks.
    let me = "[me]\nname = \"Camille Durand\"\nproject = \"I am moving into data.\"\n";
    let r = run(EN, None, Some(me), "2026-12-07");
    assert!(!r.stdout.contains("reseau.toml"), "{}", r.stdout);
    assert!(!notes(&r.out()).contains("reseau.toml"));
    let sam = r.draft("Sam O'Neil", "Draft");
    assert!(sam.contains("\nI am moving into data.\n") && sam.ends_with("Camille Durand"));
}

#[test]
fn the_register_of_reseau_toml_is_the_default_and_the_row_still_decides() {
    let sheet = "Nom,Tutoiement,Objectif,Comment\nClaire Martin,,Emploi,Café\nPaul Durand,non,Emploi,E-mail\n";
    let tu = "[messages]\nregister = \"tu\"\n";
    let r = run(sheet, None, Some(tu), "2026-12-07");
    let rows: Vec<String> = r.messages[1..]
        .iter()
        .map(|row| text(&row[r.col("Brouillon")]))
        .collect();
    let claire = rows
        .iter()
        .find(|d| d.starts_with("Bonjour Claire"))
        .unwrap();
    assert!(claire.contains("Aurais-tu"), "{claire}");
    let paul = rows.iter().find(|d| d.starts_with("Bonjour Paul")).unwrap();
    assert!(paul.contains("Auriez-vous"), "his row says vous: {paul}");
    let bad = "[messages]\nregister = \"toi\"\n";
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("contacts.csv"), sheet).unwrap();
    std::fs::write(dir.path().join("reseau.toml"), bad).unwrap();
    let out = bin()
        .current_dir(dir.path())
        .args(["process", "contacts.csv"])
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(out).unwrap();
    assert!(err.contains("line 2") && err.contains("register"), "{err}");
}

#[test]
fn init_writes_a_commented_reseau_toml_beside_the_workbook_and_never_over_one() {
    let dir = tempfile::tempdir().unwrap();
    let out = bin()
        .current_dir(dir.path())
        .args(["init", "reseau.xlsx", "--lang", "fr"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let said = String::from_utf8(out).unwrap();
    assert!(said.contains("reseau.toml"), "{said}");
    let toml = std::fs::read_to_string(dir.path().join("reseau.toml")).unwrap();
    assert!(
        toml.contains("# [me]") && toml.contains("# name = "),
        "{toml}"
    );
    // Uncommented, it is a settings file the run reads.
    let filled = toml.replace("# [me]", "[me]").replace("# name", "name");
    std::fs::write(dir.path().join("reseau.toml"), &filled).unwrap();
    let out = bin()
        .current_dir(dir.path())
        .args(["init", "autre.xlsx", "--lang", "fr"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let said = String::from_utf8(out).unwrap();
    assert!(said.contains("existe déjà"), "{said}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("reseau.toml")).unwrap(),
        filled
    );
    bin()
        .current_dir(dir.path())
        .args(["process", "--quiet", "autre.xlsx", "-o", "p.xlsx"])
        .assert()
        .success();
}

/// A sheet that gives every action in one week, as `register` (`tu`, `vous`, or `None` for
/// English), and its journal: a request received, an introduction made.
fn every_action(register: Option<&str>) -> (String, String) {
    let rows = [
        ("Alice Moreau", "", "", "", "Café"),
        ("Bruno Lefort", "Contacté", "15/11/2026", "", "Café"),
        ("Chloé Perrin", "ok café", "03/12/2026", "", "Café"),
        ("David Caron", "RDV planifié", "", "10/12/2026", "Café"),
        ("Emma Roussel", "Rencontré", "05/12/2026", "", "Café"),
        ("Fabien Marchal", "Remercié", "01/03/2026", "", "E-mail"),
        ("Gaëlle Vidal", "Tenu informé", "01/12/2026", "", "E-mail"),
        ("Hugo Lambert", "Tenu informé", "20/11/2026", "", "E-mail"),
        ("Inès Garnier", "Rencontré", "04/12/2026", "", "Café"),
        ("Julie Fabre", "Tenu informé", "01/11/2026", "", "E-mail"),
    ];
    fn english(s: &'static str) -> &'static str {
        match s {
            "Contacté" => "Contacted",
            "ok café" => "Agreed",
            "RDV planifié" => "Meeting booked",
            "Rencontré" => "Met",
            "Remercié" => "Thanked",
            "Tenu informé" => "Keep in touch",
            "Café" => "Coffee",
            "E-mail" => "Email",
            other => other,
        }
    }
    let mut sheet = match register {
        Some(_) => {
            "Nom,Tu/Vous,Statut,Dernier contact,Date RDV,Comment,Objectif,Recommandé par,E-mail\n"
        }
        None => "Name,Tu/Vous,Status,Last contact,Meeting date,How,Objective,Introduced by,Email\n",
    }
    .to_string();
    for (name, status, last, meeting, how) in rows {
        let first = name.split(' ').next().unwrap().to_lowercase();
        let by = if name == "Inès Garnier" {
            "Julie Fabre"
        } else {
            ""
        };
        let (status, how, objective) = match register {
            Some(_) => (status, how, "Emploi"),
            None => (english(status), english(how), "Job"),
        };
        sheet.push_str(&format!(
            "{name},{},{status},{last},{meeting},{how},{objective},{by},{first}@example.com\n",
            register.unwrap_or("")
        ));
    }
    let journal = match register {
        Some(_) => {
            "Date,Contact,Quoi,Note,Présenté à\n\
                    05/12/2026,Gaëlle Vidal,Demande reçue,un contact chez Orange,\n\
                    04/12/2026,Hugo Lambert,Mise en relation,,Kevin Roy\n"
        }
        None => {
            "Date,Contact,What,Note,Introduced to\n\
                 05/12/2026,Gaëlle Vidal,Request received,an intro at Orange,\n\
                 04/12/2026,Hugo Lambert,Introduction,,Kevin Roy\n"
        }
    };
    (sheet, journal.to_string())
}

#[test]
fn every_template_reads_back_the_same_from_the_workbook_the_json_and_the_calendar() {
    // (name, action, what the vous draft says, the tu draft, the English draft). Chloé said
    // yes: Thursday 10 holds David's booked coffee, so Friday 11 and Monday 14 are offered.
    let expected: &[(&str, &str, &str, &str, &str)] = &[
        (
            "Alice Moreau",
            "propose",
            "Auriez-vous vingt minutes pour un café",
            "Aurais-tu vingt minutes pour un café",
            "Would you have twenty minutes for a coffee",
        ),
        (
            "Bruno Lefort",
            "follow_up",
            "Je me permets de revenir vers vous",
            "Je reviens vers toi",
            "Following up on my message",
        ),
        (
            "Chloé Perrin",
            "schedule",
            "Est-ce que vendredi 11 ou lundi 14 décembre vous conviendrait ?",
            "Est-ce que vendredi 11 ou lundi 14 décembre t'irait ?",
            "Would Friday 11 or Monday 14 December suit you?",
        ),
        (
            "David Caron",
            "prepare",
            "Qui d'autre me conseilleriez-vous de rencontrer ?",
            "Qui d'autre me conseillerais-tu de rencontrer ?",
            "Who else would you suggest I talk to?",
        ),
        (
            "Emma Roussel",
            "thank",
            "le temps que vous m'avez accordé",
            "Merci encore pour ton temps",
            "Thank you again for your time",
        ),
        (
            "Fabien Marchal",
            "keep_in_touch",
            "Merci encore pour votre aide en chemin.",
            "Merci encore pour ton aide en chemin.",
            "Thank you again for your help along the way.",
        ),
        (
            "Gaëlle Vidal",
            "answer",
            "Au sujet de votre demande (un contact chez Orange)",
            "Pour ta demande (un contact chez Orange)",
            "About your request (an intro at Orange)",
        ),
        (
            "Hugo Lambert",
            "thank_introducer",
            "la mise en relation avec Kevin Roy, c'est très généreux de votre part",
            "la mise en relation avec Kevin Roy, c'est super sympa",
            "introducing me to Kevin Roy",
        ),
        (
            "Julie Fabre",
            "inform_introducer",
            "m'avoir fait rencontrer Inès Garnier : nous avons pu échanger",
            "m'avoir fait rencontrer Inès Garnier : on a pu échanger",
            "introducing me to Inès Garnier: we had our conversation",
        ),
    ];
    for register in [Some("vous"), Some("tu"), None] {
        let (sheet, journal) = every_action(register);
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("contacts.csv"), sheet).unwrap();
        std::fs::write(dir.path().join("journal.csv"), journal).unwrap();
        bin()
            .current_dir(dir.path())
            .args([
                "process",
                "--quiet",
                "--today",
                "2026-12-07",
                "contacts.csv",
            ])
            .args(["-o", "out.xlsx", "--json", "out.json", "--ics", "plan.ics"])
            .args(["--journal", "journal.csv", "--messages-per-week", "20"])
            .args(["--meetings-per-month", "10"])
            .assert()
            .success();
        let sheet = rows(&dir.path().join("out.xlsx"), "Messages");
        let out = json(&dir.path().join("out.json"));
        let ics = std::fs::read_to_string(dir.path().join("plan.ics")).unwrap();
        let cal = Calendar::from_str(&ics).unwrap();
        let events: Vec<_> = cal.events().collect();
        let plan = out["plan"].as_array().unwrap();
        assert_eq!(plan.len(), sheet.len() - 1);
        for &(name, action, vous, tu, en) in expected {
            let want = match register {
                Some("vous") => vous,
                Some(_) => tu,
                None => en,
            };
            let k = plan
                .iter()
                .position(|p| p["name"] == name && p["action"] == action)
                .unwrap_or_else(|| panic!("{name} {action} not planned: {plan:#?}"));
            let row = &sheet[k + 1];
            assert_eq!(text(&row[2]), name);
            let (subject, body) = (text(&row[5]), text(&row[6]));
            assert!(body.contains(want), "{register:?} {action}: {body}");
            assert!(!subject.is_empty(), "{register:?} {action}");
            assert!(!body.contains("[...]"), "{register:?} {action}: {body}");
            if action != "prepare" {
                let first = name.split(' ').next().unwrap();
                let hello = if register.is_some() {
                    "Bonjour"
                } else {
                    "Hello"
                };
                assert!(body.starts_with(&format!("{hello} {first},\n")), "{body}");
                assert!(body.ends_with(if register.is_some() {
                    "[mon nom]"
                } else {
                    "[my name]"
                }));
            }
            assert_eq!(plan[k]["draft"]["subject"], subject);
            assert_eq!(plan[k]["draft"]["body"], body);
            let desc = events[k].get_description().unwrap();
            let (draft, details) = desc.split_once("\n\n---\n").unwrap();
            assert_eq!(draft, body, "{register:?} {action}");
            assert!(details.contains(&subject), "{details}");
        }
    }
}

#[test]
fn a_french_template_of_the_users_may_be_written_for_tu_and_for_vous() {
    let sheet = "Nom,Tu/Vous,Statut,Dernier contact,Comment\n\
                 Claire Martin,tu,Rencontré,05/12/2026,Café\n\
                 Paul Durand,vous,Rencontré,05/12/2026,Café\n";
    let settings = "[me]\nname = \"Camille\"\n\n[messages.fr]\n\
                    thank_tu = \"{greeting}\\nMerci pour ce café, à très vite !\\n{signature}\"\n\
                    thank = \"{greeting}\\nMerci pour ce café.\\nBien à vous,\\n{signature}\"\n\
                    thank_subject_tu = \"Merci !\"\n";
    let r = run(sheet, None, Some(settings), "2026-12-07");
    assert_eq!(
        r.draft("Claire Martin", "Brouillon"),
        "Bonjour Claire,\nMerci pour ce café, à très vite !\nCamille"
    );
    assert_eq!(text(&r.row("Claire Martin")[r.col("Objet")]), "Merci !");
    assert_eq!(
        r.draft("Paul Durand", "Brouillon"),
        "Bonjour Paul,\nMerci pour ce café.\nBien à vous,\nCamille"
    );
    assert_eq!(
        text(&r.row("Paul Durand")[r.col("Objet")]),
        "Merci pour notre échange"
    );
}
