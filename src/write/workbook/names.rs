//! Sheet names: made valid for Excel (31 characters, none of `[ ] : * ? / \`, no apostrophe at
//! either end, not blank, not the reserved "History") and unique, ignoring case as Excel does.
//! User sheets are named first and keep their names when valid; the tool's sheets give way.

use std::collections::HashSet;

/// Excel's limit on a sheet name, in characters.
const MAX_NAME: usize = 31;

/// The names given so far in one workbook.
#[derive(Debug, Default)]
pub struct Names {
    taken: HashSet<String>,
}

impl Names {
    /// A fresh set: no name taken (the marker claims its name last, after every other sheet).
    pub fn new() -> Self {
        Names::default()
    }

    /// A valid name close to `wanted` that no other sheet has, and records it.
    pub fn claim(&mut self, wanted: &str) -> String {
        let base = valid(wanted);
        let mut name = base.clone();
        let mut n = 2;
        while self.taken.contains(&key(&name)) {
            let suffix = format!(" ({n})");
            let keep = MAX_NAME - suffix.chars().count();
            let stem: String = base.chars().take(keep).collect();
            name = format!("{}{suffix}", stem.trim_end_matches('\''));
            n += 1;
        }
        self.taken.insert(key(&name));
        name
    }
}

/// Excel compares sheet names without case.
fn key(name: &str) -> String {
    name.to_lowercase()
}

/// `wanted` with forbidden characters replaced and cut to Excel's length.
fn valid(wanted: &str) -> String {
    let cleaned: String = wanted
        .chars()
        .map(|c| match c {
            '[' | ']' | ':' | '*' | '?' | '/' | '\\' => '_',
            c if c.is_control() || !crate::safe::cell::is_xml_char(c) => ' ',
            c => c,
        })
        .take(MAX_NAME)
        .collect();
    let cleaned = cleaned.trim().trim_matches('\'').trim().to_string();
    if cleaned.is_empty() || cleaned.eq_ignore_ascii_case("history") {
        format!("{cleaned} sheet")
            .trim()
            .chars()
            .take(MAX_NAME)
            .collect()
    } else {
        cleaned
    }
}

#[cfg(test)]
mod tests;
