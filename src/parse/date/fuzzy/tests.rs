use super::*;
use proptest::prelude::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn past(text: &str, today: &str) -> Option<NaiveDate> {
    read(text, Order::Dmy, d(today), Sense::Past)
}

fn near(text: &str, today: &str) -> Option<NaiveDate> {
    read(text, Order::Dmy, d(today), Sense::Nearest)
}

#[test]
fn a_day_without_a_year_is_the_nearest_past_one_for_what_happened() {
    assert_eq!(past("15/11", "2026-11-26"), Some(d("2026-11-15")));
    assert_eq!(past("5 juin", "2026-11-26"), Some(d("2026-06-05")));
    assert_eq!(past("Nov 3", "2026-11-26"), Some(d("2026-11-03")));
    assert_eq!(past("le 3 décembre", "2026-11-26"), Some(d("2025-12-03")));
    assert_eq!(past("1er déc.", "2026-11-26"), Some(d("2025-12-01")));
}

#[test]
fn a_deadline_without_a_year_is_the_nearest_either_way() {
    // Read on 16/11, "15/11" is yesterday (overdue), not next year.
    assert_eq!(near("15/11", "2026-11-16"), Some(d("2026-11-15")));
    assert_eq!(near("avant le 15/11", "2026-11-16"), Some(d("2026-11-15")));
    assert_eq!(near("10 janv", "2026-11-26"), Some(d("2027-01-10")));
    assert_eq!(
        read("11/15", Order::Mdy, d("2026-11-16"), Sense::Nearest),
        Some(d("2026-11-15"))
    );
}

#[test]
fn parts_of_months_seasons_and_holidays() {
    assert_eq!(near("fin nov", "2026-11-26"), Some(d("2026-11-30")));
    assert_eq!(near("début oct.", "2026-09-20"), Some(d("2026-10-01")));
    assert_eq!(near("mi-janvier 2027", "2026-11-26"), Some(d("2027-01-15")));
    assert_eq!(near("end of March", "2026-11-26"), Some(d("2027-03-31")));
    assert_eq!(near("été 2026", "2026-11-26"), Some(d("2026-08-05")));
    assert_eq!(past("Noël 2025", "2026-11-26"), Some(d("2025-12-25")));
    assert_eq!(past("Christmas", "2026-11-26"), Some(d("2025-12-25")));
    assert_eq!(near("à la rentrée", "2026-07-01"), Some(d("2026-09-01")));
    assert_eq!(near("Q1 2027", "2026-11-26"), Some(d("2027-03-31")));
    assert_eq!(near("T4", "2026-11-26"), Some(d("2026-12-31")));
}

#[test]
fn a_month_or_a_year_alone() {
    assert_eq!(past("mars", "2026-11-26"), Some(d("2026-03-31")));
    assert_eq!(past("novembre", "2026-11-26"), Some(d("2026-11-26")));
    assert_eq!(past("déc", "2026-11-26"), Some(d("2025-12-31")));
    assert_eq!(past("2024", "2026-11-26"), Some(d("2024-12-31")));
    assert_eq!(past("2026", "2026-11-26"), Some(d("2026-11-26")));
    assert_eq!(near("2027", "2026-11-26"), Some(d("2027-12-31")));
}

#[test]
fn relative_days_french_and_english() {
    let t = "2026-11-26";
    assert_eq!(past("il y a 2 mois", t), Some(d("2026-09-26")));
    assert_eq!(past("il y a deux semaines", t), Some(d("2026-11-12")));
    assert_eq!(past("la semaine dernière", t), Some(d("2026-11-19")));
    assert_eq!(past("le mois dernier", t), Some(d("2026-10-26")));
    assert_eq!(past("l'an dernier", t), Some(d("2025-11-26")));
    assert_eq!(past("2 weeks ago", t), Some(d("2026-11-12")));
    assert_eq!(past("a month ago", t), Some(d("2026-10-26")));
    assert_eq!(past("last week", t), Some(d("2026-11-19")));
    assert_eq!(past("hier", t), Some(d("2026-11-25")));
    assert_eq!(near("semaine pro", t), Some(d("2026-12-03")));
    assert_eq!(near("next month", t), Some(d("2026-12-26")));
    assert_eq!(near("dans 3 jours", t), Some(d("2026-11-29")));
    assert_eq!(near("demain", t), Some(d("2026-11-27")));
}

#[test]
fn words_that_are_not_dates_stay_unread() {
    for text in [
        "pas de suite",
        "bientôt",
        "2 mois",
        "fin",
        "semaine",
        "il y a",
        "15/13",
        "32/01",
        "ne plus relancer",
        "mars avril",
        "Sophie Durand",
        "12345",
    ] {
        assert_eq!(near(text, "2026-11-26"), None, "{text}");
        assert_eq!(past(text, "2026-11-26"), None, "{text}");
    }
}

proptest! {
    #[test]
    fn reading_any_text_never_panics(text in "\\PC{0,40}", days in 0i64..3_000_000) {
        let today = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap() + chrono::Duration::days(days % 2_900_000);
        for order in [Order::Dmy, Order::Mdy, Order::DmyUnsure] {
            for sense in [Sense::Past, Sense::Nearest] {
                let _ = read(&text, order, today, sense);
            }
        }
    }

    #[test]
    fn words_of_dates_in_any_order_never_panic(
        words in prop::collection::vec(prop::sample::select(vec![
            "il", "y", "a", "2", "mois", "fin", "nov", "15", "11", "2026", "9999", "semaine",
            "pro", "dernière", "noël", "été", "ago", "weeks", "400", "1900", "début", "in",
        ]), 0..6),
    ) {
        let text = words.join(" ");
        for today in [NaiveDate::MIN, NaiveDate::MAX, NaiveDate::from_ymd_opt(1900, 1, 1).unwrap()] {
            let _ = read(&text, Order::Dmy, today, Sense::Past);
            let _ = read(&text, Order::Mdy, today, Sense::Nearest);
        }
    }
}
