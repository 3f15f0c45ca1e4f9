//! A row already in conversation is never asked to be contacted from scratch: a status the
//! tool does not know, with a past exchange, reads as a conversation (a follow-up, or news),
//! and the word is still reported.

use super::*;
use crate::model::NextAction;
use crate::testkit::config;
use proptest::prelude::*;

fn headers() -> [(&'static str, ColumnRole); 5] {
    [
        ("Name", f(Field::Name)),
        ("Lead Status", f(Field::Status)),
        ("Last Activity Date", f(Field::LastContact)),
        ("Meeting date", f(Field::MeetingDate)),
        ("Next Follow-up", f(Field::Deadline)),
    ]
}

fn read(rows: Vec<Vec<Value>>) -> (Vec<Contact<'static>>, Vec<Problem>) {
    let (w, table) = book(&headers(), rows, Some(Lang::En));
    let opts = ReadOptions {
        today: Some(config().today),
        ..ReadOptions::default()
    };
    let (contacts, problems) = contacts(&w, &table, &opts);
    (
        contacts.into_iter().map(Contact::into_owned).collect(),
        problems,
    )
}

#[test]
fn an_unknown_status_with_a_past_exchange_is_a_conversation_and_a_problem() {
    let rows = vec![
        vec![t("Ann"), t("Zorglub"), t("2026-11-20"), t(""), t("")],
        vec![t("Ben"), t("Zorglub"), t("2026-02-01"), t(""), t("")],
        vec![t("Cat"), t("Zorglub"), t(""), t(""), t("")],
        vec![t("Dan"), t("Warm"), t("2026-11-24"), t(""), t("")],
    ];
    let (cs, problems) = read(rows);
    let statuses: Vec<Status> = cs.iter().map(|c| c.status).collect();
    assert_eq!(
        statuses,
        [
            Status::Contacted,
            Status::KeepInTouch,
            Status::ToContact,
            Status::Contacted
        ]
    );
    assert_eq!(cs[3].priority, Some(Priority::Normal), "warm is a priority");
    let unknown: Vec<_> = problems
        .iter()
        .filter(|p| p.kind == ProblemKind::UnknownValue)
        .collect();
    assert_eq!(unknown.len(), 3, "{problems:?}");
    assert!(
        unknown[0]
            .hint
            .en
            .starts_with("read as 'Contacted': an exchange took place on 2026-11-20"),
        "{:?}",
        unknown[0].hint
    );
}

/// A word no vocabulary of the status column knows.
fn unknown_word() -> impl Strategy<Value = String> {
    "[a-z]{3,10}( [a-z]{2,8})?".prop_filter("unknown", |w| {
        matches!(
            super::status::said(&Value::Text(w.as_str())),
            status::Said::Unknown(_)
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn an_unknown_status_with_a_past_last_contact_is_never_planned_as_propose(
        word in unknown_word(),
        days_ago in 0u64..3000,
        as_cell in any::<bool>(),
        meeting in proptest::option::of(-30i64..30),
        deadline in proptest::option::of(-60i64..60),
    ) {
        let today = config().today;
        let last = today - chrono::Days::new(days_ago);
        let last = if as_cell {
            Value::DateTime(last.and_hms_opt(0, 0, 0).unwrap())
        } else {
            t(&last.format("%Y-%m-%d").to_string())
        };
        let offset = |n: i64| {
            let d = if n < 0 { today - chrono::Days::new(n.unsigned_abs()) } else { today + chrono::Days::new(n as u64) };
            t(&d.format("%Y-%m-%d").to_string())
        };
        let row = vec![
            t("Claire Martin"),
            t(&word),
            last,
            meeting.map(offset).unwrap_or(Value::Empty),
            deadline.map(offset).unwrap_or(Value::Empty),
        ];
        let (cs, problems) = read(vec![row]);
        prop_assert!(problems.iter().any(|p| p.kind == ProblemKind::UnknownValue));
        let outcome = crate::assess::assess(cs, problems, &config(), Lang::En);
        prop_assert_ne!(outcome.assessed[0].action.next, NextAction::Propose);
        prop_assert!(outcome.plan.items.iter().all(|p| p.action != NextAction::Propose));
        prop_assert!(outcome.plan.backlog.iter().all(|b| b.action != NextAction::Propose));
    }
}

#[test]
fn a_crm_null_is_a_blank_cell_and_a_row_of_nulls_no_contact() {
    let rows = vec![
        vec![t("Ann"), t("null"), t("NULL"), t("null"), t("null")],
        vec![t("null"), t("null"), t("null"), t("null"), t("null")],
    ];
    let (cs, problems) = read(rows);
    assert_eq!(cs.len(), 1);
    assert_eq!(
        (cs[0].status, cs[0].last_contact, cs[0].deadline),
        (Status::ToContact, None, None)
    );
    assert!(problems.is_empty(), "{problems:?}");
}
