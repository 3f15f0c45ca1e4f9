//! The status cell and the category cell, which trackers and CRMs fill with more than the
//! method's words.
//!
//! A status cell is a step of the method, a temperature (hot, warm, cold: a priority, not a
//! step), or a word the tool does not know. A row whose status is not a step but whose dates
//! show a past exchange (a last contact, a meeting) is someone already in conversation: it is
//! never planned as a first contact. A category cell may hold a source (LinkedIn, a
//! conference, a referral) rather than a place in the map, or a list of labels.

use chrono::NaiveDate;

use super::multi;
use super::values;
use super::Issue;
use crate::model::{Category, Cell, Hint, How, Lang, Priority, Source, Status, Temperature};
use crate::vocab::{fold, phrase_at, STATUS_PHRASES, STATUS_WORDS, STOP_PHRASES};

/// An exchange at most this many days old makes a row without a known status one awaiting a
/// follow-up; an older one, one to keep in touch with.
const RECENT_EXCHANGE_DAYS: i64 = 30;

/// What a status cell says.
#[derive(Debug, Clone, PartialEq)]
pub enum Said {
    Blank,
    Step(Status),
    /// A temperature alone: the step is not said.
    Temperature(Temperature),
    /// A word the tool does not know, with the issue to report.
    Unknown(Issue),
}

/// Reads a status cell.
pub fn said(value: &Cell<'_>) -> Said {
    let folded = fold(&super::text::shown(value));
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    if has_phrase(&words, STOP_PHRASES) {
        return Said::Step(Status::Dropped);
    }
    match values::single::<Status>(value) {
        Ok(Some(s)) => Said::Step(s),
        Ok(None) => Said::Blank,
        Err(issue) => match (
            by_phrase(&words).or_else(|| by_word(value)),
            values::single::<Temperature>(value),
        ) {
            (Some(s), _) => Said::Step(s),
            (None, Ok(Some(t))) => Said::Temperature(t),
            _ => Said::Unknown(issue),
        },
    }
}

/// Whether one of `phrases` is a run of `words`.
fn has_phrase(words: &[&str], phrases: &[&str]) -> bool {
    phrases.iter().any(|p| phrase_at(words, p).is_some())
}

/// The step a phrase inside the cell tells: a phrase of [`STATUS_PHRASES`], or a word or
/// synonym of the status vocabulary, anywhere in the cell ("relancé 2x", "vu au salon",
/// "RDV pris 20/11"). Of several, the step furthest along the method. A negation outside
/// every phrase found ("rencontré ? pas encore") reads nothing.
fn by_phrase(words: &[&str]) -> Option<Status> {
    // A cell longer than a phrase is a note, not a status: read by its words only.
    const MOST_WORDS: usize = 12;
    if words.is_empty() || words.len() > MOST_WORDS {
        return None;
    }
    let mut found: Vec<(Status, usize, usize)> = Vec::new();
    for &(status, phrases) in STATUS_PHRASES {
        for p in phrases {
            if let Some((at, n)) = phrase_at(words, p) {
                found.push((status, at, n));
            }
        }
    }
    // The vocabulary's own words, by runs of one to four words (two letters at least).
    for n in (1..=4).rev() {
        for (at, run) in words.windows(n).enumerate() {
            let phrase = run.join(" ");
            if phrase.len() < 3 || phrase.bytes().all(|b| b.is_ascii_digit() || b == b' ') {
                continue;
            }
            if let Some(status) = Status::lookup(&phrase) {
                found.push((status, at, n));
            }
        }
    }
    let covered = |i: usize| found.iter().any(|&(_, at, n)| (at..at + n).contains(&i));
    let negated = words
        .iter()
        .enumerate()
        .any(|(i, w)| values::is_negation(w) && !covered(i));
    if negated {
        return None;
    }
    let rank = |s: Status| Status::ALL.iter().position(|&x| x == s).unwrap_or(0);
    found
        .into_iter()
        .map(|(s, _, _)| s)
        .max_by_key(|&s| rank(s))
}

/// The step a word of the cell tells ([`STATUS_WORDS`]), when the cell holds no negation.
fn by_word(value: &Cell<'_>) -> Option<Status> {
    let folded = fold(&super::text::shown(value));
    let words: Vec<&str> = folded.split(' ').collect();
    if words.iter().any(|w| values::is_negation(w)) {
        return None;
    }
    STATUS_WORDS
        .iter()
        .find(|(_, list)| words.iter().any(|w| list.contains(w)))
        .map(|&(status, _)| status)
}

/// The step of a row whose status cell is not a step: in conversation when an exchange has
/// taken place (a follow-up when the latest is a recent message, news when it is older or was
/// a meeting: the meeting may have been thanked already, and a follow-up would ask again what
/// was answered in person), else to contact. Returns the status and the date of the exchange
/// it was read from.
pub fn from_exchange(
    last_contact: Option<NaiveDate>,
    meeting_date: Option<NaiveDate>,
    today: Option<NaiveDate>,
) -> (Status, Option<NaiveDate>) {
    let past = |d: &NaiveDate| today.map_or(true, |t| *d <= t);
    let exchange = [last_contact, meeting_date]
        .into_iter()
        .flatten()
        .filter(past)
        .max();
    let met = exchange.is_some() && exchange == meeting_date.filter(past);
    let status = match exchange {
        None => Status::ToContact,
        Some(_) if met => Status::KeepInTouch,
        Some(d) if today.map_or(true, |t| (t - d).num_days() <= RECENT_EXCHANGE_DAYS) => {
            Status::Contacted
        }
        Some(_) => Status::KeepInTouch,
    };
    (status, exchange)
}

/// The issue of an unknown status read as `status` because of the exchange of `day`.
pub fn read_as(issue: Issue, status: Status, day: NaiveDate) -> Issue {
    let hint = Hint::new(
        format!(
            "lu comme « {} » : un échange a eu lieu le {} ; {}",
            status.label(Lang::Fr),
            day.format("%d/%m/%Y"),
            issue.hint.fr
        ),
        format!(
            "read as '{}': an exchange took place on {}; {}",
            status.label(Lang::En),
            day.format("%Y-%m-%d"),
            issue.hint.en
        ),
    );
    Issue { hint, ..issue }
}

/// What a category cell says: a place in the map, the How when a source is a channel, and the
/// priority when a label is a temperature (a CRM's "Hot lead").
pub type CategoryRead = Result<(Option<Category>, Option<How>, Option<Priority>), Issue>;

/// Reads a category cell: a category, else a source; a list of labels is read label by
/// label (the export's own labels such as `* myContacts` left aside), the first understood
/// one deciding. `Ok((None, None))` when blank or only system labels.
pub fn category(value: &Cell<'_>) -> CategoryRead {
    if value.is_blank() {
        return Ok((None, None, None));
    }
    let text = super::text::shown(value);
    let one = |piece: &str| {
        let folded = fold(piece);
        Category::lookup(&folded)
            .or_else(|| Category::lookup(&singular(&folded)))
            .map(|c| (Some(c), None, None))
            .or_else(|| Source::lookup(&folded).map(|s| (Some(s.category()), s.how(), None)))
            .or_else(|| Temperature::lookup(&folded).map(|t| (None, None, Some(t.priority()))))
    };
    if let Some(found) = one(&text) {
        return Ok(found);
    }
    let mut unknown = None;
    let mut any = false;
    for piece in multi::pieces(&text).filter(|p| !multi::is_system_label(p)) {
        any = true;
        if let Some(found) = one(piece) {
            return Ok(found);
        }
        unknown.get_or_insert(piece);
    }
    if !any {
        return Ok((None, None, None));
    }
    // The whole cell by its leading words ("Conférence Web2day 2025"), as other vocabularies.
    match values::single::<Category>(value) {
        Ok(c) => Ok((c, None, None)),
        Err(issue) => match values::single::<Source>(value) {
            Ok(Some(s)) => Ok((Some(s.category()), s.how(), None)),
            _ => match source_word(&text) {
                Some(s) => Ok((Some(s.category()), s.how(), None)),
                None => Err(issue),
            },
        },
    }
}

/// A label in the plural, each word in the singular: "former colleagues", "anciens
/// collègues", "experts" (words of three letters or less are kept).
fn singular(folded: &str) -> String {
    folded
        .split(' ')
        .map(|w| match w.strip_suffix(['s', 'x']) {
            Some(stem) if stem.len() >= 3 => stem,
            _ => w,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A source named by one of the words of a longer text: "Web Summit 2025" is an event,
/// "Salon VivaTech" too. Short words are left out, so "pro" or "web" alone decide nothing.
fn source_word(text: &str) -> Option<Source> {
    fold(text)
        .split(' ')
        .filter(|w| w.len() >= 4)
        .find_map(Source::lookup)
}

#[cfg(test)]
mod tests;
