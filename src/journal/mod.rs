//! The journal stage, between normalize and assess: reads the entries of the journal table
//! (date, contact, kind), matches each to its contact, and moves the contacts forward from
//! what their rows say. Pure: the journal's workbook is read by `read`, today comes from the
//! config, and the user's cells are never touched (the contacts are the pipeline's values).
//!
//! Entries are kept as small facts (contact, date, kind, row), sixteen bytes each, so a
//! million-row journal costs little beside its cells; the words shown to the user are read
//! back from the sheet for the few entries that need them.

mod effect;
mod index;

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use chrono::{Datelike, NaiveDate};

use crate::config::Config;
use crate::model::{
    Action, Cell, Contact, ContactJournal, Entry, ExchangeSource, Hint, Introduction, Journal,
    JournalReport, JournalTable, Lang, LastExchange, NextAction, Problem, ProblemKind, SlotKind,
    Status, Value, Workbook,
};
use crate::normalize::values::{self, Vocab};
use crate::normalize::{date, text, Issue};
use crate::plan::flag_for;
use crate::vocab::{fold, ExchangeKind, JournalField};
pub use effect::Fact;
pub use index::{Index, Match};

/// Where the journal was read from, for the report.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    pub workbook: &'a Workbook,
    pub table: &'a JournalTable,
    /// The `--journal` file, when the journal is not in the input.
    pub file: Option<&'a str>,
}

/// Unknown names for which the nearest contact names are looked for: each costs a pass over
/// the contacts, so a journal of strangers does not cost its length times the sheet's.
const SUGGESTED_NAMES: usize = 50;

/// Distinct kind words remembered.
const KIND_MEMO: usize = 4096;

/// Reads the journal of `src`, matches its entries and moves `contacts` forward. Returns what
/// the journal did and its problems (in row order).
pub fn apply(
    src: Source<'_>,
    contacts: &mut [Contact],
    config: &Config,
) -> (Journal, Vec<Problem>) {
    let Some(sheet) = src.workbook.sheets.get(src.table.sheet) else {
        return (Journal::default(), Vec::new());
    };
    let t = src.table;
    let col = |f| t.column(f).map(|c| c.index);
    let (date_col, contact_col, kind_col) = (
        col(JournalField::Date),
        col(JournalField::Contact),
        col(JournalField::Kind),
    );
    let email_col = col(JournalField::Email);
    let introduced_col = col(JournalField::IntroducedTo);
    let mut introductions = Vec::new();
    let header =
        |f: JournalField| -> Option<Arc<str>> { t.column(f).map(|c| Arc::from(c.header.as_str())) };
    let sheet_name: Arc<str> = Arc::from(sheet.name.as_str());
    let order = match date_col {
        Some(c) => {
            let evidence =
                date::Evidence::of(sheet.rows.iter().skip(t.header_row + 1).map(|r| r.get(c)));
            date::sheet_orders([evidence], t.lang, config.read.date_order)[0]
        }
        None => date::Order::Dmy,
    };
    let index = Index::new(contacts);
    let mut problems = Vec::new();
    let mut facts: Vec<Fact> = Vec::new();
    let mut kinds: HashMap<&str, Result<Option<ExchangeKind>, Issue>> = HashMap::new();
    let mut suggested: HashMap<String, Hint> = HashMap::new();
    let mut read = 0usize;
    for (i, row) in sheet.rows.iter().enumerate().skip(t.header_row + 1) {
        if row.iter().all(|c| c.is_blank()) {
            continue;
        }
        read += 1;
        let row_no = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let mut problem = |field: JournalField, value: String, issue: Issue| {
            problems.push(Problem {
                sheet: Arc::clone(&sheet_name),
                row: Some(row_no),
                column: header(field),
                value,
                kind: issue.kind,
                hint: issue.hint,
            });
        };
        let cell = |c: Option<usize>| c.map_or(Value::Empty, |c| row.get(c));
        let name_cell = cell(contact_col);
        let date_cell = cell(date_col);
        let day = match date::from_value(&date_cell, order) {
            Ok(Some(r)) => Some(r.date),
            Ok(None) => None,
            Err(e) => {
                problem(JournalField::Date, shown(&date_cell), date::issue(e, order));
                continue;
            }
        };
        let (Some(day), Some(name)) = (day, text::field(&name_cell)) else {
            let field = if day.is_none() {
                JournalField::Date
            } else {
                JournalField::Contact
            };
            problem(field, String::new(), incomplete_issue());
            continue;
        };
        if day > config.today {
            let issue = Issue {
                kind: ProblemKind::EntryInFuture,
                hint: date::future_issue(day, config.today).hint,
            };
            problem(JournalField::Date, shown(&date_cell), issue);
            continue;
        }
        let kind_cell = cell(kind_col);
        // A kind column repeats a handful of words: each distinct one is read once (up to a
        // bound, so a column of free text does not grow the memory).
        let kind = match kind_cell {
            Value::Text(s) if kinds.contains_key(s) => kinds[s].clone(),
            Value::Text(s) if kinds.len() < KIND_MEMO => kinds
                .entry(s)
                .or_insert_with(|| values::single::<ExchangeKind>(&kind_cell))
                .clone(),
            _ => values::single::<ExchangeKind>(&kind_cell),
        };
        let kind = match kind {
            Ok(Some(k)) => Some(k),
            Ok(None) => {
                problem(JournalField::Kind, String::new(), blank_kind_issue());
                None
            }
            Err(issue) => {
                problem(JournalField::Kind, shown(&kind_cell), issue);
                None
            }
        };
        let email_cell = cell(email_col);
        let email = text::field(&email_cell);
        match index.find(&name, email.as_deref()) {
            Match::One(contact) => {
                facts.push(Fact {
                    contact,
                    date: day,
                    kind,
                    row: row_no,
                });
                // Someone outside the sheet is kept by name: an introduction all the same.
                if let Some(to) = text::field(&cell(introduced_col)) {
                    let found = match index.find(&to, None) {
                        Match::One(i) if i != contact => Some(i),
                        _ => None,
                    };
                    introductions.push(Introduction {
                        by: contact,
                        to: found,
                        name: to.to_string(),
                        date: day,
                        row: row_no,
                    });
                }
            }
            Match::Ambiguous(list) => {
                problem(
                    JournalField::Contact,
                    name.to_string(),
                    ambiguous(contacts, &list),
                );
            }
            Match::None => {
                let hint = unknown_hint(&index, contacts, &name, &mut suggested);
                let issue = Issue {
                    kind: ProblemKind::UnknownContact,
                    hint,
                };
                problem(JournalField::Contact, name.to_string(), issue);
            }
        }
    }
    let applied = facts.len();
    let mut journal = moved(contacts, facts, config, |row| {
        kind_col.map_or(String::new(), |c| {
            shown(&sheet.rows.row(row as usize - 1).get(c))
        })
    });
    journal.introductions = introductions;
    journal.report = Some(JournalReport {
        file: src.file.map(str::to_string),
        sheet: sheet.name.clone(),
        header_row: t.header_row + 1,
        columns: t
            .columns
            .iter()
            .map(|c| (c.field.code().to_string(), c.header.clone()))
            .collect(),
        entries: read,
        applied,
        problems: problems.len(),
    });
    (journal, problems)
}

/// Applies the matched `facts` to their contacts; `word` gives the kind as written on a
/// journal row.
fn moved(
    contacts: &mut [Contact],
    mut facts: Vec<Fact>,
    config: &Config,
    word: impl Fn(u32) -> String,
) -> Journal {
    facts.sort_unstable_by_key(|f| (f.contact, f.date, f.row));
    let mut out = Journal {
        report: None,
        contacts: vec![ContactJournal::default(); contacts.len()],
        extra_meetings_this_month: 0,
        entries: facts
            .iter()
            .map(|f| Entry {
                contact: f.contact,
                date: f.date,
                kind: f.kind,
                row: f.row,
            })
            .collect(),
        introductions: Vec::new(),
    };
    let month_start = config.today.with_day(1).unwrap_or(config.today);
    let this_month = |d: NaiveDate| d >= month_start && d <= config.today;
    // The rows' own latest dates, before the journal moves them.
    for (c, j) in contacts.iter().zip(out.contacts.iter_mut()) {
        j.last = c.last_contact.max(c.meeting_date).map(|date| LastExchange {
            date,
            kind: None,
            word: String::new(),
            source: ExchangeSource::Row,
            row: None,
        });
    }
    for group in facts.chunk_by(|a, b| a.contact == b.contact) {
        let at = group[0].contact as usize;
        let (Some(c), Some(j)) = (contacts.get_mut(at), out.contacts.get_mut(at)) else {
            continue;
        };
        let m = effect::apply(c, group);
        let entry = |f: &Fact| LastExchange {
            date: f.date,
            kind: f.kind,
            word: word(f.row),
            source: ExchangeSource::Journal,
            row: Some(f.row),
        };
        if let Some(latest) = group.last() {
            if j.last.as_ref().map_or(true, |l| latest.date >= l.date) {
                j.last = Some(entry(latest));
            }
        }
        j.entries = u32::try_from(group.len()).unwrap_or(u32::MAX);
        j.step = m.step.as_ref().map(entry);
        j.replied = m.replied;
        let meetings = group
            .iter()
            .filter(|f| f.kind == Some(ExchangeKind::Meeting) && this_month(f.date))
            .count();
        // The plan counts one meeting per met contact from its meeting date; the rest here.
        let counted = matches!(
            c.status,
            Status::Met | Status::Thanked | Status::KeepInTouch
        ) && c.meeting_date.is_some_and(this_month);
        out.extra_meetings_this_month += meetings.saturating_sub(usize::from(counted));
    }
    out
}

/// The next step of a contact the journal moved: after a reply, propose the meeting, within
/// the thank-you delay (an answer is a courtesy too). Otherwise the action as planned.
pub fn step(action: Action, contact: &Contact, j: &ContactJournal, config: &Config) -> Action {
    match j.replied {
        Some(day) if contact.status == Status::Contacted => {
            let due = day.checked_add_days(chrono::Days::new(u64::from(config.thank_days)));
            let (flag, days_late) = flag_for(due, config);
            let kind = if contact.how.map_or(true, |h| h.is_meeting()) {
                SlotKind::Meeting
            } else {
                SlotKind::Message
            };
            Action {
                next: NextAction::Propose,
                due,
                flag,
                days_late,
                kind,
                lapse: None,
            }
        }
        _ => action,
    }
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

/// The hint of a name no contact bears: the nearest names, for the first few such names.
fn unknown_hint(
    index: &Index,
    contacts: &[Contact],
    name: &str,
    seen: &mut HashMap<String, Hint>,
) -> Hint {
    let key = fold(name);
    if let Some(h) = seen.get(&key) {
        return h.clone();
    }
    let near: Vec<String> = if seen.len() < SUGGESTED_NAMES {
        index
            .nearest(name)
            .into_iter()
            .filter_map(|i| contacts.get(i as usize))
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
    if seen.len() < SUGGESTED_NAMES * 4 {
        seen.insert(key, hint.clone());
    }
    hint
}

impl Vocab for ExchangeKind {
    const BY_PREFIX: bool = true;
    fn all() -> &'static [Self] {
        ExchangeKind::ALL
    }
    fn label(self, lang: Lang) -> &'static str {
        ExchangeKind::label(self, lang)
    }
    fn lookup(folded: &str) -> Option<Self> {
        ExchangeKind::lookup(folded)
    }
    fn folded_words() -> &'static [(String, Self)] {
        static WORDS: OnceLock<Vec<(String, ExchangeKind)>> = OnceLock::new();
        WORDS.get_or_init(|| {
            ExchangeKind::ALL
                .iter()
                .flat_map(|&c| c.words().map(move |w| (fold(w), c)))
                .collect()
        })
    }
}

#[cfg(test)]
mod tests;
