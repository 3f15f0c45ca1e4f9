//! Reading the rows of the journal table: each non-blank row below the header gives a fact
//! (its contact found, its date, its kind) or a problem that names the row. An entry whose
//! kind is blank or not understood is still a fact, with a problem; one without a date or a
//! contact, with an unreadable date, dated after today (except a meeting: a meeting booked for
//! that day), or naming no contact or two is not.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use super::effect::Fact;
use super::index::{Index, Match};
use crate::config::Config;
use crate::model::{
    Cell, Contact, Hint, Introduction, JournalTable, Lang, Problem, ProblemKind, Row, Sheet, Value,
};
use crate::normalize::{date, text, values, Issue};
use crate::vocab::{fold, ExchangeKind, JournalField, DECLINE_WORDS};

/// Unknown names for which the nearest contact names are looked for: each costs a look at
/// the contacts that share a word's beginning, so a journal of strangers stays cheap.
const SUGGESTED_NAMES: usize = 50;

/// Distinct kind words remembered.
const KIND_MEMO: usize = 4096;

/// What reading a journal table found, besides its facts.
pub(super) struct Found {
    /// Entries read (non-blank rows below the header).
    pub read: usize,
    pub problems: Vec<Problem>,
    pub introductions: Vec<Introduction>,
    /// The notes of the requests received, by journal row.
    pub request_notes: Vec<(u32, String)>,
    /// The contacts by name and e-mail, made to match the entries.
    pub index: Index,
}

/// The reading of one journal table against the contacts.
pub(super) struct Entries<'w, 'c> {
    sheet: &'w Sheet,
    table: &'w JournalTable,
    contacts: &'c [Contact<'c>],
    index: Index,
    order: date::Order,
    today: chrono::NaiveDate,
    sheet_name: Arc<str>,
    /// What each distinct kind word reads as.
    kinds: HashMap<&'w str, Result<Option<ExchangeKind>, Issue>>,
    /// The hint of each unknown name already seen (folded).
    suggested: HashMap<String, Hint>,
    problems: Vec<Problem>,
    /// The introductions the rows log (their "introduced to" cell), in row order.
    introductions: Vec<Introduction>,
    /// The notes of the requests received, by row.
    request_notes: Vec<(u32, String)>,
    read: usize,
}

impl<'w, 'c> Entries<'w, 'c> {
    pub fn new(
        sheet: &'w Sheet,
        table: &'w JournalTable,
        contacts: &'c [Contact<'c>],
        config: &Config,
    ) -> Self {
        // The order of `03/04/2026` is decided once for the column, as for the contacts.
        let order = match table.column(JournalField::Date) {
            Some(c) => {
                let cells = sheet.rows.iter().skip(table.header_row + 1);
                let evidence = date::Evidence::of(cells.map(|r| r.get(c.index)));
                date::sheet_orders([evidence], table.lang, config.read.date_order)[0]
            }
            None => date::Order::Dmy,
        };
        Entries {
            sheet,
            table,
            contacts,
            index: Index::new(contacts),
            order,
            today: config.today,
            sheet_name: Arc::from(sheet.name.as_str()),
            kinds: HashMap::new(),
            suggested: HashMap::new(),
            problems: Vec::new(),
            introductions: Vec::new(),
            request_notes: Vec::new(),
            read: 0,
        }
    }

    /// The facts of every row, in row order; the problems are kept for [`Entries::done`].
    pub fn read(&mut self) -> Vec<Fact> {
        let mut facts = Vec::new();
        let rows = self.sheet.rows.iter().enumerate();
        for (i, row) in rows.skip(self.table.header_row + 1) {
            if row.iter().all(|c| c.is_blank()) {
                continue;
            }
            self.read += 1;
            let row_no = u32::try_from(i + 1).unwrap_or(u32::MAX);
            facts.extend(self.entry(row_no, row));
        }
        facts
    }

    /// What the reading found: the entries read, the problems, the introductions logged and
    /// the requests' notes.
    pub fn done(self) -> Found {
        Found {
            read: self.read,
            problems: self.problems,
            introductions: self.introductions,
            request_notes: self.request_notes,
            index: self.index,
        }
    }

    fn cell(&self, field: JournalField, row: Row<'w>) -> Cell<'w> {
        self.table
            .column(field)
            .map_or(Value::Empty, |c| row.get(c.index))
    }

    /// A date cell written without a year or in words, read from today (the nearest such day).
    fn as_people_write_it(&self, cell: &Cell<'_>) -> Option<chrono::NaiveDate> {
        use crate::parse::date::fuzzy::{read, Sense};
        read(&text::field(cell)?, self.order, self.today, Sense::Nearest)
    }

    /// One row: its fact, or `None` with a problem.
    fn entry(&mut self, row_no: u32, row: Row<'w>) -> Option<Fact> {
        let date_cell = self.cell(JournalField::Date, row);
        let day = match date::from_value(&date_cell, self.order) {
            Ok(read) => read.map(|r| r.date),
            // A date as people write it in a log ("16/12", "7 déc"): the nearest such day, so
            // a meeting booked for next week stays ahead and one held last week stays behind.
            Err(e) => match self.as_people_write_it(&date_cell) {
                Some(day) => Some(day),
                None => {
                    let issue = date::issue(e, self.order);
                    self.problem(row_no, JournalField::Date, shown(&date_cell), issue);
                    return None;
                }
            },
        };
        let name_cell = self.cell(JournalField::Contact, row);
        let (Some(day), Some(name)) = (day, text::field(&name_cell)) else {
            let field = match day {
                None => JournalField::Date,
                Some(_) => JournalField::Contact,
            };
            self.problem(row_no, field, String::new(), incomplete_issue());
            return None;
        };
        // A meeting dated ahead is a meeting booked for that day: the one future row that is
        // no problem.
        let booked = day > self.today
            && matches!(
                values::single::<ExchangeKind>(&self.cell(JournalField::Kind, row)),
                Ok(Some(ExchangeKind::Meeting))
            );
        if day > self.today && !booked {
            let issue = Issue {
                kind: ProblemKind::EntryInFuture,
                hint: date::future_issue(day, self.today).hint,
            };
            self.problem(row_no, JournalField::Date, shown(&date_cell), issue);
            return None;
        }
        let kind = match self.kind(row_no, row) {
            // A reply whose note declines ("pas disponible", "not now") is no yes.
            Some(ExchangeKind::Reply) if declines(&self.cell(JournalField::Note, row)) => {
                Some(ExchangeKind::Decline)
            }
            kind => kind,
        };
        let email_cell = self.cell(JournalField::Email, row);
        let email = text::field(&email_cell);
        let issue = match one_person(self.contacts, self.index.find(&name, email.as_deref())) {
            Match::One(contact) => {
                // Help given with an "introduced to" cell is an introduction the user made for
                // the contact: help given, never an introduction received.
                if kind != Some(ExchangeKind::Help) && !booked {
                    self.introduction(contact, day, row_no, row);
                }
                if kind == Some(ExchangeKind::Request) {
                    if let Some(note) = text::field(&self.cell(JournalField::Note, row)) {
                        self.request_notes.push((row_no, note.into_owned()));
                    }
                }
                let booked = match kind {
                    Some(ExchangeKind::Reply) => {
                        day_named(&self.cell(JournalField::Note, row), self.order, day)
                    }
                    _ => None,
                };
                return Some(Fact {
                    contact,
                    date: day,
                    kind,
                    row: row_no,
                    booked,
                });
            }
            Match::Ambiguous(list) => ambiguous(self.contacts, &list),
            Match::None => Issue {
                kind: ProblemKind::UnknownContact,
                hint: self.unknown_hint(&name),
            },
        };
        self.problem(row_no, JournalField::Contact, name.into_owned(), issue);
        None
    }

    /// The introduction a row of `by` logs in its "introduced to" cell, else in its note ("Priya
    /// introduced me to Ravi Shah", "m'a présenté Julie Martin"): to a contact of the sheet, or
    /// to someone outside it, kept by name.
    fn introduction(&mut self, by: u32, date: chrono::NaiveDate, row_no: u32, row: Row<'w>) {
        let note = text::field(&self.cell(JournalField::Note, row));
        let to = match text::field(&self.cell(JournalField::IntroducedTo, row)) {
            Some(to) => to.into_owned(),
            None => match note.as_deref().and_then(introduced_in_note) {
                Some(to) => to,
                None => return,
            },
        };
        let (found, outside) = match self.index.find(&to, None) {
            Match::One(i) if i != by => (Some(i), false),
            Match::None => (None, true),
            _ => (None, false),
        };
        self.introductions.push(Introduction {
            by,
            to: found,
            name: to,
            date,
            row: row_no,
            outside,
            note: note.map(|n| n.into_owned()).unwrap_or_default(),
        });
    }

    /// The kind of a row; a blank or unknown word is a problem and `None`.
    fn kind(&mut self, row_no: u32, row: Row<'w>) -> Option<ExchangeKind> {
        let cell = self.cell(JournalField::Kind, row);
        // A kind column repeats a handful of words: each distinct one is read once (up to a
        // bound, so a column of free text does not grow the memory).
        let read = match cell {
            Value::Text(s) if self.kinds.contains_key(s) => self.kinds[s].clone(),
            Value::Text(s) if self.kinds.len() < KIND_MEMO => self
                .kinds
                .entry(s)
                .or_insert_with(|| values::single::<ExchangeKind>(&cell))
                .clone(),
            _ => values::single::<ExchangeKind>(&cell),
        };
        let issue = match read {
            Ok(Some(k)) => return Some(k),
            Ok(None) => blank_kind_issue(),
            // "Pas disponible avant mars": a negation is never read by prefix, but a reply
            // that declines says so in so many words.
            Err(_) if declines(&cell) => return Some(ExchangeKind::Decline),
            Err(issue) => issue,
        };
        self.problem(row_no, JournalField::Kind, shown(&cell), issue);
        None
    }

    fn problem(&mut self, row: u32, field: JournalField, value: String, issue: Issue) {
        self.problems.push(Problem {
            sheet: Arc::clone(&self.sheet_name),
            row: Some(row),
            column: self
                .table
                .column(field)
                .map(|c| Arc::from(c.header.as_str())),
            value,
            kind: issue.kind,
            hint: issue.hint,
        });
    }

    /// The hint of a name no contact bears: the nearest names, for the first few such names.
    fn unknown_hint(&mut self, name: &str) -> Hint {
        let key = fold(name);
        if let Some(h) = self.suggested.get(&key) {
            return h.clone();
        }
        let near: Vec<String> = if self.suggested.len() < SUGGESTED_NAMES {
            self.index
                .nearest(name)
                .into_iter()
                .filter_map(|i| self.contacts.get(i as usize))
                .map(|c| format!("{} ({})", c.name, c.row))
                .collect()
        } else {
            Vec::new()
        };
        let hint = if near.is_empty() {
            shared(&NO_NEAR_NAME, || {
                Hint::new(
                    "écrivez le nom comme dans la feuille des contacts, ou son e-mail",
                    "write the name as on the contacts sheet, or the e-mail",
                )
            })
        } else {
            Hint::new(
                format!("Vouliez-vous dire {} ?", near.join(", ")),
                format!("Did you mean {}?", near.join(", ")),
            )
        };
        if self.suggested.len() < SUGGESTED_NAMES * 4 {
            self.suggested.insert(key, hint.clone());
        }
        hint
    }
}

/// What a note says before the name of someone who introduced the user (lower case).
const INTRODUCED_ME_TO: &[&str] = &[
    "introduced me to ",
    "introduced me to: ",
    "put me in touch with ",
    "connected me with ",
    "connected me to ",
    "m'a présenté ",
    "m'a présentée ",
    "m’a présenté ",
    "m’a présentée ",
    "m'a mis en relation avec ",
    "m'a mise en relation avec ",
    "m’a mis en relation avec ",
    "m’a mise en relation avec ",
    "m'a recommandé auprès de ",
    // An introduction offered ("happy to intro you to Tom Reid") names someone to add too.
    "intro you to ",
    "introduce you to ",
    "introduce me to ",
    "put you in touch with ",
    "connect you with ",
    "te présenter ",
    "vous présenter ",
    "me présenter ",
    "te mettre en relation avec ",
    "vous mettre en relation avec ",
    "me mettre en relation avec ",
];

/// Words that may sit inside a name written with capitals ("Jean de La Fontaine").
const NAME_PARTICLES: &[&str] = &[
    "de", "du", "des", "la", "le", "van", "von", "da", "di", "del",
];

/// The name a note gives after "introduced me to" / "m'a présenté": its words that start with
/// a capital (particles between them kept), up to four, stopping at punctuation. A name written
/// in lower case is not taken: the tool never guesses where a name ends.
fn introduced_in_note(note: &str) -> Option<String> {
    // Lower case, keeping each character's byte length so offsets hold in the original.
    let lower: String = note
        .chars()
        .map(|c| {
            let mut l = c.to_lowercase();
            match (l.next(), l.next()) {
                (Some(x), None) if x.len_utf8() == c.len_utf8() => x,
                _ => c,
            }
        })
        .collect();
    let start = INTRODUCED_ME_TO
        .iter()
        .filter_map(|p| lower.find(p).map(|at| at + p.len()))
        .min()?;
    let rest = note.get(start..)?;
    let mut words: Vec<&str> = Vec::new();
    for raw in rest.split_whitespace() {
        let word = raw.trim_end_matches([',', '.', ';', ':', '!', '?', ')', '"']);
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        let particle = !words.is_empty() && NAME_PARTICLES.contains(&word);
        if !(capital || particle) {
            break;
        }
        words.push(word);
        if word.len() != raw.len() || words.len() == 4 {
            break;
        }
    }
    while words.last().is_some_and(|w| NAME_PARTICLES.contains(w)) {
        words.pop();
    }
    (!words.is_empty()).then(|| words.join(" "))
}

/// The day a reply's note names for the meeting ("ok pour une visio le 9/12", "jeudi 17/12 à
/// 10h"): the first date written in it, read from the day of the reply (a day without a year is
/// the nearest such day), on or after that day.
fn day_named(
    note: &Cell<'_>,
    order: date::Order,
    replied: chrono::NaiveDate,
) -> Option<chrono::NaiveDate> {
    use crate::parse::date::fuzzy::{read, Sense};
    let text = text::field(note)?;
    crate::parse::date::first_written(&text, |w| {
        date::from_text(w, order)
            .ok()
            .map(|r| r.date)
            .or_else(|| read(w, order, replied, Sense::Nearest))
    })
    // "ok pour un café jeudi 17": the first Thursday 17 from the reply on.
    .or_else(|| crate::parse::date::weekday_named(&text, replied))
    .filter(|&d| d >= replied)
}

/// Whether a note says the reply declines: one of [`DECLINE_WORDS`], as whole words.
fn declines(note: &Cell<'_>) -> bool {
    let Some(text) = text::field(note) else {
        return false;
    };
    let folded = format!(" {} ", fold(&text));
    DECLINE_WORDS
        .iter()
        .any(|w| folded.contains(&format!(" {w} ")))
}

/// The cell as the user sees it.
fn shown(v: &Cell<'_>) -> String {
    text::shown(v).into_owned()
}

/// A hint of fixed text, made once and shared by every problem that gives it.
fn shared(cell: &'static OnceLock<Hint>, make: impl FnOnce() -> Hint) -> Hint {
    cell.get_or_init(make).clone()
}

static INCOMPLETE: OnceLock<Hint> = OnceLock::new();
static NO_NEAR_NAME: OnceLock<Hint> = OnceLock::new();

fn incomplete_issue() -> Issue {
    Issue {
        kind: ProblemKind::EntryIncomplete,
        hint: shared(&INCOMPLETE, || {
            Hint::new(
                "donnez la date et le nom du contact de l'échange",
                "give the date and the contact's name of the exchange",
            )
        }),
    }
}

fn blank_kind_issue() -> Issue {
    let known = |lang| {
        ExchangeKind::ALL
            .iter()
            .map(|k| k.label(lang))
            .collect::<Vec<_>>()
            .join(", ")
    };
    static HINT: OnceLock<Hint> = OnceLock::new();
    Issue {
        kind: ProblemKind::UnknownValue,
        hint: HINT
            .get_or_init(|| {
                Hint::new(
                    format!(
                        "compté comme un échange à sa date ; précisez ce qui s'est passé : {}",
                        known(Lang::Fr)
                    ),
                    format!(
                        "counted as an exchange on its date; say what happened: {}",
                        known(Lang::En)
                    ),
                )
            })
            .clone(),
    }
}

/// "ambiguous: rows 12 and 40".
/// Several rows of one name that are one person (the same person twice: every other row is
/// marked the same as one of them) are that person's row, the one the plan speaks for: their
/// exchanges are never refused as ambiguous.
fn one_person(contacts: &[Contact], found: Match) -> Match {
    let Match::Ambiguous(list) = found else {
        return found;
    };
    // A list cut at its first few rows may hide another person of the same name.
    if list.len() >= super::index::SHOWN {
        return Match::Ambiguous(list);
    }
    let speakers: Vec<u32> = list
        .iter()
        .copied()
        .filter(|&i| {
            contacts
                .get(i as usize)
                .is_some_and(|c| c.same_as.is_none())
        })
        .collect();
    let [speaker] = speakers[..] else {
        return Match::Ambiguous(list);
    };
    let row = contacts[speaker as usize].row;
    let all_same = list.iter().all(|&i| {
        i == speaker
            || contacts
                .get(i as usize)
                .is_some_and(|c| c.same_as == Some(row))
    });
    if all_same {
        Match::One(speaker)
    } else {
        Match::Ambiguous(list)
    }
}

fn ambiguous(contacts: &[Contact], list: &[u32]) -> Issue {
    let rows: Vec<String> = list
        .iter()
        .filter_map(|&i| contacts.get(i as usize))
        .map(|c| c.row.to_string())
        .collect();
    let (head, last) = rows.split_at(rows.len().saturating_sub(1));
    let both = |and: &str| {
        if head.is_empty() {
            last.join("")
        } else {
            format!("{} {and} {}", head.join(", "), last.join(""))
        }
    };
    Issue {
        kind: ProblemKind::AmbiguousContact,
        hint: Hint::new(
            format!(
                "ambigu : lignes {} ; ajoutez l'e-mail ou distinguez les noms",
                both("et")
            ),
            format!(
                "ambiguous: rows {}; add the e-mail or tell the names apart",
                both("and")
            ),
        ),
    }
}
