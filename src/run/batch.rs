//! What a batch adds to a run of `process` (several inputs, or a folder): the inputs that are
//! this run's own outputs taken out, each input's result kept in order, and from them the run's
//! own outputs: the Markdown page opening on the cohort, the cohort's rows, the JSON array, and
//! the names of the stuck for `--fail-on stuck`.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::inputs;
use super::{EXIT_FAIL_ON, EXIT_OK};
use crate::cli::ProcessArgs;
use crate::cohort::Person;
use crate::config::Config;
use crate::error::Error;
use crate::vocab::Lang;
use crate::write;

/// What one input gave the run, in input order: its cohort row and page section, or why it
/// could not be processed.
pub enum Ran {
    Done {
        owner: String,
        lang: Lang,
        person: Option<Person>,
        markdown: Option<String>,
        json: Option<Vec<u8>>,
        output: PathBuf,
    },
    Failed {
        owner: String,
        source: String,
        error: Error,
    },
}

/// Takes out of the inputs each workbook of the tool's (its marker sheet) that this run writes
/// again for another input (last week's `NAME.reseau.xlsx` caught by a glob), with a line
/// saying so. A file under such a name that the tool did not write is the user's: it is kept
/// as an input (or put back, when the folder walk left it out by its name), so that the input
/// whose output would overwrite it is refused.
pub fn drop_outputs(given: &mut inputs::Expanded, args: &ProcessArgs, config: &Config) {
    // --in-place writes each input over itself: no input is another's output.
    let outs: Vec<crate::write::target::Target> = given
        .inputs
        .iter()
        .filter(|_| !args.in_place)
        .filter_map(|i| {
            super::paths::output_for(&i.path, i.sub_folder(), args)
                .ok()
                .map(|p| crate::write::target::input(&p))
        })
        .collect();
    let is_target = |p: &Path| {
        let me = crate::write::target::input(p);
        outs.iter().any(|o| o.same(&me))
    };
    // Only its marker (and contacts sheet) are read: last week's outputs of a big folder are
    // not read whole to be told apart.
    let tools = |p: &Path| crate::read::open_output(p).ok().flatten().is_some();
    // Last week's cohort workbook, in the folder walked: its hidden sheet says what it is.
    let cohort = args.cohort.as_deref().map(crate::write::target::input);
    let is_cohort = |p: &Path| {
        cohort
            .as_ref()
            .is_some_and(|c| c.same(&crate::write::target::input(p)))
            && crate::read::open(p, &config.read).ok().is_some_and(|wb| {
                wb.sheets
                    .iter()
                    .any(|s| s.name == crate::write::cohort::COHORT_MARKER)
            })
    };
    let mut keep = Vec::new();
    for input in std::mem::take(&mut given.inputs) {
        if is_cohort(&input.path) {
            given.skipped.push(inputs::Skipped {
                path: input.path,
                why: inputs::Why::Cohort,
                under: None,
            });
        } else if is_target(&input.path) && tools(&input.path) {
            given.skipped.push(inputs::Skipped {
                path: input.path,
                why: inputs::Why::OutputOfInput,
                under: None,
            });
        } else {
            keep.push(input);
        }
    }
    // A `NAME.reseau.xlsx` of a folder that the tool did not write, and that this run would
    // write over: an input again.
    let mut skipped = Vec::new();
    for s in std::mem::take(&mut given.skipped) {
        match (&s.why, &s.under) {
            (inputs::Why::Output, Some(under)) if is_target(&s.path) && !tools(&s.path) => {
                keep.push(inputs::Input {
                    path: s.path,
                    under: under.clone(),
                });
            }
            _ => skipped.push(s),
        }
    }
    given.skipped = skipped;
    given.inputs = keep;
}

/// The --summary-md page: with a batch, the cohort table and the files skipped first, then
/// each input's section; a single input's section alone otherwise.
pub fn page(
    results: &[Ran],
    skipped: &[inputs::Skipped],
    batch: bool,
    today: NaiveDate,
    l: Lang,
) -> String {
    let mut page = crate::safe::markdown::Page::new(l);
    if batch {
        let rows = cohort_rows(results, Path::new(""), l);
        let skipped: Vec<String> = skipped.iter().map(|s| s.line(l)).collect();
        page.push(&write::markdown::cohort(&rows, &skipped, today, l));
    }
    for r in results {
        match r {
            Ran::Done {
                markdown: Some(md), ..
            } => page.push(md),
            Ran::Done { .. } => {}
            Ran::Failed { source, error, .. } => {
                page.push(&write::markdown::failure(source, error, l));
            }
        }
    }
    page.finish()
}

/// The cohort's rows, in input order, each output linked from `from` (the cohort file), an
/// input not processed with its error in `l`.
pub fn cohort_rows<'a>(results: &'a [Ran], from: &Path, l: Lang) -> Vec<write::cohort::Row<'a>> {
    results
        .iter()
        .map(|r| match r {
            Ran::Done {
                owner,
                person,
                output,
                ..
            } => write::cohort::Row {
                owner,
                person: person.as_ref(),
                link: Some(super::paths::relative(from, output)),
                failed: None,
            },
            Ran::Failed { owner, error, .. } => write::cohort::Row {
                owner,
                person: None,
                link: None,
                failed: Some(crate::vocab::errors::text(error, l)),
            },
        })
        .collect()
}

/// The JSON of a batch: one array, each input's result in input order (the document `--json`
/// writes for one input), or `{"input": ..., "error": ...}` for an input not processed.
pub fn json(results: &[Ran], w: &mut dyn std::io::Write) -> Result<(), Error> {
    w.write_all(b"[\n").map_err(Error::write)?;
    for (k, r) in results.iter().enumerate() {
        if k > 0 {
            w.write_all(b",\n").map_err(Error::write)?;
        }
        match r {
            Ran::Done { json: Some(j), .. } => w.write_all(j).map_err(Error::write)?,
            Ran::Done { .. } => w.write_all(b"null").map_err(Error::write)?,
            Ran::Failed { source, error, .. } => {
                let v = serde_json::json!({ "input": source, "error": error.to_string() });
                let bytes = serde_json::to_vec(&v).unwrap_or_default();
                w.write_all(&bytes).map_err(Error::write)?;
            }
        }
    }
    w.write_all(b"\n]\n").map_err(Error::write)
}

/// Names each stuck person on stderr, with the reasons, in `l`; returns exit 1 when someone
/// is stuck (`--fail-on stuck`), else 0.
pub fn report_stuck(results: &[Ran], l: Lang) -> i32 {
    let mut code = EXIT_OK;
    for r in results {
        if let Ran::Done {
            owner,
            person: Some(p),
            ..
        } = r
        {
            if p.is_stuck() {
                eprintln!(
                    "reseau-xlsx: {} {}{}{}",
                    l.pick("à l'arrêt :", "stuck:"),
                    crate::safe::terminal::line(owner),
                    l.pick(" : ", ": "),
                    crate::safe::terminal::line(&p.why(l))
                );
                code = EXIT_FAIL_ON;
            }
        }
    }
    code
}
