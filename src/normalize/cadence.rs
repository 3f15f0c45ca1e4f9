//! Keep-in-touch cadences: `1 mois`, `3 months`, `6m`, `2w`, `mensuel`, `quarterly`,
//! `tous les 15 jours`, `2 fois par mois`, or a bare number of days, turned into days.
//!
//! A month counts 30 days, a quarter 90, a half-year 180, a year 365, a week 7. "N times a
//! unit" shares the unit (`twice a year` is 182 days), "every N units" multiplies it, "every
//! other week" is two weeks; a negative number is not a cadence.

use super::Issue;
use crate::model::{Cell, ProblemKind, Value};
use crate::vocab::fold;

/// The longest cadence accepted, in days (a hundred years): longer is surely a typo.
const MAX_DAYS: u64 = 36_500;

/// Reads a cadence cell as days; `Ok(None)` when blank.
pub fn from_value(value: &Cell<'_>) -> Result<Option<u32>, Issue> {
    match *value {
        Value::Empty => Ok(None),
        Value::Text(s) if s.trim().is_empty() => Ok(None),
        Value::Text(s) => from_text(s).map(Some).ok_or_else(issue),
        Value::Number(n) if n.fract() == 0.0 && n >= 1.0 && n <= MAX_DAYS as f64 => {
            Ok(Some(n as u32))
        }
        _ => Err(issue()),
    }
}

/// Reads a typed cadence as days; `None` when it is not one.
pub fn from_text(text: &str) -> Option<u32> {
    // Folding drops the minus sign: "-5" would read as 5 days.
    if negative(text) {
        return None;
    }
    let folded = fold(text);
    // Split "6m" into "6" "m" and drop the words that only say "every".
    let mut words = [""; 4];
    let mut n = 0;
    for word in folded.split(' ').flat_map(split_digits) {
        if FILLERS.contains(&word) {
            continue;
        }
        *words.get_mut(n)? = word;
        n += 1;
    }
    let days = match &words[..n] {
        [w] => match number(w) {
            Some(days) => days,
            None => adjective(w).or_else(|| unit(w))?,
        },
        // "twice a year" is the year shared in two, not two years.
        [times, u] if ONE_WORD_TIMES.contains(times) => unit(u)? / number(times)?,
        // "every other week", "every second month": one unit in two.
        [other, u] if OTHER.contains(other) => unit(u)? * 2,
        [count, u] => number(count)?.checked_mul(unit(u)?)?,
        // "2 fois par mois", "2 times a month", "1x/mois": the unit shared among the times.
        [times, x, u] if TIMES.contains(x) => unit(u)? / number(times)?.max(1),
        _ => return None,
    };
    (1..=MAX_DAYS)
        .contains(&days)
        .then(|| u32::try_from(days).ok())
        .flatten()
}

/// What a user reads about a cadence that could not be read.
fn issue() -> Issue {
    Issue {
        kind: ProblemKind::CadenceNotUnderstood,
        hint: fixed_hint!(
            "écrivez par exemple « 3 mois », « 2 semaines », « mensuel » ou un nombre de jours",
            "write e.g. \"3 months\", \"2 weeks\", \"monthly\" or a number of days",
        ),
    }
}

/// Splits a folded word where digits meet letters: `6m` -> `6`, `m`.
fn split_digits(word: &str) -> impl Iterator<Item = &str> {
    let cut = word
        .char_indices()
        .skip(1)
        .find(|&(i, c)| {
            let prev_digit = word.as_bytes()[i - 1].is_ascii_digit();
            c.is_ascii_digit() != prev_digit
        })
        .map_or(word.len(), |(i, _)| i);
    let (a, b) = word.split_at(cut);
    [a, b].into_iter().filter(|s| !s.is_empty())
}

/// Words that add nothing to a cadence: "tous les", "every", "chaque", "par", "a". Not "an":
/// it is a year in "1 an".
const FILLERS: &[&str] = &[
    "tous", "toutes", "les", "chaque", "every", "each", "par", "per", "a", "once", "the", "all",
    "", "environ", "about", "around",
];

/// Whether the text holds a minus sign before a number ("-5", "tous les -2 mois"): a negative
/// number is not a cadence. A dash after a number ("2-3", "2 - 3") is a range, not a minus.
fn negative(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars.iter().enumerate().any(|(i, &c)| {
        let minus = matches!(c, '-' | '\u{2212}' | '\u{2013}');
        let before = chars[..i].iter().rev().find(|c| !c.is_whitespace());
        let after = chars[i + 1..].iter().find(|c| !c.is_whitespace());
        minus
            && !before.is_some_and(char::is_ascii_digit)
            && after.is_some_and(char::is_ascii_digit)
    })
}

/// One-word counts of times: "twice a year", "thrice a month".
const ONE_WORD_TIMES: &[&str] = &["twice", "thrice"];

/// "every other week", "every second month".
const OTHER: &[&str] = &["other", "second", "alternate"];

/// Words for "times" in "2 fois par mois".
const TIMES: &[&str] = &["fois", "times", "x"];

fn number(word: &str) -> Option<u64> {
    if let Ok(n) = word.parse::<u64>() {
        return Some(n);
    }
    Some(match word {
        "un" | "une" | "one" => 1,
        "deux" | "two" | "twice" => 2,
        "trois" | "three" | "thrice" => 3,
        "quatre" | "four" => 4,
        "six" => 6,
        _ => return None,
    })
}

/// Days of one unit: `mois` 30, `semaine` 7...
fn unit(word: &str) -> Option<u64> {
    Some(match word {
        "j" | "jour" | "jours" | "d" | "day" | "days" | "jr" | "jrs" => 1,
        "s" | "sem" | "semaine" | "semaines" | "w" | "wk" | "wks" | "week" | "weeks" => 7,
        "quinzaine" | "fortnight" | "fortnights" => 14,
        "m" | "mo" | "mos" | "mois" | "month" | "months" => 30,
        "trimestre" | "trimestres" | "quarter" | "quarters" | "q" => 90,
        "semestre" | "semestres" => 180,
        "y" | "yr" | "yrs" | "year" | "years" | "an" | "ans" | "annee" | "annees" => 365,
        _ => return None,
    })
}

/// Days of a one-word frequency: `mensuel` 30, `quarterly` 90...
fn adjective(word: &str) -> Option<u64> {
    Some(match word {
        "quotidien" | "quotidienne" | "daily" => 1,
        "hebdo" | "hebdomadaire" | "weekly" => 7,
        "bimensuel" | "bimensuelle" | "biweekly" | "fortnightly" => 14,
        "mensuel" | "mensuelle" | "monthly" => 30,
        "bimestriel" | "bimestrielle" | "bimonthly" => 60,
        "trimestriel" | "trimestrielle" | "quarterly" => 90,
        "semestriel" | "semestrielle" | "biannual" | "biannually" | "semiannual" => 180,
        "annuel" | "annuelle" | "yearly" | "annually" | "annual" => 365,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
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
}
