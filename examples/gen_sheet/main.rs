//! Generates a realistic contact sheet of any size for the benchmark (`bench/run.sh`).
//!
//! The rows look like the bundled samples: one person per row, French and English values with
//! the variants people really type ("Court terme", "CT", "Short term"; "Café", "déjeuner",
//! "Zoom"), several objectives in one cell, blanks, free-text notes. An xlsx sheet has real date
//! cells and a shared string table as Excel writes it; a CSV is what French Excel saves (`;`,
//! Windows-1252, CRLF, dates as dd/mm/yyyy text). The output depends only on the seed.
//!
//! ```text
//! cargo run --release --example gen_sheet -- --rows 100000 --format xlsx --out big.xlsx
//! ```

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;

use clap::{Parser, ValueEnum};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

/// The largest number of data rows a worksheet holds below its header row.
const MAX_ROWS: u32 = 1_048_575;

#[derive(Parser)]
#[command(about = "Write a realistic contact sheet for the benchmark")]
struct Args {
    /// Number of contact rows below the header (at most 1048575).
    #[arg(long)]
    rows: u32,
    /// Output format.
    #[arg(long, value_enum)]
    format: Fmt,
    /// Output file.
    #[arg(long)]
    out: PathBuf,
    /// Seed of the generator: the same seed gives the same sheet.
    #[arg(long, default_value_t = 2026)]
    seed: u64,
    /// Language of the header row (the values are always a French/English mix).
    #[arg(long, value_enum, default_value_t = Headers::Fr)]
    headers: Headers,
    /// Also write a "Journal" sheet of this many exchanges with the contacts (xlsx only).
    /// Contacts then get unique names (the row number after the last name, whatever
    /// `--names`), so entries match.
    #[arg(long, default_value_t = 0)]
    journal_rows: u32,
    /// xlsx only: three number columns after the table (a rate, a call length, a budget), to
    /// measure the cost of carrying number formats over (bench/README.md, "Number formats").
    #[arg(long, value_enum, default_value_t = Numbers::None)]
    numbers: Numbers,
    /// CSV only: what saved the file. `excel-fr` is French Excel (`;`, Windows-1252, dates as
    /// dd/mm/yyyy); `utf8` is a plain export (`,`, UTF-8, ISO dates), the one the perf floor
    /// reads, so the benchmark gives both the same bytes.
    #[arg(long, value_enum, default_value_t = CsvStyle::ExcelFr)]
    csv: CsvStyle,
    /// `unique`: each row a person of their own (the row number after the last name), as in a
    /// coach's or an association's list; `pool`: names drawn from the pools only, so that
    /// rows repeat the same 1,600 people (the same-person rule then marks most rows).
    #[arg(long, value_enum, default_value_t = Names::Unique)]
    names: Names,
}

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum Names {
    Unique,
    Pool,
}

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum CsvStyle {
    ExcelFr,
    Utf8,
}

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum Numbers {
    /// No extra column.
    None,
    /// The three columns, unformatted.
    Plain,
    /// The three columns formatted: a percentage and a time on every row (one format per
    /// column), a currency on two rows in three (the third General: one format per cell).
    Formatted,
}

#[derive(Clone, Copy, ValueEnum)]
enum Fmt {
    Xlsx,
    Csv,
}

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum Headers {
    /// 17 columns, first and last name apart (like samples/contacts.xlsx).
    Fr,
    /// 16 columns, one "Name" column (like samples/contacts-en.xlsx).
    En,
}

const FR_HEADERS: [&str; 17] = [
    "Prénom",
    "Nom",
    "Entreprise",
    "Poste",
    "E-mail",
    "LinkedIn",
    "Catégorie",
    "Objectif",
    "Horizon",
    "Comment",
    "Quand",
    "Dernier contact",
    "Statut",
    "Fréquence",
    "Priorité",
    "Ce que je peux apporter",
    "Notes",
];

const EN_HEADERS: [&str; 16] = [
    "Name",
    "Company",
    "Title",
    "Email",
    "LinkedIn",
    "Relationship",
    "Goal",
    "Timeframe",
    "How",
    "Due date",
    "Last contacted",
    "Status",
    "Keep in touch every",
    "Priority",
    "How I can help",
    "Notes",
];

mod journal;
mod pools;
use pools::*;

/// One cell as the user left it: blank, text, a number typed in, or a real date.
enum Cell {
    Blank,
    Text(String),
    Num(f64),
    Date(u16, u8, u8),
}

/// Picks one entry of a pool.
fn pick<'a>(rng: &mut fastrand::Rng, pool: &[&'a str]) -> &'a str {
    pool[rng.usize(..pool.len())]
}

/// A value from `pool`, or a blank with probability `blank`.
fn maybe(rng: &mut fastrand::Rng, blank: f64, pool: &[&str]) -> Cell {
    if rng.f64() < blank {
        Cell::Blank
    } else {
        Cell::Text(pick(rng, pool).to_string())
    }
}

/// A date between `from` and `from + span` days, as a real date cell.
fn date(rng: &mut fastrand::Rng, from: chrono::NaiveDate, span: u32) -> Cell {
    use chrono::Datelike;
    let d = from + chrono::Days::new(rng.u32(..span) as u64);
    Cell::Date(d.year() as u16, d.month() as u8, d.day() as u8)
}

fn ymd(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).expect("constant date")
}

/// Generates the cells of data row `i`, in header order.
fn row(rng: &mut fastrand::Rng, i: u32, headers: Headers) -> Vec<Cell> {
    let first = pick(rng, FIRST);
    let last = pick(rng, LAST);
    let company = company(rng);
    let login = format!(
        "{}.{}",
        deunicode::deunicode(first).to_lowercase(),
        deunicode::deunicode(last)
            .to_lowercase()
            .replace([' ', '\''], "")
    );
    let email = match rng.u8(..100) {
        0..=24 => Cell::Blank,
        25..=59 => Cell::Text(format!("{login}@{}", pick(rng, DOMAINS))),
        60..=84 => Cell::Text(format!("{login}{}@{}", i % 97, pick(rng, DOMAINS))),
        _ => Cell::Text(format!("{}@{}", login.replace('.', ""), pick(rng, DOMAINS))),
    };
    let linkedin = match rng.u8(..100) {
        0..=54 => Cell::Blank,
        55..=89 => Cell::Text(format!(
            "https://www.linkedin.com/in/{}-{:x}",
            login.replace('.', "-"),
            i
        )),
        _ => Cell::Text(format!("linkedin.com/in/{}", login.replace('.', ""))),
    };
    let horizon = if rng.u8(..100) < 4 {
        // Some people number their horizons, and Excel stores what they type as a number.
        Cell::Num(f64::from(rng.u8(1..=3)))
    } else {
        maybe(rng, 0.15, HORIZON)
    };
    let deadline = match rng.u8(..100) {
        0..=44 => date(rng, ymd(2026, 10, 1), 270),
        45..=54 => Cell::Text(pick(rng, DEADLINE_TEXT).to_string()),
        _ => Cell::Blank,
    };
    let last_contact = match rng.u8(..100) {
        0..=49 => date(rng, ymd(2025, 6, 1), 540),
        50..=52 => Cell::Text(pick(rng, LAST_CONTACT_TEXT).to_string()),
        _ => Cell::Blank,
    };
    let notes = match rng.u8(..100) {
        0..=49 => Cell::Blank,
        50..=89 => Cell::Text(pick(rng, NOTES).to_string()),
        90..=95 => Cell::Text(format!(
            "RDV le {}/{} à {}h",
            rng.u8(1..=28),
            rng.u8(1..=12),
            rng.u8(8..=19)
        )),
        96..=98 => Cell::Text(format!("Connaît la DRH de {}", company_name(rng))),
        // Alt+Enter in a cell: a line break that a CSV must quote.
        _ => Cell::Text(format!(
            "{}\n{}",
            pick(rng, NOTES),
            pick(rng, NOTES).to_lowercase()
        )),
    };
    let mut cells = Vec::with_capacity(17);
    if headers == Headers::Fr {
        cells.push(Cell::Text(first.to_string()));
        cells.push(Cell::Text(last.to_string()));
    } else {
        cells.push(Cell::Text(format!("{first} {last}")));
    }
    cells.push(company);
    cells.push(maybe(rng, 0.2, ROLES));
    cells.push(email);
    cells.push(linkedin);
    cells.push(maybe(rng, 0.1, CATEGORIES));
    cells.push(maybe(rng, 0.1, OBJECTIVES));
    cells.push(horizon);
    cells.push(maybe(rng, 0.15, HOW));
    cells.push(deadline);
    cells.push(last_contact);
    cells.push(maybe(rng, 0.2, STATUS));
    cells.push(maybe(rng, 0.75, CADENCE));
    cells.push(maybe(rng, 0.8, PRIORITY));
    cells.push(maybe(rng, 0.7, GIVE_BACK));
    cells.push(notes);
    cells
}

/// Makes the name of row `r` unique (the row number after the last name), and returns it
/// with the e-mail, for the journal to name.
fn unique(cells: &mut [Cell], r: u32, headers: Headers) -> journal::Known {
    let text = |c: &Cell| match c {
        Cell::Text(s) => Some(s.clone()),
        _ => None,
    };
    let (last, email) = match headers {
        Headers::Fr => (1, 4),
        Headers::En => (0, 3),
    };
    if let Some(Cell::Text(s)) = cells.get_mut(last) {
        s.push_str(&format!("-{r}"));
    }
    let name = match headers {
        Headers::Fr => format!(
            "{} {}",
            text(&cells[0]).unwrap_or_default(),
            text(&cells[1]).unwrap_or_default()
        ),
        Headers::En => text(&cells[0]).unwrap_or_default(),
    };
    journal::Known {
        name,
        email: cells.get(email).and_then(text),
    }
}

fn company_name(rng: &mut fastrand::Rng) -> String {
    format!("{} {}", pick(rng, COMPANY_A), pick(rng, COMPANY_B))
}

fn company(rng: &mut fastrand::Rng) -> Cell {
    match rng.u8(..100) {
        0..=11 => Cell::Blank,
        12..=39 => Cell::Text(pick(rng, COMPANIES).to_string()),
        _ => Cell::Text(company_name(rng)),
    }
}

/// A workbook whose bytes do not depend on when it was made.
fn write_xlsx(args: &Args) -> Result<(), XlsxError> {
    let mut book = Workbook::new();
    let made = ExcelDateTime::from_ymd(2026, 11, 26)?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&made));
    let bold = Format::new().set_bold();
    let dates = Format::new().set_num_format("dd/mm/yyyy");
    // Low-memory mode flushes rows to a temp file but keeps the shared string table, as Excel
    // writes it (constant-memory mode would write inline strings, which Excel never does).
    let sheet = book.add_worksheet_with_low_memory()?;
    sheet.set_name("Réseau")?;
    let headers: &[&str] = match args.headers {
        Headers::Fr => &FR_HEADERS,
        Headers::En => &EN_HEADERS,
    };
    for (c, h) in headers.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *h, &bold)?;
        sheet.set_column_width(c as u16, 16)?;
    }
    let mut rng = fastrand::Rng::with_seed(args.seed);
    let mut known = Vec::new();
    // The extra numbers draw from their own generator: the table is the same with or without.
    let mut numbers = fastrand::Rng::with_seed(args.seed.wrapping_add(1));
    let formats = [
        Format::new().set_num_format("0%"),
        Format::new().set_num_format("hh:mm"),
        Format::new().set_num_format("#,##0.00 \"€\""),
    ];
    let first_extra = headers.len() as u16;
    if args.numbers != Numbers::None {
        for (k, h) in ["Taux de réponse", "Durée d'appel", "Budget"]
            .iter()
            .enumerate()
        {
            sheet.write_string_with_format(0, first_extra + k as u16, *h, &bold)?;
        }
    }
    for r in 1..=args.rows {
        let mut cells = row(&mut rng, r, args.headers);
        if args.journal_rows > 0 || args.names == Names::Unique {
            known.push(unique(&mut cells, r, args.headers));
        }
        for (c, cell) in cells.into_iter().enumerate() {
            write_cell(sheet, r, c as u16, cell, &dates)?;
        }
        if args.numbers == Numbers::None {
            continue;
        }
        let values = [
            f64::from(numbers.u8(0..=100)) / 100.0,
            f64::from(numbers.u16(5..=90)) / 1440.0,
            f64::from(numbers.u32(0..=500_000)) / 100.0,
        ];
        for (k, v) in values.into_iter().enumerate() {
            let c = first_extra + k as u16;
            if args.numbers == Numbers::Plain || (k == 2 && r % 3 == 0) {
                sheet.write_number(r, c, v)?;
            } else {
                sheet.write_number_with_format(r, c, v, &formats[k])?;
            }
        }
    }
    let notes = book.add_worksheet().set_name("Idées")?;
    notes.write_string(0, 0, "Personnes à ajouter")?;
    notes.write_string(1, 0, "La sœur de Claire, qui travaille chez Nova")?;
    if args.journal_rows > 0 {
        let sheet = book.add_worksheet_with_low_memory()?;
        journal::fill(sheet, &known, args.journal_rows, args.seed, &dates)?;
    }
    book.save(&args.out)
}

fn write_cell(
    sheet: &mut Worksheet,
    r: u32,
    c: u16,
    cell: Cell,
    dates: &Format,
) -> Result<(), XlsxError> {
    match cell {
        Cell::Blank => {}
        Cell::Text(s) => {
            sheet.write_string(r, c, s)?;
        }
        Cell::Num(n) => {
            sheet.write_number(r, c, n)?;
        }
        Cell::Date(y, m, d) => {
            let date = ExcelDateTime::from_ymd(y, m, d)?;
            sheet.write_datetime_with_format(r, c, &date, dates)?;
        }
    }
    Ok(())
}

/// Quotes a CSV field the way Excel does: only when it holds the separator, a quote or a
/// line break.
fn quote(s: &str, sep: char, out: &mut String) {
    if s.contains([sep, '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&s.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(s);
    }
}

fn write_csv(args: &Args) -> std::io::Result<()> {
    let mut out = BufWriter::with_capacity(1 << 16, File::create(&args.out)?);
    let headers: &[&str] = match args.headers {
        Headers::Fr => &FR_HEADERS,
        Headers::En => &EN_HEADERS,
    };
    let sep = match args.csv {
        CsvStyle::ExcelFr => ';',
        CsvStyle::Utf8 => ',',
    };
    let flush = |text: &mut String, out: &mut BufWriter<File>| match args.csv {
        CsvStyle::ExcelFr => flush_1252(text, out),
        CsvStyle::Utf8 => {
            out.write_all(text.as_bytes())?;
            text.clear();
            Ok(())
        }
    };
    let mut text = String::with_capacity(1 << 16);
    text.push_str(&headers.join(&sep.to_string()));
    text.push_str("\r\n");
    let mut rng = fastrand::Rng::with_seed(args.seed);
    for r in 1..=args.rows {
        let mut cells = row(&mut rng, r, args.headers);
        if args.names == Names::Unique {
            unique(&mut cells, r, args.headers);
        }
        for (c, cell) in cells.into_iter().enumerate() {
            if c > 0 {
                text.push(sep);
            }
            match cell {
                Cell::Blank => {}
                Cell::Text(s) => quote(&s, sep, &mut text),
                Cell::Num(n) => text.push_str(&n.to_string()),
                // French Excel writes date cells as day/month/year text; a plain export as ISO.
                Cell::Date(y, m, d) => match args.csv {
                    CsvStyle::ExcelFr => text.push_str(&format!("{d:02}/{m:02}/{y}")),
                    CsvStyle::Utf8 => text.push_str(&format!("{y}-{m:02}-{d:02}")),
                },
            }
        }
        text.push_str("\r\n");
        if text.len() > 60_000 {
            flush(&mut text, &mut out)?;
        }
    }
    flush(&mut text, &mut out)?;
    out.flush()
}

/// Encodes the buffered rows in Windows-1252 (stateless, so row-aligned chunks are safe).
fn flush_1252(text: &mut String, out: &mut impl Write) -> std::io::Result<()> {
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(text);
    if unmappable {
        return Err(std::io::Error::other(
            "a generated value has no Windows-1252 form",
        ));
    }
    out.write_all(&bytes)?;
    text.clear();
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = Args::parse();
    if args.rows > MAX_ROWS {
        return Err(format!(
            "--rows {} is more than a sheet holds ({MAX_ROWS})",
            args.rows
        )
        .into());
    }
    if args.journal_rows > 0 && matches!(args.format, Fmt::Csv) {
        return Err("--journal-rows needs --format xlsx (a CSV holds one sheet)".into());
    }
    match args.format {
        Fmt::Xlsx => write_xlsx(&args)?,
        Fmt::Csv => write_csv(&args)?,
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(seed: u64, n: u32, headers: Headers) -> Vec<Vec<String>> {
        let mut rng = fastrand::Rng::with_seed(seed);
        (1..=n)
            .map(|i| {
                row(&mut rng, i, headers)
                    .into_iter()
                    .map(|c| match c {
                        Cell::Blank => String::new(),
                        Cell::Text(s) => s,
                        Cell::Num(n) => n.to_string(),
                        Cell::Date(y, m, d) => format!("{y}-{m}-{d}"),
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn same_seed_same_sheet_other_seed_other_sheet() {
        assert_eq!(rows(1, 200, Headers::Fr), rows(1, 200, Headers::Fr));
        assert_ne!(rows(1, 200, Headers::Fr), rows(2, 200, Headers::Fr));
    }

    #[test]
    fn every_row_fills_the_header_columns() {
        assert!(rows(3, 500, Headers::Fr)
            .iter()
            .all(|r| r.len() == FR_HEADERS.len()));
        assert!(rows(3, 500, Headers::En)
            .iter()
            .all(|r| r.len() == EN_HEADERS.len()));
    }

    #[test]
    fn rows_mix_languages_variants_and_blanks() {
        let sheet = rows(4, 2000, Headers::Fr);
        let column = |c: usize| sheet.iter().map(move |r| r[c].as_str());
        let horizons: Vec<&str> = column(8).collect();
        for variant in ["Court terme", "CT", "Short term"] {
            assert!(
                horizons.contains(&variant),
                "no {variant:?} among the horizons"
            );
        }
        assert!(column(9).any(|h| h == "Café") && column(9).any(|h| h == "déjeuner"));
        assert!(column(7).any(|o| o == "Emploi, Veille"));
        assert!(column(10).any(|d| d.starts_with("202")), "no deadline date");
        assert!(
            (2..17).all(|c| column(c).any(str::is_empty)),
            "a column has no blank"
        );
    }

    #[test]
    fn every_value_can_be_written_in_windows_1252() {
        let text: String = rows(5, 3000, Headers::En).concat().concat();
        assert!(!encoding_rs::WINDOWS_1252.encode(&text).2);
    }

    #[test]
    fn csv_quotes_only_what_excel_quotes() {
        let mut out = String::new();
        quote("Emploi, Veille", ';', &mut out);
        out.push('|');
        quote("Veille; apprendre", ';', &mut out);
        out.push('|');
        quote("dit \"oui\"\nà voir", ';', &mut out);
        assert_eq!(
            out,
            "Emploi, Veille|\"Veille; apprendre\"|\"dit \"\"oui\"\"\nà voir\""
        );
    }
}
