//! The weekly loop's outputs through the library API: the `.ics` plan parsed back by an
//! iCalendar parser, the Markdown summary, and the `init` template read back with calamine.

mod common;

use std::io::{Cursor, Read};

use std::str::FromStr;

use chrono::NaiveDate;
use icalendar::{Calendar, Component, DatePerhapsTime};
use reseau_xlsx::assess::Outcome;
use reseau_xlsx::model::*;
use reseau_xlsx::vocab::Field;
use reseau_xlsx::write::{ics, markdown, template};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

const TODAY: (i32, u32, u32) = (2026, 11, 26); // a Thursday of ISO week 2026-W48

fn contact(row: u32, name: &str) -> Contact<'_> {
    Contact {
        row,
        name: name.into(),
        ..Contact::default()
    }
}

fn assessed(index: u32, rank: u32, next: NextAction, flag: Flag, late: u32) -> Assessed {
    Assessed {
        index,
        score: Score {
            points: 70,
            parts: [
                Part {
                    factor: Factor::Objective,
                    points: 40,
                },
                Part {
                    factor: Factor::Relationship,
                    points: 30,
                },
            ]
            .into(),
            tier: Tier::A,
        },
        rank,
        action: Action {
            next,
            due: Some(d(2026, 11, 26) - chrono::Days::new(u64::from(late))),
            flag,
            days_late: late,
            kind: SlotKind::Message,
            lapse: None,
        },
    }
}

fn planned(index: u32, date: NaiveDate, action: NextAction) -> Planned {
    Planned {
        index,
        week: date.format("%G-W%V").to_string(),
        date,
        action,
        kind: SlotKind::Message,
        meeting_month: None,
    }
}

/// Five contacts: two planned this week (one overdue), one overdue next week, one with long
/// accented text, one dropped in the backlog; seven problems.
fn outcome(lang: Lang) -> Outcome<'static> {
    let mut claire = contact(2, "Claire Martin");
    claire.company = Some("Acme, Inc; \"Paris\"".into());
    claire.role = Some("DRH".into());
    claire.email = Some("claire.martin@example.com".into());
    claire.objectives = vec![Objective::Job, Objective::Watch].into();
    claire.how = Some(How::Coffee);
    claire.deadline = Some(d(2026, 12, 15));
    let mut eloise = contact(3, "Dupont; Éloïse, \"Ça\" | Cie");
    eloise.how = Some(How::Lunch);
    eloise.status = Status::Contacted;
    let marc = contact(4, "Marc Dubois");
    let mut zoe = contact(5, "Zoé Long");
    zoe.how = Some(How::Video);
    zoe.give_back = Some(
        "Lui présenter l'équipe « données » ; partager l'étude de marché, \
         relire son dossier de financement — et l'inviter à l'afterwork 🎉 du réseau"
            .into(),
    );
    let mut gone = contact(6, "Paul Parti");
    gone.status = Status::Dropped;
    let problems = (0..7)
        .map(|i| Problem {
            sheet: "Contacts".into(),
            row: Some(10 + i),
            column: Some("Quand".into()),
            value: format!("fin | mar {i}"),
            kind: ProblemKind::DateNotUnderstood,
            hint: Hint::new(
                "écrire une date comme 31/03/2027",
                "write a date such as 31/03/2027",
            ),
        })
        .collect();
    let mut o = Outcome {
        today: d(TODAY.0, TODAY.1, TODAY.2),
        lang,
        contacts: vec![claire, eloise, marc, zoe, gone],
        assessed: vec![
            assessed(0, 2, NextAction::Propose, Flag::DueSoon, 0),
            assessed(1, 3, NextAction::FollowUp, Flag::Overdue, 12),
            assessed(2, 1, NextAction::Thank, Flag::Overdue, 3),
            assessed(3, 4, NextAction::Propose, Flag::Ok, 0),
            assessed(4, 5, NextAction::None, Flag::Inactive, 0),
        ],
        plan: Plan {
            items: vec![
                planned(1, d(2026, 11, 26), NextAction::FollowUp),
                planned(0, d(2026, 11, 27), NextAction::Propose),
                planned(2, d(2026, 11, 30), NextAction::Thank),
                planned(3, d(2026, 12, 8), NextAction::Propose),
            ],
            warm: None,
            offers: Vec::new(),
            deadlines: None,
            backlog: vec![Backlogged {
                index: 4,
                action: NextAction::Propose,
                reason: BacklogReason::Capacity,
            }],
        },
        problems,
        totals: Totals {
            contacts: 5,
            active: 4,
            overdue: 2,
            due_soon: 1,
            at_risk: 0,
            planned: 4,
            backlog: 1,
            problems: 7,
        },
        drafts: vec![],
        drafts_note: None,
        journal: Default::default(),
        ties: Default::default(),
        lists: Default::default(),
        history: Default::default(),
    };
    o.relist();
    // The drafts as a run without settings writes them.
    let config = reseau_xlsx::config::Config::new(o.today);
    reseau_xlsx::draft::fill(&mut o, &config);
    o
}

fn ics_text(o: &Outcome, source: &str) -> String {
    String::from_utf8(ics::plan(o, source, None)).expect("the .ics is UTF-8")
}

fn parse(text: &str) -> Calendar {
    Calendar::from_str(text).expect("the .ics parses")
}

fn uids(cal: &Calendar) -> Vec<String> {
    cal.events()
        .map(|e| e.get_uid().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn ics_has_one_all_day_event_per_planned_action() {
    let o = outcome(Lang::Fr);
    let cal = parse(&ics_text(&o, "contacts.xlsx"));
    let events: Vec<_> = cal.events().collect();
    assert_eq!(events.len(), 4);
    let starts: Vec<_> = events.iter().map(|e| e.get_start()).collect();
    assert_eq!(
        starts,
        [
            d(2026, 11, 26),
            d(2026, 11, 27),
            d(2026, 11, 30),
            d(2026, 12, 8)
        ]
        .map(|x| Some(DatePerhapsTime::Date(x)))
    );
    // DTEND is exclusive: the next day makes a one-day event.
    assert_eq!(
        events[1].get_end(),
        Some(DatePerhapsTime::Date(d(2026, 11, 28)))
    );
    assert_eq!(
        events[1].get_summary(),
        Some("Proposer un café : Claire Martin")
    );
    let uids = uids(&cal);
    let mut unique = uids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 4, "{uids:?}");
}

#[test]
fn ics_text_with_commas_semicolons_and_accents_round_trips() {
    let o = outcome(Lang::En);
    let text = ics_text(&o, "contacts.xlsx");
    // Escaped on the wire...
    assert!(
        text.contains(r#"SUMMARY:Follow up: Dupont\; Éloïse\, "Ça" | Cie"#),
        "{text}"
    );
    // ...and the same text once parsed back.
    let cal = parse(&text);
    let events: Vec<_> = cal.events().collect();
    assert_eq!(
        events[0].get_summary(),
        Some(r#"Follow up: Dupont; Éloïse, "Ça" | Cie"#)
    );
    let desc = events[1].get_description().unwrap_or_default();
    for line in [
        "Objective: Job, Watch",
        "How: Coffee",
        "Why this rank: Objective +40, Relationship +30 (score 70, tier A)",
        "Deadline: 2026-12-15",
        "Company: Acme, Inc; \"Paris\" (DRH)",
        "Email: claire.martin@example.com",
    ] {
        assert!(desc.lines().any(|l| l == line), "{line:?} not in {desc:?}");
    }
    let overdue = events[0].get_description().unwrap_or_default();
    assert!(overdue.contains("Flag: Overdue (12 d)"), "{overdue}");
}

#[test]
fn ics_lines_are_folded_at_75_octets_without_splitting_characters() {
    let o = outcome(Lang::Fr);
    let text = ics_text(&o, "contacts.xlsx");
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    let mut folded = 0;
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        assert!(!line.contains('\n') && !line.contains('\r'));
        folded += usize::from(line.starts_with(' '));
    }
    assert!(folded > 0, "the long give-back line must be folded");
    // Unfolding gives back the whole text, emoji included.
    let cal = parse(&text);
    let zoe = cal
        .events()
        .nth(3)
        .and_then(|e| e.get_description())
        .unwrap_or_default();
    assert!(zoe.contains("afterwork 🎉 du réseau"), "{zoe}");
    assert!(zoe.contains("« données » ; partager"), "{zoe}");
}

#[test]
fn ics_is_the_same_over_two_runs_and_uids_follow_the_contact_not_the_row() {
    let o = outcome(Lang::Fr);
    assert_eq!(
        ics::plan(&o, "contacts.xlsx", None),
        ics::plan(&o, "contacts.xlsx", None)
    );
    let first = uids(&parse(&ics_text(&o, "contacts.xlsx")));

    // The user sorted the sheet: rows and order change, the events must not.
    let mut sorted = o.clone();
    sorted.contacts.reverse();
    sorted.assessed.reverse();
    let n = sorted.contacts.len() as u32;
    for (i, c) in sorted.contacts.iter_mut().enumerate() {
        c.row = 2 + i as u32;
    }
    for p in &mut sorted.plan.items {
        p.index = n - 1 - p.index;
    }
    assert_eq!(uids(&parse(&ics_text(&sorted, "contacts.xlsx"))), first);
    // A folder in the path does not change them either, nor another name for the workbook
    // (renamed, or copied).
    assert_eq!(uids(&parse(&ics_text(&o, "sheets/contacts.xlsx"))), first);
    assert_eq!(uids(&parse(&ics_text(&o, "copie de contacts.xlsx"))), first);
    // Another action for the same contact is another event.
    let mut next = o.clone();
    next.plan.items[1].action = NextAction::FollowUp;
    assert_ne!(uids(&parse(&ics_text(&next, "contacts.xlsx")))[1], first[1]);
}

#[test]
fn ics_two_namesakes_without_email_get_two_events() {
    let mut o = outcome(Lang::En);
    o.contacts[3].name = "Marc Dubois".into();
    o.plan.items[3].action = NextAction::Thank;
    let u = uids(&parse(&ics_text(&o, "contacts.xlsx")));
    assert_ne!(u[2], u[3]);
}

#[test]
fn ics_of_an_empty_plan_is_a_valid_empty_calendar() {
    let mut o = outcome(Lang::En);
    o.plan = Plan::default();
    let cal = parse(&ics_text(&o, "contacts.xlsx"));
    assert_eq!(cal.events().count(), 0);
}

#[test]
fn markdown_shows_totals_overdue_in_order_and_this_week() {
    let md = markdown::summary(&outcome(Lang::Fr), "équipe/contacts.xlsx");
    assert!(
        md.starts_with("## reseau-xlsx: équipe/contacts.xlsx (2026-11-26)\n"),
        "{md}"
    );
    assert!(md.contains("| En retard | 2 |"), "{md}");
    assert!(md.contains("| Problèmes | 7 |"), "{md}");
    // Most days late first (Marc ranks higher but is less late); '|' in a name is escaped so
    // the row keeps its four cells.
    let eloise = md
        .find(r#"| Dupont; Éloïse, "Ça" \| Cie | Relancer | 2026-11-14 | 12 |"#)
        .expect(&md);
    let marc = md
        .find("| Marc Dubois | Remercier, et demander un ou deux noms | 2026-11-23 | 3 |")
        .expect(&md);
    assert!(eloise < marc);
    // This week is 2026-W48: Éloïse and Claire, not Marc (Monday of W49).
    let week = &md[md.find("### Cette semaine (2026-W48): 2").expect(&md)..];
    let week = &week[..week.find("### Problèmes").expect(&md)];
    assert!(
        week.contains(
            "| 2026-11-27 | Claire Martin | Proposer un café | Emploi, Veille | 2026-12-15 |"
        ),
        "{week}"
    );
    assert!(!week.contains("Marc"), "{week}");
}

#[test]
fn markdown_lists_the_first_problems_and_counts_the_rest() {
    let md = markdown::summary(&outcome(Lang::En), "contacts.xlsx");
    assert!(md.contains("### Problems (7)"), "{md}");
    assert!(
        md.contains(r#"- row 10, column Quand: "fin \| mar 0": date not understood (write a date such as 31/03/2027)"#),
        "{md}"
    );
    assert!(!md.contains("mar 5"), "{md}");
    assert!(md.contains("- and 2 more"), "{md}");
}

#[test]
fn markdown_says_so_when_nothing_is_late_or_planned() {
    let mut o = outcome(Lang::En);
    o.assessed.iter_mut().for_each(|a| a.action.flag = Flag::Ok);
    o.plan = Plan::default();
    o.problems.clear();
    o.relist();
    let md = markdown::summary(&o, "contacts.xlsx");
    assert!(md.contains("Nothing overdue."), "{md}");
    assert!(md.contains("Nothing planned this week."), "{md}");
    assert!(md.contains("No problems."), "{md}");
}

proptest::proptest! {
    /// Any text, any mix of one- to four-byte characters and special characters: every line
    /// stays within 75 octets and the text comes back the same after parsing.
    #[test]
    fn ics_folding_and_escaping_hold_for_any_text(
        name in "[a-zé€😀,;:\\\\ \"\n]{1,120}",
        give in "[a-z é€😀,;\\\\\n]{0,400}",
    ) {
        let mut o = outcome(Lang::Fr);
        o.contacts[1].name = name.clone().into();
        o.contacts[1].give_back = Some(give.clone().into());
        let text = ics_text(&o, "contacts.xlsx");
        for line in text.split("\r\n") {
            proptest::prop_assert!(line.len() <= 75, "{} octets: {:?}", line.len(), line);
        }
        let cal = parse(&text);
        let first = cal.events().next().expect("an event");
        let want = name.split_whitespace().collect::<Vec<_>>().join(" ");
        let title = format!("Relancer : {want}");
        proptest::prop_assert_eq!(first.get_summary(), Some(title.as_str()));
        if !give.trim().is_empty() {
            let desc = first.get_description().unwrap_or_default();
            proptest::prop_assert!(desc.contains(&format!("À proposer : {give}")), "{:?}", desc);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// init template

fn open(bytes: Vec<u8>) -> calamine::Xlsx<Cursor<Vec<u8>>> {
    common::wellformed::assert_xlsx_bytes(&bytes, "the template");
    calamine::open_workbook_from_rs(Cursor::new(bytes)).expect("the template opens")
}

fn rows(wb: &mut calamine::Xlsx<Cursor<Vec<u8>>>, sheet: &str) -> Vec<Vec<calamine::Data>> {
    use calamine::Reader;
    let range = wb.worksheet_range(sheet).expect("the sheet exists");
    range.rows().map(<[calamine::Data]>::to_vec).collect()
}

fn text(cell: Option<&calamine::Data>) -> String {
    match cell {
        Some(calamine::Data::String(s)) => s.clone(),
        Some(calamine::Data::Empty) | None => String::new(),
        Some(other) => format!("{other:?}"),
    }
}

/// The column of `field` in the header row.
fn col(header: &[calamine::Data], field: Field) -> usize {
    header
        .iter()
        .position(|h| Field::parse(&text(Some(h))) == Some(field))
        .unwrap_or_else(|| panic!("no {field:?} column"))
}

/// The dropdown lists of the contacts sheet, from its XML: (first column letter, words).
fn dropdowns(bytes: &[u8]) -> Vec<(String, Vec<String>)> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    zip.by_name("xl/worksheets/sheet1.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml.split("<dataValidation ")
        .skip(1)
        .filter(|v| v.contains("type=\"list\""))
        .map(|v| {
            let sqref = v.split("sqref=\"").nth(1).unwrap_or_default();
            let column: String = sqref.chars().take_while(char::is_ascii_uppercase).collect();
            let list = v.split("<formula1>\"").nth(1).unwrap_or_default();
            let list = list.split("\"</formula1>").next().unwrap_or_default();
            (column, list.split(',').map(str::to_string).collect())
        })
        .collect()
}

#[test]
fn init_template_has_recognised_headers_dropdowns_examples_and_guide() {
    for (lang, guide_words, example) in [
        (
            Lang::Fr,
            [
                "Qui excelle dans son domaine ?",
                "Quels influenceurs",
                "Remerciez toujours",
                "Donnez en retour",
            ],
            "Claire Martin (exemple)",
        ),
        (
            Lang::En,
            [
                "Who excels in their field?",
                "Which influencers",
                "Always thank",
                "Give back",
            ],
            "Claire Martin (example)",
        ),
    ] {
        let bytes = template::workbook(lang, &[]).unwrap();
        assert_eq!(
            bytes,
            template::workbook(lang, &[]).unwrap(),
            "deterministic"
        );
        let lists = dropdowns(&bytes);
        let mut wb = open(bytes);
        assert_eq!(
            calamine::Reader::sheet_names(&wb),
            ["Contacts", "Journal", "Guide"]
        );
        let sheet = rows(&mut wb, "Contacts");
        let header = &sheet[0];
        let fields: Vec<Field> = template::columns().collect();
        assert_eq!(header.len(), fields.len());
        for (h, f) in header.iter().zip(&fields) {
            assert_eq!(text(Some(h)), f.label(lang));
            assert_eq!(Field::parse(&text(Some(h))), Some(*f), "{h:?}");
        }
        // Two example rows, their vocabulary cells read back as the codes they stand for.
        assert_eq!(sheet.len(), 3);
        assert_eq!(text(sheet[1].first()), example);
        let cell = |r: usize, f: Field| text(sheet[r].get(col(header, f)));
        assert_eq!(
            Category::parse(&cell(1, Field::Category)),
            Some(Category::Colleague)
        );
        assert_eq!(How::parse(&cell(1, Field::How)), Some(How::Coffee));
        assert_eq!(
            Horizon::parse(&cell(2, Field::Horizon)),
            Some(Horizon::Medium)
        );
        assert_eq!(
            Status::parse(&cell(2, Field::Status)),
            Some(Status::Contacted)
        );
        let objectives: Vec<_> = cell(2, Field::Objective)
            .split(',')
            .map(Objective::parse)
            .collect();
        assert_eq!(
            objectives,
            [Some(Objective::Business), Some(Objective::Partners)]
        );
        assert!(
            matches!(
                sheet[1][col(header, Field::Deadline)],
                calamine::Data::DateTime(_)
            ),
            "the deadline is a date cell"
        );
        // Every dropdown word is a word the reader understands for its column.
        assert_eq!(lists.len(), 6, "{lists:?}");
        for (column, words) in &lists {
            let index = column
                .bytes()
                .fold(0, |n, b| n * 26 + usize::from(b - b'A' + 1))
                - 1;
            let field = fields[index];
            assert!(words.len() >= 3, "{field:?}: {words:?}");
            for w in words {
                let ok = match field {
                    Field::Category => Category::parse(w).is_some(),
                    Field::Objective => Objective::parse(w).is_some(),
                    Field::Horizon => Horizon::parse(w).is_some(),
                    Field::How => How::parse(w).is_some(),
                    Field::Status => Status::parse(w).is_some(),
                    Field::Priority => Priority::parse(w).is_some(),
                    other => panic!("a dropdown on {other:?}"),
                };
                assert!(ok, "{field:?}: {w:?}");
            }
        }
        let guide: String = rows(&mut wb, "Guide")
            .iter()
            .map(|r| text(r.first()) + "\n")
            .collect();
        for w in guide_words {
            assert!(guide.contains(w), "{w:?} not in {guide}");
        }
        // No row of the guide could pass for a header row of a contact table.
        for r in rows(&mut wb, "Guide") {
            assert!(r.iter().skip(1).all(|c| text(Some(c)).is_empty()));
        }
    }
}

#[test]
fn init_from_an_export_writes_its_contacts_and_leaves_the_method_blank() {
    let mut a = contact(2, "Ana Lopez");
    a.company = Some("=cmd|' /C calc'!A0".into());
    a.role = Some("CTO".into());
    a.email = Some("ana@example.org".into());
    a.linkedin = Some("https://www.linkedin.com/in/ana".into());
    a.last_contact = Some(d(2024, 3, 15));
    let b = contact(3, "Bo Chen");
    let mut wb = open(template::workbook(Lang::En, &[a, b]).unwrap());
    let sheet = rows(&mut wb, "Contacts");
    let header = &sheet[0];
    assert_eq!(sheet.len(), 3, "no example rows");
    let cell = |r: usize, f: Field| sheet[r].get(col(header, f)).cloned();
    assert_eq!(text(cell(1, Field::Name).as_ref()), "Ana Lopez");
    // Text stays text: a company that looks like a formula is not one.
    assert_eq!(text(cell(1, Field::Company).as_ref()), "=cmd|' /C calc'!A0");
    assert_eq!(text(cell(1, Field::Email).as_ref()), "ana@example.org");
    let last = cell(1, Field::LastContact);
    match last {
        Some(calamine::Data::DateTime(x)) => {
            assert_eq!(x.as_datetime().map(|t| t.date()), Some(d(2024, 3, 15)));
        }
        other => panic!("last contact {other:?}"),
    }
    for f in [
        Field::Objective,
        Field::Horizon,
        Field::How,
        Field::Deadline,
    ] {
        assert_eq!(text(cell(1, f).as_ref()), "", "{f:?} left for the user");
    }
    assert_eq!(text(cell(2, Field::Name).as_ref()), "Bo Chen");
}
