//! The library face: runs a parsed command line over its inputs and returns the exit code.
//! Each input is handled on its own; one failure does not stop the others.

use crate::cli::Cli;

/// Runs `cli`; returns the process exit code (0, 1 or 2, the worst over the inputs).
pub fn run(cli: Cli) -> i32 {
    let _ = cli;
    todo!("run")
}
