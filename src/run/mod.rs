//! The library face: runs a parsed command line over its inputs and returns the exit code.
//!
//! Each input is handled on its own: one that cannot be read is reported on stderr and does not
//! stop the others, and the exit code is the worst of them (0 done, 1 a `--fail-on` condition
//! holds, 2 nothing written for some input). This is the only place that reads the clock and the
//! environment (through `settings::Environment`), and it leaves all file access to `read` and
//! `write`.

mod batch;
mod check;
mod history;
mod init;
mod inputs;
mod jobs;
mod journal;
mod outputs;
mod paths;
mod process;
mod settings;
mod summary;

use std::path::Path;

use crate::cli::{Cli, Command};
use crate::config::Config;
use crate::error::Error;
use crate::model::{Contact, Problem, Table, Workbook};
use crate::{normalize, read};
use settings::Environment;

/// Exit code: done.
pub const EXIT_OK: i32 = 0;
/// Exit code: done, but a `--fail-on` condition holds.
pub const EXIT_FAIL_ON: i32 = 1;
/// Exit code: nothing written for an input (usage error, unreadable input, unwritable output).
pub const EXIT_ERROR: i32 = crate::error::EXIT_ERROR;

/// Runs `cli`; returns the process exit code.
pub fn run(cli: Cli) -> i32 {
    let env = Environment::current();
    match cli.command {
        Command::Process(args) => process::run(&args, &env),
        Command::Check(args) => check::run(&args, &env),
        Command::Init(args) => init::run(&args, &env),
        Command::Completions { shell } => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut cmd, "reseau-xlsx", &mut std::io::stdout());
            EXIT_OK
        }
        Command::Man => {
            let cmd = <Cli as clap::CommandFactory>::command();
            match clap_mangen::Man::new(cmd).render(&mut std::io::stdout()) {
                Ok(()) => EXIT_OK,
                // `reseau-xlsx man | head` is not an error.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => EXIT_OK,
                Err(e) => {
                    eprintln!("reseau-xlsx: error: cannot print the man page: {e}");
                    EXIT_ERROR
                }
            }
        }
    }
}

/// One input read and its table found: what `check` reports and `process` builds on.
struct Loaded {
    workbook: Workbook,
    table: Table,
}

impl Loaded {
    /// The contacts of the table, their texts borrowed from the workbook, and the problems:
    /// the table's (duplicate columns) then the cells', in row order.
    fn contacts(&self, config: &Config) -> (Vec<Contact<'_>>, Vec<Problem>) {
        let (contacts, cell_problems) =
            normalize::contacts(&self.workbook, &self.table, &config.read);
        let mut problems = self.table.problems.clone();
        problems.extend(cell_problems);
        (contacts, problems)
    }
}

fn load(path: &Path, config: &Config) -> Result<Loaded, Error> {
    let workbook = read::open(path, &config.read)?;
    let table = read::locate(path, &workbook, &config.read)?;
    Ok(Loaded { workbook, table })
}

/// Prints an error the way every failure is shown: one line on stderr, naming the file, made
/// inert for a terminal (a file or sheet name may come from someone else).
fn report_error(e: &Error) {
    eprintln!(
        "reseau-xlsx: error: {}",
        crate::safe::terminal::line(&e.to_string())
    );
}

/// A progress bar over the inputs on stderr; drawn only when stderr is a terminal, so logs
/// and CI output stay clean.
fn progress(inputs: usize) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(inputs as u64),
        indicatif::ProgressDrawTarget::stderr(),
    );
    let style = if inputs > 1 {
        "{spinner} [{pos}/{len}] {wide_bar} {msg}"
    } else {
        "{spinner} {msg} ({elapsed})"
    };
    if let Ok(style) = indicatif::ProgressStyle::with_template(style) {
        bar.set_style(style);
    }
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    bar
}
