//! Files made by hand: write small workbooks and text files into a temporary folder, open and
//! locate them with the library's read stage.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use reseau_xlsx::config::ReadOptions;
use reseau_xlsx::model::{ColumnRole, Field, Table, Value, Workbook};
use reseau_xlsx::read::{self, Limits};
use reseau_xlsx::Error;
use rust_xlsxwriter::{ExcelDateTime, Format};

/// A cell to write in a generated workbook.
pub enum C {
    S(&'static str),
    N(f64),
    B(bool),
    D(u16, u8, u8),
    Dur(f64),
    /// A formula, with the result it shows.
    F(&'static str, &'static str),
    Blank,
}

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/read")
        .join(name)
}

/// `n` bytes that look random and are the same on every run (xorshift).
pub fn noise(n: usize) -> Vec<u8> {
    let mut x: u32 = 2_463_534_242;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            (x >> 24) as u8
        })
        .collect()
}

pub fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().expect("temporary folder")
}

/// Writes an xlsx with these sheets, each a list of rows from A1.
pub fn write_xlsx(path: &Path, sheets: &[(&str, Vec<Vec<C>>)]) {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let duration = Format::new().set_num_format("[h]:mm");
    for (name, rows) in sheets {
        let ws = wb.add_worksheet();
        ws.set_name(*name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                match cell {
                    C::S(s) => ws.write_string(r, c, *s).map(|_| ()),
                    C::N(n) => ws.write_number(r, c, *n).map(|_| ()),
                    C::B(b) => ws.write_boolean(r, c, *b).map(|_| ()),
                    C::D(y, m, d) => {
                        let dt = ExcelDateTime::from_ymd(*y, *m, *d).unwrap();
                        ws.write_datetime_with_format(r, c, &dt, &date).map(|_| ())
                    }
                    C::Dur(n) => ws.write_number_with_format(r, c, *n, &duration).map(|_| ()),
                    C::F(f, result) => ws
                        .write_formula(r, c, rust_xlsxwriter::Formula::new(*f).set_result(*result))
                        .map(|_| ()),
                    C::Blank => Ok(()),
                }
                .unwrap();
            }
        }
    }
    wb.save(path).unwrap();
}

/// Copies the zip archive `src` to `dst`, passing every part through `edit` (None keeps it,
/// Some replaces it); `extra` parts are added.
pub fn rewrite_zip(
    src: &Path,
    dst: &Path,
    edit: impl Fn(&str, &[u8]) -> Option<Vec<u8>>,
    extra: &[(&str, Vec<u8>)],
) {
    let mut zin = zip::ZipArchive::new(std::fs::File::open(src).unwrap()).unwrap();
    let mut zout = zip::ZipWriter::new(std::fs::File::create(dst).unwrap());
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for i in 0..zin.len() {
        let mut entry = zin.by_index(i).unwrap();
        let name = entry.name().unwrap().to_string();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).unwrap();
        let bytes = edit(&name, &bytes).unwrap_or(bytes);
        zout.start_file(name, opts).unwrap();
        zout.write_all(&bytes).unwrap();
    }
    for (name, bytes) in extra {
        zout.start_file(*name, opts).unwrap();
        zout.write_all(bytes).unwrap();
    }
    zout.finish().unwrap();
}

pub fn open(path: &Path) -> Result<Workbook, Error> {
    read::open(path, &ReadOptions::default())
}

pub fn open_small(path: &Path, limits: Limits) -> Result<Workbook, Error> {
    read::open_with_limits(path, &ReadOptions::default(), limits)
}

/// The message of the error `open` must give.
pub fn open_err(path: &Path) -> String {
    match open(path) {
        Ok(wb) => panic!("{} read as {:?}", path.display(), wb.format),
        Err(e) => e.to_string(),
    }
}

/// Opens and locates with default options.
pub fn table(path: &Path) -> (Workbook, Table) {
    let wb = open(path).unwrap_or_else(|e| panic!("{e}"));
    let t = read::locate(path, &wb, &ReadOptions::default()).unwrap_or_else(|e| panic!("{e}"));
    (wb, t)
}

/// The header of the column holding `field`.
pub fn header_of(t: &Table, field: Field) -> Option<&str> {
    t.column(field).map(|c| c.header.as_str())
}

/// The headers of the columns the table ignores.
pub fn ignored(t: &Table) -> Vec<&str> {
    t.columns
        .iter()
        .filter(|c| c.role == ColumnRole::Ignored)
        .map(|c| c.header.as_str())
        .collect()
}

pub fn text(s: &str) -> Value {
    Value::Text(s.into())
}

pub fn day(y: i32, m: u32, d: u32) -> Value {
    Value::DateTime(
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap(),
    )
}

/// Writes `bytes` as `name` in `dir`.
pub fn file(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}
