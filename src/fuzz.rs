//! Entry points for the fuzz targets in `fuzz/` (coverage-guided, cargo-fuzz): each takes
//! outside bytes or text the way the pipeline receives them and runs the stage that parses
//! them. Not part of the tool's interface; hidden from the documentation.

use std::path::Path;

use crate::config::{DateOrder, ReadOptions};
use crate::model::{Format, Sheet, Value, Workbook};
use crate::normalize::{self, cadence, date, text, values};
use crate::read::{self, Limits};
use crate::vocab::{Category, Horizon, How, Objective, Priority, Status};

/// Decodes, sniffs and splits `bytes` as a CSV file (`tab`: as a `.tsv`), then locates and
/// normalises the table when there is one.
pub fn csv(bytes: &[u8], tab: bool) {
    let path = Path::new(if tab { "fuzz.tsv" } else { "fuzz.csv" });
    let (decoded, _) = read::csv::decode(bytes);
    let _ = read::csv::sniff_delimiter(&decoded);
    if let Ok(workbook) = read::csv::read(path, bytes.to_vec(), tab, Limits::default()) {
        table(path, &workbook);
    }
}

/// Reads `s` as every kind of cell normalize understands: a date under each column order (and
/// as people write it, from several todays), a
/// cadence, each vocabulary, the objectives, a free-text field; the same again for `n` as a
/// number cell.
pub fn values(s: &str, n: f64) {
    let cells = [
        Value::Text(s),
        Value::Number(n),
        Value::Duration(n),
        Value::Error(s),
    ];
    for order in [date::Order::Dmy, date::Order::Mdy, date::Order::DmyUnsure] {
        let _ = date::from_text(s, order);
        // Dates as people write them, read from a today near and far.
        for today in [
            chrono::NaiveDate::from_ymd_opt(2026, 11, 26),
            chrono::NaiveDate::from_ymd_opt(1900, 1, 1),
            chrono::NaiveDate::from_ymd_opt(9999, 12, 31),
        ]
        .into_iter()
        .flatten()
        {
            let _ = date::fuzzy(s, order, today, date::Sense::Past);
            let _ = date::fuzzy(s, order, today, date::Sense::Nearest);
        }
        for cell in &cells {
            let _ = date::from_value(cell, order);
        }
    }
    let _ = date::from_serial(n);
    let _ = cadence::from_text(s);
    for cell in &cells {
        let _ = cadence::from_value(cell);
        let _ = text::field(cell);
        let _ = text::shown_long(cell);
    }
    // The vocabulary readers start from the cell as shown, the same for text and error
    // cells: once for the text, once for the number.
    for cell in &cells[..2] {
        let _ = values::single::<Horizon>(cell);
        let _ = values::single::<How>(cell);
        let _ = values::single::<Category>(cell);
        let _ = values::single::<Status>(cell);
        let _ = values::single::<Priority>(cell);
        let _ = values::single::<Objective>(cell);
        let _ = values::objectives(cell);
    }
}

/// Builds a workbook from `rows` (sheets split on form feed, rows on newlines, cells on tabs;
/// a cell that parses as a number is a number cell), then locates and normalises its table
/// with day-first, month-first and sniffed date orders.
pub fn rows(input: &str) {
    let sheets = input
        .split('\u{c}')
        .enumerate()
        .map(|(i, sheet)| Sheet {
            name: format!("S{i}"),
            rows: sheet
                .split('\n')
                .map(|row| row.split('\t').map(cell).collect())
                .collect(),
            ..Default::default()
        })
        .collect();
    let workbook = Workbook {
        format: Format::Xlsx,
        sheets,
    };
    for order in [None, Some(DateOrder::Dmy), Some(DateOrder::Mdy)] {
        let opts = ReadOptions {
            date_order: order,
            ..ReadOptions::default()
        };
        if let Ok(t) = read::locate(Path::new("fuzz.xlsx"), &workbook, &opts) {
            let _ = normalize::contacts(&workbook, &t, &opts);
        }
    }
}

fn cell(s: &str) -> Value {
    if s.is_empty() {
        return Value::Empty;
    }
    match s.parse::<f64>() {
        Ok(n) if s.starts_with(|c: char| c.is_ascii_digit() || c == '-') => Value::Number(n),
        _ => Value::Text(s.into()),
    }
}

fn table(path: &Path, workbook: &Workbook) {
    let opts = ReadOptions::default();
    if let Ok(t) = read::locate(path, workbook, &opts) {
        let _ = normalize::contacts(workbook, &t, &opts);
    }
}
