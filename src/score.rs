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
        // Answering a request or telling an introducer how it went is owed as a thank-you is.
        NextAction::Thank | NextAction::Answer | NextAction::InformIntroducer => w.thank,
        NextAction::FollowUp if due_now => w.follow_up,
        NextAction::KeepInTouch if due_now => w.keep_in_touch,
        _ => 0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Flag, Objective, SlotKind};
    use crate::plan::next_action;
    use crate::testkit::{config, d};

    fn base() -> Contact<'static> {
        Contact {
            row: 2,
            name: "Claire Martin".into(),
            objectives: vec![Objective::Job].into(),
            horizon: Some(Horizon::Short),
            ..Contact::default()
        }
    }

    fn scored(c: &Contact, config: &Config) -> Score {
        score(c, &next_action(c, config), config)
    }

    fn parts(s: &Score) -> Vec<(Factor, i32)> {
        s.parts.iter().map(|p| (p.factor, p.points)).collect()
    }

    #[test]
    fn parts_and_points_of_typical_contacts() {
        use Factor::*;
        let cfg = config();
        // A short-term job contact whose deadline is in 6 days: 35 + 20 + 18.
        let mut c = base();
        c.deadline = Some(d("2026-12-02"));
        let s = scored(&c, &cfg);
        assert_eq!(parts(&s), [(Objective, 35), (Horizon, 20), (Deadline, 18)]);
        assert_eq!((s.points, s.tier), (73, Tier::A));

        // A long-term contact with nothing written but its horizon: only the neutral parts.
        let c = Contact {
            horizon: Some(crate::model::Horizon::Long),
            ..Contact::default()
        };
        let s = scored(&c, &cfg);
        assert_eq!(parts(&s), [(Objective, 10), (Horizon, 4)]);
        assert_eq!(s.tier, Tier::C);

        // Met, not yet thanked: the relationship needs it now.
        let mut c = base();
        c.status = Status::Met;
        c.last_contact = Some(d("2026-11-25"));
        c.category = Some(Category::Entrepreneur);
        let s = scored(&c, &cfg);
        assert_eq!(
            parts(&s),
            [
                (Objective, 35),
                (Horizon, 20),
                (Relationship, 20),
                (Entrepreneur, 10)
            ]
        );
        assert_eq!(s.points, 85);
    }

    #[test]
    fn relationship_points_only_when_the_relationship_needs_it_now() {
        let cfg = config();
        let rel = |status, last: &str| {
            let mut c = base();
            c.status = status;
            c.last_contact = Some(d(last));
            scored(&c, &cfg).parts.points(Factor::Relationship)
        };
        // Unanswered for 10 days: follow up; for 3 days: not yet.
        assert_eq!(rel(Status::Contacted, "2026-11-16"), 15);
        assert_eq!(rel(Status::Contacted, "2026-11-23"), 0);
        // Cadence (short: 30 days) lapsed: news; within it: nothing.
        assert_eq!(rel(Status::Thanked, "2026-10-01"), 10);
        assert_eq!(rel(Status::KeepInTouch, "2026-11-20"), 0);
    }

    #[test]
    fn objective_fit_follows_the_users_weights() {
        let mut cfg = config();
        cfg.objectives = vec![(Objective::Job, 3), (Objective::Watch, 1)];
        let fit = |objectives: Vec<Objective>| {
            let c = Contact {
                objectives: objectives.into(),
                ..base()
            };
            scored(&c, &cfg).parts.iter().next().unwrap()
        };
        assert_eq!(fit(vec![Objective::Job]).points, 35);
        assert_eq!(fit(vec![Objective::Watch]).points, 12);
        // The best of several objectives counts.
        assert_eq!(fit(vec![Objective::Watch, Objective::Job]).points, 35);
        // Not among the user's objectives: no objective part at all.
        assert_eq!(fit(vec![Objective::Business]).factor, Factor::Horizon);
        assert_eq!(fit(vec![]).points, 10);
    }

    #[test]
    fn deadline_urgency_grows_as_it_nears_and_stops_once_met() {
        let cfg = config();
        let urg = |status, deadline: &str| {
            let c = Contact {
                status,
                deadline: Some(d(deadline)),
                last_contact: Some(d("2026-11-25")),
                ..base()
            };
            scored(&c, &cfg).parts.points(Factor::Deadline)
        };
        assert_eq!(urg(Status::ToContact, "2026-11-01"), 20);
        assert_eq!(urg(Status::ToContact, "2026-11-26"), 20);
        assert_eq!(urg(Status::ToContact, "2026-12-26"), 10);
        assert_eq!(urg(Status::ToContact, "2027-01-25"), 0);
        assert_eq!(urg(Status::Contacted, "2026-12-26"), 10);
        assert_eq!(urg(Status::Thanked, "2026-11-01"), 0);
        // A window of 0 days: only a deadline today or past counts.
        let mut w = Weights {
            deadline_window_days: 0,
            ..Weights::default()
        };
        assert_eq!(urgency(d("2026-11-26"), d("2026-11-26"), &w), 20);
        assert_eq!(urgency(d("2026-11-27"), d("2026-11-26"), &w), 0);
        (w.deadline, w.deadline_window_days) = (u32::MAX, u32::MAX);
        assert!(urgency(d("2026-11-27"), d("2026-11-26"), &w) > 0);
    }

    #[test]
    fn manual_priority_moves_within_0_to_100() {
        let cfg = config();
        let with = |p, c: Contact| {
            scored(
                &Contact {
                    priority: Some(p),
                    ..c
                },
                &cfg,
            )
        };
        let low = with(Priority::Low, Contact::default());
        assert_eq!(low.points, 3); // 10 + 8 - 15
        assert_eq!(low.parts.iter().last().map(|p| p.points), Some(-15));
        let mut top = base();
        top.status = Status::Met;
        top.category = Some(Category::Entrepreneur);
        top.deadline = Some(d("2026-11-01"));
        let s = with(Priority::High, top);
        assert_eq!(s.points, 100); // 35 + 20 + 20 + 10 + 15 = 100
        let mut cfg = config();
        cfg.weights.priority_low = 500;
        let s = score(
            &Contact {
                priority: Some(Priority::Low),
                ..base()
            },
            &next_action(&base(), &cfg),
            &cfg,
        );
        assert_eq!((s.points, s.tier), (0, Tier::C));
    }

    #[test]
    fn dropped_scores_nothing() {
        let c = Contact {
            status: Status::Dropped,
            ..base()
        };
        let a = Action {
            next: NextAction::None,
            due: None,
            flag: Flag::Inactive,
            days_late: 0,
            kind: SlotKind::Message,
            lapse: None,
        };
        let s = score(&c, &a, &config());
        assert_eq!((s.points, s.tier, s.parts.len()), (0, Tier::C, 0));
    }

    #[test]
    fn weights_file_section_rejects_unknown_keys() {
        let w: Weights = toml::from_str("objective = 50\ntier_a = 70\n").unwrap();
        assert_eq!((w.objective, w.tier_a, w.thank), (50, 70, 20));
        let e = toml::from_str::<Weights>("objectif = 50\n").unwrap_err();
        assert!(e.to_string().contains("objectif"), "{e}");
    }
}
