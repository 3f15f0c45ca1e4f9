//! The groups of a hand-made sheet ("## EX-COLLÈGUES", a merged title over the rows below):
//! how each group stands, for the dashboard's "Par groupe" / "By group" table. Decided here,
//! once; the writer lays the lines out.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::Outcome;
use crate::model::Flag;

/// One group's line: its contacts, how many are still followed (not dropped), overdue, in the
/// plan, and the first day the plan gives one of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub name: String,
    pub contacts: usize,
    pub active: usize,
    pub overdue: usize,
    pub planned: usize,
    pub next: Option<NaiveDate>,
}

/// The groups of `outcome` in the order they first appear on the sheet; empty when the sheet
/// names none. Contacts under no group are not counted (the totals above count everyone).
pub fn groups(outcome: &Outcome) -> Vec<Group> {
    let mut out: Vec<Group> = Vec::new();
    // A sheet may name many groups: looked up by name, not scanned.
    let mut by_name: HashMap<&str, usize> = HashMap::new();
    // Each contact's group line, by contact index.
    let mut line: Vec<Option<usize>> = vec![None; outcome.contacts.len()];
    for (i, c) in outcome.contacts.iter().enumerate() {
        let Some(name) = c.group.as_deref().map(str::trim).filter(|n| !n.is_empty()) else {
            continue;
        };
        let at = match by_name.get(name) {
            Some(&at) => at,
            None => {
                by_name.insert(name, out.len());
                out.push(Group {
                    name: name.to_string(),
                    contacts: 0,
                    active: 0,
                    overdue: 0,
                    planned: 0,
                    next: None,
                });
                out.len() - 1
            }
        };
        line[i] = Some(at);
        let g = &mut out[at];
        g.contacts += 1;
        if let Some(a) = outcome.assessed.get(i) {
            g.active += usize::from(a.action.flag != Flag::Inactive);
            g.overdue += usize::from(a.action.flag == Flag::Overdue);
        }
    }
    if out.is_empty() {
        return out;
    }
    for p in &outcome.plan.items {
        if let Some(&Some(at)) = line.get(p.index as usize) {
            let g = &mut out[at];
            g.planned += 1;
            g.next = Some(g.next.map_or(p.date, |d| d.min(p.date)));
        }
    }
    out
}
