//! The journal of one input: found in the input's own sheets, or read from the `--journal`
//! file (`journal = "..."` in reseau.toml), then applied to the contacts. Reading the file is
//! `read`'s job, applying the entries `journal`'s; this only chooses and joins them.

use std::sync::Arc;

use super::Loaded;
use crate::config::Config;
use crate::error::Error;
use crate::journal::{self, Index, Source};
use crate::model::{Contact, Hint, Journal, JournalTable, Problem, ProblemKind, Workbook};
use crate::read::{self, journal::Found};

/// Where the journal of an input is.
pub enum Book {
    /// No journal.
    None,
    /// A sheet of the input.
    Own(JournalTable),
    /// The `--journal` file, read whole.
    File {
        workbook: Workbook,
        table: JournalTable,
        name: String,
    },
    /// A journal meant as one but without its date or contact column: one problem.
    Incomplete(Problem),
}

/// Finds the journal of `loaded`: the `--journal` file when there is one, else a sheet of the
/// input.
///
/// # Errors
/// Those of [`read::open`] for the `--journal` file: a missing or unreadable journal stops
/// the input, so nothing is written for it.
pub fn find(loaded: &Loaded, config: &Config) -> Result<Book, Error> {
    if let Some(path) = &config.read.journal {
        let workbook = read::open(path, &config.read)?;
        let name = path.display().to_string();
        return Ok(match read::journal::in_file(&workbook) {
            Found::Table(table) => Book::File {
                workbook,
                table,
                name,
            },
            Found::Incomplete { sheet, headers } => {
                Book::Incomplete(incomplete(&format!("{name} › {sheet}"), &headers))
            }
            Found::None => Book::None,
        });
    }
    Ok(
        match read::journal::in_workbook(&loaded.workbook, loaded.table.sheet) {
            Found::Table(table) => Book::Own(table),
            Found::Incomplete { sheet, headers } => Book::Incomplete(incomplete(&sheet, &headers)),
            Found::None => Book::None,
        },
    )
}

/// Applies the journal of `book` to `contacts`; its problems go after the contacts' ones.
/// Also gives the index of the contacts the entries were matched with (see `journal::apply`).
pub fn apply(
    book: &Book,
    loaded: &Loaded,
    contacts: &mut [Contact],
    problems: &mut Vec<Problem>,
    config: &Config,
) -> (Journal, Option<Index>) {
    let src = match book {
        Book::None => return (Journal::default(), None),
        Book::Incomplete(p) => {
            problems.push(p.clone());
            return (Journal::default(), None);
        }
        Book::Own(table) => Source {
            workbook: &loaded.workbook,
            table,
            file: None,
        },
        Book::File {
            workbook,
            table,
            name,
        } => Source {
            workbook,
            table,
            file: Some(name),
        },
    };
    let (journal, found, index) = journal::apply(src, contacts, config);
    problems.extend(found);
    (journal, index)
}

fn incomplete(sheet: &str, headers: &[String]) -> Problem {
    use crate::vocab::JournalField;
    let has = |f: JournalField| headers.iter().any(|h| JournalField::parse(h) == Some(f));
    let (fr, en) = match (has(JournalField::Date), has(JournalField::Contact)) {
        (false, true) => (
            "il manque la colonne Date (le jour de l'échange)",
            "the Date column is missing (the day of the exchange)",
        ),
        (true, false) => (
            "il manque la colonne Contact (« Avec qui » : la personne de l'échange)",
            "the Contact column is missing ('With whom': the person of the exchange)",
        ),
        _ => (
            "il manque les colonnes Date et Contact (« Avec qui »)",
            "the Date and Contact ('With whom') columns are missing",
        ),
    };
    Problem {
        sheet: Arc::from(sheet),
        row: None,
        column: None,
        value: headers.join(", "),
        kind: ProblemKind::JournalIncomplete,
        hint: Hint::new(
            format!("{fr} ; un journal a une colonne Date et une colonne Contact (et Quoi, Note)"),
            format!("{en}; a journal needs a Date and a Contact column (and What, Note)"),
        ),
    }
}
