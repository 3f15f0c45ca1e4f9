//! The typed values that flow along the pipeline read -> normalize -> score -> plan -> write.
//!
//! Each stage owns the code that fills its part; this module owns only the shapes, so every
//! stage can be built and tested against them with a few values made by hand.

use std::borrow::Cow;
use std::sync::Arc;

use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;

pub use crate::vocab::{
    Annotation, BacklogReason, Category, Factor, Field, Flag, Horizon, How, Lang, Lapse,
    NextAction, Objective, Priority, Register, SlotKind, Source, Status, Temperature,
};

// ---------------------------------------------------------------------------------------------
// read

mod journal;
mod looks;
mod objectives;
mod rows;
pub use journal::{
    ContactJournal, Entry, ExchangeSource, Introduction, Journal, JournalColumn, JournalReport,
    JournalTable, LastExchange,
};
pub use looks::{
    Across, Area, CellLook, CellLooks, ColumnLook, Cursor, Down, Layout, Line, Looks, NumFormat,
    NumFormats, Rgb, RowLook, Visibility,
};
pub use objectives::Objectives;
pub use rows::{Row, Rows};

/// The text of an owned cell. Sheets store their cells packed in [`Rows`], and hand out
/// [`Cell`]s that borrow their text from it.
pub type Text = Box<str>;

/// One cell as read, with its type kept so the workbook can write it back unchanged.
/// `S` is how its text is held: owned ([`Text`], the default), or borrowed from the sheet
/// ([`Cell`]).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub enum Value<S = Text> {
    #[default]
    Empty,
    Text(S),
    Number(f64),
    Bool(bool),
    /// A real date (or date-time) cell; the 1900/1904 system is already resolved.
    DateTime(NaiveDateTime),
    /// A time or duration cell, as a fraction of days.
    Duration(f64),
    /// An error cell such as `#N/A`, kept as its text.
    Error(S),
}

/// A cell of a stored sheet, its text borrowed from the sheet's [`Rows`].
pub type Cell<'a> = Value<&'a str>;

impl<S: AsRef<str>> Value<S> {
    /// Whether the cell holds nothing (or only white space).
    pub fn is_blank(&self) -> bool {
        match self {
            Value::Empty => true,
            Value::Text(s) => s.as_ref().trim().is_empty(),
            _ => false,
        }
    }

    /// The same cell, its text borrowed.
    pub fn as_cell(&self) -> Cell<'_> {
        match self {
            Value::Empty => Value::Empty,
            Value::Text(s) => Value::Text(s.as_ref()),
            Value::Number(n) => Value::Number(*n),
            Value::Bool(b) => Value::Bool(*b),
            Value::DateTime(d) => Value::DateTime(*d),
            Value::Duration(d) => Value::Duration(*d),
            Value::Error(s) => Value::Error(s.as_ref()),
        }
    }

    /// The same cell, its text owned.
    pub fn to_value(&self) -> Value {
        match self.as_cell() {
            Value::Empty => Value::Empty,
            Value::Text(s) => Value::Text(s.into()),
            Value::Number(n) => Value::Number(n),
            Value::Bool(b) => Value::Bool(b),
            Value::DateTime(d) => Value::DateTime(d),
            Value::Duration(d) => Value::Duration(d),
            Value::Error(s) => Value::Error(s.into()),
        }
    }
}

/// The kind of file a workbook was read from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Xlsx,
    Xlsm,
    Xlsb,
    Xls,
    Ods,
    /// Delimited text: the delimiter and the encoding that were sniffed.
    Csv {
        delimiter: u8,
        encoding: &'static str,
    },
}

/// One sheet as read: `rows.row(0)` is spreadsheet row 1, its first cell column A.
/// Rows may be shorter than others (trailing empty cells are not stored).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sheet {
    pub name: String,
    pub rows: Rows,
    /// Whether it was hidden, and its numbers' formats, where the file tells.
    pub looks: Looks,
}

/// Every sheet of one input file, in the file's order. A CSV gives one sheet named after the
/// file stem.
#[derive(Debug, Clone, PartialEq)]
pub struct Workbook {
    pub format: Format,
    pub sheets: Vec<Sheet>,
}

/// What a column of the contact table holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnRole {
    /// A known field of the contract.
    Field(Field),
    /// An annotation column this tool wrote on an earlier run (dropped and written again).
    Annotation,
    /// A column the tool does not use; kept as it is.
    Ignored,
}

/// One column of the contact table, in the sheet's order.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// 0-based column index in the sheet.
    pub index: usize,
    /// The header text as the user wrote it.
    pub header: String,
    pub role: ColumnRole,
}

/// Where the contact table is inside a workbook, and what each column means.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Index into `Workbook::sheets`.
    pub sheet: usize,
    /// 0-based index of the header row in `Sheet::rows` (the user sees `header_row + 1`).
    pub header_row: usize,
    pub columns: Vec<Column>,
    /// The language the headers are written in, when they tell.
    pub lang: Option<Lang>,
    /// Problems of the table as a whole (a column given twice...), found while mapping.
    pub problems: Vec<Problem>,
    /// Why some columns were read as they are, when their header alone did not say it (its
    /// words, its values, a filled column preferred to an empty one); `check` shows them.
    pub notes: Vec<ColumnNote>,
}

/// Why the column at `index` (in the sheet) was read as it is.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnNote {
    pub index: usize,
    pub note: Hint,
}

impl Table {
    /// The column holding `field`, if any.
    pub fn column(&self, field: Field) -> Option<&Column> {
        self.columns
            .iter()
            .find(|c| c.role == ColumnRole::Field(field))
    }
}

pub mod marker;
pub use marker::{is_marker, Earlier, Marker, MARKER_SHEET};

// ---------------------------------------------------------------------------------------------
// normalize

/// A contact as the rest of the pipeline sees it: every field typed, blanks as `None`. Its
/// texts are borrowed from the sheet it was read from where the cell says them as they are
/// (most do), so a million contacts do not copy a million names.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Contact<'a> {
    /// The row number as the user sees it in the spreadsheet (1-based).
    pub row: u32,
    pub name: Cow<'a, str>,
    pub company: Option<Cow<'a, str>>,
    pub role: Option<Cow<'a, str>>,
    pub email: Option<Cow<'a, str>>,
    pub phone: Option<Cow<'a, str>>,
    pub linkedin: Option<Cow<'a, str>>,
    pub category: Option<Category>,
    pub objectives: Objectives,
    pub horizon: Option<Horizon>,
    pub how: Option<How>,
    pub deadline: Option<NaiveDate>,
    pub last_contact: Option<NaiveDate>,
    pub meeting_date: Option<NaiveDate>,
    pub status: Status,
    /// Keep-in-touch cadence of this row, in days, when the sheet gives one.
    pub cadence_days: Option<u32>,
    pub priority: Option<Priority>,
    pub give_back: Option<Cow<'a, str>>,
    pub notes: Option<Cow<'a, str>>,
    /// Who introduced the contact (Recommandé par, Referred by, Mutual connection...).
    pub introduced_by: Option<Cow<'a, str>>,
    /// The group the row sits under: the text of the last section row above it ("## EX-COLLÈGUES").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<Cow<'a, str>>,
    /// What the contact can help with, as the user wrote it (the article's What): "infos sur
    /// l'orga marketing Danone Lyon".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub what: Option<Cow<'a, str>>,
    /// The row of the same person further along the method, when this row repeats them: the
    /// plan takes that row, and this one is not planned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub same_as: Option<u32>,
    /// Tu or vous, when the row says it (a "Tu/Vous" or "Tutoiement" column).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub register: Option<Register>,
    /// The first name to greet, written as names are written: the first-name column, else
    /// the word of the name that its case or the list of first names tells ("LEGRAND
    /// Sébastien" gives Sébastien); `None` when the row names no first name.
    #[serde(skip)]
    pub first_name: Option<Cow<'a, str>>,
}

impl Contact<'_> {
    /// The day this contact was met, when its row says it was: met, thanked or kept in touch
    /// (its meeting date, else its last contact), or a booked meeting whose day has passed
    /// (taken as held, as the plan takes it).
    pub fn met_day(&self, today: NaiveDate) -> Option<NaiveDate> {
        match self.status {
            Status::Met | Status::Thanked | Status::KeepInTouch => {
                self.meeting_date.or(self.last_contact)
            }
            Status::Scheduled => self.meeting_date.filter(|&m| m < today),
            _ => None,
        }
    }

    /// The day the sheet says a meeting with this contact was held: its meeting date once met
    /// (a booked day passed included), else, for a contact just met, its last contact (most
    /// trackers keep one date); a thanked or kept-in-touch row's last contact is the thank-you
    /// or the news, not the meeting.
    pub fn held_on(&self, today: NaiveDate) -> Option<NaiveDate> {
        self.met_day(today)?;
        match self.status {
            Status::Met => self.meeting_date.or(self.last_contact),
            _ => self.meeting_date,
        }
    }
}

impl Contact<'_> {
    /// The same contact, owning its texts (for a contact that outlives its sheet).
    pub fn into_owned(self) -> Contact<'static> {
        let own = |t: Option<Cow<'_, str>>| t.map(|t| Cow::Owned(t.into_owned()));
        Contact {
            row: self.row,
            name: Cow::Owned(self.name.into_owned()),
            company: own(self.company),
            role: own(self.role),
            email: own(self.email),
            phone: own(self.phone),
            linkedin: own(self.linkedin),
            category: self.category,
            objectives: self.objectives,
            horizon: self.horizon,
            how: self.how,
            deadline: self.deadline,
            last_contact: self.last_contact,
            meeting_date: self.meeting_date,
            status: self.status,
            cadence_days: self.cadence_days,
            priority: self.priority,
            give_back: own(self.give_back),
            notes: own(self.notes),
            introduced_by: own(self.introduced_by),
            group: own(self.group),
            what: own(self.what),
            same_as: self.same_as,
            register: self.register,
            first_name: own(self.first_name),
        }
    }
}

#[allow(clippy::derivable_impls)] // Status is generated by the vocabulary macro
impl Default for Status {
    fn default() -> Self {
        Status::ToContact
    }
}

/// What is wrong with a cell or a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemKind {
    DateNotUnderstood,
    DateOutOfRange,
    AmbiguousDate,
    DateInFuture,
    UnknownValue,
    CadenceNotUnderstood,
    NoName,
    DuplicateColumn,
    ValueTooLong,
    /// A journal table without a date or a contact column: ignored.
    JournalIncomplete,
    /// A journal entry naming no contact of the sheet.
    UnknownContact,
    /// A journal entry whose name is that of several contacts.
    AmbiguousContact,
    /// A journal entry dated after today.
    EntryInFuture,
    /// A journal entry without a date or a contact.
    EntryIncomplete,
    OnlyADate,
    /// A date written as people write it ("fin nov", "il y a 2 mois"), read as a day: a note,
    /// so the user sees which day was taken.
    DateReadAs,
    /// A row without an objective whose What names one ("trouver un poste"): a note.
    ObjectiveFromWhat,
    /// Two rows of the same person: the one further along the method is planned.
    SamePerson,
    /// Two rows whose names differ by a letter or a shortened first name ("Sara Collins",
    /// "Sarah Collins"; "Raj Patel", "Rajesh Patel"): perhaps the same person; both are planned.
    MaybeSamePerson,
}

impl ProblemKind {
    /// The words shown to the user (the JSON `problem` field uses English).
    pub fn text(self, lang: Lang) -> &'static str {
        use ProblemKind::*;
        match (self, lang) {
            (DateNotUnderstood, Lang::En) => "date not understood",
            (DateNotUnderstood, Lang::Fr) => "date non comprise",
            (DateOutOfRange, Lang::En) => "date out of range (years 1900 to 9999)",
            (DateOutOfRange, Lang::Fr) => "date hors limites (années 1900 à 9999)",
            (AmbiguousDate, Lang::En) => "ambiguous date, read day first",
            (AmbiguousDate, Lang::Fr) => "date ambiguë, lue jour d'abord",
            (DateInFuture, Lang::En) => "last contact after today",
            (DateInFuture, Lang::Fr) => "dernier contact après aujourd'hui",
            (UnknownValue, Lang::En) => "value not understood",
            (UnknownValue, Lang::Fr) => "valeur non comprise",
            (CadenceNotUnderstood, Lang::En) => "frequency not understood",
            (CadenceNotUnderstood, Lang::Fr) => "fréquence non comprise",
            (NoName, Lang::En) => "row has data but no name",
            (NoName, Lang::Fr) => "ligne sans nom",
            (DuplicateColumn, Lang::En) => "column appears twice; the first one is used",
            (DuplicateColumn, Lang::Fr) => "colonne en double ; la première est utilisée",
            (ValueTooLong, Lang::En) => "value longer than a cell can hold; cut",
            (ValueTooLong, Lang::Fr) => "valeur trop longue pour une cellule ; coupée",
            (JournalIncomplete, Lang::En) => "journal without a date or a contact column; ignored",
            (JournalIncomplete, Lang::Fr) => "journal sans colonne date ou contact ; ignoré",
            (UnknownContact, Lang::En) => "journal entry for no known contact; not applied",
            (UnknownContact, Lang::Fr) => "échange avec un contact inconnu ; non appliqué",
            (AmbiguousContact, Lang::En) => "journal entry matches several contacts; not applied",
            (AmbiguousContact, Lang::Fr) => "échange ambigu, plusieurs contacts ; non appliqué",
            (EntryInFuture, Lang::En) => "journal entry after today; ignored",
            (EntryInFuture, Lang::Fr) => "échange daté après aujourd'hui ; ignoré",
            (EntryIncomplete, Lang::En) => "journal entry without a date or a contact; ignored",
            (EntryIncomplete, Lang::Fr) => "échange sans date ou sans contact ; ignoré",
            (OnlyADate, Lang::En) => "rows with only a date, skipped",
            (OnlyADate, Lang::Fr) => "lignes avec seulement une date, ignorées",
            (DateReadAs, Lang::En) => "date read as a day",
            (DateReadAs, Lang::Fr) => "date lue comme un jour",
            (ObjectiveFromWhat, Lang::En) => "objective read from the What",
            (ObjectiveFromWhat, Lang::Fr) => "objectif lu dans le « pourquoi »",
            (SamePerson, Lang::En) => "the same person twice; one row is planned",
            (SamePerson, Lang::Fr) => "la même personne deux fois ; une ligne est planifiée",
            (MaybeSamePerson, Lang::En) => "perhaps the same person twice",
            (MaybeSamePerson, Lang::Fr) => "peut-être la même personne deux fois",
        }
    }
}

/// A value that could not be understood, or a row that lacks something. Never fatal: the row
/// is still processed with what is known.
///
/// A big sheet can have hundreds of thousands of problems, so the texts they repeat (sheet
/// name, column header, hint) are shared: cloning a problem or its hint copies no text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Problem {
    /// The sheet the cell is on.
    pub sheet: Arc<str>,
    /// The row as the user sees it; `None` for a problem of the whole table.
    pub row: Option<u32>,
    /// The column header, as written in the sheet.
    pub column: Option<Arc<str>>,
    /// The cell as the user sees it.
    pub value: String,
    pub kind: ProblemKind,
    /// What to write instead, in both languages: (fr, en). Empty when there is nothing to say.
    pub hint: Hint,
}

/// A suggestion for fixing a problem, in both languages. Its texts are shared, so the many
/// problems that give the same hint hold one copy of it.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Hint {
    pub fr: Arc<str>,
    pub en: Arc<str>,
}

impl Hint {
    pub fn new(fr: impl Into<Arc<str>>, en: impl Into<Arc<str>>) -> Self {
        Hint {
            fr: fr.into(),
            en: en.into(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// score

mod parts;
pub use parts::Parts;

/// One part of a score: the points a factor adds (or takes away).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Part {
    pub factor: Factor,
    pub points: i32,
}

/// Priority tier from the score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Tier {
    A,
    B,
    C,
}

/// A contact's score: 0 to 100, and the parts it is made of.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Score {
    pub points: u8,
    pub parts: Parts,
    pub tier: Tier,
}

// ---------------------------------------------------------------------------------------------
// plan

/// The next action of one contact, when it is due and how urgent it is.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Action {
    pub next: NextAction,
    pub due: Option<NaiveDate>,
    pub flag: Flag,
    /// Days past the due date (0 unless overdue).
    pub days_late: u32,
    pub kind: SlotKind,
    /// Set when the status asked for a courtesy too old to make sense, and `next` is the step
    /// that replaced it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lapse: Option<Lapse>,
}

/// A contact's place in the contacts list. A `u32`, as its row is: a million of them are held
/// in the assessed contacts and the backlog.
pub type ContactIndex = u32;

/// A contact with everything computed about it. `index` is its place in the contacts list.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessed {
    pub index: ContactIndex,
    pub score: Score,
    /// 1 is the first to contact; dropped contacts come last.
    pub rank: u32,
    pub action: Action,
}

/// One action placed in the plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Planned {
    /// Index into the contacts list.
    #[serde(skip)]
    pub index: ContactIndex,
    /// ISO week, such as `2026-W49`.
    pub week: String,
    pub date: NaiveDate,
    pub action: NextAction,
    pub kind: SlotKind,
    /// A proposal sent before its deadline for a meeting in a later month (the month's
    /// meetings were taken): the first day of the meeting's month.
    pub meeting_month: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Backlogged {
    /// Index into the contacts list.
    #[serde(skip)]
    pub index: ContactIndex,
    pub action: NextAction,
    pub reason: BacklogReason,
}

/// The week-by-week plan and what did not fit.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Plan {
    /// In date order, then rank order.
    pub items: Vec<Planned>,
    pub backlog: Vec<Backlogged>,
    /// Warm contacts the month's meetings could not fit, when some were left out.
    pub warm: Option<PaceShort>,
    /// Contacts whose deadline falls within the plan and that no meeting slot of the plan
    /// could take, even with the proposal sent before the deadline.
    pub deadlines: Option<PaceShort>,
    /// The days offered to each contact who said yes and is planned a `schedule` (set by
    /// `plan::offer_days`), by contact.
    pub offers: Vec<Offer>,
}

/// The days the plan offers a contact who said yes, for the meeting ("Would Tuesday 8 or
/// Thursday 10 December suit you?").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer {
    pub index: ContactIndex,
    /// Two days, or one when the deadline leaves one; in date order.
    pub days: Vec<NaiveDate>,
}

impl Plan {
    /// The sentences saying which meetings found no slot and which pace would fit them (warm
    /// contacts, then contacts with a deadline), in the workbook's language: said once in the
    /// stdout summary, on the dashboard and in the Markdown.
    pub fn pace_lines(&self, lang: Lang) -> Vec<String> {
        let warm = self
            .warm
            .map(|w| crate::vocab::labels::warm_short(w.unfit, w.meetings_per_month, lang));
        let due = self
            .deadlines
            .map(|w| crate::vocab::labels::deadline_short(w.unfit, w.meetings_per_month, lang));
        warm.into_iter().chain(due).collect()
    }
}

/// Meetings left without a slot (warm contacts: a yes to set a day for, someone introduced; or
/// contacts with a deadline), and the pace that would fit them all in the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PaceShort {
    /// Meetings left in the backlog for lack of a slot.
    pub unfit: usize,
    /// The fewest meetings a month that would plan every one of them.
    pub meetings_per_month: u32,
}

/// Counts shown on the dashboard and in the JSON `totals`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Totals {
    pub contacts: usize,
    pub active: usize,
    pub overdue: usize,
    pub due_soon: usize,
    pub at_risk: usize,
    pub planned: usize,
    pub backlog: usize,
    pub problems: usize,
}

// ---------------------------------------------------------------------------------------------
// draft

/// A message ready to send (or, for `prepare`, a checklist to read): plain text, at most
/// 600 characters, no emoji.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Draft {
    pub subject: String,
    pub body: String,
    /// What stands beside the draft as a reminder, never inside it: why contact them (the
    /// What as the user wrote it), and the request an answer is about.
    #[serde(skip)]
    pub beside: String,
    /// What the user can offer them (the give-back column), beside the draft.
    #[serde(skip)]
    pub offer: String,
}
