use super::*;
use crate::assess::assess;
use crate::model::{Contact, Status};
use crate::testkit::{config, d};

fn contact<'a>(name: &'a str, last: Option<&'a str>) -> Contact<'a> {
    Contact {
        row: 2,
        name: name.into(),
        status: Status::Contacted,
        last_contact: last.map(d),
        ..Contact::default()
    }
}

fn one(name: &str, last: Option<&str>, cfg: &crate::config::Config) -> Person {
    person(&assess(
        vec![contact(name, last)],
        Vec::new(),
        cfg,
        Lang::En,
    ))
}

#[test]
fn a_sheet_with_no_date_at_all_is_stuck_for_want_of_any_exchange() {
    let p = one("A", None, &config());
    assert!(p.stuck.contains(&Reason::NoExchange), "{p:?}");
    assert_eq!(p.exchanges_30, 0);
}

#[test]
fn silence_counts_whole_weeks_from_the_last_exchange() {
    // 26 Nov: 21 days after 5 Nov is three weeks, 20 days is not.
    let p = one("A", Some("2026-11-05"), &config());
    assert!(p.stuck.contains(&Reason::Silent { weeks: 3 }), "{p:?}");
    let p = one("A", Some("2026-11-06"), &config());
    assert!(!p.stuck.iter().any(|r| matches!(r, Reason::Silent { .. })));
    assert_eq!((p.exchanges_7, p.exchanges_30), (0, 1));
}

#[test]
fn a_pace_of_zero_is_never_missed() {
    let mut cfg = config();
    cfg.meetings_per_month = 0;
    assert!(!one("A", Some("2026-11-25"), &cfg).is_stuck());
    // Pace 1, no meeting since the first exchange in August: August to October missed; the
    // months before it are not counted.
    assert_eq!(
        one("A", Some("2026-08-10"), &config()).stuck,
        [
            Reason::Silent { weeks: 15 },
            Reason::PaceMissed { months: 3 }
        ]
    );
    // A sheet begun this month has missed no month yet.
    assert!(!one("A", Some("2026-11-25"), &config()).is_stuck());
}

#[test]
fn the_stuck_come_first_the_longest_silent_first() {
    let mut cfg = config();
    cfg.meetings_per_month = 0;
    let p1 = one("A", Some("2026-11-25"), &config());
    let p2 = one("B", Some("2026-09-01"), &config());
    let p3 = one("C", Some("2026-10-01"), &config());
    let p4 = one("D", Some("2026-11-25"), &cfg);
    let rows = [("a", &p1), ("b", &p2), ("c", &p3), ("d", &p4)];
    assert!(!p4.is_stuck());
    assert_eq!(order(&rows), [1, 2, 0, 3]);
}
