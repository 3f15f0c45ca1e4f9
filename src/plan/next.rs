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
    // The same person's other row, further along the method, speaks for the plan.
    if contact.same_as.is_some() {
        return Action {
            next: NextAction::None,
            due: None,
            flag: Flag::Inactive,
            days_late: 0,
            kind: SlotKind::Message,
            lapse: None,
        };
    }
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
        // They said yes: agree on a day as quickly as a meeting deserves thanks, counted from
        // the latest exchange (the reply). Someone who answered is never followed up.
        Status::Agreed => (
            NextAction::Schedule,
            after(contact.last_contact, config.thank_days, today),
            None,
        ),
        // A booked meeting whose day has passed has been held (the status was not updated):
        // the next step is the thank-you, counted from that day, not a preparation; long past,
        // the thank-you has lapsed too.
        // The deadline is never the meeting's day: without a meeting date, the day is to be
        // set, and nothing is thanked before it.
        Status::Scheduled => match contact.meeting_date {
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
        // Someone met in person (a former client, a lunch): once the last meeting is older
        // than the cadence, a meeting again, not news forever.
        Status::Thanked | Status::KeepInTouch if meet_again(contact, config) => {
            (NextAction::Propose, contact.deadline, None)
        }
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

/// Whether a kept-in-touch contact whose How is a meeting (written, not blank) is due a
/// meeting again: its last meeting (else its last exchange) is older than its cadence.
fn meet_again(contact: &Contact, config: &Config) -> bool {
    contact.how.is_some_and(How::is_meeting)
        && contact
            .meeting_date
            .or(contact.last_contact)
            .is_some_and(|m| lapsed(Some(m), cadence_days(contact, config), config.today))
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

/// `from + days`, on a working day (a thank-you due on a Saturday is due on Monday, news due
/// on Christmas the next working day: see `days`); today when `from` is unknown; `None` when
/// past the last representable date (a cadence of millions of days never comes due).
fn after(from: Option<NaiveDate>, days: u32, today: NaiveDate) -> Option<NaiveDate> {
    match from {
        Some(d) => d
            .checked_add_days(Days::new(u64::from(days)))
            .map(super::days::working_from),
        None => Some(today),
    }
}

/// The later of the last contact and the meeting date, when either is known.
fn latest_exchange(contact: &Contact) -> Option<NaiveDate> {
    contact.last_contact.max(contact.meeting_date)
}

/// A `propose` (and a `schedule`, the meeting agreed) takes a meeting slot when its How is a meeting, and also when the How is blank:
/// the method's first step is to meet (a coffee or a lunch), so an unplanned How is planned as
/// one. A `prepare` is for a meeting; the rest are messages.
fn slot_kind(next: NextAction, contact: &Contact) -> SlotKind {
    match next {
        NextAction::Propose | NextAction::Schedule if contact.how.map_or(true, How::is_meeting) => {
            SlotKind::Meeting
        }
        NextAction::Prepare => SlotKind::Meeting,
        _ => SlotKind::Message,
    }
}

#[cfg(test)]
mod tests;
