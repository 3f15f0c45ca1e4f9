//! The one error type for what a user can cause. Every message names the file, and the sheet,
//! row and column where they apply, so the user can go and fix it.
//!
//! Problems with single cells are not errors (see `model::Problem`): an error means nothing is
//! written for that input.
//!
//! The cause of an error (an I/O error, the zip writer's, the settings file's syntax) is kept as
//! its `source`, so a message can name it and a caller or a test can match it. `Usage` and
//! `TooLarge` carry only a sentence: nothing below them failed, the tool refused.

use std::path::{Path, PathBuf};

/// What went wrong underneath an [`Error`], kept whole.
#[derive(Debug, thiserror::Error)]
pub enum Cause {
    #[error(transparent)]
    Io(#[from] std::io::Error),
    /// The workbook writer (rust_xlsxwriter): a cell out of range, the zip failing...
    #[error(transparent)]
    Xlsx(Box<rust_xlsxwriter::XlsxError>),
    #[error(transparent)]
    Json(#[from] serde_json::Error),
    /// The settings file's TOML syntax or types.
    #[error(transparent)]
    Toml(Box<toml::de::Error>),
    #[error(transparent)]
    Csv(#[from] csv::Error),
    /// A reader's own error (calamine's, the zip reader's...).
    #[error(transparent)]
    Reader(Box<dyn std::error::Error + Send + Sync>),
}

// The writer's and the settings parser's errors are large: boxed, so that every `Result` of the
// crate stays small.
impl From<rust_xlsxwriter::XlsxError> for Cause {
    fn from(e: rust_xlsxwriter::XlsxError) -> Self {
        Cause::Xlsx(Box::new(e))
    }
}

impl From<toml::de::Error> for Cause {
    fn from(e: toml::de::Error) -> Self {
        Cause::Toml(Box::new(e))
    }
}

impl Cause {
    /// A reader's error, kept whole.
    pub fn reader(e: impl std::error::Error + Send + Sync + 'static) -> Self {
        Cause::Reader(Box::new(e))
    }
}

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
    Unreadable {
        path: PathBuf,
        what: String,
        #[source]
        source: Option<Cause>,
    },

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
    Config {
        path: PathBuf,
        what: String,
        #[source]
        source: Option<Cause>,
    },

    /// A command-line value is wrong.
    #[error("{0}")]
    Usage(String),

    /// An output could not be written; the previous output, if any, is intact. `path` is `None`
    /// while the writer that failed does not know its file ([`Error::writing`] names it).
    #[error("{}cannot write: {what}", path.as_ref().map(|p| format!("{}: ", p.display())).unwrap_or_default())]
    Write {
        path: Option<PathBuf>,
        what: String,
        #[source]
        source: Option<Cause>,
    },
}

impl Error {
    /// An [`Error::Write`] from a writer that does not know its file, keeping its cause: the
    /// caller that knows the file names it with [`Error::writing`].
    pub fn write(cause: impl Into<Cause>) -> Error {
        let cause = cause.into();
        Error::Write {
            path: None,
            what: cause.to_string(),
            source: Some(cause),
        }
    }

    /// An [`Error::Write`] of the writer's own making (nothing underneath failed).
    pub fn write_refused(what: impl Into<String>) -> Error {
        Error::Write {
            path: None,
            what: what.into(),
            source: None,
        }
    }

    /// A writer's own [`Error::Write`], made without knowing its file, named after `path`, the
    /// file being written; any other error as it is.
    pub fn writing(self, path: &Path) -> Error {
        match self {
            Error::Write {
                path: None,
                what,
                source,
            } => Error::Write {
                path: Some(path.to_path_buf()),
                what,
                source,
            },
            e => e,
        }
    }
}

impl From<rust_xlsxwriter::XlsxError> for Error {
    fn from(e: rust_xlsxwriter::XlsxError) -> Self {
        Error::write(e)
    }
}

/// The exit code the contract gives an error: 2, nothing written.
pub const EXIT_ERROR: i32 = 2;
