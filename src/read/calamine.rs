//! Workbooks (xlsx, xlsm, xlsb, xls, ods) through calamine, every cell with its type.
//!
//! xlsx and xlsb sheets are streamed cell by cell and stored as sparse rows, so a sheet that
//! claims a cell at XFD1048576 costs what it holds, not the declared rectangle. calamine reads
//! xls and ods sheets into a dense range itself: an xls sheet is at most 65,536 x 256 cells by
//! its format, and calamine caps an ods sheet (see README, "Limits"). This module does not
//! decide which reader a file needs (see `mod.rs`).

use std::borrow::Cow;
use std::cell::Cell;
use std::fs::File;
use std::io::{BufReader, Read, Seek};
use std::path::Path;
use std::sync::Once;

use calamine::{
    Data, DataRef, ExcelDateTime, Ods, Reader, SheetType, SheetVisible, Xls, Xlsb, Xlsx,
};
use chrono::{NaiveDate, NaiveDateTime};

use super::limits::{Budget, Ctx, Limits};
use super::store::Store;
use super::{cellstyle, layout, numfmt};
use crate::error::{Cause, Error};
use crate::model::{Format, Layout, Looks, Sheet, Value, Visibility, Workbook};

/// Reads every worksheet of an xlsb reader cell by cell into sparse rows (a macro, from when
/// xlsx shared it: the two cell readers share no trait). xlsb cells come without their styles,
/// so their numbers come without formats.
macro_rules! stream_sheets {
    ($wb:ident, $path:ident, $budget:ident) => {{
        let mut out = Vec::new();
        for (name, visibility) in worksheets(&$wb) {
            let ctx = Ctx {
                path: $path,
                sheet: Some(&name),
            };
            let mut cells = $wb
                .worksheet_cells_reader(&name)
                .map_err(|e| damaged(&ctx, e))?;
            let mut store = Store::new(&mut $budget);
            while let Some(cell) = cells.next_cell().map_err(|e| damaged(&ctx, e))? {
                let (r, c) = cell.get_position();
                let v = from_ref(cell.get_value());
                if !matches!(v, Value::Empty) {
                    store.place(r as usize, c as usize, v.as_cell(), &ctx)?;
                }
            }
            drop(cells);
            let rows = store.finish();
            out.push(Sheet {
                name,
                rows,
                looks: Looks {
                    visibility,
                    ..Looks::default()
                },
            });
        }
        out
    }};
}

/// Reads every worksheet of an xlsx or xlsm cell by cell into sparse rows, as
/// `stream_sheets!` does, with the number formats of the numbers (calamine gives each cell's
/// style in the same pass).
fn xlsx_sheets<RS: Read + Seek>(
    wb: &mut Xlsx<RS>,
    path: &Path,
    budget: &mut Budget,
    limits: Limits,
) -> Result<Vec<Sheet>, Error> {
    // Widths, heights, merged cells, panes and the autofilter are in the sheets' XML, which
    // calamine does not give: one more pass over each part, on another thread while calamine
    // reads the cells (the parts were checked before either starts).
    let (out, layouts) = std::thread::scope(|scope| {
        let layouts = scope.spawn(|| {
            File::open(path)
                .ok()
                .map(|file| layout::read(BufReader::new(file)))
        });
        let out = xlsx_cells(wb, path, budget, limits, |_| true);
        let layouts = layouts
            .join()
            .unwrap_or_else(|e| std::panic::resume_unwind(e));
        (out, layouts)
    });
    let mut out = out?;
    if let Some(mut layouts) = layouts {
        for sheet in &mut out {
            if let Some(l) = layouts.remove(&sheet.name) {
                sheet.looks.layout = l;
            }
        }
    }
    Ok(out)
}

/// The worksheets of an xlsx or xlsm that `keep` takes (by name), cell by cell into sparse
/// rows, with each number's format and each cell's look; not their layout.
fn xlsx_cells<RS: Read + Seek>(
    wb: &mut Xlsx<RS>,
    path: &Path,
    budget: &mut Budget,
    limits: Limits,
    keep: impl Fn(&str) -> bool,
) -> Result<Vec<Sheet>, Error> {
    let mut out = Vec::new();
    for (name, visibility) in worksheets(wb).into_iter().filter(|(n, _)| keep(n)) {
        let ctx = Ctx {
            path,
            sheet: Some(&name),
        };
        let mut cells = wb
            .worksheet_cells_reader(&name)
            .map_err(|e| damaged(&ctx, e))?;
        let styles = cells.styles().iter().map(|s| {
            let f = s.number_format.as_ref()?;
            Some((f.format_id, f.format_code.as_str()))
        });
        let mut formats = numfmt::Collector::new(styles, limits.cells);
        let mut looks = cellstyle::Collector::new(cells.styles(), limits.cells);
        let mut store = Store::new(budget);
        while let Some((cell, style)) = cells
            .next_cell_with_style_id()
            .map_err(|e| damaged(&ctx, e))?
        {
            let (r, c) = cell.get_position();
            let v = from_ref(cell.get_value());
            if matches!(
                v,
                Value::Number(_) | Value::Duration(_) | Value::DateTime(_)
            ) {
                formats.number(r, c, style);
            }
            looks.cell(r, c, style);
            if !matches!(v, Value::Empty) {
                store.place(r as usize, c as usize, v.as_cell(), &ctx)?;
            }
        }
        drop(cells);
        out.push(Sheet {
            name,
            rows: store.finish(),
            looks: Looks {
                visibility,
                formats: formats.finish(),
                cells: looks.finish(),
                layout: Layout::default(),
            },
        });
    }
    Ok(out)
}

/// Reads every worksheet of the workbook at `path`, which `mod.rs` found to be of `format`.
///
/// # Errors
/// [`Error::Open`], [`Error::Unreadable`] (damaged, password-protected), [`Error::TooLarge`].
pub fn read(path: &Path, format: Format, limits: Limits) -> Result<Workbook, Error> {
    // calamine indexes some tables of a file without checking them (an xlsb shared-string
    // index, a relationship id): a damaged file must stop this file with a message, not the
    // whole run.
    quietly(|| read_unguarded(path, format, limits)).unwrap_or_else(|_| {
        Err(Error::Unreadable {
            path: path.to_path_buf(),
            what: "the workbook is damaged (its internal tables are inconsistent)".into(),
            source: None,
        })
    })
}

/// A workbook this tool wrote, read for what the next run remembers of it: its marker sheet
/// and the contacts sheet the marker names, cells only (no layout pass), each part guarded
/// as [`super::open`] guards it; the tool's other sheets (plan, problems...) are not unpacked.
/// `Ok(None)` when no sheet of the workbook is a marker; the marker alone when the sheet it
/// names is gone.
///
/// # Errors
/// Those of [`read`].
pub fn read_output(path: &Path, limits: Limits) -> Result<Option<Workbook>, Error> {
    quietly(|| output_unguarded(path, limits)).unwrap_or_else(|_| {
        Err(Error::Unreadable {
            path: path.to_path_buf(),
            what: "the workbook is damaged (its internal tables are inconsistent)".into(),
            source: None,
        })
    })
}

fn output_unguarded(path: &Path, limits: Limits) -> Result<Option<Workbook>, Error> {
    let open = || {
        File::open(path)
            .map(BufReader::new)
            .map_err(|source| Error::Open {
                path: path.to_path_buf(),
                source,
            })
    };
    let mut wb = {
        // calamine reads the shared strings whole on opening: guarded first.
        super::sniff::guard_sheets(path, limits, &[])?;
        Xlsx::new(open()?).map_err(|e| opening(path, e))?
    };
    let marker_named = |n: &str| {
        n.to_lowercase()
            .strip_prefix(crate::model::MARKER_SHEET)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(" ("))
    };
    let names: Vec<String> = worksheets(&wb)
        .into_iter()
        .map(|(n, _)| n)
        .filter(|n| marker_named(n))
        .collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    super::sniff::guard_sheets(path, limits, &names)?;
    let mut budget = Budget::new(limits);
    let markers = xlsx_cells(&mut wb, path, &mut budget, limits, marker_named)?;
    let Some(marker) = markers.into_iter().find(crate::model::is_marker) else {
        return Ok(None);
    };
    let mut sheets = match crate::model::Marker::from_sheet(&marker).contacts {
        Some(contacts) => {
            super::sniff::guard_sheets(path, limits, &[contacts.as_str()])?;
            xlsx_cells(&mut wb, path, &mut budget, limits, |n| n == contacts)?
        }
        None => Vec::new(),
    };
    sheets.push(marker);
    Ok(Some(Workbook {
        format: Format::Xlsx,
        sheets,
    }))
}

thread_local! {
    /// Whether this thread is inside [`quietly`].
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f`, catching a panic without printing it: the default hook would put a panic
/// message and a backtrace on stderr although the panic is caught and reported as one error
/// line naming the file (found by fuzzing, a damaged xlsb). Panics elsewhere print as before.
fn quietly<T>(f: impl FnOnce() -> T + std::panic::UnwindSafe) -> std::thread::Result<T> {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                previous(info);
            }
        }));
    });
    QUIET.with(|q| q.set(true));
    let result = std::panic::catch_unwind(f);
    QUIET.with(|q| q.set(false));
    result
}

fn read_unguarded(path: &Path, format: Format, limits: Limits) -> Result<Workbook, Error> {
    let file = File::open(path).map_err(|source| Error::Open {
        path: path.to_path_buf(),
        source,
    })?;
    let rs = BufReader::new(file);
    let mut budget = Budget::new(limits);
    let sheets = match format {
        Format::Xlsx | Format::Xlsm => {
            // The worksheet parts are guarded on another thread while calamine opens the
            // workbook (its shared strings, guarded before): no cell is read before both end,
            // and the guard's refusal comes first.
            let (guarded, wb) = std::thread::scope(|scope| {
                let guard = scope.spawn(|| super::sniff::guard_worksheets(path, limits));
                let wb = Xlsx::new(rs);
                let guarded = guard
                    .join()
                    .unwrap_or_else(|e| std::panic::resume_unwind(e));
                (guarded, wb)
            });
            guarded?;
            let mut wb = wb.map_err(|e| opening(path, e))?;
            xlsx_sheets(&mut wb, path, &mut budget, limits)?
        }
        Format::Xlsb => {
            let mut wb = Xlsb::new(rs).map_err(|e| opening(path, e))?;
            stream_sheets!(wb, path, budget)
        }
        Format::Xls => {
            let wb = Xls::new(rs).map_err(|e| opening(path, e))?;
            dense(path, wb, &mut budget, false)?
        }
        Format::Ods => {
            let wb = Ods::new(rs).map_err(|e| opening(path, e))?;
            dense(path, wb, &mut budget, true)?
        }
        Format::Csv { .. } => {
            return Err(Error::Unreadable {
                path: path.to_path_buf(),
                what: "delimited text is not a workbook".into(),
                source: None,
            })
        }
    };
    Ok(Workbook { format, sheets })
}

/// The names of the worksheets (not chart sheets), in the workbook's order, hidden ones too
/// (the marker sheet of this tool is hidden), with whether each is hidden.
fn worksheets<RS: Read + Seek, R: Reader<RS>>(wb: &R) -> Vec<(String, Visibility)> {
    wb.sheets_metadata()
        .iter()
        .filter(|s| s.typ == SheetType::WorkSheet)
        .map(|s| {
            let shown = match s.visible {
                SheetVisible::Visible => Visibility::Visible,
                SheetVisible::Hidden => Visibility::Hidden,
                SheetVisible::VeryHidden => Visibility::VeryHidden,
            };
            (s.name.clone(), shown)
        })
        .collect()
}

/// Reads the sheets of a workbook whose reader builds dense ranges (xls, ods).
/// `ods`: calamine gives an ods error cell as its text, so error texts become error cells.
fn dense<RS: Read + Seek, R: Reader<RS>>(
    path: &Path,
    mut wb: R,
    budget: &mut Budget,
    ods: bool,
) -> Result<Vec<Sheet>, Error>
where
    R::Error: std::error::Error + Send + Sync + 'static,
{
    let mut out = Vec::new();
    for (name, visibility) in worksheets(&wb) {
        let ctx = Ctx {
            path,
            sheet: Some(&name),
        };
        let range = wb.worksheet_range(&name).map_err(|e| damaged(&ctx, e))?;
        let (r0, c0) = range.start().unwrap_or((0, 0));
        let mut store = Store::new(budget);
        for (r, c, data) in range.used_cells() {
            let v = match from_data(data) {
                Value::Text(t) if ods && ERRORS.contains(&&*t) => Value::Error(t),
                v => v,
            };
            if !matches!(v, Value::Empty) {
                let (r, c) = (r0 as usize + r, c0 as usize + c);
                store.place(r, c, v.as_cell(), &ctx)?;
            }
        }
        let rows = store.finish();
        out.push(Sheet {
            name,
            rows,
            looks: Looks {
                visibility,
                ..Looks::default()
            },
        });
    }
    Ok(out)
}

/// The error values a spreadsheet shows.
const ERRORS: &[&str] = &[
    "#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!",
];

/// The error for a workbook calamine cannot open.
fn opening<E: std::error::Error + Send + Sync + 'static>(path: &Path, e: E) -> Error {
    let text = e.to_string();
    let what = if text.contains("password") {
        "the workbook is password-protected: save it without a password".to_string()
    } else {
        format!("the workbook is damaged or truncated ({text})")
    };
    Error::Unreadable {
        path: path.to_path_buf(),
        what,
        source: Some(Cause::reader(e)),
    }
}

/// The error for a sheet calamine cannot read.
fn damaged<E: std::error::Error + Send + Sync + 'static>(ctx: &Ctx<'_>, e: E) -> Error {
    Error::Unreadable {
        path: ctx.path.to_path_buf(),
        what: format!(
            "sheet {:?}: the sheet is damaged or truncated ({e})",
            ctx.sheet.unwrap_or_default()
        ),
        source: Some(Cause::reader(e)),
    }
}

/// A cell as calamine gives it, its text borrowed where calamine lends it.
type Got<'a> = Value<Cow<'a, str>>;

/// One streamed cell as a model value; an empty text is an empty cell.
fn from_ref<'a>(d: &'a DataRef<'_>) -> Got<'a> {
    match d {
        DataRef::Int(i) => Value::Number(*i as f64),
        DataRef::Float(f) => Value::Number(*f),
        DataRef::String(s) => text(s),
        DataRef::SharedString(s) => text(s),
        DataRef::Bool(b) => Value::Bool(*b),
        DataRef::DateTime(dt) => date_time(dt),
        DataRef::DateTimeIso(s) => iso(s),
        DataRef::DurationIso(s) => duration_iso(s),
        DataRef::Error(e) => Value::Error(e.to_string().into()),
        DataRef::Empty => Value::Empty,
    }
}

/// One cell of a dense range as a model value.
fn from_data(d: &Data) -> Got<'_> {
    match d {
        Data::Int(i) => Value::Number(*i as f64),
        Data::Float(f) => Value::Number(*f),
        Data::String(s) => text(s),
        Data::Bool(b) => Value::Bool(*b),
        Data::DateTime(dt) => date_time(dt),
        Data::DateTimeIso(s) => iso(s),
        Data::DurationIso(s) => duration_iso(s),
        Data::Error(e) => Value::Error(e.to_string().into()),
        Data::Empty => Value::Empty,
    }
}

fn text(s: &str) -> Got<'_> {
    if s.is_empty() {
        Value::Empty
    } else {
        Value::Text(Cow::Borrowed(s))
    }
}

/// The largest date serial converted to a date: far past 9999-12-31 (2,958,465), the last day
/// a spreadsheet shows, and far below what calamine's conversion can take (it turns the serial
/// into milliseconds, and chrono panics past about 1e11 days).
const MAX_SERIAL: f64 = 1e8;

/// A date cell; calamine has already resolved the 1900 or 1904 system of the workbook.
fn date_time<'a>(dt: &ExcelDateTime) -> Got<'a> {
    // A serial no calendar holds (-1e20, a NaN) stays the number it is: the date column
    // reports it as out of range, and the rest of the workbook is read (Excel shows ####).
    if !dt.as_f64().is_finite() || dt.as_f64().abs() > MAX_SERIAL {
        return Value::Number(dt.as_f64());
    }
    // A time of day alone (10:30) is a serial below 1 in both date systems: a date cell with no
    // date. Kept as a time, not as 31/12/1899 10:30, which no spreadsheet writes back as a date.
    if dt.is_duration() || (0.0..1.0).contains(&dt.as_f64()) {
        return Value::Duration(dt.as_f64());
    }
    match dt.as_datetime() {
        Some(t) => Value::DateTime(t),
        // Out of chrono's range: keep the serial number rather than invent a date.
        None => Value::Number(dt.as_f64()),
    }
}

/// An ISO date cell (ods); kept as text when it is not one.
fn iso(s: &str) -> Got<'_> {
    if let Ok(t) = NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f") {
        return Value::DateTime(t);
    }
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Value::DateTime(d.and_time(chrono::NaiveTime::MIN));
    }
    // A time of day alone (ods `PT..`-less `10:30:00`) is a fraction of a day.
    if let Ok(t) = chrono::NaiveTime::parse_from_str(s, "%H:%M:%S%.f") {
        use chrono::Timelike;
        return Value::Duration(f64::from(t.num_seconds_from_midnight()) / 86_400.0);
    }
    text(s)
}

/// An ISO duration cell (ods `PT36H00M00S`) as a fraction of days; kept as text when it is
/// not one this reads.
fn duration_iso(s: &str) -> Got<'_> {
    let Some(rest) = s.strip_prefix("PT") else {
        return text(s);
    };
    let mut seconds = 0.0;
    let mut number = String::new();
    for c in rest.chars() {
        match c {
            '0'..='9' | '.' => number.push(c),
            'H' | 'M' | 'S' => {
                let Ok(n) = number.parse::<f64>() else {
                    return text(s);
                };
                seconds += n * match c {
                    'H' => 3600.0,
                    'M' => 60.0,
                    _ => 1.0,
                };
                number.clear();
            }
            _ => return text(s),
        }
    }
    if number.is_empty() {
        Value::Duration(seconds / 86_400.0)
    } else {
        text(s)
    }
}

#[cfg(test)]
mod tests;
