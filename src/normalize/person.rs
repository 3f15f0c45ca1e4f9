//! Who a row greets: the first name in a name cell, and tu or vous.
//!
//! The first name is read from the cell as typed, before the name is written as names are
//! written, because its case tells the order: "LEGRAND Sébastien" and "martin Julien" give
//! Sébastien and Julien (the word written like a first name among words in capitals or in
//! lower case). When every word is written alike, the list of first names tells
//! ("Durand Sophie" gives Sophie); else the first word is the first name. "Martin, Claire"
//! gives Claire; a title ("Mme Lopez") gives none (the greeting uses the title); what follows
//! a dash or a bracket ("Mme Lopez - CCI", "Claire (Danone)") is not the name.

use std::borrow::Cow;

use crate::model::{Cell, Register, Value};
use crate::vocab::fold;
use crate::vocab::names::{is_first_name, is_organisation, Title, PARTICLES};

/// The part of a name cell that names the person: before " - ", a bracket, " / ", " | ".
pub fn person_part(name: &str) -> &str {
    const SEPARATORS: [&str; 7] = [" - ", " – ", " — ", " (", " / ", " | ", "\n"];
    // Each separator's first place counts, unless it starts the cell: the earliest such place
    // ends the person. Every separator starts with a space or a line break, so only those
    // places are looked at, in one pass.
    let mut seen = [false; SEPARATORS.len()];
    for (at, _) in name.match_indices([' ', '\n']) {
        for (k, sep) in SEPARATORS.iter().enumerate() {
            if !seen[k] && name[at..].starts_with(sep) {
                if at > 0 {
                    return name[..at].trim();
                }
                seen[k] = true;
            }
        }
    }
    name.trim()
}

/// How one word of a name is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    /// "Sébastien", "Jean-Pierre", "McDonald".
    Capitalised,
    /// "LEGRAND".
    Capitals,
    /// "martin".
    Lower,
}

fn case_of(word: &str) -> Case {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) {
        Case::Capitals
    } else if letters.iter().all(|c| c.is_lowercase()) {
        Case::Lower
    } else {
        Case::Capitalised
    }
}

/// Whether `word` can be part of a name: letters, with hyphens and apostrophes.
fn name_word(word: &str) -> bool {
    word.chars().any(char::is_alphabetic)
        && word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
}

/// The first name a name cell gives, written as names are written; `None` when the cell
/// gives none (a title and a family name, a company, an e-mail address).
pub fn first_name(cell: &str) -> Option<Cow<'_, str>> {
    let part = person_part(cell);
    if part.contains('@') || part.chars().any(|c| c.is_ascii_digit()) || is_organisation(part) {
        return None;
    }
    // "Martin, Claire": the first name after the comma.
    if let Some((last, first)) = part.split_once(',') {
        let first = first.split_whitespace().find(|w| Title::of(w).is_none())?;
        return (!last.trim().is_empty() && name_word(first)).then(|| written(first));
    }
    let words: Vec<&str> = part.split_whitespace().collect();
    if words.iter().any(|w| !name_word(w)) {
        return None;
    }
    // "J. Martin": an initial first, no first name to greet.
    let initial = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count() == 1;
    if words
        .first()
        .is_some_and(|w| initial(w) && Title::of(w).is_none())
    {
        return None;
    }
    let titled = words.first().is_some_and(|w| Title::of(w).is_some());
    // A particle opening the name is a first name when the list knows it ("Ben Carter"; but
    // "Karim Ben Ali" keeps "Ben" with the family name).
    let opening = words
        .iter()
        .position(|w| Title::of(w).is_none())
        .filter(|&i| is_first_name(words[i]) && words.len() > i + 1);
    let words: Vec<&str> = words
        .into_iter()
        .enumerate()
        .filter(|&(i, w)| {
            Title::of(w).is_none()
                && (Some(i) == opening || !PARTICLES.contains(&fold(w).as_str()))
                && !initial(w)
        })
        .map(|(_, w)| w)
        .collect();
    match words.as_slice() {
        [] => None,
        // A title and one word is a family name ("Mme Lopez"); one word alone is a first
        // name unless typed in capitals as family names are.
        [one] if titled || case_of(one) == Case::Capitals && !is_first_name(one) => None,
        [one] => Some(written(one)),
        _ if titled => {
            // "Mme Claire Lopez": a first name only when the list knows it.
            let first = words[0];
            is_first_name(first).then(|| written(first))
        }
        _ => Some(written(among(&words))),
    }
}

/// The first name among the words of a name of two words or more.
fn among<'a>(words: &[&'a str]) -> &'a str {
    let cases: Vec<Case> = words.iter().map(|w| case_of(w)).collect();
    let capitalised = cases.iter().filter(|&&c| c == Case::Capitalised).count();
    // One style for the first name, another for the family name: "LEGRAND Sébastien",
    // "martin Julien", "Sébastien LEGRAND".
    if capitalised > 0 && capitalised < words.len() {
        if let Some(i) = cases.iter().position(|&c| c == Case::Capitalised) {
            return words[i];
        }
    }
    let first = words[0];
    let last = words[words.len() - 1];
    if !is_first_name(first) && is_first_name(last) {
        return last;
    }
    first
}

/// A word of a name as names are written: "JEAN-PIERRE" and "jean-pierre" give
/// "Jean-Pierre"; a word already mixed ("McDonald", "Sébastien") stays as it is.
fn written(word: &str) -> Cow<'_, str> {
    let word = word.trim_end_matches(['.', ',']);
    if case_of(word) == Case::Capitalised {
        return Cow::Borrowed(word);
    }
    let mut out = String::with_capacity(word.len());
    let mut start = true;
    for c in word.chars() {
        if start && c.is_alphabetic() {
            out.extend(c.to_uppercase());
            start = false;
        } else {
            out.extend(c.to_lowercase());
            start = matches!(c, '-' | '\'' | '’');
        }
    }
    Cow::Owned(out)
}

/// The first name of a first-name cell, written as names are written ("JEAN-PIERRE" gives
/// "Jean-Pierre"); `None` for a blank cell.
pub fn first_name_cell(text: &str) -> Option<Cow<'_, str>> {
    let t = text.trim();
    if t.is_empty() || !t.split_whitespace().all(name_word) {
        return None;
    }
    let words: Vec<Cow<'_, str>> = t.split_whitespace().map(written).collect();
    if words.len() == 1 {
        return words.into_iter().next();
    }
    Some(Cow::Owned(
        words
            .iter()
            .map(|w| w.as_ref())
            .collect::<Vec<_>>()
            .join(" "),
    ))
}

/// Tu or vous, from a "Tu/Vous" or "Tutoiement" cell: `tu`, `vous`, and yes/no words ("oui"
/// is tu in a "Tutoiement" column, vous in a "Vouvoiement" one). `Err` for a word not
/// understood.
pub fn register(cell: &Cell<'_>, header: &str) -> Result<Option<Register>, ()> {
    let text = match *cell {
        Value::Text(t) => t,
        Value::Bool(b) => return Ok(Some(yes_no(b, header))),
        Value::Empty => return Ok(None),
        _ => return Err(()),
    };
    let folded = fold(text);
    if folded.is_empty() {
        return Ok(None);
    }
    if let Some(r) = Register::lookup(&folded) {
        return Ok(Some(r));
    }
    let yes = ["oui", "yes", "o", "y", "x", "1", "vrai", "true", "ok"];
    let no = ["non", "no", "n", "0", "faux", "false"];
    if yes.contains(&folded.as_str()) {
        return Ok(Some(yes_no(true, header)));
    }
    if no.contains(&folded.as_str()) {
        return Ok(Some(yes_no(false, header)));
    }
    // "tu (ancien collègue)", "vous !": the first word says it.
    match folded.split(' ').next() {
        Some("tu") => Ok(Some(Register::Tu)),
        Some("vous") => Ok(Some(Register::Vous)),
        _ => Err(()),
    }
}

/// What a yes or a no says in a register column: a "Vouvoiement" column's yes is vous, any
/// other's yes is tu.
fn yes_no(yes: bool, header: &str) -> Register {
    let formal = fold(header).contains("vouvo");
    if yes != formal {
        Register::Tu
    } else {
        Register::Vous
    }
}

/// The hint of a register cell not understood.
pub fn register_hint() -> crate::model::Hint {
    fixed_hint!(
        "écrivez « tu » ou « vous » (ou oui / non dans une colonne « Tutoiement ») ; en \
         attendant, le brouillon suit la catégorie",
        "write 'tu' or 'vous' (or yes / no in a 'Tutoiement' column); meanwhile the draft \
         follows the category",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(cell: &str) -> Option<String> {
        first_name(cell).map(|c| c.into_owned())
    }

    #[test]
    fn the_case_of_a_name_tells_its_order() {
        assert_eq!(first("LEGRAND Sébastien").as_deref(), Some("Sébastien"));
        assert_eq!(first("martin Julien").as_deref(), Some("Julien"));
        assert_eq!(first("LEFEBVRE Thomas").as_deref(), Some("Thomas"));
        assert_eq!(first("Sébastien LEGRAND").as_deref(), Some("Sébastien"));
        assert_eq!(
            first("DE LA TOUR Anne-Sophie").as_deref(),
            Some("Anne-Sophie")
        );
    }

    #[test]
    fn a_particle_opening_a_name_may_be_the_first_name() {
        assert_eq!(first("Ben Carter").as_deref(), Some("Ben"));
        assert_eq!(first("Karim Ben Ali").as_deref(), Some("Karim"));
    }

    #[test]
    fn the_list_of_first_names_tells_when_the_case_does_not() {
        assert_eq!(first("Durand Sophie").as_deref(), Some("Sophie"));
        assert_eq!(first("Sophie Durand").as_deref(), Some("Sophie"));
        assert_eq!(first("SOPHIE DURAND").as_deref(), Some("Sophie"));
        assert_eq!(first("jean-pierre dupont").as_deref(), Some("Jean-Pierre"));
        assert_eq!(first("Kwame Mensah").as_deref(), Some("Kwame"));
        assert_eq!(first("Martin, Claire").as_deref(), Some("Claire"));
        assert_eq!(first("Claire (Danone)").as_deref(), Some("Claire"));
    }

    #[test]
    fn a_title_or_an_organisation_gives_no_first_name() {
        assert_eq!(first("Mme Lopez - CCI"), None);
        assert_eq!(first("Dr Martin"), None);
        assert_eq!(first("Mme Claire Lopez").as_deref(), Some("Claire"));
        assert_eq!(first("claire@example.com"), None);
        assert_eq!(first("LOPEZ"), None);
        assert_eq!(first("Julien").as_deref(), Some("Julien"));
        assert_eq!(first("J. Martin"), None);
        assert_eq!(first("Martin J.").as_deref(), Some("Martin"));
        assert_eq!(first("M. Dupont"), None);
        assert_eq!(first("CCI Lyon"), None);
        assert_eq!(first("Équipe RH Danone"), None);
    }

    #[test]
    fn a_register_cell_reads_tu_vous_and_yes_no() {
        let t = |s: &'static str, h: &str| register(&Value::Text(s), h);
        assert_eq!(t("tu", "Tu/Vous"), Ok(Some(Register::Tu)));
        assert_eq!(t("Vous", "Tu/Vous"), Ok(Some(Register::Vous)));
        assert_eq!(t("oui", "Tutoiement"), Ok(Some(Register::Tu)));
        assert_eq!(t("non", "Tutoiement"), Ok(Some(Register::Vous)));
        assert_eq!(t("oui", "Vouvoiement"), Ok(Some(Register::Vous)));
        assert_eq!(t("", "Tu/Vous"), Ok(None));
        assert!(t("peut-être", "Tu/Vous").is_err());
    }

    /// `person_part` as first written: each separator looked for on its own.
    fn person_part_one_by_one(name: &str) -> &str {
        let mut end = name.len();
        for sep in [" - ", " – ", " — ", " (", " / ", " | ", "\n"] {
            if let Some(at) = name.find(sep).filter(|&at| at > 0) {
                end = end.min(at);
            }
        }
        name[..end].trim()
    }

    proptest::proptest! {
        #[test]
        fn the_person_part_is_found_in_one_pass_as_one_by_one(
            name in "([ \n(|/a-zé-]|–|—){0,14}",
        ) {
            proptest::prop_assert_eq!(person_part(&name), person_part_one_by_one(&name));
        }
    }
}
