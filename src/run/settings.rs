//! From the command line and the environment to one `Config`: the settings file found and read
//! (`--config`, else `reseau.toml` in the current folder), its text applied over the defaults,
//! then the arguments over both. The one place that reads the clock and the environment.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::cli::{CheckArgs, InitArgs, ProcessArgs, ReadArgs};
use crate::config::{check, parse_objectives, set, Config, FileConfig};
use crate::error::Error;
use crate::vocab::Lang;

#[derive(Debug, Clone)]
pub struct Environment {
    /// The local date, used when `--today` is not given.
    pub today: NaiveDate,
    /// Where `reseau.toml` is looked for.
    pub cwd: PathBuf,
    /// From `LC_ALL`, `LC_MESSAGES` or `LANG`: French when it starts with `fr`.
    pub lang: Lang,
}

impl Environment {
    /// Reads the clock, the current folder and the locale variables.
    pub fn current() -> Self {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.is_empty())
            .unwrap_or_default();
        Environment {
            today: chrono::Local::now().date_naive(),
            cwd: std::env::current_dir().unwrap_or_else(|_| PathBuf::from(".")),
            lang: if locale.to_ascii_lowercase().starts_with("fr") {
                Lang::Fr
            } else {
                Lang::En
            },
        }
    }
}

/// Builds the one `Config` of a `process` run: defaults, then `reseau.toml`, then the command line.
///
/// # Errors
/// [`Error::Config`] for a bad file, [`Error::Usage`] for a bad option value.
pub fn for_process(args: &ProcessArgs, env: &Environment) -> Result<Config, Error> {
    process_with(args, env, None)
}

/// The `Config` of one input of a `process` run that has a `reseau.toml` of its own, beside
/// it (and other than the run's file): the defaults, the run's file, that file, then the
/// command line. `None` when the input has none, so the run's `Config` applies.
///
/// # Errors
/// As [`for_process`], naming the input's settings file.
pub fn for_input(
    args: &ProcessArgs,
    env: &Environment,
    input: &Path,
) -> Result<Option<Config>, Error> {
    match beside(&args.read, env, input) {
        Some(own) => process_with(args, env, Some(&own)).map(Some),
        None => Ok(None),
    }
}

/// [`for_input`] for `check`, so that it reads each sheet as `process` will.
///
/// # Errors
/// As [`for_input`].
pub fn for_check_input(
    args: &CheckArgs,
    env: &Environment,
    input: &Path,
) -> Result<Option<Config>, Error> {
    let Some(own) = beside(&args.read, env, input) else {
        return Ok(None);
    };
    let mut config = base(&args.read, env, Some(&own))?;
    config.read.today = Some(config.today);
    Ok(Some(config))
}

/// The `reseau.toml` in the folder of `input`, when there is one and it is not the run's.
fn beside(read: &ReadArgs, env: &Environment, input: &Path) -> Option<PathBuf> {
    let folder = match input.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let own = folder.join("reseau.toml");
    if !own.is_file() {
        return None;
    }
    if let Some(run) = locate(read.config.as_deref(), &env.cwd) {
        let real = |p: &Path| std::fs::canonicalize(p).ok();
        if real(&run).is_some() && real(&run) == real(&own) {
            return None;
        }
    }
    Some(own)
}

fn process_with(
    args: &ProcessArgs,
    env: &Environment,
    beside: Option<&Path>,
) -> Result<Config, Error> {
    let mut config = base(&args.read, env, beside)?;
    if let Some(t) = args.today {
        config.today = t;
    }
    if let Some(list) = &args.objective {
        config.objectives = parse_objectives(list)?;
    }
    set(&mut config.meetings_per_month, args.meetings_per_month);
    set(&mut config.messages_per_week, args.messages_per_week);
    set(&mut config.weeks, args.weeks);
    if let Some(l) = args.lang {
        config.lang = Some(l.into());
    }
    check(&config)?;
    config.read.today = Some(config.today);
    Ok(config)
}

/// Builds the `Config` of an `init` run: the reading options of `--from`, the day and the
/// language.
///
/// # Errors
/// As [`for_process`].
pub fn for_init(args: &InitArgs, env: &Environment) -> Result<Config, Error> {
    let mut config = base(&args.read, env, None)?;
    if let Some(t) = args.today {
        config.today = t;
    }
    if let Some(l) = args.lang {
        config.lang = Some(l.into());
    }
    config.read.today = Some(config.today);
    Ok(config)
}

/// Builds the `Config` of a `check` run: the reading options, the day and the language.
///
/// # Errors
/// As [`for_process`].
pub fn for_check(args: &CheckArgs, env: &Environment) -> Result<Config, Error> {
    let mut config = base(&args.read, env, None)?;
    if let Some(t) = args.today {
        config.today = t;
    }
    if let Some(l) = args.lang {
        config.lang = Some(l.into());
    }
    config.read.today = Some(config.today);
    Ok(config)
}

/// The defaults, then the run's settings file, then `beside` (an input's own), then the
/// reading options.
fn base(read: &ReadArgs, env: &Environment, beside: Option<&Path>) -> Result<Config, Error> {
    let mut config = Config::new(env.today);
    config.env_lang = env.lang;
    let files = locate(read.config.as_deref(), &env.cwd)
        .into_iter()
        .chain(beside.map(Path::to_path_buf));
    for path in files {
        let text = std::fs::read_to_string(&path).map_err(|e| Error::Config {
            path: path.clone(),
            what: format!("cannot read the settings file: {e}"),
            source: Some(e.into()),
        })?;
        FileConfig::parse(&path, &text)?.apply(&path, &mut config)?;
    }
    if read.sheet.is_some() {
        config.read.sheet = read.sheet.clone();
    }
    if read.date_order.is_some() {
        config.read.date_order = read.date_order.map(Into::into);
    }
    if read.journal.is_some() {
        config.read.journal = read.journal.clone();
    }
    Ok(config)
}

/// Parses `--objective`: `job`, `job:3,watch:1`, French words too (`emploi:2, veille`).
///
/// # Errors
/// [`Error::Usage`] naming the word that is not an objective, or a bad weight.
/// Where the config file is: `--config FILE`, else `reseau.toml` in the current folder when it
/// exists, else none.
pub fn locate(explicit: Option<&Path>, cwd: &Path) -> Option<PathBuf> {
    match explicit {
        Some(p) => Some(p.to_path_buf()),
        None => {
            let p = cwd.join("reseau.toml");
            p.is_file().then_some(p)
        }
    }
}
