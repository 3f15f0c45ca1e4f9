//! Dates as people write them in a hand-made sheet, read from the run's today: a day without a
//! year (`15/11`, `5 juin`, `Nov 3`), a month alone or with a year, `début / mi / fin` + month,
//! seasons and holidays (`été 2026`, `Noël 2025`), relative days (`il y a 2 mois`,
//! `la semaine dernière`, `semaine pro`, `2 weeks ago`), a year alone (`2024`).
//!
//! Without a year, what happened (a last contact) is the nearest such day on or before today;
//! anything else (a deadline, a meeting) the nearest such day either way, so "avant le 15/11"
//! read on 16/11 is yesterday and overdue, not next year. Reported by `normalize` as a date
//! "read as", never as an error.

use chrono::{Datelike, Days, Months, NaiveDate};

use super::{month_end, tokens::month, ymd, Order};
use crate::vocab::fold;

/// Which day a date without a year is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sense {
    /// Something that happened: the nearest such day on or before today.
    Past,
    /// A deadline or a meeting: the nearest such day either way.
    Nearest,
}

/// Words that say nothing of the day: articles, "vers", "around", "avant le".
#[rustfmt::skip]
const FILLER: &[&str] = &[
    "le", "la", "l", "les", "the", "de", "du", "d", "des", "of", "en", "on", "vers", "around",
    "about", "environ", "approx", "ca", "by", "avant", "before", "until", "jusqu", "au", "a",
    "at", "for", "pour", "in", "dans", "this", "cette", "ce", "cet", "il", "y", "ago",
    "dernier", "derniere", "derniers", "dernieres", "last", "past", "passe", "passee",
    "prochain", "prochaine", "prochains", "prochaines", "pro", "next", "suivant", "suivante",
    "coming", "un", "une", "an", "one",
];

/// Units of a relative date, in days (a month and a year are calendar steps, see [`step`]).
#[rustfmt::skip]
const UNITS: &[(&str, Unit)] = &[
    ("jour", Unit::Day), ("jours", Unit::Day), ("day", Unit::Day), ("days", Unit::Day),
    ("semaine", Unit::Week), ("semaines", Unit::Week), ("sem", Unit::Week), ("sems", Unit::Week),
    ("week", Unit::Week), ("weeks", Unit::Week), ("wk", Unit::Week), ("wks", Unit::Week),
    ("w", Unit::Week),
    ("mois", Unit::Month), ("month", Unit::Month), ("months", Unit::Month),
    ("an", Unit::Year), ("ans", Unit::Year), ("annee", Unit::Year), ("annees", Unit::Year),
    ("year", Unit::Year), ("years", Unit::Year), ("yr", Unit::Year), ("yrs", Unit::Year),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// Numbers written as words, French and English.
#[rustfmt::skip]
const NUMBERS: &[(&str, u32)] = &[
    ("un", 1), ("une", 1), ("a", 1), ("an", 1), ("one", 1), ("deux", 2), ("two", 2),
    ("trois", 3), ("three", 3), ("quatre", 4), ("four", 4), ("cinq", 5), ("five", 5),
    ("six", 6), ("sept", 7), ("seven", 7), ("huit", 8), ("eight", 8), ("neuf", 9),
    ("nine", 9), ("dix", 10), ("ten", 10), ("onze", 11), ("eleven", 11), ("douze", 12),
    ("twelve", 12), ("quinze", 15), ("fifteen", 15), ("quelques", 3), ("few", 3),
    ("couple", 2),
];

/// Words of the past and of the future in a relative date.
const BACK: &[&str] = &[
    "ago",
    "dernier",
    "derniere",
    "derniers",
    "dernieres",
    "last",
    "past",
    "passe",
    "passee",
];
const AHEAD: &[&str] = &[
    "prochain",
    "prochaine",
    "prochains",
    "prochaines",
    "pro",
    "next",
    "suivant",
    "suivante",
    "coming",
    "dans",
    "in",
];

/// Days named by one or two words, from today.
#[rustfmt::skip]
const DAYS: &[(&str, i64)] = &[
    ("aujourd hui", 0), ("today", 0), ("ce jour", 0), ("hier", -1), ("yesterday", -1),
    ("avant hier", -2), ("demain", 1), ("tomorrow", 1), ("apres demain", 2),
];

/// The part of a month: its first day, its middle, its last day.
#[rustfmt::skip]
const PARTS: &[(&str, Part)] = &[
    ("debut", Part::Start), ("early", Part::Start), ("beginning", Part::Start),
    ("start", Part::Start), ("mi", Part::Middle), ("mid", Part::Middle),
    ("milieu", Part::Middle), ("middle", Part::Middle), ("fin", Part::End), ("end", Part::End),
    ("late", Part::End),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Start,
    Middle,
    End,
}

/// Seasons and holidays: the month and day they read as. A season is its middle day.
#[rustfmt::skip]
const NAMED: &[(&str, u32, u32)] = &[
    ("noel", 12, 25), ("christmas", 12, 25), ("xmas", 12, 25), ("nouvel an", 1, 1),
    ("jour de l an", 1, 1), ("new year", 1, 1), ("new years", 1, 1), ("rentree", 9, 1),
    ("toussaint", 11, 1), ("printemps", 5, 5), ("spring", 5, 5), ("ete", 8, 5),
    ("summer", 8, 5), ("automne", 11, 5), ("autumn", 11, 5), ("fall", 11, 5),
    ("hiver", 2, 5), ("winter", 2, 5),
];

/// Reads `text` as a date people write, from `today`; `None` when it is not one.
pub fn read(text: &str, order: Order, today: NaiveDate, sense: Sense) -> Option<NaiveDate> {
    let folded = fold(text);
    if folded.is_empty() || folded.len() > 60 {
        return None;
    }
    let words: Vec<&str> = folded.split(' ').collect();
    relative(&words, today)
        .or_else(|| named(&folded, &words, today, sense))
        .or_else(|| calendar(&words, order, today, sense))
}

/// `il y a 2 mois`, `2 weeks ago`, `la semaine dernière`, `semaine pro`, `dans 3 jours`,
/// `hier`, `demain`.
fn relative(words: &[&str], today: NaiveDate) -> Option<NaiveDate> {
    let joined = words.join(" ");
    if let Some(&(_, d)) = DAYS.iter().find(|(w, _)| *w == joined) {
        return today.checked_add_signed(chrono::Duration::days(d));
    }
    let mut n: Option<u32> = None;
    let mut unit = None;
    let mut back = joined.starts_with("il y a") || joined.contains(" il y a");
    let mut ahead = false;
    for (i, w) in words.iter().enumerate() {
        if let Some(&(_, u)) = UNITS.iter().find(|(x, _)| x == w) {
            // "an" is a year after a number ("2 ans"), the article "a year" otherwise.
            if unit.is_some() {
                return None;
            }
            unit = Some(u);
        } else if let Ok(v) = w.parse::<u32>() {
            if n.is_some() || v > 400 {
                return None;
            }
            n = Some(v);
        } else if let Some(&(_, v)) = NUMBERS.iter().find(|(x, _)| x == w) {
            // "a"/"un" before a unit is one; elsewhere a filler.
            if words
                .get(i + 1)
                .is_some_and(|next| UNITS.iter().any(|(x, _)| x == next))
            {
                n = n.or(Some(v));
            }
        } else if BACK.contains(w) {
            back = true;
        } else if AHEAD.contains(w) {
            ahead = true;
        } else if !FILLER.contains(w) {
            return None;
        }
    }
    let unit = unit?;
    if back == ahead {
        return None;
    }
    let n = n.unwrap_or(1);
    step(today, unit, n, back)
}

/// `today` moved `n` units back or ahead.
fn step(today: NaiveDate, unit: Unit, n: u32, back: bool) -> Option<NaiveDate> {
    let days = |d: u64| {
        if back {
            today.checked_sub_days(Days::new(d))
        } else {
            today.checked_add_days(Days::new(d))
        }
    };
    let months = |m: u32| {
        if back {
            today.checked_sub_months(Months::new(m))
        } else {
            today.checked_add_months(Months::new(m))
        }
    };
    match unit {
        Unit::Day => days(u64::from(n)),
        Unit::Week => days(u64::from(n) * 7),
        Unit::Month => months(n),
        Unit::Year => months(n.checked_mul(12)?),
    }
}

/// Seasons and holidays, with a year or without: `Noël 2025`, `été 2026`, `à la rentrée`.
fn named(folded: &str, words: &[&str], today: NaiveDate, sense: Sense) -> Option<NaiveDate> {
    let (name, m, d) = NAMED
        .iter()
        .filter(|(name, _, _)| {
            let n = name.split(' ').count();
            words.windows(n).any(|w| w.join(" ") == *name)
        })
        .max_by_key(|(name, _, _)| name.len())
        .copied()?;
    let rest = folded.replacen(name, " ", 1);
    let mut year = None;
    for w in rest.split(' ').filter(|w| !w.is_empty()) {
        match w.parse::<u64>() {
            Ok(y) if year.is_none() && (1900..=9999).contains(&y) && w.len() == 4 => year = Some(y),
            _ if FILLER.contains(&w) || w == "fete" || w == "fetes" || w == "vacances" => {}
            _ => return None,
        }
    }
    match year {
        Some(y) => ymd(y, u64::from(m), u64::from(d)).ok(),
        None => pick(today, sense, |y| ymd(y, u64::from(m), u64::from(d)).ok()),
    }
}

/// Day and month without a year, a month alone or with a year, a part of a month, a year alone.
fn calendar(words: &[&str], order: Order, today: NaiveDate, sense: Sense) -> Option<NaiveDate> {
    let mut part = None;
    let mut nums: Vec<(u64, usize)> = Vec::new();
    let mut mon = None;
    for (i, &w) in words.iter().enumerate() {
        // "1er", "3rd": the day without its suffix.
        let w = match w.find(|c: char| !c.is_ascii_digit()) {
            Some(at) if at > 0 && is_suffix(&w[at..]) => &w[..at],
            _ => w,
        };
        if let Some(&(_, p)) = PARTS.iter().find(|(x, _)| *x == w) {
            if part.is_some() || mon.is_some() {
                return None;
            }
            part = Some(p);
        } else if let Some(q) = quarter(w) {
            // "Q1 2027", "T2": the quarter's last month, to its end.
            if mon.is_some() || part.is_some() {
                return None;
            }
            mon = Some(q * 3);
            part = Some(Part::End);
        } else if let Some(m) = month(w) {
            if mon.is_some() {
                return None;
            }
            mon = Some(m);
        } else if w.bytes().all(|b| b.is_ascii_digit()) && !w.is_empty() && w.len() <= 4 {
            nums.push((w.parse().ok()?, w.len()));
        } else if i > 0 && is_suffix(w) && words[i - 1].bytes().all(|b| b.is_ascii_digit()) {
            // "1 er" as some write it.
        } else if !FILLER.contains(&w) {
            return None;
        }
    }
    let year_of = |(v, len): (u64, usize)| (len == 4 && (1900..=9999).contains(&v)).then_some(v);
    match (part, mon, nums.as_slice()) {
        // A year alone: its last day (capped at today for what happened).
        (None, None, [y]) => {
            let y = year_of(*y)?;
            let end = ymd(y, 12, 31).ok()?;
            Some(cap(end, today, sense, ymd(y, 1, 1).ok()?))
        }
        // 15/11, 11/15 (month first), without a year.
        (None, None, [(a, 1..=2), (b, 1..=2)]) => {
            let (d, m) = match order {
                Order::Mdy => (*b, *a),
                Order::Dmy | Order::DmyUnsure => (*a, *b),
            };
            if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
                return None;
            }
            pick(today, sense, |y| ymd(y, m, d).ok())
        }
        // 5 juin, Nov 3.
        (None, Some(m), [(d, 1..=2)]) => pick(today, sense, |y| ymd(y, u64::from(m), *d).ok()),
        // A month alone, or a part of a month, with or without a year.
        (_, Some(m), rest) if rest.len() <= 1 => {
            let year = match rest {
                [y] => Some(year_of(*y)?),
                _ => None,
            };
            let day = |y: u64| -> Option<NaiveDate> {
                let end = month_end(y, u64::from(m)).ok()?;
                Some(match part {
                    Some(Part::Start) => end.with_day(1)?,
                    Some(Part::Middle) => end.with_day(15)?,
                    Some(Part::End) | None => end,
                })
            };
            match year {
                Some(y) => day(y),
                None if part.is_none() && sense == Sense::Past => {
                    // A month alone that happened: its last day, or today within it.
                    let start = |y: u64| ymd(y, u64::from(m), 1).ok();
                    let this = u64::try_from(today.year()).ok()?;
                    let y = [this, this.saturating_sub(1)]
                        .into_iter()
                        .find(|&y| start(y).is_some_and(|s| s <= today))?;
                    Some(cap(day(y)?, today, sense, start(y)?))
                }
                None => pick(today, sense, day),
            }
        }
        _ => None,
    }
}

/// A quarter written `q1`..`q4` or `t1`..`t4` (trimestre).
fn quarter(w: &str) -> Option<u32> {
    let rest = w.strip_prefix('q').or_else(|| w.strip_prefix('t'))?;
    match rest {
        "1" => Some(1),
        "2" => Some(2),
        "3" => Some(3),
        "4" => Some(4),
        _ => None,
    }
}

/// Whether `w` is the suffix of an ordinal day: `1er`, `2e`, `3rd`.
fn is_suffix(w: &str) -> bool {
    ["er", "e", "eme", "re", "st", "nd", "rd", "th"].contains(&w)
}

/// The last day of a period that happened, not after today when the period holds today.
fn cap(end: NaiveDate, today: NaiveDate, sense: Sense, start: NaiveDate) -> NaiveDate {
    if sense == Sense::Past && start <= today && today < end {
        today
    } else {
        end
    }
}

/// The day of the year before, this year or the year after that `sense` asks for.
fn pick(
    today: NaiveDate,
    sense: Sense,
    day: impl Fn(u64) -> Option<NaiveDate>,
) -> Option<NaiveDate> {
    let y = u64::try_from(today.year()).ok()?;
    let candidates = [y.saturating_sub(1), y, y + 1].into_iter().filter_map(day);
    match sense {
        Sense::Past => candidates.filter(|&d| d <= today).max(),
        Sense::Nearest => candidates.min_by_key(|&d| (d - today).num_days().abs()),
    }
}

#[cfg(test)]
mod tests;
