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
