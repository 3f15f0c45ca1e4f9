//! Every file a run reads or writes, resolved and compared before anything is written: the
//! inputs, the settings file, `--json`, `--ics`, `--summary-md`, and each input's workbook and
//! backup. Two of them that lead to one file (through `..`, symlinks, hard links) are a
//! collision: one among the run's own options stops the run; one that involves an input's
//! workbook or backup stops that input only, as when two inputs of one `--out-dir` share a name.
//! `--out-dir` is created here, with its parents, since the outputs are resolved inside it.

use std::path::{Path, PathBuf};

use super::paths;
use crate::cli::ProcessArgs;
use crate::error::Error;
use crate::write::save;
use crate::write::target::{self, Target};

/// What a path is to the run, to name both sides of a collision.
#[derive(Debug, Clone)]
enum Role {
    Input,
    /// `init --from`.
    Export,
    Settings,
    /// `--journal` (or `journal` in reseau.toml).
    Journal,
    Flag(&'static str),
    Workbook(PathBuf),
    /// The input itself, rewritten by `--in-place`.
    Rewritten,
    Backup(PathBuf),
}

/// A resolved path with its role.
#[derive(Debug, Clone)]
struct Named {
    role: Role,
    target: Target,
}

impl std::fmt::Display for Named {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let p = self.target.given.display();
        match &self.role {
            Role::Input => write!(f, "the input {p}"),
            Role::Export => write!(f, "the export {p} (--from)"),
            Role::Settings => write!(f, "the settings file {p}"),
            Role::Journal => write!(f, "the journal {p}"),
            Role::Flag(flag) => write!(f, "{flag} {p}"),
            Role::Workbook(input) => write!(f, "the workbook {p} (of {})", input.display()),
            Role::Rewritten => write!(f, "--in-place {p}"),
            Role::Backup(input) => write!(f, "the backup {p} (of {})", input.display()),
        }
    }
}

/// The outputs of one input.
pub struct ForInput {
    pub workbook: Target,
    /// `--in-place`: where the previous workbook is kept.
    pub backup: Option<Target>,
}

/// The outputs of a `process` run.
pub struct Outputs {
    pub json: Option<Target>,
    pub ics: Option<Target>,
    pub summary: Option<Target>,
    pub cohort: Option<Target>,
    /// Per input, in order: its outputs, or why it is refused.
    pub inputs: Vec<Result<ForInput, Error>>,
    /// Whether some output goes to stdout, which then carries nothing else.
    pub stdout_taken: bool,
}

/// Resolves and compares every path of a `process` run; `settings` is the config file read,
/// `journal` the journal file read beside the inputs.
///
/// # Errors
/// [`Error::Usage`] when an option's output is not a possible output or collides with an input,
/// the settings or another option; [`Error::Write`] when `--out-dir` cannot be created.
pub fn process(
    args: &ProcessArgs,
    subs: &[PathBuf],
    settings: Option<&Path>,
    journal: Option<&Path>,
) -> Result<Outputs, Error> {
    let made = match &args.out_dir {
        Some(dir) => make_folder(dir)?,
        None => Vec::new(),
    };
    let planned = plan(args, subs, settings, journal);
    if planned.is_err() {
        // A refused run writes nothing, not even the folders it made for its outputs.
        for dir in made {
            let _ = std::fs::remove_dir(dir);
        }
    }
    planned
}

/// Creates `dir` and its missing parents, like `mkdir -p`; returns the folders it made,
/// deepest first.
fn make_folder(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let made: Vec<PathBuf> = dir
        .ancestors()
        .filter(|a| !a.as_os_str().is_empty() && !a.exists())
        .map(Path::to_path_buf)
        .collect();
    std::fs::create_dir_all(dir).map_err(|e| Error::Write {
        path: Some(dir.to_path_buf()),
        what: format!("cannot create the output folder: {e}"),
        source: Some(e.into()),
    })?;
    Ok(made)
}

fn plan(
    args: &ProcessArgs,
    subs: &[PathBuf],
    settings: Option<&Path>,
    journal: Option<&Path>,
) -> Result<Outputs, Error> {
    let mut seen = reads(&args.inputs, settings, journal);
    let mut flag = |name: &'static str, path: &Option<PathBuf>| -> Result<_, Error> {
        let Some(path) = path else { return Ok(None) };
        let named = Named {
            role: Role::Flag(name),
            target: target::output(path)?,
        };
        refuse_collision(&named, &seen, None)?;
        seen.push(named.clone());
        Ok(Some(named.target))
    };
    let json = flag("--json", &args.json)?;
    let ics = flag("--ics", &args.ics)?;
    let summary = flag("--summary-md", &args.summary_md)?;
    let cohort = flag("--cohort", &args.cohort)?;
    if let Some(c) = &cohort {
        if !paths::has_ext(&c.given, "xlsx") {
            return Err(Error::Usage(format!(
                "--cohort {}: the cohort is an .xlsx workbook; give it the .xlsx extension",
                c.given.display()
            )));
        }
    }
    let stdout_taken = [&json, &ics, &summary, &cohort]
        .iter()
        .any(|t| t.as_ref().is_some_and(Target::is_stdout));
    let inputs = (0..args.inputs.len())
        .map(|i| {
            let sub = subs.get(i).map_or(Path::new(""), PathBuf::as_path);
            for_input(i, sub, args, &mut seen)
        })
        .collect();
    Ok(Outputs {
        json,
        ics,
        summary,
        cohort,
        inputs,
        stdout_taken,
    })
}

/// Resolves `init`'s output and refuses it when it is the export or the settings file.
///
/// # Errors
/// As [`process`].
pub fn init(output: &Path, from: &[PathBuf], settings: Option<&Path>) -> Result<Target, Error> {
    let mut seen = reads(&[] as &[&Path], settings, None);
    seen.extend(from.iter().map(|p| Named {
        role: Role::Export,
        target: target::input(p),
    }));
    let named = Named {
        role: Role::Flag("init"),
        target: target::output(output)?,
    };
    refuse_collision(&named, &seen, None)?;
    Ok(named.target)
}

/// Resolves `check --json` and refuses it when it is an input or the settings file.
///
/// # Errors
/// As [`process`].
pub fn check(
    json: Option<&Path>,
    inputs: &[PathBuf],
    settings: Option<&Path>,
) -> Result<Option<Target>, Error> {
    let Some(json) = json else { return Ok(None) };
    let seen = reads(inputs, settings, None);
    let named = Named {
        role: Role::Flag("--json"),
        target: target::output(json)?,
    };
    refuse_collision(&named, &seen, None)?;
    Ok(Some(named.target))
}

/// The files a run reads.
fn reads<P: AsRef<Path>>(
    inputs: &[P],
    settings: Option<&Path>,
    journal: Option<&Path>,
) -> Vec<Named> {
    let inputs = inputs.iter().map(|p| Named {
        role: Role::Input,
        target: target::input(p.as_ref()),
    });
    let settings = settings.map(|p| Named {
        role: Role::Settings,
        target: target::input(p),
    });
    let journal = journal.map(|p| Named {
        role: Role::Journal,
        target: target::input(p),
    });
    inputs.chain(settings).chain(journal).collect()
}

/// The workbook (and backup) of input `i`, checked against every path seen so far, which
/// they join when they are free.
fn for_input(
    i: usize,
    sub: &Path,
    args: &ProcessArgs,
    seen: &mut Vec<Named>,
) -> Result<ForInput, Error> {
    let input = &args.inputs[i];
    let path = paths::output_for(input, sub, args)?;
    if let (Some(dir), false) = (&args.out_dir, sub.as_os_str().is_empty()) {
        // The input's sub-folder, kept under --out-dir.
        make_folder(&dir.join(sub))?;
    }
    let workbook = Named {
        role: if args.in_place {
            Role::Rewritten
        } else {
            Role::Workbook(input.clone())
        },
        target: target::output(&path)?,
    };
    // --in-place rewrites its own input (the i-th path seen), and only that one.
    refuse_collision(&workbook, seen, args.in_place.then_some(i))?;
    if !args.in_place {
        seen.push(workbook.clone());
        return Ok(ForInput {
            workbook: workbook.target,
            backup: None,
        });
    }
    if !matches!(workbook.target.dest, target::Dest::File(_)) {
        return Err(Error::Usage(format!(
            "{}: --in-place rewrites a workbook file, and this is not a regular file",
            input.display()
        )));
    }
    let backup = Named {
        role: Role::Backup(input.clone()),
        target: target::output(&save::backup_path(input)).map_err(|e| {
            Error::Usage(format!(
                "{e}; no backup can be kept there, so the input was left unchanged"
            ))
        })?,
    };
    refuse_collision(&backup, seen, None)?;
    if backup.target.same(&workbook.target) {
        return Err(collision(&backup, &workbook));
    }
    seen.push(workbook.clone());
    seen.push(backup.clone());
    Ok(ForInput {
        workbook: workbook.target,
        backup: Some(backup.target),
    })
}

/// Refuses `new` when it leads to a file already in `seen` (but the one at index `allowed`).
fn refuse_collision(new: &Named, seen: &[Named], allowed: Option<usize>) -> Result<(), Error> {
    match seen
        .iter()
        .enumerate()
        .find(|(j, s)| Some(*j) != allowed && s.target.same(&new.target))
    {
        Some((_, old)) => Err(collision(new, old)),
        None => Ok(()),
    }
}

fn collision(new: &Named, old: &Named) -> Error {
    let given = new.target.given.display();
    let what = match (&new.role, &old.role) {
        (Role::Workbook(input), Role::Input) if *input == old.target.given => format!(
            "{}: the output would overwrite the input; use --in-place to update it (a backup \
             is kept), or -o to write elsewhere",
            input.display()
        ),
        (Role::Rewritten, Role::Input) => format!(
            "{given}: the same file as the input {}; --in-place rewrites each file once, \
             so give it once",
            old.target.given.display()
        ),
        (Role::Flag(flag), Role::Input) => format!(
            "{flag} {given}: that is an input ({}); the inputs are never overwritten",
            old.target.given.display()
        ),
        (_, Role::Input | Role::Export | Role::Settings) => {
            format!("{new} would overwrite {old}; the inputs are never overwritten")
        }
        (Role::Workbook(input), Role::Workbook(first)) => format!(
            "{}: its output {given} is already written for {} in this run; rename one of \
             them, or run them separately",
            input.display(),
            first.display()
        ),
        _ => format!("{new} and {old} are the same file; give each output its own file"),
    };
    Error::Usage(what)
}
