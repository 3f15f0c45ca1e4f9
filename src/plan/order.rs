//! The order in which the plan hands out its slots: which action gets the earliest free slot
//! first. Booked meetings first (each has its day), then the courtesies, then the approaches.
//!
//! The method's priorities live here as data: [`COURTESIES`] ranks the courtesies (a thank-you
//! owed before a follow-up before news), and [`Standing`] keeps scarce slots for contacts that
//! serve what the user pursues now. This module places nothing (see `schedule`).

use std::cmp::Reverse;

use chrono::NaiveDate;

use crate::config::Config;
use crate::model::{Action, Contact, Flag, NextAction};

/// A class of courtesy, in the order they take slots. A courtesy loses its worth with every
/// day, some faster than others.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Courtesy {
    /// Answers something the other person did for the user (a meeting given): owed, and worth
    /// less every day. "Always thank."
    Answer,
    /// Chases an answer to the user's own message.
    Chase,
    /// Gives news once the cadence has lapsed: it can wait a week.
    News,
}

impl Courtesy {
    /// Whether a courtesy of this class goes before the approaches although it is not late:
    /// answers and chases do; news not yet due waits with the rest for its day.
    fn owed(self, flag: Flag) -> bool {
        self != Courtesy::News || flag == Flag::Overdue
    }
}

/// Which actions are courtesies, and of which class. Answering a request, setting the day of a
/// meeting someone agreed to, and telling an introducer how the meeting went answer what
/// someone did for the user, as a thank-you does.
const COURTESIES: &[(NextAction, Courtesy)] = &[
    (NextAction::Thank, Courtesy::Answer),
    (NextAction::Schedule, Courtesy::Answer),
    (NextAction::Answer, Courtesy::Answer),
    (NextAction::ThankIntroducer, Courtesy::Answer),
    (NextAction::InformIntroducer, Courtesy::Answer),
    (NextAction::FollowUp, Courtesy::Chase),
    (NextAction::KeepInTouch, Courtesy::News),
];

/// The courtesy class of `next`, when it is a courtesy.
pub(super) fn courtesy(next: NextAction) -> Option<Courtesy> {
    COURTESIES
        .iter()
        .find(|&&(n, _)| n == next)
        .map(|&(_, c)| c)
}

/// Whether a new approach serves what the user pursues now. Only set apart when the user named
/// objectives (`--objective`): then a contact whose objectives all weigh 0 waits for every
/// contact that serves one. A contact with no objective written is unknown, neither in nor out,
/// and stands with the pursued ones (its score already ranks it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Standing {
    Pursued,
    NotPursued,
}

impl Standing {
    /// The standing of `contact` for `config`'s objectives.
    pub(super) fn of(contact: &Contact, config: &Config) -> Standing {
        let weighed = !config.objectives.is_empty() && !contact.objectives.is_empty();
        if weighed
            && contact
                .objectives
                .iter()
                .all(|&o| config.objective_weight(o) <= 0.0)
        {
            Standing::NotPursued
        } else {
            Standing::Pursued
        }
    }
}

/// How warm an approach is: someone the user was introduced to (by a contact of the sheet or
/// a name) before a cold proposal. A yes is warmer still: its `schedule` is a courtesy and
/// takes its slot before every approach.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Warmth {
    /// A meeting agreed whose day is still to set: its preparation (a `scheduled` row without
    /// a meeting date).
    Agreed,
    Introduced,
    Cold,
}

impl Warmth {
    /// The warmth of `action` of `contact`: a `propose` to someone introduced, and the
    /// preparation of a meeting agreed without a day, are warm (the other actions of the band
    /// keep their order).
    pub(super) fn of(action: &Action, contact: &Contact) -> Warmth {
        match action.next {
            NextAction::Prepare => Warmth::Agreed,
            NextAction::Propose if contact.introduced_by.is_some() => Warmth::Introduced,
            _ => Warmth::Cold,
        }
    }
}

/// The band of an action in the plan's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Band {
    /// A meeting already booked on a date: it has its day whatever else is planned.
    Booked,
    /// A courtesy owed now: every thank-you and follow-up, and news once overdue.
    Courtesy(Courtesy),
    /// The rest (approaches, news not yet due, undated preparations), by warmth, then
    /// standing.
    Rest(Warmth, Standing),
}

/// The sort key of one action: the smaller, the sooner it picks its slot.
pub(super) type Key = (
    Band,
    Reverse<u32>,
    NaiveDate,
    NaiveDate,
    Reverse<u8>,
    u32,
    usize,
);

/// The key of `action` of `contact` (score `score`, place `at` in the assessed list).
///
/// Courtesies: by class, then the most days late, then the earliest due date (a thank-you has
/// no deadline: ordering them by deadline put one owed for weeks behind follow-ups merely due).
/// The rest: by warmth (introduced before cold), standing, then deadline. Then, in both, score (highest first), row, place.
pub(super) fn key(
    action: &Action,
    booked: bool,
    deadline: Option<NaiveDate>,
    contact: &Contact,
    score: u8,
    at: usize,
    config: &Config,
) -> Key {
    let owed = courtesy(action.next).filter(|c| c.owed(action.flag));
    let band = match owed {
        _ if booked => Band::Booked,
        Some(c) => Band::Courtesy(c),
        // A new approach serves an objective; a preparation of a meeting agreed, or news not
        // yet due, is owed to whoever it is.
        None if action.next == NextAction::Propose => {
            Band::Rest(Warmth::of(action, contact), Standing::of(contact, config))
        }
        None => Band::Rest(Warmth::of(action, contact), Standing::Pursued),
    };
    let (late, due) = match band {
        Band::Courtesy(_) => (action.days_late, action.due),
        _ => (0, None),
    };
    (
        band,
        Reverse(late),
        due.unwrap_or(NaiveDate::MAX),
        deadline.unwrap_or(NaiveDate::MAX),
        Reverse(score),
        contact.row,
        at,
    )
}

#[cfg(test)]
mod tests;
