//! The cohort: one row per person of a batch run (one sheet each), and whether the person is
//! stuck, and why. A coach reads it to know whom to call this week. Pure: every value comes
//! from the person's `assess::Outcome`; the writers only lay the rows out.
//!
//! A person is stuck when at least one of these holds:
//! - no exchange (logged in the journal, or dated in the sheet) in the last [`SILENT_WEEKS`]
//!   weeks, or none at all;
//! - the meetings pace missed in each of the last [`MISSED_MONTHS`] complete months (a pace of
//!   0 sets no pace, so it is never missed; a month that ended before the first exchange known
//!   is not counted), and not yet held this month;
//! - the same action planned again and again: an action the previous output planned, still
//!   not done, whose first due date is [`REPLANNED_DAYS`] days old or more (known only when
//!   the previous output was read: see `assess::History`).

use std::cmp::Reverse;

use chrono::{Days, NaiveDate};

use crate::assess::Outcome;
use crate::model::{Flag, Lang, NextAction};

/// Weeks without any exchange after which a person is stuck.
pub const SILENT_WEEKS: u32 = 3;
/// Complete months in a row under the pace after which a person is stuck.
pub const MISSED_MONTHS: u32 = 2;
/// Days since an action was first due, planned again and not done, after which a person is
/// stuck.
pub const REPLANNED_DAYS: u32 = 14;

/// Why a person is stuck.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// No exchange at all, in the journal nor in the sheet.
    NoExchange,
    /// The last exchange is this many whole weeks old (at least [`SILENT_WEEKS`]).
    Silent { weeks: u32 },
    /// The meetings pace was missed in each of this many complete months, the last ones.
    PaceMissed { months: u32 },
    /// The action for `name` was first due on `since` and is planned again, not done.
    Replanned {
        name: String,
        action: NextAction,
        since: NaiveDate,
    },
}

impl Reason {
    /// The reason in words.
    pub fn text(&self, l: Lang) -> String {
        match (self, l) {
            (
                Reason::Replanned {
                    name,
                    action,
                    since,
                },
                Lang::Fr,
            ) => {
                format!(
                    "même action replanifiée : {} ({name}), due depuis le {since}",
                    action.label(l)
                )
            }
            (
                Reason::Replanned {
                    name,
                    action,
                    since,
                },
                Lang::En,
            ) => {
                format!(
                    "same action planned again: {} ({name}), due since {since}",
                    action.label(l)
                )
            }
            (Reason::NoExchange, _) => l
                .pick("aucun échange noté", "no exchange recorded")
                .to_string(),
            (Reason::Silent { weeks }, Lang::Fr) => {
                format!("aucun échange depuis {weeks} semaines")
            }
            (Reason::Silent { weeks }, Lang::En) => format!("no exchange in {weeks} weeks"),
            (Reason::PaceMissed { months }, Lang::Fr) => {
                format!("rythme de rencontres manqué {months} mois de suite")
            }
            (Reason::PaceMissed { months }, Lang::En) => {
                format!("meetings pace missed {months} months running")
            }
        }
    }
}

/// An action of the person's, with the contact it is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub date: NaiveDate,
    pub name: String,
    pub action: NextAction,
    /// Days late, for an overdue action.
    pub days_late: u32,
}

/// One person of the cohort.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// Meetings held this month (up to today) and in the month before.
    pub meetings_this_month: u32,
    pub meetings_last_month: u32,
    /// The meetings pace set (per month); 0 sets none.
    pub pace: u32,
    /// Months in a row at the pace.
    pub streak: u32,
    /// Exchanges in the last 7 and 30 days, today included.
    pub exchanges_7: u32,
    pub exchanges_30: u32,
    /// The last exchange's date, when there is one.
    pub last_exchange: Option<NaiveDate>,
    /// Contacts whose next action is overdue.
    pub overdue: usize,
    /// The most late of them.
    pub oldest_overdue: Option<Step>,
    /// The first action of the plan.
    pub next: Option<Step>,
    /// Contacts overdue in the previous output; `None` on the first run (no history).
    pub overdue_before: Option<usize>,
    /// Values not understood.
    pub problems: usize,
    /// Empty when the person is not stuck.
    pub stuck: Vec<Reason>,
}

impl Person {
    pub fn is_stuck(&self) -> bool {
        !self.stuck.is_empty()
    }

    /// The reasons in words, joined.
    pub fn why(&self, l: Lang) -> String {
        self.stuck
            .iter()
            .map(|r| r.text(l))
            .collect::<Vec<_>>()
            .join(l.pick(" ; ", "; "))
    }
}

/// The row of the person whose sheet gave `o`.
pub fn person(o: &Outcome) -> Person {
    let today = o.today;
    let routine = &o.ties.routine;
    let month = |back: usize| {
        routine
            .months
            .len()
            .checked_sub(1 + back)
            .and_then(|k| routine.months.get(k))
            .map_or(0, |m| m.1)
    };
    // Every exchange's date: the journal's entries, and the sheet's own date for a contact the
    // journal says nothing of.
    let mut dates: Vec<NaiveDate> = o.journal.entries.iter().map(|e| e.date).collect();
    for i in 0..o.contacts.len() {
        let logged = o.journal.contacts.get(i).is_some_and(|j| j.last.is_some());
        if logged {
            continue;
        }
        let index = u32::try_from(i).unwrap_or(u32::MAX);
        if let Some(last) = o.last_exchange(index) {
            dates.push(last.date);
        }
    }
    dates.retain(|&d| d <= today);
    let since = |days: u64| {
        let from = today.checked_sub_days(Days::new(days - 1)).unwrap_or(today);
        u32::try_from(dates.iter().filter(|&&d| d >= from).count()).unwrap_or(u32::MAX)
    };
    let last_exchange = dates.iter().copied().max();
    let step = |i: u32, date: NaiveDate, action: NextAction| Step {
        date,
        name: o
            .contacts
            .get(i as usize)
            .map(|c| c.name.to_string())
            .unwrap_or_default(),
        action,
        days_late: o.assessed.get(i as usize).map_or(0, |a| a.action.days_late),
    };
    let oldest_overdue = o.lists.overdue.first().and_then(|&i| {
        let a = o.assessed.get(i as usize)?;
        Some(step(i, a.action.due?, a.action.next))
    });
    let next = o
        .plan
        .items
        .first()
        .map(|p| step(p.index, p.date, p.action));
    let mut stuck = Vec::new();
    match last_exchange {
        None => stuck.push(Reason::NoExchange),
        Some(d) => {
            let weeks = u32::try_from((today - d).num_days() / 7).unwrap_or(u32::MAX);
            if weeks >= SILENT_WEEKS {
                stuck.push(Reason::Silent { weeks });
            }
        }
    }
    // The oldest action carried from the previous output, when it is old enough.
    let replanned = o
        .history
        .carried
        .iter()
        .filter_map(|&i| {
            let a = o.assessed.get(i as usize)?;
            Some((a.action.due?, i, a.action.next))
        })
        .min();
    if let Some((since, i, action)) = replanned {
        if (today - since).num_days() >= i64::from(REPLANNED_DAYS) {
            stuck.push(Reason::Replanned {
                name: o
                    .contacts
                    .get(i as usize)
                    .map(|c| c.name.to_string())
                    .unwrap_or_default(),
                action,
                since,
            });
        }
    }
    if routine.target > 0 {
        // Months before the first exchange known are not held against the person: the sheet
        // (or the routine) had not started.
        let first = dates.iter().copied().min();
        let started = |back: usize| {
            let k = routine.months.len() - 1 - back;
            let next = routine.months.get(k + 1).map(|m| m.0);
            first.is_some_and(|f| next.map_or(true, |n| f < n))
        };
        let missed = (1..routine.months.len())
            .take_while(|&back| started(back) && month(back) < routine.target)
            .count();
        let missed = u32::try_from(missed).unwrap_or(u32::MAX);
        // A person at the pace this month is moving again.
        if missed >= MISSED_MONTHS && month(0) < routine.target {
            stuck.push(Reason::PaceMissed { months: missed });
        }
    }
    Person {
        meetings_this_month: month(0),
        meetings_last_month: month(1),
        pace: routine.target,
        streak: routine.streak,
        exchanges_7: since(7),
        exchanges_30: since(30),
        last_exchange,
        overdue: o
            .assessed
            .iter()
            .filter(|a| a.action.flag == Flag::Overdue)
            .count(),
        oldest_overdue,
        next,
        overdue_before: o.history.overdue_before,
        problems: o.problems.len(),
        stuck,
    }
}

/// The order a cohort is shown in: the stuck first, the longest silent first among them, then
/// the most overdue, then as given (`rows` are `(owner, person)`); returns indices into `rows`.
pub fn order(rows: &[(&str, &Person)]) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..rows.len()).collect();
    idx.sort_by_key(|&i| {
        let p = rows[i].1;
        (
            !p.is_stuck(),
            p.last_exchange,
            Reverse(p.overdue),
            rows[i].0.to_string(),
            i,
        )
    });
    idx
}

#[cfg(test)]
mod tests;
