//! What the entries of one contact do to it: each entry, in date order, moves the contact
//! forward from what its row says, never backward. Pure.
//!
//! - every entry is an exchange: the last contact becomes the latest one;
//! - a meeting makes the contact met (to be thanked); after a thank-you or news known from a
//!   date (the row's last contact, or a journal entry), a new meeting is to be thanked again;
//!   a meeting before the day of a meeting still booked leaves it booked;
//! - a thank-you after a meeting makes it thanked;
//! - a message makes a contact to be contacted "contacted" (a later one restarts the wait
//!   for the answer);
//! - a reply makes the contact agreed (its next step: set a date), and a later message keeps
//!   it so (a contact who answered is never followed up); a reply that declines (its kind or
//!   its note: "pas disponible", "not now") turns to news later (kept in touch);
//! - news after a meeting makes it kept in touch;
//! - a request received, help given, an introduction or an entry whose kind is not understood
//!   only count as an exchange.
//!
//! A dropped contact stays dropped.

use chrono::NaiveDate;

use crate::model::{Contact, Status};
use crate::vocab::ExchangeKind;

/// One journal entry matched to its contact: what the effect needs, and its row to find the
/// rest again in the sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fact {
    pub contact: u32,
    pub date: NaiveDate,
    pub kind: Option<ExchangeKind>,
    /// The journal row as the user sees it.
    pub row: u32,
    /// For a reply: the day its note names for the meeting ("ok pour une visio le 9/12").
    pub booked: Option<NaiveDate>,
}

/// What the entries did beyond the contact's own fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Moved {
    /// The entry that set the contact's next step, if one did.
    pub step: Option<Fact>,
}

/// Where a status stands in the method's order.
fn rank(s: Status) -> u8 {
    match s {
        Status::ToContact => 0,
        Status::Contacted => 1,
        Status::Agreed => 2,
        Status::Scheduled => 3,
        Status::Met => 4,
        Status::Thanked => 5,
        Status::KeepInTouch => 6,
        Status::Dropped => 7,
    }
}

/// The status an entry of `kind` sets when it applies, if any.
fn target(kind: Option<ExchangeKind>) -> Option<Status> {
    match kind? {
        ExchangeKind::Meeting => Some(Status::Met),
        ExchangeKind::Message => Some(Status::Contacted),
        ExchangeKind::Reply => Some(Status::Agreed),
        ExchangeKind::Decline => Some(Status::KeepInTouch),
        ExchangeKind::Thanks => Some(Status::Thanked),
        ExchangeKind::News => Some(Status::KeepInTouch),
        ExchangeKind::Request | ExchangeKind::Help | ExchangeKind::Introduction => None,
    }
}

/// Applies `facts` (this contact's, sorted by date then row) to `c`, as of `today`.
pub fn apply(c: &mut Contact, facts: &[Fact], today: NaiveDate) -> Moved {
    let mut moved = Moved::default();
    // The day from which a thank-you or news is known: a meeting after it is a new meeting.
    let mut since = match c.status {
        Status::Thanked | Status::KeepInTouch => c.last_contact.max(c.meeting_date),
        _ => None,
    };
    for &f in facts {
        let d = f.date;
        if c.status == Status::Dropped {
            c.last_contact = c.last_contact.max(Some(d).filter(|&d| d <= today));
            continue;
        }
        let before = c.status;
        // A meeting logged ahead of today is a meeting booked for its day, not an exchange yet:
        // booked, with its day, from any step before the meeting, and from thanked or kept in
        // touch (a new meeting); a contact met and not yet thanked keeps its thank-you first.
        if d > today {
            if f.kind == Some(ExchangeKind::Meeting)
                && c.status != Status::Met
                && rank(c.status) != rank(Status::Dropped)
            {
                let earlier_booked = c.status == Status::Scheduled
                    && c.meeting_date.is_some_and(|m| m > today && m < d);
                if !earlier_booked {
                    c.status = Status::Scheduled;
                    c.meeting_date = Some(d);
                    moved.step = Some(f);
                }
            }
            continue;
        }
        c.last_contact = c.last_contact.max(Some(d));
        match f.kind {
            Some(ExchangeKind::Meeting) => {
                let booked_later =
                    c.status == Status::Scheduled && c.meeting_date.is_some_and(|m| m > d);
                let new_meeting = match c.status {
                    Status::Thanked | Status::KeepInTouch => since.map_or(true, |s| d > s),
                    _ => true,
                };
                if !booked_later && new_meeting {
                    c.status = Status::Met;
                    c.meeting_date = c.meeting_date.max(Some(d));
                }
            }
            Some(ExchangeKind::Message) if c.status == Status::ToContact => {
                c.status = Status::Contacted;
            }
            // A yes that names the day is a meeting booked on that day: nothing left to fix.
            Some(ExchangeKind::Reply) if rank(c.status) <= rank(Status::Agreed) => match f.booked {
                Some(day) => {
                    c.status = Status::Scheduled;
                    c.meeting_date = Some(day);
                }
                None if rank(c.status) <= rank(Status::Contacted) => c.status = Status::Agreed,
                None => {}
            },
            // Not now: the door stays open, news later on the contact's cadence.
            Some(ExchangeKind::Decline) if rank(c.status) <= rank(Status::Agreed) => {
                c.status = Status::KeepInTouch;
            }
            // A thank-you logged after a booked meeting's day: it was held, and thanked.
            Some(ExchangeKind::Thanks)
                if c.status == Status::Scheduled && c.meeting_date.is_some_and(|m| m <= d) =>
            {
                c.status = Status::Thanked;
                since = since.max(Some(d));
            }
            Some(ExchangeKind::Thanks) if rank(c.status) >= rank(Status::Met) => {
                if rank(c.status) < rank(Status::Thanked) {
                    c.status = Status::Thanked;
                }
                since = since.max(Some(d));
            }
            Some(ExchangeKind::News) => {
                if rank(c.status) >= rank(Status::Met) {
                    c.status = Status::KeepInTouch;
                    since = since.max(Some(d));
                } else if c.status == Status::ToContact {
                    c.status = Status::Contacted;
                }
            }
            _ => {}
        }
        // The entry sets the next step when it leaves the contact where its kind leads: its
        // status changed, or its clock restarted (a second message while waiting for an answer).
        if c.status != before || target(f.kind) == Some(c.status) {
            moved.step = Some(f);
        }
    }
    moved
}
