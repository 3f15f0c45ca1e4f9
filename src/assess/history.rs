//! Memory between runs: what the previous output of the same sheet planned for each contact,
//! so that an action planned before and not done keeps its first due date (and becomes
//! overdue) instead of being dated again each week, and so that "since the last run" is known.
//! Pure: `run` reads the previous output and gives it here as values.

use chrono::NaiveDate;

use crate::config::Config;
use crate::model::{Action, ContactIndex, NextAction};

/// What the previous output said.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    /// Each contact's next action and due date there, by folded name, sorted; a name that
    /// appears twice is left out (which row it was cannot be told).
    actions: Vec<(String, NextAction, NaiveDate)>,
    /// Contacts overdue there.
    pub overdue: usize,
}

/// What the run made of its history, for the cohort.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Recalled {
    /// Whether a previous output was read (`false`: the first run, no history).
    pub known: bool,
    /// Contacts overdue in the previous output.
    pub overdue_before: Option<usize>,
    /// Contacts whose action kept its first due date from the previous output.
    pub carried: Vec<ContactIndex>,
}

/// A name as compared across runs: lower case, spaces collapsed.
pub fn fold(name: &str) -> String {
    name.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

impl History {
    /// The history of `rows` (name, next action, due date as the previous output showed
    /// them), `overdue` of them overdue then.
    pub fn new(rows: Vec<(String, NextAction, NaiveDate)>, overdue: usize) -> Self {
        let mut actions: Vec<_> = rows
            .into_iter()
            .map(|(n, a, d)| (fold(&n), a, d))
            .filter(|(n, _, _)| !n.is_empty())
            .collect();
        actions.sort_by(|a, b| a.0.cmp(&b.0));
        let mut unique = Vec::with_capacity(actions.len());
        let mut k = 0;
        while k < actions.len() {
            let mut end = k + 1;
            while end < actions.len() && actions[end].0 == actions[k].0 {
                end += 1;
            }
            if end == k + 1 {
                unique.push(actions[k].clone());
            }
            k = end;
        }
        History {
            actions: unique,
            overdue,
        }
    }

    /// The action and due date the previous output gave the contact named `name`.
    pub fn before(&self, name: &str) -> Option<(NextAction, NaiveDate)> {
        let key = fold(name);
        self.actions
            .binary_search_by(|e| e.0.as_str().cmp(key.as_str()))
            .ok()
            .map(|i| (self.actions[i].1, self.actions[i].2))
    }
}

/// `action` with the due date it had before, when it is the same action, that date has come
/// (it was due by today), it is earlier than the new one (or the new one is undated: a
/// proposal without a When, which the plan would date again), and no exchange with the contact
/// happened on or after it (`last`): an action planned and not done keeps its first due date.
/// `None` when nothing is carried.
pub fn carry(
    action: &Action,
    before: (NextAction, NaiveDate),
    last: Option<NaiveDate>,
    config: &Config,
) -> Option<Action> {
    let (next, first) = before;
    let carried = next == action.next
        && first <= config.today
        && action.due.map_or(true, |d| first < d)
        && last.map_or(true, |l| l < first);
    if !carried {
        return None;
    }
    let (flag, days_late) = crate::plan::flag_for(Some(first), config);
    Some(Action {
        due: Some(first),
        flag,
        days_late,
        ..action.clone()
    })
}
