//! The middle of the pipeline put together: next action, score, rank, plan and totals for a
//! list of normalised contacts. Pure. It owns the rank; the rules of each part live in `plan`
//! and `score`.

use std::cmp::Reverse;

use chrono::NaiveDate;

use crate::config::Config;
use crate::model::{Assessed, Contact, Draft, Flag, Journal, Lang, Plan, Problem, Totals};
use crate::plan::{next_action, schedule_held};
use crate::score::score;
use crate::ties::Ties;

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
    /// What the journal did, when the run has one.
    pub journal: Journal,
    /// Introductions, courtesies owed, give and take, the routine (see `ties`).
    pub ties: Ties,
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

/// [`assess`] of contacts a journal has moved forward (see `journal::apply`): a reply logged
/// makes the next step booking the meeting, and the meetings logged this month count against
/// the month's capacity.
pub fn assess_with<'a>(
    mut contacts: Vec<Contact<'a>>,
    problems: Vec<Problem>,
    config: &Config,
    lang: Lang,
    journal: Journal,
) -> Outcome<'a> {
    let ties = crate::ties::of(&mut contacts, &journal, config);
    let mut assessed: Vec<Assessed> = contacts
        .iter()
        .zip(0..)
        .map(|(c, index)| {
            let mut action = next_action(c, config);
            if let Some(j) = journal.contacts.get(index as usize) {
                action = crate::journal::step(action, c, j, config);
            }
            if let Some(owed) = ties.owed(index) {
                action = crate::ties::combine(action, owed, config);
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
    let plan = schedule_held(
        &contacts,
        &mut assessed,
        config,
        journal.extra_meetings_this_month,
    );

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
        journal,
        ties,
    }
}

/// Sets `rank`: 1 is the first to contact. Active before inactive, then score (highest first),
/// due date (earliest first, undated last), row. Ranked on the action before scheduling, so the
/// plan can use the rank and the rank does not depend on capacities.
fn rank(contacts: &[Contact], assessed: &mut [Assessed]) {
    let mut order: Vec<usize> = (0..assessed.len()).collect();
    order.sort_unstable_by_key(|&i| {
        let a = &assessed[i];
        (
            a.action.flag == Flag::Inactive,
            Reverse(a.score.points),
            a.action.due.unwrap_or(NaiveDate::MAX),
            contacts.get(a.index as usize).map_or(u32::MAX, |c| c.row),
            i,
        )
    });
    for (r, i) in order.into_iter().enumerate() {
        assessed[i].rank = u32::try_from(r + 1).unwrap_or(u32::MAX);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Category, Horizon, How, NextAction, Objective, Status};
    use crate::testkit::{config, d};

    fn contact(row: u32, name: &str) -> Contact<'_> {
        Contact {
            row,
            name: name.into(),
            objectives: vec![Objective::Job].into(),
            horizon: Some(Horizon::Medium),
            how: Some(How::Coffee),
            ..Contact::default()
        }
    }

    fn ranks(contacts: Vec<Contact>, config: &Config) -> Vec<(String, u32)> {
        let out = assess(contacts, Vec::new(), config, Lang::En);
        out.assessed
            .iter()
            .map(|a| (out.contacts[a.index as usize].name.to_string(), a.rank))
            .collect()
    }

    #[test]
    fn the_entrepreneur_of_two_twins_ranks_first() {
        let twin = contact(2, "Twin A");
        let entrepreneur = Contact {
            row: 3,
            name: "Twin B".into(),
            category: Some(Category::Entrepreneur),
            ..twin.clone()
        };
        let r = ranks(vec![twin, entrepreneur], &config());
        assert_eq!(r, [("Twin A".into(), 2), ("Twin B".into(), 1)]);
    }

    #[test]
    fn a_contact_matching_the_users_objective_ranks_above_one_that_does_not() {
        let mut cfg = config();
        cfg.objectives = vec![(Objective::Business, 1)];
        let job = contact(2, "Job");
        let business = Contact {
            row: 3,
            name: "Business".into(),
            objectives: vec![Objective::Business].into(),
            ..job.clone()
        };
        let r = ranks(vec![job, business], &cfg);
        assert_eq!(r, [("Job".into(), 2), ("Business".into(), 1)]);
    }

    #[test]
    fn short_term_ranks_before_long_term() {
        let long = Contact {
            horizon: Some(Horizon::Long),
            ..contact(2, "Long")
        };
        let short = Contact {
            horizon: Some(Horizon::Short),
            ..contact(3, "Short")
        };
        let r = ranks(vec![long, short], &config());
        assert_eq!(r, [("Long".into(), 2), ("Short".into(), 1)]);
    }

    #[test]
    fn dropped_ones_are_inactive_ranked_last_and_never_planned() {
        let dropped = Contact {
            status: Status::Dropped,
            priority: Some(crate::model::Priority::High),
            ..contact(2, "Dropped")
        };
        let plain = Contact {
            horizon: Some(Horizon::Long),
            objectives: vec![].into(),
            ..contact(3, "Plain")
        };
        let out = assess(vec![dropped, plain], Vec::new(), &config(), Lang::Fr);
        let a = &out.assessed[0];
        assert_eq!(
            (a.action.next, a.action.flag, a.rank),
            (NextAction::None, Flag::Inactive, 2)
        );
        assert!(out.plan.items.iter().all(|p| p.index != 0));
        assert!(out.plan.backlog.iter().all(|b| b.index != 0));
        assert_eq!((out.totals.contacts, out.totals.active), (2, 1));
    }

    #[test]
    fn equal_scores_rank_by_due_date_then_row() {
        let later = Contact {
            deadline: Some(d("2027-06-30")),
            ..contact(2, "Later")
        };
        let sooner = Contact {
            deadline: Some(d("2027-05-30")),
            ..contact(3, "Sooner")
        };
        let undated = contact(4, "Undated");
        let twin = contact(5, "Undated twin");
        let r = ranks(vec![later, sooner, undated, twin], &config());
        assert_eq!(
            r,
            [
                ("Later".into(), 2),
                ("Sooner".into(), 1),
                ("Undated".into(), 3),
                ("Undated twin".into(), 4)
            ]
        );
    }

    #[test]
    fn totals_count_flags_plan_backlog_and_problems() {
        let overdue_thanks = Contact {
            status: Status::Met,
            last_contact: Some(d("2026-11-10")),
            ..contact(2, "Met")
        };
        let coffees = (3..6).map(|r| contact(r, "Coffee"));
        let contacts: Vec<Contact> = std::iter::once(overdue_thanks).chain(coffees).collect();
        let mut cfg = config();
        cfg.weeks = 4; // November and December: two coffees at one a month
                       // The meeting was 16 days ago: still a thank-you with a 30-day window (the default 14
                       // would turn it into news, see `plan::next`).
        cfg.thank_window_days = 30;
        let out = assess(contacts, Vec::new(), &cfg, Lang::En);
        assert_eq!(
            out.totals,
            Totals {
                contacts: 4,
                active: 4,
                overdue: 1,
                due_soon: 2,
                at_risk: 0,
                planned: 3,
                backlog: 1,
                problems: 0,
            }
        );
    }
}
