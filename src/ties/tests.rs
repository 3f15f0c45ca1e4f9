use super::*;
use crate::model::{Entry, Flag, Introduction, Status};
use crate::testkit::{config, d};
use crate::vocab::ExchangeKind;

fn person(name: &str, status: Status) -> Contact<'_> {
    Contact {
        name: name.into(),
        status,
        ..Contact::default()
    }
}

fn entry(contact: u32, date: &str, kind: ExchangeKind, row: u32) -> Entry {
    Entry {
        contact,
        date: d(date),
        kind: Some(kind),
        row,
    }
}

fn own(next: NextAction, due: &str) -> Action {
    Action {
        next,
        due: Some(d(due)),
        flag: Flag::Ok,
        days_late: 0,
        kind: SlotKind::Message,
        lapse: None,
    }
}

#[test]
fn a_courtesy_wins_over_a_proposal_but_not_over_an_earlier_thank_you() {
    let cfg = config();
    let owed = Owed {
        next: NextAction::Answer,
        since: d("2026-11-24"),
        due: d("2026-11-27"),
        about: None,
    };
    let propose = own(NextAction::Propose, "2026-11-20");
    assert_eq!(combine(propose, &owed, &cfg).next, NextAction::Answer);
    let thank = own(NextAction::Thank, "2026-11-26");
    assert_eq!(combine(thank, &owed, &cfg).next, NextAction::Thank);
    let later_thank = own(NextAction::Thank, "2026-11-28");
    let won = combine(later_thank, &owed, &cfg);
    assert_eq!(
        (won.next, won.due, won.flag),
        (NextAction::Answer, Some(d("2026-11-27")), Flag::DueSoon)
    );
    let none = own(NextAction::None, "2026-11-20");
    assert_eq!(combine(none, &owed, &cfg).next, NextAction::None);
    // A meeting booked after the courtesy's day keeps its preparation: replacing it would take
    // the meeting out of the plan.
    let booked = own(NextAction::Prepare, "2026-12-03");
    assert_eq!(combine(booked, &owed, &cfg).next, NextAction::Prepare);
}

#[test]
fn a_long_chain_of_introductions_is_walked_once() {
    // 100,000 contacts, each introduced by the one before: one walk, not one per contact.
    const N: u32 = 100_000;
    let contacts: Vec<Contact> = (0..N)
        .map(|i| Contact {
            name: format!("P{i}").into(),
            ..Contact::default()
        })
        .collect();
    let doors: Vec<Door> = (1..N)
        .map(|i| Door {
            by: Introducer::Contact(i - 1),
            to: i,
            since: None,
            logged: None,
            met: None,
        })
        .collect();
    let chain = chains(&contacts, &doors);
    assert_eq!(chain.len(), N as usize);
    assert_eq!(
        (chain[0].as_str(), chain[chain.len() - 1].as_str()),
        ("P0", "P99999")
    );
}

#[test]
fn a_request_stays_open_until_help_is_logged_after_it() {
    let cfg = config();
    let mut contacts = vec![person("Marc", Status::KeepInTouch)];
    let mut journal = Journal {
        entries: vec![
            entry(0, "2026-11-01", ExchangeKind::Help, 2),
            entry(0, "2026-11-10", ExchangeKind::Request, 3),
        ],
        ..Journal::default()
    };
    let ties = of(&mut contacts, &journal, &cfg, None);
    let o = ties.owed(0).unwrap();
    assert_eq!((o.next, o.due), (NextAction::Answer, d("2026-11-13")));
    journal
        .entries
        .push(entry(0, "2026-11-12", ExchangeKind::Help, 4));
    assert_eq!(of(&mut contacts, &journal, &cfg, None).owed(0), None);
}

#[test]
fn the_longest_chain_runs_from_the_first_introducer_and_a_circle_is_cut() {
    let cfg = config();
    let mut contacts = vec![
        person("Émilie", Status::Thanked),
        person("Sophie", Status::Met),
        person("Marc", Status::ToContact),
        person("Zoé", Status::ToContact),
    ];
    contacts[3].introduced_by = Some("Une amie".into());
    let journal = Journal {
        introductions: vec![
            Introduction {
                by: 0,
                to: Some(1),
                name: "Sophie".into(),
                date: d("2026-10-01"),
                row: 2,
                outside: false,
                note: String::new(),
            },
            Introduction {
                by: 1,
                to: Some(2),
                name: "Marc".into(),
                date: d("2026-11-01"),
                row: 3,
                outside: false,
                note: String::new(),
            },
            // Marc introduced Émilie: a circle, cut where it closes.
            Introduction {
                by: 2,
                to: Some(0),
                name: "Émilie".into(),
                date: d("2026-11-02"),
                row: 4,
                outside: false,
                note: String::new(),
            },
        ],
        ..Journal::default()
    };
    // The journal's index of the contacts finds the same introducers as one made afresh.
    let given = crate::journal::Index::new(&contacts);
    let with_given = of(&mut contacts.clone(), &journal, &cfg, Some(&given));
    let ties = of(&mut contacts, &journal, &cfg, None);
    assert_eq!(with_given.doors, ties.doors);
    assert_eq!(ties.doors.len(), 4);
    assert_eq!(contacts[2].introduced_by.as_deref(), Some("Sophie"));
    let chain = chains(&contacts, &ties.doors);
    assert_eq!(chain.len(), 3, "{chain:?}");
    assert_eq!(
        ties.doors.iter().find(|d| d.to == 3).map(|d| &d.by),
        Some(&Introducer::Outside("Une amie".into()))
    );
}

#[test]
fn give_and_take_counts_gifts_and_help() {
    let journal = Journal {
        entries: vec![
            entry(0, "2026-10-01", ExchangeKind::Meeting, 2),
            entry(0, "2026-10-15", ExchangeKind::Introduction, 3),
            entry(0, "2026-10-16", ExchangeKind::Thanks, 4),
            entry(1, "2026-10-01", ExchangeKind::Reply, 5),
            entry(1, "2026-10-02", ExchangeKind::Help, 6),
        ],
        ..Journal::default()
    };
    let mut contacts = vec![person("A", Status::Met), person("B", Status::Met)];
    let ties = of(&mut contacts, &journal, &config(), None);
    let a = ties.give_take(0).unwrap();
    assert_eq!((a.gave, a.got, a.owed()), (2, 0, true));
    let b = ties.give_take(1).unwrap();
    assert_eq!((b.gave, b.got, b.owed()), (1, 1, false));
}

#[test]
fn the_streak_crosses_the_year_and_waits_for_the_month_to_end() {
    let mut cfg = Config::new(d("2027-01-05"));
    cfg.meetings_per_month = 1;
    let mut contacts = vec![person("A", Status::Thanked), person("B", Status::Met)];
    // B's sheet says met on 3 December; the journal logs the same meeting: counted once.
    contacts[1].meeting_date = Some(d("2026-12-03"));
    let journal = Journal {
        entries: vec![
            entry(0, "2026-10-20", ExchangeKind::Meeting, 2),
            entry(0, "2026-11-20", ExchangeKind::Meeting, 3),
            entry(1, "2026-12-03", ExchangeKind::Meeting, 4),
            entry(0, "2027-01-04", ExchangeKind::Message, 5),
        ],
        ..Journal::default()
    };
    let r = routine::of(&contacts, &journal, &cfg);
    assert_eq!(r.months.len(), 12);
    assert_eq!(r.months[11], (d("2027-01-01"), 0));
    assert_eq!(r.months[10], (d("2026-12-01"), 1));
    // January is not over: the streak ends with December.
    assert_eq!((r.streak, r.missing()), (3, 1));
    assert_eq!(r.weeks[11], (d("2027-01-04"), 1));
    contacts[0].status = Status::Met;
    contacts[0].meeting_date = Some(d("2027-01-02"));
    let r = routine::of(&contacts, &journal, &cfg);
    assert_eq!((r.streak, r.missing()), (4, 0));
}

#[test]
fn the_rows_own_meeting_still_counts_when_the_journal_logs_a_newer_one() {
    let mut cfg = Config::new(d("2026-11-26"));
    cfg.meetings_per_month = 1;
    // Thanked after a September coffee; the journal logs a new coffee on 20 November, which
    // moved the contact's meeting date.
    let mut contacts = vec![person("Claire", Status::Met)];
    contacts[0].meeting_date = Some(d("2026-11-20"));
    let journal = Journal {
        entries: vec![entry(0, "2026-11-20", ExchangeKind::Meeting, 2)],
        contacts: vec![crate::model::ContactJournal {
            row_met: Some(d("2026-09-10")),
            ..Default::default()
        }],
        ..Journal::default()
    };
    let r = routine::of(&contacts, &journal, &cfg);
    let held: Vec<u32> = r.months.iter().map(|&(_, n)| n).collect();
    assert_eq!((held[9], held[10], held[11]), (1, 0, 1), "{held:?}");
}

#[test]
fn without_a_journal_the_sheets_own_dates_make_the_routine() {
    let mut cfg = Config::new(d("2026-11-26"));
    cfg.meetings_per_month = 1;
    let mut contacts = vec![
        person("Met, one date", Status::Met),
        person("Thanked", Status::Thanked),
        person("Booked, day passed", Status::Scheduled),
        person("Booked, ahead", Status::Scheduled),
    ];
    // A tracker keeps one date: a contact just met was met on its last contact.
    contacts[0].last_contact = Some(d("2026-11-20"));
    // A thanked row's last contact is the thank-you, not the meeting.
    contacts[1].last_contact = Some(d("2026-10-15"));
    contacts[2].meeting_date = Some(d("2026-09-10"));
    contacts[3].meeting_date = Some(d("2026-12-03"));
    let r = routine::of(&contacts, &Journal::default(), &cfg);
    let held: Vec<u32> = r.months.iter().map(|&(_, n)| n).collect();
    assert_eq!(held[11], 1, "November: {held:?}");
    assert_eq!(held[10], 0, "October: {held:?}");
    assert_eq!(held[9], 1, "September: {held:?}");
    // No pace set: no streak.
    cfg.meetings_per_month = 0;
    assert_eq!(routine::of(&contacts, &Journal::default(), &cfg).streak, 0);
}
