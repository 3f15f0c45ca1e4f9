//! Working days: the days the plan gives an action or a meeting. Weekends are not working days,
//! nor 1 January and 25 December, the two public holidays that the French and the English
//! calendars share (a booked meeting keeps the day the user gave it, whatever it is).
//!
//! A plan run on a Saturday or a Sunday starts on the Monday after: its first week is the week
//! ahead, not the one ending.

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// Whether `day` is a working day.
pub fn is_working(day: NaiveDate) -> bool {
    !matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
        && !matches!((day.month(), day.day()), (1, 1) | (12, 25))
}

/// The first working day on or after `day` (`day` itself at the end of the calendar).
pub fn working_from(day: NaiveDate) -> NaiveDate {
    let mut at = day;
    // Never more than four days ahead (a Saturday before a Monday holiday).
    for _ in 0..7 {
        if is_working(at) {
            return at;
        }
        match at.succ_opt() {
            Some(next) => at = next,
            None => return day,
        }
    }
    day
}

/// The last working day on or before `day`, but never before `floor`: `floor` when there is
/// none between them.
pub fn working_until(day: NaiveDate, floor: NaiveDate) -> NaiveDate {
    let mut at = day;
    while at > floor {
        if is_working(at) {
            return at;
        }
        match at.pred_opt() {
            Some(prev) => at = prev,
            None => break,
        }
    }
    floor
}

/// The Monday of the ISO week holding `date`.
pub fn monday_of(date: NaiveDate) -> NaiveDate {
    let back = u64::from(date.weekday().num_days_from_monday());
    date.checked_sub_days(Days::new(back)).unwrap_or(date)
}

/// The Monday of the plan's first week: the week of the first working day from `today` (on a
/// weekend, the week ahead).
pub fn week_one(today: NaiveDate) -> NaiveDate {
    monday_of(working_from(today))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn weekends_and_the_two_shared_holidays_are_not_working_days() {
        assert!(is_working(d(2026, 12, 4))); // Friday
        assert!(!is_working(d(2026, 12, 5))); // Saturday
        assert!(!is_working(d(2026, 12, 25))); // Friday, Christmas
        assert!(!is_working(d(2027, 1, 1))); // Friday, New Year's day
        assert_eq!(working_from(d(2026, 12, 5)), d(2026, 12, 7));
        assert_eq!(working_from(d(2026, 12, 25)), d(2026, 12, 28));
        assert_eq!(working_from(d(2026, 12, 31)), d(2026, 12, 31));
        assert_eq!(working_from(d(2026, 12, 26)), d(2026, 12, 28));
    }

    #[test]
    fn a_day_before_is_never_before_the_floor() {
        assert_eq!(
            working_until(d(2026, 12, 6), d(2026, 12, 1)),
            d(2026, 12, 4)
        );
        assert_eq!(
            working_until(d(2026, 12, 6), d(2026, 12, 5)),
            d(2026, 12, 5)
        );
        assert_eq!(
            working_until(d(2026, 12, 3), d(2026, 12, 1)),
            d(2026, 12, 3)
        );
    }

    #[test]
    fn a_weekend_run_plans_the_week_ahead() {
        assert_eq!(week_one(d(2026, 12, 5)), d(2026, 12, 7));
        assert_eq!(week_one(d(2026, 12, 6)), d(2026, 12, 7));
        assert_eq!(week_one(d(2026, 12, 4)), d(2026, 11, 30));
    }
}
