//! Who introduced whom: from the contact column "introduced by" (a name matched as journal
//! entries are, else kept as the text of someone outside the sheet) and from the journal's
//! introductions. Once an introduced contact is met, its introducer is owed news of it
//! (`inform_introducer`); the chains of introductions show how far one door led.

use chrono::NaiveDate;

use super::{add_days, Owed};
use crate::config::Config;
use crate::journal::{Index, Match};
use crate::model::{Contact, ContactIndex, Journal, NextAction, Status};

/// Who introduced a contact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Introducer {
    /// A contact of the sheet.
    Contact(ContactIndex),
    /// Someone outside the sheet, by the name written.
    Outside(String),
}

/// One introduction: `by` opened the door to contact `to`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Door {
    pub by: Introducer,
    pub to: ContactIndex,
    /// The day of the introduction, when the journal logs it.
    pub since: Option<NaiveDate>,
    /// The journal row of the introduction, when it comes from the journal.
    pub logged: Option<u32>,
    /// The day the introduced contact was met, once met.
    pub met: Option<NaiveDate>,
}

/// Every door: the row's "introduced by" first (the user's own cell), else the journal's
/// latest introduction of that contact. One door per introduced contact. `index` is the index
/// of `contacts` by name when one was made already (the journal's); else it is made here, when
/// a row names who introduced it.
pub fn find(
    contacts: &[Contact],
    journal: &Journal,
    today: NaiveDate,
    index: Option<&Index>,
) -> Vec<Door> {
    let met_on = |c: &Contact| c.met_day(today);
    let mut doors = Vec::new();
    let named = contacts.iter().any(|c| c.introduced_by.is_some());
    let made;
    let index = match (named, index) {
        (false, _) => None,
        (true, Some(given)) => Some(given),
        (true, None) => {
            made = Index::new(contacts);
            Some(&made)
        }
    };
    let mut from_row = vec![false; if named { contacts.len() } else { 0 }];
    for (c, i) in contacts.iter().zip(0..) {
        let (Some(name), Some(index)) = (c.introduced_by.as_deref(), index) else {
            continue;
        };
        let by = match index.find(name, None) {
            Match::One(by) if by == i => continue,
            Match::One(by) => Introducer::Contact(by),
            _ => Introducer::Outside(name.trim().to_string()),
        };
        from_row[i as usize] = true;
        doors.push(Door {
            by,
            to: i,
            since: None,
            logged: None,
            met: met_on(c),
        });
    }
    let mut logged: Vec<&crate::model::Introduction> = journal
        .introductions
        .iter()
        .filter(|x| {
            x.to.is_some_and(|to| !from_row.get(to as usize).copied().unwrap_or(false))
        })
        .collect();
    // The latest introduction of each contact.
    logged.sort_by_key(|x| (x.to, std::cmp::Reverse((x.date, x.row))));
    logged.dedup_by_key(|x| x.to);
    for x in logged {
        let Some(to) = x.to else { continue };
        let Some(c) = contacts.get(to as usize) else {
            continue;
        };
        doors.push(Door {
            by: Introducer::Contact(x.by),
            to,
            since: Some(x.date),
            logged: Some(x.row),
            // A meeting before the introduction is not the one it led to.
            met: met_on(c).filter(|&m| m >= x.date),
        });
    }
    doors.sort_by_key(|d| d.to);
    doors
}

/// The introducers owed news of a meeting: the introduced contact met, within the thank-you
/// window, and no exchange with the introducer dated after the meeting. Due `thank_days` after
/// the meeting.
pub fn inform(contacts: &[Contact], doors: &[Door], config: &Config) -> Vec<(ContactIndex, Owed)> {
    let mut out = Vec::new();
    for d in doors {
        let (Introducer::Contact(by), Some(met)) = (&d.by, d.met) else {
            continue;
        };
        let Some(introducer) = contacts.get(*by as usize) else {
            continue;
        };
        let told = introducer.last_contact.is_some_and(|l| l > met);
        let too_old = add_days(met, config.thank_window_days) < config.today;
        if told || too_old || introducer.status == Status::Dropped {
            continue;
        }
        out.push((
            *by,
            Owed {
                next: NextAction::InformIntroducer,
                since: met,
                due: add_days(met, config.thank_days),
                about: Some(d.to),
            },
        ));
    }
    out
}

/// The longest chain of introductions, as names from the first introducer to the last person
/// introduced ("Émilie → Sophie → Marc"); empty without any door. A circle of introductions
/// (bad data) is cut where it closes. Each contact's chain length is worked out once, so a
/// sheet of 100,000 contacts each introduced by the one before costs one walk, not one per
/// contact.
pub fn chains(contacts: &[Contact], doors: &[Door]) -> Vec<String> {
    use std::collections::{HashMap, HashSet};
    let parent: HashMap<ContactIndex, &Introducer> = doors.iter().map(|d| (d.to, &d.by)).collect();
    // The number of names in the chain that ends with each contact.
    let mut len: HashMap<ContactIndex, usize> = HashMap::new();
    for d in doors {
        let mut path = Vec::new();
        let mut on_path = HashSet::new();
        let mut at = d.to;
        let above = loop {
            if let Some(&l) = len.get(&at) {
                break l;
            }
            if !on_path.insert(at) {
                break 0; // the circle closes here
            }
            path.push(at);
            match parent.get(&at) {
                None => break 0,
                Some(Introducer::Outside(_)) => break 1,
                Some(Introducer::Contact(b)) => at = *b,
            }
        };
        for (k, node) in path.iter().rev().enumerate() {
            len.insert(*node, above + k + 1);
        }
    }
    let Some(end) = doors
        .iter()
        .map(|d| d.to)
        .max_by_key(|to| (len.get(to).copied().unwrap_or(0), std::cmp::Reverse(*to)))
    else {
        return Vec::new();
    };
    let name = |i: ContactIndex| {
        contacts
            .get(i as usize)
            .map_or(String::new(), |c| c.name.to_string())
    };
    let mut chain = vec![name(end)];
    let mut seen = HashSet::from([end]);
    let mut at = end;
    while let Some(by) = parent.get(&at) {
        match by {
            Introducer::Outside(n) => {
                chain.push(n.clone());
                break;
            }
            Introducer::Contact(b) if !seen.insert(*b) => break,
            Introducer::Contact(b) => {
                chain.push(name(*b));
                at = *b;
            }
        }
    }
    chain.reverse();
    chain
}
