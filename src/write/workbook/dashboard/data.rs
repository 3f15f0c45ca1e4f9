//! What the dashboard shows, computed from an [`Outcome`] without touching a worksheet: this
//! week's actions, the counts by flag, tier and objective, and the load of each week of the
//! plan. Every list comes out in a fixed order (vocabulary order, plan order, days late), never
//! in the order of a hash map.

use chrono::{Days, NaiveDate};

use crate::assess::Outcome;
use crate::model::{Assessed, ContactIndex, Flag, How, NextAction, Objective, SlotKind, Tier};

/// One row of the "this week's actions" table.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct ActionRow<'a> {
    /// The planned date, or for an overdue action not planned this week, its due date.
    pub date: Option<NaiveDate>,
    pub name: &'a str,
    pub company: Option<&'a str>,
    pub action: NextAction,
    /// The contact's own How when the sheet gives one; else the kind of slot it takes.
    pub how: Option<How>,
    pub kind: SlotKind,
    pub objectives: &'a [Objective],
    pub flag: Flag,
    pub days_late: u32,
}

pub(super) use crate::assess::week_start;

/// The assessment of contact `index`. `assessed` is in contacts order, so the direct look-up
/// is tried first; the search only guards against a caller that broke that order.
fn assessed_of<'o>(outcome: &'o Outcome, index: ContactIndex) -> Option<&'o Assessed> {
    outcome
        .assessed
        .get(index as usize)
        .filter(|a| a.index == index)
        .or_else(|| outcome.assessed.iter().find(|a| a.index == index))
}

/// At most this many overdue actions are listed on the dashboard; the overdue sheet has them
/// all. A dashboard is read at a glance: a full sheet can have hundreds of thousands.
pub(super) const MAX_OVERDUE: usize = 25;

/// The dashboard's two tables of actions.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Actions<'o> {
    /// The plan items of the week holding `outcome.today`, in plan order (the core's
    /// `this_week`).
    pub week: Vec<ActionRow<'o>>,
    /// The overdue actions not among them (the core's `overdue_earlier`: most days late first,
    /// then by rank), at most [`MAX_OVERDUE`].
    pub overdue: Vec<ActionRow<'o>>,
    /// How many overdue actions were left for the overdue sheet.
    pub more: usize,
}

/// This week's actions and the overdue ones from before, as the core listed them.
pub(super) fn this_week<'o>(outcome: &'o Outcome) -> Actions<'o> {
    let mut rows = Vec::new();
    for item in outcome
        .lists
        .this_week
        .iter()
        .filter_map(|&i| outcome.plan.items.get(i))
    {
        let Some(contact) = outcome.contacts.get(item.index as usize) else {
            continue;
        };
        let assessed = assessed_of(outcome, item.index);
        rows.push(ActionRow {
            date: Some(item.date),
            name: &contact.name,
            company: contact.company.as_deref(),
            action: item.action,
            how: contact.how,
            kind: item.kind,
            objectives: &contact.objectives,
            flag: assessed.map_or(Flag::Ok, |a| a.action.flag),
            days_late: assessed.map_or(0, |a| a.action.days_late),
        });
    }
    let week = std::mem::take(&mut rows);
    let mut overdue = outcome.lists.overdue_earlier();
    for i in overdue.by_ref().take(MAX_OVERDUE) {
        let (Some(contact), Some(a)) = (outcome.contacts.get(i as usize), assessed_of(outcome, i))
        else {
            continue;
        };
        rows.push(ActionRow {
            date: a.action.due,
            name: &contact.name,
            company: contact.company.as_deref(),
            action: a.action.next,
            how: contact.how,
            kind: a.action.kind,
            objectives: &contact.objectives,
            flag: a.action.flag,
            days_late: a.action.days_late,
        });
    }
    Actions {
        week,
        overdue: rows,
        more: overdue.count(),
    }
}

/// How many contacts carry each flag, in the vocabulary's order (every flag, even at 0).
pub(super) fn by_flag(outcome: &Outcome) -> Vec<(Flag, usize)> {
    Flag::ALL
        .iter()
        .map(|&f| {
            let n = outcome
                .assessed
                .iter()
                .filter(|a| a.action.flag == f)
                .count();
            (f, n)
        })
        .collect()
}

/// How many contacts fall in each tier, A first.
pub(super) fn by_tier(outcome: &Outcome) -> Vec<(Tier, usize)> {
    [Tier::A, Tier::B, Tier::C]
        .into_iter()
        .map(|t| {
            let n = outcome
                .assessed
                .iter()
                .filter(|a| a.score.tier == t)
                .count();
            (t, n)
        })
        .collect()
}

/// How many contacts name each objective (a contact with several counts in each), in the
/// vocabulary's order, and how many name none.
pub(super) fn by_objective(outcome: &Outcome) -> (Vec<(Objective, usize)>, usize) {
    let counts = Objective::ALL
        .iter()
        .map(|&o| {
            let n = outcome
                .contacts
                .iter()
                .filter(|c| c.objectives.contains(&o))
                .count();
            (o, n)
        })
        .collect();
    let none = outcome
        .contacts
        .iter()
        .filter(|c| c.objectives.is_empty())
        .count();
    (counts, none)
}

/// The planned actions of one week.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct WeekLoad {
    pub monday: NaiveDate,
    pub meetings: usize,
    pub messages: usize,
}

/// One entry per week from this week to the last planned one, empty weeks included so the
/// chart's axis runs evenly; at least this week.
pub(super) fn per_week(outcome: &Outcome) -> Vec<WeekLoad> {
    let this = crate::plan::week_one(outcome.today);
    let dates = outcome.plan.items.iter().map(|i| week_start(i.date));
    let first = dates.clone().min().map_or(this, |d| d.min(this));
    let last = dates.max().map_or(this, |d| d.max(this));
    let mut weeks = Vec::new();
    let mut monday = first;
    while monday <= last {
        let of_week = |kind| {
            outcome
                .plan
                .items
                .iter()
                .filter(|i| week_start(i.date) == monday && i.kind == kind)
                .count()
        };
        weeks.push(WeekLoad {
            monday,
            meetings: of_week(SlotKind::Meeting),
            messages: of_week(SlotKind::Message),
        });
        match monday.checked_add_days(Days::new(7)) {
            Some(next) => monday = next,
            None => break,
        }
    }
    weeks
}

#[cfg(test)]
mod tests;
