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
//! - a reply makes the next step booking the meeting: the contact is contacted and, until a
//!   later message, its next step is to propose the meeting (see [`super::step`]);
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
}

/// What the entries did beyond the contact's own fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Moved {
    /// The entry that set the contact's next step, if one did.
    pub step: Option<Fact>,
    /// The date of a reply still waiting for the meeting to be proposed.
    pub replied: Option<NaiveDate>,
}

/// Where a status stands in the method's order.
fn rank(s: Status) -> u8 {
    match s {
        Status::ToContact => 0,
        Status::Contacted => 1,
        Status::Scheduled => 2,
        Status::Met => 3,
        Status::Thanked => 4,
        Status::KeepInTouch => 5,
        Status::Dropped => 6,
    }
}

/// The status an entry of `kind` sets when it applies, if any.
fn target(kind: Option<ExchangeKind>) -> Option<Status> {
    match kind? {
        ExchangeKind::Meeting => Some(Status::Met),
        ExchangeKind::Message | ExchangeKind::Reply => Some(Status::Contacted),
        ExchangeKind::Thanks => Some(Status::Thanked),
        ExchangeKind::News => Some(Status::KeepInTouch),
        ExchangeKind::Request | ExchangeKind::Help | ExchangeKind::Introduction => None,
    }
}

/// Applies `facts` (this contact's, sorted by date then row) to `c`.
pub fn apply(c: &mut Contact, facts: &[Fact]) -> Moved {
    let mut moved = Moved::default();
    // The day from which a thank-you or news is known: a meeting after it is a new meeting.
    let mut since = match c.status {
        Status::Thanked | Status::KeepInTouch => c.last_contact.max(c.meeting_date),
        _ => None,
    };
    for &f in facts {
        let d = f.date;
        c.last_contact = c.last_contact.max(Some(d));
        if c.status == Status::Dropped {
            continue;
        }
        let before = c.status;
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
            Some(ExchangeKind::Message) => {
                if c.status == Status::ToContact {
                    c.status = Status::Contacted;
                }
                if c.status == Status::Contacted {
                    moved.replied = None;
                }
            }
            Some(ExchangeKind::Reply) if rank(c.status) <= rank(Status::Contacted) => {
                c.status = Status::Contacted;
                moved.replied = Some(d);
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
