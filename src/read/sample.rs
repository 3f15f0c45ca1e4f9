//! What the values of a column look like, for the headers that say too little alone and for
//! the columns that a header maps twice: e-mail addresses, phone numbers, links, dates,
//! channel, status and category words, US state codes, civilities (Mr., Mme).
//!
//! Pure and bounded: only the first [`SAMPLE_ROWS`] rows below the header are looked at.
//! The words come from `vocab`; dates are read as `normalize` reads them (`parse`).

use chrono::NaiveDate;

use crate::model::{Cell, Field, Sheet, Value};
use crate::parse::date::{self, Order};
use crate::parse::multi;
use crate::vocab::{
    fold, Category, How, Source, Status, Temperature, STATUS_PHRASES, STOP_PHRASES,
};

/// Rows looked at below the header row.
pub const SAMPLE_ROWS: usize = 500;

/// Civilities, folded: a "Title" column that holds them is not a job title.
#[rustfmt::skip]
const CIVILITIES: &[&str] = &[
    "m", "mr", "mrs", "ms", "miss", "mx", "mme", "mlle", "melle", "dr", "pr", "prof", "sir",
    "madame", "monsieur", "mademoiselle", "me", "maitre",
];

/// US state and territory codes: Outlook's "State" holds them, not a status.
#[rustfmt::skip]
const US_STATES: &[&str] = &[
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
    "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
    "VA", "WA", "WV", "WI", "WY", "DC", "PR",
];

/// The non-blank cells of column `index` below `header_row`, at most [`SAMPLE_ROWS`] rows.
/// A CRM's literal `null` counts as blank.
pub fn cells<'s>(sheet: &'s Sheet, header_row: usize, index: usize) -> Vec<Cell<'s>> {
    sheet
        .rows
        .iter()
        .skip(header_row + 1)
        .take(SAMPLE_ROWS)
        .map(|r| r.get(index))
        .filter(|v| !nothing(v))
        .collect()
}

/// Blank, or the `null` a CRM export writes for nothing.
pub fn nothing(v: &Cell<'_>) -> bool {
    match v {
        Value::Text(s) => {
            let s = s.trim();
            s.is_empty() || s.eq_ignore_ascii_case("null")
        }
        other => other.is_blank(),
    }
}

fn text<'a>(v: &Cell<'a>) -> Option<&'a str> {
    match *v {
        Value::Text(s) => Some(s.trim()),
        _ => None,
    }
}

fn is_email(v: &Cell<'_>) -> bool {
    text(v).is_some_and(|s| {
        s.split_whitespace()
            .any(|w| multi::is_email(w.trim_matches(['<', '>', ',', ';', '(', ')'])))
    })
}

fn is_phone(v: &Cell<'_>) -> bool {
    match *v {
        Value::Number(n) => n.fract() == 0.0 && n.abs() >= 1e7,
        Value::Text(s) => {
            let first = multi::pieces(s).next().unwrap_or("");
            let digits = first.chars().filter(char::is_ascii_digit).count();
            digits >= 8
                && first
                    .chars()
                    .all(|c| c.is_ascii_digit() || " +().-/".contains(c))
        }
        _ => false,
    }
}

fn is_url(v: &Cell<'_>) -> bool {
    text(v).is_some_and(|s| {
        let s = s.to_ascii_lowercase();
        s.starts_with("http://")
            || s.starts_with("https://")
            || s.starts_with("www.")
            || s.contains("linkedin.com/")
    })
}

/// The date of a cell when it is one (a date cell, a date serial, a typed date).
fn a_date(v: &Cell<'_>) -> Option<NaiveDate> {
    match *v {
        Value::DateTime(d) => Some(d.date()),
        Value::Number(n) if (20_000.0..=80_000.0).contains(&n) => date::from_serial(n).ok(),
        Value::Text(s) => date::from_text(s, Order::Dmy)
            .or_else(|_| date::from_text(s, Order::Mdy))
            .ok()
            .map(|r| r.date),
        _ => None,
    }
}

fn folded(v: &Cell<'_>) -> String {
    fold(&crate::parse::text::shown(v))
}

/// Whether a cell is a civility (Mr., Mme).
pub fn is_civility(v: &Cell<'_>) -> bool {
    text(v).is_some_and(|s| CIVILITIES.contains(&fold(s).as_str()))
}

fn is_us_state(v: &Cell<'_>) -> bool {
    text(v).is_some_and(|s| US_STATES.contains(&s))
}

/// Whether a cell fits `field` by its value.
fn fits(field: Field, v: &Cell<'_>) -> bool {
    match field {
        Field::Email => is_email(v),
        Field::Phone => is_phone(v),
        Field::Linkedin => is_url(v),
        Field::LastContact | Field::Deadline | Field::MeetingDate => a_date(v).is_some(),
        Field::How => !is_email(v) && How::parse(&folded(v)).is_some(),
        Field::Status => {
            let f = folded(v);
            Status::lookup(&f).is_some() || Temperature::lookup(&f).is_some() || says_status(&f)
        }
        Field::Category => multi::pieces(&crate::parse::text::shown(v))
            .filter(|p| !multi::is_system_label(p))
            .any(|p| {
                let f = fold(p);
                Category::lookup(&f).is_some() || Source::lookup(&f).is_some()
            }),
        // Objective words, one or several ("job, veille"), not a sentence.
        Field::Objective => {
            let shown = crate::parse::text::shown(v);
            shown.split_whitespace().count() <= 6
                && multi::pieces(&shown).all(|p| {
                    let f = fold(p);
                    f.split(" et ")
                        .flat_map(|q| q.split(" and "))
                        .all(|q| crate::vocab::Objective::lookup(q.trim()).is_some())
                })
        }
        _ => false,
    }
}

/// Whether a short cell says a step of the method in the words people write it ("coffee
/// booked 9/12", "said yes to a call", "emailed twice", "don't chase"): a stop phrase, a
/// status phrase, or a run of up to four words that is a status word or synonym. A cell
/// longer than a phrase is a note.
fn says_status(folded: &str) -> bool {
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    if words.is_empty() || words.len() > 8 {
        return false;
    }
    let has = |phrase: &str| crate::vocab::phrase_at(&words, phrase).is_some();
    STOP_PHRASES.iter().any(|p| has(p))
        || STATUS_PHRASES
            .iter()
            .any(|(_, phrases)| phrases.iter().any(|p| has(p)))
        || (1..=4).any(|n| {
            words.windows(n).any(|run| {
                let phrase = run.join(" ");
                phrase.len() >= 4 && Status::lookup(&phrase).is_some()
            })
        })
}

/// Of `cells`, the share that fits `field` (0 when there are none).
pub fn share(field: Field, cells: &[Cell<'_>]) -> f64 {
    if cells.is_empty() {
        return 0.0;
    }
    cells.iter().filter(|v| fits(field, v)).count() as f64 / cells.len() as f64
}

/// Of `cells`, the share that are links to a person's profile (LinkedIn, Viadeo, Xing...).
pub fn profile_share(cells: &[Cell<'_>]) -> f64 {
    if cells.is_empty() {
        return 0.0;
    }
    let profile = |v: &Cell<'_>| {
        text(v).is_some_and(|s| {
            let s = s.to_ascii_lowercase();
            [
                "linkedin.com/in/",
                "viadeo.com/",
                "xing.com/profile",
                "malt.fr/profile",
            ]
            .iter()
            .any(|p| s.contains(p))
        })
    };
    cells.iter().filter(|v| profile(v)).count() as f64 / cells.len() as f64
}

/// Of `cells`, the share that could be a person's name: text with a letter, and not an
/// e-mail address, a link, a phone number or a date.
pub fn name_share(cells: &[Cell<'_>]) -> f64 {
    if cells.is_empty() {
        return 0.0;
    }
    let name = |v: &Cell<'_>| {
        text(v).is_some_and(|s| s.chars().any(char::is_alphabetic))
            && !is_email(v)
            && !is_url(v)
            && !is_phone(v)
            && a_date(v).is_none()
    };
    cells.iter().filter(|v| name(v)).count() as f64 / cells.len() as f64
}

/// Of `cells`, the share of civilities.
pub fn civility_share(cells: &[Cell<'_>]) -> f64 {
    if cells.is_empty() {
        return 0.0;
    }
    cells.iter().filter(|v| is_civility(v)).count() as f64 / cells.len() as f64
}

/// Of `cells`, the share of US state codes.
pub fn us_state_share(cells: &[Cell<'_>]) -> f64 {
    if cells.is_empty() {
        return 0.0;
    }
    cells.iter().filter(|v| is_us_state(v)).count() as f64 / cells.len() as f64
}

/// Of the dates among `cells`, the share after `today`.
pub fn future_share(cells: &[Cell<'_>], today: NaiveDate) -> f64 {
    let dates: Vec<NaiveDate> = cells.iter().filter_map(a_date).collect();
    if dates.is_empty() {
        return 0.0;
    }
    dates.iter().filter(|d| **d > today).count() as f64 / dates.len() as f64
}

/// Of the rows, the share where the cell of `full` holds the first name of `first` and more:
/// a full name beside a first-name column ("Claire Martin" beside "Claire").
pub fn full_name_share(sheet: &Sheet, header_row: usize, full: usize, first: usize) -> Option<f64> {
    let (mut seen, mut holds) = (0usize, 0usize);
    for r in sheet.rows.iter().skip(header_row + 1).take(SAMPLE_ROWS) {
        let (f, n) = (r.get(first), r.get(full));
        let (Some(f), Some(n)) = (text(&f), text(&n)) else {
            continue;
        };
        if f.is_empty() || n.is_empty() {
            continue;
        }
        seen += 1;
        let (f, n) = (fold(f), fold(n));
        if n != f && n.split(' ').any(|w| w == f) {
            holds += 1;
        }
    }
    (seen > 0).then(|| holds as f64 / seen as f64)
}

#[cfg(test)]
mod tests;
