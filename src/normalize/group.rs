//! Section rows of a hand-made sheet: a row with one filled cell and nothing else ("## EX-
//! COLLÈGUES (Seb / Danone)", "AGENCES / CABINETS", "Famille :") names the group of the rows
//! below it, not a person. A plain name alone ("Sophie Durand") stays a person.

use std::borrow::Cow;

use crate::model::{Category, Source};
use crate::vocab::{fold, GROUP_NOT_CATEGORY, GROUP_WORDS, NAME_PLACEHOLDERS};

/// Marks people put around a section title.
const MARKS: &[char] = &[
    '#', '=', '*', '-', '•', '>', '■', '—', '–', '_', '[', ']', '|', '~', '+', '►', '▶', '·',
];

/// Lower-case words a name may hold ("Jean de la Fontaine", "Ludwig van Beethoven").
const PARTICLES: &[&str] = &[
    "de", "du", "des", "la", "le", "d'", "van", "von", "der", "den", "di", "da", "del", "ben",
    "bin", "al", "el", "y", "e", "dos", "das",
];

/// The group a single filled cell names, cleaned of its marks; `None` when the text reads as
/// a person. `in_name_column`: the cell is in the name column (a title typed there in capitals
/// is a group, a name typed in capitals is a person).
pub fn of(text: &str, in_name_column: bool) -> Option<Cow<'_, str>> {
    let trimmed = text.trim();
    let letters = trimmed.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 || trimmed.contains('@') || trimmed.starts_with("http") {
        return None;
    }
    let clean = trimmed
        .trim_start_matches(|c: char| MARKS.contains(&c) || c.is_whitespace())
        .trim_end_matches(|c: char| MARKS.contains(&c) || c == ':' || c.is_whitespace());
    let decorated = clean.len() != trimmed.len();
    let folded = fold(clean);
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    let group_word = words.iter().any(|w| GROUP_WORDS.contains(w)) || category(clean).is_some();
    let capitals = !clean.chars().any(char::is_lowercase);
    let name_like = (2..=3).contains(&words.len())
        && clean
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’' | '.'));
    // A phrase mixing capitalised and lower-case words ("Les gens à voir") is no name; a name
    // typed all in lower case ("marc lefèvre") is one.
    let (mut upper, mut lower) = (0, 0);
    for w in clean.split_whitespace() {
        match w.chars().next() {
            Some(c) if c.is_uppercase() => upper += 1,
            Some(c) if c.is_lowercase() && !PARTICLES.contains(&w) => lower += 1,
            _ => {}
        }
    }
    let sentence = (upper > 0 && lower > 0) || words.len() > 4;
    let group = decorated || group_word || sentence || (capitals && !(in_name_column && name_like));
    (group && !clean.is_empty()).then(|| Cow::Owned(clean.to_string()))
}

/// Whether a label is one people give a group of contacts ("Clients", "Prospects",
/// "Famille"): one of its words is a group word.
pub fn is_group_label(label: &str) -> bool {
    fold(label)
        .split(' ')
        .any(|w| GROUP_WORDS.contains(&w) || GROUP_NOT_CATEGORY.contains(&w))
}

/// The category a group's words name ("EX-COLLÈGUES" colleague, "Experts" expert, "Famille"
/// friends and family, "Agences / cabinets" or "Salons" other); `None` when they name none.
pub fn category(group: &str) -> Option<Category> {
    let folded = fold(group);
    let words: Vec<&str> = folded
        .split(' ')
        .filter(|w| !w.is_empty() && !GROUP_NOT_CATEGORY.contains(w))
        .collect();
    if let Some(c) = Category::lookup(&words.join(" ")) {
        return Some(c);
    }
    // Three, two, then one word at a time: "chef d entreprise" before "entreprise".
    for n in (1..=3).rev() {
        for window in words.windows(n) {
            let phrase = window.join(" ");
            if n == 1 && phrase.len() < 4 {
                continue;
            }
            if let Some(c) = Category::lookup(&phrase) {
                return Some(c);
            }
        }
    }
    let source = words
        .iter()
        .find_map(|w| Source::lookup(w))
        .map(Source::category);
    source.or_else(|| {
        let plural_group = [
            "agence",
            "agences",
            "cabinet",
            "cabinets",
            "recruteurs",
            "recruteur",
            "recruiters",
            "agencies",
            "headhunters",
            "chasseurs",
            "salons",
            "evenements",
            "events",
        ];
        let family = ["famille", "family", "amis", "friends"];
        if words.iter().any(|w| family.contains(w)) {
            Some(Category::FriendFamily)
        } else if words.iter().any(|w| plural_group.contains(w)) {
            Some(Category::Other)
        } else {
            None
        }
    })
}

/// Whether a name cell holds a placeholder rather than a name: only marks ("?", "-", "..."),
/// or a word that says the name is unknown ("inconnu", "TBD").
pub fn is_placeholder_name(text: &str) -> bool {
    let folded = fold(text);
    folded.is_empty() || NAME_PLACEHOLDERS.contains(&folded.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn section_rows_are_groups_and_names_are_people() {
        assert_eq!(
            of("## EX-COLLÈGUES (Seb / Danone / agence Pulse)", true).as_deref(),
            Some("EX-COLLÈGUES (Seb / Danone / agence Pulse)")
        );
        assert_eq!(
            of("AGENCES / CABINETS", true).as_deref(),
            Some("AGENCES / CABINETS")
        );
        assert_eq!(of("Famille :", true).as_deref(), Some("Famille"));
        assert_eq!(of("Sophie Durand", true), None);
        assert_eq!(of("SOPHIE DURAND", true), None);
        assert_eq!(of("?", true), None);
        assert_eq!(of("sophie@example.fr", false), None);
    }

    #[test]
    fn a_group_names_a_category_by_its_words() {
        assert_eq!(
            category("EX-COLLÈGUES (Seb / Danone)"),
            Some(Category::Colleague)
        );
        assert_eq!(category("Experts data"), Some(Category::Expert));
        assert_eq!(category("Famille & amis"), Some(Category::FriendFamily));
        assert_eq!(category("AGENCES / CABINETS"), Some(Category::Other));
        assert_eq!(category("Clients"), None);
        assert_eq!(category("Personnes inspirantes"), Some(Category::Inspiring));
    }

    #[test]
    fn placeholders_are_not_names() {
        for p in ["?", "???", "-", "Inconnu", "TBD", "xxx"] {
            assert!(is_placeholder_name(p), "{p}");
        }
        assert!(!is_placeholder_name("Sophie"));
    }
}
