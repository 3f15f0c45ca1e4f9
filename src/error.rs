//! The one error type for what a user can cause. Every message names the file, and the sheet,
//! row and column where they apply, so the user can go and fix it.
//!
//! Problems with single cells are not errors (see `model::Problem`): an error means nothing is
//! written for that input.

use std::path::{Path, PathBuf};

/// An input that cannot be processed, or an output that cannot be written.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The file could not be opened or read at all (missing, a folder, no permission).
    #[error("{}: cannot read the file: {source}", path.display())]
    Open {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// The file has no bytes, or no non-blank cell.
    #[error("{}: the file is empty", path.display())]
    Empty { path: PathBuf },

    /// The extension is not one the tool reads.
    #[error("{}: unsupported file type (expected .xlsx .xlsm .xlsb .xls .ods .csv .tsv .txt)", path.display())]
    UnsupportedType { path: PathBuf },

    /// The content is not what the extension says, is encrypted, truncated or corrupt.
    #[error("{}: {what}", path.display())]
    Unreadable { path: PathBuf, what: String },

    /// `--sheet` names a sheet the workbook does not have.
    #[error("{}: no sheet named {sheet:?}; the sheets are: {available}", path.display())]
    NoSuchSheet {
        path: PathBuf,
        sheet: String,
        available: String,
    },

    /// No sheet has a header row with at least two known columns, one naming the person.
    #[error("{}: no contact table found{}. Headers seen: {seen}. A contact table needs at least two known columns, one naming the person (name, first or last name, e-mail, phone or profile). Known headers include: {accepted}",
        path.display(), sheet.as_ref().map(|s| format!(" in sheet {s:?}")).unwrap_or_default())]
    NoTable {
        path: PathBuf,
        sheet: Option<String>,
        seen: String,
        accepted: String,
    },

    /// The input is past a sane limit (cells, columns, bytes); reading stopped before memory ran out.
    #[error("{}: {}{what}", path.display(), sheet.as_ref().map(|s| format!("sheet {s:?}: ")).unwrap_or_default())]
    TooLarge {
        path: PathBuf,
        sheet: Option<String>,
        what: String,
    },

    /// The configuration file is wrong; the message names the key and the line.
    #[error("{}: {what}", path.display())]
    Config { path: PathBuf, what: String },

    /// A command-line value is wrong.
    #[error("{0}")]
    Usage(String),

    /// An output could not be written; the previous output, if any, is intact.
    #[error("{}: cannot write: {what}", path.display())]
    Write { path: PathBuf, what: String },
}

impl Error {
    /// An [`Error::Write`] from a writer that does not know its file: the caller that does
    /// names it with [`Error::writing`].
    pub fn write(what: impl std::fmt::Display) -> Error {
        Error::Write {
            path: PathBuf::new(),
            what: what.to_string(),
        }
    }

    /// A writer's own [`Error::Write`], made without knowing its file (its path is empty),
    /// named after `path`, the file being written; any other error as it is.
    pub fn writing(self, path: &Path) -> Error {
        match self {
            Error::Write { path: p, what } if p.as_os_str().is_empty() => Error::Write {
                path: path.to_path_buf(),
                what,
            },
            e => e,
        }
    }
}

/// The exit code the contract gives an error: 2, nothing written.
pub const EXIT_ERROR: i32 = 2;
