//! Outputs an attacker's sheet cannot turn against the user (issue 13), through the built
//! binary: cell contents that would break the package, run a formula, hide a recipient, take
//! over a terminal or a CI log, flood a job page, or make the tool drop a sheet the user owns.
//! Every input is built here; every workbook written is checked for well-formed XML.

mod cells;
#[path = "../common/mod.rs"]
mod common;
mod sheets;
mod streams;
mod xlsx;

use std::path::{Path, PathBuf};

use common::wellformed::assert_xlsx;
use common::{bin, TODAY};

/// One run of the binary in `dir`.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn run(dir: &Path, args: &[&str]) -> Run {
    let out = bin().current_dir(dir).args(args).output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

pub fn put(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

/// A CSV field, quoted.
pub fn q(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

/// `process NAME --today` in `dir`, which must succeed; the output's path.
pub fn process(dir: &Path, name: &str, extra: &[&str]) -> (PathBuf, Run) {
    let mut args = vec!["process", name, "--today", TODAY];
    args.extend_from_slice(extra);
    let r = run(dir, &args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let out = dir.join(format!("{stem}.reseau.xlsx"));
    assert_xlsx(&out);
    (out, r)
}

/// Opens `path` in Gnumeric's `ssconvert`, a second reader built on libxml2, which reports a
/// malformed part as "XML-CRITICAL ... Document likely damaged" (and goes on: its exit code
/// says nothing). `.ci/run` installs it; on a machine without it the check says it is skipped,
/// except under CI, where a missing reader is a failure.
pub fn second_reader(path: &Path) {
    let Ok(out) = std::process::Command::new("ssconvert")
        .args(["-T", "Gnumeric_stf:stf_csv"])
        .arg(path)
        .arg(path.with_extension("gnumeric.csv"))
        .output()
    else {
        assert!(
            std::env::var_os("CI").is_none(),
            "ssconvert missing under CI"
        );
        eprintln!("ssconvert not found: the second reader's check is skipped");
        return;
    };
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{}: {stderr}", path.display());
    eprintln!("ssconvert opened {}", path.display());
    for bad in ["XML-CRITICAL", "damaged", "invalid Char", "error"] {
        assert!(!stderr.contains(bad), "{}: {stderr}", path.display());
    }
}
