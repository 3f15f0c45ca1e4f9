//! The annotated workbook, one module per sheet with shared styles, built in memory (`save`
//! puts the bytes on disk).
//!
//! Sheet order: the dashboard (first and active), the input's sheets in their order with the
//! contacts sheet annotated, then plan, messages, backlog, overdue, problems, and the hidden
//! marker. The sheets an earlier run wrote (named in the input's marker and still laid out as
//! the tool's: see `marker`) and the old marker are replaced, not carried over, so re-running on
//! the output never duplicates a sheet, and a planted marker cannot make a user's sheet go.

mod carry;
pub(crate) mod cells;
pub mod cohort;
mod contacts;
pub mod dashboard;
mod looks;
pub mod marker;
mod messages;
mod names;
mod sheets;
mod styles;
pub(crate) mod validation;

use std::io::Write;

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook as Book, XlsxError};

use crate::assess::Outcome;
use crate::error::Error;
use crate::model::{Format, Marker, Table, Workbook, MARKER_SHEET};
use crate::vocab::labels::{self, OwnSheet};
use looks::{SheetFormats, SheetLooks};
use names::Names;
use styles::Styles;

/// The zip compression level of the workbook (1 fastest .. 9 smallest; the crate's default is
/// 6). In zlib-rs, level 2 is the "fast" strategy (greedy matching) and 3 the first "medium"
/// one (lazy matching): at 100,000 rows the workbook is zipped in about 0.1 s less at 2, for a
/// file 9% larger (17.5 -> 19.0 MB; 142 -> 151 KB at 500 rows). The parts inside are the same
/// at every level. Measured in docs/performance.md ("The fourth part", "Measured and not
/// kept").
const ZIP_LEVEL: u8 = 2;

/// Links per sheet: e-mails and profiles on the contacts sheet (counted in row order), names
/// on the plan, messages, backlog and overdue sheets (their first rows); past them, cells are
/// plain text. Excel refuses a sheet of more than 65,530 links, and rust_xlsxwriter keeps every
/// link until the workbook is saved (about 1 KB each: 80 MB and 0.3 s for the 65,530 of a
/// 100,000-row contacts sheet). Ten thousand covers a 5,000-contact sheet's e-mails and
/// profiles; past them a sheet is read through its filters rather than clicked through
/// (docs/performance.md, "The fourth part").
const MAX_LINKS: usize = 10_000;

/// Colour of the tabs of the sheets the tool writes, so the user tells them from their own.
const OWN_TAB: u32 = 0x70AD47;

/// Builds the annotated workbook for `input`, whose contact table is `table`, in memory.
/// The same input, table and outcome (including `outcome.today`) give the same bytes.
///
/// # Errors
/// [`Error::Write`] when the workbook cannot be assembled (a table too wide for the
/// annotation columns, a dashboard error...). Its `path` is empty: the caller, who knows the
/// output file, fills it in.
pub fn workbook(input: &Workbook, table: &Table, outcome: &Outcome) -> Result<Vec<u8>, Error> {
    let mut bytes = Vec::new();
    workbook_to(input, table, outcome, &mut bytes)?;
    Ok(bytes)
}

/// [`workbook`], streamed into `out` as it is zipped rather than built in memory (a full
/// sheet's workbook is tens of megabytes). Same bytes as [`workbook`].
///
/// # Errors
/// Those of [`workbook`], and a failing `out`.
pub fn workbook_to(
    input: &Workbook,
    table: &Table,
    outcome: &Outcome,
    out: &mut (dyn Write + Send),
) -> Result<(), Error> {
    built(input, table, outcome)?.save_to(out)
}

/// A workbook with every sheet filled, not yet zipped. It owns all it needs, so the caller can
/// let the pipeline's values go (the cells, the contacts: most of a full sheet's memory) before
/// the zip, which holds every link of the workbook twice.
pub struct Built(Book);

/// Fills every sheet of the annotated workbook, as [`workbook`] does, without zipping it.
///
/// # Errors
/// Those of [`workbook`] that come before the zip.
pub fn built(input: &Workbook, table: &Table, outcome: &Outcome) -> Result<Built, Error> {
    build(input, table, outcome).map(Built)
}

impl Built {
    /// Zips the workbook into `out`: the bytes [`workbook`] gives.
    ///
    /// # Errors
    /// [`Error::Write`] without a path when zipping or `out` fails.
    pub fn save_to(mut self, out: &mut (dyn Write + Send)) -> Result<(), Error> {
        self.0.save_to_writer(out).map_err(Error::write)
    }
}

/// Filling one worksheet, run on one of the two writing threads.
type Job<'a> = Box<dyn FnOnce() -> Result<(), XlsxError> + Send + 'a>;

/// One input sheet that goes into the output, with its output name.
struct Kept<'a> {
    sheet: &'a crate::model::Sheet,
    name: String,
    is_contacts: bool,
    formats: SheetFormats<'a>,
    looks: SheetLooks<'a>,
}

fn build(input: &Workbook, table: &Table, outcome: &Outcome) -> Result<Book, Error> {
    let lang = outcome.lang;
    let st = Styles::new(lang);
    let Some(contacts_sheet) = input.sheets.get(table.sheet) else {
        return Err(Error::write_refused(format!(
            "the contact table is on sheet {} but the input has {} sheets",
            table.sheet + 1,
            input.sheets.len()
        )));
    };
    // Only the sheets an earlier run wrote and that still look it are replaced (see `marker`).
    let old_own = crate::model::marker::earlier(input).own;

    // User sheets are named first so they keep their names; the tool's sheets give way.
    let mut names = Names::new();
    let mut kept = Vec::new();
    for (i, sheet) in input.sheets.iter().enumerate() {
        let is_contacts = i == table.sheet;
        if !is_contacts && (crate::model::is_marker(sheet) || old_own.contains(&i)) {
            continue;
        }
        let wanted = match input.format {
            Format::Csv { .. } if is_contacts => labels::contacts_sheet(lang),
            _ => sheet.name.as_str(),
        };
        let formats = SheetFormats::new(&sheet.looks.formats);
        let looks = SheetLooks::new(&sheet.looks.cells, &sheet.looks.formats, &formats, &st);
        kept.push(Kept {
            sheet,
            name: names.claim(wanted),
            is_contacts,
            formats,
            looks,
        });
    }
    let own = [
        OwnSheet::Dashboard,
        OwnSheet::Plan,
        OwnSheet::Messages,
        OwnSheet::Backlog,
        OwnSheet::Overdue,
        OwnSheet::Problems,
    ]
    .map(|s| (s, names.claim(s.name(lang))));
    let contacts_name = kept
        .iter()
        .find(|k| k.is_contacts)
        .map(|k| k.name.clone())
        .unwrap_or_default();

    let mut book = Book::new();
    book.set_zip_compression_level(ZIP_LEVEL);
    // A format gets its index on first use. Registered here in a fixed order, the indices do
    // not depend on which thread below writes first: the same input gives the same bytes.
    for format in st.all() {
        book.register_format(format);
    }
    for format in messages::formats(&st) {
        book.register_format(&format);
    }
    for k in &kept {
        k.formats.register(&mut book);
        k.looks.register(&mut book);
    }

    let ws = book.add_worksheet();
    ws.set_name(&own[0].1)?;
    ws.set_tab_color(OWN_TAB);
    ws.set_active(true);
    for k in &kept {
        let ws = book.add_worksheet_with_constant_memory()?;
        ws.set_name(&k.name)?;
        // The contacts sheet is what the user opens the output for: always shown.
        if !k.is_contacts {
            looks::show(ws, k.sheet.looks.visibility);
        }
    }
    for (_, name) in &own[1..] {
        let ws = book.add_worksheet_with_constant_memory()?;
        ws.set_name(name)?;
        ws.set_tab_color(OWN_TAB);
    }
    let mark = Marker {
        contacts: Some(contacts_name.clone()),
        own_sheets: own.iter().map(|(_, n)| n.clone()).collect(),
    };
    // Last: a sheet of the user's named like the marker keeps its name; the marker takes another.
    let marker_name = names.claim(MARKER_SHEET);
    marker::fill(book.add_worksheet(), &marker_name, &mark)?;

    let ctx = sheets::Ctx {
        st: &st,
        lang,
        contacts_sheet: &contacts_name,
        input_sheet: &contacts_sheet.name,
    };
    // With `--journal`, a journal sheet of the workbook says where the journal lives.
    let journal_file = outcome
        .journal
        .report
        .as_ref()
        .and_then(|r| r.file.as_deref());
    let note = journal_file.map(|f| carry::JournalNote::new(f, lang));
    // The sheets are filled on two threads: the contacts sheet (the input's every row) on
    // one, the dashboard, the tool's tables and the carried sheets on the other. Each
    // worksheet is its own object with its own temporary file, so they do not wait on each
    // other; the zip itself is written by one thread at save.
    let (dash, rest) = book
        .worksheets_mut()
        .split_first_mut()
        .ok_or_else(|| Error::write_refused("no dashboard sheet"))?;
    let (kept_ws, own_ws) = rest.split_at_mut(kept.len().min(rest.len()));
    let mut contacts_ws = None;
    let contacts_formats = kept
        .iter()
        .find(|k| k.is_contacts)
        .map(|k| (&k.formats, &k.looks));
    let mut user_columns: Vec<crate::model::Column> = table
        .columns
        .iter()
        .filter(|c| c.role != crate::model::ColumnRole::Annotation)
        .cloned()
        .collect();
    user_columns.sort_by_key(|c| c.index);
    let user_columns = &user_columns;
    let mut others: Vec<Job> = vec![Box::new(move || {
        dashboard::fill(dash, outcome, user_columns)
    })];
    for (k, ws) in kept.iter().zip(kept_ws.iter_mut()) {
        if k.is_contacts {
            contacts_ws = Some(ws);
        } else {
            let st = &st;
            let note = note
                .as_ref()
                .filter(|_| crate::read::journal::is_named_journal(k.sheet));
            others.push(Box::new(move || {
                carry::fill(ws, k.sheet, (&k.formats, &k.looks), st, note)
            }));
        }
    }
    for ((sheet, _), ws) in own[1..].iter().zip(own_ws.iter_mut()) {
        let ctx = &ctx;
        others.push(Box::new(move || match sheet {
            OwnSheet::Plan => sheets::plan(ws, ctx, outcome),
            OwnSheet::Messages => messages::fill(ws, ctx, outcome),
            OwnSheet::Backlog => sheets::backlog(ws, ctx, outcome),
            OwnSheet::Overdue => sheets::overdue(ws, ctx, outcome),
            OwnSheet::Problems => sheets::problems(ws, ctx, outcome),
            OwnSheet::Dashboard => Ok(()),
        }));
    }
    std::thread::scope(|scope| {
        let contacts = contacts_ws.zip(contacts_formats).map(|(ws, formats)| {
            let st = &st;
            scope.spawn(move || contacts::fill(ws, contacts_sheet, formats, table, outcome, st))
        });
        let others = others
            .into_iter()
            .try_for_each(|job| job())
            .map_err(Error::from);
        let contacts = match contacts.map(|h| h.join()) {
            None => Ok(()),
            Some(Ok(r)) => r,
            Some(Err(_)) => Err(Error::write_refused(
                "the contacts sheet could not be written",
            )),
        };
        contacts.and(others)
    })?;

    book.set_properties(&properties(outcome)?);
    Ok(book)
}

/// Document properties with fixed dates, so the same input and day give the same bytes.
fn properties(outcome: &Outcome) -> Result<DocProperties, XlsxError> {
    use chrono::Datelike;
    let t = outcome.today;
    let created = ExcelDateTime::from_ymd(t.year() as u16, t.month() as u8, t.day() as u8)?;
    Ok(DocProperties::new()
        .set_title(labels::title(outcome.lang, outcome.today))
        .set_author("reseau-xlsx")
        .set_comment(match outcome.lang {
            crate::model::Lang::Fr => "Écrit par reseau-xlsx ; les feuilles à onglet vert sont réécrites à chaque passage.",
            crate::model::Lang::En => "Written by reseau-xlsx; the sheets with a green tab are rewritten on every run.",
        })
        .set_creation_datetime(&created))
}

#[cfg(test)]
mod tests;
