//! The journal's effect on every status, entry by entry, and its reading of a sheet.

use super::*;
use crate::model::NextAction as N;
use crate::model::Status;
use crate::model::{Format, ProblemKind, Sheet, Value};
use crate::plan::next_action;
use crate::testkit::{config, d};
use ExchangeKind as K;
use Status as S;

/// A contact of `status` whose row says its last contact was on 10 November (and, booked, a
/// meeting on 3 December), medium term: news every 60 days.
fn row(status: Status) -> Contact<'static> {
    Contact {
        row: 2,
        name: "Claire Martin".into(),
        status,
        last_contact: Some(d("2026-11-10")),
        meeting_date: (status == S::Scheduled).then(|| d("2026-12-03")),
        horizon: Some(crate::model::Horizon::Medium),
        ..Contact::default()
    }
}

/// The contact after `facts`, its next action and due date.
fn after(mut c: Contact<'static>, facts: &[(Option<ExchangeKind>, &str)]) -> (Status, N, String) {
    let facts = facts
        .iter()
        .zip(10..)
        .map(|(&(kind, day), row)| Fact {
            contact: 0,
            date: d(day),
            kind,
            row,
            booked: None,
        })
        .collect();
    let cfg = config();
    let j = moved(std::slice::from_mut(&mut c), facts, &cfg, |_| String::new());
    let _ = &j;
    let a = next_action(&c, &cfg);
    let due = a.due.map(|d| d.to_string()).unwrap_or_default();
    (c.status, a.next, due)
}

#[test]
fn every_kind_of_entry_against_every_status() {
    // One entry on Tuesday 24 November; today is Thursday 26.
    const TUE: &str = "2026-11-24";
    let thank = "2026-11-26"; // 2 days after the entry
    let follow = "2026-12-04"; // 10 days after the entry
    let news = "2027-01-25"; // 60 days after the entry (Saturday 23: Monday 25)
    #[rustfmt::skip]
    let cases: &[(S, Option<K>, S, N, &str)] = &[
        (S::ToContact, Some(K::Meeting), S::Met, N::Thank, thank),
        (S::ToContact, Some(K::Message), S::Contacted, N::FollowUp, follow),
        (S::ToContact, Some(K::Reply), S::Agreed, N::Schedule, thank),
        (S::ToContact, Some(K::Decline), S::KeepInTouch, N::KeepInTouch, news),
        (S::ToContact, Some(K::Thanks), S::ToContact, N::Propose, ""),
        (S::ToContact, Some(K::News), S::Contacted, N::FollowUp, follow),
        (S::ToContact, Some(K::Request), S::ToContact, N::Propose, ""),
        (S::ToContact, Some(K::Help), S::ToContact, N::Propose, ""),
        (S::ToContact, Some(K::Introduction), S::ToContact, N::Propose, ""),
        (S::ToContact, None, S::ToContact, N::Propose, ""),

        (S::Contacted, Some(K::Meeting), S::Met, N::Thank, thank),
        (S::Contacted, Some(K::Message), S::Contacted, N::FollowUp, follow),
        (S::Contacted, Some(K::Reply), S::Agreed, N::Schedule, thank),
        (S::Contacted, Some(K::Decline), S::KeepInTouch, N::KeepInTouch, news),
        (S::Agreed, Some(K::Meeting), S::Met, N::Thank, thank),
        (S::Agreed, Some(K::Message), S::Agreed, N::Schedule, thank),
        (S::Agreed, Some(K::Reply), S::Agreed, N::Schedule, thank),
        (S::Agreed, Some(K::Decline), S::KeepInTouch, N::KeepInTouch, news),
        (S::Agreed, Some(K::Thanks), S::Agreed, N::Schedule, thank),
        (S::Agreed, Some(K::News), S::Agreed, N::Schedule, thank),
        (S::Agreed, Some(K::Request), S::Agreed, N::Schedule, thank),
        (S::Agreed, Some(K::Help), S::Agreed, N::Schedule, thank),
        (S::Agreed, Some(K::Introduction), S::Agreed, N::Schedule, thank),
        (S::Agreed, None, S::Agreed, N::Schedule, thank),
        (S::Contacted, Some(K::Thanks), S::Contacted, N::FollowUp, follow),
        (S::Contacted, Some(K::News), S::Contacted, N::FollowUp, follow),
        (S::Contacted, Some(K::Request), S::Contacted, N::FollowUp, follow),
        (S::Contacted, Some(K::Help), S::Contacted, N::FollowUp, follow),
        (S::Contacted, Some(K::Introduction), S::Contacted, N::FollowUp, follow),
        (S::Contacted, None, S::Contacted, N::FollowUp, follow),

        // Booked for 3 December: a coffee on the 24th was another meeting, the booked one is
        // still to prepare.
        (S::Scheduled, Some(K::Meeting), S::Scheduled, N::Prepare, "2026-12-03"),
        (S::Scheduled, Some(K::Message), S::Scheduled, N::Prepare, "2026-12-03"),
        (S::Scheduled, Some(K::Reply), S::Scheduled, N::Prepare, "2026-12-03"),
        (S::Scheduled, Some(K::Decline), S::Scheduled, N::Prepare, "2026-12-03"),
        (S::Scheduled, Some(K::Thanks), S::Scheduled, N::Prepare, "2026-12-03"),
        (S::Scheduled, Some(K::News), S::Scheduled, N::Prepare, "2026-12-03"),
        (S::Scheduled, Some(K::Request), S::Scheduled, N::Prepare, "2026-12-03"),
        (S::Scheduled, Some(K::Help), S::Scheduled, N::Prepare, "2026-12-03"),
        (S::Scheduled, Some(K::Introduction), S::Scheduled, N::Prepare, "2026-12-03"),
        (S::Scheduled, None, S::Scheduled, N::Prepare, "2026-12-03"),

        (S::Met, Some(K::Meeting), S::Met, N::Thank, thank),
        // An e-mail after a meeting does not undo it: still to thank.
        (S::Met, Some(K::Message), S::Met, N::Thank, thank),
        (S::Met, Some(K::Reply), S::Met, N::Thank, thank),
        (S::Met, Some(K::Decline), S::Met, N::Thank, thank),
        (S::Met, Some(K::Thanks), S::Thanked, N::KeepInTouch, news),
        (S::Met, Some(K::News), S::KeepInTouch, N::KeepInTouch, news),
        (S::Met, Some(K::Request), S::Met, N::Thank, thank),
        (S::Met, Some(K::Help), S::Met, N::Thank, thank),
        (S::Met, Some(K::Introduction), S::Met, N::Thank, thank),
        (S::Met, None, S::Met, N::Thank, thank),

        // Thanked on the 10th: a meeting after that is a new one, to be thanked.
        (S::Thanked, Some(K::Meeting), S::Met, N::Thank, thank),
        (S::Thanked, Some(K::Message), S::Thanked, N::KeepInTouch, news),
        (S::Thanked, Some(K::Reply), S::Thanked, N::KeepInTouch, news),
        (S::Thanked, Some(K::Decline), S::Thanked, N::KeepInTouch, news),
        (S::Thanked, Some(K::Thanks), S::Thanked, N::KeepInTouch, news),
        (S::Thanked, Some(K::News), S::KeepInTouch, N::KeepInTouch, news),
        (S::Thanked, Some(K::Request), S::Thanked, N::KeepInTouch, news),
        (S::Thanked, Some(K::Help), S::Thanked, N::KeepInTouch, news),
        (S::Thanked, Some(K::Introduction), S::Thanked, N::KeepInTouch, news),
        (S::Thanked, None, S::Thanked, N::KeepInTouch, news),

        (S::KeepInTouch, Some(K::Meeting), S::Met, N::Thank, thank),
        (S::KeepInTouch, Some(K::Message), S::KeepInTouch, N::KeepInTouch, news),
        (S::KeepInTouch, Some(K::Reply), S::KeepInTouch, N::KeepInTouch, news),
        (S::KeepInTouch, Some(K::Decline), S::KeepInTouch, N::KeepInTouch, news),
        (S::KeepInTouch, Some(K::Thanks), S::KeepInTouch, N::KeepInTouch, news),
        (S::KeepInTouch, Some(K::News), S::KeepInTouch, N::KeepInTouch, news),
        (S::KeepInTouch, Some(K::Request), S::KeepInTouch, N::KeepInTouch, news),
        (S::KeepInTouch, Some(K::Help), S::KeepInTouch, N::KeepInTouch, news),
        (S::KeepInTouch, Some(K::Introduction), S::KeepInTouch, N::KeepInTouch, news),
        (S::KeepInTouch, None, S::KeepInTouch, N::KeepInTouch, news),
    ];
    let mut seen = 0;
    for &(status, kind, to, next, due) in cases {
        assert_eq!(
            after(row(status), &[(kind, TUE)]),
            (to, next, due.to_string()),
            "{status:?} + {kind:?}"
        );
        seen += 1;
    }
    // Dropped stays dropped, whatever is logged.
    for kind in ExchangeKind::ALL.iter().copied().map(Some).chain([None]) {
        assert_eq!(
            after(row(S::Dropped), &[(kind, TUE)]),
            (S::Dropped, N::None, String::new())
        );
        seen += 1;
    }
    assert_eq!(seen, (ExchangeKind::ALL.len() + 1) * Status::ALL.len());
}

#[test]
fn entries_apply_in_date_order_and_never_move_a_status_backward() {
    // A coffee, then the thank-you, then an old e-mail logged late: thanked, news from the
    // thank-you.
    let got = after(
        row(S::ToContact),
        &[
            (Some(K::Meeting), "2026-11-12"),
            (Some(K::Message), "2026-11-01"),
            (Some(K::Thanks), "2026-11-13"),
        ],
    );
    assert_eq!(got, (S::Thanked, N::KeepInTouch, "2027-01-12".into()));
    // A reply, then the message proposing the date: still a day to agree, never a follow-up.
    let got = after(
        row(S::Contacted),
        &[
            (Some(K::Reply), "2026-11-20"),
            (Some(K::Message), "2026-11-21"),
        ],
    );
    assert_eq!(got, (S::Agreed, N::Schedule, "2026-11-23".into()));
    // Thanked or kept in touch with no date on the row: the coffee logged is the newer
    // exchange, a meeting to thank (the journal is where what happens now is written).
    for status in [S::Thanked, S::KeepInTouch] {
        let mut c = row(status);
        c.last_contact = None;
        assert_eq!(
            after(c, &[(Some(K::Meeting), "2026-11-24")]),
            (S::Met, N::Thank, "2026-11-26".into())
        );
    }
}

fn workbook(rows: Vec<Vec<&str>>) -> Workbook {
    let rows: Vec<Vec<Value>> = rows
        .into_iter()
        .map(|r| r.into_iter().map(|c| Value::Text(c.into())).collect())
        .collect();
    Workbook {
        format: Format::Xlsx,
        sheets: vec![Sheet {
            name: "Journal".into(),
            rows: rows.into(),
            ..Default::default()
        }],
    }
}

fn contacts() -> Vec<Contact<'static>> {
    let c = |row, name: &'static str| Contact {
        row,
        name: name.into(),
        ..Contact::default()
    };
    vec![
        c(2, "Claire Martin"),
        c(12, "Léa Moreau"),
        c(40, "Léa Moreau"),
        c(41, "Paul Durand"),
    ]
}

fn table(wb: &Workbook) -> JournalTable {
    match crate::read::journal::in_file(wb) {
        crate::read::journal::Found::Table(t) => t,
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_sheet_of_entries_moves_its_contacts_and_reports_what_it_cannot_apply() {
    let wb = workbook(vec![
        vec!["Date", "Contact", "Quoi", "Note"],
        vec![
            "24/11/2026",
            "claire martin",
            "Café",
            "café avec Claire Martin",
        ],
        vec!["24/11/2026", "Lea Moreau", "Café", ""],
        vec!["24/11/2026", "Claire Martine", "Café", ""],
        vec!["25/11/2026", "Durand Paul", "Pétanque", ""],
        // A thank-you dated ahead is a problem (a meeting so dated is one booked: issue 22).
        vec!["30/11/2026", "Paul Durand", "Merci", ""],
        vec!["bientôt", "Paul Durand", "Café", ""],
        vec![],
        vec!["", "Paul Durand", "Café", ""],
    ]);
    let t = table(&wb);
    let mut cs = contacts();
    let src = Source {
        workbook: &wb,
        table: &t,
        file: None,
    };
    let (j, problems, _) = apply(src, &mut cs, &config());
    assert_eq!(cs[0].status, S::Met);
    assert_eq!(cs[0].last_contact, Some(d("2026-11-24")));
    let last = j.contacts[0].last.as_ref().unwrap();
    assert_eq!((last.word.as_str(), last.row), ("Café", Some(2)));
    assert_eq!(j.contacts[0].step.as_ref().map(|s| s.row), Some(Some(2)));
    // Paul: an unknown kind still counts as an exchange on its date.
    assert_eq!(cs[3].status, S::ToContact);
    assert_eq!(cs[3].last_contact, Some(d("2026-11-25")));
    assert_eq!(j.contacts[3].entries, 1);
    let got: Vec<(Option<u32>, ProblemKind, String)> = problems
        .iter()
        .map(|p| (p.row, p.kind, p.hint.en.to_string()))
        .collect();
    assert_eq!(got.len(), 6, "{got:#?}");
    assert_eq!(got[0].1, ProblemKind::AmbiguousContact);
    assert!(
        got[0].2.starts_with("ambiguous: rows 12 and 40"),
        "{}",
        got[0].2
    );
    assert_eq!(got[1].1, ProblemKind::UnknownContact);
    assert!(got[1].2.contains("Claire Martin (2)"), "{}", got[1].2);
    assert_eq!((got[2].0, got[2].1), (Some(5), ProblemKind::UnknownValue));
    assert_eq!((got[3].0, got[3].1), (Some(6), ProblemKind::EntryInFuture));
    assert_eq!(
        (got[4].0, got[4].1),
        (Some(7), ProblemKind::DateNotUnderstood)
    );
    assert_eq!(
        (got[5].0, got[5].1),
        (Some(9), ProblemKind::EntryIncomplete)
    );
    let r = j.report.unwrap();
    assert_eq!((r.entries, r.applied, r.problems), (7, 2, 6));
}

#[test]
fn meetings_logged_this_month_beyond_one_per_contact_are_counted_for_the_plan() {
    let mut cfg = config();
    cfg.today = d("2026-11-26");
    let mut cs = contacts();
    let facts = vec![
        Fact {
            contact: 0,
            date: d("2026-11-03"),
            kind: Some(K::Meeting),
            row: 2,
            booked: None,
        },
        Fact {
            contact: 0,
            date: d("2026-11-20"),
            kind: Some(K::Meeting),
            row: 3,
            booked: None,
        },
        Fact {
            contact: 3,
            date: d("2026-11-21"),
            kind: Some(K::Meeting),
            row: 4,
            booked: None,
        },
        Fact {
            contact: 3,
            date: d("2026-10-21"),
            kind: Some(K::Meeting),
            row: 5,
            booked: None,
        },
    ];
    let j = moved(&mut cs, facts, &cfg, |_| String::new());
    // Claire's two coffees and Paul's November one: three; the plan sees two met contacts.
    assert_eq!(j.extra_meetings_this_month, 1);
}

proptest::proptest! {
    /// Whatever the entries and their order in the sheet: the same result, the last contact
    /// is the latest date, a dropped contact stays dropped, and a status only ever goes back
    /// to "met" (a new meeting to thank for), never further.
    #[test]
    fn entries_in_any_order_give_one_result_that_never_moves_back(
        status in 0usize..7,
        entries in proptest::collection::vec((0usize..9, 0u32..60), 0..8),
        shift in 0usize..8,
    ) {
        let status = Status::ALL[status];
        let kinds: Vec<Option<ExchangeKind>> =
            ExchangeKind::ALL.iter().copied().map(Some).chain([None]).collect();
        let facts: Vec<Fact> = entries
            .iter()
            .zip(2..)
            .map(|(&(k, day), row)| Fact {
                contact: 0,
                date: d("2026-09-01") + chrono::Days::new(u64::from(day)),
                kind: kinds[k],
                row, booked: None
            })
            .collect();
        let mut turned = facts.clone();
        turned.rotate_left(shift.min(facts.len()));
        let run = |facts: Vec<Fact>| {
            let mut c = row(status);
            moved(std::slice::from_mut(&mut c), facts, &config(), |_| String::new());
            c
        };
        let a = run(facts.clone());
        proptest::prop_assert_eq!(&a, &run(turned));
        let latest = facts.iter().map(|f| f.date).chain(row(status).last_contact).max();
        proptest::prop_assert_eq!(a.last_contact, latest);
        if status == Status::Dropped {
            proptest::prop_assert_eq!(a.status, Status::Dropped);
        }
        let rank = |s: Status| Status::ALL.iter().position(|&x| x == s).unwrap();
        proptest::prop_assert!(
            rank(a.status) >= rank(status).min(rank(Status::Met)),
            "{:?} -> {:?}", status, a.status
        );
    }
}
