//! Matching a journal entry to its contact: by the name as written (ignoring case, accents,
//! spaces and punctuation), else the name with its words turned round ("Martin Claire" for
//! "Claire Martin"), else the e-mail. Each is a hash look-up, so a million entries against a
//! hundred thousand contacts cost a million look-ups, not their product. Two contacts of one
//! name are never chosen between silently.

use std::collections::HashMap;

use crate::model::{Contact, ContactIndex};
use crate::vocab::fold;

/// How an entry's contact was found, or why it was not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Match {
    One(ContactIndex),
    /// Several contacts bear this name: the first of them (at most [`SHOWN`]), for the
    /// problem that names their rows.
    Ambiguous(Vec<ContactIndex>),
    None,
}

/// The contacts by name, by turned-round name and by e-mail.
pub struct Index {
    names: HashMap<String, Vec<ContactIndex>>,
    turned: HashMap<String, Vec<ContactIndex>>,
    emails: HashMap<String, Vec<ContactIndex>>,
    /// Each contact's folded name, for suggestions.
    folded: Vec<String>,
    /// The contacts by the first three letters of each word of their name, made on the first
    /// suggestion: a name is only compared with those that share a beginning of a word.
    prefixes: std::cell::OnceCell<HashMap<String, Vec<ContactIndex>>>,
}

/// Contacts of one word beginning compared for a suggestion: a common first name ("cla") on a
/// big sheet is sampled, not compared with everyone.
const NEAR_PER_PREFIX: usize = 2000;

/// The first three letters of each word of a folded name.
fn word_prefixes(folded: &str) -> impl Iterator<Item = String> + '_ {
    folded
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().take(3).collect())
}

/// The key of a name: folded, without spaces ("Jean-Pierre  Dupont" -> "jeanpierredupont").
pub fn key(name: &str) -> String {
    fold(name).replace(' ', "")
}

/// The key of an e-mail: trimmed, lower case, without a `mailto:`.
fn email_key(email: &str) -> String {
    let e = email.trim().to_lowercase();
    match e.strip_prefix("mailto:") {
        Some(rest) => rest.to_string(),
        None => e,
    }
}

/// The name with its last word first, and with its first word last ("claire marie martin"
/// -> "martin claire marie", "marie martin claire"), as keys; none for a one-word name.
fn turned_keys(folded: &str) -> Vec<String> {
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    if words.len() < 2 {
        return Vec::new();
    }
    let n = words.len();
    let last_first: String = std::iter::once(words[n - 1])
        .chain(words[..n - 1].iter().copied())
        .collect();
    let first_last: String = words[1..]
        .iter()
        .copied()
        .chain(std::iter::once(words[0]))
        .collect();
    let mut keys = vec![last_first];
    if first_last != keys[0] {
        keys.push(first_last);
    }
    keys
}

fn add(map: &mut HashMap<String, Vec<ContactIndex>>, key: String, i: ContactIndex) {
    if key.is_empty() {
        return;
    }
    let list = map.entry(key).or_default();
    if list.last() != Some(&i) {
        list.push(i);
    }
}

impl Index {
    pub fn new(contacts: &[Contact]) -> Self {
        let mut index = Index {
            names: HashMap::with_capacity(contacts.len()),
            turned: HashMap::with_capacity(contacts.len()),
            emails: HashMap::new(),
            folded: Vec::with_capacity(contacts.len()),
            prefixes: std::cell::OnceCell::new(),
        };
        for (c, i) in contacts.iter().zip(0..) {
            let folded = fold(&c.name);
            let own = folded.replace(' ', "");
            for k in turned_keys(&folded) {
                if k != own {
                    add(&mut index.turned, k, i);
                }
            }
            add(&mut index.names, own, i);
            if let Some(e) = &c.email {
                add(&mut index.emails, email_key(e), i);
            }
            index.folded.push(folded);
        }
        index
    }

    /// The contact of an entry naming `name` (which may be an e-mail), with the entry's
    /// e-mail column when it has one.
    pub fn find(&self, name: &str, email: Option<&str>) -> Match {
        let by_email = |e: &str| self.emails.get(&email_key(e));
        if name.contains('@') {
            if let Some(list) = by_email(name) {
                return of(list, None);
            }
        }
        let k = key(name);
        for map in [&self.names, &self.turned] {
            if let Some(list) = map.get(&k) {
                // An e-mail column settles two contacts of one name when it names one of them.
                let settled = email.and_then(by_email).and_then(|e| one_in_both(list, e));
                return of(list, settled);
            }
        }
        match email.and_then(by_email) {
            Some(list) => of(list, None),
            None => Match::None,
        }
    }

    /// Up to three contact indices whose names are nearest to `name`, nearest first. Only
    /// names sharing the beginning of a word with it are compared, so a suggestion costs a few
    /// thousand comparisons at most, not one per contact.
    pub fn nearest(&self, name: &str) -> Vec<ContactIndex> {
        const NEAR: f64 = 0.8;
        let prefixes = self.prefixes.get_or_init(|| {
            let mut map: HashMap<String, Vec<ContactIndex>> = HashMap::new();
            for (f, i) in self.folded.iter().zip(0..) {
                for p in word_prefixes(f) {
                    add(&mut map, p, i);
                }
            }
            map
        });
        let folded = fold(name);
        let mut candidates: Vec<ContactIndex> = word_prefixes(&folded)
            .filter_map(|p| prefixes.get(&p))
            .flat_map(|list| list.iter().take(NEAR_PER_PREFIX).copied())
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        let mut found: Vec<(f64, ContactIndex)> = candidates
            .into_iter()
            .filter_map(|i| {
                let f = self.folded.get(i as usize)?;
                let score = strsim::jaro_winkler(&folded, f);
                (score >= NEAR).then_some((score, i))
            })
            .collect();
        found.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        found.into_iter().take(3).map(|(_, i)| i).collect()
    }
}

/// The contacts of an ambiguous name that a problem names: a sheet where thousands share a
/// name must not copy them all for every journal row that names it.
pub const SHOWN: usize = 5;

fn of(list: &[ContactIndex], settled: Option<ContactIndex>) -> Match {
    match (list, settled) {
        (_, Some(i)) => Match::One(i),
        ([one], None) => Match::One(*one),
        ([], None) => Match::None,
        (many, None) => Match::Ambiguous(many[..many.len().min(SHOWN)].to_vec()),
    }
}

/// The one contact in both lists, if exactly one is. Both lists are in contact order (built
/// by one pass over the contacts): the shorter is walked, the longer searched, so a name or an
/// address that thousands of rows share costs a few look-ups, not a product of the two.
fn one_in_both(a: &[ContactIndex], b: &[ContactIndex]) -> Option<ContactIndex> {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let mut both = short.iter().filter(|i| long.binary_search(i).is_ok());
    match (both.next(), both.next()) {
        (Some(&i), None) => Some(i),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
