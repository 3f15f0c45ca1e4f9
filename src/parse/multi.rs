//! Cells that hold several values, as contact exports and trackers write them: Google's
//! `a@x.org ::: b@y.org`, a tracker's "Contact" cell `m.martin@example.fr / 06 12 34 56 78`,
//! a label list `* myContacts ::: Clients`. The first value of the right kind is the field's;
//! the cell itself stays whole in the contacts sheet, so the others are kept there.
//!
//! This module only cuts cells; the words a piece may be are looked up in `vocab`.

use std::borrow::Cow;

/// What Google Contacts puts between the values of one cell.
const GOOGLE_SEPARATOR: &str = ":::";

/// The pieces of a multi-valued cell: cut at ` ::: `, `;`, `,`, `|`, `/` and new lines,
/// trimmed, blanks left out.
pub fn pieces(text: &str) -> impl Iterator<Item = &str> {
    text.split(GOOGLE_SEPARATOR)
        .flat_map(|p| p.split([';', ',', '|', '\n']))
        .flat_map(|p| p.split(" / "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
}

/// Whether `word` is an e-mail address: something, `@`, a domain with a dot.
pub fn is_email(word: &str) -> bool {
    let word = word.trim_start_matches("mailto:");
    match word.split_once('@') {
        Some((user, domain)) => {
            !user.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !word.contains(char::is_whitespace)
        }
        None => false,
    }
}

/// The first e-mail address of a cell, when the cell holds more than that address (several
/// addresses, or an address and a phone number); the cell as it is otherwise.
pub fn first_email(text: Cow<'_, str>) -> Cow<'_, str> {
    if is_email(&text) {
        return text;
    }
    let found = text
        .split(|c: char| c.is_whitespace() || matches!(c, ';' | ',' | '|' | '<' | '>' | '(' | ')'))
        .map(|w| w.trim_matches(|c: char| matches!(c, '"' | '\'' | '/' | ':' | '[' | ']')))
        .find(|w| is_email(w))
        .map(|w| w.trim_start_matches("mailto:").to_string());
    match found {
        Some(address) => Cow::Owned(address),
        None => text,
    }
}

/// A phone number written beside an address in one cell (`m.martin@example.fr / 06 12 34 56
/// 78`): the first piece of at least eight digits and nothing but phone characters.
pub fn phone_beside(text: &str) -> Option<String> {
    pieces(text)
        .find(|p| {
            p.chars().filter(char::is_ascii_digit).count() >= 8
                && p.chars()
                    .all(|c| c.is_ascii_digit() || " +().-".contains(c))
        })
        .map(str::to_string)
}

/// The first value of a Google multi-valued cell (`+33 6 ::: +33 1`); the cell as it is when
/// it holds one.
pub fn first_of_many(text: Cow<'_, str>) -> Cow<'_, str> {
    match text.split_once(GOOGLE_SEPARATOR) {
        Some((first, _)) if !first.trim().is_empty() => Cow::Owned(first.trim().to_string()),
        _ => text,
    }
}

/// Labels an export adds on its own, which say nothing of the relationship: Google's
/// `* myContacts`, `* starred`.
pub fn is_system_label(piece: &str) -> bool {
    piece.starts_with('*') || crate::vocab::fold(piece) == "mycontacts"
}

#[cfg(test)]
mod tests;
