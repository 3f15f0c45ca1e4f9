use super::*;
use crate::model::{Category, Horizon, How, NextAction, Objective, Status};
use crate::testkit::{config, d};

fn contact(row: u32, name: &str) -> Contact<'_> {
    Contact {
        row,
        name: name.into(),
        objectives: vec![Objective::Job].into(),
        horizon: Some(Horizon::Medium),
        how: Some(How::Coffee),
        ..Contact::default()
    }
}

fn ranks(contacts: Vec<Contact>, config: &Config) -> Vec<(String, u32)> {
    let out = assess(contacts, Vec::new(), config, Lang::En);
    out.assessed
        .iter()
        .map(|a| (out.contacts[a.index as usize].name.to_string(), a.rank))
        .collect()
}

#[test]
fn the_entrepreneur_of_two_twins_ranks_first() {
    let twin = contact(2, "Twin A");
    let entrepreneur = Contact {
        row: 3,
        name: "Twin B".into(),
        category: Some(Category::Entrepreneur),
        ..twin.clone()
    };
    let r = ranks(vec![twin, entrepreneur], &config());
    assert_eq!(r, [("Twin A".into(), 2), ("Twin B".into(), 1)]);
}

#[test]
fn a_contact_matching_the_users_objective_ranks_above_one_that_does_not() {
    let mut cfg = config();
    cfg.objectives = vec![(Objective::Business, 1)];
    let job = contact(2, "Job");
    let business = Contact {
        row: 3,
        name: "Business".into(),
        objectives: vec![Objective::Business].into(),
        ..job.clone()
    };
    let r = ranks(vec![job, business], &cfg);
    assert_eq!(r, [("Job".into(), 2), ("Business".into(), 1)]);
}

#[test]
fn short_term_ranks_before_long_term() {
    let long = Contact {
        horizon: Some(Horizon::Long),
        ..contact(2, "Long")
    };
    let short = Contact {
        horizon: Some(Horizon::Short),
        ..contact(3, "Short")
    };
    let r = ranks(vec![long, short], &config());
    assert_eq!(r, [("Long".into(), 2), ("Short".into(), 1)]);
}

#[test]
fn dropped_ones_are_inactive_ranked_last_and_never_planned() {
    let dropped = Contact {
        status: Status::Dropped,
        priority: Some(crate::model::Priority::High),
        ..contact(2, "Dropped")
    };
    let plain = Contact {
        horizon: Some(Horizon::Long),
        objectives: vec![].into(),
        ..contact(3, "Plain")
    };
    let out = assess(vec![dropped, plain], Vec::new(), &config(), Lang::Fr);
    let a = &out.assessed[0];
    assert_eq!(
        (a.action.next, a.action.flag, a.rank),
        (NextAction::None, Flag::Inactive, 2)
    );
    assert!(out.plan.items.iter().all(|p| p.index != 0));
    assert!(out.plan.backlog.iter().all(|b| b.index != 0));
    assert_eq!((out.totals.contacts, out.totals.active), (2, 1));
}

#[test]
fn equal_scores_rank_by_due_date_then_row() {
    let later = Contact {
        deadline: Some(d("2027-06-30")),
        ..contact(2, "Later")
    };
    let sooner = Contact {
        deadline: Some(d("2027-05-30")),
        ..contact(3, "Sooner")
    };
    let undated = contact(4, "Undated");
    let twin = contact(5, "Undated twin");
    let r = ranks(vec![later, sooner, undated, twin], &config());
    assert_eq!(
        r,
        [
            ("Later".into(), 2),
            ("Sooner".into(), 1),
            ("Undated".into(), 3),
            ("Undated twin".into(), 4)
        ]
    );
}

#[test]
fn totals_count_flags_plan_backlog_and_problems() {
    let overdue_thanks = Contact {
        status: Status::Met,
        last_contact: Some(d("2026-11-10")),
        ..contact(2, "Met")
    };
    let coffees = (3..6).map(|r| contact(r, "Coffee"));
    let contacts: Vec<Contact> = std::iter::once(overdue_thanks).chain(coffees).collect();
    let mut cfg = config();
    // November and December at one coffee a month; November's is taken by the meeting held
    // on the 10th (counted by its day): one coffee planned.
    cfg.weeks = 4;
    // The meeting was 16 days ago: still a thank-you with a 30-day window (the default 14
    // would turn it into news, see `plan::next`).
    cfg.thank_window_days = 30;
    let out = assess(contacts, Vec::new(), &cfg, Lang::En);
    assert_eq!(
        out.totals,
        Totals {
            contacts: 4,
            active: 4,
            overdue: 1,
            due_soon: 1,
            at_risk: 0,
            planned: 2,
            backlog: 2,
            problems: 0,
        }
    );
}

#[test]
fn an_action_planned_before_and_not_done_keeps_its_first_due_date() {
    let karim = Contact {
        status: Status::ToContact,
        ..contact(2, "Karim Benali")
    };
    let cfg = config();
    let before = History::new(
        vec![("karim  BENALI".into(), NextAction::Propose, d("2026-11-12"))],
        0,
    );
    let o = assess_remembering(
        vec![karim.clone()],
        Vec::new(),
        &cfg,
        Lang::En,
        Journal::default(),
        Some(&before),
        None,
    );
    assert_eq!(o.assessed[0].action.due, Some(d("2026-11-12")));
    assert_eq!(o.assessed[0].action.flag, Flag::Overdue);
    assert_eq!(o.assessed[0].action.days_late, 14);
    assert_eq!(o.history.carried, [0]);
    // An exchange since that date: it was done; a date still to come: nothing to carry.
    let met = Contact {
        last_contact: Some(d("2026-11-20")),
        ..karim.clone()
    };
    let o = assess_remembering(
        vec![met],
        Vec::new(),
        &cfg,
        Lang::En,
        Journal::default(),
        Some(&before),
        None,
    );
    assert!(o.history.carried.is_empty());
    let later = History::new(
        vec![("Karim Benali".into(), NextAction::Propose, d("2026-12-01"))],
        0,
    );
    let o = assess_remembering(
        vec![karim],
        Vec::new(),
        &cfg,
        Lang::En,
        Journal::default(),
        Some(&later),
        None,
    );
    assert!(o.history.carried.is_empty());
    assert_ne!(o.assessed[0].action.flag, Flag::Overdue);
}
