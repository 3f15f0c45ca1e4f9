//! The words of people's names: the list of first names kept in the tree as data
//! (`data/first_names.txt`, its sources and licences in its header and the README), the titles
//! that may open a name ("Mme", "Dr"), and the words that say a name cell names an
//! organisation rather than a person ("CCI Lyon", "Équipe RH").

use std::collections::HashSet;
use std::sync::OnceLock;

use super::{fold, Lang};

/// The list of first names, folded, one a line, after `#` comment lines.
const FIRST_NAMES: &str = include_str!("../../data/first_names.txt");

/// Whether `word` (one word of a name, or a compound such as "Jean-Pierre") is a common
/// French or English first name.
pub fn is_first_name(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let set = SET.get_or_init(|| {
        FIRST_NAMES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(str::trim)
            .collect()
    });
    let folded = fold(word);
    !folded.is_empty() && set.contains(folded.as_str())
}

/// A title that may open a name ("Mme Lopez", "Dr Martin"): a person greeted by title and
/// family name when no first name is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Title {
    Mister,
    Madam,
    Miss,
    Doctor,
    /// Maître: a lawyer or a notary, in French.
    Counsel,
    Professor,
}

/// The folded words of each title, French and English.
const TITLES: &[(&str, Title)] = &[
    ("m", Title::Mister),
    ("mr", Title::Mister),
    ("monsieur", Title::Mister),
    ("mister", Title::Mister),
    ("sir", Title::Mister),
    ("mme", Title::Madam),
    ("madame", Title::Madam),
    ("mrs", Title::Madam),
    ("ms", Title::Madam),
    ("mlle", Title::Miss),
    ("mademoiselle", Title::Miss),
    ("miss", Title::Miss),
    ("dr", Title::Doctor),
    ("docteur", Title::Doctor),
    ("doctor", Title::Doctor),
    ("me", Title::Counsel),
    ("maitre", Title::Counsel),
    ("pr", Title::Professor),
    ("prof", Title::Professor),
    ("professeur", Title::Professor),
    ("professor", Title::Professor),
];

impl Title {
    /// The title of one word of a name ("Mme", "Dr.", "Monsieur"), if it is one.
    pub fn of(word: &str) -> Option<Title> {
        let folded = fold(word);
        TITLES.iter().find(|(w, _)| *w == folded).map(|&(_, t)| t)
    }

    /// How a greeting names it, before the family name: "Madame Lopez", "Ms Lopez".
    pub fn word(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Title::Mister, Lang::Fr) => "Monsieur",
            (Title::Mister, Lang::En) => "Mr",
            (Title::Madam, Lang::Fr) => "Madame",
            (Title::Madam, Lang::En) => "Ms",
            (Title::Miss, Lang::Fr) => "Mademoiselle",
            (Title::Miss, Lang::En) => "Ms",
            (Title::Doctor, Lang::Fr) => "Docteur",
            (Title::Doctor, Lang::En) => "Dr",
            (Title::Counsel, Lang::Fr) => "Maître",
            (Title::Counsel, Lang::En) => "",
            (Title::Professor, Lang::Fr) => "Professeur",
            (Title::Professor, Lang::En) => "Professor",
        }
    }
}

/// Lower-case words a family name may hold ("Jean de la Fontaine", "van Dijk").
pub const PARTICLES: &[&str] = &[
    "de", "du", "des", "la", "le", "d", "van", "von", "der", "den", "di", "da", "del", "ben",
    "bin", "al", "el", "dos", "das", "ter",
];

/// Folded words that make a name cell an organisation, a team or a desk rather than a person.
#[rustfmt::skip]
const ORGANISATION_WORDS: &[&str] = &[
    "cci", "sas", "sarl", "sa", "inc", "ltd", "llc", "gmbh", "plc", "corp", "equipe", "team",
    "service", "cabinet", "agence", "agency", "association", "asso", "groupe", "group", "rh",
    "hr", "recrutement", "recruiting", "recruitment", "accueil", "direction", "departement",
    "department", "club", "reseau", "network", "communaute", "community", "bureau", "office",
    "mairie", "chambre", "federation", "syndicat", "ecole", "universite", "school",
    "university", "fondation", "foundation", "support", "contact", "info", "infos",
    "helpdesk", "desk", "standard", "secretariat", "pole", "incubateur", "incubator",
    "collectif", "ordre", "institut", "institute", "company", "societe", "entreprise",
];

/// Whether a name cell names an organisation or a desk ("CCI Lyon", "Équipe RH Danone",
/// "Service recrutement"), not a person: one of its words says so and no word of it is a
/// first name or a title.
pub fn is_organisation(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words
        .iter()
        .any(|w| Title::of(w).is_some() || is_first_name(w))
    {
        return false;
    }
    let folded = fold(name);
    folded.split(' ').any(|w| ORGANISATION_WORDS.contains(&w))
}
