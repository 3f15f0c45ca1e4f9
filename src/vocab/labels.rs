//! The words of the workbook that are not codes: sheet names, column headers of the tool's own
//! sheets, backlog reasons and document properties, in French and English. The labels of codes
//! (actions, flags, factors, annotation headers...) live in `vocab` and are not repeated here.

use super::{BacklogReason, Lang};

/// The dashboard's title, in French and English: the first cell of the dashboard, by which a
/// later run knows the sheet as the tool's own.
pub const DASHBOARD_TITLE: (&str, &str) = ("Tableau de bord du réseau", "Network dashboard");

/// Whether `text` is the dashboard's title, in either language.
pub fn is_dashboard_title(text: &str) -> bool {
    text == DASHBOARD_TITLE.0 || text == DASHBOARD_TITLE.1
}

/// The sheets this tool writes, besides the user's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OwnSheet {
    Dashboard,
    Plan,
    /// A draft for each planned action, in plan order.
    Messages,
    Backlog,
    Overdue,
    Problems,
}

impl OwnSheet {
    /// The sheet's name in `lang` (under Excel's 31-character limit, no forbidden character).
    pub fn name(self, lang: Lang) -> &'static str {
        use OwnSheet::*;
        match (self, lang) {
            (Dashboard, Lang::Fr) => "Tableau de bord",
            (Dashboard, Lang::En) => "Dashboard",
            (Plan, Lang::Fr) => "Plan",
            (Plan, Lang::En) => "Plan",
            (Messages, Lang::Fr) => "Messages",
            (Messages, Lang::En) => "Messages",
            (Backlog, Lang::Fr) => "Reste à planifier",
            (Backlog, Lang::En) => "Backlog",
            (Overdue, Lang::Fr) => "En retard",
            (Overdue, Lang::En) => "Overdue",
            (Problems, Lang::Fr) => "Problèmes",
            (Problems, Lang::En) => "Problems",
        }
    }
}

impl OwnSheet {
    /// The column headers of the sheet's table, left to right (the plan adds some of
    /// [`OwnSheet::optional_headers`]); none for the dashboard, which is no table.
    pub fn headers(self) -> &'static [Header] {
        use Header::*;
        match self {
            OwnSheet::Dashboard => &[],
            OwnSheet::Plan => &[Week, Date, Contact, Action, How, Objective, Deadline, Flag],
            OwnSheet::Messages => &[Week, Date, Contact, Action, Channel, Subject, Draft],
            OwnSheet::Backlog => &[Contact, Action, Reason, Score, Deadline],
            OwnSheet::Overdue => &[Contact, Action, Due, DaysLate, How, Objective],
            OwnSheet::Problems => &[Sheet, Row, Column, Value, Problem, Hint],
        }
    }

    /// The columns a sheet's table adds after [`OwnSheet::headers`], each only when some
    /// contact has it, always in this order: the plan's What and what the user can bring.
    /// A later run knows the sheet as the tool's with any of them.
    pub fn optional_headers(self) -> &'static [Header] {
        match self {
            OwnSheet::Plan => &[Header::What, Header::GiveBack],
            OwnSheet::Messages => &[Header::What, Header::ToOffer],
            _ => &[],
        }
    }
}

/// The name of the contacts sheet when the input had none worth keeping (a CSV file).
pub fn contacts_sheet(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "Contacts",
        Lang::En => "Contacts",
    }
}

/// A column header of the tool's own sheets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Header {
    Week,
    Date,
    Contact,
    Action,
    How,
    Objective,
    Deadline,
    Flag,
    GiveBack,
    /// What the contact can help with, as the user wrote it.
    What,
    /// What the user can offer, beside a draft.
    ToOffer,
    Reason,
    Score,
    Due,
    DaysLate,
    Sheet,
    Row,
    Column,
    Value,
    Problem,
    Hint,
    Channel,
    Subject,
    Draft,
}

impl Header {
    /// The header text in `lang`.
    pub fn text(self, lang: Lang) -> &'static str {
        use Header::*;
        let (fr, en) = match self {
            Week => ("Semaine", "Week"),
            Date => ("Date", "Date"),
            Contact => ("Contact", "Contact"),
            Action => ("Action", "Action"),
            How => ("Comment", "How"),
            Objective => ("Objectif", "Objective"),
            Deadline => ("Échéance", "Deadline"),
            Flag => ("Alerte", "Flag"),
            GiveBack => ("Ce que je peux apporter", "What I can bring them"),
            What => ("Pourquoi le contacter", "What they can help with"),
            ToOffer => ("À proposer", "To offer"),
            Reason => ("Pourquoi pas planifié", "Why not planned"),
            Score => ("Score", "Score"),
            Due => ("À faire le", "Due"),
            DaysLate => ("Jours de retard", "Days late"),
            Sheet => ("Feuille", "Sheet"),
            Row => ("Ligne", "Row"),
            Column => ("Colonne", "Column"),
            Value => ("Valeur", "Value"),
            Problem => ("Problème", "Problem"),
            Hint => ("Suggestion", "Suggestion"),
            Channel => ("Canal", "Channel"),
            Subject => ("Objet", "Subject"),
            Draft => ("Brouillon", "Draft"),
        };
        match lang {
            Lang::Fr => fr,
            Lang::En => en,
        }
    }
}

impl Header {
    /// Whether the column holds dates or small numbers, shown centered.
    pub fn centered(self) -> bool {
        use Header::*;
        matches!(self, Date | Deadline | Score | Due | DaysLate | Row)
    }
}

/// Why an action waits in the backlog, in `lang`.
pub fn backlog_reason(reason: BacklogReason, lang: Lang) -> &'static str {
    match (reason, lang) {
        (BacklogReason::Capacity, Lang::Fr) => "Plus de créneau libre dans le plan",
        (BacklogReason::Capacity, Lang::En) => "No free slot left in the plan",
        (BacklogReason::BeyondPlan, Lang::Fr) => "À faire après la fin du plan",
        (BacklogReason::BeyondPlan, Lang::En) => "Due after the end of the plan",
        (BacklogReason::WarmCapacity, Lang::Fr) => {
            "Contact chaud sans créneau de rencontre : augmenter les rencontres par mois"
        }
        (BacklogReason::WarmCapacity, Lang::En) => {
            "Warm contact without a meeting slot: more meetings a month needed"
        }
    }
}

/// The document title shown in the file's properties.
pub fn title(lang: Lang, today: chrono::NaiveDate) -> String {
    match lang {
        Lang::Fr => format!("Réseau : plan au {}", today.format("%d/%m/%Y")),
        Lang::En => format!("Network plan as of {}", today.format("%Y-%m-%d")),
    }
}

/// The line shown on an empty sheet of the tool, so it never looks broken.
pub fn nothing(sheet: OwnSheet, lang: Lang) -> &'static str {
    use OwnSheet::*;
    match (sheet, lang) {
        (Overdue, Lang::Fr) => "Rien en retard.",
        (Overdue, Lang::En) => "Nothing overdue.",
        (Problems, Lang::Fr) => "Aucun problème : chaque valeur a été comprise.",
        (Problems, Lang::En) => "No problems: every value was understood.",
        (Backlog, Lang::Fr) => "Tout tient dans le plan.",
        (Backlog, Lang::En) => "Everything fits in the plan.",
        (_, Lang::Fr) => "Aucune action à planifier.",
        (_, Lang::En) => "No action to plan.",
    }
}

/// The one sentence saying contacts with a deadline found no meeting slot in the whole plan,
/// even with the proposal sent before the deadline, and which pace would fit them.
pub fn deadline_short(unfit: usize, pace: u32, lang: Lang) -> String {
    match (lang, unfit) {
        (Lang::Fr, 1) => format!(
            "1 contact à échéance sans créneau de rencontre dans le plan : \
             {pace} rencontres par mois le feraient entrer"
        ),
        (Lang::Fr, n) => format!(
            "{n} contacts à échéance sans créneau de rencontre dans le plan : \
             {pace} rencontres par mois les feraient entrer"
        ),
        (Lang::En, 1) => format!(
            "1 contact with a deadline and no meeting slot in the plan: \
             {pace} meetings a month would fit it"
        ),
        (Lang::En, n) => format!(
            "{n} contacts with a deadline and no meeting slot in the plan: \
             {pace} meetings a month would fit them"
        ),
    }
}

/// The line under a list sheet cut at its first rows: how many more there are, and where
/// they all are.
pub fn more_rows(more: usize, contacts_sheet: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!(
            "… et {more} de plus, non listés ici : la feuille « {contacts_sheet} » a chaque \
             contact avec son étape et son signal (filtres), le JSON (--json) la liste entière."
        ),
        Lang::En => format!(
            "… and {more} more, not listed here: the \"{contacts_sheet}\" sheet has every \
             contact with its next step and flag (filters), the JSON (--json) the whole list."
        ),
    }
}

/// The one sentence saying warm contacts do not fit the month's meetings, and which pace would:
/// in the stdout summary, on the dashboard and in the Markdown, and (with the pace) as their
/// backlog reason.
pub fn warm_short(unfit: usize, pace: u32, lang: Lang) -> String {
    match (lang, unfit) {
        (Lang::Fr, 1) => format!(
            "1 contact chaud (d'accord ou recommandé) sans créneau de rencontre : \
             {pace} rencontres par mois le feraient entrer dans le plan"
        ),
        (Lang::Fr, n) => format!(
            "{n} contacts chauds (d'accord ou recommandés) sans créneau de rencontre : \
             {pace} rencontres par mois les feraient entrer dans le plan"
        ),
        (Lang::En, 1) => format!(
            "1 warm contact (agreed or introduced) without a meeting slot: \
             {pace} meetings a month would fit it in the plan"
        ),
        (Lang::En, n) => format!(
            "{n} warm contacts (agreed or introduced) without a meeting slot: \
             {pace} meetings a month would fit them in the plan"
        ),
    }
}
