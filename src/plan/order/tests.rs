use super::*;
use crate::model::{Objective, SlotKind};
use crate::testkit::config;

fn action(next: NextAction, flag: Flag, days_late: u32) -> Action {
    Action {
        next,
        due: None,
        flag,
        days_late,
        kind: SlotKind::Message,
        lapse: None,
    }
}

#[test]
fn a_thank_you_goes_before_a_follow_up_before_news_however_late() {
    let c = Contact::default();
    let k = |next, late| {
        let flag = if late > 0 {
            Flag::Overdue
        } else {
            Flag::DueSoon
        };
        key(&action(next, flag, late), false, None, &c, 0, 0, &config())
    };
    let mut keys = [
        (k(NextAction::KeepInTouch, 300), "news 300 days late"),
        (k(NextAction::FollowUp, 20), "follow-up 20 days late"),
        (k(NextAction::Thank, 0), "thank-you due"),
        (k(NextAction::Thank, 4), "thank-you 4 days late"),
        (k(NextAction::Propose, 50), "approach 50 days late"),
        (k(NextAction::KeepInTouch, 0), "news not yet due"),
    ];
    keys.sort();
    let order: Vec<&str> = keys.iter().map(|k| k.1).collect();
    assert_eq!(
        order,
        [
            "thank-you 4 days late",
            "thank-you due",
            "follow-up 20 days late",
            "news 300 days late",
            "approach 50 days late",
            "news not yet due",
        ]
    );
}

#[test]
fn standing_sets_apart_only_contacts_whose_objectives_all_weigh_nothing() {
    let mut cfg = config();
    let with = |objectives: Vec<Objective>| Contact {
        objectives: objectives.into(),
        ..Contact::default()
    };
    let job = with(vec![Objective::Job]);
    // No objective named: everyone is pursued.
    assert_eq!(Standing::of(&job, &cfg), Standing::Pursued);
    cfg.objectives = vec![(Objective::Partners, 3), (Objective::Business, 1)];
    assert_eq!(Standing::of(&job, &cfg), Standing::NotPursued);
    let both = with(vec![Objective::Job, Objective::Business]);
    assert_eq!(Standing::of(&both, &cfg), Standing::Pursued);
    assert_eq!(Standing::of(&with(vec![]), &cfg), Standing::Pursued);
    // A weight of 0 written by the user is no weight.
    cfg.objectives.push((Objective::Job, 0));
    assert_eq!(Standing::of(&job, &cfg), Standing::NotPursued);
}
