//! The benchmark's floor: the least any tool built on our crates must do to rewrite a sheet.
//!
//! It reads every cell of the first sheet (calamine for a workbook; the csv crate and
//! encoding_rs for a CSV) and writes the cells back with rust_xlsxwriter in constant-memory
//! mode, nothing else: no header detection, no parsing of values, no extra sheet. The tool's
//! time and peak memory are measured against this program's (`bench/run.sh`).
//!
//! ```text
//! cargo run --release --example floor -- INPUT OUTPUT [--reader cells|range]
//! ```
//!
//! `--reader cells` (the default) streams the cells with `worksheet_cells_reader`; `--reader
//! range` materialises the sheet with `worksheet_range` first, as a non-streaming reader does.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use calamine::{open_workbook, Data, DataRef, Reader, Xlsx};
use clap::{Parser, ValueEnum};
use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

#[derive(Parser)]
#[command(about = "Read every cell of the first sheet and write it back: the benchmark floor")]
struct Args {
    /// The sheet to read (.xlsx, or .csv/.tsv/.txt).
    input: PathBuf,
    /// The workbook to write.
    output: PathBuf,
    /// How to read an xlsx sheet.
    #[arg(long, value_enum, default_value_t = Mode::Cells)]
    reader: Mode,
    /// Zip compression level of the output (1-9), to match the tool's setting. Default: the
    /// crate's own (6).
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=9))]
    zip_level: Option<u8>,
    /// Read only, write nothing: splits the floor into its reading and writing halves.
    #[arg(long)]
    read_only: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum Mode {
    /// Stream the cells (`worksheet_cells_reader`).
    Cells,
    /// Materialise the used range first (`worksheet_range`).
    Range,
}

type Res<T> = Result<T, Box<dyn std::error::Error>>;

/// Where the cells go: the output worksheet, or nowhere with `--read-only`.
type Sheet<'a, 'b> = Option<&'a mut &'b mut Worksheet>;

/// Writes one calamine value; the date format is the one the tool's dates get.
fn write_value(sheet: Sheet, r: u32, c: u16, v: DataRef, date: &Format) -> Res<()> {
    let Some(sheet) = sheet else {
        return Ok(());
    };
    match v {
        DataRef::Empty => {}
        DataRef::String(s) => {
            sheet.write_string(r, c, s)?;
        }
        DataRef::SharedString(s) => {
            sheet.write_string(r, c, s)?;
        }
        DataRef::Int(i) => {
            sheet.write_number(r, c, i as f64)?;
        }
        DataRef::Float(f) => {
            sheet.write_number(r, c, f)?;
        }
        DataRef::Bool(b) => {
            sheet.write_boolean(r, c, b)?;
        }
        DataRef::DateTime(d) => {
            sheet.write_number_with_format(r, c, d.as_f64(), date)?;
        }
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => {
            sheet.write_string(r, c, s)?;
        }
        DataRef::Error(e) => {
            sheet.write_string(r, c, e.to_string())?;
        }
    }
    Ok(())
}

/// Borrows an owned calamine value as the streaming reader's type, so both paths share
/// `write_value` (the copy of a string here is the range path's cost, not an extra one:
/// the owned value is dropped with the range).
fn as_ref(v: &Data) -> DataRef<'_> {
    match v {
        Data::Int(i) => DataRef::Int(*i),
        Data::Float(f) => DataRef::Float(*f),
        Data::String(s) => DataRef::SharedString(s),
        Data::Bool(b) => DataRef::Bool(*b),
        Data::DateTime(d) => DataRef::DateTime(*d),
        Data::DateTimeIso(s) => DataRef::SharedString(s),
        Data::DurationIso(s) => DataRef::SharedString(s),
        Data::Error(e) => DataRef::Error(e.clone()),
        Data::Empty => DataRef::Empty,
    }
}

fn xlsx(input: &Path, mut sheet: Option<&mut Worksheet>, mode: Mode, date: &Format) -> Res<u64> {
    let mut book: Xlsx<_> = open_workbook(input)?;
    let name = book
        .sheet_names()
        .first()
        .cloned()
        .ok_or("the workbook has no sheet")?;
    let mut cells = 0u64;
    match mode {
        Mode::Cells => {
            let mut reader = book.worksheet_cells_reader(&name)?;
            while let Some(cell) = reader.next_cell()? {
                let (r, c) = cell.get_position();
                write_value(sheet.as_mut(), r, c as u16, cell.get_value().clone(), date)?;
                cells += 1;
            }
        }
        Mode::Range => {
            let range = book.worksheet_range(&name)?;
            let (r0, c0) = range.start().unwrap_or((0, 0));
            for (r, c, v) in range.used_cells() {
                write_value(
                    sheet.as_mut(),
                    r0 + r as u32,
                    (c0 + c as u32) as u16,
                    as_ref(v),
                    date,
                )?;
                cells += 1;
            }
        }
    }
    Ok(cells)
}

/// The field separator: the most frequent of `;`, `,` and tab on the first line.
fn sniff(path: &Path) -> Res<u8> {
    let mut head = vec![0u8; 8192];
    let n = File::open(path)?.read(&mut head)?;
    let line = head[..n].split(|&b| b == b'\n').next().unwrap_or(&[]);
    let count = |sep: u8| line.iter().filter(|&&b| b == sep).count();
    Ok([b';', b',', b'\t']
        .into_iter()
        .max_by_key(|&s| count(s))
        .unwrap_or(b';'))
}

fn csv(input: &Path, mut sheet: Option<&mut Worksheet>) -> Res<u64> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sniff(input)?)
        .has_headers(false)
        .flexible(true)
        .from_path(input)?;
    let mut record = csv::ByteRecord::new();
    let mut cells = 0u64;
    let mut r = 0u32;
    while reader.read_byte_record(&mut record)? {
        for (c, field) in record.iter().enumerate() {
            let field = field.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(field);
            if field.is_empty() {
                continue;
            }
            // UTF-8 when it is valid, else what French Excel writes: Windows-1252.
            let text = match std::str::from_utf8(field) {
                Ok(s) => std::borrow::Cow::Borrowed(s),
                Err(_) => {
                    encoding_rs::WINDOWS_1252
                        .decode_without_bom_handling(field)
                        .0
                }
            };
            if let Some(sheet) = sheet.as_mut() {
                sheet.write_string(r, c as u16, text.as_ref())?;
            }
            cells += 1;
        }
        r += 1;
    }
    Ok(cells)
}

fn main() -> Res<()> {
    let args = Args::parse();
    let mut book = Workbook::new();
    if let Some(level) = args.zip_level {
        book.set_zip_compression_level(level);
    }
    let date = Format::new().set_num_format("dd/mm/yyyy");
    let sheet = book.add_worksheet_with_constant_memory()?;
    let is_csv = matches!(
        args.input.extension().and_then(|e| e.to_str()),
        Some("csv" | "tsv" | "txt" | "CSV" | "TSV" | "TXT")
    );
    let sink = (!args.read_only).then_some(sheet);
    let cells = if is_csv {
        csv(&args.input, sink)?
    } else {
        xlsx(&args.input, sink, args.reader, &date)?
    };
    if args.read_only {
        eprintln!("{cells} cells read");
        return Ok(());
    }
    book.save(&args.output)
        .map_err(|e: XlsxError| format!("cannot write {}: {e}", args.output.display()))?;
    eprintln!("{cells} cells");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sniffed(first_lines: &[u8]) -> u8 {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("s.csv");
        std::fs::write(&path, first_lines).expect("write");
        sniff(&path).expect("sniff")
    }

    #[test]
    fn sniffs_the_separator_of_the_first_line() {
        assert_eq!(
            sniffed(b"Pr\xe9nom;Nom;Objectif\r\nA;B;\"Emploi, Veille\"\r\n"),
            b';'
        );
        assert_eq!(sniffed(b"Name,Company,Goal\nA,B,\"Job; watch\"\n"), b',');
        assert_eq!(sniffed(b"Name\tCompany\n"), b'\t');
    }

    #[test]
    fn counts_every_non_blank_cell_of_a_french_csv() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("fr.csv");
        std::fs::write(
            &path,
            b"Pr\xe9nom;Nom;Notes\r\nL\xe9a;;\"deux\nlignes\"\r\n",
        )
        .expect("write");
        assert_eq!(csv(&path, None).expect("read"), 5);
    }
}
