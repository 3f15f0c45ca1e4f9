use super::*;

#[test]
fn a_weekday_and_a_day_name_the_next_such_day_and_an_hour_is_no_day() {
    let from = NaiveDate::from_ymd_opt(2026, 12, 9).unwrap();
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
    assert_eq!(
        weekday_named("ok pour un café jeudi 17", from),
        day(2026, 12, 17)
    );
    assert_eq!(
        weekday_named("Thursday 17th works", from),
        day(2026, 12, 17)
    );
    assert_eq!(
        weekday_named("le vendredi 15 janvier", from),
        day(2027, 1, 15)
    );
    // An hour, not a day; a weekday that does not match the day books nothing far away.
    assert_eq!(weekday_named("ok pour un café jeudi 14h", from), None);
    assert_eq!(weekday_named("ok for coffee Friday 10am", from), None);
    assert_eq!(weekday_named("jeudi 18", from), None);
}
