use super::*;
use proptest::prelude::*;

#[test]
fn every_cadence_form() {
    let cases = [
        ("1 mois", 30),
        ("3 months", 90),
        ("6m", 180),
        ("2w", 14),
        ("2 semaines", 14),
        ("mensuel", 30),
        ("Monthly", 30),
        ("trimestriel", 90),
        ("Quarterly", 90),
        ("semestriel", 180),
        ("annuel", 365),
        ("yearly", 365),
        ("1 an", 365),
        ("hebdo", 7),
        ("weekly", 7),
        ("tous les 15 jours", 15),
        ("toutes les 2 semaines", 14),
        ("every 3 months", 90),
        ("tous les mois", 30),
        ("chaque semaine", 7),
        ("2 fois par mois", 15),
        ("1x/mois", 30),
        ("45", 45),
        ("  10 j ", 10),
        ("un mois", 30),
    ];
    for (text, days) in cases {
        assert_eq!(from_text(text), Some(days), "{text:?}");
    }
}

#[test]
fn twice_a_year_is_half_a_year_not_two() {
    assert_eq!(from_text("twice a year"), Some(182));
    assert_eq!(from_text("deux fois par an"), Some(182));
}

#[test]
fn twice_a_month_is_half_a_month_not_two() {
    assert_eq!(from_text("twice a month"), Some(15));
    assert_eq!(from_text("deux fois par mois"), Some(15));
}

#[test]
fn n_times_a_unit_shares_the_unit() {
    let cases = [
        ("3 times a year", 121),
        ("4 fois par an", 91),
        ("2 times a week", 3),
        ("three times a month", 10),
        ("once a month", 30),
    ];
    for (text, days) in cases {
        assert_eq!(from_text(text), Some(days), "{text:?}");
    }
}

#[test]
fn every_n_units_multiplies() {
    let cases = [
        ("every 2 weeks", 14),
        ("every 6 months", 180),
        ("tous les 3 mois", 90),
        ("tous les 2 ans", 730),
    ];
    for (text, days) in cases {
        assert_eq!(from_text(text), Some(days), "{text:?}");
    }
}

#[test]
fn every_other_week_is_fourteen_days() {
    assert_eq!(from_text("every other week"), Some(14));
    assert_eq!(from_text("every other month"), Some(60));
}

#[test]
fn a_negative_number_is_not_a_cadence() {
    for text in ["-5", " -5 ", "−5", "-3 mois", "tous les -2 semaines", "- 5"] {
        assert_eq!(from_text(text), None, "{text:?}");
        assert!(from_value(&Value::Text(text)).is_err(), "{text:?}");
    }
    assert!(from_value(&Value::Number(-5.0)).is_err());
}

#[test]
fn a_dash_after_a_number_is_not_a_minus() {
    assert!(!negative("2-3 semaines"));
    assert!(!negative("bi-mensuel"));
    assert!(!negative("tous les 2 - 3 mois"));
    assert!(negative("2 - -3 mois"));
    assert!(negative("(-5)"));
}

#[test]
fn the_original_forms_still_read() {
    let cases = [("2 fois par mois", 15), ("1x/mois", 30)];
    for (text, days) in cases {
        assert_eq!(from_text(text), Some(days), "{text:?}");
    }
}

#[test]
fn numbers_are_days() {
    assert_eq!(from_value(&Value::Number(45.0)), Ok(Some(45)));
    assert_eq!(from_value(&Value::Empty), Ok(None));
    assert_eq!(from_value(&Value::Text("  ")), Ok(None));
}

#[test]
fn what_is_not_a_cadence_is_a_problem() {
    for text in [
        "souvent",
        "0",
        "3 lunes",
        "1.5 mois",
        "999999",
        "mois 3 ans",
    ] {
        assert_eq!(from_text(text), None, "{text:?}");
    }
    for v in [Value::Number(0.0), Value::Number(2.5), Value::Bool(true)] {
        let e = from_value(&v).unwrap_err();
        assert_eq!(e.kind, ProblemKind::CadenceNotUnderstood);
        assert!(e.hint.en.contains("3 months"), "{}", e.hint.en);
    }
}

proptest! {
    #[test]
    fn reading_a_cadence_twice_changes_nothing(s in "\\PC{0,20}") {
        if let Some(days) = from_text(&s) {
            prop_assert_eq!(from_text(&days.to_string()), Some(days));
        }
    }

    #[test]
    fn counts_of_units_multiply(n in 1u32..100, u in 0usize..4) {
        let (word, days) = [("jours", 1), ("semaines", 7), ("mois", 30), ("ans", 365)][u];
        prop_assert_eq!(from_text(&format!("{n} {word}")), Some(n * days));
    }
}
