//! The previous output of an input, read for its memory: each contact's next action and due
//! date in the annotation columns the tool wrote, and how many were overdue. The previous
//! output is the workbook this run writes (beside the input, under `--out-dir`, `-o`), or the
//! input itself with `--in-place`; it counts only when it carries the tool's marker sheet.

use std::path::Path;

use super::{load, Loaded};
use crate::assess::History;
use crate::config::Config;
use crate::model::{marker::Marker, ColumnRole, Contact, Value};
use crate::vocab::{Annotation, Flag, NextAction};

/// The history in `output`, when it is a workbook this tool wrote; `None` otherwise (the
/// first run, or a file that cannot be read: a run never fails for its memory).
pub fn previous(output: &Path, config: &Config) -> Option<History> {
    if !output.is_file() {
        return None;
    }
    let loaded = load(output, config).ok()?;
    let (contacts, _) = loaded.contacts(config);
    of(&loaded, &contacts)
}

/// The history an output already loaded holds (`contacts` read from it), when the tool wrote it.
pub fn of(loaded: &Loaded, contacts: &[Contact]) -> Option<History> {
    Marker::of(&loaded.workbook)?;
    let column = |a: Annotation| {
        loaded
            .table
            .columns
            .iter()
            .find(|c| c.role == ColumnRole::Annotation && Annotation::parse(&c.header) == Some(a))
            .map(|c| c.index)
    };
    let (next, due) = (column(Annotation::NextAction)?, column(Annotation::Due)?);
    let flag = column(Annotation::Flag);
    let sheet = loaded.workbook.sheets.get(loaded.table.sheet)?;
    let mut rows = Vec::new();
    let mut overdue = 0;
    for c in contacts {
        let Some(r) = (c.row as usize).checked_sub(1) else {
            continue;
        };
        let row = sheet.rows.row(r);
        if let Some(f) = flag {
            if matches!(row.get(f), Value::Text(t) if Flag::parse(t) == Some(Flag::Overdue)) {
                overdue += 1;
            }
        }
        let action = match row.get(next) {
            Value::Text(t) => NextAction::parse(t),
            _ => None,
        };
        let date = match row.get(due) {
            Value::DateTime(dt) => Some(dt.date()),
            _ => None,
        };
        if let (Some(a), Some(d)) = (action, date) {
            rows.push((c.name.to_string(), a, d));
        }
    }
    Some(History::new(rows, overdue))
}
