//! The next action of one contact, from its status and dates: what to do, when it is due, how
//! urgent it is, and whether it takes a meeting or a message slot.
//!
//! When the date an action is counted from is missing, the action is due today: the tool cannot
//! tell how late it is, so it asks for it now without calling it overdue.

use chrono::{Days, NaiveDate};

use crate::config::Config;
use crate::model::{Action, Contact, Flag, Horizon, How, Lapse, NextAction, SlotKind, Status};

/// The next action of `contact`, its due date and its flag (before scheduling; the scheduler
/// may later set `at_risk`, and gives a `propose` without deadline its planned date).
///
/// A courtesy too old to make sense becomes the right next step, with its [`Lapse`]: a
/// thank-you past `thank_window_days` after the meeting (also a booked meeting long past)
/// becomes news, a follow-up of a message older than `follow_up_window_days` a fresh approach.
pub fn next_action(contact: &Contact, config: &Config) -> Action {
    let today = config.today;
    let (next, due, lapse) = match contact.status {
        // The When of the method is the deadline; without one the plan decides the day.
        Status::ToContact => (NextAction::Propose, contact.deadline, None),
        // Nobody follows up a message of last year: the approach starts again.
        Status::Contacted if lapsed(contact.last_contact, config.follow_up_window_days, today) => (
            NextAction::Propose,
            contact.deadline,
            Some(Lapse::FollowUpTooOld),
        ),
        Status::Contacted => (
            NextAction::FollowUp,
            after(contact.last_contact, config.follow_up_days, today),
            None,
        ),
        // A booked meeting whose day has passed has been held (the status was not updated):
        // the next step is the thank-you, counted from that day, not a preparation; long past,
        // the thank-you has lapsed too.
        Status::Scheduled => match contact.meeting_date.or(contact.deadline) {
            Some(day) if day < today => {
                thank_or_news(contact, Some(day), Lapse::MeetingLongPast, config)
            }
            day => (NextAction::Prepare, day, None),
        },
        // Thanks and news count from the meeting when it is the latest date known: a
        // last-contact date written when the meeting was booked would make them early.
        Status::Met => thank_or_news(
            contact,
            latest_exchange(contact),
            Lapse::ThankTooLate,
            config,
        ),
        Status::Thanked | Status::KeepInTouch => (
            NextAction::KeepInTouch,
            after(
                latest_exchange(contact),
                cadence_days(contact, config),
                today,
            ),
            None,
        ),
        Status::Dropped => {
            return Action {
                next: NextAction::None,
                due: None,
                flag: Flag::Inactive,
                days_late: 0,
                kind: SlotKind::Message,
                lapse: None,
            }
        }
    };
    let (flag, days_late) = flag_for(due, config);
    Action {
        next,
        due,
        flag,
        days_late,
        kind: slot_kind(next, contact),
        lapse,
    }
}

/// After a meeting held on `met`: the thank-you within the window, else news on the contact's
/// cadence, counted like any news from the latest exchange, with `lapse` saying why.
fn thank_or_news(
    contact: &Contact,
    met: Option<NaiveDate>,
    lapse: Lapse,
    config: &Config,
) -> (NextAction, Option<NaiveDate>, Option<Lapse>) {
    let today = config.today;
    if lapsed(met, config.thank_window_days, today) {
        let from = latest_exchange(contact).max(met);
        let due = after(from, cadence_days(contact, config), today);
        (NextAction::KeepInTouch, due, Some(lapse))
    } else {
        (
            NextAction::Thank,
            after(met, config.thank_days, today),
            None,
        )
    }
}

/// Whether more than `window` days have passed since `from` (never when `from` is unknown:
/// the tool cannot tell, so the courtesy stands).
fn lapsed(from: Option<NaiveDate>, window: u32, today: NaiveDate) -> bool {
    from.and_then(|d| d.checked_add_days(Days::new(u64::from(window))))
        .is_some_and(|end| end < today)
}

/// The flag and days late of an action due on `due` (`None`: not dated yet, so `ok`).
pub fn flag_for(due: Option<NaiveDate>, config: &Config) -> (Flag, u32) {
    Flag::of_due(due, config.today, config.due_soon_days)
}

/// The keep-in-touch cadence of `contact` in days: its own, else the default of its horizon.
pub fn cadence_days(contact: &Contact, config: &Config) -> u32 {
    contact.cadence_days.unwrap_or(match contact.horizon {
        Some(Horizon::Short) => config.cadences.short,
        Some(Horizon::Medium) => config.cadences.medium,
        Some(Horizon::Long) => config.cadences.long,
        None => config.cadences.unknown,
    })
}

/// `from + days`; today when `from` is unknown; `None` when past the last representable date
/// (a cadence of millions of days never comes due).
fn after(from: Option<NaiveDate>, days: u32, today: NaiveDate) -> Option<NaiveDate> {
    match from {
        Some(d) => d.checked_add_days(Days::new(u64::from(days))),
        None => Some(today),
    }
}

/// The later of the last contact and the meeting date, when either is known.
fn latest_exchange(contact: &Contact) -> Option<NaiveDate> {
    contact.last_contact.max(contact.meeting_date)
}

/// A `propose` takes a meeting slot when its How is a meeting, and also when the How is blank:
/// the method's first step is to meet (a coffee or a lunch), so an unplanned How is planned as
/// one. A `prepare` is for a meeting; the rest are messages.
fn slot_kind(next: NextAction, contact: &Contact) -> SlotKind {
    match next {
        NextAction::Propose if contact.how.map_or(true, How::is_meeting) => SlotKind::Meeting,
        NextAction::Prepare => SlotKind::Meeting,
        _ => SlotKind::Message,
    }
}

#[cfg(test)]
mod tests {
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
            (S::Contacted, "last=2026-11-25", N::FollowUp, "2026-12-05", Ok, 0),
            (S::Contacted, "", N::FollowUp, "2026-11-26", DueSoon, 0),
            // scheduled: prepare for the meeting date, else the deadline
            (S::Scheduled, "meeting=2026-12-03 deadline=2026-12-20", N::Prepare, "2026-12-03", DueSoon, 0),
            (S::Scheduled, "deadline=2026-12-20", N::Prepare, "2026-12-20", Ok, 0),
            (S::Scheduled, "", N::Prepare, "", Ok, 0),
            // met: thank within 2 days; not thanked after 2 days is overdue
            (S::Met, "last=2026-11-25", N::Thank, "2026-11-27", DueSoon, 0),
            (S::Met, "last=2026-11-20", N::Thank, "2026-11-22", Overdue, 4),
            (S::Met, "last=2026-11-01 meeting=2026-11-23", N::Thank, "2026-11-25", Overdue, 1),
            (S::Met, "", N::Thank, "2026-11-26", DueSoon, 0),
            // thanked / keep in touch: news when the row's cadence, else the horizon's, lapses
            (S::Thanked, "last=2026-10-01 horizon=short", N::KeepInTouch, "2026-10-31", Overdue, 26),
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
        assert_eq!(a.due, Some(d("2026-11-22")));
        assert_eq!((a.flag, a.days_late), (Flag::Overdue, 4));
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
            // met 14 days ago: the last day of the window, still a thank-you (12 days late)
            (S::Met, "last=2026-11-12", N::Thank, "2026-11-14", None),
            // met 15 days ago: news on the cadence, counted from the meeting
            (S::Met, "last=2026-11-11 horizon=short", N::KeepInTouch, "2026-12-11", Some(ThankTooLate)),
            (S::Met, "last=2026-03-01 horizon=short", N::KeepInTouch, "2026-03-31", Some(ThankTooLate)),
            (S::Met, "last=2026-03-01 cadence=7", N::KeepInTouch, "2026-03-08", Some(ThankTooLate)),
            // unknown date: the tool cannot tell, the thank-you stands, due today
            (S::Met, "", N::Thank, "2026-11-26", None),
            // contacted 60 days ago: still a follow-up; 61: the approach starts again
            (S::Contacted, "last=2026-09-27", N::FollowUp, "2026-10-07", None),
            (S::Contacted, "last=2026-09-26 deadline=2027-01-15", N::Propose, "2027-01-15", Some(FollowUpTooOld)),
            (S::Contacted, "last=2025-02-01", N::Propose, "", Some(FollowUpTooOld)),
            // a booked meeting past by 14 days: thank; by 15: news, counted from its day
            (S::Scheduled, "meeting=2026-11-12", N::Thank, "2026-11-14", None),
            (S::Scheduled, "meeting=2026-06-15 horizon=short", N::KeepInTouch, "2026-07-15", Some(MeetingLongPast)),
            (S::Scheduled, "deadline=2026-06-15 horizon=long", N::KeepInTouch, "2026-09-13", Some(MeetingLongPast)),
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
}
