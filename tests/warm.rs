//! Warm contacts first (issue 22), through the built binary on small sheets written as a person
//! would, with the journal as a user logs it: a yes is booked (the next step is to set a day,
//! within two days, taking the meeting slot), a reply that declines turns to news, and someone
//! who answered is never followed up.

mod common;

use std::path::{Path, PathBuf};

use common::{bin, is_text, json, rows};
use serde_json::Value as Json;

/// Writes `text` as `name` in `dir`.
fn file(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// `process` of `sheet` (with `journal` as `--journal` when given) as of `today`: the JSON and
/// the workbook written.
fn process(dir: &Path, sheet: &Path, journal: Option<&Path>, today: &str) -> (Json, PathBuf) {
    let out = dir.join("out.xlsx");
    let json_path = dir.join("out.json");
    let mut cmd = bin();
    cmd.args(["process", "--quiet", "--today", today, "-o"])
        .arg(&out)
        .arg("--json")
        .arg(&json_path);
    if let Some(j) = journal {
        cmd.arg("--journal").arg(j);
    }
    cmd.arg(sheet).assert().success();
    (json(&json_path), out)
}

/// `process` of `sheet` as of `today` with `extra` options, printing its summary: the JSON,
/// the workbook written and stdout.
fn process_with(dir: &Path, sheet: &Path, today: &str, extra: &[&str]) -> (Json, PathBuf, String) {
    let out = dir.join("out.xlsx");
    let json_path = dir.join("out.json");
    let run = bin()
        .args(["process", "--today", today, "-o"])
        .arg(&out)
        .arg("--json")
        .arg(&json_path)
        .args(extra)
        .arg(sheet)
        .assert()
        .success();
    let stdout = String::from_utf8(run.get_output().stdout.clone()).unwrap();
    (json(&json_path), out, stdout)
}

/// The contact named `name` in the JSON.
fn contact<'a>(out: &'a Json, name: &str) -> &'a Json {
    out["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("{name} not in the JSON"))
}

/// The planned items of `name`: (date, action, kind).
fn planned(out: &Json, name: &str) -> Vec<(String, String, String)> {
    out["plan"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["name"] == name)
        .map(|p| {
            (
                p["date"].as_str().unwrap().to_string(),
                p["action"].as_str().unwrap().to_string(),
                p["kind"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn a_status_that_says_yes_makes_setting_a_day_the_next_step_never_a_follow_up() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = file(
        dir.path(),
        "reseau.csv",
        "Nom,Entreprise,Statut,Dernier contact,Comment\n\
         Kima Diallo,Beta,Réponse reçue,23/11/2026,Visio\n\
         Paul Durand,Gamma,OK pour un café,20/11/2026,\n\
         Sofia Alves,Nova,Partante,25/11/2026,Déjeuner\n\
         Hugo Lambert,Orbit,Contacté,10/11/2026,Café\n",
    );
    let (out, xlsx) = process(dir.path(), &sheet, None, "2026-11-26");
    for (name, due) in [
        ("Kima Diallo", "2026-11-25"),
        // Two days after Friday 20: Sunday, a day off, so Monday 23.
        ("Paul Durand", "2026-11-23"),
        ("Sofia Alves", "2026-11-27"),
    ] {
        let c = contact(&out, name);
        assert_eq!(c["status"], "agreed", "{name}");
        assert_eq!(c["next_action"], "schedule", "{name}");
        assert_eq!(c["due"], due, "{name}: within two days of the answer");
        // Set today, whatever the month's meetings: the message goes now, the meeting takes
        // the slot.
        assert_eq!(
            planned(&out, name),
            [("2026-11-26".into(), "schedule".into(), "meeting".into())],
            "{name}"
        );
    }
    // The one not answered is followed up.
    assert_eq!(contact(&out, "Hugo Lambert")["next_action"], "follow_up");
    // The sheet says it in the user's language.
    let rows = rows(&xlsx, "Contacts");
    let col = rows[0]
        .iter()
        .position(|h| is_text(h, "Action suivante"))
        .unwrap();
    assert!(is_text(&rows[1][col], "Fixer la date"), "{:?}", rows[1]);
    assert!(rows
        .iter()
        .skip(1)
        .take(3)
        .all(|r| !is_text(&r[col], "Relancer")));
}

#[test]
fn a_reply_logged_is_a_yes_unless_it_declines_and_a_message_after_it_is_no_reason_to_chase() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = file(
        dir.path(),
        "reseau.csv",
        "Name,Company,Status,Last contact,How\n\
         Kima Diallo,Beta,Contacted,2026-11-10,Video call\n\
         Lea Moreau,Delta,Contacted,2026-11-12,Coffee\n\
         Tom Weber,Orbit,Contacted,2026-11-12,Coffee\n\
         Ana Silva,Nova,Contacted,2026-11-12,Coffee\n\
         Hugo Blanc,Kappa,Contacted,2026-11-12,Coffee\n",
    );
    let journal = file(
        dir.path(),
        "journal.csv",
        "Date,Contact,What,Note\n\
         11/24/2026,Kima Diallo,Reply received,Kima wants a call next week\n\
         11/24/2026,Hugo Blanc,Réponse,\"pas de poste pour l'instant, il me garde en tête\"\n\
         11/24/2026,Lea Moreau,Reply received,Not now - ask me again in March\n\
         11/20/2026,Tom Weber,Not interested,\n\
         11/20/2026,Ana Silva,Replied,happy to meet\n\
         11/21/2026,Ana Silva,Email,proposed Tuesday or Thursday\n",
    );
    let (out, _) = process(dir.path(), &sheet, Some(&journal), "2026-11-26");
    let kima = contact(&out, "Kima Diallo");
    assert_eq!(kima["status"], "agreed");
    assert_eq!(kima["next_action"], "schedule");
    assert_eq!(kima["due"], "2026-11-26");
    assert_eq!(
        planned(&out, "Kima Diallo"),
        [("2026-11-26".into(), "schedule".into(), "meeting".into())]
    );
    // The draft is about a day, not the first pitch again.
    let item = out["plan"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "Kima Diallo")
        .unwrap();
    let subject = item["draft"]["subject"].as_str().unwrap();
    assert_eq!(subject, "A day for our video call");
    // Two working days from the plan's free days, three days after today (Thursday 26
    // November) at the earliest, two days apart, none holding a planned meeting.
    let body = item["draft"]["body"].as_str().unwrap();
    assert!(
        body.contains("Would Tuesday 1 or Thursday 3 December suit you?"),
        "{body}"
    );
    let meetings: Vec<&str> = out["plan"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["kind"] == "meeting" && p["action"] != "schedule")
        .map(|p| p["date"].as_str().unwrap())
        .collect();
    assert!(!meetings.contains(&"2026-12-01") && !meetings.contains(&"2026-12-03"));
    assert!(!body.contains("twenty minutes"), "no second pitch: {body}");
    // Declined, in the note or the kind: news later, on the cadence, never a proposal now.
    // A polite no that keeps the door open is a no for now too.
    for name in ["Lea Moreau", "Tom Weber", "Hugo Blanc"] {
        let c = contact(&out, name);
        assert_eq!(c["status"], "keep_in_touch", "{name}");
        assert_eq!(c["next_action"], "keep_in_touch", "{name}");
        assert!(
            c["due"].as_str().unwrap() > "2026-12-31",
            "{name}: {}",
            c["due"]
        );
    }
    // A yes, then the user's e-mail proposing days: still setting the day, never chased.
    let ana = contact(&out, "Ana Silva");
    assert_eq!(ana["status"], "agreed");
    assert_eq!(ana["next_action"], "schedule");
    assert_eq!(ana["due"], "2026-11-23");
}

#[test]
fn meetings_spread_over_the_month_on_working_days_deadlines_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut sheet = String::from("Nom,Entreprise,Statut,Comment,Échéance\n");
    for (i, name) in [
        "Alice Petit",
        "Bruno Roux",
        "Chloé Faure",
        "David Blanc",
        "Emma Girard",
        "Farid Haddad",
        "Gaëlle Morel",
        "Hélène Fournier",
        "Ivan Lefèvre",
    ]
    .iter()
    .enumerate()
    {
        // The last one has the nearest deadline in December.
        let deadline = if i == 8 { "20/12/2026" } else { "" };
        sheet.push_str(&format!("{name},Acme,À contacter,Café,{deadline}\n"));
    }
    let sheet = file(dir.path(), "reseau.csv", &sheet);
    let (out, _, _) = process_with(
        dir.path(),
        &sheet,
        "2026-12-01",
        &["--meetings-per-month", "4"],
    );
    let december: Vec<(String, String)> = out["plan"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["date"].as_str().unwrap().starts_with("2026-12"))
        .map(|p| {
            (
                p["date"].as_str().unwrap().to_string(),
                p["name"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let days: Vec<&str> = december.iter().map(|(d, _)| d.as_str()).collect();
    // 22 working days from 1 to 31 December (Christmas is a day off), cut in four: about a
    // week apart.
    assert_eq!(
        days,
        ["2026-12-01", "2026-12-08", "2026-12-16", "2026-12-23"]
    );
    // The deadline takes the first.
    assert_eq!(december[0].1, "Ivan Lefèvre");
    for (day, _) in &december {
        let d = chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap();
        use chrono::Datelike;
        assert!(d.weekday().num_days_from_monday() < 5, "{day} is a weekend");
    }
}

#[test]
fn warm_contacts_take_the_meetings_first_and_the_run_says_which_pace_would_fit_them() {
    let dir = tempfile::tempdir().unwrap();
    // Two cold contacts written first, with the better scores (high priority, a deadline), then
    // three introduced by a friend and two who said yes.
    let sheet = file(
        dir.path(),
        "reseau.csv",
        "Nom,Entreprise,Statut,Dernier contact,Comment,Recommandé par,Priorité\n\
         Zoé Lemaire,Acme,À contacter,,Café,,Haute\n\
         Yann Perrin,Acme,À contacter,,Café,,Haute\n\
         Alice Bonnet,Beta,À contacter,,Café,Marc Dubois,\n\
         Bruno Caron,Beta,À contacter,,Café,Marc Dubois,\n\
         Chloé Vidal,Beta,À contacter,,Café,Marc Dubois,\n\
         Kima Diallo,Gamma,ok pour une visio,29/11/2026,Visio,\n\
         Paul Durand,Gamma,Partant,29/11/2026,,\n",
    );
    let md = dir.path().join("summary.md");
    let (json, out, stdout) = process_with(
        dir.path(),
        &sheet,
        "2026-11-30",
        &["--weeks", "6", "--summary-md", md.to_str().unwrap()],
    );
    let said = "2 contacts chauds (d'accord ou recommandés) sans créneau de rencontre : \
                2 rencontres par mois les feraient entrer dans le plan";
    assert_eq!(stdout.matches(said).count(), 1, "{stdout}");
    // The three months of the plan (November, December, January) give their one meeting each
    // to the yeses, then to the first one introduced; the cold ones wait.
    let plan: Vec<(&str, &str)> = json["plan"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["name"].as_str().unwrap(), p["action"].as_str().unwrap()))
        .collect();
    assert_eq!(
        plan,
        [
            ("Kima Diallo", "schedule"),
            ("Paul Durand", "schedule"),
            ("Alice Bonnet", "propose")
        ]
    );
    let reasons: Vec<(&str, &str)> = json["backlog"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| (b["name"].as_str().unwrap(), b["reason"].as_str().unwrap()))
        .collect();
    for (name, reason) in [
        ("Bruno Caron", "warm_capacity"),
        ("Chloé Vidal", "warm_capacity"),
        ("Zoé Lemaire", "capacity"),
        ("Yann Perrin", "capacity"),
    ] {
        assert!(reasons.contains(&(name, reason)), "{name}: {reasons:?}");
    }
    assert_eq!(json["warm_short"]["unfit"], 2);
    assert_eq!(json["warm_short"]["meetings_per_month"], 2);
    // The dashboard says it once, under the date; the backlog sheet on each warm row.
    let dash = rows(&out, "Tableau de bord");
    let on_dash = dash
        .iter()
        .flatten()
        .filter(|c| c.to_string().contains("contacts chauds"))
        .count();
    assert_eq!(on_dash, 1);
    let backlog = rows(&out, "Reste à planifier");
    let bruno = backlog
        .iter()
        .find(|r| r.iter().any(|c| is_text(c, "Bruno Caron")))
        .unwrap();
    assert!(
        bruno
            .iter()
            .any(|c| c.to_string().contains("2 rencontres par mois")),
        "{bruno:?}"
    );
    let md = std::fs::read_to_string(&md).unwrap();
    assert_eq!(md.matches("2 rencontres par mois").count(), 1, "{md}");
}

#[test]
fn when_warm_contacts_fit_nothing_is_said() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = file(
        dir.path(),
        "reseau.csv",
        "Nom,Entreprise,Statut,Comment,Recommandé par\n\
         Zoé Lemaire,Acme,À contacter,Café,\n\
         Yann Perrin,Acme,À contacter,Café,\n\
         Alice Bonnet,Beta,À contacter,Café,Marc Dubois\n",
    );
    let (json, _) = process(dir.path(), &sheet, None, "2026-11-30");
    assert!(json.get("warm_short").is_none());
    // The one introduced takes this month's coffee, before the cold ones written above her.
    let first = &json["plan"][0];
    assert_eq!(first["name"], "Alice Bonnet");
}

/// A founder's sheet (English, from `init`'s columns) for the journal tests.
const FOUNDER: &str = "Name,Company,Status,Last contact,How,Introduced by\n\
Kima Diallo,Northwind,Contacted,2026-11-02,Video call,\n\
Mike Chen,Fabrikam,Keep in touch,2026-10-01,Coffee,\n\
Priya Natarajan,Contoso,To contact,,Coffee,\n\
Bruno Keller,Litware,To contact,,Coffee,\n\
Olga Ivanova,Adatum,Contacted,2026-11-10,Call,\n\
Sam Ortiz,Tailspin,Contacted,2026-11-16,Coffee,\n";

#[test]
fn a_call_logged_is_a_conversation_to_thank_and_a_voicemail_a_message_to_follow_up() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = file(dir.path(), "contacts.csv", FOUNDER);
    let journal = file(
        dir.path(),
        "journal.csv",
        "Date,Contact,What,Note\n\
         2026-11-24,Kima Diallo,Call,\"20 min call, he'll ask legal about an LOI\"\n\
         2026-11-25,Olga Ivanova,Call back,she called me back about the pilot\n\
         2026-11-25,Sam Ortiz,Voicemail,left a message\n\
         2026-11-25,Bruno Keller,Pigeon,\n",
    );
    let (out, _) = process(dir.path(), &sheet, Some(&journal), "2026-11-26");
    for name in ["Kima Diallo", "Olga Ivanova"] {
        let c = contact(&out, name);
        assert_eq!(c["status"], "met", "{name}");
        assert_eq!(c["next_action"], "thank", "{name}");
    }
    assert_eq!(contact(&out, "Kima Diallo")["due"], "2026-11-26");
    let sam = contact(&out, "Sam Ortiz");
    assert_eq!(sam["next_action"], "follow_up");
    // Saturday 5, a day off: due on Monday 7.
    assert_eq!(sam["due"], "2026-12-07");
    // A kind the table does not know is reported, never guessed.
    let bruno = contact(&out, "Bruno Keller");
    assert_eq!(bruno["status"], "to_contact");
    let problems = out["problems"].as_array().unwrap();
    assert!(
        problems.iter().any(|p| p["value"] == "Pigeon"),
        "{problems:?}"
    );
}

#[test]
fn a_meeting_logged_ahead_is_booked_and_prepared_never_thanked_before_its_day() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = file(dir.path(), "contacts.csv", FOUNDER);
    let journal = file(
        dir.path(),
        "journal.csv",
        "Date,Contact,What,Note\n\
         2026-11-24,Sam Ortiz,Reply received,happy to meet\n\
         2026-12-03,Sam Ortiz,Coffee,booked at the Bean\n\
         2026-12-02,Bruno Keller,Thank-you,\n",
    );
    let (out, _) = process(dir.path(), &sheet, Some(&journal), "2026-11-26");
    let sam = contact(&out, "Sam Ortiz");
    assert_eq!(sam["status"], "scheduled");
    assert_eq!(sam["meeting_date"], "2026-12-03");
    assert_eq!(sam["next_action"], "prepare");
    assert_eq!(sam["due"], "2026-12-03");
    // The latest exchange is the reply, not the coffee still ahead.
    assert_eq!(sam["last_exchange"]["date"], "2026-11-24");
    assert_eq!(
        planned(&out, "Sam Ortiz"),
        [("2026-12-03".into(), "prepare".into(), "meeting".into())]
    );
    // Any other row dated ahead is still a problem, and not applied.
    let problems = out["problems"].as_array().unwrap();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0]["code"], "entry_in_future");
    // On the day after, with nothing changed: held, so thanked.
    let (out, _) = process(dir.path(), &sheet, Some(&journal), "2026-12-04");
    let sam = contact(&out, "Sam Ortiz");
    assert_eq!(sam["next_action"], "thank");
    assert_eq!(sam["due"], "2026-12-07");
}

#[test]
fn an_introduction_received_is_thanked_now_and_one_made_by_the_user_is_help_given() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = file(dir.path(), "contacts.csv", FOUNDER);
    let journal = file(
        dir.path(),
        "journal.csv",
        "Date,Contact,What,Note,Introduced to\n\
         2026-11-24,Mike Chen,Introduction,intro email to Priya,Priya Natarajan\n\
         2026-11-25,Olga Ivanova,Help given,introduced her to Bruno,Bruno Keller\n",
    );
    let (out, _) = process(dir.path(), &sheet, Some(&journal), "2026-11-26");
    let mike = contact(&out, "Mike Chen");
    assert_eq!(mike["next_action"], "thank_introducer");
    assert_eq!(mike["due"], "2026-11-26");
    let item = out["plan"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "Mike Chen")
        .unwrap();
    let body = item["draft"]["body"].as_str().unwrap();
    assert!(body.contains("introducing me to Priya Natarajan"), "{body}");
    // Priya is planned this week: the promise to write to her holds.
    assert!(body.contains("I will write to them this week"), "{body}");
    // Priya is warm now: introduced by Mike.
    assert_eq!(
        contact(&out, "Priya Natarajan")["introduced_by"],
        "Mike Chen"
    );
    // Olga got help from the user: nobody thanks her for it, Bruno was not introduced by her.
    let olga = contact(&out, "Olga Ivanova");
    assert_ne!(olga["next_action"], "thank_introducer");
    assert_ne!(olga["next_action"], "thank");
    assert!(contact(&out, "Bruno Keller")["introduced_by"].is_null());

    // Thanked on the 27th: nothing owed to Mike any more, whatever his status says.
    let journal = file(
        dir.path(),
        "journal.csv",
        "Date,Contact,What,Note,Introduced to\n\
         2026-11-24,Mike Chen,Introduction,intro email to Priya,Priya Natarajan\n\
         2026-11-27,Mike Chen,Thank-you,thanked for the intro,\n",
    );
    let (out, _) = process(dir.path(), &sheet, Some(&journal), "2026-11-30");
    assert_eq!(contact(&out, "Mike Chen")["next_action"], "keep_in_touch");
}

#[test]
fn a_thank_you_logged_ends_the_thanks_owed_for_a_booked_meeting_passed() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = file(
        dir.path(),
        "contacts.csv",
        "Name,Company,Status,Meeting date,How\n\
         Lena Vogel,Globex,Scheduled,2026-11-20,Coffee\n",
    );
    let journal = file(
        dir.path(),
        "journal.csv",
        "Date,Contact,What\n2026-11-21,Lena Vogel,Thanks\n",
    );
    let (out, _) = process(dir.path(), &sheet, Some(&journal), "2026-11-26");
    let lena = contact(&out, "Lena Vogel");
    assert_eq!(lena["status"], "thanked");
    assert_eq!(lena["next_action"], "keep_in_touch");
}

#[test]
fn people_introduced_who_are_not_on_the_sheet_are_offered_as_rows_to_paste() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = file(
        dir.path(),
        "contacts.csv",
        "Company,Name,Status,Introduced by,Notes\n\
         Contoso,Priya Natarajan,Met,,\n\
         Fabrikam,Mike Chen,Keep in touch,,\n",
    );
    let journal = file(
        dir.path(),
        "journal.csv",
        "Date,Contact,What,Note,Introduced to\n\
         2026-11-20,Mike Chen,Introduction,intro email to Priya,Priya Natarajan\n\
         2026-11-23,Priya Natarajan,Introduction,CFO at Globex,Ana Costa\n\
         2026-11-24,Priya Natarajan,Coffee,\"Priya introduced me to Ravi Shah, head of data\",\n\
         2026-11-25,Mike Chen,Introduction,same person,ana COSTA\n",
    );
    let (out, xlsx) = process(dir.path(), &sheet, Some(&journal), "2026-11-26");
    let new: Vec<(&str, &str, &str, &str)> = out["new_contacts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            (
                n["name"].as_str().unwrap(),
                n["introduced_by"].as_str().unwrap(),
                n["date"].as_str().unwrap(),
                n["note"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        new,
        [
            (
                "Ana Costa",
                "Priya Natarajan",
                "2026-11-23",
                "CFO at Globex"
            ),
            (
                "Ravi Shah",
                "Priya Natarajan",
                "2026-11-24",
                "Priya introduced me to Ravi Shah, head of data"
            ),
        ]
    );
    // On the dashboard, in the table's own column order: Company, Name, Status, Introduced by,
    // Notes.
    let dash = rows(&xlsx, "Dashboard");
    let title = dash
        .iter()
        .position(|r| r.first().is_some_and(|c| is_text(c, "New contacts")))
        .expect("a New contacts section");
    let header: Vec<String> = dash[title + 2]
        .iter()
        .take(5)
        .map(|c| c.to_string())
        .collect();
    assert_eq!(
        header,
        ["Company", "Name", "Status", "Introduced by", "Notes"]
    );
    let ravi: Vec<String> = dash[title + 4]
        .iter()
        .take(5)
        .map(|c| c.to_string())
        .collect();
    assert_eq!(
        ravi,
        [
            "",
            "Ravi Shah",
            "To contact",
            "Priya Natarajan",
            "Priya introduced me to Ravi Shah, head of data"
        ]
    );
    // Pasted in and run again: scored as introduced, no longer new.
    let pasted = file(
        dir.path(),
        "contacts.csv",
        "Company,Name,Status,Introduced by,Notes\n\
         Contoso,Priya Natarajan,Met,,\n\
         Fabrikam,Mike Chen,Keep in touch,,\n\
         ,Ravi Shah,To contact,Priya Natarajan,head of data\n\
         ,Ana Costa,To contact,Priya Natarajan,CFO at Globex\n",
    );
    let (out, _) = process(dir.path(), &pasted, Some(&journal), "2026-11-26");
    assert!(out.get("new_contacts").is_none());
    let ravi = contact(&out, "Ravi Shah");
    assert!(ravi["why"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["factor"] == "introduced"));
}

#[test]
fn a_former_client_met_over_lunch_is_offered_a_meeting_again_once_the_cadence_has_passed() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = file(
        dir.path(),
        "contacts.csv",
        "Nom,Entreprise,Statut,Comment,Date RDV,Dernier contact,Fréquence\n\
         Hélène Garnier,Ancien client,Tenu informé,Déjeuner,15/08/2026,01/09/2026,60\n\
         Marc Petit,Gamma,Tenu informé,E-mail,15/08/2026,01/09/2026,60\n\
         Julie Roy,Delta,Remercié,Café,10/11/2026,12/11/2026,60\n",
    );
    let (out, _) = process(dir.path(), &sheet, None, "2026-11-26");
    let helene = contact(&out, "Hélène Garnier");
    assert_eq!(helene["next_action"], "propose");
    assert_eq!(
        planned(&out, "Hélène Garnier")
            .iter()
            .map(|p| p.2.as_str())
            .collect::<Vec<_>>(),
        ["meeting"]
    );
    // Kept in touch by e-mail: news, not a meeting.
    assert_eq!(contact(&out, "Marc Petit")["next_action"], "keep_in_touch");
    // Met two weeks ago: news later, not another coffee yet.
    assert_eq!(contact(&out, "Julie Roy")["next_action"], "keep_in_touch");
}

#[test]
fn never_thank_before_the_meeting_and_never_take_the_deadline_for_its_day() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = file(
        dir.path(),
        "contacts.csv",
        "Nom,Entreprise,Statut,Quand,Notes,Comment\n\
         Nadia Rossi,Acme,RDV le 09/12/2026,,,Café\n\
         Hugo Lambert,Orbit,Contacté,,café prévu le 14/12/2026 chez Nova,Café\n\
         Inès Caron,Beta,RDV pris,20/11/2026,,Café\n\
         Tom Weber,Nova,Contacté,,relancer le 10/12/2026,Café\n\
         Léo Marchand,Kappa,Contacté,,RDV le 3/12 à la Part-Dieu,Café\n",
    );
    let (out, _) = process(dir.path(), &sheet, None, "2026-11-26");
    let nadia = contact(&out, "Nadia Rossi");
    assert_eq!(nadia["status"], "scheduled");
    assert_eq!(nadia["meeting_date"], "2026-12-09");
    assert_eq!(nadia["next_action"], "prepare");
    assert_eq!(nadia["due"], "2026-12-09");
    let hugo = contact(&out, "Hugo Lambert");
    assert_eq!(hugo["status"], "scheduled");
    assert_eq!(hugo["meeting_date"], "2026-12-14");
    // Without a year, the nearest such day.
    let leo = contact(&out, "Léo Marchand");
    assert_eq!(leo["status"], "scheduled");
    assert_eq!(leo["meeting_date"], "2026-12-03");
    // Its deadline (When) passed is not a meeting held: nothing to thank.
    let ines = contact(&out, "Inès Caron");
    assert_eq!(ines["next_action"], "prepare");
    assert!(ines["meeting_date"].is_null());
    // A meeting agreed whose day is still to set is warm: it has its slot this month, before
    // the cold proposals.
    assert_eq!(planned(&out, "Inès Caron")[0].2, "meeting");
    assert_eq!(out["plan"][0]["name"], "Inès Caron");
    // A date in a note without a meeting word is no meeting.
    let tom = contact(&out, "Tom Weber");
    assert_eq!(tom["status"], "contacted");
    assert_eq!(tom["next_action"], "follow_up");
}

#[test]
fn a_meeting_counts_in_its_month_whatever_the_status_became() {
    let dir = tempfile::tempdir().unwrap();
    // One coffee a month: the one held on 3 December, already thanked, takes December's.
    let sheet = file(
        dir.path(),
        "contacts.csv",
        "Nom,Entreprise,Statut,Comment,Date RDV,Dernier contact\n\
         Léa Moreau,Delta,Remercié,Café,03/12/2026,05/12/2026\n\
         Claire Martin,Acme,À contacter,Café,,\n",
    );
    let (out, _) = process(dir.path(), &sheet, None, "2026-12-07");
    assert_eq!(
        planned(&out, "Claire Martin")
            .iter()
            .map(|p| p.0.as_str())
            .collect::<Vec<_>>(),
        ["2027-01-04"]
    );
}

/// A yes that names the day ("ok pour une visio le 9/12", "ok pour jeudi 17/12") is a meeting
/// booked on that day: prepare it, then thank; never ask again which day suits them.
#[test]
fn a_reply_that_names_the_day_books_the_meeting_on_that_day() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = file(
        dir.path(),
        "reseau.csv",
        "Nom;Entreprise;Statut;Dernier contact;Comment\n\
         Sarah Lambert;Seb;Contacté;20/11/2026;Visio\n\
         Romain Petit;Adeo;Contacté;20/11/2026;Café\n\
         Inès Roy;Lumen;Contacté;20/11/2026;Café\n",
    );
    let journal = file(
        dir.path(),
        "journal.csv",
        "Date;Contact;Quoi;Note\n\
         28/11/2026;Sarah Lambert;Réponse reçue;ok pour une visio le 9/12\n\
         28/11/2026;Romain Petit;Réponse reçue;ok pour jeudi 17/12/2026 à 10h\n\
         28/11/2026;Inès Roy;Réponse reçue;avec plaisir, dites-moi quand\n",
    );
    let (out, _) = process(dir.path(), &sheet, Some(&journal), "2026-11-30");
    for (name, day) in [
        ("Sarah Lambert", "2026-12-09"),
        ("Romain Petit", "2026-12-17"),
    ] {
        let c = contact(&out, name);
        assert_eq!(c["status"], "scheduled", "{name}");
        assert_eq!(c["meeting_date"], day, "{name}");
        assert_eq!(c["next_action"], "prepare", "{name}");
    }
    // A yes without a day: the day is still to fix.
    let ines = contact(&out, "Inès Roy");
    assert_eq!(ines["status"], "agreed");
    assert_eq!(ines["next_action"], "schedule");
}

/// The plan items (date, name, action, meeting month) in plan order.
fn plan_items(out: &Json) -> Vec<(String, String, String, Option<String>)> {
    out["plan"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["date"].as_str().unwrap().to_string(),
                p["name"].as_str().unwrap().to_string(),
                p["action"].as_str().unwrap().to_string(),
                p["meeting_month"].as_str().map(str::to_string),
            )
        })
        .collect()
}

#[test]
fn a_proposal_goes_out_before_its_deadline_when_the_months_coffee_is_taken() {
    let dir = tempfile::tempdir().unwrap();
    // November's coffee was held on the 20th; Inès must be contacted by the 30th, Karim by
    // 10 December; one coffee a month.
    let sheet = file(
        dir.path(),
        "contacts.csv",
        "Nom,Entreprise,Statut,Comment,Date RDV,Échéance\n\
         Léa Moreau,Delta,Rencontré,Café,20/11/2026,\n\
         Inès Fontaine,Fontaine Design,À contacter,Café,,30/11/2026\n\
         Karim Benali,Logistik,À contacter,Déjeuner,,10/12/2026\n",
    );
    let (out, _) = process(dir.path(), &sheet, None, "2026-11-26");
    let items = plan_items(&out);
    let ines = items.iter().find(|p| p.1 == "Inès Fontaine").unwrap();
    // Sent before the deadline, for a coffee in December: not "at risk" in December.
    assert!(ines.0.as_str() <= "2026-11-30", "{ines:?}");
    assert_eq!(ines.3.as_deref(), Some("2026-12"));
    assert_eq!(contact(&out, "Inès Fontaine")["flag"], "due_soon");
    // Karim's lunch takes January's slot; his proposal still goes out by 10 December.
    let karim = items.iter().find(|p| p.1 == "Karim Benali").unwrap();
    assert!(karim.0.as_str() <= "2026-12-10", "{karim:?}");
    assert_eq!(karim.3.as_deref(), Some("2027-01"));
    assert_ne!(contact(&out, "Karim Benali")["flag"], "at_risk");
    assert!(out.get("deadline_short").is_none());
}

#[test]
fn a_deadline_no_meeting_of_the_plan_can_meet_says_which_pace_would() {
    let dir = tempfile::tempdir().unwrap();
    // Four weeks of plan (November and December): two coffees; three people due by 30/11.
    let sheet = file(
        dir.path(),
        "contacts.csv",
        "Nom,Statut,Comment,Échéance\n\
         Inès Fontaine,À contacter,Café,30/11/2026\n\
         Karim Benali,À contacter,Café,30/11/2026\n\
         Sarah Cohen,À contacter,Café,30/11/2026\n",
    );
    let (out, out_path, stdout) = process_with(dir.path(), &sheet, "2026-11-26", &["--weeks", "4"]);
    assert!(
        stdout.contains(
            "1 contact à échéance sans créneau de rencontre dans le plan : \
             2 rencontres par mois le feraient entrer"
        ),
        "{stdout}"
    );
    assert_eq!(out["deadline_short"]["unfit"], 1);
    assert_eq!(out["deadline_short"]["meetings_per_month"], 2);
    assert_eq!(contact(&out, "Sarah Cohen")["flag"], "at_risk");
    // Said on the dashboard too, under the date.
    let dash = rows(&out_path, "Tableau de bord");
    assert!(
        is_text(&dash[2][0], "1 contact à échéance sans créneau de rencontre dans le plan : 2 rencontres par mois le feraient entrer"),
        "{:?}",
        dash[2]
    );
}

#[test]
fn nothing_is_planned_on_a_day_off_and_a_weekend_run_plans_the_week_ahead() {
    let dir = tempfile::tempdir().unwrap();
    // Run on Saturday 5 December 2026: a thank-you due that day, news due on Christmas (60
    // days after 26 October) and on New Year's day, a booked Saturday coffee that keeps its day.
    let sheet = file(
        dir.path(),
        "contacts.csv",
        "Nom,Statut,Comment,Date RDV,Dernier contact\n\
         Léa Moreau,Rencontré,Café,04/12/2026,04/12/2026\n\
         Nadia Rossi,Remercié,E-mail,,26/10/2026\n\
         Marc Dubois,Remercié,E-mail,,02/11/2026\n\
         Hugo Lambert,RDV fixé,Café,12/12/2026,\n\
         Claire Martin,À contacter,Café,,\n",
    );
    let ics = dir.path().join("plan.ics");
    let (out, _, _) = process_with(
        dir.path(),
        &sheet,
        "2026-12-05",
        &["--quiet", "--weeks", "6", "--ics", ics.to_str().unwrap()],
    );
    let items = plan_items(&out);
    for (date, name, _, _) in &items {
        let day = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap();
        use chrono::Datelike;
        let off = matches!(day.weekday(), chrono::Weekday::Sat | chrono::Weekday::Sun)
            || (day.month(), day.day()) == (12, 25)
            || (day.month(), day.day()) == (1, 1);
        // Only the coffee Hugo booked for a Saturday keeps its day.
        assert!(!off || name == "Hugo Lambert", "{name} planned on {date}");
    }
    let lea = items.iter().find(|p| p.1 == "Léa Moreau").unwrap();
    assert_eq!(
        lea.0, "2026-12-07",
        "the Saturday thank-you goes out on Monday"
    );
    let hugo = items.iter().find(|p| p.1 == "Hugo Lambert").unwrap();
    assert_eq!(hugo.0, "2026-12-12");
    // Christmas' news on the Monday after, New Year's day's on the first working day.
    let nadia = items.iter().find(|p| p.1 == "Nadia Rossi").unwrap();
    assert_eq!(nadia.0, "2026-12-28");
    let marc = items.iter().find(|p| p.1 == "Marc Dubois").unwrap();
    assert_eq!(marc.0, "2027-01-04");
    // The plan's first week is the week ahead.
    assert_eq!(out["plan"][0]["week"], "2026-W50");
    // The calendar has no event on Christmas nor on New Year's day.
    let text = std::fs::read_to_string(&ics).unwrap();
    assert!(!text.contains("DTSTART;VALUE=DATE:20261225"), "{text}");
    assert!(!text.contains("DTSTART;VALUE=DATE:20270101"), "{text}");
}

#[test]
fn someone_the_journal_says_was_introduced_is_warm_once_on_the_sheet() {
    let dir = tempfile::tempdir().unwrap();
    // Marc was pasted from the new contacts without his "introduced by": the journal says.
    let sheet = file(
        dir.path(),
        "contacts.csv",
        "Nom,Entreprise,Statut,Comment,Dernier contact\n\
         Claire Martin,Acme,Remercié,Café,01/12/2026\n\
         Paul Durand,Old,À contacter,Café,\n\
         Marc Petit,Nova,À contacter,Café,\n",
    );
    let journal = file(
        dir.path(),
        "journal.csv",
        "Date,Contact,Type,Note\n\
         08/12/2026,Claire Martin,Mise en relation,Claire m'a présenté Marc Petit (DRH chez Nova)\n",
    );
    let (out, _) = process(dir.path(), &sheet, Some(&journal), "2026-12-14");
    let factors: Vec<&str> = contact(&out, "Marc Petit")["why"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["factor"].as_str().unwrap())
        .collect();
    assert!(factors.contains(&"introduced"), "{factors:?}");
    // December's coffee goes to Marc, introduced, before Paul, cold (first on the sheet).
    let items = plan_items(&out);
    let marc = items.iter().find(|p| p.1 == "Marc Petit").unwrap();
    let paul = items.iter().find(|p| p.1 == "Paul Durand").unwrap();
    assert!(marc.0 < paul.0, "{marc:?} {paul:?}");
    assert!(out.get("new_contacts").is_none());
}

#[test]
fn an_introduction_offered_in_a_reply_names_someone_to_add() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = file(
        dir.path(),
        "network.csv",
        "Name,Company,Status,Last contact,Notes\nLucy Nguyen,Studio East,Contacted,01/12/2026,\n",
    );
    let journal = file(
        dir.path(),
        "journal.csv",
        "Date,Contact,Type,Note\n\
         03/12/2026,Lucy Nguyen,Reply,happy to intro you to Tom Reid at Studio North\n",
    );
    let (out, xlsx) = process(dir.path(), &sheet, Some(&journal), "2026-12-07");
    let new = &out["new_contacts"][0];
    assert_eq!(new["name"], "Tom Reid");
    assert_eq!(new["introduced_by"], "Lucy Nguyen");
    // The dashboard does not say "no introduction" above the person to add; an English note
    // takes no space before its colon.
    let dash = rows(&xlsx, "Dashboard");
    let text: Vec<String> = dash
        .iter()
        .flat_map(|r| r.iter().map(|c| c.to_string()))
        .collect();
    assert!(
        text.iter().any(|t| t
            == "1 introduction(s) to people not on the sheet yet: see \"New contacts\" below."),
        "{text:?}"
    );
    assert!(!text
        .iter()
        .any(|t| t.starts_with("No introduction noted yet")));
    assert!(
        text.iter()
            .any(|t| t.starts_with("Lucy Nguyen: happy to intro you")),
        "{text:?}"
    );
}

#[test]
fn a_yes_naming_a_weekday_and_a_day_books_it_and_a_not_now_is_no_yes() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = file(
        dir.path(),
        "reseau.csv",
        "Nom,Entreprise,Statut,Dernier contact,Comment\n\
         Claire Martin,Acme,Contacté,01/12/2026,Café\n\
         Pierre Lambert,Hays,Contacté,01/12/2026,Café\n\
         Anna Roy,Nova,Contacté,01/12/2026,Café\n",
    );
    let journal = file(
        dir.path(),
        "journal.csv",
        "Date,Contact,Type,Note\n\
         09/12/2026,Claire Martin,Réponse reçue,ok pour un café jeudi 17\n\
         09/12/2026,Pierre Lambert,Réponse reçue,\"pas de mission pour l'instant, me recontacte en janvier\"\n\
         09/12/2026,Anna Roy,Réponse reçue,rien pour le moment\n",
    );
    let (out, _) = process(dir.path(), &sheet, Some(&journal), "2026-12-14");
    // Thursday 17 December: booked, prepared on its day, never "which day suits you?".
    let claire = contact(&out, "Claire Martin");
    assert_eq!(claire["next_action"], "prepare");
    assert_eq!(claire["due"], "2026-12-17");
    // Not now: news later, no day to fix.
    for name in ["Pierre Lambert", "Anna Roy"] {
        let c = contact(&out, name);
        assert_ne!(c["next_action"], "schedule", "{name}");
        assert_ne!(c["next_action"], "follow_up", "{name}");
    }
}
