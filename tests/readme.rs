//! The README runs as written (issue 13): every `reseau-xlsx` command of its fenced code blocks,
//! the GitHub Actions (`run:`) and GitLab CI (`script:`, `after_script:`) recipes included, is
//! run with the built binary through `sh`, so globs, quotes and `$VARIABLES` mean what they mean
//! to a user's shell. `cargo run [--release] -- ARGS` is the same binary: it runs as
//! `reseau-xlsx ARGS`. Each shell line runs in a fresh temporary folder laid out like the
//! repository (the files a command names are copied in, `samples/` always); a CI recipe's steps
//! run in order in one folder, as the job does. The files a recipe names in the user's own
//! repository are provided from the samples ([`USER_FILES`]); nothing in a command is rewritten.
//!
//! A tool command fails the test when it exits 2 (1 is a `--fail-on` condition, as meant); a
//! `cat` of a recipe must find its file. Any other command is skipped only when [`SKIPPED`] gives
//! it a reason, and every skip is printed; an unknown command fails the test.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Files of the user's repository that the README's commands and recipes name, and where the
/// test takes them from (paths from the repository root).
const USER_FILES: [(&str, &str); 2] = [
    ("network/contacts.xlsx", "samples/contacts.xlsx"),
    (
        "Connections.csv",
        "tests/fixtures/read/linkedin_connections.csv",
    ),
];

/// Commands that are not the tool, by their first words, and why they are not run.
const SKIPPED: [(&str, &str); 3] = [
    (
        "cargo install",
        "installs the tool; the test runs the binary it built",
    ),
    ("cargo test", "runs the test suite, this test included"),
    (
        "cargo fuzz",
        "needs a nightly toolchain and runs for minutes",
    ),
];

/// One command found in the README.
#[derive(Debug, Clone, PartialEq)]
struct Found {
    /// The command as written, comments stripped and continuations joined.
    line: String,
    /// The code block's first line number in the README, for messages.
    block: usize,
    /// Whether it belongs to a CI recipe, whose steps share one folder.
    recipe: bool,
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The commands of `readme`'s fenced code blocks: shell blocks line by line, the `run:`,
/// `script:` and `after_script:` lines of YAML blocks, and the `reseau-xlsx`/`cargo` lines of
/// blocks without a language (synopses among them are told apart by [`synopsis`]).
fn commands(readme: &str) -> Vec<Found> {
    let mut out = Vec::new();
    let mut lines = readme.lines().enumerate();
    while let Some((n, line)) = lines.next() {
        let Some(info) = line.trim_start().strip_prefix("```") else {
            continue;
        };
        let lang = info.trim().to_ascii_lowercase();
        let mut body = Vec::new();
        for (_, l) in lines.by_ref() {
            if l.trim_start().starts_with("```") {
                break;
            }
            body.push(l);
        }
        let block = n + 1;
        let found = match lang.as_str() {
            "sh" | "bash" | "shell" | "console" => shell(&body, false),
            "yaml" | "yml" => yaml(&body),
            "" => shell(&body, true),
            _ => Vec::new(),
        };
        out.extend(found.into_iter().map(|line| Found {
            line,
            block,
            recipe: lang.starts_with("y"),
        }));
    }
    out
}

/// The commands of shell lines: `\` continuations joined, comments dropped. `only_tool`: a
/// block without a language is a command block only where a line names the tool or cargo.
fn shell(body: &[&str], only_tool: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for l in body {
        let l = strip_comment(l);
        let (l, more) = match l.trim_end().strip_suffix('\\') {
            Some(head) => (head.to_string(), true),
            None => (l.trim_end().to_string(), false),
        };
        current.push_str(l.trim());
        if more {
            current.push(' ');
            continue;
        }
        let line = std::mem::take(&mut current);
        let tool = line.starts_with("reseau-xlsx") || line.starts_with("cargo ");
        if !line.is_empty() && (tool || !only_tool) {
            out.push(line);
        }
    }
    out
}

/// `line` without a `#` comment (a `#` after a space, outside quotes).
fn strip_comment(line: &str) -> String {
    let mut quote = None;
    let mut prev = ' ';
    for (i, c) in line.char_indices() {
        match (quote, c) {
            (None, '\'' | '"') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '#') if prev.is_whitespace() => return line[..i].trim_end().to_string(),
            _ => {}
        }
        prev = c;
    }
    line.to_string()
}

/// The commands of a YAML CI recipe: `run: CMD`, `run: >` or `run: |` blocks, and the items
/// of `script:`, `before_script:` and `after_script:` lists.
fn yaml(body: &[&str]) -> Vec<String> {
    let indent = |l: &str| l.len() - l.trim_start().len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < body.len() {
        let l = body[i];
        let key = l.trim_start().trim_start_matches("- ").trim_start();
        i += 1;
        if let Some(value) = key.strip_prefix("run:") {
            let value = value.trim();
            if value == ">" || value == "|" {
                let mut lines = Vec::new();
                while i < body.len() && (body[i].trim().is_empty() || indent(body[i]) > indent(l)) {
                    lines.push(body[i].trim());
                    i += 1;
                }
                if value == ">" {
                    out.push(lines.join(" ").trim().to_string());
                } else {
                    out.extend(shell(&lines, false));
                }
            } else {
                out.push(strip_comment(value));
            }
        } else if ["script:", "before_script:", "after_script:"].contains(&key.trim_end()) {
            while i < body.len() && indent(body[i]) > indent(l) {
                if let Some(item) = body[i].trim_start().strip_prefix("- ") {
                    out.push(strip_comment(item.trim()));
                }
                i += 1;
            }
        }
    }
    out
}

/// A synopsis line (`reseau-xlsx process INPUT... [-o OUTPUT | ...]`): placeholders in
/// capitals, optional parts in brackets, alternatives with `|`. It shows a form, not a command.
fn synopsis(line: &str) -> bool {
    line.contains('[')
        || line.contains("...")
        || line.split_whitespace().any(|w| {
            w.contains('|')
                || (w.len() >= 3 && w.chars().all(|c| c.is_ascii_uppercase() || c == '.'))
        })
}

/// `cargo run [--release] -- ARGS` is the built binary with ARGS.
fn as_tool(line: &str) -> Option<String> {
    if line.starts_with("reseau-xlsx") {
        return Some(line.to_string());
    }
    let rest = line.strip_prefix("cargo run")?;
    let (_, args) = rest.split_once("-- ")?;
    Some(format!("reseau-xlsx {args}"))
}

/// A fresh folder laid out like the repository for `commands`: `samples/`, the user's files,
/// and every repository file a command names.
fn folder(commands: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let put = |to: &str, from: &Path| {
        let dest = dir.path().join(to);
        std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
        std::fs::copy(from, dest).unwrap();
    };
    for e in std::fs::read_dir(repo().join("samples")).unwrap() {
        let p = e.unwrap().path();
        put(
            &format!("samples/{}", p.file_name().unwrap().to_string_lossy()),
            &p,
        );
    }
    for (to, from) in USER_FILES {
        put(to, &repo().join(from));
    }
    for word in commands.iter().flat_map(|c| c.split_whitespace()) {
        let word = word.trim_matches(['"', '\'']);
        let from = repo().join(word);
        if !word.starts_with('-')
            && !word.starts_with('/')
            && !word.contains("..")
            && from.is_file()
        {
            put(word, &from);
        }
    }
    dir
}

/// Runs `line` through `sh` in `dir`, the built binary first on the PATH; returns the exit
/// code and what it printed.
fn sh(dir: &Path, line: &str) -> (i32, String) {
    let bin = assert_cmd::cargo::cargo_bin("reseau-xlsx");
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = Command::new("sh")
        .arg("-c")
        .arg(line)
        .current_dir(dir)
        .env("PATH", path)
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env("GITHUB_STEP_SUMMARY", dir.join(".step-summary.md"))
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code().unwrap_or(-1), text)
}

/// What the test does with one command.
enum Plan {
    Run(String),
    /// A recipe's `cat`: the file a step wrote must be there.
    Check(String),
    Skip(&'static str),
}

fn plan(line: &str) -> Result<Plan, String> {
    if let Some(tool) = as_tool(line) {
        return Ok(if synopsis(&tool) {
            Plan::Skip("a synopsis: placeholders, not a command")
        } else {
            Plan::Run(tool)
        });
    }
    if line.starts_with("cat ") {
        return Ok(Plan::Check(line.to_string()));
    }
    SKIPPED
        .iter()
        .find(|(start, _)| line.starts_with(start))
        .map(|(_, why)| Plan::Skip(why))
        .ok_or_else(|| format!("{line:?}: neither the tool nor a listed skip; list it in SKIPPED"))
}

#[test]
fn every_command_of_the_readme_runs_as_written() {
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    let found = commands(&readme);
    let mut failures = Vec::new();
    let (mut ran, mut recipes_ran) = (0, 0);
    // A recipe's steps share a folder; every other command gets its own.
    let mut shared: Option<(usize, tempfile::TempDir)> = None;
    for f in &found {
        let step = match plan(&f.line) {
            Ok(p) => p,
            Err(e) => {
                failures.push(format!("README line {}: {e}", f.block));
                continue;
            }
        };
        let line = match &step {
            Plan::Skip(why) => {
                eprintln!("skipped (README line {}): {}  [{why}]", f.block, f.line);
                continue;
            }
            Plan::Run(l) | Plan::Check(l) => l.clone(),
        };
        let fresh;
        let dir = if f.recipe {
            if shared.as_ref().is_none_or(|(b, _)| *b != f.block) {
                let block_lines: Vec<&str> = found
                    .iter()
                    .filter(|g| g.block == f.block)
                    .map(|g| g.line.as_str())
                    .collect();
                shared = Some((f.block, folder(&block_lines)));
            }
            shared.as_ref().unwrap().1.path()
        } else {
            fresh = folder(&[&line]);
            fresh.path()
        };
        let (code, text) = sh(dir, &line);
        eprintln!("ran (README line {}): {line}  -> exit {code}", f.block);
        let ok = match step {
            Plan::Run(_) => code == 0 || code == 1,
            _ => code == 0,
        };
        if !ok {
            failures.push(format!(
                "README line {}: `{line}` exited {code}:\n{text}",
                f.block
            ));
        }
        ran += 1;
        recipes_ran += usize::from(f.recipe);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // The extractor must keep finding what the README holds: the quick start, the init lines,
    // and both CI recipes (a tool step and a cat each).
    assert!(ran >= 6, "only {ran} commands ran: {found:#?}");
    assert!(
        recipes_ran >= 4,
        "only {recipes_ran} recipe steps ran: {found:#?}"
    );
}

#[test]
fn the_extractor_finds_shell_lines_and_both_kinds_of_ci_steps() {
    let readme = "\
Text `reseau-xlsx inline` is prose.

```sh
# a comment
cargo run --release -- process a.xlsx --today 2026-11-26   # trailing # comment
reseau-xlsx check a.xlsx \\
  --json r.json
```

```
reseau-xlsx process INPUT... [-o OUTPUT]
src/
  main.rs   the tree of a project
```

```yaml
steps:
  - run: cargo install --git https://x.invalid/reseau-xlsx --locked
  - run: >
      reseau-xlsx process network/contacts.xlsx --out-dir out
      --summary-md out/summary.md
  - if: always()
    run: cat out/summary.md >> \"$GITHUB_STEP_SUMMARY\"
job:
  script:
    - reseau-xlsx process network/*.xlsx --out-dir out
  after_script:
    - cat out/summary.md
```
";
    let lines: Vec<String> = commands(readme).into_iter().map(|f| f.line).collect();
    assert_eq!(
        lines,
        [
            "cargo run --release -- process a.xlsx --today 2026-11-26",
            "reseau-xlsx check a.xlsx --json r.json",
            "reseau-xlsx process INPUT... [-o OUTPUT]",
            "cargo install --git https://x.invalid/reseau-xlsx --locked",
            "reseau-xlsx process network/contacts.xlsx --out-dir out --summary-md out/summary.md",
            "cat out/summary.md >> \"$GITHUB_STEP_SUMMARY\"",
            "reseau-xlsx process network/*.xlsx --out-dir out",
            "cat out/summary.md",
        ]
    );
    assert!(
        matches!(plan(&lines[0]), Ok(Plan::Run(l)) if l == "reseau-xlsx process a.xlsx --today 2026-11-26")
    );
    assert!(matches!(plan(&lines[2]), Ok(Plan::Skip(_))));
    assert!(matches!(plan(&lines[3]), Ok(Plan::Skip(_))));
    assert!(
        plan("apt-get install libreoffice").is_err(),
        "an unlisted command is an error"
    );
}
