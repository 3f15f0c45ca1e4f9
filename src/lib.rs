//! reseau-xlsx: read a networking spreadsheet, score and prioritise the contacts, plan the
//! coming weeks, and write an annotated workbook.
//!
//! The pipeline is read -> normalize -> score -> plan -> write. Only `read` and `write` touch
//! files; `normalize`, `score` and `plan` are pure functions over the types of `model`, and
//! today's date comes in through `config::Config`.

pub mod assess;
pub mod cli;
pub mod config;
pub mod draft;
pub mod error;
#[doc(hidden)]
pub mod fuzz;
pub mod journal;
pub mod model;
pub mod normalize;
pub mod plan;
pub mod read;
pub mod run;
pub mod safe;
pub mod score;
pub mod ties;
pub mod vocab;
pub mod write;

#[cfg(test)]
mod testkit;

pub use error::Error;
