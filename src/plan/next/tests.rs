use super::*;
use crate::testkit::{config, d};

fn contact(status: Status) -> Contact<'static> {
    Contact {
        row: 2,
        name: "Claire Martin".into(),
        status,
        ..Contact::default()
    }
}

/// A contact of `status` with the dates and settings written in `spec`, such as
/// `"last=2026-11-16 meeting=2026-12-03 deadline=2026-12-15 cadence=7 horizon=short"`.
fn row(status: Status, spec: &str) -> Contact<'_> {
    let mut k = contact(status);
    for item in spec.split_whitespace() {
        let (key, value) = item.split_once('=').unwrap();
        match key {
            "last" => k.last_contact = Some(d(value)),
            "meeting" => k.meeting_date = Some(d(value)),
            "deadline" => k.deadline = Some(d(value)),
            "cadence" => k.cadence_days = Some(value.parse().unwrap()),
            "horizon" => k.horizon = Horizon::parse(value),
            _ => panic!("unknown key {key}"),
        }
    }
    k
}

#[test]
fn each_status_gives_its_next_action_and_due_date() {
    use Flag::*;
    use NextAction as N;
    use Status as S;
    #[rustfmt::skip]
    let cases: &[(S, &str, N, &str, Flag, u32)] = &[
        // to_contact: the deadline, or no date until the plan gives one
        (S::ToContact, "deadline=2026-12-15", N::Propose, "2026-12-15", Ok, 0),
        (S::ToContact, "", N::Propose, "", Ok, 0),
        // a deadline passed is overdue with the right days late
        (S::ToContact, "deadline=2026-11-20", N::Propose, "2026-11-20", Overdue, 6),
        // contacted: no answer for 10 days needs a follow-up
        (S::Contacted, "last=2026-11-16", N::FollowUp, "2026-11-26", DueSoon, 0),
        (S::Contacted, "last=2026-11-10", N::FollowUp, "2026-11-20", Overdue, 6),
        (S::Contacted, "last=2026-11-25", N::FollowUp, "2026-12-07", Ok, 0),
        (S::Contacted, "", N::FollowUp, "2026-11-26", DueSoon, 0),
        // scheduled: prepare for the meeting date, else the deadline
        (S::Scheduled, "meeting=2026-12-03 deadline=2026-12-20", N::Prepare, "2026-12-03", DueSoon, 0),
        // The deadline is never the meeting's day: the day is still to set.
        (S::Scheduled, "deadline=2026-12-20", N::Prepare, "", Ok, 0),
        (S::Scheduled, "", N::Prepare, "", Ok, 0),
        // met: thank within 2 days; not thanked after 2 days is overdue
        (S::Met, "last=2026-11-25", N::Thank, "2026-11-27", DueSoon, 0),
        // due Sunday 22, a day off: due Monday 23
        (S::Met, "last=2026-11-20", N::Thank, "2026-11-23", Overdue, 3),
        (S::Met, "last=2026-11-01 meeting=2026-11-23", N::Thank, "2026-11-25", Overdue, 1),
        (S::Met, "", N::Thank, "2026-11-26", DueSoon, 0),
        // thanked / keep in touch: news when the row's cadence, else the horizon's, lapses
        (S::Thanked, "last=2026-10-01 horizon=short", N::KeepInTouch, "2026-11-02", Overdue, 24),
        (S::Thanked, "last=2026-10-01 horizon=long", N::KeepInTouch, "2026-12-30", Ok, 0),
        (S::KeepInTouch, "last=2026-11-20 cadence=7 horizon=long", N::KeepInTouch, "2026-11-27", DueSoon, 0),
        (S::KeepInTouch, "last=2026-11-01", N::KeepInTouch, "2026-12-31", Ok, 0),
        (S::KeepInTouch, "", N::KeepInTouch, "2026-11-26", DueSoon, 0),
        // dropped: nothing, inactive, whatever its dates
        (S::Dropped, "last=2020-01-01 deadline=2020-01-01", N::None, "", Inactive, 0),
    ];
    for (i, &(status, spec, next, due, flag, late)) in cases.iter().enumerate() {
        let a = next_action(&row(status, spec), &config());
        let due = (!due.is_empty()).then(|| d(due));
        assert_eq!(
            (a.next, a.due, a.flag, a.days_late),
            (next, due, flag, late),
            "case {i}: {status:?} {spec}"
        );
    }
}

#[test]
fn slot_kind_follows_the_how() {
    let kind = |status, how| {
        let mut k = contact(status);
        k.how = how;
        next_action(&k, &config()).kind
    };
    assert_eq!(
        kind(Status::ToContact, Some(How::Coffee)),
        SlotKind::Meeting
    );
    assert_eq!(kind(Status::ToContact, Some(How::Event)), SlotKind::Meeting);
    assert_eq!(kind(Status::ToContact, Some(How::Email)), SlotKind::Message);
    assert_eq!(kind(Status::ToContact, Some(How::Call)), SlotKind::Message);
    assert_eq!(kind(Status::ToContact, None), SlotKind::Meeting);
    assert_eq!(kind(Status::Scheduled, Some(How::Call)), SlotKind::Meeting);
    assert_eq!(kind(Status::Met, Some(How::Lunch)), SlotKind::Message);
    assert_eq!(
        kind(Status::Contacted, Some(How::Coffee)),
        SlotKind::Message
    );
}

#[test]
fn a_scheduled_meeting_whose_day_has_passed_asks_for_the_thank_you_not_a_preparation() {
    let mut c = Contact {
        status: Status::Scheduled,
        meeting_date: Some(d("2026-11-20")),
        ..Contact::default()
    };
    let a = next_action(&c, &config());
    assert_eq!(a.next, NextAction::Thank);
    // Two days after Friday 20: Sunday 22, a day off; due on Monday 23.
    assert_eq!(a.due, Some(d("2026-11-23")));
    assert_eq!((a.flag, a.days_late), (Flag::Overdue, 3));
    assert_eq!(a.kind, SlotKind::Message);
    // On the day itself, and after it, it is still to prepare.
    c.meeting_date = Some(d("2026-11-26"));
    assert_eq!(next_action(&c, &config()).next, NextAction::Prepare);
}

#[test]
fn a_courtesy_past_its_window_becomes_the_next_step_with_its_lapse() {
    use Lapse::*;
    use NextAction as N;
    use Status as S;
    // Today 2026-11-26; windows 14 days (thank) and 60 days (follow-up).
    #[rustfmt::skip]
    let cases: &[(S, &str, N, &str, Option<Lapse>)] = &[
        // met 14 days ago: the last day of the window, still a thank-you (due Saturday 14:
        // Monday 16, the first working day)
        (S::Met, "last=2026-11-12", N::Thank, "2026-11-16", None),
        // met 15 days ago: news on the cadence, counted from the meeting
        (S::Met, "last=2026-11-11 horizon=short", N::KeepInTouch, "2026-12-11", Some(ThankTooLate)),
        (S::Met, "last=2026-03-01 horizon=short", N::KeepInTouch, "2026-03-31", Some(ThankTooLate)),
        (S::Met, "last=2026-03-01 cadence=7", N::KeepInTouch, "2026-03-09", Some(ThankTooLate)),
        // unknown date: the tool cannot tell, the thank-you stands, due today
        (S::Met, "", N::Thank, "2026-11-26", None),
        // contacted 60 days ago: still a follow-up; 61: the approach starts again
        (S::Contacted, "last=2026-09-27", N::FollowUp, "2026-10-07", None),
        (S::Contacted, "last=2026-09-26 deadline=2027-01-15", N::Propose, "2027-01-15", Some(FollowUpTooOld)),
        (S::Contacted, "last=2025-02-01", N::Propose, "", Some(FollowUpTooOld)),
        // a booked meeting past by 14 days: thank; by 15: news, counted from its day
        (S::Scheduled, "meeting=2026-11-12", N::Thank, "2026-11-16", None),
        (S::Scheduled, "meeting=2026-06-15 horizon=short", N::KeepInTouch, "2026-07-15", Some(MeetingLongPast)),
        (S::Scheduled, "deadline=2026-06-15 horizon=long", N::Prepare, "", None),
    ];
    for (i, &(status, spec, next, due, lapse)) in cases.iter().enumerate() {
        let a = next_action(&row(status, spec), &config());
        let due = (!due.is_empty()).then(|| d(due));
        assert_eq!(
            (a.next, a.due, a.lapse),
            (next, due, lapse),
            "case {i}: {status:?} {spec}"
        );
    }
    // A fresh approach takes the slot of an approach: a coffee is a meeting.
    let mut c = row(S::Contacted, "last=2025-02-01");
    c.how = Some(How::Coffee);
    assert_eq!(next_action(&c, &config()).kind, SlotKind::Meeting);
    // The windows are settings.
    let mut cfg = config();
    cfg.thank_window_days = 400;
    assert_eq!(
        next_action(&row(S::Met, "last=2026-03-01"), &cfg).next,
        N::Thank
    );
}

#[test]
fn a_huge_cadence_never_comes_due_and_does_not_panic() {
    let mut k = contact(Status::KeepInTouch);
    k.last_contact = Some(d("2026-01-01"));
    k.cadence_days = Some(u32::MAX);
    let a = next_action(&k, &config());
    assert_eq!((a.due, a.flag), (None, Flag::Ok));
}
