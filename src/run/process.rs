//! `reseau-xlsx process`: read, normalise, assess, then write the workbook and the asked
//! extras for each input. Every output of the run is staged, and put in place only once all
//! are written (see `write::save`), so exit 2 for an input still means nothing written for it.

use std::path::{Path, PathBuf};

use super::batch::{self, Ran};
use super::inputs;
use super::outputs::{self, ForInput, Outputs};
use super::settings::{self, Environment};
use super::{load, report_error, summary, EXIT_ERROR, EXIT_FAIL_ON, EXIT_OK};
use crate::assess::assess_remembering;
use crate::assess::Outcome;
use crate::cli::{FailOn, ProcessArgs};
use crate::cohort::Person;
use crate::config::Config;
use crate::error::Error;
use crate::model::Flag;
use crate::write::save::{self, Staged};
use crate::write::{self, ics, json};

/// Runs `process` over every input; returns the worst exit code.
pub fn run(args: &ProcessArgs, env: &Environment) -> i32 {
    let (config, args, mut plan, given) = match prepare(args, env) {
        Ok(x) => x,
        Err(refused) => {
            let (e, skipped, lang) = *refused;
            for s in &skipped {
                eprintln!(
                    "reseau-xlsx: {}",
                    crate::safe::terminal::line(&s.line(lang))
                );
            }
            report_error(&e);
            return EXIT_ERROR;
        }
    };
    let quiet = args.quiet || plan.stdout_taken;
    let staged = stage_inputs(&args, env, &config, &mut plan, &given);
    put_in_place(staged, &plan, quiet)
}

type Refused = Box<(Error, Vec<inputs::Skipped>, crate::vocab::Lang)>;

/// The run's config, its inputs (folders walked) and its outputs, resolved and checked before
/// any input is read; the arguments returned hold the inputs walked.
fn prepare(
    args: &ProcessArgs,
    env: &Environment,
) -> Result<(Config, ProcessArgs, Outputs, inputs::Expanded), Refused> {
    let config =
        settings::for_process(args, env).map_err(|e| Box::new((e, Vec::new(), env.lang)))?;
    let lang = config.lang_for(None);
    let mut given = inputs::expand(&args.inputs);
    batch::drop_outputs(&mut given, args, &config);
    let refused = |e: Error, given: &inputs::Expanded| Box::new((e, given.skipped.clone(), lang));
    if given.inputs.is_empty() {
        let e = match given.empty.first() {
            Some(folder) => inputs::empty_folder(folder),
            None => Error::Usage("no sheet to process: every file given was skipped".into()),
        };
        return Err(refused(e, &given));
    }
    if given.inputs.len() > 1 && args.output.is_some() {
        let e = Error::Usage(
            "-o takes one input (its output is one file); run once per input, or use --out-dir"
                .into(),
        );
        return Err(refused(e, &given));
    }
    if given.batch && args.ics.is_some() {
        let e = Error::Usage(
            "--ics takes one input (its output is one calendar); run once per input".into(),
        );
        return Err(refused(e, &given));
    }
    let mut run_args = args.clone();
    run_args.inputs = given.inputs.iter().map(|i| i.path.clone()).collect();
    let subs: Vec<PathBuf> = given
        .inputs
        .iter()
        .map(|i| i.sub_folder().to_path_buf())
        .collect();
    let settings = settings::locate(args.read.config.as_deref(), &env.cwd);
    let plan = outputs::process(
        &run_args,
        &subs,
        settings.as_deref(),
        config.read.journal.as_deref(),
    )
    .map_err(|e| refused(e, &given))?;
    Ok((config, run_args, plan, given))
}

/// What the inputs gave, staged but not yet in place.
struct Staging {
    /// Each input processed, with its staged files.
    ready: Vec<(Done, Vec<Staged>)>,
    /// Each input's result, in order, for the page, the cohort and the batch JSON.
    results: Vec<Ran>,
    skipped: Vec<inputs::Skipped>,
    batch: bool,
    /// The run's own language: `--lang` (or the settings'), else most sheets', else the
    /// environment's.
    lang: crate::vocab::Lang,
    /// Exit 2 when some input failed.
    worst: i32,
    fail_on: Option<FailOn>,
    today: chrono::NaiveDate,
}

/// Processes every input (`--jobs` at once), staging its outputs and taking them in input order;
/// a failure is reported and does not stop the others.
fn stage_inputs(
    args: &ProcessArgs,
    env: &Environment,
    config: &Config,
    plan: &mut Outputs,
    given: &inputs::Expanded,
) -> Staging {
    let mut run = Staging {
        ready: Vec::new(),
        results: Vec::new(),
        skipped: given.skipped.clone(),
        batch: given.batch,
        lang: config.lang_for(None),
        worst: EXIT_OK,
        fail_on: args.fail_on,
        today: config.today,
    };
    for folder in &given.empty {
        let e = inputs::empty_folder(folder);
        report_error(&e);
        run.results.push(Ran::Failed {
            owner: folder.display().to_string(),
            source: folder.display().to_string(),
            error: e,
        });
        run.worst = EXIT_ERROR;
    }
    let bar = super::progress(given.inputs.len());
    let targets = std::mem::take(&mut plan.inputs);
    let plan = &*plan;
    let work: Vec<_> = given.inputs.iter().zip(targets).collect();
    let jobs = super::jobs::count(args.jobs, work.len());
    // Each input is processed on its own (it shares nothing with the others); its result is
    // taken in input order, so its messages, its place in the page, the cohort and the batch
    // JSON, and the bytes of every output are those of a run with one job.
    super::jobs::in_order(
        work,
        jobs,
        |(input, targets)| {
            bar.set_message(
                crate::safe::terminal::line(&input.path.display().to_string()).into_owned(),
            );
            let r = process_input(input, targets, plan, args, env, config, given.batch);
            bar.inc(1);
            r
        },
        |(owner, source, result)| {
            bar.suspend(|| match result {
                Ok((mut done, staged)) => {
                    run.results.push(Ran::Done {
                        owner,
                        lang: done.lang,
                        person: done.person.take(),
                        markdown: done.markdown.take(),
                        json: done.json.take(),
                        output: std::mem::take(&mut done.output),
                    });
                    run.ready.push((done, staged));
                }
                Err(e) => {
                    report_error(&e);
                    run.results.push(Ran::Failed {
                        owner,
                        source,
                        error: e,
                    });
                    run.worst = EXIT_ERROR;
                }
            });
        },
    );
    bar.finish_and_clear();
    if config.lang.is_none() {
        let langs: Vec<_> = run
            .results
            .iter()
            .filter_map(|r| match r {
                Ran::Done { lang, .. } => Some(*lang),
                Ran::Failed { .. } => None,
            })
            .collect();
        let fr = langs
            .iter()
            .filter(|l| **l == crate::vocab::Lang::Fr)
            .count();
        let en = langs.len() - fr;
        if fr != en {
            run.lang = if fr > en {
                crate::vocab::Lang::Fr
            } else {
                crate::vocab::Lang::En
            };
        }
    }
    run
}

/// One input's owner (the name the page and the cohort give it), its path as given, and what
/// processing it gave.
type Handled = (String, String, Result<(Done, Vec<Staged>), Error>);

/// Processes one input with its own settings (the `reseau.toml` beside it, if any).
fn process_input(
    input: &inputs::Input,
    targets: Result<ForInput, Error>,
    plan: &Outputs,
    args: &ProcessArgs,
    env: &Environment,
    config: &Config,
    batch: bool,
) -> Handled {
    let own = settings::for_input(args, env, &input.path);
    let owner = |cfg: &Config| {
        cfg.messages
            .name
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map_or_else(|| input.under.display().to_string(), str::to_string)
    };
    let source = input.path.display().to_string();
    match own {
        Ok(own) => {
            let cfg = own.as_ref().unwrap_or(config);
            let owner = owner(cfg);
            let r = targets.and_then(|t| one(&input.path, &t, plan, args, cfg, batch));
            (owner, source, r)
        }
        Err(e) => (owner(config), source, Err(e)),
    }
}

/// Puts every staged output in place and prints each input's summary once its files are;
/// returns the worst exit code. The run's own files (the page, the batch JSON, the cohort
/// workbook) gather every input: they are staged before any input's files are put in place,
/// so one that cannot be written leaves every workbook as it was; those for a stream (stdout,
/// a device) are written out first, for the same reason.
fn put_in_place(run: Staging, plan: &Outputs, quiet: bool) -> i32 {
    let l = run.lang;
    for s in &run.skipped {
        eprintln!("reseau-xlsx: {}", crate::safe::terminal::line(&s.line(l)));
    }
    let mut worst = run.worst;
    let mut own = Vec::new();
    if let Some(target) = &plan.summary {
        let page = batch::page(&run.results, &run.skipped, run.batch, run.today, l);
        match save::staged(target, |w| {
            w.write_all(page.as_bytes()).map_err(Error::write)
        }) {
            Ok(p) => own.push(p),
            Err(e) => return nothing_written(&e, !run.ready.is_empty()),
        }
    }
    if let (Some(target), true) = (&plan.json, run.batch) {
        match save::staged(target, |w| batch::json(&run.results, w)) {
            Ok(p) => own.push(p),
            Err(e) => return nothing_written(&e, !run.ready.is_empty()),
        }
    }
    if let Some(target) = &plan.cohort {
        let rows = batch::cohort_rows(&run.results, &target.given, l);
        let staged = save::staged(target, |w| {
            write::cohort::workbook(&rows, run.today, l)
                .map_err(|e| e.writing(&target.given))?
                .save_to_writer(w)
                .map_err(Error::write)
        });
        match staged {
            Ok(p) => own.push(p),
            Err(e) => return nothing_written(&e, !run.ready.is_empty()),
        }
    }
    let (streams, files): (Vec<Staged>, Vec<Staged>) = own.into_iter().partition(Staged::is_stream);
    if !streams.is_empty() {
        if let Err(e) = save::put_in_place(streams) {
            return nothing_written(&e, !run.ready.is_empty());
        }
    }
    for (done, staged) in run.ready {
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
    if !files.is_empty() {
        if let Err(e) = save::put_in_place(files) {
            report_error(&e);
            worst = EXIT_ERROR;
        }
    }
    if run.fail_on == Some(FailOn::Stuck) {
        worst = worst.max(batch::report_stuck(&run.results, l));
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
    /// Its exit code under --fail-on (but `stuck`, which the run decides).
    code: i32,
    /// The language of its outputs.
    lang: crate::vocab::Lang,
    /// Its cohort row (in a batch, or for --fail-on stuck).
    person: Option<Person>,
    /// Its JSON document, in a batch with --json.
    json: Option<Vec<u8>>,
    /// Its workbook, as named.
    output: PathBuf,
}

/// Processes one input into its targets, staged: nothing is in place until the caller puts
/// them there, once every output of the run is written. The backup comes first and the
/// workbook last, so an `--in-place` input is replaced only after its backup is kept. Reads
/// and changes nothing shared, so inputs are processed side by side (`--jobs`).
fn one(
    input: &Path,
    targets: &ForInput,
    plan: &Outputs,
    args: &ProcessArgs,
    config: &Config,
    batch: bool,
) -> Result<(Done, Vec<Staged>), Error> {
    // The memory: the previous output, read (and let go) before the input, so that the two
    // are never held at once; --in-place reads it as its input, below.
    let before = match targets.backup {
        Some(_) => None,
        None => super::history::previous(&targets.workbook.given, config),
    };
    let loaded = load(input, config)?;
    // A missing or unreadable --journal stops this input before anything is written.
    let book = super::journal::find(&loaded, config)?;
    let lang = config.lang_for(loaded.table.lang);
    let (mut contacts, mut problems) = loaded.contacts(config);
    let history = match targets.backup {
        Some(_) => super::history::of(&loaded, &contacts),
        None => before,
    };
    let (journal, index) =
        super::journal::apply(&book, &loaded, &mut contacts, &mut problems, config);
    drop(book);
    let mut outcome = assess_remembering(
        contacts,
        problems,
        config,
        lang,
        journal,
        history.as_ref(),
        index.as_ref(),
    );
    // The journal's index of the contacts (a few keys and lists for each) is let go on another
    // thread while the drafts and the workbook are made.
    let index_gone = std::thread::spawn(move || drop(index));
    crate::draft::fill(&mut outcome, config);
    // The first run on a sheet: no earlier output at the target, nor an output as the input.
    let first_run = !outcome.history.known
        && crate::model::marker::earlier(&loaded.workbook)
            .own
            .is_empty();
    let mut done = Done {
        summary: summary::process(input, &targets.workbook.given, &outcome, first_run)
            + &summary::replaced(&loaded.workbook, &loaded.table, lang),
        markdown: args
            .summary_md
            .as_ref()
            .map(|_| write::markdown::summary(&outcome, &input.display().to_string())),
        code: fail_on(args.fail_on, &outcome),
        lang,
        person: (batch || args.fail_on == Some(FailOn::Stuck) || args.cohort.is_some())
            .then(|| crate::cohort::person(&outcome)),
        json: None,
        output: targets.workbook.given.clone(),
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
    // The JSON is streamed into its staged file as it is serialised; in a batch, it is one
    // element of the run's array, written once every input is done.
    if let Some(target) = &plan.json {
        let src = json::Source {
            input: input.display().to_string(),
            sheet: &loaded.workbook.sheets[loaded.table.sheet],
            table: &loaded.table,
        };
        if batch {
            let mut bytes = Vec::new();
            json::process(&src, &outcome, &mut bytes)?;
            while bytes.last() == Some(&b'\n') {
                bytes.pop();
            }
            done.json = Some(bytes);
        } else {
            staged.push(save::staged(target, |w| json::process(&src, &outcome, w))?);
        }
    }
    let out = &targets.workbook.given;
    let book =
        write::built(&loaded.workbook, &loaded.table, &outcome).map_err(|e| e.writing(out))?;
    // Every sheet is filled: the contacts and their assessment are let go on another thread
    // while the workbook is zipped (a million contacts are millions of frees, and the zip
    // holds every link of the workbook twice); the input's cells, which they borrow, after.
    let saved = std::thread::scope(|scope| {
        scope.spawn(move || drop(outcome));
        // Streamed into the staged file as it is zipped: a full sheet's workbook is never held
        // whole in memory.
        save::staged(&targets.workbook, |w| book.save_to(w))
    });
    drop(loaded);
    // Let go before the next input is read (a folder's inputs one after another).
    let _ = index_gone.join();
    staged.push(saved?);
    Ok((done, staged))
}

fn fail_on(condition: Option<FailOn>, outcome: &Outcome) -> i32 {
    let holds = match condition {
        None => false,
        Some(FailOn::Problems) => !outcome.problems.is_empty(),
        // Decided over the run, from each input's cohort row.
        Some(FailOn::Stuck) => false,
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
