//! What each column of a header row means: a field (by the config's aliases, a whole synonym,
//! the header's words, or, for a header that says too little alone, the column's values), an
//! annotation this tool wrote, or nothing. Then the columns that claim one field are settled:
//! a filled column over an empty one, the most telling column of an export layout, a whole
//! synonym over words; a "Title" of civilities is not a job title, and of two "Nom" columns
//! beside a first name, the one holding full names is the name.
//!
//! Pure: looks at the sheet's first rows through `sample`, touches no file. Every decision
//! that the header alone did not make is written down as a note for `check`.

use crate::config::ReadOptions;
use crate::model::{
    Annotation, Column, ColumnNote, ColumnRole, Field, Hint, Lang, Problem, ProblemKind, Sheet,
};
use crate::vocab::fold;
use crate::vocab::headers;

use super::sample;

/// How a header came to mean its field; the earlier wins a tie between two columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum By {
    /// An `[aliases]` line of the config: never overruled.
    Alias,
    /// A whole synonym of the vocabulary.
    Synonym,
    /// The words the header is made of.
    Words,
    /// A header that says too little alone.
    Ambiguous,
}

/// Headers that export layouts put side by side for one field, most telling first. When two
/// of them are filled alike, the earlier one is used and the other left aside without a
/// problem.
#[rustfmt::skip]
const PREFERRED: &[(Field, &[&str])] = &[
    (Field::Role, &[
        "job title", "organization 1 title", "organization title", "position", "title",
    ]),
    (Field::Phone, &[
        "mobile phone", "tel mobile", "telephone mobile", "portable", "phone 1 value",
        "telephone 1 valeur", "mobile", "business phone", "phone",
    ]),
    (Field::Email, &[
        "email address", "e mail address", "adresse de messagerie", "e mail 1 value", "adresse e
        mail 1 valeur", "email 1 value", "email",
    ]),
    (Field::Name, &[
        "name", "full name", "display name", "file as",
    ]),
    (Field::Linkedin, &[
        "linkedin", "linkedin url", "url", "profile url", "web page", "website 1 value",
    ]),
    (Field::Company, &[
        "company", "organization 1 name", "organization name",
    ]),
    (Field::Status, &[
        "status", "statut", "lead status", "deal stage", "application status", "response
        status", "stage", "lifecycle stage",
    ]),
];

/// What a header means before its values are looked at: the role, and how it was found.
/// An ambiguous header takes its default field, so it counts for finding the header row.
pub fn role_of(header: &str, opts: &ReadOptions) -> (ColumnRole, Option<By>) {
    let folded = fold(header);
    if let Some((f, _)) = opts.aliases.iter().find(|(_, a)| *a == folded) {
        return (ColumnRole::Field(*f), Some(By::Alias));
    }
    if let Some((_, default)) = headers::ambiguous(&folded) {
        return match default {
            Some(f) => (ColumnRole::Field(f), Some(By::Ambiguous)),
            None => (ColumnRole::Ignored, Some(By::Ambiguous)),
        };
    }
    if let Some(f) = Field::lookup(&folded) {
        return (ColumnRole::Field(f), Some(By::Synonym));
    }
    let annotation = Annotation::ALL
        .iter()
        .any(|a| fold(a.label(Lang::Fr)) == folded || fold(a.label(Lang::En)) == folded);
    if annotation {
        return (ColumnRole::Annotation, None);
    }
    match headers::by_words(&headers::words(header)) {
        Some(f) => (ColumnRole::Field(f), Some(By::Words)),
        None => (ColumnRole::Ignored, None),
    }
}

/// A column being mapped.
struct Candidate {
    column: Column,
    by: Option<By>,
    filled: bool,
}

/// The columns of the header row `header_row`, one column per field, with the problems and
/// the notes of the mapping.
pub fn map(
    sheet: &Sheet,
    header_row: usize,
    cells: Vec<(usize, String, ColumnRole, Option<By>)>,
    opts: &ReadOptions,
) -> (Vec<Column>, Vec<Problem>, Vec<ColumnNote>) {
    let mut notes = Vec::new();
    let mut cands: Vec<Candidate> = cells
        .into_iter()
        .map(|cell| candidate(sheet, header_row, cell, opts, &mut notes))
        .collect();
    full_or_last_name(sheet, header_row, &mut cands, &mut notes);
    let problems = settle(sheet, &mut cands, &mut notes);
    let mut columns: Vec<Column> = cands.into_iter().map(|c| c.column).collect();
    surname_beside_first_name(&mut columns);
    notes.sort_by_key(|n: &ColumnNote| n.index);
    (columns, problems, notes)
}

/// One column, its meaning checked against its values: an ambiguous header decided by them,
/// a name guessed from words whose values are no names left aside, a "Title" of civilities
/// left aside.
fn candidate(
    sheet: &Sheet,
    header_row: usize,
    (index, header, role, by): (usize, String, ColumnRole, Option<By>),
    opts: &ReadOptions,
    notes: &mut Vec<ColumnNote>,
) -> Candidate {
    let values = sample::cells(sheet, header_row, index);
    let mut c = Candidate {
        filled: !values.is_empty(),
        column: Column {
            index,
            header,
            role,
        },
        by,
    };
    match by {
        Some(By::Ambiguous) => by_values(&mut c, &values, opts, notes),
        Some(By::Words) => note(notes, &c.column, ("d'après ses mots", "by its words")),
        _ => {}
    }
    if c.by != Some(By::Alias) && c.filled {
        values_decide(&mut c, &values, notes);
    }
    let guessed = matches!(c.by, Some(By::Words | By::Ambiguous));
    let role = c.column.role;
    // Only a guessed name column is checked for names (each value is tried as an address, a
    // link, a phone number and a date: 6% of reading a 500-row sheet when done for every column).
    let no_names = || c.filled && sample::name_share(&values) < 0.5;
    if role == ColumnRole::Field(Field::Name) && guessed && no_names() {
        c.column.role = ColumnRole::Ignored;
        let why = (
            "ses valeurs ne sont pas des noms : laissée de côté",
            "its values are not names: left aside",
        );
        note(notes, &c.column, why);
    }
    let sure = c.by == Some(By::Alias);
    if role == ColumnRole::Field(Field::Role) && !sure && sample::civility_share(&values) >= 0.5 {
        c.column.role = ColumnRole::Ignored;
        let why = (
            "des civilités (M., Mme), pas des postes : laissée de côté",
            "civilities (Mr., Mrs.), not job titles: left aside",
        );
        note(notes, &c.column, why);
    }
    c
}

/// The values decide over the header, as a person reads a column: one of e-mail addresses,
/// phone numbers or links is read as such whatever its header says (or when it says nothing
/// known); one headed as a link, an e-mail or a phone whose values are categories ("Lien":
/// ancien collègue, ami...) is the category.
fn values_decide(
    c: &mut Candidate,
    values: &[crate::model::Cell<'_>],
    notes: &mut Vec<ColumnNote>,
) {
    const MOST: f64 = 0.8;
    let details = [Field::Email, Field::Phone, Field::Linkedin];
    let now = match c.column.role {
        // A name, or the person who introduced the contact, may be given by an address.
        ColumnRole::Field(Field::Name | Field::IntroducedBy) => return,
        ColumnRole::Field(f) => Some(f),
        ColumnRole::Ignored => None,
        _ => return,
    };
    // Dates hold eight digits as a phone number does: a column of dates is left as it is.
    let dates = [Field::Deadline, Field::LastContact, Field::MeetingDate];
    if now.is_some_and(|f| dates.contains(&f)) || sample::share(Field::LastContact, values) >= 0.5 {
        return;
    }
    let by_values = if now.is_some_and(|f| details.contains(&f)) {
        let f = now.unwrap_or(Field::Email);
        (sample::share(f, values) < 0.2 && sample::share(Field::Category, values) >= 0.5)
            .then_some(Field::Category)
    } else {
        // Links are a profile only when they are profiles (a job posting's link is not).
        let detail = details.into_iter().find(|&f| match f {
            Field::Linkedin => sample::profile_share(values) >= MOST,
            _ => sample::share(f, values) >= MOST,
        });
        // A column left aside whose values are categories ("Type de lien": ami, ex-collègue),
        // or steps of the method in words ("coffee booked 9/12", "emailed twice").
        detail
            .or_else(|| {
                (now.is_none() && sample::share(Field::Category, values) >= MOST)
                    .then_some(Field::Category)
            })
            .or_else(|| {
                (now.is_none() && sample::share(Field::Status, values) >= MOST)
                    .then_some(Field::Status)
            })
    };
    let Some(field) = by_values else {
        return;
    };
    if now == Some(field) {
        return;
    }
    c.column.role = ColumnRole::Field(field);
    c.by = Some(By::Ambiguous);
    note(
        notes,
        &c.column,
        (
            &format!("lue comme {} d'après ses valeurs", field.code()),
            &format!("read as {} by its values", field.code()),
        ),
    );
}

fn note(notes: &mut Vec<ColumnNote>, column: &Column, (fr, en): (&str, &str)) {
    notes.push(ColumnNote {
        index: column.index,
        note: Hint::new(fr, en),
    });
}

/// Decides an ambiguous header by its values: the first of its candidate fields that most of
/// its values fit; a date column mostly in the future is a due date.
fn by_values(
    c: &mut Candidate,
    values: &[crate::model::Cell<'_>],
    opts: &ReadOptions,
    notes: &mut Vec<ColumnNote>,
) {
    let Some((fields, default)) = headers::ambiguous(&fold(&c.column.header)) else {
        return;
    };
    if values.is_empty() {
        return;
    }
    let found = fields
        .iter()
        .copied()
        .filter(|&f| f != Field::Name)
        .find(|&f| sample::share(f, values) >= 0.5);
    let found = match (found, opts.today) {
        (Some(Field::LastContact), Some(today)) if sample::future_share(values, today) > 0.5 => {
            Some(Field::Deadline)
        }
        (found, _) => found,
    };
    // A default of dates needs dates: a "Date" column of words is left aside rather than
    // reported on every row.
    let dates = [Field::Deadline, Field::LastContact, Field::MeetingDate];
    let field = found.or(default.filter(|f| !dates.contains(f)));
    c.column.role = field.map_or(ColumnRole::Ignored, ColumnRole::Field);
    let (fr, en) = match field {
        Some(f) => (
            format!("lue comme {} d'après ses valeurs", f.code()),
            format!("read as {} by its values", f.code()),
        ),
        None if sample::us_state_share(values) >= 0.5 => (
            "des codes d'États américains, pas un statut : laissée de côté".into(),
            "US state codes, not a status: left aside".into(),
        ),
        None => (
            "ses valeurs ne disent pas ce qu'elle contient : laissée de côté".into(),
            "its values do not say what it holds: left aside".into(),
        ),
    };
    notes.push(ColumnNote {
        index: c.column.index,
        note: Hint::new(fr, en),
    });
}

/// Beside a filled first-name column, a name column whose values are not full names (they do
/// not hold the first name) is the last name: French Outlook has "Nom" twice, the full name
/// and then the last name.
fn full_or_last_name(
    sheet: &Sheet,
    header_row: usize,
    cands: &mut [Candidate],
    notes: &mut Vec<ColumnNote>,
) {
    let Some(first) = cands
        .iter()
        .find(|c| c.column.role == ColumnRole::Field(Field::FirstName) && c.filled)
        .map(|c| c.column.index)
    else {
        return;
    };
    for c in cands
        .iter_mut()
        .filter(|c| c.column.role == ColumnRole::Field(Field::Name) && c.by != Some(By::Alias))
    {
        if let Some(share) = sample::full_name_share(sheet, header_row, c.column.index, first) {
            if share < 0.5 {
                c.column.role = ColumnRole::Field(Field::LastName);
                note(
                    notes,
                    &c.column,
                    (
                        "des noms de famille, à côté des prénoms : lue comme last_name",
                        "last names beside the first names: read as last_name",
                    ),
                );
            }
        }
    }
}

/// Where `header` stands in the export layouts' order for `field`; of two last-contact
/// columns, the one that says "last" comes first.
fn preference(field: Field, header: &str) -> Option<usize> {
    let folded = fold(header);
    PREFERRED
        .iter()
        .find(|(f, _)| *f == field)
        .and_then(|(_, list)| list.iter().position(|h| *h == folded))
        .or_else(|| (field == Field::LastContact && headers::says_last(header)).then_some(0))
}

/// One column per field: of the columns claiming one, a filled one over an empty one, then
/// the export layout's most telling one, then a surer header (alias, synonym, words), then
/// the leftmost. Two columns that nothing tells apart are a problem, the first used.
fn settle(sheet: &Sheet, cands: &mut [Candidate], notes: &mut Vec<ColumnNote>) -> Vec<Problem> {
    let mut problems = Vec::new();
    for &field in Field::ALL {
        let claim: Vec<usize> = (0..cands.len())
            .filter(|&i| cands[i].column.role == ColumnRole::Field(field))
            .collect();
        // Several columns of notes are all notes: each is read, none left aside.
        if claim.len() < 2 || field == Field::Notes {
            continue;
        }
        let keys: Vec<_> = claim
            .iter()
            .map(|&i| {
                let c = &cands[i];
                (
                    !c.filled,
                    preference(field, &c.column.header).unwrap_or(usize::MAX),
                    c.by,
                    i,
                )
            })
            .collect();
        let Some(w) = keys.iter().copied().min() else {
            continue;
        };
        let used = cands[w.3].column.header.clone();
        for &l in keys.iter().filter(|k| k.3 != w.3) {
            let i = l.3;
            let sure = |b: Option<By>| b <= Some(By::Synonym);
            let tied = w.0 == l.0 && w.1 == l.1 && sure(w.2) && sure(l.2);
            let loser = &mut cands[i];
            loser.column.role = ColumnRole::Ignored;
            if tied {
                problems.push(Problem {
                    sheet: sheet.name.as_str().into(),
                    row: None,
                    column: Some(loser.column.header.as_str().into()),
                    value: loser.column.header.clone(),
                    kind: ProblemKind::DuplicateColumn,
                    hint: Hint::new(
                        format!("la colonne « {used} » est utilisée"),
                        format!("column {used:?} is used"),
                    ),
                });
            } else {
                let (fr, en) = if w.0 != l.0 {
                    (
                        format!(
                            "vide ; « {used} », remplie, est utilisée pour {}",
                            field.code()
                        ),
                        format!(
                            "empty; {used:?}, which has values, is used for {}",
                            field.code()
                        ),
                    )
                } else {
                    (
                        format!("« {used} » est utilisée pour {}", field.code()),
                        format!("{used:?} is used for {}", field.code()),
                    )
                };
                notes.push(ColumnNote {
                    index: loser.column.index,
                    note: Hint::new(fr, en),
                });
            }
        }
    }
    problems
}

/// Beside a first-name column, a bare "Nom" (or "Name") is the surname: French sheets say
/// "Prénom" + "Nom" for first and last name. Then the two are joined as the name.
fn surname_beside_first_name(columns: &mut [Column]) {
    let has = |columns: &[Column], f: Field| columns.iter().any(|c| c.role == ColumnRole::Field(f));
    if !has(columns, Field::FirstName) || has(columns, Field::LastName) {
        return;
    }
    if let Some(c) = columns.iter_mut().find(|c| {
        c.role == ColumnRole::Field(Field::Name)
            && matches!(fold(&c.header).as_str(), "nom" | "name")
    }) {
        c.role = ColumnRole::Field(Field::LastName);
    }
}

#[cfg(test)]
mod tests;
