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
mod tests;
