use super::*;
use crate::model::{Planned, Totals};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

fn outcome(today: NaiveDate, dates: &[(NaiveDate, SlotKind)]) -> Outcome<'static> {
    Outcome {
        today,
        lang: crate::model::Lang::Fr,
        contacts: vec![],
        assessed: vec![],
        plan: crate::model::Plan {
            items: dates
                .iter()
                .map(|&(date, kind)| Planned {
                    index: 0,
                    week: String::new(),
                    date,
                    action: NextAction::Propose,
                    kind,
                    meeting_month: None,
                })
                .collect(),
            warm: None,
            offers: Vec::new(),
            deadlines: None,
            backlog: vec![],
        },
        problems: vec![],
        totals: Totals::default(),
        drafts: vec![],
        drafts_note: None,
        journal: Default::default(),
        ties: Default::default(),
        lists: Default::default(),
        history: Default::default(),
    }
}

#[test]
fn a_sunday_belongs_to_the_week_of_the_monday_before() {
    assert_eq!(week_start(d(2026, 11, 29)), d(2026, 11, 23));
    assert_eq!(week_start(d(2026, 11, 23)), d(2026, 11, 23));
    assert_eq!(
        week_start(d(2027, 1, 1)),
        d(2026, 12, 28),
        "across the new year"
    );
}

#[test]
fn weeks_without_actions_still_get_a_bar_of_zero() {
    let o = outcome(
        d(2026, 11, 26),
        &[
            (d(2026, 11, 27), SlotKind::Meeting),
            (d(2026, 12, 15), SlotKind::Message),
            (d(2026, 12, 16), SlotKind::Message),
        ],
    );
    let weeks: Vec<_> = per_week(&o)
        .iter()
        .map(|w| (w.monday, w.meetings, w.messages))
        .collect();
    assert_eq!(
        weeks,
        [
            (d(2026, 11, 23), 1, 0),
            (d(2026, 11, 30), 0, 0),
            (d(2026, 12, 7), 0, 0),
            (d(2026, 12, 14), 0, 2),
        ]
    );
}

#[test]
fn plan_items_whose_contact_is_missing_are_skipped_not_a_panic() {
    let o = outcome(d(2026, 11, 26), &[(d(2026, 11, 27), SlotKind::Meeting)]);
    assert_eq!(this_week(&o).week.len(), 0);
}
