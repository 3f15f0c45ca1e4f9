//! The lists a writer shows, built once here so every output shows the same ones in the same
//! order: the overdue sheet, the dashboard and the Markdown summary all take theirs from
//! [`Lists`]. A writer may cut a list short (a dashboard is read at a glance); it never sorts
//! nor selects.

use chrono::{Datelike, Days, NaiveDate};

use crate::model::{Assessed, ContactIndex, Flag, Planned};

/// The lists of one input (indices into `Outcome::contacts` or `Outcome::plan.items`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Lists {
    /// Every contact whose next action is overdue: most days late first, then rank, then
    /// contact order.
    pub overdue: Vec<ContactIndex>,
    /// The plan items of the plan's first week (the week holding today; on a weekend, the week
    /// ahead: [`crate::plan::week_one`]), in plan order.
    pub this_week: Vec<usize>,
    /// The contacts of `this_week`'s items, sorted: see [`Lists::overdue_earlier`].
    this_week_contacts: Vec<ContactIndex>,
}

impl Lists {
    /// The lists of an assessment: `assessed` in contacts order, `items` the plan.
    pub fn of(assessed: &[Assessed], items: &[Planned], today: NaiveDate) -> Self {
        let mut overdue: Vec<&Assessed> = assessed
            .iter()
            .filter(|a| a.action.flag == Flag::Overdue)
            .collect();
        overdue.sort_by_key(|a| (std::cmp::Reverse(a.action.days_late), a.rank, a.index));
        let overdue: Vec<ContactIndex> = overdue.into_iter().map(|a| a.index).collect();
        let monday = crate::plan::week_one(today);
        let this_week: Vec<usize> = items
            .iter()
            .enumerate()
            // The plan's first week; on a weekend run, a meeting booked for that weekend too
            // (nothing is planned before today).
            .filter(|(_, p)| p.date < monday + chrono::Days::new(7))
            .map(|(i, _)| i)
            .collect();
        let mut this_week_contacts: Vec<ContactIndex> =
            this_week.iter().map(|&i| items[i].index).collect();
        this_week_contacts.sort_unstable();
        Lists {
            overdue,
            this_week,
            this_week_contacts,
        }
    }

    /// The overdue contacts that have no plan item this week, in the order of `overdue`: what
    /// slipped from before, shown after this week's actions. (Walked, not stored: on a full
    /// sheet most contacts can be overdue.)
    pub fn overdue_earlier(&self) -> impl Iterator<Item = ContactIndex> + '_ {
        self.overdue
            .iter()
            .copied()
            .filter(|i| self.this_week_contacts.binary_search(i).is_err())
    }
}

/// The Monday of the ISO week holding `date`.
pub fn week_start(date: NaiveDate) -> NaiveDate {
    let back = u64::from(date.weekday().num_days_from_monday());
    date.checked_sub_days(Days::new(back)).unwrap_or(date)
}
