//! The house keeps its shape: every module of `src/` imports only from its own layer or the
//! layers below, and no two files import each other, directly or around a circle.
//!
//! The layers are read from the table in the `lib.rs` header (the one place they are written);
//! this test reads the sources as text. A path counts as an import wherever it appears in code:
//! `use crate::x::...`, `crate::x::f(...)` inline, `super::...`; comments and test code
//! (`tests.rs` files, `#[cfg(test)]` items, `testkit.rs`) do not count, since tests sit above
//! everything they test.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layer of each top-level module, from the `lib.rs` header: rows `//! | N | a, b | ... |`.
fn layers(lib: &str) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for line in lib.lines() {
        let Some(row) = line.strip_prefix("//! |") else {
            continue;
        };
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        let Some(Ok(rank)) = cells.first().map(|c| c.parse::<usize>()) else {
            continue;
        };
        for m in cells.get(1).into_iter().flat_map(|c| c.split(',')) {
            let m = m
                .trim()
                .trim_matches('`')
                .trim_end_matches('/')
                .trim_end_matches(".rs");
            if !m.is_empty() {
                out.insert(m.to_string(), rank);
            }
        }
    }
    out
}

/// Every `.rs` file under `dir`, as paths relative to `src`.
fn sources(src: &Path, dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            sources(src, &p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p.strip_prefix(src).unwrap().to_path_buf());
        }
    }
}

/// Test code: a `tests.rs` file, a file under a `tests/` folder, the test kit.
fn is_test_file(rel: &Path) -> bool {
    rel.file_name()
        .is_some_and(|n| n == "tests.rs" || n == "testkit.rs")
        || rel.components().any(|c| c.as_os_str() == "tests")
}

/// The module path of a file: `read/locate.rs` -> [read, locate]; `read/mod.rs` -> [read].
fn module_of(rel: &Path) -> Vec<String> {
    let mut parts: Vec<String> = rel
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    parts
}

/// `text` without comments, string literals and `#[cfg(test)]` items.
fn code(text: &str) -> String {
    let mut out = String::new();
    let mut skip_depth: Option<i32> = None;
    let mut cfg_test = false;
    for line in text.lines() {
        let line = strip_line(line);
        let t = line.trim();
        if let Some(depth) = skip_depth.as_mut() {
            *depth += t.matches('{').count() as i32 - t.matches('}').count() as i32;
            if *depth <= 0 {
                skip_depth = None;
            }
            continue;
        }
        if t.starts_with("#[cfg(test)]") {
            cfg_test = true;
            continue;
        }
        if cfg_test {
            if t.starts_with("#[") {
                continue;
            }
            cfg_test = false;
            let depth = t.matches('{').count() as i32 - t.matches('}').count() as i32;
            if depth > 0 {
                skip_depth = Some(depth);
            }
            continue;
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// One line without its `//` comment and with string literals emptied.
fn strip_line(line: &str) -> String {
    let mut out = String::new();
    let mut chars = line.chars().peekable();
    let mut in_str = false;
    while let Some(c) = chars.next() {
        if in_str {
            match c {
                '\\' => {
                    chars.next();
                }
                '"' => {
                    in_str = false;
                    out.push('"');
                }
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_str = true;
                out.push('"');
            }
            '/' if chars.peek() == Some(&'/') => break,
            '\'' => {
                // A char literal such as '"' or '{' is emptied; a lifetime is kept.
                let rest: String = chars.clone().take(3).collect();
                if rest.starts_with("\\") {
                    let n = rest.find('\'').map_or(0, |i| i + 1);
                    for _ in 0..n.max(2) {
                        chars.next();
                    }
                    out.push_str("' '");
                } else if rest.chars().nth(1) == Some('\'') {
                    chars.next();
                    chars.next();
                    out.push_str("' '");
                } else {
                    out.push('\'');
                }
            }
            _ => out.push(c),
        }
    }
    out
}

/// The paths a file names: `crate::a::b` and `super::a` (made absolute), with `use` groups
/// (`crate::{a::b, c}`) expanded one level.
fn paths(code: &str, me: &[String], is_mod_file: bool) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let bytes: Vec<char> = code.chars().collect();
    let ident = |i: &mut usize| -> String {
        let mut s = String::new();
        while *i < bytes.len() && (bytes[*i].is_alphanumeric() || bytes[*i] == '_') {
            s.push(bytes[*i]);
            *i += 1;
        }
        s
    };
    let mut i = 0;
    while i < bytes.len() {
        let starts_word = i == 0 || !(bytes[i - 1].is_alphanumeric() || bytes[i - 1] == '_');
        let rest: String = bytes[i..bytes.len().min(i + 7)].iter().collect();
        let (mut base, skip) = if starts_word && rest.starts_with("crate::") {
            (Vec::new(), 7)
        } else if starts_word && rest.starts_with("super::") {
            let mut base = me.to_vec();
            // In `a/b.rs`, `super` is `a`; in `a/b/mod.rs` (module a::b), `super` is `a` too.
            let _ = is_mod_file;
            base.pop();
            (base, 7)
        } else {
            i += 1;
            continue;
        };
        i += skip;
        loop {
            if bytes[i..].starts_with(&['s', 'u', 'p', 'e', 'r', ':', ':']) {
                base.pop();
                i += 7;
                continue;
            }
            break;
        }
        let mut path = base.clone();
        loop {
            if i < bytes.len() && bytes[i] == '{' {
                // A group: each item is a path below `path`.
                let end = (i..bytes.len())
                    .find(|&j| bytes[j] == '}')
                    .unwrap_or(bytes.len());
                let group: String = bytes[i + 1..end].iter().collect();
                for item in group.split(',') {
                    let item = item.trim();
                    let first: Vec<String> = item
                        .split("::")
                        .map(|s| s.trim().to_string())
                        .take_while(|s| !s.is_empty() && !s.contains(['{', ' ']))
                        .collect();
                    if !first.is_empty() && first[0] != "self" {
                        let mut p = path.clone();
                        p.extend(first);
                        out.push(p);
                    }
                }
                i = end;
                path.clear();
                break;
            }
            let word = ident(&mut i);
            if word.is_empty() {
                break;
            }
            path.push(word);
            if bytes[i..].starts_with(&[':', ':']) {
                i += 2;
            } else {
                break;
            }
        }
        if !path.is_empty() {
            out.push(path);
        }
    }
    out
}

struct House {
    /// File (relative to src) -> the files it imports from.
    edges: BTreeMap<PathBuf, BTreeSet<PathBuf>>,
    /// File -> (top module it names, the path as written) for every crate path.
    named: BTreeMap<PathBuf, Vec<(String, String)>>,
}

fn house(src: &Path) -> House {
    let mut files = Vec::new();
    sources(src, src, &mut files);
    let by_module: BTreeMap<Vec<String>, PathBuf> =
        files.iter().map(|f| (module_of(f), f.clone())).collect();
    let mut edges = BTreeMap::new();
    let mut named = BTreeMap::new();
    for f in &files {
        if is_test_file(f) || f == Path::new("main.rs") || f == Path::new("lib.rs") {
            continue;
        }
        let text = std::fs::read_to_string(src.join(f)).unwrap();
        let me = module_of(f);
        let is_mod = f.file_name().is_some_and(|n| n == "mod.rs");
        let mut targets = BTreeSet::new();
        let mut names = Vec::new();
        for p in paths(&code(&text), &me, is_mod) {
            if let Some(top) = p.first() {
                names.push((top.clone(), p.join("::")));
            }
            // The file that owns the longest prefix of the path.
            let target = (1..=p.len())
                .rev()
                .find_map(|n| by_module.get(&p[..n]))
                .cloned();
            let Some(target) = target else { continue };
            let t = module_of(&target);
            // A module and the files of its own sub-modules are one room: a parent re-exports
            // its children and the children use what the parent holds.
            let related = t.len() <= me.len() && me[..t.len()] == t[..]
                || me.len() <= t.len() && t[..me.len()] == me[..];
            if target != *f && !related {
                targets.insert(target);
            }
        }
        edges.insert(f.clone(), targets);
        named.insert(f.clone(), names);
    }
    House { edges, named }
}

/// Upward imports: "src/read/locate.rs imports crate::write::marker::earlier: write (layer 8)
/// is above read (layer 3)".
fn upward(house: &House, layers: &BTreeMap<String, usize>) -> Vec<String> {
    let mut out = Vec::new();
    for (f, names) in &house.named {
        let me = module_of(f);
        let Some(my_layer) = me.first().and_then(|m| layers.get(m)) else {
            out.push(format!(
                "src/{} is in no layer of the lib.rs table",
                f.display()
            ));
            continue;
        };
        let mut seen = BTreeSet::new();
        for (top, path) in names {
            let Some(&layer) = layers.get(top) else {
                continue;
            };
            if layer > *my_layer && seen.insert(path.clone()) {
                out.push(format!(
                    "src/{} imports crate::{path}: {top} (layer {layer}) is above {} (layer {my_layer})",
                    f.display(),
                    me[0]
                ));
            }
        }
    }
    out
}

/// Circles among files: each strongly connected set of two files or more, with its edges.
fn circles(house: &House) -> Vec<String> {
    let nodes: Vec<&PathBuf> = house.edges.keys().collect();
    let index: BTreeMap<&PathBuf, usize> = nodes.iter().enumerate().map(|(i, n)| (*n, i)).collect();
    let adj: Vec<Vec<usize>> = nodes
        .iter()
        .map(|n| {
            house.edges[*n]
                .iter()
                .filter_map(|t| index.get(t).copied())
                .collect()
        })
        .collect();
    // Tarjan, iterative.
    let n = nodes.len();
    let (mut idx, mut low, mut on) = (vec![usize::MAX; n], vec![0; n], vec![false; n]);
    let (mut stack, mut comps, mut counter) = (Vec::new(), Vec::new(), 0);
    for start in 0..n {
        if idx[start] != usize::MAX {
            continue;
        }
        let mut work = vec![(start, 0usize)];
        while let Some(&mut (v, ref mut next)) = work.last_mut() {
            if *next == 0 && idx[v] == usize::MAX {
                idx[v] = counter;
                low[v] = counter;
                counter += 1;
                stack.push(v);
                on[v] = true;
            }
            if *next < adj[v].len() {
                let w = adj[v][*next];
                *next += 1;
                if idx[w] == usize::MAX {
                    work.push((w, 0));
                } else if on[w] {
                    low[v] = low[v].min(idx[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == idx[v] {
                let mut comp = Vec::new();
                loop {
                    let w = stack.pop().unwrap();
                    on[w] = false;
                    comp.push(w);
                    if w == v {
                        break;
                    }
                }
                if comp.len() > 1 {
                    comps.push(comp);
                }
            }
        }
    }
    comps
        .into_iter()
        .map(|comp| {
            let set: BTreeSet<usize> = comp.iter().copied().collect();
            let mut lines: Vec<String> = Vec::new();
            for &v in &set {
                for &w in &adj[v] {
                    if set.contains(&w) {
                        lines.push(format!(
                            "src/{} -> src/{}",
                            nodes[v].display(),
                            nodes[w].display()
                        ));
                    }
                }
            }
            format!(
                "a circle of {} files:\n    {}",
                set.len(),
                lines.join("\n    ")
            )
        })
        .collect()
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn every_module_imports_only_from_its_layer_or_below() {
    let src = src();
    let layers = layers(&std::fs::read_to_string(src.join("lib.rs")).unwrap());
    assert!(
        layers.len() >= 10,
        "the lib.rs header has no layer table: {layers:?}"
    );
    let bad = upward(&house(&src), &layers);
    assert!(
        bad.is_empty(),
        "{} upward imports:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

#[test]
fn no_two_files_import_each_other_even_around_a_circle() {
    let bad = circles(&house(&src()));
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn every_module_of_lib_rs_has_a_layer() {
    let src = src();
    let lib = std::fs::read_to_string(src.join("lib.rs")).unwrap();
    let layers = layers(&lib);
    for line in lib.lines() {
        let line = line.trim();
        let Some(m) = line
            .strip_prefix("pub mod ")
            .or_else(|| line.strip_prefix("mod "))
        else {
            continue;
        };
        let m = m.trim_end_matches(';');
        if m != "testkit" {
            assert!(
                layers.contains_key(m),
                "module {m} is in no layer of the table"
            );
        }
    }
}

/// The checker itself catches what it must: a reader importing a writer, and two files that
/// import each other (made-up sources in a temporary tree).
#[test]
fn the_checker_names_an_upward_import_and_a_circle() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path();
    std::fs::create_dir_all(src.join("read")).unwrap();
    std::fs::create_dir_all(src.join("write")).unwrap();
    std::fs::write(
        src.join("lib.rs"),
        "//! | 1 | read |\n//! | 2 | write |\npub mod read;\npub mod write;\n",
    )
    .unwrap();
    std::fs::write(src.join("read/mod.rs"), "mod a;\nmod b;\n").unwrap();
    std::fs::write(
        src.join("read/a.rs"),
        "// crate::write::nothing in a comment\nuse super::b::B;\nuse crate::write::marker::earlier;\n",
    )
    .unwrap();
    std::fs::write(src.join("read/b.rs"), "use crate::read::a::A;\n").unwrap();
    std::fs::write(src.join("write/mod.rs"), "pub mod marker;\n").unwrap();
    std::fs::write(
        src.join("write/marker.rs"),
        "use crate::read::b;\n#[cfg(test)]\nmod tests {\n    use crate::read::a;\n}\n",
    )
    .unwrap();
    let layers = layers(&std::fs::read_to_string(src.join("lib.rs")).unwrap());
    let h = house(src);
    let up = upward(&h, &layers);
    assert_eq!(
        up,
        vec![
            "src/read/a.rs imports crate::write::marker::earlier: write (layer 2) is above read (layer 1)"
                .to_string()
        ]
    );
    let c = circles(&h);
    assert_eq!(c.len(), 1, "{c:?}");
    assert!(
        c[0].contains("src/read/a.rs -> src/read/b.rs")
            && c[0].contains("src/read/b.rs -> src/read/a.rs"),
        "{c:?}"
    );
}
