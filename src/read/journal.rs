//! Finding the journal table: the sheet (other than the contacts sheet and the tool's own
//! sheets) whose header row names a date and a contact column, found by its headers in French
//! or English; or the table of a `--journal` file. Pure, like `locate`: the journal file is
//! opened by [`super::open`].
//!
//! A sheet is taken for a journal when its header row (within the first 100 rows) maps a date,
//! a contact and a kind column, or a date and a contact column in a sheet named like a journal
//! ("Journal", "Échanges", "Historique", "Suivi", "Log", "Interactions", "Contact log"). A
//! sheet named like a journal, or the `--journal` file, whose headers map two journal columns
//! but lack the date or the contact is reported once and ignored.

use super::limits::HEADER_SEARCH_ROWS;
use crate::model::{Cell, JournalColumn, JournalTable, Sheet, Value, Workbook};
use crate::vocab::{fold, JournalField, JOURNAL_SHEET_NAMES};

/// What the search for a journal found.
#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    /// No sheet looks like a journal.
    None,
    /// The journal table.
    Table(JournalTable),
    /// A sheet meant as a journal whose headers lack the date or the contact column: its name
    /// and the headers seen, for the one problem that reports it.
    Incomplete { sheet: String, headers: Vec<String> },
}

/// The journal of the workbook that holds the contacts: any sheet but the contacts sheet, the
/// marker and the sheets laid out as this tool's own (a plan has a date, a contact and an
/// action: renamed, it is still no journal). What a marker lists is not trusted here either:
/// a planted marker naming "Journal" does not hide the user's journal.
pub fn in_workbook(workbook: &Workbook, contacts_sheet: usize) -> Found {
    search(
        workbook,
        |i, sheet| i != contacts_sheet && !tools_own(sheet),
        false,
    )
}

/// The marker, and any sheet whose first row is one of the tool's own layouts.
fn tools_own(sheet: &Sheet) -> bool {
    crate::model::is_marker(sheet) || crate::model::marker::is_own_layout(sheet)
}

/// The journal of a `--journal` file: its first sheet with a journal table, whatever the
/// sheets are named.
pub fn in_file(workbook: &Workbook) -> Found {
    let found = search(workbook, |_, sheet| !tools_own(sheet), true);
    match found {
        Found::None => Found::Incomplete {
            sheet: workbook
                .sheets
                .first()
                .map(|s| s.name.clone())
                .unwrap_or_default(),
            headers: Vec::new(),
        },
        f => f,
    }
}

/// Whether `sheet` is a journal by its name and its headers: the contacts search passes over
/// it, so a Journal sheet placed before the contacts is not read as the contact table.
pub fn is_named_journal(sheet: &Sheet) -> bool {
    named_like_a_journal(sheet)
        && sheet
            .rows
            .iter()
            .take(HEADER_SEARCH_ROWS)
            .any(|row| header(row.iter()).1)
}

fn named_like_a_journal(sheet: &Sheet) -> bool {
    JOURNAL_SHEET_NAMES.contains(&fold(&sheet.name).as_str())
}

/// The journal columns of a header row, whether they name a date and a contact, and whether
/// they name a kind.
fn header<'a>(cells: impl Iterator<Item = Cell<'a>>) -> (Vec<JournalColumn>, bool, bool) {
    let cols = columns(cells);
    let has = |f| cols.iter().any(|c: &JournalColumn| c.field == f);
    let dated = has(JournalField::Date) && has(JournalField::Contact);
    // A journal is found by the columns it has: a kind, or a note of what was said.
    let kind = has(JournalField::Kind) || has(JournalField::Note);
    (cols, dated, kind)
}

fn search(workbook: &Workbook, wanted: impl Fn(usize, &Sheet) -> bool, any_name: bool) -> Found {
    let mut incomplete = None;
    for (i, sheet) in workbook.sheets.iter().enumerate() {
        if !wanted(i, sheet) {
            continue;
        }
        let named = any_name || named_like_a_journal(sheet);
        for (r, row) in sheet.rows.iter().take(HEADER_SEARCH_ROWS).enumerate() {
            let (cols, dated, kind) = header(row.iter());
            if dated && (named || kind) {
                let lang = super::lang::of_headers(cols.iter().map(|c| c.header.as_str()));
                return Found::Table(JournalTable {
                    sheet: i,
                    header_row: r,
                    columns: cols,
                    lang,
                });
            }
            if named && cols.len() >= 2 && incomplete.is_none() {
                incomplete = Some(Found::Incomplete {
                    sheet: sheet.name.clone(),
                    headers: cols.into_iter().map(|c| c.header).collect(),
                });
            }
        }
    }
    incomplete.unwrap_or(Found::None)
}

/// The journal columns of a header row: one per field, the first of each.
fn columns<'a>(cells: impl Iterator<Item = Cell<'a>>) -> Vec<JournalColumn> {
    let mut out: Vec<JournalColumn> = Vec::new();
    for (index, cell) in cells.enumerate() {
        let Value::Text(text) = cell else { continue };
        let header = text.trim();
        let Some(field) = JournalField::parse(header) else {
            continue;
        };
        if out.iter().all(|c| c.field != field) {
            out.push(JournalColumn {
                index,
                header: header.to_string(),
                field,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests;
