//! Table tests of the plan on a few hand-written contacts: capacities, order, due dates,
//! deadlines, booked meetings and the backlog.

use chrono::NaiveDate;

use crate::assess::assess;
use crate::config::Config;
use crate::model::{
    BacklogReason, Contact, Flag, Horizon, How, Lang, NextAction, Objective, Outcome, Status,
};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// Thursday 26 November 2026, in ISO week 2026-W48.
fn config() -> Config {
    Config::new(d("2026-11-26"))
}

fn coffee(row: u32) -> Contact {
    Contact {
        row,
        name: format!("Row {row}"),
        objectives: vec![Objective::Job],
        horizon: Some(Horizon::Medium),
        how: Some(How::Coffee),
        ..Contact::default()
    }
}

fn run(contacts: Vec<Contact>, config: &Config) -> Outcome {
    assess(contacts, Vec::new(), config, Lang::En)
}

/// (row, week, date, action) of each planned item, in plan order.
fn planned(out: &Outcome) -> Vec<(u32, String, NaiveDate, NextAction)> {
    out.plan
        .items
        .iter()
        .map(|p| (out.contacts[p.index].row, p.week.clone(), p.date, p.action))
        .collect()
}

fn backlog(out: &Outcome) -> Vec<(u32, BacklogReason)> {
    out.plan
        .backlog
        .iter()
        .map(|b| (out.contacts[b.index].row, b.reason))
        .collect()
}

#[test]
fn one_coffee_a_month_gives_one_meeting_per_month() {
    let out = run((2..7).map(coffee).collect(), &config());
    let p = planned(&out);
    // 12 weeks from W48 end on Sunday 14 February 2027: November to February, one each.
    let dates: Vec<(String, NaiveDate)> = p.iter().map(|x| (x.1.clone(), x.2)).collect();
    assert_eq!(
        dates,
        [
            ("2026-W48".into(), d("2026-11-26")),
            ("2026-W49".into(), d("2026-12-01")),
            ("2026-W53".into(), d("2027-01-01")),
            ("2027-W05".into(), d("2027-02-01")),
        ]
    );
    assert_eq!(backlog(&out), [(6, BacklogReason::Capacity)]);
    // The planned day becomes the due date of a propose without deadline.
    let a = &out.assessed[1].action;
    assert_eq!((a.due, a.flag), (Some(d("2026-12-01")), Flag::DueSoon));
    let a = &out.assessed[3].action;
    assert_eq!((a.due, a.flag), (Some(d("2027-02-01")), Flag::Ok));
    assert_eq!(
        (out.assessed[4].action.due, out.assessed[4].action.flag),
        (None, Flag::Ok)
    );
}

#[test]
fn messages_fill_a_week_then_the_next_monday() {
    let met = |row| Contact {
        status: Status::Met,
        last_contact: Some(d("2026-11-20")),
        ..coffee(row)
    };
    let out = run((2..6).map(met).collect(), &config());
    let weeks: Vec<(u32, String, NaiveDate)> =
        planned(&out).into_iter().map(|x| (x.0, x.1, x.2)).collect();
    assert_eq!(
        weeks,
        [
            (2, "2026-W48".into(), d("2026-11-26")),
            (3, "2026-W48".into(), d("2026-11-26")),
            (4, "2026-W48".into(), d("2026-11-26")),
            (5, "2026-W49".into(), d("2026-11-30")),
        ]
    );
    assert!(out.assessed.iter().all(|a| a.action.flag == Flag::Overdue));
}

#[test]
fn news_due_later_waits_for_its_week_and_past_the_plan_goes_to_backlog() {
    let news = |row, last: &str| Contact {
        status: Status::KeepInTouch,
        cadence_days: Some(30),
        last_contact: Some(d(last)),
        ..coffee(row)
    };
    // Due Tuesday 5 January 2027 (week 2027-W01), and due 2 April 2027 (after the plan's 14 February).
    let out = run(
        vec![news(2, "2026-12-06"), news(3, "2027-03-03")],
        &config(),
    );
    assert_eq!(
        planned(&out),
        [(
            2,
            "2027-W01".into(),
            d("2027-01-05"),
            NextAction::KeepInTouch
        )]
    );
    assert_eq!(backlog(&out), [(3, BacklogReason::BeyondPlan)]);
}

#[test]
fn a_booked_meeting_keeps_its_week_and_its_months_slot() {
    let booked = Contact {
        status: Status::Scheduled,
        meeting_date: Some(d("2026-12-10")),
        horizon: Some(Horizon::Long),
        ..coffee(2)
    };
    let higher = Contact {
        horizon: Some(Horizon::Short),
        deadline: Some(d("2026-12-31")),
        ..coffee(3)
    };
    let out = run(vec![booked, higher, coffee(4)], &config());
    assert_eq!(
        planned(&out),
        [
            (3, "2026-W48".into(), d("2026-11-26"), NextAction::Propose),
            (2, "2026-W50".into(), d("2026-12-10"), NextAction::Prepare),
            (4, "2026-W53".into(), d("2027-01-01"), NextAction::Propose),
        ]
    );
}

#[test]
fn a_booked_meeting_in_a_full_month_is_at_risk_in_the_backlog() {
    let booked = |row, day: &str| Contact {
        status: Status::Scheduled,
        meeting_date: Some(d(day)),
        ..coffee(row)
    };
    let out = run(
        vec![booked(2, "2026-12-10"), booked(3, "2026-12-03")],
        &config(),
    );
    assert_eq!(
        planned(&out),
        [(3, "2026-W49".into(), d("2026-12-03"), NextAction::Prepare)]
    );
    assert_eq!(backlog(&out), [(2, BacklogReason::Capacity)]);
    assert_eq!(out.assessed[0].action.flag, Flag::AtRisk);
    assert_eq!(out.totals.at_risk, 1);
}

#[test]
fn a_deadline_that_cannot_be_met_is_at_risk_but_still_planned_later() {
    let due = |row| Contact {
        deadline: Some(d("2026-11-30")),
        ..coffee(row)
    };
    let out = run(vec![due(2), due(3)], &config());
    assert_eq!(
        planned(&out).iter().map(|x| (x.0, x.2)).collect::<Vec<_>>(),
        [(2, d("2026-11-26")), (3, d("2026-12-01"))]
    );
    assert_eq!(out.assessed[0].action.flag, Flag::DueSoon);
    assert_eq!(out.assessed[1].action.flag, Flag::AtRisk);
    // The due date stays the deadline, not the planned day.
    assert_eq!(out.assessed[1].action.due, Some(d("2026-11-30")));
}

#[test]
fn overdue_and_courtesy_come_before_a_higher_score_and_deadline_before_score() {
    let mut cfg = config();
    cfg.messages_per_week = 1;
    let email = |row, deadline: Option<&str>, horizon| Contact {
        how: Some(How::Email),
        deadline: deadline.map(d),
        horizon: Some(horizon),
        ..coffee(row)
    };
    let thanks = Contact {
        status: Status::Met,
        last_contact: Some(d("2026-11-25")),
        horizon: Some(Horizon::Long),
        objectives: vec![],
        ..coffee(2)
    };
    let out = run(
        vec![
            email(3, None, Horizon::Short),
            email(4, Some("2027-01-15"), Horizon::Long),
            thanks,
        ],
        &cfg,
    );
    let order: Vec<u32> = planned(&out).iter().map(|x| x.0).collect();
    // The thank-you first (a courtesy), then the deadline, then the higher score.
    assert_eq!(order, [2, 4, 3]);
}

#[test]
fn an_overdue_deadline_stays_overdue_with_its_days_late_when_planned() {
    let late = Contact {
        deadline: Some(d("2026-11-16")),
        ..coffee(2)
    };
    let out = run(vec![late], &config());
    let a = &out.assessed[0].action;
    assert_eq!(
        (a.flag, a.days_late, a.due),
        (Flag::Overdue, 10, Some(d("2026-11-16")))
    );
    assert_eq!(planned(&out)[0].2, d("2026-11-26"));
}

#[test]
fn zero_capacity_puts_everything_in_the_backlog() {
    let mut cfg = config();
    cfg.meetings_per_month = 0;
    cfg.messages_per_week = 0;
    let out = run(
        vec![
            coffee(2),
            Contact {
                status: Status::Contacted,
                ..coffee(3)
            },
        ],
        &cfg,
    );
    assert!(out.plan.items.is_empty());
    // In rank order: the follow-up (due now, undated) outranks the coffee.
    assert_eq!(
        backlog(&out),
        [(3, BacklogReason::Capacity), (2, BacklogReason::Capacity)]
    );
}

#[test]
fn a_meeting_held_this_month_uses_this_months_slot() {
    let held = Contact {
        status: Status::Thanked,
        meeting_date: Some(d("2026-11-05")),
        last_contact: Some(d("2026-11-06")),
        ..coffee(2)
    };
    let out = run(vec![held, coffee(3)], &config());
    assert_eq!(
        planned(&out)[0],
        (3, "2026-W49".into(), d("2026-12-01"), NextAction::Propose)
    );
    // The same meeting held last month leaves November free.
    let last_month = Contact {
        status: Status::Thanked,
        meeting_date: Some(d("2026-10-28")),
        last_contact: Some(d("2026-10-29")),
        ..coffee(2)
    };
    let out = run(vec![last_month, coffee(3)], &config());
    assert_eq!(planned(&out)[0].2, d("2026-11-26"));
}

#[test]
fn a_month_starting_on_a_weekend_plans_its_meeting_on_the_monday() {
    // 1 May 2027 is a Saturday.
    let cfg = Config::new(d("2027-04-20"));
    let out = run(vec![coffee(2), coffee(3)], &cfg);
    let days: Vec<NaiveDate> = planned(&out).iter().map(|x| x.2).collect();
    assert_eq!(days, [d("2027-04-20"), d("2027-05-03")]);
}

#[test]
fn a_scheduled_row_with_only_a_when_is_booked_on_that_day() {
    let booked = Contact {
        status: Status::Scheduled,
        deadline: Some(d("2026-12-03")),
        ..coffee(2)
    };
    let out = run(vec![coffee(3), booked], &config());
    assert_eq!(
        planned(&out),
        [
            (3, "2026-W48".into(), d("2026-11-26"), NextAction::Propose),
            (2, "2026-W49".into(), d("2026-12-03"), NextAction::Prepare),
        ]
    );
}

#[test]
fn no_room_is_at_risk_only_for_a_deadline_within_the_plan() {
    let mut cfg = config();
    cfg.meetings_per_month = 0;
    let within = Contact {
        deadline: Some(d("2027-01-20")),
        ..coffee(2)
    };
    let after = Contact {
        deadline: Some(d("2027-03-31")),
        ..coffee(3)
    };
    let out = run(vec![within, after], &cfg);
    assert_eq!(out.plan.backlog.len(), 2);
    assert_eq!(out.assessed[0].action.flag, Flag::AtRisk);
    assert_eq!(out.assessed[1].action.flag, Flag::Ok);
}
