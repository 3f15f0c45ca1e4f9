//! Table tests of the plan on a few hand-written contacts: capacities, order, due dates,
//! deadlines, booked meetings and the backlog.

use chrono::NaiveDate;

use crate::assess::assess;
use crate::assess::Outcome;
use crate::config::Config;
use crate::model::{
    BacklogReason, Contact, Flag, Horizon, How, Lang, NextAction, Objective, Status,
};
use crate::testkit::{config, d};

fn coffee(row: u32) -> Contact<'static> {
    Contact {
        row,
        name: format!("Row {row}").into(),
        objectives: vec![Objective::Job].into(),
        horizon: Some(Horizon::Medium),
        how: Some(How::Coffee),
        ..Contact::default()
    }
}

fn run(contacts: Vec<Contact<'static>>, config: &Config) -> Outcome<'static> {
    assess(contacts, Vec::new(), config, Lang::En)
}

/// (row, week, date, action) of each planned item, in plan order.
fn planned(out: &Outcome) -> Vec<(u32, String, NaiveDate, NextAction)> {
    out.plan
        .items
        .iter()
        .map(|p| {
            (
                out.contacts[p.index as usize].row,
                p.week.clone(),
                p.date,
                p.action,
            )
        })
        .collect()
}

fn backlog(out: &Outcome) -> Vec<(u32, BacklogReason)> {
    out.plan
        .backlog
        .iter()
        .map(|b| (out.contacts[b.index as usize].row, b.reason))
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
            ("2027-W01".into(), d("2027-01-04")),
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
    // Kept in touch by e-mail: news (a coffee would be a meeting again, issue 22).
    let news = |row, last: &str| Contact {
        status: Status::KeepInTouch,
        cadence_days: Some(30),
        last_contact: Some(d(last)),
        how: Some(crate::model::How::Email),
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
            (4, "2027-W01".into(), d("2027-01-04"), NextAction::Propose),
        ]
    );
}

/// Bug: a meeting already booked on a date was sent to the backlog as "capacity" and flagged
/// `at_risk` when its month was full. It is in the user's calendar: its `prepare` is always
/// planned on its day; it still uses up the month, so proposals wait for a month with room.
#[test]
fn a_booked_meeting_is_never_sent_to_the_backlog_for_capacity() {
    let held = Contact {
        status: Status::Met,
        meeting_date: Some(d("2026-11-10")),
        last_contact: Some(d("2026-11-10")),
        ..coffee(2)
    };
    let booked = |row, day: &str| Contact {
        status: Status::Scheduled,
        meeting_date: Some(d(day)),
        ..coffee(row)
    };
    let contacts = || {
        vec![
            held.clone(),
            booked(3, "2026-11-28"),
            booked(4, "2026-12-03"),
            booked(5, "2026-12-05"),
            coffee(6),
        ]
    };
    use NextAction::{Prepare, Propose, Thank};
    /// (row, planned day, action) of each planned item, in plan order.
    type Expected = &'static [(u32, &'static str, NextAction)];
    #[rustfmt::skip]
    let cases: &[(u32, Expected, &[u32])] = &[
        // The reviewer's case: November already had its coffee (Alice), December is booked
        // twice; the three meetings keep their days and the proposal waits for January.
        (1, &[(2, "2026-11-26", Thank), (3, "2026-11-28", Prepare), (4, "2026-12-03", Prepare),
              (5, "2026-12-05", Prepare), (6, "2027-01-04", Propose)], &[]),
        // Three a month: November (one held, one booked) still has room for the proposal, the
        // third of the month, spread to the last working day left.
        (3, &[(2, "2026-11-26", Thank), (3, "2026-11-28", Prepare), (6, "2026-11-30", Propose),
              (4, "2026-12-03", Prepare), (5, "2026-12-05", Prepare)], &[]),
        // No meetings at all: what is booked still happens; no proposal is planned.
        (0, &[(2, "2026-11-26", Thank), (3, "2026-11-28", Prepare), (4, "2026-12-03", Prepare),
              (5, "2026-12-05", Prepare)], &[6]),
    ];
    for &(per_month, want, backlogged) in cases {
        let mut cfg = config();
        cfg.meetings_per_month = per_month;
        // Alice was met 16 days ago: still a thank-you with a 30-day window (the default 14
        // turns it into news; this test is about the meeting she used up).
        cfg.thank_window_days = 30;
        let out = run(contacts(), &cfg);
        let got: Vec<(u32, NaiveDate, NextAction)> =
            planned(&out).into_iter().map(|x| (x.0, x.2, x.3)).collect();
        let want: Vec<(u32, NaiveDate, NextAction)> =
            want.iter().map(|&(r, day, a)| (r, d(day), a)).collect();
        assert_eq!(got, want, "{per_month} meeting(s) a month");
        let rows: Vec<u32> = backlog(&out).iter().map(|b| b.0).collect();
        assert_eq!(rows, backlogged, "{per_month} meeting(s) a month");
        assert_eq!(out.totals.at_risk, 0, "{per_month} meeting(s) a month");
    }
}

#[test]
fn a_proposal_goes_out_before_its_deadline_for_a_meeting_in_a_later_month() {
    // One coffee a month: the first takes November's; the second is still proposed now, before
    // its deadline, for a coffee in December (not proposed in December "at risk").
    let due = |row| Contact {
        deadline: Some(d("2026-11-30")),
        ..coffee(row)
    };
    let out = run(vec![due(2), due(3)], &config());
    assert_eq!(
        planned(&out).iter().map(|x| (x.0, x.2)).collect::<Vec<_>>(),
        [(2, d("2026-11-26")), (3, d("2026-11-26"))]
    );
    assert_eq!(out.assessed[0].action.flag, Flag::DueSoon);
    assert_eq!(out.assessed[1].action.flag, Flag::DueSoon);
    assert_eq!(out.plan.items[0].meeting_month, None);
    assert_eq!(out.plan.items[1].meeting_month, Some(d("2026-12-01")));
    // The due date stays the deadline.
    assert_eq!(out.assessed[1].action.due, Some(d("2026-11-30")));
    assert_eq!(out.plan.deadlines, None);
}

#[test]
fn a_deadline_no_meeting_slot_can_meet_is_at_risk_and_the_pace_that_would_is_said() {
    // Four weeks (November and December): two coffees in the plan, three contacts due 30/11.
    let mut cfg = config();
    cfg.weeks = 4;
    let due = |row| Contact {
        deadline: Some(d("2026-11-30")),
        ..coffee(row)
    };
    let out = run(vec![due(2), due(3), due(4)], &cfg);
    assert_eq!(planned(&out).len(), 2);
    assert_eq!(backlog(&out).iter().map(|b| b.0).collect::<Vec<_>>(), [4]);
    assert_eq!(out.assessed[2].action.flag, Flag::AtRisk);
    let short = out.plan.deadlines.expect("the pace that would fit is said");
    assert_eq!((short.unfit, short.meetings_per_month), (1, 2));
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
        objectives: vec![].into(),
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
fn a_scheduled_row_with_only_a_when_is_not_booked_on_its_deadline() {
    // The deadline is never the meeting's day (issue 22): the meeting is agreed, its day still
    // to set, so its preparation takes a meeting slot like any unbooked one.
    let booked = Contact {
        status: Status::Scheduled,
        deadline: Some(d("2026-12-03")),
        ..coffee(2)
    };
    let out = run(vec![coffee(3), booked], &config());
    assert_eq!(
        planned(&out),
        [
            (2, "2026-W48".into(), d("2026-11-26"), NextAction::Prepare),
            (3, "2026-W49".into(), d("2026-12-01"), NextAction::Propose),
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

/// Bug: an overdue thank-you was planned after follow-ups that were merely due, because it has
/// no deadline and the overdue and courtesy actions were ordered by deadline. Among them, the
/// most days late comes first, then the earliest due date, then the deadline.
#[test]
fn an_overdue_thank_you_comes_before_follow_ups_merely_due() {
    let met = |row, last: &str| Contact {
        status: Status::Met,
        last_contact: Some(d(last)),
        ..coffee(row)
    };
    let contacted = |row, last: &str| Contact {
        status: Status::Contacted,
        last_contact: Some(d(last)),
        deadline: Some(d("2027-06-15")),
        ..coffee(row)
    };
    // Kept in touch by e-mail: news (a coffee would be a meeting again, issue 22).
    let news = |row, last: &str| Contact {
        status: Status::KeepInTouch,
        cadence_days: Some(30),
        last_contact: Some(d(last)),
        how: Some(crate::model::How::Email),
        ..coffee(row)
    };
    /// (row, planned day) of each planned item, in plan order.
    type Expected = &'static [(u32, &'static str)];
    // Monday 30 November 2026: weeks 2026-W49, W50, W51, ...
    #[rustfmt::skip]
    let cases: Vec<(u32, Vec<Contact>, Expected)> = vec![
        // The reviewer's case: the thank-you, 18 days late, takes this week's first slot.
        (3, vec![met(2, "2026-11-10"), contacted(3, "2026-11-20"), contacted(4, "2026-11-20"),
                 contacted(5, "2026-11-20")],
         &[(2, "2026-11-30"), (3, "2026-11-30"), (4, "2026-11-30"), (5, "2026-12-07")]),
        // One message a week (issue 12): the thank-you due on Wednesday first, then the
        // follow-ups (3 days late, then due today), then the news however late (10 days).
        (1, vec![met(2, "2026-11-30"), contacted(3, "2026-11-17"), news(4, "2026-10-21"),
                 contacted(5, "2026-11-20")],
         &[(2, "2026-12-02"), (3, "2026-12-07"), (5, "2026-12-14"), (4, "2026-12-21")]),
    ];
    for (per_week, contacts, want) in cases {
        let mut cfg = Config::new(d("2026-11-30"));
        cfg.messages_per_week = per_week;
        // The meeting of row 2 in the first case was 20 days ago: still a thank-you with a
        // 30-day window (the default 14 turns it into news).
        cfg.thank_window_days = 30;
        let out = run(contacts, &cfg);
        let got: Vec<(u32, NaiveDate)> = planned(&out).into_iter().map(|x| (x.0, x.2)).collect();
        let want: Vec<(u32, NaiveDate)> = want.iter().map(|&(r, day)| (r, d(day))).collect();
        assert_eq!(got, want, "{per_week} message(s) a week");
    }
}
