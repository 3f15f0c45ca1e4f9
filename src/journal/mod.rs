//! The journal stage, between normalize and assess: reads the entries of the journal table
//! (date, contact, kind), matches each to its contact, and moves the contacts forward from
//! what their rows say. Pure: the journal's workbook is read by `read`, today comes from the
//! config, and the user's cells are never touched (the contacts are the pipeline's values).
//!
//! Entries are kept as small facts (contact, date, kind, row), sixteen bytes each, so a
//! million-row journal costs little beside its cells; the words shown to the user are read
//! back from the sheet for the few entries that need them.

mod effect;
mod entries;
mod index;

use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};

use crate::config::Config;
use crate::model::{
    Contact, ContactJournal, Entry, ExchangeSource, Journal, JournalReport, JournalTable, Lang,
    LastExchange, Problem, Workbook,
};
use crate::normalize::text;
use crate::normalize::values::Vocab;
use crate::vocab::{fold, ExchangeKind, JournalField};
pub use effect::Fact;
use entries::Entries;
pub use index::{Index, Match};

/// Where the journal was read from, for the report.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    pub workbook: &'a Workbook,
    pub table: &'a JournalTable,
    /// The `--journal` file, when the journal is not in the input.
    pub file: Option<&'a str>,
}

/// Reads the journal of `src`, matches its entries and moves `contacts` forward. Returns what
/// the journal did, its problems (in row order), and the index of the contacts by name and
/// e-mail it matched them with (moving contacts forward changes neither: the core may use it
/// to find an introducer by name, see `ties::doors`).
pub fn apply(
    src: Source<'_>,
    contacts: &mut [Contact],
    config: &Config,
) -> (Journal, Vec<Problem>, Option<Index>) {
    let Some(sheet) = src.workbook.sheets.get(src.table.sheet) else {
        return (Journal::default(), Vec::new(), None);
    };
    let t = src.table;
    let mut entries = Entries::new(sheet, t, contacts, config);
    let facts = entries.read();
    let found = entries.done();
    let (read, problems, index) = (found.read, found.problems, found.index);
    let applied = facts.len();
    let kind_col = t.column(JournalField::Kind).map(|c| c.index);
    let mut journal = moved(contacts, facts, config, |row| {
        kind_col.map_or(String::new(), |c| {
            text::shown(&sheet.rows.row(row as usize - 1).get(c)).into_owned()
        })
    });
    journal.introductions = found.introductions;
    journal.request_notes = found.request_notes;
    introduced(contacts, &journal.introductions);
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
    (journal, problems, Some(index))
}

/// Someone the journal says was introduced and who is on the sheet (pasted in from the new
/// contacts, or there already) is introduced by whoever the journal names, when the row's own
/// "introduced by" cell is blank: scored and planned as a warm approach, before a cold one.
fn introduced(contacts: &mut [Contact], introductions: &[crate::model::Introduction]) {
    for x in introductions {
        let Some(to) = x.to else { continue };
        let Some(by) = contacts.get(x.by as usize).map(|c| c.name.clone()) else {
            continue;
        };
        if let Some(c) = contacts.get_mut(to as usize) {
            if c.introduced_by.is_none() {
                c.introduced_by = Some(by);
            }
        }
    }
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
        request_notes: Vec::new(),
    };
    let month_start = config.today.with_day(1).unwrap_or(config.today);
    let this_month = |d: NaiveDate| d >= month_start && d <= config.today;
    // The rows' own latest dates, before the journal moves them.
    for (c, j) in contacts.iter().zip(out.contacts.iter_mut()) {
        j.last = row_exchange(c, config.today);
        j.row_met = c.held_on(config.today);
    }
    for group in facts.chunk_by(|a, b| a.contact == b.contact) {
        let at = group[0].contact as usize;
        let (Some(c), Some(j)) = (contacts.get_mut(at), out.contacts.get_mut(at)) else {
            continue;
        };
        let m = effect::apply(c, group, config.today);
        let entry = |f: &Fact| LastExchange {
            date: f.date,
            kind: f.kind,
            word: word(f.row),
            source: ExchangeSource::Journal,
            row: Some(f.row),
        };
        // A meeting booked ahead is no exchange yet.
        if let Some(latest) = group.iter().rev().find(|f| f.date <= config.today) {
            if j.last.as_ref().map_or(true, |l| latest.date >= l.date) {
                j.last = Some(entry(latest));
            }
        }
        j.entries = u32::try_from(group.len()).unwrap_or(u32::MAX);
        j.step = m.step.as_ref().map(entry);
        let meetings = group
            .iter()
            .filter(|f| f.kind == Some(ExchangeKind::Meeting) && this_month(f.date))
            .count();
        // The plan counts one meeting per met contact from its meeting date; the rest here.
        let counted = c.held_on(config.today).is_some_and(this_month);
        out.extra_meetings_this_month += meetings.saturating_sub(usize::from(counted));
    }
    out
}

/// The latest exchange the contact's own row gives: its last contact, or its meeting when that
/// day has come (a meeting still ahead is no exchange yet).
pub fn row_exchange(c: &Contact, today: NaiveDate) -> Option<LastExchange> {
    let met = c.meeting_date.filter(|m| *m <= today);
    c.last_contact.max(met).map(|date| LastExchange {
        date,
        kind: None,
        word: String::new(),
        source: ExchangeSource::Row,
        row: None,
    })
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
