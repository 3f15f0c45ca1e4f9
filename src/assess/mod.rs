//! The middle of the pipeline put together: next action, score, rank, plan and totals for a
//! list of normalised contacts. Pure. It owns the rank; the rules of each part live in `plan`
//! and `score`.

use std::borrow::Cow;
use std::cmp::Reverse;

use chrono::NaiveDate;

use crate::config::Config;
use crate::model::{
    Assessed, Contact, ContactIndex, Draft, Flag, Journal, Lang, LastExchange, Plan, Problem,
    Totals,
};
use crate::plan::{next_action, schedule_held};
mod groups;
mod history;
mod lists;

use crate::score::score;
use crate::ties::Ties;
pub use groups::{groups, Group};
pub use history::{History, Recalled};
pub use lists::{week_start, Lists};

/// Everything one input gives: what the writers need, nothing read from the clock or disk.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome<'a> {
    pub today: NaiveDate,
    pub lang: Lang,
    pub contacts: Vec<Contact<'a>>,
    /// Same length and order as `contacts`.
    pub assessed: Vec<Assessed>,
    pub plan: Plan,
    pub problems: Vec<Problem>,
    pub totals: Totals,
    /// The message drafted for each planned action: same length and order as `plan.items`
    /// (filled by `draft::fill`; empty until then).
    pub drafts: Vec<Draft>,
    /// What the drafts need from the user, said in the Messages sheet's header note (the
    /// `[me]` lines to add); set by `draft::fill`.
    pub drafts_note: Option<&'static str>,
    /// What the journal did, when the run has one.
    pub journal: Journal,
    /// Introductions, courtesies owed, give and take, the routine (see `ties`).
    pub ties: Ties,
    /// The lists the writers show (overdue, this week...), built once.
    pub lists: Lists,
    /// What the previous output of the sheet gave (see [`assess_remembering`]).
    pub history: Recalled,
}

impl Outcome<'_> {
    /// Builds `lists` again from `assessed`, `plan` and `today`: for an outcome changed by
    /// hand (tests build one field by field).
    pub fn relist(&mut self) {
        self.lists = Lists::of(&self.assessed, &self.plan.items, self.today);
    }

    /// The latest exchange with contact `i`: the journal's, else (without one, or when the
    /// journal says nothing of it) the row's own dates; the same thing either way.
    pub fn last_exchange(&self, i: ContactIndex) -> Option<Cow<'_, LastExchange>> {
        let logged = self.journal.contacts.get(i as usize);
        if let Some(last) = logged.and_then(|j| j.last.as_ref()) {
            return Some(Cow::Borrowed(last));
        }
        let c = self.contacts.get(i as usize)?;
        crate::journal::row_exchange(c, self.today).map(Cow::Owned)
    }
}

/// Everything the writers need for one input but the drafts (see `draft::fill`).
pub fn assess<'a>(
    contacts: Vec<Contact<'a>>,
    problems: Vec<Problem>,
    config: &Config,
    lang: Lang,
) -> Outcome<'a> {
    assess_with(contacts, problems, config, lang, Journal::default())
}

/// [`assess`] of contacts a journal has moved forward (see `journal::apply`): the meetings logged this month count against
/// the month's capacity.
pub fn assess_with<'a>(
    contacts: Vec<Contact<'a>>,
    problems: Vec<Problem>,
    config: &Config,
    lang: Lang,
    journal: Journal,
) -> Outcome<'a> {
    assess_remembering(contacts, problems, config, lang, journal, None, None)
}

/// [`assess_with`] that remembers the previous output of the sheet (`history`, `None` on the
/// first run): an action planned there, come due and not done keeps its first due date, so it
/// becomes overdue rather than being dated again (see `history::carry`). `index` is the index
/// of `contacts` by name the journal matched its entries with, when there was a journal: it
/// finds the introducers named in "introduced by" cells without being made again.
pub fn assess_remembering<'a>(
    mut contacts: Vec<Contact<'a>>,
    problems: Vec<Problem>,
    config: &Config,
    lang: Lang,
    journal: Journal,
    history: Option<&History>,
    index: Option<&crate::journal::Index>,
) -> Outcome<'a> {
    let ties = crate::ties::of(&mut contacts, &journal, config, index);
    let mut carried = Vec::new();
    let mut assessed: Vec<Assessed> = contacts
        .iter()
        .zip(0..)
        .map(|(c, index)| {
            let mut action = next_action(c, config);
            if let Some(owed) = ties.owed(index) {
                action = crate::ties::combine(action, owed, config);
            }
            if let Some(before) = history.and_then(|h| h.before(&c.name)) {
                let last = journal
                    .contacts
                    .get(index as usize)
                    .and_then(|j| j.last.as_ref().map(|l| l.date))
                    .or_else(|| crate::journal::row_exchange(c, config.today).map(|l| l.date));
                if let Some(kept) = history::carry(&action, before, last, config) {
                    action = kept;
                    carried.push(index);
                }
            }
            Assessed {
                index,
                score: score(c, &action, config),
                rank: 0,
                action,
            }
        })
        .collect();
    rank(&contacts, &mut assessed);
    let mut plan = schedule_held(
        &contacts,
        &mut assessed,
        config,
        journal.extra_meetings_this_month,
    );
    plan.offers = crate::plan::offer_days(&plan, &contacts, config);

    let lists = Lists::of(&assessed, &plan.items, config.today);
    let count = |flag: Flag| assessed.iter().filter(|a| a.action.flag == flag).count();
    let totals = Totals {
        contacts: contacts.len(),
        active: assessed.len() - count(Flag::Inactive),
        overdue: count(Flag::Overdue),
        due_soon: count(Flag::DueSoon),
        at_risk: count(Flag::AtRisk),
        planned: plan.items.len(),
        backlog: plan.backlog.len(),
        problems: problems.len(),
    };
    Outcome {
        today: config.today,
        lang,
        contacts,
        assessed,
        plan,
        problems,
        totals,
        drafts: Vec::new(),
        drafts_note: None,
        journal,
        ties,
        lists,
        history: Recalled {
            known: history.is_some(),
            overdue_before: history.map(|h| h.overdue),
            carried,
        },
    }
}

/// Sets `rank`: 1 is the first to contact. Active before inactive, then score (highest first),
/// due date (earliest first, undated last), row. Ranked on the action before scheduling, so the
/// plan can use the rank and the rank does not depend on capacities.
///
/// The keys are made once and sorted side by side: a key made inside the comparison reads two
/// large records per comparison, which at a million rows cost more than the rest of the core.
fn rank(contacts: &[Contact], assessed: &mut [Assessed]) {
    let mut order: Vec<_> = assessed
        .iter()
        .enumerate()
        .map(|(i, a)| {
            (
                a.action.flag == Flag::Inactive,
                Reverse(a.score.points),
                a.action.due.unwrap_or(NaiveDate::MAX),
                contacts.get(a.index as usize).map_or(u32::MAX, |c| c.row),
                i,
            )
        })
        .collect();
    // Every key ends with its own index: no two are equal, so the order is the one order.
    order.sort_unstable();
    for (r, (.., i)) in order.into_iter().enumerate() {
        assessed[i].rank = u32::try_from(r + 1).unwrap_or(u32::MAX);
    }
}

#[cfg(test)]
mod tests;
