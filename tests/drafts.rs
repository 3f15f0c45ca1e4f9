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
    let lopez = draft("Mme Lopez - Cci");
    assert!(lopez.starts_with("Bonjour Madame Lopez,\n"), "{lopez}");
    assert!(lopez.contains("Auriez-vous"), "{lopez}");
    assert_eq!(draft("Cci Lyon"), "");
    let cci = text(&r.row("Cci Lyon")[r.col("Pourquoi le contacter")]);
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
        .args(["process", "--today", "2026-12-07", "out.xlsx", "-o", "again.xlsx"])
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
