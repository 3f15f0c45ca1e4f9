//! Vocabulary cells: objective (several per cell), horizon, how, category, status, priority.
//! A word the vocabulary does not know becomes an [`Issue`] whose hint names the nearest known
//! label and lists the known ones.
//!
//! The words themselves live in `vocab`; this module only cuts cells into words and finds the
//! nearest one.

use std::sync::OnceLock;

use super::text::shown;
use super::Issue;
use crate::model::{Cell, Hint, Lang, Objectives, ProblemKind};
use crate::vocab::{
    fold, Category, Horizon, How, Objective, Priority, Source, Status, Temperature,
};

/// A vocabulary of codes, seen generically so one cell reader serves them all.
pub trait Vocab: Copy + PartialEq + std::fmt::Debug + 'static {
    /// Every code, in the table's order.
    fn all() -> &'static [Self];
    /// The word shown to the user in `lang`.
    fn label(self, lang: Lang) -> &'static str;
    /// The code of an already folded word.
    fn lookup(folded: &str) -> Option<Self>;
    /// Every accepted word, folded, with its code (built once).
    fn folded_words() -> &'static [(String, Self)];
    /// Whether a cell may be read by its leading words ("rencontré le 12/11" is "Met").
    const BY_PREFIX: bool;
}

macro_rules! impl_vocab {
    ($($t:ty => $prefix:expr),*) => {$(
        impl Vocab for $t {
            const BY_PREFIX: bool = $prefix;
            fn all() -> &'static [Self] {
                <$t>::ALL
            }
            fn label(self, lang: Lang) -> &'static str {
                <$t>::label(self, lang)
            }
            fn lookup(folded: &str) -> Option<Self> {
                <$t>::lookup(folded)
            }
            fn folded_words() -> &'static [(String, Self)] {
                static WORDS: OnceLock<Vec<(String, $t)>> = OnceLock::new();
                WORDS.get_or_init(|| {
                    <$t>::ALL
                        .iter()
                        .flat_map(|&c| c.words().map(move |w| (fold(w), c)))
                        .collect()
                })
            }
        }
    )*};
}

// Priority is not read by prefix: its one-letter words ("a", "x", "b") would take "a voir" or
// "x?" for a priority. Objectives are cut into several values instead.
impl_vocab!(
    Objective => false,
    Horizon => true,
    How => true,
    Category => true,
    Status => true,
    Priority => false,
    Temperature => true,
    Source => true
);

/// Reads a one-value vocabulary cell; `Ok(None)` when blank. A number cell reads as its digits
/// (priority `1`, horizon `2`).
pub fn single<T: Vocab>(value: &Cell<'_>) -> Result<Option<T>, Issue> {
    if value.is_blank() {
        return Ok(None);
    }
    let folded = fold(&shown(value));
    match T::lookup(&folded).or_else(|| by_prefix::<T>(&folded)) {
        Some(code) => Ok(Some(code)),
        None => Err(unknown::<T>(&folded, None)),
    }
}

/// The code of the longest run of leading words that is a known word: a status followed by a
/// date or a remark ("RDV pris le 3/12", "contacted (LinkedIn)"). Refused when a negation
/// follows the match ("rencontré ? pas encore") or ends it, so a negated phrase is never read
/// as its positive; a bare number is refused too (horizon "1 an" is not "1", short term).
fn by_prefix<T: Vocab>(folded: &str) -> Option<T> {
    // The longest known phrase has five words; a long cell is not cut into every prefix.
    const MOST_WORDS: usize = 6;
    if !T::BY_PREFIX {
        return None;
    }
    let words: Vec<&str> = folded.split(' ').take(MOST_WORDS + 1).collect();
    for n in (1..words.len()).rev().take(MOST_WORDS) {
        let (head, rest) = words.split_at(n);
        let last = head[n - 1];
        if rest.iter().any(|w| is_negation(w)) || is_negation(last) {
            return None;
        }
        let phrase = head.join(" ");
        let weak = phrase.chars().count() < 2 || phrase.chars().all(|c| c.is_ascii_digit());
        if weak {
            continue;
        }
        if let Some(code) = T::lookup(&phrase) {
            return Some(code);
        }
    }
    None
}

/// The objectives a free text names by its words ("infos sur l'orga marketing" is watch,
/// "mandats direction marketing" none, "trouver un poste" a job): runs of one to four words
/// looked up in the objective vocabulary, single words of four letters or more. A negated
/// text ("pas de poste") names none.
pub fn objectives_in(text: &str) -> Objectives {
    let folded = fold(text);
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    let mut found = Objectives::default();
    if words.iter().any(|w| is_negation(w)) || words.len() > 40 {
        return found;
    }
    let mut at = 0;
    while at < words.len() {
        let mut step = 1;
        for n in (1..=4.min(words.len() - at)).rev() {
            let phrase = words[at..at + n].join(" ");
            if n == 1 && phrase.len() < 4 {
                continue;
            }
            if let Some(o) = Objective::lookup(&phrase) {
                found.push(o);
                step = n;
                break;
            }
        }
        at += step;
    }
    found
}

/// Folded words that turn a phrase into its opposite ("pas intéressé", "not contacted").
pub(crate) fn is_negation(word: &str) -> bool {
    const NEGATIONS: &[&str] = &[
        "pas", "ne", "n", "non", "jamais", "aucun", "aucune", "rien", "sans", "not", "no", "never",
        "nope", "don", "didn", "doesn", "isn", "wasn", "haven", "hasn", "won", "without",
    ];
    NEGATIONS.contains(&word)
}

/// Whether a folded text holds a negation word.
fn negated(folded: &str) -> bool {
    folded.split(' ').any(is_negation)
}

/// Reads an objective cell: several objectives separated by `,` `;` `/` `+` `&` or the words
/// `et` / `and`. Known ones are kept in order without repeats; each unknown word is an issue.
pub fn objectives(value: &Cell<'_>) -> (Objectives, Vec<Issue>) {
    let (mut found, mut issues) = (Objectives::default(), Vec::new());
    if value.is_blank() {
        return (found, issues);
    }
    let text = shown(value);
    // Parts are counted first so that naming the unknown word is only done for a cell that
    // holds several, without collecting the parts.
    let parts = || {
        text.split(SEPARATORS)
            .filter(|p| p.chars().any(char::is_alphanumeric))
    };
    let several = parts().nth(1).is_some();
    for part in parts() {
        let part = fold(part);
        // A whole part that is a known phrase is not cut at its "et".
        if let Some(o) = Objective::lookup(&part) {
            found.push(o);
            continue;
        }
        let pieces = || {
            part.split(" et ")
                .flat_map(|p| p.split(" and "))
                .filter(|p| !p.is_empty())
        };
        let several = several || pieces().nth(1).is_some();
        for piece in pieces() {
            match Objective::lookup(piece) {
                Some(o) => found.push(o),
                None => issues.push(unknown::<Objective>(piece, several.then_some(piece))),
            }
        }
    }
    (found, issues)
}

/// What separates objectives in one cell (besides the words `et` / `and`).
const SEPARATORS: [char; 6] = [',', ';', '/', '+', '&', '\n'];

/// The known code nearest to a folded word, if one is near enough to be worth suggesting.
pub fn nearest<T: Vocab>(folded: &str) -> Option<T> {
    // Below this similarity a suggestion is more confusing than helpful ("golf" is not "job").
    const NEAR: f64 = 0.6;
    let mut best: Option<(f64, T)> = None;
    let len = folded.chars().count();
    // "ne pas contacter" is not near "à contacter": a negated text is only suggested a negated
    // word ("Did you mean 'To contact'?" sent such contacts a proposal).
    let negative = negated(folded);
    // The words of the text, once: a long text is not split again for every known word.
    let own_words: std::collections::HashSet<&str> = folded.split(' ').collect();
    for (word, code) in T::folded_words() {
        if negative && !negated(word) {
            continue;
        }
        // The similarity is at most the shorter length over the longer one: skip the
        // comparison when that is below NEAR already. A 40,000-character cell compared letter
        // by letter with every known word took seconds, and a column of them minutes.
        let (a, b) = (len.min(word.len()), len.max(word.len()));
        let mut score = if (a as f64) < NEAR * b as f64 {
            0.0
        } else {
            strsim::normalized_damerau_levenshtein(folded, word)
        };
        // "veille concurrentielle" holds the known word "veille": suggest it.
        if word.len() >= 3 && !word.contains(' ') && own_words.contains(word.as_str()) {
            score = score.max(0.8);
        }
        if score >= NEAR && best.map_or(true, |(b, _)| score > b) {
            best = Some((score, *code));
        }
    }
    best.map(|(_, code)| code)
}

/// The issue for a word a vocabulary does not know; `piece` names it when the cell held
/// several words.
fn unknown<T: Vocab>(folded: &str, piece: Option<&str>) -> Issue {
    let known = |lang| {
        T::all()
            .iter()
            .map(|c| c.label(lang))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let near = nearest::<T>(folded);
    let fr = match near {
        Some(c) => format!(
            "Vouliez-vous dire « {} » ? Valeurs connues : {}",
            c.label(Lang::Fr),
            known(Lang::Fr)
        ),
        None => format!("Valeurs connues : {}", known(Lang::Fr)),
    };
    let en = match near {
        Some(c) => format!(
            "Did you mean '{}'? Known: {}",
            c.label(Lang::En),
            known(Lang::En)
        ),
        None => format!("Known: {}", known(Lang::En)),
    };
    let (fr, en) = match piece {
        Some(p) => (format!("« {p} » : {fr}"), format!("'{p}': {en}")),
        None => (fr, en),
    };
    Issue {
        kind: ProblemKind::UnknownValue,
        hint: Hint::new(fr, en),
    }
}

#[cfg(test)]
mod tests;
