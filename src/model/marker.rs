//! The hidden marker sheet: its layout, and how far a marker found in an input is trusted.
//!
//! A sheet named `reseau-xlsx` may be planted in a shared workbook, or made by a user, so the
//! marker is a hint, never an order: a sheet it lists is replaced only when its first row is
//! still the tool's own layout for one of its sheets (the dashboard's title, or the exact
//! headers of the plan, messages, backlog, overdue or problems table, in either language).
//! Anything else is the user's and is kept. The contacts sheet it names is only where the table
//! is looked for first; and the annotation columns are recognised by their own exact block of
//! headers, not by the marker (see `read::locate`). The reader trusts it; the writer writes it.

use super::{Sheet, Value, Workbook};
use crate::vocab::labels::{self, OwnSheet};
use crate::vocab::Lang;

/// The name of the hidden sheet that marks a workbook written by this tool, and the text of its
/// first cell. When a sheet of the user's already has the name, the marker takes another
/// ("reseau-xlsx (2)"): it is recognised by its content ([`is_marker`]), not by its name.
pub const MARKER_SHEET: &str = "reseau-xlsx";

/// Whether `sheet` is a marker this tool wrote (now or in an earlier version): named after
/// [`MARKER_SHEET`] (a suffix such as " (2)" allowed), its first cell [`MARKER_SHEET`], and
/// every other row a `contacts` or `sheet` entry. A sheet of the user's that is only named so
/// is not one, and is kept.
pub fn is_marker(sheet: &Sheet) -> bool {
    let named = sheet
        .name
        .to_lowercase()
        .strip_prefix(MARKER_SHEET)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(" ("));
    if !named {
        return false;
    }
    let mut rows = sheet.rows.iter();
    let first = rows.next();
    if !first.is_some_and(|r| matches!(r.get(0), Value::Text(t) if t == MARKER_SHEET)) {
        return false;
    }
    rows.all(|r| match r.get(0) {
        Value::Text(t) => t == "contacts" || t == "sheet",
        Value::Empty => r.is_empty(),
        _ => false,
    })
}

/// What the hidden marker sheet records: which sheet holds the contacts and which sheets the
/// tool wrote, so a later run replaces them instead of carrying them over as the user's.
///
/// Layout of the marker sheet: row 1 `reseau-xlsx | VERSION`; then one row per entry,
/// `contacts | SHEET NAME` or `sheet | SHEET NAME`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Marker {
    pub contacts: Option<String>,
    pub own_sheets: Vec<String>,
}

impl Marker {
    /// Reads the marker from the rows of the marker sheet.
    pub fn from_sheet(sheet: &Sheet) -> Self {
        let mut m = Marker::default();
        for row in sheet.rows.iter().skip(1) {
            let text = |i: usize| match row.get(i) {
                Value::Text(s) => Some(s.to_string()),
                _ => None,
            };
            match (text(0).as_deref(), text(1)) {
                (Some("contacts"), Some(name)) => m.contacts = Some(name),
                (Some("sheet"), Some(name)) => m.own_sheets.push(name),
                _ => {}
            }
        }
        m
    }

    /// The rows of the marker sheet, as `from_sheet` reads them.
    pub fn to_rows(&self, version: &str) -> Vec<[String; 2]> {
        let mut rows = vec![[MARKER_SHEET.to_string(), version.to_string()]];
        if let Some(c) = &self.contacts {
            rows.push(["contacts".into(), c.clone()]);
        }
        for s in &self.own_sheets {
            rows.push(["sheet".into(), s.clone()]);
        }
        rows
    }

    /// The marker of `workbook`, if it was written by this tool.
    pub fn of(workbook: &Workbook) -> Option<Self> {
        workbook
            .sheets
            .iter()
            .find(|s| is_marker(s))
            .map(Marker::from_sheet)
    }
}

/// What an earlier run of this tool left in a workbook, as far as it can be trusted.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Earlier {
    /// The sheet the marker names as the contacts sheet, when the workbook still has it.
    pub contacts: Option<usize>,
    /// The sheets to replace: listed in the marker and still laid out as the tool's.
    pub own: Vec<usize>,
    /// The sheets the marker lists that are not laid out as the tool's: kept as the user's.
    pub kept: Vec<usize>,
}

/// What the marker of `workbook` can be trusted with (nothing without a marker).
pub fn earlier(workbook: &Workbook) -> Earlier {
    let Some(marker) = Marker::of(workbook) else {
        return Earlier::default();
    };
    let mut e = Earlier {
        contacts: marker.contacts.as_deref().and_then(|n| find(workbook, n)),
        ..Earlier::default()
    };
    for listed in &marker.own_sheets {
        let Some(i) = find(workbook, listed) else {
            continue;
        };
        if is_marker(&workbook.sheets[i]) || e.own.contains(&i) || e.kept.contains(&i) {
            continue;
        }
        if is_own_layout(&workbook.sheets[i]) {
            e.own.push(i);
        } else {
            e.kept.push(i);
        }
    }
    e
}

/// The sheet named `listed`: exact, else ignoring case (a spreadsheet application may not keep
/// the case of a name it was given).
fn find(workbook: &Workbook, listed: &str) -> Option<usize> {
    let sheets = &workbook.sheets;
    sheets.iter().position(|s| s.name == listed).or_else(|| {
        let want = listed.to_lowercase();
        sheets.iter().position(|s| s.name.to_lowercase() == want)
    })
}

/// Whether the first row of `sheet` is the one this tool writes on one of its own sheets.
pub fn is_own_layout(sheet: &Sheet) -> bool {
    let Some(first) = sheet.rows.iter().next() else {
        return false;
    };
    let texts: Vec<String> = first
        .iter()
        .map(|v| match v {
            Value::Text(s) => s.to_string(),
            _ => String::new(),
        })
        .collect();
    let texts: Vec<&str> = {
        let end = texts
            .iter()
            .rposition(|t| !t.is_empty())
            .map_or(0, |i| i + 1);
        texts[..end].iter().map(String::as_str).collect()
    };
    if texts.len() == 1 && labels::is_dashboard_title(texts[0]) {
        return true;
    }
    let tables = [
        OwnSheet::Plan,
        OwnSheet::Messages,
        OwnSheet::Backlog,
        OwnSheet::Overdue,
        OwnSheet::Problems,
    ];
    [Lang::Fr, Lang::En].iter().any(|&lang| {
        tables.iter().any(|t| {
            let headers = t.headers();
            if texts.len() < headers.len()
                || !headers
                    .iter()
                    .zip(&texts)
                    .all(|(h, text)| h.text(lang) == *text)
            {
                return false;
            }
            // What follows the fixed headers: some of the optional ones, in their order.
            let mut optional = t.optional_headers().iter().map(|h| h.text(lang));
            texts[headers.len()..]
                .iter()
                .all(|text| optional.any(|o| o == *text))
        })
    })
}

#[cfg(test)]
mod tests;
