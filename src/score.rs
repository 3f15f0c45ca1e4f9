//! Scoring: a contact and its next action -> a score from 0 to 100 made of explained parts
//! (the "why"), and a tier. Pure. The points of every part live in [`Weights`], which
//! `reseau.toml` `[weights]` can change; `docs/scoring.md` explains each default.
//!
//! This module does not decide the next action (see `plan`) nor the rank (see `assess`).

use chrono::NaiveDate;

use crate::config::{Config, Weights};
use crate::model::{
    Action, Category, Contact, Factor, Horizon, NextAction, Part, Parts, Priority, Score, Status,
    Tier,
};

/// Scores `contact`, whose next action is `action`. A dropped contact scores 0, tier C.
pub fn score(contact: &Contact, action: &Action, config: &Config) -> Score {
    let w = &config.weights;
    if contact.status == Status::Dropped || action.next == NextAction::None {
        return Score {
            points: 0,
            parts: Parts::default(),
            tier: Tier::C,
        };
    }
    let raw = [
        (Factor::Objective, objective(contact, config)),
        (Factor::Horizon, i64::from(horizon(contact.horizon, w))),
        (Factor::Deadline, deadline(contact, config)),
        (Factor::Relationship, relationship(action, config)),
        (
            Factor::Entrepreneur,
            if contact.category == Some(Category::Entrepreneur) {
                i64::from(w.entrepreneur)
            } else {
                0
            },
        ),
        (
            Factor::Introduced,
            if contact.introduced_by.is_some() && contact.status == Status::ToContact {
                i64::from(w.introduced)
            } else {
                0
            },
        ),
        (
            Factor::Priority,
            match contact.priority {
                Some(Priority::High) => i64::from(w.priority_high),
                Some(Priority::Low) => -i64::from(w.priority_low),
                Some(Priority::Normal) | None => 0,
            },
        ),
    ];
    let total: i64 = raw.iter().map(|&(_, p)| p).sum();
    let points = total.clamp(0, 100) as u8;
    let tier = if u32::from(points) >= w.tier_a {
        Tier::A
    } else if u32::from(points) >= w.tier_b {
        Tier::B
    } else {
        Tier::C
    };
    // A factor of 0 points is no part: `Parts` leaves it out.
    let parts = raw
        .into_iter()
        .map(|(factor, p)| Part {
            factor,
            points: p.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32,
        })
        .collect();
    Score {
        points,
        parts,
        tier,
    }
}

/// The best fit of the contact's objectives with the user's, in points.
fn objective(contact: &Contact, config: &Config) -> i64 {
    if contact.objectives.is_empty() {
        return i64::from(config.weights.objective_none);
    }
    let best = contact
        .objectives
        .iter()
        .map(|&o| config.objective_weight(o))
        .fold(0.0_f64, f64::max);
    (best * f64::from(config.weights.objective)).round() as i64
}

fn horizon(h: Option<Horizon>, w: &Weights) -> u32 {
    match h {
        Some(Horizon::Short) => w.horizon_short,
        Some(Horizon::Medium) => w.horizon_medium,
        Some(Horizon::Long) => w.horizon_long,
        None => w.horizon_unknown,
    }
}

/// Urgency of the row's deadline (the When), while the meeting it is for is still ahead:
/// full points when due today or past, falling linearly to 0 at the window's end. Once met,
/// the deadline has served and no longer counts.
fn deadline(contact: &Contact, config: &Config) -> i64 {
    let pending = matches!(
        contact.status,
        Status::ToContact | Status::Contacted | Status::Scheduled
    );
    match contact.deadline {
        Some(d) if pending => urgency(d, config.today, &config.weights),
        _ => 0,
    }
}

fn urgency(deadline: NaiveDate, today: NaiveDate, w: &Weights) -> i64 {
    let left = i128::from((deadline - today).num_days().max(0));
    let window = i128::from(w.deadline_window_days);
    let full = i128::from(w.deadline);
    if left == 0 {
        return w.deadline.into();
    }
    if left >= window {
        return 0;
    }
    // deadline * (window - left) / window, rounded; i128 so no weight can overflow it.
    let points = (full * (window - left) * 2 + window) / (2 * window);
    i64::try_from(points).unwrap_or(i64::MAX)
}

/// What the relationship needs now: a thank-you (any meeting not yet thanked), a follow-up
/// once the answer is late, news once the cadence has lapsed.
fn relationship(action: &Action, config: &Config) -> i64 {
    let w = &config.weights;
    let due_now = action.due.is_some_and(|d| d <= config.today);
    i64::from(match action.next {
        // Answering a request, setting the day of a meeting agreed, or telling an introducer
        // how it went is owed as a thank-you is.
        NextAction::Thank
        | NextAction::Answer
        | NextAction::Schedule
        | NextAction::ThankIntroducer
        | NextAction::InformIntroducer => w.thank,
        NextAction::FollowUp if due_now => w.follow_up,
        NextAction::KeepInTouch if due_now => w.keep_in_touch,
        _ => 0,
    })
}

#[cfg(test)]
mod tests;
