//! One `Config` for a run: the documented defaults, `reseau.toml`'s text applied over them, and
//! (by `run`, which owns the command line) the arguments over both. No stage below reads
//! arguments, the environment, the clock or a file: today's date is in here. This module knows
//! no clap type and opens no file.
//!
//! This module owns the file format of `reseau.toml` and the checks of every value; it does not
//! own the meaning of the weights (see `score`) or of the delays (see `plan`).

use std::path::PathBuf;

use chrono::NaiveDate;
use serde::Deserialize;

mod file;
mod messages;
mod weights;

pub use file::FileConfig;
pub use messages::{Custom, DefaultRegister, Part, Settings};
pub use weights::Weights;

use crate::error::Error;
use crate::vocab::{Field, Lang, Objective};

pub use crate::vocab::DateOrder;

/// What the reading stages need: which sheet, how to read dates, extra header aliases.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReadOptions {
    /// `--sheet`: read this sheet rather than the first that holds a contact table.
    pub sheet: Option<String>,
    /// `--date-order`: forces day-first or month-first; `None` is day first, except month
    /// first in an English sheet whose column is unambiguous.
    pub date_order: Option<DateOrder>,
    /// Extra header aliases from `reseau.toml`, already folded.
    pub aliases: Vec<(Field, String)>,
    /// The run's today (`Config::today`), so a last contact after it is reported: a year typed
    /// wrong would otherwise hide the contact from the plan for a year.
    pub today: Option<NaiveDate>,
    /// `--journal` (or `journal` in reseau.toml): the journal is read from this file rather
    /// than from a sheet of the input.
    pub journal: Option<PathBuf>,
}

/// Keep-in-touch cadences by horizon, in days, when a row gives none.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Cadences {
    pub short: u32,
    pub medium: u32,
    pub long: u32,
    /// For a contact with no horizon.
    pub unknown: u32,
}

impl Default for Cadences {
    fn default() -> Self {
        // Short-term contacts are the ones the user is working with now: news every month.
        Cadences {
            short: 30,
            medium: 60,
            long: 90,
            unknown: 60,
        }
    }
}

/// Everything a run needs to know, checked once.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// The day the plan starts from (`--today`, else the local date).
    pub today: NaiveDate,
    /// What the user pursues now, with weights; empty means all objectives weigh the same.
    pub objectives: Vec<(Objective, u32)>,
    /// Meetings (coffee, lunch, video, event) the user can hold per month.
    pub meetings_per_month: u32,
    /// Messages (e-mail, call, message, thanks, follow-ups) the user can send per week.
    pub messages_per_week: u32,
    /// Length of the plan, in weeks.
    pub weeks: u32,
    /// Days without an answer before a follow-up is due.
    pub follow_up_days: u32,
    /// Days after a meeting within which to thank.
    pub thank_days: u32,
    /// Days after a request received within which to answer it.
    pub answer_days: u32,
    /// Days after a meeting past which a thank-you no longer makes sense: the next step is to
    /// reconnect with news (and thank again).
    pub thank_window_days: u32,
    /// Days after an unanswered message past which a follow-up no longer makes sense: the
    /// approach starts again.
    pub follow_up_window_days: u32,
    /// An action due within this many days is `due_soon`.
    pub due_soon_days: u32,
    pub cadences: Cadences,
    pub weights: Weights,
    /// `--lang`; `None`: the language of the headers, else `env_lang`.
    pub lang: Option<Lang>,
    /// The language of the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`), the last fallback.
    pub env_lang: Lang,
    pub read: ReadOptions,
    /// `[me]` and `[messages]`: the user's name, signature, project line and templates.
    pub messages: Settings,
}

impl Config {
    /// The documented defaults, with `today` as given.
    pub fn new(today: NaiveDate) -> Self {
        Config {
            today,
            objectives: Vec::new(),
            meetings_per_month: 1,
            messages_per_week: 3,
            weeks: 12,
            follow_up_days: 10,
            thank_days: 2,
            answer_days: 3,
            thank_window_days: 14,
            follow_up_window_days: 60,
            due_soon_days: 7,
            cadences: Cadences::default(),
            weights: Weights::default(),
            lang: None,
            env_lang: Lang::En,
            read: ReadOptions::default(),
            messages: Settings::default(),
        }
    }

    /// The language to write in: `--lang`, else the headers' language, else the environment's.
    pub fn lang_for(&self, headers: Option<Lang>) -> Lang {
        self.lang.or(headers).unwrap_or(self.env_lang)
    }

    /// The weight of `objective` for this user, from 0 to 1 (1 for the user's main objective;
    /// 1 for every objective when the user named none).
    pub fn objective_weight(&self, objective: Objective) -> f64 {
        if self.objectives.is_empty() {
            return 1.0;
        }
        let max = self
            .objectives
            .iter()
            .map(|&(_, w)| w)
            .max()
            .unwrap_or(1)
            .max(1);
        self.objectives
            .iter()
            .find(|&&(o, _)| o == objective)
            .map_or(0.0, |&(_, w)| f64::from(w) / f64::from(max))
    }
}

/// What the run takes from outside the command line: read once, at the top, by `run`.
pub fn parse_objectives(list: &str) -> Result<Vec<(Objective, u32)>, Error> {
    let mut out: Vec<(Objective, u32)> = Vec::new();
    for item in list
        .split([',', ';', '+'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let (word, weight) = match item.rsplit_once(':') {
            Some((w, n)) => {
                let n: u32 = n.trim().parse().map_err(|_| {
                    Error::Usage(format!(
                        "--objective: weight {n:?} of {w:?} is not a whole number"
                    ))
                })?;
                (w.trim(), n)
            }
            None => (item, 1),
        };
        let objective = Objective::parse(word).ok_or_else(|| {
            let known: Vec<&str> = Objective::ALL.iter().map(|o| o.code()).collect();
            Error::Usage(format!(
                "--objective: {word:?} is not an objective; use {}",
                known.join(", ")
            ))
        })?;
        match out.iter_mut().find(|(o, _)| *o == objective) {
            Some(slot) => slot.1 = weight,
            None => out.push((objective, weight)),
        }
    }
    Ok(out)
}

/// Sets `slot` when a value was given.
pub(crate) fn set(slot: &mut u32, value: Option<u32>) {
    if let Some(v) = value {
        *slot = v;
    }
}

/// Checks the values that would make the plan meaningless.
///
/// # Errors
/// [`Error::Usage`] naming the setting.
pub fn check(config: &Config) -> Result<(), Error> {
    if config.weeks == 0 || config.weeks > 520 {
        return Err(Error::Usage(format!(
            "weeks must be between 1 and 520, not {}",
            config.weeks
        )));
    }
    if config.meetings_per_month > 1000 || config.messages_per_week > 1000 {
        return Err(Error::Usage(
            "meetings-per-month and messages-per-week must be at most 1000".into(),
        ));
    }
    // A courtesy cannot lapse before it is due.
    for (window, delay) in [
        (
            ("thank_window_days", config.thank_window_days),
            ("thank_days", config.thank_days),
        ),
        (
            ("follow_up_window_days", config.follow_up_window_days),
            ("follow_up_days", config.follow_up_days),
        ),
    ] {
        if window.1 < delay.1 {
            return Err(Error::Usage(format!(
                "{} ({}) must be at least {} ({}): a courtesy cannot lapse before it is due",
                window.0, window.1, delay.0, delay.1
            )));
        }
    }
    for (name, days) in [
        ("cadence.short", config.cadences.short),
        ("cadence.medium", config.cadences.medium),
        ("cadence.long", config.cadences.long),
        ("cadence.unknown", config.cadences.unknown),
    ] {
        if days == 0 {
            return Err(Error::Usage(format!("{name} must be at least 1 day")));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
