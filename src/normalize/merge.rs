//! People merged across several contact exports (`init --from google.csv --from
//! linkedin.csv`): the same person, found by an e-mail, a profile address or a name written the
//! same (case, accents and word order aside), becomes one contact. Pure.
//!
//! The first export given wins for each field it fills; a later one fills the blanks. A second
//! e-mail or phone that differs is kept in the notes ("Autre e-mail : ..."), never dropped.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::model::{Contact, Lang};
use crate::vocab::fold;

/// The contacts of `exports` (each in its own order, the exports in the order given), the same
/// person merged into the first row that names them; with how many rows were merged away.
pub fn people<'w>(exports: Vec<Vec<Contact<'w>>>, lang: Lang) -> (Vec<Contact<'w>>, usize) {
    let all: Vec<Contact<'w>> = exports.into_iter().flatten().collect();
    // Union-find over the rows, joined by every key two rows share.
    let mut parent: Vec<usize> = (0..all.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    // Each group's e-mails and profiles (by its root): two groups are never joined when they
    // hold different ones, and a shared address ("contact@agence.fr") joins rows only when
    // their names agree.
    let mut ids: Vec<Ids> = all.iter().map(Ids::of).collect();
    let mut first: HashMap<String, usize> = HashMap::new();
    for (i, c) in all.iter().enumerate() {
        for key in keys(c) {
            match first.get(&key) {
                Some(&j) => {
                    let (a, b) = (root(&mut parent, i), root(&mut parent, j));
                    if a == b || !ids[a].agree(&ids[b], key.starts_with("e:")) {
                        continue;
                    }
                    // The earlier row stays the root: the first export wins.
                    let (keep, gone) = (a.min(b), a.max(b));
                    parent[gone] = keep;
                    let merged = ids[gone].clone();
                    ids[keep].absorb(merged);
                }
                None => {
                    first.insert(key, i);
                }
            }
        }
    }
    let mut slot: HashMap<usize, usize> = HashMap::new();
    let mut out: Vec<Contact<'w>> = Vec::new();
    let mut merged = 0;
    for (i, c) in all.into_iter().enumerate() {
        let r = root(&mut parent, i);
        match slot.get(&r) {
            Some(&at) => {
                fill(&mut out[at], c, lang);
                merged += 1;
            }
            None => {
                slot.insert(r, out.len());
                out.push(c);
            }
        }
    }
    for (row, c) in out.iter_mut().enumerate() {
        c.row = u32::try_from(row + 2).unwrap_or(u32::MAX);
    }
    (out, merged)
}

/// What tells people apart in a group of rows: its e-mails, its profiles, its names' words.
#[derive(Debug, Clone, Default)]
struct Ids {
    emails: Vec<String>,
    profiles: Vec<String>,
    names: Vec<String>,
}

impl Ids {
    fn of(c: &Contact) -> Ids {
        let folded = fold(&c.name);
        let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
        // Names agree on their family name, either way round ("G. Hopper", "HOPPER Grace").
        let mut names: Vec<String> = Vec::new();
        if words.len() >= 2 {
            names.extend(words.iter().filter(|w| w.len() >= 2).map(|w| w.to_string()));
        }
        Ids {
            emails: c
                .email
                .as_deref()
                .map(str::trim)
                .filter(|e| e.contains('@'))
                .map(str::to_lowercase)
                .into_iter()
                .collect(),
            profiles: c
                .linkedin
                .as_deref()
                .and_then(profile)
                .into_iter()
                .collect(),
            names,
        }
    }

    /// Whether two groups may be one person: never two different profiles; joined by a
    /// shared e-mail, names with a word in common too (or one without a full name). Two
    /// e-mails do not part a person (a work one and a personal one).
    fn agree(&self, other: &Ids, by_email: bool) -> bool {
        let clash = |a: &[String], b: &[String]| {
            !a.is_empty() && !b.is_empty() && !a.iter().any(|x| b.contains(x))
        };
        let two_profiles = clash(&self.profiles, &other.profiles);
        let names_apart = by_email && clash(&self.names, &other.names);
        !(two_profiles || names_apart)
    }

    fn absorb(&mut self, other: Ids) {
        for (mine, theirs) in [
            (&mut self.emails, other.emails),
            (&mut self.profiles, other.profiles),
            (&mut self.names, other.names),
        ] {
            for x in theirs {
                if !mine.contains(&x) {
                    mine.push(x);
                }
            }
        }
    }
}

/// The keys a row is known by: its e-mail, its profile address, its name's words in order.
fn keys(c: &Contact) -> Vec<String> {
    let ids = Ids::of(c);
    let mut keys: Vec<String> = ids.emails.iter().map(|e| format!("e:{e}")).collect();
    keys.extend(ids.profiles.iter().map(|p| format!("p:{p}")));
    let folded = fold(&c.name);
    let mut words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    // A name of one word ("Grace") is too thin to merge on.
    if words.len() >= 2 {
        words.sort_unstable();
        keys.push(format!("n:{}", words.join(" ")));
    }
    keys
}

/// A profile address as compared: no scheme, no `www.`, no query, no trailing slash, lower
/// case (`https://www.linkedin.com/in/Grace/` and `linkedin.com/in/grace` are one).
fn profile(url: &str) -> Option<String> {
    let u = url.trim().to_lowercase();
    let u = u
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_start_matches("www.");
    let u = u
        .split(['?', '#'])
        .next()
        .unwrap_or("")
        .trim_end_matches('/');
    (u.contains('/') && u.len() > 4).then(|| u.to_string())
}

/// Fills the blanks of `into` from `from`, the same person read in a later export; a second
/// e-mail or phone goes to the notes.
fn fill<'w>(into: &mut Contact<'w>, from: Contact<'w>, lang: Lang) {
    let mut extra: Vec<String> = Vec::new();
    let mut other =
        |mine: &mut Option<Cow<'w, str>>, theirs: Option<Cow<'w, str>>, word: &str| match (
            mine.as_deref(),
            theirs,
        ) {
            (None, t) => *mine = t,
            (Some(m), Some(t)) if !same(m, &t) => extra.push(format!("{word} {t}")),
            _ => {}
        };
    other(
        &mut into.email,
        from.email,
        lang.pick("Autre e-mail :", "Other e-mail:"),
    );
    other(
        &mut into.phone,
        from.phone,
        lang.pick("Autre téléphone :", "Other phone:"),
    );
    let blank = |mine: &mut Option<Cow<'w, str>>, theirs: Option<Cow<'w, str>>| {
        if mine.is_none() {
            *mine = theirs;
        }
    };
    blank(&mut into.company, from.company);
    blank(&mut into.role, from.role);
    blank(&mut into.linkedin, from.linkedin);
    blank(&mut into.give_back, from.give_back);
    blank(&mut into.introduced_by, from.introduced_by);
    blank(&mut into.group, from.group);
    blank(&mut into.what, from.what);
    into.category = into.category.or(from.category);
    into.horizon = into.horizon.or(from.horizon);
    into.how = into.how.or(from.how);
    into.priority = into.priority.or(from.priority);
    into.deadline = into.deadline.or(from.deadline);
    into.cadence_days = into.cadence_days.or(from.cadence_days);
    into.meeting_date = into.meeting_date.or(from.meeting_date);
    // The latest contact either export knows.
    into.last_contact = into.last_contact.max(from.last_contact);
    if into.objectives.is_empty() {
        into.objectives = from.objectives;
    }
    // Notes: both, each once.
    let mut notes: Vec<String> = into.notes.iter().map(|n| n.to_string()).collect();
    if let Some(n) = from.notes.filter(|n| !notes.iter().any(|m| same(m, n))) {
        notes.push(n.into_owned());
    }
    notes.extend(extra);
    if !notes.is_empty() {
        into.notes = Some(Cow::Owned(notes.join(" · ")));
    }
}

/// Whether two texts say the same (case and spaces aside).
fn same(a: &str, b: &str) -> bool {
    fold(a) == fold(b) || a.trim().eq_ignore_ascii_case(b.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person<'a>(name: &'a str, email: Option<&'a str>, url: Option<&'a str>) -> Contact<'a> {
        Contact {
            name: Cow::Borrowed(name),
            email: email.map(Cow::Borrowed),
            linkedin: url.map(Cow::Borrowed),
            ..Contact::default()
        }
    }

    #[test]
    fn the_same_person_is_found_by_email_profile_or_name_and_kept_once() {
        let google = vec![
            Contact {
                phone: Some(Cow::Borrowed("+1 555 0100")),
                ..person("Grace Hopper", Some("grace@example.org"), None)
            },
            person("Ann Lee", Some("ann@x.org"), None),
        ];
        let linkedin = vec![
            Contact {
                company: Some(Cow::Borrowed("Navy")),
                ..person(
                    "HOPPER Grace",
                    None,
                    Some("https://www.linkedin.com/in/grace/"),
                )
            },
            person("Ann Lee", Some("ann.lee@work.example"), None),
            person("Bob Ray", None, Some("linkedin.com/in/bob")),
        ];
        let outlook = vec![Contact {
            phone: Some(Cow::Borrowed("+1 555 0199")),
            ..person("G. Hopper", Some("Grace@Example.org"), None)
        }];
        let (people, merged) = people(vec![google, linkedin, outlook], Lang::En);
        let names: Vec<&str> = people.iter().map(|c| c.name.as_ref()).collect();
        assert_eq!(names, ["Grace Hopper", "Ann Lee", "Bob Ray"]);
        assert_eq!(merged, 3);
        let grace = &people[0];
        assert_eq!(grace.company.as_deref(), Some("Navy"));
        assert_eq!(grace.phone.as_deref(), Some("+1 555 0100"));
        assert_eq!(grace.notes.as_deref(), Some("Other phone: +1 555 0199"));
        assert_eq!(
            people[1].notes.as_deref(),
            Some("Other e-mail: ann.lee@work.example")
        );
        assert_eq!(people.iter().map(|c| c.row).collect::<Vec<_>>(), [2, 3, 4]);
    }

    #[test]
    fn a_shared_address_or_a_name_with_two_profiles_never_joins_two_people() {
        let (people, merged) = people(
            vec![
                vec![
                    person("Paul Durand", Some("contact@agence.fr"), None),
                    person(
                        "Thomas Martin",
                        Some("t.martin@a.example"),
                        Some("linkedin.com/in/thomas-martin-a"),
                    ),
                ],
                vec![
                    person("Marie Leroy", Some("contact@agence.fr"), None),
                    person(
                        "Thomas Martin",
                        Some("thomas@b.example"),
                        Some("linkedin.com/in/thomas-martin-b"),
                    ),
                ],
            ],
            Lang::En,
        );
        assert_eq!(merged, 0);
        assert_eq!(people.len(), 4);
    }

    #[test]
    fn a_one_word_name_alone_merges_nobody() {
        let (people, merged) = people(
            vec![
                vec![person("Grace", None, None)],
                vec![person("Grace", None, None)],
            ],
            Lang::En,
        );
        assert_eq!((people.len(), merged), (2, 0));
    }
}
