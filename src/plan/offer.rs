//! The days offered to a contact who said yes (`schedule`): the plan decides them, the draft
//! words them ("mardi 8 ou jeudi 10 décembre"). Two working days from three days after the
//! message (time to read it and answer), two days apart, that hold no planned meeting (a
//! booked meeting's day, a meeting proposed) and were not offered to another contact already,
//! never on a public holiday of the fixed-date kind nor between Christmas and New Year; before
//! the contact's deadline when it has one (closer days when the usual ones would pass it).

use std::collections::HashSet;

use chrono::{Datelike, Days, NaiveDate};

use crate::config::Config;
use crate::model::{Contact, NextAction, Offer, Plan, SlotKind};

/// How many days a message offers.
const OFFERED: usize = 2;
/// How far ahead the days are looked for, in days from the message.
const LOOK_AHEAD: u64 = 28;

/// The days offered to each `schedule` of `plan`, in plan order of the messages; sorted by
/// contact.
pub fn offer_days(plan: &Plan, contacts: &[Contact], config: &Config) -> Vec<Offer> {
    let mut taken: HashSet<NaiveDate> = plan
        .items
        .iter()
        .filter(|p| p.kind == SlotKind::Meeting && p.action != NextAction::Schedule)
        .map(|p| p.date)
        .collect();
    taken.extend(
        contacts
            .iter()
            .filter_map(|c| c.meeting_date)
            .filter(|&d| d > config.today),
    );
    let mut out = Vec::new();
    for p in plan
        .items
        .iter()
        .filter(|p| p.action == NextAction::Schedule)
    {
        let deadline = contacts
            .get(p.index as usize)
            .and_then(|c| c.deadline)
            .filter(|&d| d > p.date);
        let sent = p.date.max(config.today);
        let mut days = pick(sent, 3, 2, deadline, &taken);
        if days.len() < OFFERED {
            // The deadline is close: the next free working days will do.
            days = pick(sent, 1, 1, deadline, &taken);
        }
        taken.extend(days.iter().copied());
        if !days.is_empty() {
            out.push(Offer {
                index: p.index,
                days,
            });
        }
    }
    out.sort_by_key(|o| o.index);
    out
}

/// Up to [`OFFERED`] free working days from `sent + after`, `gap` days apart at least, on or
/// before `deadline`.
fn pick(
    sent: NaiveDate,
    after: u64,
    gap: i64,
    deadline: Option<NaiveDate>,
    taken: &HashSet<NaiveDate>,
) -> Vec<NaiveDate> {
    let mut days: Vec<NaiveDate> = Vec::with_capacity(OFFERED);
    for n in after..=LOOK_AHEAD {
        let Some(day) = sent.checked_add_days(Days::new(n)) else {
            break;
        };
        if deadline.is_some_and(|d| day > d) || days.len() == OFFERED {
            break;
        }
        let spaced = days.last().map_or(true, |&l| (day - l).num_days() >= gap);
        if spaced && working(day) && !taken.contains(&day) {
            days.push(day);
        }
    }
    days
}

/// A day one can meet on: Monday to Friday, not 1 January, 1 or 8 May, 14 July, 15 August,
/// 1 or 11 November, nor 24 to 31 December.
pub fn working(day: NaiveDate) -> bool {
    // The plan's working days, less the days few would meet on.
    let holiday = matches!(
        (day.month(), day.day()),
        (5, 1) | (5, 8) | (7, 14) | (8, 15) | (11, 1) | (11, 11) | (12, 24..=31)
    );
    super::days::is_working(day) && !holiday
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Planned;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    fn plan_with(items: Vec<Planned>) -> Plan {
        Plan {
            items,
            ..Plan::default()
        }
    }

    fn item(index: u32, date: NaiveDate, action: NextAction, kind: SlotKind) -> Planned {
        Planned {
            index,
            week: crate::plan::week_label(date),
            date,
            action,
            kind,
            meeting_month: None,
        }
    }

    #[test]
    fn a_yes_is_offered_two_working_days_that_hold_no_meeting() {
        let config = Config::new(day(12, 5));
        let contacts = vec![Contact::default(), Contact::default()];
        // Saturday 5 December: Tuesday 8 and Thursday 10; a meeting on the 10th moves the
        // second day to Friday 11.
        let plan = plan_with(vec![item(
            0,
            day(12, 5),
            NextAction::Schedule,
            SlotKind::Meeting,
        )]);
        let offers = offer_days(&plan, &contacts, &config);
        assert_eq!(offers[0].days, vec![day(12, 8), day(12, 10)]);
        let plan = plan_with(vec![
            item(0, day(12, 5), NextAction::Schedule, SlotKind::Meeting),
            item(1, day(12, 10), NextAction::Propose, SlotKind::Meeting),
        ]);
        let offers = offer_days(&plan, &contacts, &config);
        assert_eq!(offers[0].days, vec![day(12, 8), day(12, 11)]);
    }

    #[test]
    fn two_yeses_are_not_offered_the_same_days_nor_past_the_deadline() {
        let config = Config::new(day(12, 5));
        let contacts = vec![
            Contact::default(),
            Contact {
                deadline: Some(day(12, 9)),
                ..Contact::default()
            },
        ];
        let plan = plan_with(vec![
            item(0, day(12, 5), NextAction::Schedule, SlotKind::Meeting),
            item(1, day(12, 5), NextAction::Schedule, SlotKind::Meeting),
        ]);
        let offers = offer_days(&plan, &contacts, &config);
        assert_eq!(offers[0].days, vec![day(12, 8), day(12, 10)]);
        // Before the 9th, the 8th being offered to the first: Monday 7 and Wednesday 9.
        assert_eq!(offers[1].days, vec![day(12, 7), day(12, 9)]);
        for o in &offers {
            assert!(o.days.iter().all(|&d| working(d)));
        }
    }
}
