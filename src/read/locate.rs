//! Finding the contact table in a workbook already read: which sheet, which row holds the
//! headers, and what each column means (a field, an annotation this tool wrote, or neither).
//!
//! Pure: no file is touched. What each column means, and which of two columns claiming one
//! field is used, is `columns`'s job; understanding the values is `normalize`'s.

use std::path::Path;

use crate::config::ReadOptions;
use crate::error::Error;
use crate::model::{Annotation, Cell, ColumnRole, Field, Lang, Sheet, Table, Value, Workbook};

use super::columns::{self, By};
use super::limits::HEADER_SEARCH_ROWS;

/// Finds the contact table of `workbook`: `--sheet`, else the sheet the marker names when it
/// still holds a table, else the first sheet (not written by this tool) whose header row maps
/// at least two known columns, one of which names the person.
///
/// # Errors
/// [`Error::NoSuchSheet`], [`Error::NoTable`] (listing the headers seen and the names accepted).
pub fn locate(path: &Path, workbook: &Workbook, opts: &ReadOptions) -> Result<Table, Error> {
    let earlier = crate::model::marker::earlier(workbook);
    let mut table = find(path, workbook, opts, &earlier)?;
    confirm_annotations(&workbook.sheets[table.sheet], &mut table);
    Ok(table)
}

/// Keeps as annotation columns of an earlier run only the tool's own block: the eight headers
/// exactly as it writes them, side by side, in its order and one language (the rightmost such
/// block, since it appends its columns after the user's). Any other column with one of those
/// names ("Score", "Rang" of the user's own) is the user's and is kept, whatever a marker,
/// planted or not, says of the sheet.
fn confirm_annotations(sheet: &Sheet, table: &mut Table) {
    let texts: Vec<String> = sheet
        .rows
        .row(table.header_row)
        .iter()
        .map(|v| match v {
            Value::Text(s) => s.trim().to_string(),
            _ => String::new(),
        })
        .collect();
    let block = annotation_block(&texts);
    let n = Annotation::ALL.len();
    for c in table.columns.iter_mut() {
        if block.is_some_and(|b| (b..b + n).contains(&c.index)) {
            c.role = ColumnRole::Annotation;
        } else if c.role == ColumnRole::Annotation {
            c.role = ColumnRole::Ignored;
        }
    }
}

/// Where the tool's own block of annotation headers starts in a header row's `texts` (by
/// column): its headers exactly as it writes them, side by side, in its order and one
/// language; the rightmost such block.
fn annotation_block(texts: &[String]) -> Option<usize> {
    let n = Annotation::ALL.len();
    (0..texts.len().saturating_sub(n - 1)).rev().find(|&start| {
        [Lang::Fr, Lang::En].iter().any(|&l| {
            Annotation::ALL
                .iter()
                .zip(&texts[start..start + n])
                .all(|(a, t)| a.label(l) == t)
        })
    })
}

/// The table of the sheet to read, before annotation columns are confirmed as ours.
fn find(
    path: &Path,
    workbook: &Workbook,
    opts: &ReadOptions,
    earlier: &crate::model::Earlier,
) -> Result<Table, Error> {
    if let Some(name) = &opts.sheet {
        let index = find_sheet(workbook, name).ok_or_else(|| Error::NoSuchSheet {
            path: path.to_path_buf(),
            sheet: name.clone(),
            available: user_sheets(workbook)
                .map(|s| format!("{:?}", s.name))
                .collect::<Vec<_>>()
                .join(", "),
        })?;
        let sheet = &workbook.sheets[index];
        return table_in(index, sheet, opts).map_err(|best| no_table(path, sheet, best));
    }
    // The marker's contacts sheet first; renamed, deleted or holding no table, the table is
    // looked for as in any workbook.
    if let Some(index) = earlier.contacts {
        if let Ok(table) = table_in(index, &workbook.sheets[index], opts) {
            return Ok(table);
        }
    }
    let mut best: Option<(&Sheet, Candidate)> = None;
    // A journal sheet (issue 14) is the contact table only when no other sheet holds one.
    let mut journal = None;
    for (index, sheet) in workbook.sheets.iter().enumerate() {
        if crate::model::is_marker(sheet) || earlier.own.contains(&index) {
            continue;
        }
        if journal.is_none() && super::journal::is_named_journal(sheet) {
            journal = Some((index, sheet));
            continue;
        }
        match table_in(index, sheet, opts) {
            Ok(table) => return Ok(table),
            Err(c) => {
                if best.as_ref().map_or(true, |(_, b)| c.known > b.known) {
                    best = Some((sheet, c));
                }
            }
        }
    }
    if let Some(Ok(table)) = journal.map(|(index, sheet)| table_in(index, sheet, opts)) {
        return Ok(table);
    }
    Err(match best {
        Some((sheet, c)) => no_table(path, sheet, c),
        None => Error::NoTable {
            path: path.to_path_buf(),
            sheet: None,
            seen: "(no sheet to look at)".into(),
            accepted: accepted(),
        },
    })
}

/// The sheets a user wrote (not the marker sheet).
fn user_sheets(workbook: &Workbook) -> impl Iterator<Item = &Sheet> {
    workbook
        .sheets
        .iter()
        .filter(|s| !crate::model::is_marker(s))
}

/// The sheet named `name`, exactly, else ignoring case and surrounding spaces.
fn find_sheet(workbook: &Workbook, name: &str) -> Option<usize> {
    let sheets = &workbook.sheets;
    sheets.iter().position(|s| s.name == name).or_else(|| {
        let want = name.trim().to_lowercase();
        sheets
            .iter()
            .position(|s| s.name.trim().to_lowercase() == want)
    })
}

/// The row that came closest to being a header row, for the message when none is.
struct Candidate {
    known: usize,
    headers: Vec<String>,
}

/// The table of `sheet`, or the best candidate row when no row maps two known columns.
fn table_in(index: usize, sheet: &Sheet, opts: &ReadOptions) -> Result<Table, Candidate> {
    let mut best = Candidate {
        known: 0,
        headers: Vec::new(),
    };
    for (r, row) in sheet.rows.iter().take(HEADER_SEARCH_ROWS).enumerate() {
        let cells: Vec<(usize, String, ColumnRole, Option<By>)> = row
            .iter()
            .enumerate()
            .filter_map(|(i, v)| header_text(&v).map(|h| (i, h)))
            .map(|(i, h)| {
                let (role, by) = columns::role_of(&h, opts);
                (i, h, role, by)
            })
            .collect();
        let mut fields: Vec<Field> = cells
            .iter()
            .filter_map(|(_, _, r, _)| match r {
                ColumnRole::Field(f) => Some(*f),
                _ => None,
            })
            .collect();
        fields.sort();
        fields.dedup();
        if fields.len() >= 2 && fields.iter().any(|f| Field::PERSON.contains(f)) {
            return Ok(build(index, sheet, r, cells, opts));
        }
        if !cells.is_empty() && (best.headers.is_empty() || fields.len() > best.known) {
            best = Candidate {
                known: fields.len(),
                headers: cells.into_iter().map(|(_, h, _, _)| h).collect(),
            };
        }
    }
    Err(best)
}

/// The text of a header cell, if it has one.
fn header_text(v: &Cell<'_>) -> Option<String> {
    let s = match *v {
        Value::Text(s) => s.trim().to_string(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::DateTime(d) => d.to_string(),
        Value::Empty | Value::Duration(_) | Value::Error(_) => return None,
    };
    (!s.is_empty()).then_some(s)
}

/// The table whose header row is `header_row`: one field per column, duplicates resolved.
fn build(
    index: usize,
    sheet: &Sheet,
    header_row: usize,
    cells: Vec<(usize, String, ColumnRole, Option<By>)>,
    opts: &ReadOptions,
) -> Table {
    // The tool's own block of an earlier run is no user column: a user's column of the same
    // name ("Next step", "Score") is never taken for it, nor reported as given twice.
    let mut texts = vec![String::new(); cells.iter().map(|c| c.0 + 1).max().unwrap_or(0)];
    for (i, h, _, _) in &cells {
        texts[*i].clone_from(h);
    }
    let cells = match annotation_block(&texts) {
        Some(start) => {
            let ours = start..start + Annotation::ALL.len();
            cells
                .into_iter()
                .map(|(i, h, role, by)| match ours.contains(&i) {
                    true => (i, h, ColumnRole::Annotation, None),
                    false => (i, h, role, by),
                })
                .collect()
        }
        None => cells,
    };
    let (columns, problems, notes) = columns::map(sheet, header_row, cells, opts);
    let lang = super::lang::of_headers(columns.iter().map(|c| c.header.as_str()));
    Table {
        sheet: index,
        header_row,
        columns,
        lang,
        problems,
        notes,
    }
}

fn no_table(path: &Path, sheet: &Sheet, best: Candidate) -> Error {
    let seen = if best.headers.is_empty() {
        "(none)".to_string()
    } else {
        let mut shown: Vec<String> = best
            .headers
            .iter()
            .take(20)
            .map(|h| format!("{:?}", h.chars().take(40).collect::<String>()))
            .collect();
        if best.headers.len() > 20 {
            shown.push(format!("and {} more", best.headers.len() - 20));
        }
        shown.join(", ")
    };
    Error::NoTable {
        path: path.to_path_buf(),
        sheet: Some(sheet.name.clone()),
        seen,
        accepted: accepted(),
    }
}

/// A sample of the headers accepted: every field's French and English label.
fn accepted() -> String {
    let mut words: Vec<&str> = Vec::new();
    for f in Field::ALL {
        for w in [f.label(Lang::Fr), f.label(Lang::En)] {
            if !words.contains(&w) {
                words.push(w);
            }
        }
    }
    words.join(", ")
}

#[cfg(test)]
mod tests;
