//! `reseau-xlsx check`: read and normalise each input, print what was understood, write no
//! workbook.

use std::path::Path;

use super::settings::{self, Environment};
use super::{report_error, summary, EXIT_ERROR, EXIT_FAIL_ON, EXIT_OK};
use crate::cli::CheckArgs;
use crate::error::Error;
use crate::write::target::Target;
use crate::write::{json, save};

/// Runs `check` over every input; returns the worst exit code.
pub fn run(args: &CheckArgs, env: &Environment) -> i32 {
    let config = match settings::for_check(args, env) {
        Ok(c) => c,
        Err(e) => {
            report_error(&e);
            return EXIT_ERROR;
        }
    };
    // Folders walked, lock and temporary files skipped, as `process` does.
    let given = super::inputs::expand(&args.inputs);
    for s in &given.skipped {
        let line = s.line(config.lang_for(None));
        eprintln!("reseau-xlsx: {}", crate::safe::terminal::line(&line));
    }
    let mut worst = EXIT_OK;
    for folder in &given.empty {
        report_error(&super::inputs::empty_folder(folder));
        worst = EXIT_ERROR;
    }
    let inputs: Vec<std::path::PathBuf> = given.inputs.into_iter().map(|i| i.path).collect();
    if inputs.is_empty() {
        if worst == EXIT_OK {
            report_error(&Error::Usage(
                "no sheet to check: every file given was skipped".into(),
            ));
        }
        return EXIT_ERROR;
    }
    if inputs.len() > 1 && args.json.is_some() {
        report_error(&Error::Usage("--json takes one input".into()));
        return EXIT_ERROR;
    }
    let settings = settings::locate(args.read.config.as_deref(), &env.cwd);
    let json = match super::outputs::check(args.json.as_deref(), &inputs, settings.as_deref()) {
        Ok(t) => t,
        Err(e) => {
            report_error(&e);
            return EXIT_ERROR;
        }
    };
    let quiet = args.quiet || json.as_ref().is_some_and(Target::is_stdout);
    let bar = super::progress(inputs.len());
    for input in &inputs {
        bar.set_message(crate::safe::terminal::line(&input.display().to_string()).into_owned());
        // A reseau.toml beside the sheet applies to it, as in `process`.
        let result = settings::for_check_input(args, env, input)
            .and_then(|own| one(input, json.as_ref(), quiet, own.as_ref().unwrap_or(&config)));
        bar.inc(1);
        let code = bar.suspend(|| match result {
            Ok(problems) if problems > 0 && args.fail_on.is_some() => EXIT_FAIL_ON,
            Ok(_) => EXIT_OK,
            Err(e) => {
                report_error(&e);
                EXIT_ERROR
            }
        });
        worst = worst.max(code);
    }
    bar.finish_and_clear();
    worst
}

/// Checks one input; returns how many problems it has.
fn one(
    input: &Path,
    json: Option<&Target>,
    quiet: bool,
    config: &crate::config::Config,
) -> Result<usize, Error> {
    let loaded = super::load(input, config)?;
    let book = super::journal::find(&loaded, config)?;
    let (mut contacts, mut problems) = loaded.contacts(config);
    let (journal, _) = super::journal::apply(&book, &loaded, &mut contacts, &mut problems, config);
    let sheet = &loaded.workbook.sheets[loaded.table.sheet];
    if !quiet {
        let lang = config.lang_for(loaded.table.lang);
        let report = summary::check(input, sheet, &loaded.table, &contacts, &problems, lang)
            + &summary::journal(&journal, lang);
        print!("{}", crate::safe::terminal::lines(&report));
    }
    if let Some(target) = json {
        let src = json::Source {
            input: input.display().to_string(),
            sheet,
            table: &loaded.table,
        };
        save::put_in_place(vec![save::staged(target, |w| {
            json::check(&src, &contacts, &problems, &journal, w)
        })?])?;
    }
    Ok(problems.len())
}
