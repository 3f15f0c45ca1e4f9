//! The file format of `reseau.toml`: every key optional, an unknown key or a bad value an
//! error naming the key and its line; and where the file is looked for. What the values mean is
//! `Config`'s business.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use super::messages::{DefaultRegister, Section};
use super::{check, parse_objectives, set, Cadences, Config, DateOrder};
use crate::config::Weights;
use crate::error::Error;
use crate::vocab::{fold, Field, Lang};

/// The contents of `reseau.toml`. Every key is optional; an unknown key is an error.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub objectives: Option<String>,
    pub meetings_per_month: Option<u32>,
    pub messages_per_week: Option<u32>,
    pub weeks: Option<u32>,
    pub follow_up_days: Option<u32>,
    pub thank_days: Option<u32>,
    pub answer_days: Option<u32>,
    pub thank_window_days: Option<u32>,
    pub follow_up_window_days: Option<u32>,
    pub due_soon_days: Option<u32>,
    pub lang: Option<Lang>,
    pub date_order: Option<DateOrder>,
    pub sheet: Option<String>,
    /// The journal file, relative to this settings file's folder.
    pub journal: Option<String>,
    pub cadence: Option<Cadences>,
    pub weights: Option<Weights>,
    /// Extra header aliases: `deadline = ["Relancer avant"]`, keyed by field code.
    pub aliases: Option<BTreeMap<String, Vec<String>>>,
    /// `[me]`: the user's name, signature and project line, used by the drafts.
    pub me: Option<Me>,
    /// `[messages.fr]`, `[messages.en]`: the user's templates, by language then action key,
    /// with their place in the file so a mistake is reported with its line.
    pub messages: Option<Section>,
    /// The templates of `messages`, checked (filled by `parse`).
    #[serde(skip)]
    pub custom: Vec<super::Custom>,
    /// `[messages] register`, checked (filled by `parse`).
    #[serde(skip)]
    pub register: Option<DefaultRegister>,
}

/// `[me]` of `reseau.toml`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Me {
    pub name: Option<String>,
    pub signature: Option<String>,
    pub project: Option<String>,
}

impl FileConfig {
    /// Parses the text of a config file; `path` is only for messages.
    ///
    /// # Errors
    /// [`Error::Config`] naming the line and the key that is wrong.
    pub fn parse(path: &Path, text: &str) -> Result<Self, Error> {
        let mut file: FileConfig = toml::from_str(text).map_err(|e| Error::Config {
            path: path.to_path_buf(),
            what: e.to_string().trim_end().replace('\n', " | "),
            source: Some(e.into()),
        })?;
        if let Some(section) = file.messages.take() {
            let error = |what| Error::Config {
                path: path.to_path_buf(),
                what,
                source: None,
            };
            file.custom = super::messages::custom(&section.templates, text).map_err(error)?;
            if let Some(r) = &section.register {
                file.register = Some(super::messages::register(r, text).map_err(error)?);
            }
        }
        Ok(file)
    }

    /// Lays the file's values over `config` (the command line is applied after this).
    ///
    /// # Errors
    /// [`Error::Config`] for an objective, alias field or value out of range.
    pub fn apply(self, path: &Path, config: &mut Config) -> Result<(), Error> {
        let bad = |what: String| Error::Config {
            path: path.to_path_buf(),
            what,
            source: None,
        };
        if let Some(list) = self.objectives {
            config.objectives = parse_objectives(&list).map_err(|e| bad(e.to_string()))?;
        }
        set(&mut config.meetings_per_month, self.meetings_per_month);
        set(&mut config.messages_per_week, self.messages_per_week);
        set(&mut config.weeks, self.weeks);
        set(&mut config.follow_up_days, self.follow_up_days);
        set(&mut config.thank_days, self.thank_days);
        set(&mut config.answer_days, self.answer_days);
        set(&mut config.thank_window_days, self.thank_window_days);
        set(
            &mut config.follow_up_window_days,
            self.follow_up_window_days,
        );
        set(&mut config.due_soon_days, self.due_soon_days);
        if self.lang.is_some() {
            config.lang = self.lang;
        }
        if self.date_order.is_some() {
            config.read.date_order = self.date_order;
        }
        if self.sheet.is_some() {
            config.read.sheet = self.sheet;
        }
        if let Some(j) = self.journal {
            // Relative to the settings file's folder: the file sits with the sheets it
            // describes, and the run may start elsewhere (a CI job).
            let j = Path::new(&j);
            config.read.journal = Some(match path.parent() {
                Some(dir) if j.is_relative() => dir.join(j),
                _ => j.to_path_buf(),
            });
        }
        if let Some(c) = self.cadence {
            config.cadences = c;
        }
        if let Some(w) = self.weights {
            config.weights = w;
        }
        if let Some(me) = self.me {
            config.messages.name = me.name;
            config.messages.signature = me.signature;
            config.messages.project = me.project;
        }
        // A second file (a sheet's own, over the run's) keeps the first one's templates unless
        // it has its own.
        if let Some(r) = self.register {
            config.messages.register = r;
        }
        if !self.custom.is_empty() {
            config.messages.custom = self.custom;
        }
        for (field, words) in self.aliases.unwrap_or_default() {
            let f = Field::ALL
                .iter()
                .copied()
                .find(|f| f.code() == field)
                .ok_or_else(|| {
                    let known: Vec<&str> = Field::ALL.iter().map(|f| f.code()).collect();
                    bad(format!(
                        "[aliases]: {field:?} is not a column; use one of {}",
                        known.join(", ")
                    ))
                })?;
            for w in words {
                config.read.aliases.push((f, fold(&w)));
            }
        }
        check(config).map_err(|e| bad(e.to_string()))
    }
}
