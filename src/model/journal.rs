//! The shapes of the journal: where its table is, what one entry says, and what the journal
//! did to each contact. Filled by `read::journal` (the table), `journal` (the entries and their
//! effect) and read by the writers.

use chrono::NaiveDate;
use serde::Serialize;

use crate::vocab::{ExchangeKind, JournalField, Lang};

/// One recognised column of the journal table.
#[derive(Debug, Clone, PartialEq)]
pub struct JournalColumn {
    /// 0-based column index in the sheet.
    pub index: usize,
    /// The header as the user wrote it.
    pub header: String,
    pub field: JournalField,
}

/// Where the journal table is in its workbook, and what its columns hold.
#[derive(Debug, Clone, PartialEq)]
pub struct JournalTable {
    /// Index into the sheets of the workbook the journal was read from.
    pub sheet: usize,
    /// 0-based index of the header row.
    pub header_row: usize,
    /// The recognised columns, in the sheet's order (one per field: the first wins).
    pub columns: Vec<JournalColumn>,
    /// The language of its headers, when they tell.
    pub lang: Option<Lang>,
}

impl JournalTable {
    /// The column of `field`, if the table has one.
    pub fn column(&self, field: JournalField) -> Option<&JournalColumn> {
        self.columns.iter().find(|c| c.field == field)
    }
}

/// Where the date of a contact's last exchange comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ExchangeSource {
    /// The contact's own row (its last-contact or meeting date).
    Row,
    /// A journal entry.
    Journal,
}

/// A contact's latest exchange, as shown in the "latest exchange" column and the JSON.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LastExchange {
    pub date: NaiveDate,
    /// What the entry says happened; `None` for a row's date or a kind not understood.
    pub kind: Option<ExchangeKind>,
    /// The kind as the user wrote it ("Café"), for the workbook; empty for a row's date.
    #[serde(skip)]
    pub word: String,
    pub source: ExchangeSource,
    /// The journal row (as the user sees it), for a journal entry.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<u32>,
}

/// What the journal did to one contact.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContactJournal {
    /// The latest exchange known, from the row or the journal.
    pub last: Option<LastExchange>,
    /// Journal entries applied to this contact (dated on or before today).
    pub entries: u32,
    /// The journal entry that changed the contact's next step, if one did.
    pub step: Option<LastExchange>,
    /// The day the row itself says a meeting was held, before the journal moved the contact
    /// (a newer meeting logged replaces the row's meeting date; the routine counts both).
    pub row_met: Option<NaiveDate>,
}

/// What the run found of the journal, for `check`, the JSON and the summary.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct JournalReport {
    /// The file the journal was read from, when it is not the input (`--journal`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// The sheet holding the journal table.
    pub sheet: String,
    /// The header row as the user sees it.
    pub header_row: usize,
    /// Column code -> header as written.
    pub columns: Vec<(String, String)>,
    /// Entries read (non-blank rows below the header).
    pub entries: usize,
    /// Entries that moved a contact (matched and dated on or before today).
    pub applied: usize,
    /// Problems found in the journal.
    pub problems: usize,
}

/// The journal's part of a run's outcome.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Journal {
    /// What was found; `None` when the run has no journal.
    pub report: Option<JournalReport>,
    /// Same order as the contacts; empty when the run has no journal.
    pub contacts: Vec<ContactJournal>,
    /// Meetings logged this month beyond the first of each contact: the plan counts one
    /// meeting per contact from its (moved) meeting date, these are the others.
    pub extra_meetings_this_month: usize,
    /// Every entry matched to a contact and applied, by contact, then date, then row: what
    /// the stages after the journal (requests, give and take, the routine) read.
    pub entries: Vec<Entry>,
    /// The introductions the journal logs (entries naming the person introduced), in row order.
    pub introductions: Vec<Introduction>,
    /// The notes of the requests received (the journal row, its note as written), in row
    /// order: what an answer refers to.
    pub request_notes: Vec<(u32, String)>,
}

/// One journal entry matched to its contact and applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    pub contact: crate::model::ContactIndex,
    pub date: NaiveDate,
    pub kind: Option<ExchangeKind>,
    /// The journal row as the user sees it.
    pub row: u32,
}

/// An introduction logged in the journal: the entry's contact (`by`) introduced the user to
/// the person of its "introduced to" cell, a contact of the sheet or someone outside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Introduction {
    pub by: crate::model::ContactIndex,
    /// The person introduced, when the sheet has them.
    pub to: Option<crate::model::ContactIndex>,
    /// The name as written in the journal.
    pub name: String,
    pub date: NaiveDate,
    pub row: u32,
    /// No contact of the sheet bears the name: someone to add (a name two contacts bear, or
    /// the introducer's own, is not).
    pub outside: bool,
    /// The entry's note, as written.
    pub note: String,
}
