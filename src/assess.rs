//! The middle of the pipeline put together: next action, score, rank, plan and totals for a
//! list of normalised contacts. Pure.

use crate::config::Config;
use crate::model::{Contact, Lang, Outcome, Problem};

/// Everything the writers need for one input.
pub fn assess(
    contacts: Vec<Contact>,
    problems: Vec<Problem>,
    config: &Config,
    lang: Lang,
) -> Outcome {
    let _ = (contacts, problems, config, lang);
    todo!("assess::assess")
}
