//! The one helper module of the integration tests. A test target of one file, `tests/NAME.rs`,
//! pulls it in with `mod common;`; a target with parts of its own, `tests/NAME/main.rs` beside
//! them, with `#[path = "../common/mod.rs"] mod common;`.
//!
//! Here: running the built binary with a fixed environment, and reading produced files back
//! (workbooks with calamine, JSON with serde_json). One file per other concern:
//!
//! - [`wellformed`]: every XML part of a written workbook is well-formed XML 1.0;
//! - [`files`]: small workbooks and text files written into a temporary folder, and opened
//!   with the library's read stage;
//! - [`outcome`]: a hand-built input and outcome for the workbook writer, and a workbook read
//!   back into the model;
//! - [`dashboard`]: hand-built outcomes for the dashboard sheet, and that sheet read back.

#![allow(dead_code)] // each test target uses its own part of these

pub mod dashboard;
pub mod files;
pub mod looks;
pub mod outcome;
pub mod wellformed;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use calamine::{open_workbook_auto, Data, Reader};
use serde_json::Value as Json;

/// The day every test plans from.
pub const TODAY: &str = "2026-11-26";

/// The binary, with an environment that cannot leak into results (fixed locale).
pub fn bin() -> Command {
    let mut c = Command::cargo_bin("reseau-xlsx").expect("binary built");
    c.env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    c
}

/// `process` of `input` into `out` as of [`TODAY`], which must succeed.
pub fn process_to(input: &Path, out: &Path) {
    bin()
        .args(["process", "--quiet", "--today", TODAY, "-o"])
        .arg(out)
        .arg(input)
        .assert()
        .success();
    wellformed::assert_xlsx(out);
}

/// A file of the repository, by its path from the root.
pub fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// Copies `from` into `dir`, keeping its name, so outputs beside it land in `dir`.
pub fn copy(from: &Path, dir: &Path) -> PathBuf {
    let to = dir.join(from.file_name().unwrap());
    std::fs::copy(from, &to).unwrap();
    to
}

pub fn json(path: &Path) -> Json {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

/// Every row of `sheet`, as calamine reads it.
pub fn rows(path: &Path, sheet: &str) -> Vec<Vec<Data>> {
    check_xml(path);
    let mut wb = open_workbook_auto(path).unwrap();
    let range = wb.worksheet_range(sheet).unwrap();
    range.rows().map(|r| r.to_vec()).collect()
}

pub fn sheet_names(path: &Path) -> Vec<String> {
    check_xml(path);
    open_workbook_auto(path).unwrap().sheet_names().to_vec()
}

/// Whether `d` is the text `s`.
pub fn is_text(d: &Data, s: &str) -> bool {
    matches!(d, Data::String(x) if x == s)
}

/// Every workbook a test reads back is checked for well-formed XML on the way.
fn check_xml(path: &Path) {
    if path.extension().is_some_and(|e| e == "xlsx") {
        wellformed::assert_xlsx(path);
    }
}
