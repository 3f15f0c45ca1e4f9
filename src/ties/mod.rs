//! The ties between contacts and with the user, between the journal and the plan: who
//! introduced whom (the doors a meeting opened), the requests others made and the courtesies
//! they call for (`answer`, `inform_introducer`), what each contact gave the user and got back,
//! and whether the user holds the routine. Pure: contacts, the journal's entries and the config
//! in, facts out; today comes from the config.
//!
//! It decides no contact's own next action (see `plan`): it only says which courtesy a contact
//! is owed, and [`combine`] says which of the two the contact's one next action is.

mod doors;
mod give;
pub mod routine;

use chrono::{Days, NaiveDate};

use crate::config::Config;
use crate::model::{Action, Contact, ContactIndex, Journal, NextAction, SlotKind};
use crate::plan::flag_for;
pub use doors::{chains, Door, Introducer};
pub use give::GiveTake;
pub use routine::Routine;

/// A courtesy a contact is owed besides its own next action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Owed {
    /// `answer` or `inform_introducer`.
    pub next: NextAction,
    /// The day of what calls for it: the request, or the meeting with the person introduced.
    pub since: NaiveDate,
    pub due: NaiveDate,
    /// For `inform_introducer`: the person introduced who was met.
    pub about: Option<ContactIndex>,
}

/// What the ties of one input are.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Ties {
    /// Who introduced whom, in the order of the introduced contacts.
    pub doors: Vec<Door>,
    /// The courtesies owed, by contact (sorted by contact).
    pub owed: Vec<(ContactIndex, Owed)>,
    /// What each contact of the journal gave and got, by contact (sorted by contact).
    pub give: Vec<(ContactIndex, GiveTake)>,
    /// Meetings and messages held against the user's targets.
    pub routine: Routine,
    /// The names of the longest chain of introductions, first introducer first (empty without
    /// doors).
    pub longest_chain: Vec<String>,
    /// Whom to give back to: gave twice or more, got nothing back, not dropped; most given
    /// first, then contact order.
    pub give_back: Vec<ContactIndex>,
    /// People introduced who are not on the sheet: contacts to add, earliest first.
    pub new_contacts: Vec<NewContact>,
}

/// Someone the journal says the user was introduced to, whom no contact of the sheet is: a
/// row to add ("a meeting is a first step toward other meetings").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewContact {
    /// The name as the journal writes it.
    pub name: String,
    /// Who introduced them.
    pub by: ContactIndex,
    /// The day of the introduction.
    pub date: NaiveDate,
    /// The journal entry's note.
    pub note: String,
}

impl Ties {
    /// The courtesy contact `i` is owed, if any.
    pub fn owed(&self, i: ContactIndex) -> Option<&Owed> {
        find(&self.owed, i)
    }

    /// What contact `i` gave and got, when the journal tells.
    pub fn give_take(&self, i: ContactIndex) -> Option<&GiveTake> {
        find(&self.give, i)
    }
}

fn find<T>(list: &[(ContactIndex, T)], i: ContactIndex) -> Option<&T> {
    list.binary_search_by_key(&i, |&(at, _)| at)
        .ok()
        .map(|k| &list[k].1)
}

/// The ties of `contacts` (already moved by `journal`). A contact whom the journal says was
/// introduced, and whose row names no introducer, gets its introducer's name in
/// `introduced_by`: the warm introduction scores and is named first in the proposal.
pub fn of(
    contacts: &mut [Contact],
    journal: &Journal,
    config: &Config,
    index: Option<&crate::journal::Index>,
) -> Ties {
    let doors = doors::find(contacts, journal, config.today, index);
    for d in &doors {
        if let (Introducer::Contact(by), Some(_)) = (&d.by, d.logged) {
            let name = contacts.get(*by as usize).map(|c| c.name.to_string());
            if let (Some(c), Some(name)) = (contacts.get_mut(d.to as usize), name) {
                if c.introduced_by.is_none() {
                    c.introduced_by = Some(name.into());
                }
            }
        }
    }
    let mut owed = doors::inform(contacts, &doors, config);
    // Once the person introduced has been met, telling the introducer how it went thanks
    // them too: one message, not two.
    let mut informed: Vec<ContactIndex> = owed.iter().map(|&(i, _)| i).collect();
    informed.sort_unstable();
    owed.extend(
        introductions_to_thank(contacts, journal, config)
            .into_iter()
            .filter(|(i, _)| informed.binary_search(i).is_err()),
    );
    owed.extend(requests(contacts, journal, config));
    owed.sort_by_key(|&(i, o)| (i, o.due, o.next));
    // One courtesy per contact: the one due first.
    owed.dedup_by_key(|&mut (i, _)| i);
    let give = give::counts(journal);
    let mut give_back: Vec<(ContactIndex, GiveTake)> = give
        .iter()
        .filter(|(i, g)| {
            g.owed()
                && contacts
                    .get(*i as usize)
                    .is_some_and(|c| c.status != crate::model::Status::Dropped)
        })
        .copied()
        .collect();
    give_back.sort_by_key(|&(i, g)| (std::cmp::Reverse(g.gave), i));
    Ties {
        longest_chain: if doors.is_empty() {
            Vec::new()
        } else {
            chains(contacts, &doors)
        },
        give_back: give_back.into_iter().map(|(i, _)| i).collect(),
        new_contacts: new_contacts(journal),
        doors,
        owed,
        give,
        routine: routine::of(contacts, journal, config),
    }
}

/// The people introduced whom no contact of the sheet is, once each (the first introduction
/// of a name, written however), earliest first.
fn new_contacts(journal: &Journal) -> Vec<NewContact> {
    let mut out: Vec<(String, NewContact)> = journal
        .introductions
        .iter()
        .filter(|x| x.outside)
        .map(|x| {
            (
                crate::vocab::fold(&x.name),
                NewContact {
                    name: x.name.trim().to_string(),
                    by: x.by,
                    date: x.date,
                    note: x.note.clone(),
                },
            )
        })
        .collect();
    out.sort_by(|a, b| (&a.0, a.1.date).cmp(&(&b.0, b.1.date)));
    out.dedup_by(|a, b| a.0 == b.0);
    let mut list: Vec<NewContact> = out.into_iter().map(|(_, c)| c).collect();
    list.sort_by(|a, b| (a.date, &a.name).cmp(&(b.date, &b.name)));
    list
}

/// The introducers to thank now: an introduction received (an entry of that kind, or an
/// "introduced to" cell) within the thank-you window, and no thank-you logged for it since.
/// Due `thank_days` after the introduction; the introducer is told again after the meeting
/// (`inform_introducer`).
fn introductions_to_thank(
    contacts: &[Contact],
    journal: &Journal,
    config: &Config,
) -> Vec<(ContactIndex, Owed)> {
    use crate::vocab::ExchangeKind::{Introduction, Thanks};
    // The introductions by introducer, looked up by range: one sort, not a scan per contact.
    let mut by_introducer: Vec<(ContactIndex, NaiveDate, Option<ContactIndex>)> = journal
        .introductions
        .iter()
        .map(|x| (x.by, x.date, x.to))
        .collect();
    by_introducer.sort_unstable();
    let mut out = Vec::new();
    for group in journal.entries.chunk_by(|a, b| a.contact == b.contact) {
        let by = group[0].contact;
        if contacts
            .get(by as usize)
            .map_or(true, |c| c.status == crate::model::Status::Dropped)
        {
            continue;
        }
        // The latest introduction this contact made: its entry, or a row naming whom.
        let from = by_introducer.partition_point(|x| x.0 < by);
        let to = by_introducer.partition_point(|x| x.0 <= by);
        let logged = by_introducer[from..to].iter().map(|&(_, d, t)| (d, t));
        let entry = group
            .iter()
            .filter(|e| e.kind == Some(Introduction) && e.date <= config.today)
            .map(|e| (e.date, None));
        let Some((since, _)) = logged.clone().chain(entry).max_by_key(|&(d, _)| d) else {
            continue;
        };
        let about = logged.filter(|&(d, _)| d == since).find_map(|(_, to)| to);
        let thanked = group
            .iter()
            .any(|e| e.kind == Some(Thanks) && e.date >= since);
        let lapsed = add_days(since, config.thank_window_days) < config.today;
        if thanked || lapsed {
            continue;
        }
        out.push((
            by,
            Owed {
                next: NextAction::ThankIntroducer,
                since,
                due: add_days(since, config.thank_days),
                about,
            },
        ));
    }
    out
}

/// The requests still unanswered: a request received and no help given (or request answered)
/// logged after it. Due `answer_days` after the request; never lapses (a request is never
/// forgotten).
fn requests(contacts: &[Contact], journal: &Journal, config: &Config) -> Vec<(ContactIndex, Owed)> {
    use crate::vocab::ExchangeKind::{Help, Request};
    let mut out = Vec::new();
    for group in journal.entries.chunk_by(|a, b| a.contact == b.contact) {
        let at = group[0].contact;
        if contacts
            .get(at as usize)
            .map_or(true, |c| c.status == crate::model::Status::Dropped)
        {
            continue;
        }
        // Entries are in date then row order: the last request, and whether help follows it.
        let Some(last) = group.iter().rposition(|e| e.kind == Some(Request)) else {
            continue;
        };
        if group[last..].iter().any(|e| e.kind == Some(Help)) {
            continue;
        }
        let since = group[last].date;
        out.push((
            at,
            Owed {
                next: NextAction::Answer,
                since,
                due: add_days(since, config.answer_days),
                about: None,
            },
        ));
    }
    out
}

/// `day + days`, on a working day (see `plan::is_working`), like every due date.
fn add_days(day: NaiveDate, days: u32) -> NaiveDate {
    day.checked_add_days(Days::new(u64::from(days)))
        .map_or(NaiveDate::MAX, crate::plan::working_from)
}

/// The one next action of a contact whose own action is `own` and who is owed `owed`.
///
/// The courtesy wins, except over a step that is itself owed and due strictly earlier (a
/// thank-you, a follow-up, the day of a meeting agreed, the preparation of a booked meeting), and over a meeting still to
/// come: that one goes first, and the courtesy comes back on the next run once it is done. A
/// dropped contact stays without action.
pub fn combine(own: Action, owed: &Owed, config: &Config) -> Action {
    let pressing = matches!(
        own.next,
        NextAction::Thank | NextAction::FollowUp | NextAction::Prepare | NextAction::Schedule
    );
    // A booked meeting keeps its day whatever else is owed: replacing its preparation would
    // take it out of the plan, the calendar and the month's meetings.
    let booked = own.next == NextAction::Prepare && own.due.is_some_and(|d| d >= config.today);
    if own.next == NextAction::None || booked || (pressing && own.due.is_some_and(|d| d < owed.due))
    {
        return own;
    }
    let due = Some(owed.due);
    let (flag, days_late) = flag_for(due, config);
    Action {
        next: owed.next,
        due,
        flag,
        days_late,
        kind: SlotKind::Message,
        lapse: None,
    }
}

#[cfg(test)]
mod tests;
