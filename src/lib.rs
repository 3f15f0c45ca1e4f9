//! reseau-xlsx: read a networking spreadsheet, score and prioritise the contacts, plan the
//! coming weeks, and write an annotated workbook.
//!
//! The code is a pipeline in layers. Each module imports only from its own layer or the layers
//! below, and no two files import each other (`tests/layers.rs` reads this table and holds it).
//! Only `read`, `write` and `run` touch files; everything between is pure functions over typed
//! values, and today's date comes in through `config::Config`, never from the clock.
//!
//! | layer | modules | what it owns |
//! |---|---|---|
//! | 0 | `error` | the one error type, with its causes |
//! | 1 | `vocab` | the words: codes, their French and English labels, header words, sheet names |
//! | 2 | `model`, `parse` | the values every layer shares (cells, sheets, contacts, problems, the journal's records), and reading a value out of a cell: dates written every way, multi-valued cells, a cell shown as text |
//! | 3 | `safe` | one sanitiser per destination: cell, link, terminal, Markdown, calendar |
//! | 4 | `config` | one `Config`, from `reseau.toml`'s text and the defaults; no clap type, no file |
//! | 5 | `read` | open a file (csv with sniffing, calamine for the rest), find the table and the journal |
//! | 6 | `normalize` | raw cells -> typed `Contact` (vocabulary, dates, cadence), problems recorded |
//! | 7 | `journal` | the exchange log -> what happened to each contact |
//! | 8 | `score`, `plan`, `ties`, `assess`, `cohort` | the core: every decision, and every list a writer shows; `cohort`: one row per person of a batch, and whether they are stuck |
//! | 9 | `draft` | a message for each planned action |
//! | 10 | `write` | lay out what the core decided: the workbook, the text outputs, the one save |
//! | 11 | `cli` | the command line, as clap structs |
//! | 12 | `run` | arguments -> `Config`, the stages called in order, outcomes -> exit codes |
//! | 13 | `fuzz` | entry points for the fuzz targets |

// The library holds no `unsafe`: the binary's one call into the C library is in main.rs.
#![forbid(unsafe_code)]

pub mod assess;
pub mod cli;
pub mod cohort;
pub mod config;
pub mod draft;
pub mod error;
#[doc(hidden)]
pub mod fuzz;
pub mod journal;
pub mod model;
pub mod normalize;
pub mod parse;
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
