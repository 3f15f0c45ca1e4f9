//! The command line, as clap derive structs: every `///` here is the help text the user sees.
//! Values are only parsed here; `config` checks them and builds the one `Config` of a run.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::vocab::Lang;

/// Score, prioritise and plan the contacts of a networking spreadsheet.
///
/// Reads a contact sheet (xlsx, xls, ods, csv; French or English headers) and writes an
/// annotated workbook: every original value kept, with rank, score, next action, due date,
/// flag and the reason, plus a dashboard, a week-by-week plan, an overdue sheet and a problems
/// sheet.
#[derive(Debug, Parser)]
#[command(name = "reseau-xlsx", version, about, long_about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Score and plan the contacts of each INPUT and write the annotated workbook.
    Process(ProcessArgs),
    /// Read each INPUT and report its column mapping, contact count and problems; write no
    /// workbook.
    Check(CheckArgs),
    /// Write a ready-to-fill contact workbook, with dropdowns and a guide to the method;
    /// optionally started from a LinkedIn, Google or Outlook CSV export.
    Init(InitArgs),
    /// Print a shell completion script, e.g. `reseau-xlsx completions bash > reseau-xlsx.bash`.
    Completions {
        /// The shell to complete in.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff), e.g. `reseau-xlsx man > reseau-xlsx.1`.
    Man,
}

/// The options that say how to read an input.
#[derive(Debug, Clone, Args)]
pub struct ReadArgs {
    /// Read this sheet rather than the first one that holds a contact table.
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,

    /// Read ambiguous dates such as 03/04/2026 day first (dmy) or month first (mdy).
    /// Default: day first, except month first in an English sheet where no date says otherwise.
    #[arg(long, value_enum, value_name = "ORDER")]
    pub date_order: Option<DateOrder>,

    /// Settings file. Default: reseau.toml in the current folder, if there is one.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Read the journal of exchanges (date, contact, what, note) from this file (csv or any
    /// workbook) rather than from a sheet of the input.
    #[arg(long, value_name = "FILE")]
    pub journal: Option<PathBuf>,
}

#[derive(Debug, Clone, Args)]
pub struct ProcessArgs {
    /// The contact sheets to process (.xlsx .xlsm .xlsb .xls .ods .csv .tsv .txt), or folders
    /// of them (walked recursively, in name order; lock and temporary files and the tool's
    /// own outputs are skipped).
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,

    /// Output workbook (one input only). Default: NAME.reseau.xlsx next to the input.
    #[arg(short, long, value_name = "OUTPUT", conflicts_with_all = ["out_dir", "in_place"])]
    pub output: Option<PathBuf>,

    /// Folder for the output workbooks, each named NAME.reseau.xlsx in the sub-folder its
    /// input has under the folder given; created, with its parents, when missing.
    #[arg(long, value_name = "DIR", conflicts_with = "in_place")]
    pub out_dir: Option<PathBuf>,

    /// Rewrite INPUT itself, keeping the previous file as NAME.bak.xlsx.
    #[arg(long)]
    pub in_place: bool,

    /// The day the plan starts from, as YYYY-MM-DD. Default: today's local date.
    #[arg(long, value_name = "DATE")]
    pub today: Option<NaiveDate>,

    /// What you pursue now, with optional weights: job, business, watch, expertise, partners;
    /// e.g. "job" or "job:3,watch:1". Default: all objectives weigh the same. A contact to
    /// approach whose objectives are none of these waits for the meeting and message slots until
    /// every contact that serves one has its slot.
    #[arg(long, value_name = "LIST")]
    pub objective: Option<String>,

    /// Meetings (coffee, lunch, video, event) you can hold per month. Default: 1.
    #[arg(long, value_name = "N")]
    pub meetings_per_month: Option<u32>,

    /// Messages (e-mail, call, message, thanks, follow-ups) you can send per week. Default: 3.
    #[arg(long, value_name = "N")]
    pub messages_per_week: Option<u32>,

    /// Length of the plan, in weeks. Default: 12.
    #[arg(long, value_name = "N")]
    pub weeks: Option<u32>,

    /// Language of the workbook. Default: the language of the headers, else the environment's.
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,

    /// Also write the result as JSON; with several inputs (or a folder), one array holding each
    /// input's result. `-` writes it to stdout.
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,

    /// Also write the plan as an iCalendar file (one input only); re-importing it updates the
    /// events rather than duplicating them. `-` writes it to stdout.
    #[arg(long, value_name = "FILE")]
    pub ics: Option<PathBuf>,

    /// Also write a Markdown summary for a CI job page (all inputs in one file); `-` writes
    /// it to stdout.
    #[arg(long, value_name = "FILE")]
    pub summary_md: Option<PathBuf>,

    /// Also write the cohort workbook: one row per input (person), the stuck first, each name
    /// linked to that person's workbook.
    #[arg(long, value_name = "FILE.xlsx")]
    pub cohort: Option<PathBuf>,

    /// Exit with 1 when a contact is overdue, when a value was not understood, or when a
    /// person is stuck (see docs/coach.md).
    #[arg(long, value_enum, value_name = "CONDITION")]
    pub fail_on: Option<FailOn>,

    /// Print nothing on stdout.
    #[arg(short, long)]
    pub quiet: bool,

    /// Inputs processed at once (several inputs, or a folder). Default: the machine's cores.
    /// Messages, summaries and outputs come out in input order and with the same bytes
    /// whatever the number.
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,

    #[command(flatten)]
    pub read: ReadArgs,
}

#[derive(Debug, Clone, Args)]
pub struct CheckArgs {
    /// The contact sheets to check, or folders of them (walked as `process` walks them).
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,

    /// Also write the normalised contacts and problems as JSON (one input only); `-` writes
    /// it to stdout.
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,

    /// Exit with 1 when a value was not understood.
    #[arg(long, value_enum, value_name = "CONDITION")]
    pub fail_on: Option<CheckFailOn>,

    /// Check as of this date (YYYY-MM-DD), as `process` would read it: dates without a year
    /// or relative dates ("il y a 2 mois") are read from it, and a journal entry dated later is
    /// not applied yet. Default: today's local date.
    #[arg(long, value_name = "DATE")]
    pub today: Option<NaiveDate>,

    /// Language of the report. Default: the sheet's, else the environment's.
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,

    /// Print nothing on stdout.
    #[arg(short, long)]
    pub quiet: bool,

    #[command(flatten)]
    pub read: ReadArgs,
}

#[derive(Debug, Clone, Args)]
pub struct InitArgs {
    /// The workbook to write (an .xlsx name).
    #[arg(value_name = "OUTPUT", default_value = "contacts.xlsx")]
    pub output: PathBuf,

    /// Language of the headers, dropdowns and guide. Default: the environment's.
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,

    /// Start from a contacts export (LinkedIn Connections.csv, Google or Outlook CSV). Give it
    /// again for several exports: the same person in two of them is merged into one row.
    #[arg(long, value_name = "EXPORT", action = clap::ArgAction::Append)]
    pub from: Vec<PathBuf>,

    /// Replace OUTPUT if it exists (it is never replaced otherwise).
    #[arg(long)]
    pub force: bool,

    /// Read `--from` as of this date (YYYY-MM-DD), as `process` would. Default: today.
    #[arg(long, value_name = "DATE")]
    pub today: Option<NaiveDate>,

    /// Print nothing on stdout.
    #[arg(short, long)]
    pub quiet: bool,

    #[command(flatten)]
    pub read: ReadArgs,
}

/// Day-first or month-first reading of `03/04/2026` (`--date-order`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DateOrder {
    Dmy,
    Mdy,
}

impl From<DateOrder> for crate::config::DateOrder {
    fn from(o: DateOrder) -> Self {
        match o {
            DateOrder::Dmy => crate::config::DateOrder::Dmy,
            DateOrder::Mdy => crate::config::DateOrder::Mdy,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    Fr,
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Fr => Lang::Fr,
            LangArg::En => Lang::En,
        }
    }
}

/// A condition that turns exit 0 into 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// A contact's next action is overdue.
    Overdue,
    /// A value was not understood.
    Problems,
    /// A person (an input) is stuck: no exchange in weeks, or the pace missed for months.
    Stuck,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFailOn {
    /// A value was not understood.
    Problems,
}
