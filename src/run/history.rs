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
/// first run, or a file that cannot be read: a run never fails for its memory). Only its
/// marker and contacts sheet are read (`read::open_output`): the tool's other sheets, a
/// third of the file or more, say nothing the memory needs.
pub fn previous(output: &Path, config: &Config) -> Option<History> {
    if !output.is_file() {
        return None;
    }
    let workbook = crate::read::open_output(output).ok()??;
    // A --sheet naming another sheet than the marker's contacts: the workbook is read whole,
    // to find that sheet as the input's reading would.
    let named = Marker::of(&workbook).and_then(|m| m.contacts);
    let loaded = match &config.read.sheet {
        Some(s) if named.as_deref() != Some(s.as_str()) => load(output, config).ok()?,
        _ => {
            let table = crate::read::locate(output, &workbook, &config.read).ok()?;
            Loaded { workbook, table }
        }
    };
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The sample processed into `dir`, as a first run writes it; returns the output's path.
    fn output_of(sample: &str, dir: &Path, config: &Config) -> std::path::PathBuf {
        let input = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("samples")
            .join(sample);
        let loaded = load(&input, config).unwrap();
        let lang = config.lang_for(loaded.table.lang);
        let (contacts, problems) = loaded.contacts(config);
        let outcome = crate::assess::assess(contacts, problems, config, lang);
        let out = dir.join(format!("{sample}.reseau.xlsx"));
        let bytes = crate::write::workbook(&loaded.workbook, &loaded.table, &outcome).unwrap();
        std::fs::write(&out, bytes).unwrap();
        out
    }

    #[test]
    fn the_memory_read_from_the_marker_and_contacts_sheet_is_the_whole_workbooks() {
        let dir = tempfile::tempdir().unwrap();
        let config = crate::testkit::config();
        for sample in ["contacts.xlsx", "contacts-en.xlsx", "contacts.csv"] {
            let out = output_of(sample, dir.path(), &config);
            let whole = load(&out, &config).unwrap();
            let (contacts, _) = whole.contacts(&config);
            let expected = of(&whole, &contacts).expect("the tool's output has a memory");
            assert!(
                expected.overdue > 0,
                "{sample}: the sample has overdue contacts"
            );
            assert_eq!(previous(&out, &config), Some(expected), "{sample}");
            // Only the marker and the contacts sheet were read.
            let read = crate::read::open_output(&out).unwrap().unwrap();
            assert_eq!(read.sheets.len(), 2, "{sample}");
        }
    }

    #[test]
    fn a_workbook_without_the_marker_has_no_memory() {
        let config = crate::testkit::config();
        let input = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/contacts.xlsx");
        assert_eq!(crate::read::open_output(&input).unwrap(), None);
        assert_eq!(previous(&input, &config), None);
    }
}
