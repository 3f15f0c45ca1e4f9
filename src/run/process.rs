//! `reseau-xlsx process`: read, normalise, assess, then write the workbook and the asked
//! extras for each input. Every output of the run is staged, and put in place only once all
//! are written (see `write::save`), so exit 2 for an input still means nothing written for it.

use std::path::Path;

use super::outputs::{self, ForInput, Outputs};
use super::settings::{self, Environment};
use super::{load, report_error, summary, EXIT_ERROR, EXIT_FAIL_ON, EXIT_OK};
use crate::assess::assess_with;
use crate::assess::Outcome;
use crate::cli::{FailOn, ProcessArgs};
use crate::config::Config;
use crate::error::Error;
use crate::model::Flag;
use crate::write::save::{self, Staged};
use crate::write::{self, ics, json};

/// Runs `process` over every input; returns the worst exit code.
pub fn run(args: &ProcessArgs, env: &Environment) -> i32 {
    let (config, mut plan) = match prepare(args, env) {
        Ok(x) => x,
        Err(e) => {
            report_error(&e);
            return EXIT_ERROR;
        }
    };
    let quiet = args.quiet || plan.stdout_taken;
    let staged = stage_inputs(args, &config, &mut plan);
    put_in_place(staged, &plan, quiet)
}

/// The run's config and its outputs, resolved and checked before any input is read.
fn prepare(args: &ProcessArgs, env: &Environment) -> Result<(Config, Outputs), Error> {
    let config = settings::for_process(args, env)?;
    if args.inputs.len() > 1 {
        for (flag, given) in [
            ("-o", args.output.is_some()),
            ("--json", args.json.is_some()),
        ] {
            if given {
                return Err(Error::Usage(format!(
                    "{flag} takes one input (its output is one file); run once per input"
                )));
            }
        }
    }
    let settings = settings::locate(args.read.config.as_deref(), &env.cwd);
    let plan = outputs::process(args, settings.as_deref(), config.read.journal.as_deref())?;
    Ok((config, plan))
}

/// What the inputs gave, staged but not yet in place.
struct Staging {
    /// Each input processed, with its staged files.
    ready: Vec<(Done, Vec<Staged>)>,
    /// The --summary-md page, failures included.
    markdown: crate::safe::markdown::Page,
    /// Exit 2 when some input failed.
    worst: i32,
}

/// Processes every input in turn, staging its outputs; a failure is reported and does not
/// stop the others.
fn stage_inputs(args: &ProcessArgs, config: &Config, plan: &mut Outputs) -> Staging {
    let mut run = Staging {
        ready: Vec::new(),
        markdown: crate::safe::markdown::Page::new(config.lang_for(None)),
        worst: EXIT_OK,
    };
    let bar = super::progress(args.inputs.len());
    let targets = std::mem::take(&mut plan.inputs);
    for (input, targets) in args.inputs.iter().zip(targets) {
        bar.set_message(crate::safe::terminal::line(&input.display().to_string()).into_owned());
        let result = targets.and_then(|t| one(input, &t, plan, args, config));
        bar.inc(1);
        bar.suspend(|| match result {
            Ok((done, staged)) => {
                if let Some(md) = &done.markdown {
                    run.markdown.push(md);
                }
                run.ready.push((done, staged));
            }
            Err(e) => {
                report_error(&e);
                if args.summary_md.is_some() {
                    let source = input.display().to_string();
                    run.markdown.push(&write::markdown::failure(&source, &e));
                }
                run.worst = EXIT_ERROR;
            }
        });
    }
    bar.finish_and_clear();
    run
}

/// Puts every staged output in place and prints each input's summary once its files are;
/// returns the worst exit code. The page gathers every input: it is staged before any input's
/// files are put in place, so a page that cannot be written leaves every workbook as it was;
/// a page for a stream (stdout, a device) is written out first, for the same reason.
fn put_in_place(run: Staging, plan: &Outputs, quiet: bool) -> i32 {
    let Staging {
        ready,
        markdown,
        mut worst,
    } = run;
    let markdown = markdown.finish();
    let mut page = match &plan.summary {
        Some(target) => match save::staged(target, |w| {
            w.write_all(markdown.as_bytes()).map_err(Error::write)
        }) {
            Ok(page) => Some(page),
            Err(e) => return nothing_written(&e, !ready.is_empty()),
        },
        None => None,
    };
    if page.as_ref().is_some_and(Staged::is_stream) {
        if let Err(e) = save::put_in_place(page.take().into_iter().collect()) {
            return nothing_written(&e, !ready.is_empty());
        }
    }
    for (done, staged) in ready {
        match save::put_in_place(staged) {
            Ok(()) => {
                if !quiet {
                    print!("{}", crate::safe::terminal::lines(&done.summary));
                }
                worst = worst.max(done.code);
            }
            Err(e) => {
                report_error(&e);
                worst = EXIT_ERROR;
            }
        }
    }
    if let Some(Err(e)) = page.map(|p| save::put_in_place(vec![p])) {
        report_error(&e);
        worst = EXIT_ERROR;
    }
    worst
}

/// Reports that the summary page could not be written, so that no input's files were put in
/// place either; returns exit 2.
fn nothing_written(e: &Error, had_outputs: bool) -> i32 {
    report_error(e);
    if had_outputs {
        report_error(&Error::Usage(
            "nothing was written, since the summary page could not be".into(),
        ));
    }
    EXIT_ERROR
}

/// What one processed input gives the run.
struct Done {
    /// What is printed for it (unless --quiet).
    summary: String,
    /// Its part of the --summary-md page, when one is asked for.
    markdown: Option<String>,
    /// Its exit code under --fail-on.
    code: i32,
}

/// Processes one input into its targets, staged: nothing is in place until the caller puts
/// them there, once every output of the run is written. The backup comes first and the
/// workbook last, so an `--in-place` input is replaced only after its backup is kept.
fn one(
    input: &Path,
    targets: &ForInput,
    plan: &Outputs,
    args: &ProcessArgs,
    config: &Config,
) -> Result<(Done, Vec<Staged>), Error> {
    let loaded = load(input, config)?;
    // A missing or unreadable --journal stops this input before anything is written.
    let book = super::journal::find(&loaded, config)?;
    let lang = config.lang_for(loaded.table.lang);
    let (mut contacts, mut problems) = loaded.contacts(config);
    let journal = super::journal::apply(&book, &loaded, &mut contacts, &mut problems, config);
    drop(book);
    let mut outcome = assess_with(contacts, problems, config, lang, journal);
    crate::draft::fill(&mut outcome, config);
    let done = Done {
        summary: summary::process(input, &targets.workbook.given, &outcome)
            + &summary::replaced(&loaded.workbook, &loaded.table, lang),
        markdown: args
            .summary_md
            .as_ref()
            .map(|_| write::markdown::summary(&outcome, &input.display().to_string())),
        code: fail_on(args.fail_on, &outcome),
    };
    let mut staged = Vec::new();
    if let Some(backup) = &targets.backup {
        staged.push(save::staged_copy(backup, input).map_err(|e| match e {
            Error::Write { path, what, source } => Error::Write {
                path,
                what: format!("cannot keep a backup, so the input was left unchanged: {what}"),
                source,
            },
            e => e,
        })?);
    }
    /// The most of a previous calendar read: far more than a plan's events.
    const MAX_PREVIOUS_ICS: u64 = 64 << 20;
    if let Some(target) = &plan.ics {
        let source = input.file_name().map(|n| n.to_string_lossy().into_owned());
        // The calendar an earlier run wrote at the same path: its events no longer planned
        // are cancelled in the new one. One that cannot be read is only not consulted.
        let previous = match &target.dest {
            crate::write::save::target::Dest::File(p) => {
                std::fs::File::open(p).ok().and_then(|f| {
                    let mut text = String::new();
                    std::io::Read::read_to_string(
                        &mut std::io::Read::take(f, MAX_PREVIOUS_ICS),
                        &mut text,
                    )
                    .ok()
                    .map(|_| text)
                })
            }
            _ => None,
        };
        let bytes = ics::plan(
            &outcome,
            source.as_deref().unwrap_or("contacts"),
            previous.as_deref(),
        );
        staged.push(save::staged(target, |w| {
            w.write_all(&bytes).map_err(Error::write)
        })?);
    }
    // The JSON is streamed into its staged file as it is serialised.
    if let Some(target) = &plan.json {
        let src = json::Source {
            input: input.display().to_string(),
            sheet: &loaded.workbook.sheets[loaded.table.sheet],
            table: &loaded.table,
        };
        staged.push(save::staged(target, |w| json::process(&src, &outcome, w))?);
    }
    let out = &targets.workbook.given;
    let book =
        write::built(&loaded.workbook, &loaded.table, &outcome).map_err(|e| e.writing(out))?;
    // Every sheet is filled: the cells and the contacts can go before the zip, which holds
    // every link of the workbook twice.
    drop(outcome);
    drop(loaded);
    // Streamed into the staged file as it is zipped: a full sheet's workbook is never held
    // whole in memory.
    staged.push(save::staged(&targets.workbook, |w| book.save_to(w))?);
    Ok((done, staged))
}

fn fail_on(condition: Option<FailOn>, outcome: &Outcome) -> i32 {
    let holds = match condition {
        None => false,
        Some(FailOn::Problems) => !outcome.problems.is_empty(),
        Some(FailOn::Overdue) => outcome
            .assessed
            .iter()
            .any(|a| a.action.flag == Flag::Overdue),
    };
    if holds {
        EXIT_FAIL_ON
    } else {
        EXIT_OK
    }
}
