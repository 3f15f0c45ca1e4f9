//! The placeholders a draft's template may use (`{first_name}`...), and how a template names
//! them: what `reseau.toml` may write in `[messages.LANG]` (checked by `config`) and what
//! `draft` fills.

/// Every placeholder a template may use, in the order docs/drafts.md lists them.
pub const PLACEHOLDERS: &[&str] = &[
    "greeting",
    "first_name",
    "name",
    "company",
    "role",
    "objective",
    "how",
    "deadline",
    "introducer",
    "introduced",
    "give_back",
    "project",
    "signature",
    "questions",
    "opener",
    "topic",
    "about",
    "what",
    "days",
    "meeting",
    "request",
    "write_on",
    "when",
    "thanks_line",
];

/// A placeholder a template uses that the tool does not know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unknown {
    /// The name between the braces.
    pub name: String,
    /// Its byte offset in the template.
    pub offset: usize,
}

/// The placeholders of `template`: `{name}` made of letters and `_`; other braces are text.
pub fn placeholders(template: &str) -> impl Iterator<Item = (usize, &str)> {
    template.match_indices('{').filter_map(|(at, _)| {
        let rest = &template[at + 1..];
        let end = rest.find('}')?;
        let name = &rest[..end];
        let is_name =
            !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        is_name.then_some((at, name))
    })
}

/// Checks that every placeholder of `template` is known.
///
/// # Errors
/// The first unknown placeholder.
pub fn check(template: &str) -> Result<(), Unknown> {
    match placeholders(template).find(|(_, name)| !PLACEHOLDERS.contains(name)) {
        Some((offset, name)) => Err(Unknown {
            name: name.to_string(),
            offset,
        }),
        None => Ok(()),
    }
}
