//! Scoring: a contact and its next action -> a score from 0 to 100 made of explained parts,
//! and a tier. Pure.

use serde::Deserialize;

use crate::config::Config;
use crate::model::{Action, Contact, Score};

/// The points of each part of the score; every one can be changed in `reseau.toml` `[weights]`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Weights {
    /// Points for a contact whose objective is the user's main one.
    pub objective: u32,
}

impl Default for Weights {
    fn default() -> Self {
        Weights { objective: 40 }
    }
}

/// Scores `contact`, whose next action is `action`.
pub fn score(contact: &Contact, action: &Action, config: &Config) -> Score {
    let _ = (contact, action, config);
    todo!("score::score")
}
