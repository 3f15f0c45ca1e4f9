//! `reseau-xlsx process`: read, normalise, assess, then write the workbook and the asked
//! extras for each input.

use std::path::{Path, PathBuf};

use super::{load, paths, report_error, summary, EXIT_ERROR, EXIT_FAIL_ON, EXIT_OK};
use crate::assess::assess_with;
use crate::cli::{FailOn, ProcessArgs};
use crate::config::{self, Config, Environment};
use crate::error::Error;
use crate::model::{Flag, Outcome};
use crate::write::{self, ics, json, save};

/// Runs `process` over every input; returns the worst exit code.
pub fn run(args: &ProcessArgs, env: &Environment) -> i32 {
    let config = match config::for_process(args, env) {
        Ok(c) => c,
        Err(e) => {
            report_error(&e);
            return EXIT_ERROR;
        }
    };
    if args.inputs.len() > 1 {
        for (flag, given) in [
            ("-o", args.output.is_some()),
            ("--json", args.json.is_some()),
        ] {
            if given {
                report_error(&Error::Usage(format!(
                    "{flag} takes one input (its output is one file); run once per input"
                )));
                return EXIT_ERROR;
            }
        }
    }
    let extras = [
        ("--json", &args.json),
        ("--ics", &args.ics),
        ("--summary-md", &args.summary_md),
    ];
    if let Err(e) = paths::no_input_among(&extras, &args.inputs) {
        report_error(&e);
        return EXIT_ERROR;
    }
    let mut worst = EXIT_OK;
    let mut markdown = crate::safe::markdown::Page::new(config.lang_for(None));
    let bar = super::progress(args.inputs.len());
    let mut taken: Vec<(PathBuf, &Path)> = Vec::new();
    for input in &args.inputs {
        bar.set_message(crate::safe::terminal::line(&input.display().to_string()).into_owned());
        let result = paths::output_for(input, args)
            .and_then(|out| claim(&mut taken, out, input))
            .and_then(|out| one(input, &out, args, &config));
        bar.inc(1);
        let code = bar.suspend(|| match result {
            Ok(done) => {
                if !args.quiet {
                    print!("{}", done.summary);
                }
                if let Some(md) = done.markdown {
                    markdown.push(&md);
                }
                done.code
            }
            Err(e) => {
                report_error(&e);
                if args.summary_md.is_some() {
                    markdown.push(&write::markdown::failure(&input.display().to_string(), &e));
                }
                EXIT_ERROR
            }
        });
        worst = worst.max(code);
    }
    bar.finish_and_clear();
    if let Some(path) = &args.summary_md {
        if let Err(e) = save::atomic(path, markdown.finish().as_bytes()) {
            report_error(&e);
            worst = EXIT_ERROR;
        }
    }
    worst
}

/// Reserves `out` for `input`: two inputs of one run never write the same file (with
/// `--out-dir`, `a/contacts.xlsx` and `b/contacts.xlsx` would both be `contacts.reseau.xlsx`).
fn claim<'a>(
    taken: &mut Vec<(PathBuf, &'a Path)>,
    out: PathBuf,
    input: &'a Path,
) -> Result<PathBuf, Error> {
    if let Some((_, first)) = taken.iter().find(|(o, _)| *o == out) {
        return Err(Error::Usage(format!(
            "{}: its output {} is already written for {} in this run; rename one of them, \
             or run them separately",
            input.display(),
            out.display(),
            first.display()
        )));
    }
    taken.push((out.clone(), input));
    Ok(out)
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

/// Processes one input into `out`; nothing is written unless the whole result could be built.
fn one(input: &Path, out: &Path, args: &ProcessArgs, config: &Config) -> Result<Done, Error> {
    let loaded = load(input, config)?;
    // A missing or unreadable --journal stops this input before anything is written.
    let book = super::journal::find(&loaded, config)?;
    let lang = config.lang_for(loaded.table.lang);
    let (mut contacts, mut problems) = loaded.contacts(config);
    let journal = super::journal::apply(&book, &loaded, &mut contacts, &mut problems, config);
    drop(book);
    let outcome = assess_with(contacts, problems, config, lang, journal);
    let done = Done {
        summary: summary::process(input, out, &outcome)
            + &summary::replaced(&loaded.workbook, &loaded.table, lang),
        markdown: args
            .summary_md
            .as_ref()
            .map(|_| write::markdown::summary(&outcome, &input.display().to_string())),
        code: fail_on(args.fail_on, &outcome),
    };
    let ics = args.ics.as_ref().map(|_| {
        let source = input.file_name().map(|n| n.to_string_lossy().into_owned());
        ics::plan(&outcome, source.as_deref().unwrap_or("contacts"))
    });
    // The JSON is streamed into a file beside its target as it is serialised, and put in
    // place once the workbook is.
    let json = match &args.json {
        Some(path) => {
            let src = json::Source {
                input: input.display().to_string(),
                sheet: &loaded.workbook.sheets[loaded.table.sheet],
                table: &loaded.table,
            };
            Some(save::staged(path, |w| json::process(&src, &outcome, w))?)
        }
        None => None,
    };
    let book =
        write::built(&loaded.workbook, &loaded.table, &outcome).map_err(|e| e.writing(out))?;
    // Every sheet is filled: the cells and the contacts can go before the zip, which holds
    // every link of the workbook twice.
    drop(outcome);
    drop(loaded);
    // Streamed into the output file as it is zipped: a full sheet's workbook is never held
    // whole in memory.
    let zip = |w: &mut (dyn std::io::Write + Send)| book.save_to(w);
    if args.in_place {
        save::backup_then_replace_with(out, zip)?;
    } else {
        save::atomic_with(out, zip)?;
    }
    if let Some(json) = json {
        json.commit()?;
    }
    if let (Some(path), Some(bytes)) = (&args.ics, ics) {
        save::atomic(path, &bytes)?;
    }
    Ok(done)
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
