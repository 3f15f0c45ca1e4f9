//! Normalising: raw cells of the contact table -> typed `Contact`s (vocabulary, dates, cadence),
//! with a `Problem` for every value that cannot be understood. Pure: no file, no clock.
//!
//! This module owns the row loop and the name rules; `text`, `values`, `date` and `cadence` read
//! one kind of cell each. Finding the table and its columns is `read`'s job.
//!
//! Rows: every row below the header row is a contact unless all its cells are blank (the
//! annotation columns this tool wrote on an earlier run do not count). A row with problems is
//! kept with what is known.

/// A hint of fixed text, made on first use and then shared by every problem that gives it:
/// cloning it copies no text.
macro_rules! fixed_hint {
    ($fr:expr, $en:expr $(,)?) => {{
        static HINT: std::sync::OnceLock<crate::model::Hint> = std::sync::OnceLock::new();
        HINT.get_or_init(|| crate::model::Hint::new($fr, $en))
            .clone()
    }};
}

pub(crate) mod cadence;
pub(crate) mod date;
mod date_only;
pub(crate) mod group;
mod memo;
pub mod merge;
pub(crate) mod person;
mod same;
pub(crate) use crate::parse::multi;
pub(crate) mod status;
pub(crate) use crate::parse::text;
pub(crate) mod values;

use std::borrow::Cow;
use std::sync::Arc;

use crate::config::ReadOptions;
use crate::model::{
    Cell, Column, ColumnRole, Contact, Field, Hint, Horizon, How, Lang, Objectives, Priority,
    Problem, ProblemKind, Sheet, Status, Table, Value, Workbook,
};
use date::Order;
use date_only::DateOnly;
use memo::Memo;

/// What is wrong with one cell, before it is placed (sheet, row, column).
#[derive(Debug, Clone, PartialEq)]
pub struct Issue {
    pub kind: ProblemKind,
    pub hint: Hint,
}

/// Turns every data row of `table` into a `Contact`; blank rows are skipped, a row with
/// problems is still kept with what is known.
pub fn contacts<'w>(
    workbook: &'w Workbook,
    table: &Table,
    opts: &ReadOptions,
) -> (Vec<Contact<'w>>, Vec<Problem>) {
    contacts_in_runs(workbook, table, opts, None)
}

/// [`contacts`], its rows read in `runs` runs side by side (`None`: as many as the sheet's
/// length and the cores allow, see [`runs`]).
fn contacts_in_runs<'w>(
    workbook: &'w Workbook,
    table: &Table,
    opts: &ReadOptions,
    runs: Option<usize>,
) -> (Vec<Contact<'w>>, Vec<Problem>) {
    let Some(sheet) = workbook.sheets.get(table.sheet) else {
        return (Vec::new(), Vec::new());
    };
    let cols = Columns::new(sheet, table, opts);
    let names = Names::new(sheet, table);
    let first = (table.header_row + 1).min(sheet.rows.len());
    let rows = first..sheet.rows.len();
    // A long sheet's rows are read on every core, in runs of rows side by side: each row is
    // read on its own (the memories are only memories), so the result is the one a single
    // run gives, stitched back in row order.
    let runs = runs.unwrap_or_else(|| self::runs(rows.len())).max(1);
    let step = rows.len().div_ceil(runs);
    let parts: Vec<Part<'w>> = if runs <= 1 {
        vec![part(
            sheet,
            (&cols, &names, table),
            rows.clone(),
            rows.len(),
        )]
    } else {
        std::thread::scope(|scope| {
            let handles: Vec<_> = (0..runs)
                .map(|k| {
                    let start = (rows.start + k * step).min(rows.end);
                    let end = (start + step).min(rows.end);
                    let (cols, names) = (&cols, &names);
                    // The first run's contacts take the others' in (below): room for every
                    // row, only what is written is touched.
                    let room = if k == 0 { rows.len() } else { end - start };
                    scope.spawn(move || part(sheet, (cols, names, table), start..end, room))
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                .collect()
        })
    };
    let mut contacts = Vec::new();
    let mut problems = Vec::new();
    let mut date_only = DateOnly::default();
    // The group of the rows below the last section row ("## EX-COLLÈGUES"), carried from one
    // run of rows into the next.
    let mut current_group: Option<Cow<'w, str>> = None;
    for mut part in parts {
        if let Some(g) = &current_group {
            for c in &mut part.contacts[..part.before_section] {
                in_group(c, g.clone());
            }
        }
        if let Some(g) = part.last_group {
            current_group = Some(g);
        }
        if contacts.capacity() == 0 {
            contacts = std::mem::take(&mut part.contacts);
        } else {
            contacts.append(&mut part.contacts);
        }
        problems.append(&mut part.problems);
        date_only.join(&part.date_only);
    }
    contacts.shrink_to_fit();
    problems.extend(date_only.problem(&names));
    problems.extend(same::mark(&mut contacts, &names.sheet));
    problems.extend(same::maybe(&contacts, &names.sheet));
    (contacts, problems)
}

/// Rows read by one thread below which a sheet is read on one: a thread costs more than it
/// saves on a personal sheet.
const ROWS_PER_RUN: usize = 16_384;

/// How many runs of rows `rows` rows are read in: one per core, each of at least
/// [`ROWS_PER_RUN`] rows.
fn runs(rows: usize) -> usize {
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    (rows / ROWS_PER_RUN).clamp(1, cores.min(8))
}

/// The contacts of one run of rows, and what the next runs need to know of it.
struct Part<'w> {
    contacts: Vec<Contact<'w>>,
    problems: Vec<Problem>,
    date_only: DateOnly,
    /// How many of `contacts` come before the run's first section row: they are in the group
    /// an earlier run's last section row opened.
    before_section: usize,
    /// The group the run's last section row names, if it has one.
    last_group: Option<Cow<'w, str>>,
}

/// Reads the rows `rows` of `sheet` (all below the header) into contacts, kept in a vector
/// with `room` for that many.
fn part<'w>(
    sheet: &'w Sheet,
    (cols, names, table): (&Columns<'_>, &Names, &Table),
    rows: std::ops::Range<usize>,
    room: usize,
) -> Part<'w> {
    let mut memos = Memos::default();
    let mut out = Part {
        contacts: Vec::with_capacity(room),
        problems: Vec::new(),
        date_only: DateOnly::default(),
        before_section: 0,
        last_group: None,
    };
    let mut found = Vec::new();
    // One row's cells at a time, for random access; they borrow their text from the sheet.
    let mut row = Vec::new();
    let (start, len) = (rows.start, rows.len());
    for (index, stored) in sheet.rows.iter().enumerate().skip(start).take(len) {
        row.clear();
        row.extend(stored.iter());
        let row = row.as_slice();
        if cols.is_blank(row) {
            continue;
        }
        if cols.only_a_date(row) {
            out.date_only.skip(index);
            continue;
        }
        if let Some(named) = cols.section(row) {
            out.last_group = Some(named);
            continue;
        }
        let mut place = Place {
            names,
            row: u32::try_from(index + 1).unwrap_or(u32::MAX),
            table,
            found: &mut found,
        };
        let mut c = contact(cols, row, &mut memos, &mut place);
        if let Some(g) = &out.last_group {
            in_group(&mut c, g.clone());
        }
        // No section row yet in this run: the contact is in an earlier run's group.
        if out.last_group.is_none() {
            out.before_section += 1;
        }
        out.contacts.push(c);
        found.sort_by_key(|&(index, _)| index);
        out.problems.extend(found.drain(..).map(|(_, p)| p));
    }
    out
}

/// Puts `c` in the group a section row named: its category, when it has none, is the one the
/// group's name says.
fn in_group<'w>(c: &mut Contact<'w>, g: Cow<'w, str>) {
    c.category = c.category.or_else(|| group::category(&g));
    c.group = Some(g);
}

/// A memory of readings per vocabulary and cadence column (see `memo`).
#[derive(Default)]
struct Memos<'w> {
    objective: Memo<'w, (Objectives, Vec<Issue>)>,
    horizon: Memo<'w, Result<Option<Horizon>, Issue>>,
    how: Memo<'w, Result<Option<How>, Issue>>,
    category: Memo<'w, status::CategoryRead>,
    status: Memo<'w, status::Said>,
    priority: Memo<'w, Result<Option<Priority>, Issue>>,
    cadence: Memo<'w, Result<Option<u32>, Issue>>,
}

/// The columns of the table, looked up once for all rows, with each date column's order
/// (decided once for the sheet, see [`date::sheet_orders`]).
struct Columns<'t> {
    by_field: [Option<&'t Column>; FIELDS],
    /// Indexed by the sheet's column index: whether it is an annotation column.
    annotation: Vec<bool>,
    deadline: Order,
    last_contact: Order,
    meeting_date: Order,
    /// The run's today, to report a last contact after it.
    today: Option<chrono::NaiveDate>,
    /// The sheet's notes columns after the first: several columns of notes are all notes.
    more_notes: Vec<usize>,
    /// Whether the last-contact column dates an exchange; a connection date (LinkedIn's
    /// "Connected On") does not: a connection is not yet a conversation.
    last_contact_is_exchange: bool,
}

const FIELDS: usize = Field::ALL.len();

impl<'t> Columns<'t> {
    fn new(sheet: &Sheet, table: &'t Table, opts: &ReadOptions) -> Self {
        let mut by_field = [None; FIELDS];
        for col in &table.columns {
            if let ColumnRole::Field(f) = col.role {
                // The first column of a field wins, as `read` reports for duplicates.
                by_field[f as usize].get_or_insert(col);
            }
        }
        let mut annotation = Vec::new();
        for col in table
            .columns
            .iter()
            .filter(|c| c.role == ColumnRole::Annotation)
        {
            if annotation.len() <= col.index {
                annotation.resize(col.index + 1, false);
            }
            annotation[col.index] = true;
        }
        // One order for the sheet, from the evidence of its date columns together.
        let evidence = |field: Field| match by_field[field as usize] {
            Some(col) => date::Evidence::of(
                sheet
                    .rows
                    .iter()
                    .skip(table.header_row + 1)
                    .map(|r| r.get(col.index)),
            ),
            None => date::Evidence::default(),
        };
        let [deadline, last_contact, meeting_date] = date::sheet_orders(
            [
                evidence(Field::Deadline),
                evidence(Field::LastContact),
                evidence(Field::MeetingDate),
            ],
            table.lang,
            opts.date_order,
        );
        let first_notes = by_field[Field::Notes as usize].map(|c| c.index);
        let more_notes = table
            .columns
            .iter()
            .filter(|c| c.role == ColumnRole::Field(Field::Notes) && Some(c.index) != first_notes)
            .map(|c| c.index)
            .collect();
        let last_contact_is_exchange = by_field[Field::LastContact as usize]
            .is_some_and(|c| !crate::read::is_connection_date(&c.header));
        Columns {
            deadline,
            last_contact,
            meeting_date,
            today: opts.today,
            last_contact_is_exchange,
            more_notes,
            by_field,
            annotation,
        }
    }

    /// Whether every cell of `row` is blank (or a CRM's `null`), annotation columns aside.
    fn is_blank(&self, row: &[Cell<'_>]) -> bool {
        row.iter()
            .enumerate()
            .all(|(i, v)| is_nothing(v) || self.annotation.get(i).copied().unwrap_or(false))
    }

    /// Whether `row` says nothing of who the contact is and holds only dates: no name, no
    /// details, no company, and every filled cell in a date column.
    fn only_a_date(&self, row: &[Cell<'_>]) -> bool {
        let mut who = Field::PERSON.iter().chain(&[Field::Company, Field::Notes]);
        if who.any(|&f| self.get(f, row).is_some_and(|(_, v)| !v.is_blank())) {
            return false;
        }
        let date_columns = [Field::Deadline, Field::LastContact, Field::MeetingDate]
            .map(|f| self.by_field[f as usize].map(|c| c.index));
        let mut dates = 0;
        for (i, v) in row.iter().enumerate() {
            if is_nothing(v) || self.annotation.get(i).copied().unwrap_or(false) {
                continue;
            }
            if !date_columns.contains(&Some(i)) {
                return false;
            }
            dates += 1;
        }
        dates > 0
    }

    /// The group a section row names: one filled cell (a title merged across the table reads
    /// the same), nothing else, whose text reads as a group rather than a person (see
    /// [`group::of`]).
    fn section<'w>(&self, row: &[Cell<'w>]) -> Option<Cow<'w, str>> {
        let mut filled = row
            .iter()
            .enumerate()
            .filter(|&(i, v)| !is_nothing(v) && !self.annotation.get(i).copied().unwrap_or(false));
        let (index, cell) = filled.next()?;
        if filled.next().is_some() {
            return None;
        }
        let Value::Text(text) = *cell else {
            return None;
        };
        let in_name = [Field::Name, Field::FirstName, Field::LastName]
            .iter()
            .any(|&f| self.by_field[f as usize].is_some_and(|c| c.index == index));
        let person = [Field::Email, Field::Phone, Field::Linkedin]
            .iter()
            .any(|&f| self.by_field[f as usize].is_some_and(|c| c.index == index));
        if person {
            return None;
        }
        group::of(text, in_name)
    }

    /// The column of `field` and its cell in `row` (empty when the row is short, or when the
    /// cell says `null` as a CRM export writes an empty value).
    fn get<'r, 'w>(&self, field: Field, row: &'r [Cell<'w>]) -> Option<(&'t Column, &'r Cell<'w>)> {
        const EMPTY: &Cell<'_> = &Value::Empty;
        self.by_field[field as usize].map(|col| {
            let v = row.get(col.index).unwrap_or(EMPTY);
            (col, if is_nothing(v) { EMPTY } else { v })
        })
    }

    /// The notes of `row`: every notes column's text, one per line, when the sheet has several.
    fn notes<'w>(&self, row: &[Cell<'w>]) -> Option<Cow<'w, str>> {
        if self.more_notes.is_empty() {
            return self.text(Field::Notes, row);
        }
        let mut all: Option<Cow<'w, str>> = self.text(Field::Notes, row);
        for &index in &self.more_notes {
            let Some(t) = row
                .get(index)
                .filter(|v| !is_nothing(v))
                .and_then(text::field)
            else {
                continue;
            };
            all = Some(match all {
                None => t,
                Some(before) => Cow::Owned(format!("{before}\n{t}")),
            });
        }
        all
    }

    /// A free-text field of `row`.
    fn text<'w>(&self, field: Field, row: &[Cell<'w>]) -> Option<Cow<'w, str>> {
        self.get(field, row).and_then(|(_, v)| text::field(v))
    }
}

/// The texts the problems of a sheet repeat, made once and shared by all of them: the sheet's
/// name, and each column's header by its index in the sheet.
struct Names {
    sheet: Arc<str>,
    headers: Vec<Option<Arc<str>>>,
}

impl Names {
    fn new(sheet: &Sheet, table: &Table) -> Self {
        let mut headers = Vec::new();
        for col in &table.columns {
            if headers.len() <= col.index {
                headers.resize(col.index + 1, None);
            }
            headers[col.index].get_or_insert_with(|| Arc::from(col.header.as_str()));
        }
        Names {
            sheet: Arc::from(sheet.name.as_str()),
            headers,
        }
    }

    /// The header of the column at `index` in the sheet, if the table has that column.
    fn header(&self, index: usize) -> Option<Arc<str>> {
        self.headers.get(index).cloned().flatten()
    }
}

/// Where the problems of one row go, and what they carry. They are gathered with their column
/// index so a row's problems read left to right, as the user scans the sheet.
struct Place<'a> {
    names: &'a Names,
    row: u32,
    table: &'a Table,
    /// The current row's problems by column index; emptied after each row, so reused.
    found: &'a mut Vec<(usize, Problem)>,
}

impl Place<'_> {
    fn push(&mut self, index: usize, column: Option<Arc<str>>, value: String, issue: Issue) {
        let problem = Problem {
            sheet: Arc::clone(&self.names.sheet),
            row: Some(self.row),
            column,
            value,
            kind: issue.kind,
            hint: issue.hint,
        };
        self.found.push((index, problem));
    }

    fn cell(&mut self, col: &Column, value: &Cell<'_>, issue: Issue) {
        let header = self.names.header(col.index);
        self.push(col.index, header, text::shown(value).into_owned(), issue);
    }
}

/// Whether a cell is blank, or holds the `null` a CRM export writes for an empty value.
fn is_nothing(v: &Cell<'_>) -> bool {
    match v {
        Value::Text(s) => {
            let s = s.trim();
            s.is_empty() || s.eq_ignore_ascii_case("null")
        }
        other => other.is_blank(),
    }
}

/// One data row -> one contact; its problems go to `place`.
fn contact<'w>(
    cols: &Columns,
    row: &[Cell<'w>],
    memos: &mut Memos<'w>,
    place: &mut Place,
) -> Contact<'w> {
    too_long_cells(row, place);
    let mut c = Contact {
        row: place.row,
        company: cols.text(Field::Company, row),
        role: cols.text(Field::Role, row),
        email: cols.text(Field::Email, row).map(multi::first_email),
        phone: cols.text(Field::Phone, row).map(multi::first_of_many),
        linkedin: cols.text(Field::Linkedin, row).map(multi::first_of_many),
        give_back: cols.text(Field::GiveBack, row),
        notes: cols.notes(row),
        introduced_by: cols.text(Field::IntroducedBy, row),
        what: cols.text(Field::What, row),
        ..Contact::default()
    };
    if c.phone.is_none() {
        // A tracker's "Contact" cell may hold the address and the number together.
        let beside = cols
            .text(Field::Email, row)
            .and_then(|t| multi::phone_beside(&t));
        c.phone = beside.map(Cow::Owned);
    }
    c.name = name(cols, row, &c, place);
    c.first_name = first_name(cols, row, &c);
    if let Some((col, v)) = cols.get(Field::Register, row) {
        match person::register(v, &col.header) {
            Ok(r) => c.register = r,
            Err(()) => place.cell(
                col,
                v,
                Issue {
                    kind: ProblemKind::UnknownValue,
                    hint: person::register_hint(),
                },
            ),
        }
    }

    if let Some((col, v)) = cols.get(Field::Objective, row) {
        let (found, issues) = memos.objective.read(v, values::objectives);
        c.objectives = found;
        for issue in issues {
            place.cell(col, v, issue);
        }
    }
    if c.objectives.is_empty() {
        if let (Some((col, v)), Some(what)) = (cols.get(Field::What, row), &c.what) {
            let found = values::objectives_in(what);
            if !found.is_empty() {
                let labels = |lang| {
                    found
                        .iter()
                        .map(|o| o.label(lang))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                let hint = Hint::new(
                    format!("lu comme « {} » d'après ses mots", labels(Lang::Fr)),
                    format!("read as '{}' by its words", labels(Lang::En)),
                );
                let kind = ProblemKind::ObjectiveFromWhat;
                place.cell(col, v, Issue { kind, hint });
                c.objectives = found;
            }
        }
    }
    c.horizon = vocabulary(cols, Field::Horizon, row, &mut memos.horizon, place);
    c.how = vocabulary(cols, Field::How, row, &mut memos.how, place);
    c.priority = vocabulary(cols, Field::Priority, row, &mut memos.priority, place);
    if let Some((col, v)) = cols.get(Field::Category, row) {
        match memos.category.read(v, status::category) {
            Ok((category, how, priority)) => {
                c.category = category;
                c.how = c.how.or(how);
                c.priority = c.priority.or(priority);
            }
            Err(mut issue) => {
                // The user's own label ("Clients", a Google or Outlook label) names no category
                // of the method: it is kept as the contact's group, not lost, and said so.
                // A label people use for a group ("Clients", "Prospects", "Famille") is no
                // mistake; any other is reported, saying where it went.
                c.group = label_group(v);
                match &c.group {
                    Some(g) if group::is_group_label(g) => {}
                    Some(g) => {
                        issue.hint = Hint::new(
                            format!("gardé comme groupe « {g} » ; {}", issue.hint.fr),
                            format!("kept as the group '{g}'; {}", issue.hint.en),
                        );
                        place.cell(col, v, issue);
                    }
                    None => place.cell(col, v, issue),
                }
            }
        }
    }

    c.deadline = a_date(cols, Field::Deadline, cols.deadline, row, place);
    c.last_contact = a_date(cols, Field::LastContact, cols.last_contact, row, place);
    c.meeting_date = a_date(cols, Field::MeetingDate, cols.meeting_date, row, place);
    c.status = a_status(cols, row, &mut c, memos, place);
    booked_in_words(cols, row, &mut c);

    if let Some((col, v)) = cols.get(Field::Cadence, row) {
        match memos.cadence.read(v, cadence::from_value) {
            Ok(days) => c.cadence_days = days,
            Err(issue) => place.cell(col, v, issue),
        }
    }
    c
}

/// The labels of a category cell that names no category, as a group: its pieces without the
/// address book's own labels (`* starred`, `myContacts`), joined by ", ".
fn label_group<'w>(v: &Cell<'w>) -> Option<Cow<'w, str>> {
    let text = text::shown(v);
    let labels: Vec<&str> = crate::parse::multi::pieces(&text)
        .filter(|p| !crate::parse::multi::is_system_label(p))
        .collect();
    (!labels.is_empty()).then(|| Cow::Owned(labels.join(", ")))
}

/// A meeting day the status or the note names ("RDV le 20/03/2027", "ok pour une visio le
/// 2/12/2026", a note "café prévu le 09/12/2026"), still ahead, when the row gives no meeting
/// date: a meeting booked on that day, never a meeting to thank yet. A status names it
/// whatever its words (it says the step); a note only beside a meeting word. Only a row before
/// the meeting (to contact, contacted, agreed, booked) is so read.
fn booked_in_words(cols: &Columns, row: &[Cell<'_>], c: &mut Contact<'_>) {
    if c.meeting_date.is_some()
        || !matches!(
            c.status,
            Status::ToContact | Status::Contacted | Status::Agreed | Status::Scheduled
        )
    {
        return;
    }
    let status = cols.text(Field::Status, row);
    let notes = cols.text(Field::Notes, row);
    let day = status
        .as_deref()
        .and_then(|t| day_in(t, cols.meeting_date, cols.today, false))
        .or_else(|| {
            notes
                .as_deref()
                .and_then(|t| day_in(t, cols.meeting_date, cols.today, true))
        })
        .filter(|&d| cols.today.is_some_and(|t| d >= t));
    if let Some(day) = day {
        c.status = Status::Scheduled;
        c.meeting_date = Some(day);
    }
}

/// The first date written in `text` as one word (`20/03/2027`, `2026-12-09`), read in the
/// meeting-date column's order; with `needs_word`, only when a meeting word is in the text.
fn day_in(
    text: &str,
    order: date::Order,
    today: Option<chrono::NaiveDate>,
    needs_word: bool,
) -> Option<chrono::NaiveDate> {
    if needs_word {
        let folded = crate::vocab::fold(text);
        if !folded
            .split(' ')
            .any(|w| crate::vocab::MEETING_WORDS.contains(&w))
        {
            return None;
        }
    }
    // A day without a year ("RDV le 3/12") is the nearest such day, as a meeting's is.
    crate::parse::date::first_written(text, |w| {
        date::from_text(w, order).ok().map(|r| r.date).or_else(|| {
            today.and_then(|t| date::fuzzy::read(w, order, t, date::fuzzy::Sense::Nearest))
        })
    })
    // "RDV jeudi 17": the first Thursday 17 from today on.
    .or_else(|| today.and_then(|t| crate::parse::date::weekday_named(text, t)))
}

/// The first name to greet: the first-name column, else the one the name cell gives as typed
/// (see `person`); none for a row called by a stand-in (its e-mail, its company, its row).
fn first_name<'w>(cols: &Columns, row: &[Cell<'w>], c: &Contact<'w>) -> Option<Cow<'w, str>> {
    let own = |t: Cow<'w, str>, f: fn(&str) -> Option<Cow<'_, str>>| -> Option<Cow<'w, str>> {
        match t {
            Cow::Borrowed(b) => f(b),
            Cow::Owned(o) => f(&o).map(|x| Cow::Owned(x.into_owned())),
        }
    };
    let real = |t: Option<Cow<'w, str>>| t.filter(|n| !group::is_placeholder_name(n));
    if let Some(first) = real(cols.text(Field::FirstName, row)) {
        return own(first, person::first_name_cell);
    }
    if cols.by_field[Field::Name as usize].is_none() && cols.text(Field::LastName, row).is_some() {
        return None;
    }
    let raw = real(cols.text(Field::Name, row))?;
    if Some(&raw) == c.email.as_ref() {
        return None;
    }
    own(raw, person::first_name)
}

/// The name of a contact: the name column, else "first last" from the first-name and
/// last-name columns (either alone will do). Without any, a `NoName` problem and a stand-in:
/// the e-mail, else the company, else `(ligne N)` / `(row N)` in the sheet's language.
fn name<'w>(cols: &Columns, row: &[Cell<'w>], c: &Contact<'w>, place: &mut Place) -> Cow<'w, str> {
    // A placeholder ("?", "inconnu") is no name: the row is a person whose name is missing.
    // A name typed in capitals or lower case is written as people write names.
    let real = |t: Option<Cow<'w, str>>| {
        t.filter(|n| !group::is_placeholder_name(n))
            .map(|n| same::as_written(&n).map_or(n, Cow::Owned))
    };
    if let Some(name) = real(cols.text(Field::Name, row)) {
        return name;
    }
    match (
        real(cols.text(Field::FirstName, row)),
        real(cols.text(Field::LastName, row)),
    ) {
        (Some(first), Some(last)) => return Cow::Owned(format!("{first} {last}")),
        (Some(one), None) | (None, Some(one)) => return one,
        (None, None) => {}
    }
    let stand_in = match (&c.email, &c.company, place.table.lang) {
        (Some(email), _, _) => email.clone(),
        (None, Some(company), _) => company.clone(),
        (None, None, Some(Lang::En)) => Cow::Owned(format!("(row {})", place.row)),
        (None, None, _) => Cow::Owned(format!("(ligne {})", place.row)),
    };
    let column = [Field::Name, Field::FirstName, Field::LastName]
        .into_iter()
        .find_map(|f| cols.get(f, row))
        .map(|(col, _)| col);
    let hint = Hint::new(
        format!("ajoutez le nom ; en attendant, le contact s'appelle « {stand_in} »"),
        format!("add the name; meanwhile the contact is called '{stand_in}'"),
    );
    place.push(
        column.map_or(0, |c| c.index),
        column.and_then(|c| place.names.header(c.index)),
        String::new(),
        Issue {
            kind: ProblemKind::NoName,
            hint,
        },
    );
    stand_in
}

/// The status of a row. A blank cell is "to contact", the start of the method; a sheet without
/// a status column reads as a cell that is not a step. A temperature
/// sets the priority when the row has none. A cell that is not a step (a temperature, an
/// unknown word) makes a row with a past exchange one in conversation, never a first contact;
/// an unknown word is a problem either way.
fn a_status<'w>(
    cols: &Columns,
    row: &[Cell<'w>],
    c: &mut Contact<'w>,
    memos: &mut Memos<'w>,
    place: &mut Place,
) -> Status {
    let last_contact = c.last_contact.filter(|_| cols.last_contact_is_exchange);
    let (read, day) = status::from_exchange(last_contact, c.meeting_date, cols.today);
    // A sheet without a status column says nothing of the step: its dates do.
    let Some((col, v)) = cols.get(Field::Status, row) else {
        return read;
    };
    let said = memos.status.read(v, status::said);
    match said {
        status::Said::Blank => Status::ToContact,
        status::Said::Step(s) => {
            day_in_status(cols, v, s, c);
            s
        }
        status::Said::Temperature(t) => {
            c.priority = c.priority.or(Some(t.priority()));
            read
        }
        status::Said::Unknown(issue) => {
            let issue = match day {
                Some(day) => status::read_as(issue, read, day),
                None => issue,
            };
            place.cell(col, v, issue);
            read
        }
    }
}

/// The day a status phrase gives ("RDV pris 20/11", "rencontré le 12/11", "relancé le 3
/// nov."): the meeting's day for a meeting booked or held, the last contact for a message,
/// when the row has none. A day without a year is the nearest for a booked meeting, the
/// nearest past one otherwise.
fn day_in_status(cols: &Columns, v: &Cell<'_>, status: Status, c: &mut Contact<'_>) {
    let (slot, sense) = match status {
        Status::Scheduled => (&mut c.meeting_date, date::Sense::Nearest),
        Status::Met => (&mut c.meeting_date, date::Sense::Past),
        Status::Contacted => (&mut c.last_contact, date::Sense::Past),
        _ => return,
    };
    let (None, Some(today), Value::Text(text)) = (*slot, cols.today, *v) else {
        return;
    };
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return;
    }
    let words: Vec<&str> = text.split_whitespace().take(12).collect();
    for start in 0..words.len() {
        // The date may start with a day or a month ("Dec 10"), and take a month and a year
        // after it.
        for end in (start + 1..=words.len().min(start + 3)).rev() {
            let piece = words[start..end].join(" ");
            let read = date::from_text(&piece, cols.meeting_date)
                .ok()
                .map(|r| r.date)
                .or_else(|| date::fuzzy(&piece, cols.meeting_date, today, sense));
            if let Some(day) = read {
                *slot = Some(day);
                return;
            }
        }
    }
}

/// A one-value vocabulary cell of `field`; an unknown value is a problem and `None`.
fn vocabulary<'w, T: values::Vocab>(
    cols: &Columns,
    field: Field,
    row: &[Cell<'w>],
    memo: &mut Memo<'w, Result<Option<T>, Issue>>,
    place: &mut Place,
) -> Option<T> {
    let (col, v) = cols.get(field, row)?;
    memo.read(v, values::single::<T>).unwrap_or_else(|issue| {
        place.cell(col, v, issue);
        None
    })
}

/// A date cell of `field`; a date that cannot be read is a problem and `None`, an ambiguous one
/// is a problem and the day-first date.
fn a_date(
    cols: &Columns,
    field: Field,
    order: Order,
    row: &[Cell<'_>],
    place: &mut Place,
) -> Option<chrono::NaiveDate> {
    let (col, v) = cols.get(field, row)?;
    if let Some(read) = by_hand(cols, field, order, v) {
        place.cell(col, v, date::read_as_issue(&text::shown(v), read));
        return after_today(cols, field, col, v, read, place);
    }
    match date::from_value(v, order) {
        Ok(Some(read)) => {
            if read.ambiguous {
                place.cell(col, v, date::ambiguous_issue(read.date));
            }
            after_today(cols, field, col, v, read.date, place)
        }
        Ok(None) => None,
        Err(e) => {
            place.cell(col, v, date::issue(e, order));
            None
        }
    }
}

/// A date as people write it in a hand-made sheet ("fin nov", "15/11", "il y a 2 mois", a
/// year alone typed as a number), read from the run's today; `None` when the cell is a date
/// the usual readers take, or no date at all. What happened (a last contact) is the nearest
/// such day on or before today, a deadline or a meeting the nearest either way.
fn by_hand(cols: &Columns, field: Field, order: Order, v: &Cell<'_>) -> Option<chrono::NaiveDate> {
    let today = cols.today?;
    let sense = match field {
        Field::LastContact => date::Sense::Past,
        _ => date::Sense::Nearest,
    };
    match *v {
        // A year typed in a cell is a number, not Excel's day 2024 (1905).
        Value::Number(n) if n.fract() == 0.0 && (1950.0..=2100.0).contains(&n) => {
            date::fuzzy(&format!("{n}"), order, today, sense)
        }
        Value::Text(s) if date::from_text(s, order).is_err() => date::fuzzy(s, order, today, sense),
        _ => None,
    }
}

/// `date`, reported when it is a last contact after today (a year typed wrong would hide the
/// contact from the plan until then).
fn after_today(
    cols: &Columns,
    field: Field,
    col: &Column,
    v: &Cell<'_>,
    date: chrono::NaiveDate,
    place: &mut Place,
) -> Option<chrono::NaiveDate> {
    if let Some(today) = cols
        .today
        .filter(|&t| field == Field::LastContact && date > t)
    {
        place.cell(col, v, date::future_issue(date, today));
    }
    Some(date)
}

/// A `ValueTooLong` problem for every cell of the row, in any column, that a cell cannot hold.
fn too_long_cells(row: &[Cell<'_>], place: &mut Place) {
    for (i, v) in row.iter().enumerate() {
        if text::too_long(v) {
            let column = place
                .names
                .header(i)
                .unwrap_or_else(|| text::column_letter(i).into());
            let issue = Issue {
                kind: ProblemKind::ValueTooLong,
                hint: fixed_hint!(
                    "la cellule est coupée à 32 767 caractères",
                    "the cell is cut at 32,767 characters",
                ),
            };
            place.push(i, Some(column), text::shown_long(v), issue);
        }
    }
}

#[cfg(test)]
mod tests;
