//! Broken and hostile inputs through the built binary (issue 7): each input gets exit 2 with a
//! message naming the file (and sheet, row, column where they apply), or exit 0 with its
//! problems listed. Every run also checks that the input is byte-for-byte unchanged and that
//! no stray file (a temporary file, half an output) is left in its folder. The bombs run under
//! a 2 GiB address-space limit (`prlimit --as`), so "peak memory under 2 GiB" is enforced, not
//! hoped for.
//!
//! The library-level corpus (every message, small limits) is in `tests/read/`; this file is
//! what a user sees. Bombs are generated small on disk (see `tests/fixtures/hostile/make.py`).

mod bombs;
#[path = "../common/mod.rs"]
mod common;
mod huge_date;
mod inputs;
mod outputs;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use common::bin;

/// Every extension the tool reads.
pub const EXTENSIONS: [&str; 8] = ["xlsx", "xlsm", "xlsb", "xls", "ods", "csv", "tsv", "txt"];

/// The memory a run may use: the contract's 2 GiB, as an address-space limit.
const AS_LIMIT: &str = "--as=2147483648";

/// The binary under the 2 GiB address-space limit.
pub fn bin_limited() -> Command {
    let mut c = Command::new("prlimit");
    c.arg(AS_LIMIT)
        .arg("--")
        .arg(assert_cmd::cargo::cargo_bin("reseau-xlsx"));
    c.env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    c
}

/// Every file under `dir` with its bytes.
pub fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                todo.push(p);
            } else {
                let bytes = std::fs::read(&p).unwrap_or_default();
                out.insert(p, bytes);
            }
        }
    }
    out
}

/// What one run gave.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `cmd` with `args` in `dir`; asserts every file that was there is unchanged and that
/// the only new files are `outputs`.
pub fn run_in(dir: &Path, mut cmd: Command, args: &[&str], outputs: &[&str]) -> Run {
    let before = snapshot(dir);
    let out: Output = cmd.current_dir(dir).args(args).output().unwrap();
    let after = snapshot(dir);
    for (p, bytes) in &before {
        assert!(
            after.get(p) == Some(bytes) || outputs.iter().any(|o| dir.join(o) == *p),
            "{} changed or vanished",
            p.display()
        );
    }
    for p in after.keys().filter(|p| !before.contains_key(*p)) {
        assert!(
            outputs.iter().any(|o| dir.join(o) == *p),
            "stray file left: {}",
            p.display()
        );
    }
    // Every workbook a run wrote is well-formed, whatever its input held.
    for o in outputs.iter().filter(|o| o.ends_with(".xlsx")) {
        if dir.join(o).is_file() {
            common::wellformed::assert_xlsx(&dir.join(o));
        }
    }
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// `check FILE` in `dir` must exit 2 with one error line naming the file and containing
/// every one of `needles`.
pub fn check_fails(dir: &Path, name: &str, needles: &[&str]) {
    check_fails_with(bin(), dir, name, needles);
}

/// `check` of `name` in `dir` through `cmd` (the plain or the memory-limited binary): exit 2,
/// one error line naming the file, no panic, and each of `needles` in the message.
pub fn check_fails_with(cmd: Command, dir: &Path, name: &str, needles: &[&str]) {
    let r = run_in(dir, cmd, &["check", name], &[]);
    assert_eq!(r.code, 2, "{name}: {}{}", r.stdout, r.stderr);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    assert!(
        r.stderr
            .starts_with(&format!("reseau-xlsx: error: {name}: ")),
        "{}",
        r.stderr
    );
    for n in needles {
        assert!(
            r.stderr.contains(n),
            "{name}: missing {n:?} in {}",
            r.stderr
        );
    }
}

/// `check FILE` in `dir` must exit 0; returns what it printed.
pub fn check_reads(dir: &Path, name: &str) -> String {
    let r = run_in(dir, bin(), &["check", name], &[]);
    assert_eq!(r.code, 0, "{name}: {}{}", r.stdout, r.stderr);
    r.stdout
}

/// Writes `bytes` as `dir/name`.
pub fn put(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

/// A checked-in hostile fixture.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/hostile")
        .join(name)
}

/// A bundled sample.
pub fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("samples")
        .join(name)
}
