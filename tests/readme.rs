//! The README and the pages of `docs/` run as written (issues 13 and 20): every `reseau-xlsx`
//! command of their fenced code blocks, the GitHub Actions (`run:`) and GitLab CI (`script:`,
//! `after_script:`) recipes included, is run with the built binary through `sh`, so globs,
//! quotes and `$VARIABLES` mean what they mean to a user's shell. `cargo run [--release] -- ARGS`
//! is the same binary: it runs as `reseau-xlsx ARGS`.
//!
//! A page's shell lines run in order in one fresh temporary folder, as a reader following the
//! page types them (`init contacts.xlsx`, then `process contacts.xlsx`); the folder is laid out
//! like the repository (the files a command names are copied in, `samples/` always). A CI
//! recipe's steps run in order in a folder of their own, as the job does on a fresh checkout.
//! The files a command names in the user's own repository are provided from the samples and
//! fixtures ([`USER_FILES`]); nothing in a command is rewritten.
//!
//! A tool command fails the test when it exits 2 (1 is a `--fail-on` condition, as meant); a
//! `cat` of a recipe must find its file. Any other command is skipped only when [`SKIPPED`] gives
//! it a reason, and every skip is printed; an unknown command fails the test. Failures name the
//! page and the line.
//!
//! The pages are also checked as documents: every `toml` block is a settings file the tool
//! accepts, the journal `docs/journal.md` shows is the one its commands read, the README stays
//! a newcomer's page (at most [`README_MAX_LINES`] lines) and links to every page of `docs/`,
//! and every relative link of the README and of `docs/` points to a file that exists and, for
//! an `#anchor` into a Markdown file, to one of its headings (GitHub's slugs).

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Files of the user's repository that the pages' commands and recipes name, and where the
/// test takes them from (paths from the repository root).
const USER_FILES: [(&str, &str); 9] = [
    ("network/contacts.xlsx", "samples/contacts.xlsx"),
    ("network/reseau.toml", "tests/fixtures/readme/reseau.toml"),
    (
        "Connections.csv",
        "tests/fixtures/read/linkedin_connections.csv",
    ),
    ("journal.csv", "tests/fixtures/readme/journal.csv"),
    ("google.csv", "tests/fixtures/read/google_contacts.csv"),
    ("outlook.csv", "tests/fixtures/read/outlook_contacts.csv"),
    ("sheets/contacts.xlsx", "samples/contacts.xlsx"),
    ("sheets/contacts-en.xlsx", "samples/contacts-en.xlsx"),
    ("sheets/tracker.csv", "tests/fixtures/read/tracker.csv"),
];

/// Commands that are not the tool, by their first words, and why they are not run.
const SKIPPED: [(&str, &str); 9] = [
    (
        "cargo install",
        "installs the tool; the test runs the binary it built",
    ),
    ("cargo test", "runs the test suite, this test included"),
    (
        "cargo fmt",
        "checks the sources' formatting; .ci/run runs it",
    ),
    ("cargo clippy", "lints the sources; .ci/run runs it"),
    (
        "cargo fuzz",
        "needs a nightly toolchain and runs for minutes",
    ),
    (
        "cargo +nightly fuzz",
        "needs a nightly toolchain and runs for minutes",
    ),
    (
        "cargo run --example",
        "builds an example of this repository; the examples have their own tests",
    ),
    (
        "cargo run --release --example",
        "builds an example of this repository; the examples have their own tests",
    ),
    (
        "bench/",
        "builds in release and runs for minutes on generated sheets",
    ),
];

/// The most lines the README may have: a newcomer's five minutes, the reference in `docs/`.
const README_MAX_LINES: usize = 260;

/// One command found in a page.
#[derive(Debug, Clone, PartialEq)]
struct Found {
    /// The command as written, comments stripped and continuations joined.
    line: String,
    /// Its line number in the page, for messages.
    at: usize,
    /// The code block's first line number in the page: a recipe's steps share its folder.
    block: usize,
    /// Whether it belongs to a CI recipe, whose steps share one folder of their own.
    recipe: bool,
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The pages whose commands run: the README, then every `docs/*.md` in name order (as paths
/// from the repository root).
fn pages() -> Vec<String> {
    let mut docs: Vec<String> = std::fs::read_dir(repo().join("docs"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".md"))
        .map(|n| format!("docs/{n}"))
        .collect();
    docs.sort();
    let mut all = vec!["README.md".to_string()];
    all.extend(docs);
    all
}

fn read(page: &str) -> String {
    std::fs::read_to_string(repo().join(page)).unwrap()
}

/// A fenced code block of a page.
struct Block<'a> {
    /// The info string, in lower case: the language.
    lang: String,
    /// The fence's line number (1-based).
    at: usize,
    /// The body's lines, with their line numbers.
    body: Vec<(usize, &'a str)>,
}

/// The fenced code blocks of `text`.
fn blocks(text: &str) -> Vec<Block<'_>> {
    let mut out = Vec::new();
    let mut lines = text.lines().enumerate();
    while let Some((n, line)) = lines.next() {
        let Some(info) = line.trim_start().strip_prefix("```") else {
            continue;
        };
        let lang = info.trim().to_ascii_lowercase();
        let mut body = Vec::new();
        for (m, l) in lines.by_ref() {
            if l.trim_start().starts_with("```") {
                break;
            }
            body.push((m + 1, l));
        }
        out.push(Block {
            lang,
            at: n + 1,
            body,
        });
    }
    out
}

/// The commands of a page's fenced code blocks: shell blocks line by line, the `run:`,
/// `script:` and `after_script:` lines of YAML blocks, and the `reseau-xlsx`/`cargo` lines of
/// blocks without a language (synopses among them are told apart by [`synopsis`]).
fn commands(page: &str) -> Vec<Found> {
    let mut out = Vec::new();
    for Block {
        lang,
        at: block,
        body,
    } in blocks(page)
    {
        let found = match lang.as_str() {
            "sh" | "bash" | "shell" | "console" => shell(&body, false),
            "yaml" | "yml" => yaml(&body),
            "" => shell(&body, true),
            _ => Vec::new(),
        };
        out.extend(found.into_iter().map(|(at, line)| Found {
            line,
            at,
            block,
            recipe: lang.starts_with('y'),
        }));
    }
    out
}

/// The commands of shell lines, each with the line it starts on: `\` continuations joined,
/// comments dropped. `only_tool`: a block without a language is a command block only where a
/// line names the tool or cargo.
fn shell(body: &[(usize, &str)], only_tool: bool) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut start = None;
    for &(n, l) in body {
        let l = strip_comment(l);
        let (l, more) = match l.trim_end().strip_suffix('\\') {
            Some(head) => (head.to_string(), true),
            None => (l.trim_end().to_string(), false),
        };
        let first = *start.get_or_insert(n);
        current.push_str(l.trim());
        if more {
            current.push(' ');
            continue;
        }
        start = None;
        let line = std::mem::take(&mut current);
        let tool = line.starts_with("reseau-xlsx") || line.starts_with("cargo ");
        if !line.is_empty() && (tool || !only_tool) {
            out.push((first, line));
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

/// The commands of a YAML CI recipe, each with its line: `run: CMD`, `run: >` or `run: |`
/// blocks, and the items of `script:`, `before_script:` and `after_script:` lists.
fn yaml(body: &[(usize, &str)]) -> Vec<(usize, String)> {
    let indent = |l: &str| l.len() - l.trim_start().len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < body.len() {
        let (n, l) = body[i];
        let key = l.trim_start().trim_start_matches("- ").trim_start();
        i += 1;
        if let Some(value) = key.strip_prefix("run:") {
            let value = value.trim();
            if value == ">" || value == "|" {
                let mut lines = Vec::new();
                while i < body.len()
                    && (body[i].1.trim().is_empty() || indent(body[i].1) > indent(l))
                {
                    lines.push((body[i].0, body[i].1.trim()));
                    i += 1;
                }
                if value == ">" {
                    let joined: Vec<&str> = lines.iter().map(|(_, l)| *l).collect();
                    out.push((n, joined.join(" ").trim().to_string()));
                } else {
                    out.extend(shell(&lines, false));
                }
            } else {
                out.push((n, strip_comment(value)));
            }
        } else if ["script:", "before_script:", "after_script:"].contains(&key.trim_end()) {
            while i < body.len() && indent(body[i].1) > indent(l) {
                if let Some(item) = body[i].1.trim_start().strip_prefix("- ") {
                    out.push((body[i].0, strip_comment(item.trim())));
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

/// `cargo run [--release] [--locked] [--quiet] -- ARGS` is the built binary with ARGS; any
/// other `cargo run` (an example, another package) is not.
fn as_tool(line: &str) -> Option<String> {
    if line.starts_with("reseau-xlsx") {
        return Some(line.to_string());
    }
    let rest = line.strip_prefix("cargo run")?;
    let (flags, args) = rest.split_once("-- ")?;
    flags
        .split_whitespace()
        .all(|f| ["--release", "--locked", "--quiet", "-q"].contains(&f))
        .then(|| format!("reseau-xlsx {args}"))
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

/// What running a page's commands gave.
#[derive(Default)]
struct Ran {
    failures: Vec<String>,
    ran: usize,
    recipes_ran: usize,
}

/// Runs every command of `page` (a path from the repository root): its shell lines in order
/// in one folder, each recipe's steps in order in a folder of its own.
fn run_page(page: &str) -> Ran {
    let found = commands(&read(page));
    let mut out = Ran::default();
    let shell_lines: Vec<&str> = found
        .iter()
        .filter(|f| !f.recipe)
        .map(|f| f.line.as_str())
        .collect();
    let session = folder(&shell_lines);
    let mut recipe: Option<(usize, tempfile::TempDir)> = None;
    for f in &found {
        let step = match plan(&f.line) {
            Ok(p) => p,
            Err(e) => {
                out.failures.push(format!("{page} line {}: {e}", f.at));
                continue;
            }
        };
        let line = match &step {
            Plan::Skip(why) => {
                eprintln!("skipped ({page} line {}): {}  [{why}]", f.at, f.line);
                continue;
            }
            Plan::Run(l) | Plan::Check(l) => l.clone(),
        };
        let dir = if f.recipe {
            if recipe.as_ref().map(|(b, _)| *b) != Some(f.block) {
                let steps: Vec<&str> = found
                    .iter()
                    .filter(|g| g.recipe && g.block == f.block)
                    .map(|g| g.line.as_str())
                    .collect();
                recipe = Some((f.block, folder(&steps)));
            }
            recipe.as_ref().unwrap().1.path()
        } else {
            session.path()
        };
        let (code, text) = sh(dir, &line);
        eprintln!("ran ({page} line {}): {line}  -> exit {code}", f.at);
        let ok = match step {
            Plan::Run(_) => code == 0 || code == 1,
            _ => code == 0,
        };
        if !ok {
            out.failures.push(format!(
                "{page} line {}: `{line}` exited {code}:\n{text}",
                f.at
            ));
        }
        out.ran += 1;
        out.recipes_ran += usize::from(f.recipe);
    }
    out
}

#[test]
fn every_command_of_the_readme_runs_as_written() {
    let ran = run_page("README.md");
    assert!(ran.failures.is_empty(), "{}", ran.failures.join("\n"));
    // The extractor must keep finding what the README holds: the quick start, the first week,
    // and both CI recipes (a tool step and a cat each).
    assert!(ran.ran >= 6, "only {} commands of the README ran", ran.ran);
    assert!(
        ran.recipes_ran >= 4,
        "only {} recipe steps of the README ran",
        ran.recipes_ran
    );
}

#[test]
fn every_command_of_the_docs_runs_as_written() {
    let mut failures = Vec::new();
    let mut ran = 0;
    for page in pages().iter().filter(|p| p.starts_with("docs/")) {
        let r = run_page(page);
        failures.extend(r.failures);
        ran += r.ran;
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(ran >= 15, "only {ran} commands of docs/ ran");
}

#[test]
fn every_toml_block_is_a_settings_file_the_tool_accepts() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for page in pages() {
        for Block { lang, at, body } in blocks(&read(&page)) {
            if lang != "toml" {
                continue;
            }
            let text: Vec<&str> = body.iter().map(|(_, l)| *l).collect();
            let dir = folder(&[]);
            std::fs::write(dir.path().join("settings.toml"), text.join("\n")).unwrap();
            let line = "reseau-xlsx process samples/contacts.xlsx --today 2026-11-26 \
                        --config settings.toml -o out.xlsx --quiet";
            let (code, out) = sh(dir.path(), line);
            if code == 2 {
                failures.push(format!(
                    "{page} line {at}: the settings are refused:\n{out}"
                ));
            }
            checked += 1;
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(checked >= 3, "only {checked} toml blocks found");
}

#[test]
fn the_journal_shown_is_the_journal_the_commands_read() {
    // docs/journal.md shows `journal.csv` and runs commands on it: the test gives them the
    // fixture, which must be what the page shows.
    let fixture =
        std::fs::read_to_string(repo().join("tests/fixtures/readme/journal.csv")).unwrap();
    let shown: Vec<String> = blocks(&read("docs/journal.md"))
        .into_iter()
        .filter(|b| b.lang == "csv")
        .map(|b| b.body.iter().map(|(_, l)| format!("{l}\n")).collect())
        .collect();
    assert!(
        shown.contains(&fixture),
        "docs/journal.md shows no csv block equal to tests/fixtures/readme/journal.csv"
    );
}

#[test]
fn the_readme_is_a_newcomers_page() {
    let lines = read("README.md").lines().count();
    assert!(
        lines <= README_MAX_LINES,
        "README.md has {lines} lines, more than {README_MAX_LINES}: move reference to docs/"
    );
}

/// The GitHub anchor of a heading's text: inline links reduced to their text, lower case,
/// every character but letters, digits, `-`, `_` and spaces dropped, spaces made `-`.
fn slug(heading: &str) -> String {
    let mut text = String::new();
    let mut rest = heading;
    while let Some(open) = rest.find('[') {
        let Some((label, after)) = rest[open + 1..].split_once("](") else {
            break;
        };
        let Some(close) = after.find(')') else { break };
        text.push_str(&rest[..open]);
        text.push_str(label);
        rest = &after[close + 1..];
    }
    text.push_str(rest);
    text.chars()
        .flat_map(char::to_lowercase)
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

/// The anchors of a Markdown page's headings (outside code blocks); a repeated heading gets
/// `-1`, `-2`... as on GitHub.
fn anchors(text: &str) -> HashSet<String> {
    let mut out = HashSet::new();
    for line in prose(text).lines() {
        let hashes = line.len() - line.trim_start_matches('#').len();
        let Some(title) = line[hashes..].strip_prefix(' ') else {
            continue;
        };
        if !(1..=6).contains(&hashes) {
            continue;
        }
        let base = slug(title.trim().trim_end_matches('#').trim());
        let mut anchor = base.clone();
        let mut n = 0;
        while out.contains(&anchor) {
            n += 1;
            anchor = format!("{base}-{n}");
        }
        out.insert(anchor);
    }
    out
}

/// `text` without its fenced code blocks (their lines left empty, so line numbers hold).
fn prose(text: &str) -> String {
    let mut out = Vec::new();
    let mut fenced = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
            out.push("");
        } else {
            out.push(if fenced { "" } else { line });
        }
    }
    out.join("\n")
}

/// The link targets of a Markdown page, with their line numbers: `[text](target)` outside code
/// blocks and inline code.
fn links(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (n, line) in prose(text).lines().enumerate() {
        // Inline code spans hold no links: keep only the parts between backticks.
        let plain: String = line
            .split('`')
            .enumerate()
            .map(|(i, part)| if i % 2 == 0 { part } else { "" })
            .collect::<Vec<_>>()
            .join(" ");
        let mut rest = plain.as_str();
        while let Some(i) = rest.find("](") {
            let after = &rest[i + 2..];
            let Some(close) = after.find(')') else { break };
            out.push((n + 1, after[..close].trim().to_string()));
            rest = &after[close + 1..];
        }
    }
    out
}

/// What is wrong with each relative link of `page` (a path from `root`): a target that is not
/// there, or an `#anchor` no heading of its Markdown page has.
fn broken_links(root: &Path, page: &str) -> Vec<String> {
    let text = std::fs::read_to_string(root.join(page)).unwrap();
    let here = Path::new(page).parent().unwrap_or(Path::new(""));
    let mut out = Vec::new();
    for (n, target) in links(&text) {
        if target.contains("://") || target.starts_with("mailto:") {
            continue;
        }
        let (path, anchor) = match target.split_once('#') {
            Some((p, a)) => (p, Some(a)),
            None => (target.as_str(), None),
        };
        let file = if path.is_empty() {
            root.join(page)
        } else {
            root.join(here).join(path)
        };
        if !file.exists() {
            out.push(format!("{page} line {n}: {target}: no such file"));
            continue;
        }
        let Some(anchor) = anchor else { continue };
        if file.extension().is_some_and(|e| e == "md") {
            let heads = anchors(&std::fs::read_to_string(&file).unwrap());
            if !heads.contains(anchor) {
                out.push(format!("{page} line {n}: {target}: no heading #{anchor}"));
            }
        }
    }
    out
}

#[test]
fn every_relative_link_of_the_readme_and_docs_points_somewhere() {
    let mut broken = Vec::new();
    let mut pages_with_links = 0;
    for page in pages() {
        pages_with_links += usize::from(!links(&read(&page)).is_empty());
        broken.extend(broken_links(&repo(), &page));
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
    // The README is the way in: it links to every page of docs/.
    let linked: HashSet<String> = links(&read("README.md"))
        .into_iter()
        .map(|(_, t)| t.split('#').next().unwrap_or_default().to_string())
        .collect();
    let unlinked: Vec<String> = pages()
        .into_iter()
        .filter(|p| p.starts_with("docs/") && !linked.contains(p))
        .collect();
    assert!(unlinked.is_empty(), "README.md links to no {unlinked:?}");
    // Every page links back to the README at least.
    assert_eq!(pages_with_links, pages().len());
}

#[test]
fn the_link_check_finds_a_missing_file_and_a_missing_heading() {
    let root = tempfile::tempdir().unwrap();
    std::fs::create_dir(root.path().join("docs")).unwrap();
    std::fs::write(
        root.path().join("README.md"),
        "# Title\n\n## Settings: `reseau.toml`\n\n## Plan\n\n## Plan\n",
    )
    .unwrap();
    std::fs::write(
        root.path().join("docs/page.md"),
        "# Page\n\n\
         [ok](../README.md) [ok](../README.md#settings-reseautoml) [ok](../README.md#plan-1)\n\
         [ok](#page) `[not a link](nowhere.md)`\n\
         ```sh\n[not a link](nowhere.md)\n```\n\
         [gone](missing.md) [no heading](../README.md#plan-2) [no heading](#nowhere)\n",
    )
    .unwrap();
    let broken = broken_links(root.path(), "docs/page.md");
    assert_eq!(
        broken,
        [
            "docs/page.md line 8: missing.md: no such file",
            "docs/page.md line 8: ../README.md#plan-2: no heading #plan-2",
            "docs/page.md line 8: #nowhere: no heading #nowhere",
        ]
    );
    assert_eq!(
        slug("Drafts, the Messages sheet and the calendar"),
        "drafts-the-messages-sheet-and-the-calendar"
    );
    assert_eq!(
        slug("The calendar: `--ics FILE`"),
        "the-calendar---ics-file"
    );
    assert_eq!(
        slug("Ties: introductions, requests, give and take, the routine"),
        "ties-introductions-requests-give-and-take-the-routine"
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
cargo run --release --example gen_sheet -- --rows 10
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
    let found = commands(readme);
    let lines: Vec<&str> = found.iter().map(|f| f.line.as_str()).collect();
    assert_eq!(
        lines,
        [
            "cargo run --release -- process a.xlsx --today 2026-11-26",
            "reseau-xlsx check a.xlsx --json r.json",
            "cargo run --release --example gen_sheet -- --rows 10",
            "reseau-xlsx process INPUT... [-o OUTPUT]",
            "cargo install --git https://x.invalid/reseau-xlsx --locked",
            "reseau-xlsx process network/contacts.xlsx --out-dir out --summary-md out/summary.md",
            "cat out/summary.md >> \"$GITHUB_STEP_SUMMARY\"",
            "reseau-xlsx process network/*.xlsx --out-dir out",
            "cat out/summary.md",
        ]
    );
    // Each command names the line it starts on.
    let at: Vec<usize> = found.iter().map(|f| f.at).collect();
    assert_eq!(at, [5, 6, 8, 12, 19, 20, 24, 27, 29]);
    assert!(
        matches!(plan(lines[0]), Ok(Plan::Run(l)) if l == "reseau-xlsx process a.xlsx --today 2026-11-26")
    );
    assert!(
        matches!(plan(lines[2]), Ok(Plan::Skip(_))),
        "an example is not the tool"
    );
    assert!(matches!(plan(lines[3]), Ok(Plan::Skip(_))));
    assert!(matches!(plan(lines[4]), Ok(Plan::Skip(_))));
    assert!(
        plan("apt-get install libreoffice").is_err(),
        "an unlisted command is an error"
    );
}
