//! Sheets as people and tools really write them (issue 11): trackers, CRM exports, job-search
//! logs and contact exports, each fixture written the way its tool writes it (delimiter,
//! encoding, quoting, date formats). Each test runs `process --json` and checks the mapping,
//! the values, and the first action planned for a row already in conversation.

mod common;

use std::path::Path;

use common::{bin, json, repo, TODAY};
use serde_json::Value as Json;

/// `process --json` of a fixture of `tests/fixtures/read/real`, as of [`TODAY`].
fn process(name: &str) -> Json {
    let dir = tempfile::tempdir().unwrap();
    let input = common::copy(&repo("tests/fixtures/read/real").join(name), dir.path());
    let out = dir.path().join("out.json");
    bin()
        .args(["process", "--quiet", "--today", TODAY, "--json"])
        .arg(&out)
        .arg(&input)
        .assert()
        .success();
    json(&out)
}

/// The contact called `name`.
fn contact<'a>(j: &'a Json, name: &str) -> &'a Json {
    j["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no contact {name:?} in {:#}", j["contacts"]))
}

/// The first action the plan gives the contact called `name`, from the plan or the backlog.
fn first_planned(j: &Json, name: &str) -> String {
    let row = &contact(j, name)["row"];
    j["plan"]
        .as_array()
        .unwrap()
        .iter()
        .chain(j["backlog"].as_array().unwrap())
        .find(|p| &p["row"] == row)
        .map(|p| p["action"].as_str().unwrap().to_string())
        .unwrap_or_else(|| panic!("{name} is neither planned nor in the backlog"))
}

fn column(j: &Json, field: &str) -> Json {
    j["columns"][field].clone()
}

fn problems(j: &Json) -> Vec<&Json> {
    j["problems"].as_array().unwrap().iter().collect()
}

#[test]
fn an_english_networking_tracker_with_crm_statuses() {
    let j = process("networking_tracker.csv");
    assert_eq!(column(&j, "name"), "Contact Person");
    assert_eq!(
        column(&j, "email"),
        "Contact",
        "its values are e-mail addresses"
    );
    assert_eq!(
        column(&j, "status"),
        "Lead Status",
        "filled, over the empty Status"
    );
    assert_eq!(column(&j, "deadline"), "Next Follow-up");
    assert_eq!(column(&j, "last_contact"), "Last Activity Date");
    assert_eq!(column(&j, "introduced_by"), "Referred By");

    let marcus = contact(&j, "Marcus Webb");
    assert_eq!(
        marcus["email"], "marcus@globex.example",
        "the address, not the phone"
    );
    assert_eq!(marcus["introduced_by"], "Dana Ortiz");
    // "Replied": he answered, so the day is to set, never a follow-up (issue 22).
    assert_eq!(marcus["status"], "agreed");
    assert_eq!(marcus["deadline"], "2026-12-02");
    assert_eq!(first_planned(&j, "Marcus Webb"), "schedule");

    let sarah = contact(&j, "Sarah Chen");
    assert_eq!(
        (sarah["status"].as_str(), sarah["how"].as_str()),
        (Some("contacted"), Some("message"))
    );
    let priya = contact(&j, "Priya Nair");
    assert_eq!(
        priya["priority"], "normal",
        "a warm contact is a temperature"
    );
    assert_eq!(priya["status"], "keep_in_touch", "in touch since October");
    assert_eq!(priya["category"], "colleague", "alumni");
    assert_eq!(
        contact(&j, "Tom Okafor")["next_action"],
        "keep_in_touch",
        "dormant"
    );
    assert_eq!(
        contact(&j, "Julia Brandt")["next_action"],
        "propose",
        "researching"
    );

    // The status typed by mistake is reported, and the row stays a conversation.
    let ken = contact(&j, "Ken Ito");
    assert_eq!(ken["next_action"], "follow_up");
    let ps = problems(&j);
    assert_eq!(ps.len(), 1, "{ps:#?}");
    assert_eq!(
        (ps[0]["row"].as_u64(), ps[0]["value"].as_str()),
        (Some(7), Some("Zorglub"))
    );
}

#[test]
fn a_french_client_follow_up_sheet_in_windows_1252() {
    let j = process("suivi_clients.csv");
    assert_eq!(column(&j, "name"), "Nom Client/Prospect");
    assert_eq!(column(&j, "email"), "Adresse de messagerie");
    assert_eq!(column(&j, "phone"), "Tél. mobile");
    assert_eq!(column(&j, "last_contact"), "Date envoi");
    assert_eq!(column(&j, "deadline"), "Prochaine relance");
    assert_eq!(column(&j, "introduced_by"), "Recommandé par");
    let statuses: Vec<&str> = j["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        statuses,
        [
            "contacted",
            "contacted",
            "keep_in_touch",
            "dropped",
            "contacted"
        ],
        "devis envoyé, négociation, gagné, perdu, relancé"
    );
    let marc = contact(&j, "Marc Dupain");
    assert_eq!(marc["last_contact"], "2026-11-12", "day first");
    assert_eq!(marc["introduced_by"], "Sophie Leroy");
    assert_eq!(first_planned(&j, "Marc Dupain"), "follow_up");
    // "Client" is the user's own group, not a former colleague, and no mistake.
    assert_eq!(contact(&j, "Paul Roux")["group"], "Client");
    assert_eq!(contact(&j, "Paul Roux")["category"], Json::Null);
    assert!(problems(&j).is_empty(), "{:#?}", problems(&j));
}

#[test]
fn a_snake_case_job_search_log() {
    let j = process("job_search.tsv");
    assert_eq!(column(&j, "name"), "follow_up_contact_name");
    assert_eq!(column(&j, "status"), "application_status");
    assert_eq!(column(&j, "last_contact"), "date_applied");
    assert_eq!(column(&j, "meeting_date"), "coffee_chat_date");
    assert_eq!(column(&j, "email"), "email_work");
    assert_eq!(column(&j, "phone"), "phone_work");
    assert_eq!(
        column(&j, "linkedin"),
        Json::Null,
        "a job posting is no profile"
    );
    assert_eq!(
        contact(&j, "Nina Alvarez")["status"],
        "contacted",
        "applied"
    );
    assert_eq!(first_planned(&j, "Nina Alvarez"), "follow_up");
    assert_eq!(
        contact(&j, "Omar Haddad")["next_action"],
        "prepare",
        "screening call"
    );
    assert_eq!(
        contact(&j, "Emma Stone")["next_action"],
        "thank",
        "interview held"
    );
    assert_eq!(contact(&j, "Liam Ng")["next_action"], "none", "rejected");
    assert!(problems(&j).is_empty(), "{:#?}", problems(&j));
}

#[test]
fn a_google_contacts_export_of_today_with_multi_values() {
    let j = process("google_current.csv");
    assert_eq!(column(&j, "email"), "Email 1 - Value");
    assert_eq!(column(&j, "category"), "Labels");
    let ada = contact(&j, "Ada Lovelace");
    assert_eq!(ada["email"], "ada@home.example", "the first of ::: values");
    assert_eq!(ada["phone"], "+44 20 7946 0000");
    assert_eq!(
        ada["category"], "friend_family",
        "* myContacts is Google's own label"
    );
    assert_eq!(
        contact(&j, "Alan Turing")["category"],
        "other",
        "met at a conference"
    );
    assert!(problems(&j).is_empty(), "{:#?}", problems(&j));
}

#[test]
fn outlook_in_french_with_doubled_columns_told_apart_by_their_values() {
    let j = process("outlook_fr.csv");
    let claire = contact(&j, "Claire Martin");
    assert_eq!(claire["role"], "Directrice commerciale", "not the civility");
    assert_eq!(claire["email"], "claire.martin@globex.example");
    assert_eq!(claire["phone"], "06 11 22 33 44");
    assert_eq!(column(&j, "last_name"), "Nom");
    assert!(problems(&j).is_empty(), "{:#?}", problems(&j));
}

#[test]
fn outlook_in_english_its_state_is_an_address_not_a_status() {
    let j = process("outlook_en.csv");
    assert_eq!(column(&j, "status"), Json::Null);
    assert_eq!(column(&j, "role"), "Job Title");
    let dana = contact(&j, "Dana Ortiz");
    assert_eq!(dana["status"], "to_contact");
    assert_eq!(dana["role"], "VP Engineering");
    assert_eq!(dana["category"], "colleague");
    assert!(problems(&j).is_empty(), "{:#?}", problems(&j));
}

#[test]
fn a_hubspot_export_with_null_cells_and_lead_statuses() {
    let j = process("hubspot.csv");
    assert_eq!(column(&j, "status"), "Lead Status");
    assert_eq!(column(&j, "last_contact"), "Last Activity Date");
    assert_eq!(column(&j, "deadline"), "Next Activity Date");
    let ines = contact(&j, "Ines Garcia");
    assert_eq!(ines["phone"], Json::Null, "null is blank");
    assert_eq!(ines["status"], "contacted", "connected");
    assert_eq!(first_planned(&j, "Ines Garcia"), "follow_up");
    assert_eq!(
        contact(&j, "Noah Baker")["next_action"],
        "none",
        "unqualified"
    );
    assert!(problems(&j).is_empty(), "{:#?}", problems(&j));
}

#[test]
fn linkedin_rows_of_members_who_left_are_skipped_with_one_problem() {
    let j = process("linkedin_left.csv");
    assert_eq!(j["totals"]["contacts"], 2);
    let ps = problems(&j);
    assert_eq!(ps.len(), 1, "{ps:#?}");
    assert_eq!(ps[0]["code"], "only_a_date");
    assert_eq!(ps[0]["row"], 6);
    assert!(
        ps[0]["hint"].as_str().unwrap().starts_with("2 row(s)"),
        "{ps:#?}"
    );
}

#[test]
fn a_us_export_with_pm_times_reads_its_dates_month_first() {
    let j = process("us_crm.csv");
    let riley = contact(&j, "Riley Cooper");
    assert_eq!(riley["last_contact"], "2026-11-05");
    assert_eq!(riley["deadline"], "2026-12-03");
    assert_eq!(first_planned(&j, "Riley Cooper"), "follow_up");
    assert!(
        problems(&j).is_empty(),
        "no date is called ambiguous: {:#?}",
        problems(&j)
    );
}

#[test]
fn check_shows_each_decision_and_the_aliases_line_of_an_unmapped_column() {
    let out = bin()
        .arg("check")
        .arg(repo("tests/fixtures/read/real/networking_tracker.csv"))
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        text.contains("\"Contact\" -> email  (read as email by its values)"),
        "{text}"
    );
    assert!(
        text.contains("\"Next Follow-up\" -> deadline  (by its words)"),
        "{text}"
    );
    assert!(
        text.contains("\"Status\": empty; \"Lead Status\", which has values, is used for status"),
        "{text}"
    );
    assert!(text.contains("[aliases] status = [\"Status\"]"), "{text}");
}

#[test]
fn an_aliases_line_overrides_a_decision() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("reseau.toml");
    std::fs::write(&config, "[aliases]\nnotes = [\"Contact\"]\n").unwrap();
    let out = dir.path().join("c.json");
    bin()
        .arg("check")
        .arg(repo("tests/fixtures/read/real/networking_tracker.csv"))
        .arg("--config")
        .arg(&config)
        .arg("--json")
        .arg(&out)
        .assert()
        .success();
    let j = json(Path::new(&out));
    assert_eq!(column(&j, "notes"), "Contact");
    assert_eq!(column(&j, "email"), Json::Null);
}

#[test]
fn init_from_a_tracker_carries_what_process_reads() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("new.xlsx");
    bin()
        .args(["init", "--lang", "en", "--from"])
        .arg(repo("tests/fixtures/read/real/networking_tracker.csv"))
        .arg(&out)
        .assert()
        .success();
    let rows = common::rows(&out, "Contacts");
    let header: Vec<String> = rows[0].iter().map(|d| d.to_string()).collect();
    let col = |h: &str| header.iter().position(|x| x == h).unwrap();
    let marcus = rows
        .iter()
        .find(|r| common::is_text(&r[0], "Marcus Webb"))
        .unwrap();
    assert!(common::is_text(
        &marcus[col("Email")],
        "marcus@globex.example"
    ));
    assert!(common::is_text(&marcus[col("Introduced by")], "Dana Ortiz"));
    assert!(common::is_text(&marcus[col("Status")], "Agreed to meet"));
}

#[test]
fn a_cell_of_several_addresses_links_to_its_first_address() {
    let dir = tempfile::tempdir().unwrap();
    let input = common::copy(
        &repo("tests/fixtures/read/real/google_current.csv"),
        dir.path(),
    );
    let out = dir.path().join("out.xlsx");
    common::process_to(&input, &out);
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&out).unwrap()).unwrap();
    let mut rels = String::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        if f.name()
            .is_ok_and(|n| n.starts_with("xl/worksheets/_rels/"))
        {
            std::io::Read::read_to_string(&mut f, &mut rels).unwrap();
        }
    }
    assert!(
        rels.contains("Target=\"mailto:ada@home.example\""),
        "{rels}"
    );
}

#[test]
fn a_french_tracker_workbook_with_date_cells_and_ambiguous_headers() {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("suivi.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Réseau").unwrap();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    ws.write_string(0, 0, "Suivi réseau 2026").unwrap();
    let headers = [
        "Interlocuteur",
        "Société",
        "Contact",
        "Date",
        "Prochaine relance",
        "Où rencontré",
        "Statut",
    ];
    for (c, h) in headers.iter().enumerate() {
        ws.write_string(2, c as u16, *h).unwrap();
    }
    let rows = [
        (
            "Claire Martin",
            "Globex",
            "LinkedIn",
            (2026, 11, 18),
            Some((2026, 12, 2)),
            "Salon pro",
            "Relancée",
        ),
        (
            "Paul Durand",
            "Initech",
            "Téléphone",
            (2026, 9, 1),
            None,
            "Ancien collègue",
            "Tiède",
        ),
    ];
    for (r, (who, company, via, last, next, met, status)) in rows.iter().enumerate() {
        let r = r as u32 + 3;
        ws.write_string(r, 0, *who).unwrap();
        ws.write_string(r, 1, *company).unwrap();
        ws.write_string(r, 2, *via).unwrap();
        let d = ExcelDateTime::from_ymd(last.0, last.1, last.2).unwrap();
        ws.write_datetime_with_format(r, 3, &d, &date).unwrap();
        if let Some(n) = next {
            let d = ExcelDateTime::from_ymd(n.0, n.1, n.2).unwrap();
            ws.write_datetime_with_format(r, 4, &d, &date).unwrap();
        }
        ws.write_string(r, 5, *met).unwrap();
        ws.write_string(r, 6, *status).unwrap();
    }
    wb.save(&input).unwrap();
    let out = dir.path().join("out.json");
    bin()
        .args(["process", "--quiet", "--today", TODAY, "--json"])
        .arg(&out)
        .arg(&input)
        .assert()
        .success();
    let j = json(&out);
    assert_eq!(j["header_row"], 3);
    assert_eq!(column(&j, "name"), "Interlocuteur");
    assert_eq!(column(&j, "how"), "Contact", "its values are channels");
    assert_eq!(column(&j, "last_contact"), "Date", "its dates are past");
    assert_eq!(column(&j, "deadline"), "Prochaine relance");
    assert_eq!(column(&j, "category"), "Où rencontré");
    let claire = contact(&j, "Claire Martin");
    assert_eq!(
        (claire["how"].as_str(), claire["status"].as_str()),
        (Some("message"), Some("contacted"))
    );
    assert_eq!(first_planned(&j, "Claire Martin"), "follow_up");
    let paul = contact(&j, "Paul Durand");
    assert_eq!(paul["priority"], "normal", "tiède is a temperature");
    assert_eq!(paul["status"], "keep_in_touch", "last seen in September");
    assert_eq!(first_planned(&j, "Paul Durand"), "keep_in_touch");
    assert!(problems(&j).is_empty(), "{:#?}", problems(&j));
}

#[test]
fn a_notion_crm_without_status_column_reads_its_dates() {
    let j = process("notion_crm.csv");
    assert_eq!(column(&j, "status"), Json::Null);
    assert_eq!(column(&j, "deadline"), "Next Check-in");
    assert_eq!(column(&j, "introduced_by"), "Intro via");
    assert_eq!(column(&j, "priority"), "Connection Strength");
    let zoe = contact(&j, "Zoe Park");
    assert_eq!(zoe["introduced_by"], "Ann Lee");
    assert_eq!(zoe["priority"], "high");
    assert_eq!(zoe["category"], "inspiring", "a mentor");
    // Talked to two weeks ago: a conversation, not a first contact.
    assert_eq!(zoe["status"], "contacted");
    assert_eq!(first_planned(&j, "Zoe Park"), "follow_up");
    assert_eq!(contact(&j, "Raj Patel")["next_action"], "keep_in_touch");
    assert_eq!(
        contact(&j, "Lena Vogel")["next_action"],
        "propose",
        "never met"
    );
    assert!(problems(&j).is_empty(), "{:#?}", problems(&j));
}

#[test]
fn a_linkedin_connection_is_not_yet_a_conversation() {
    let j = process("linkedin_left.csv");
    assert_eq!(contact(&j, "Camille Roy")["next_action"], "propose");
}

#[test]
fn init_from_several_exports_merges_the_same_person_and_keeps_labels_as_groups() {
    let dir = tempfile::tempdir().unwrap();
    let put = |name: &str, text: &str| {
        let p = dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        p
    };
    // Google: Grace with two e-mails' worth across exports, Bob labelled "Clients".
    let google = put(
        "google.csv",
        "First Name,Last Name,Labels,E-mail 1 - Value,Phone 1 - Value\n\
         Grace,Hopper,* myContacts ::: Friends,grace@example.org,+1 555 0100\n\
         Bob,Ray,* myContacts ::: Clients,bob@ray.example,+33 6 00 00 00 00\n",
    );
    // LinkedIn: Grace again (by her name), with her company; Jane only here.
    let linkedin = put(
        "Connections.csv",
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n\
         Grace,Hopper,https://www.linkedin.com/in/grace,,Navy,Rear Admiral,15 Mar 2024\n\
         Jane,Doe,https://www.linkedin.com/in/janedoe,,Acme Corp,Head of Sales,02 Feb 2025\n",
    );
    // Outlook: Bob again (by his e-mail) with another phone, categorised "Clients".
    let outlook = put(
        "outlook.csv",
        "\"First Name\",\"Last Name\",\"E-mail Address\",\"Mobile Phone\",\"Categories\"\n\
         \"Robert\",\"Ray\",\"BOB@ray.example\",\"06 11 22 33 44\",\"Clients\"\n",
    );
    let out = dir.path().join("contacts.xlsx");
    let run = bin()
        .args(["init", "--lang", "fr", "--today", TODAY])
        .arg(&out)
        .arg("--from")
        .arg(&google)
        .arg("--from")
        .arg(&linkedin)
        .arg("--from")
        .arg(&outlook)
        .assert()
        .success();
    let stdout = String::from_utf8(run.get_output().stdout.clone()).unwrap();
    assert!(
        stdout.contains("3 contacts repris de 3 exports (2 lignes d'une même personne réunies)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("google.csv: 2 contacts, 0 problèmes"),
        "{stdout}"
    );
    let rows = common::rows(&out, "Contacts");
    let header: Vec<String> = rows[0].iter().map(|d| d.to_string()).collect();
    let col = |h: &str| header.iter().position(|x| x == h).unwrap();
    let names: Vec<String> = rows[1..].iter().map(|r| r[0].to_string()).collect();
    // The people without a group, then "Clients" under its own section row.
    assert_eq!(names, ["Grace Hopper", "Jane Doe", "## Clients", "Bob Ray"]);
    let grace = &rows[1];
    assert!(common::is_text(&grace[col("Entreprise")], "Navy"));
    assert!(common::is_text(&grace[col("E-mail")], "grace@example.org"));
    let bob = &rows[4];
    assert!(
        common::is_text(&bob[col("Notes")], "Autre téléphone : 06 11 22 33 44"),
        "{:?}",
        bob[col("Notes")]
    );
    // Read back by process: Bob is in the group "Clients", never a former colleague.
    let json_out = dir.path().join("c.json");
    bin()
        .args(["check", "--today", TODAY, "--json"])
        .arg(&json_out)
        .arg(&out)
        .assert()
        .success();
    let j = json(&json_out);
    let bob = contact(&j, "Bob Ray");
    assert_eq!(bob["group"], "Clients");
    assert_eq!(bob["category"], Json::Null);
    assert_eq!(contact(&j, "Grace Hopper")["category"], "friend_family");
}
