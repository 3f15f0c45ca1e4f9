//! The same person twice in one sheet (once from an old list, once retyped): one contact for
//! the plan. Two rows are the same person when they share an e-mail address (case aside), or
//! a name of two words or more once accents, case and the order of its words are folded
//! ("Sophie DURAND", "durand sophie"). The row further along the method speaks for the plan
//! (a stop first, then met over contacted over to contact; on a tie, the later row, typed
//! last); the other is marked [`Contact::same_as`], keeps its annotations and is not planned.
//! A problem on that row names both rows.

use std::hash::{BuildHasher, RandomState};
use std::sync::Arc;

use hashbrown::hash_table::HashTable;

use crate::model::{Contact, Hint, Problem, ProblemKind, Status};
use crate::vocab::{fold, fold_into};

/// Marks each row that repeats another's person, and returns one problem for each.
pub fn mark(contacts: &mut [Contact<'_>], sheet: &Arc<str>) -> Vec<Problem> {
    // Keys and their groups, each key with its hash. The hash is std's keyed one (a sheet
    // cannot choose names that collide), made on the keying thread: looking a key up and
    // adding it hash nothing here, and growing the table rehashes no text.
    let hasher = RandomState::new();
    let mut groups: HashTable<Key> = HashTable::with_capacity(contacts.len());
    // The keys' texts, back to back: a key is a span of this text, not a `String` of its own.
    let mut key_text = String::new();
    // Each row's group, and each group's number of rows.
    let mut group_of: Vec<usize> = Vec::with_capacity(contacts.len());
    let mut sizes: Vec<u32> = Vec::new();
    // Each group's distinct folded names, stand-ins left out (a stand-in agrees with every
    // name): whether a name agrees with every member's is decided on these, each folded once.
    let mut names = GroupNames::default();
    // Folding each row's name and making its keys is most of the work: done on another
    // thread, a batch of rows ahead, while this one groups the rows in order. A batch keeps
    // its rows' names and keys in two texts: a row costs no allocation on one thread and no
    // free on the other.
    let shared: &[Contact<'_>] = contacts;
    std::thread::scope(|scope| {
        let (send, batches) = std::sync::mpsc::sync_channel::<Batch>(4);
        let hasher = &hasher;
        scope.spawn(move || {
            let mut words = Vec::new();
            for chunk in shared.chunks(KEYS_BATCH) {
                let mut batch = Batch::default();
                for c in chunk {
                    batch.push(c, hasher, &mut words);
                }
                if send.send(batch).is_err() {
                    return;
                }
            }
        });
        for batch in batches {
            for row in &batch.rows {
                let folded = batch.name(row);
                // Each key looked up once: its group when known. A key not known is added
                // below without a second search (a row's two keys, "@..." and "n:...", differ).
                let mut known = [None, None];
                for (slot, (h, k)) in known.iter_mut().zip(batch.keys(row)) {
                    *slot = Some(groups.find(h, |e| e.text(&key_text) == k).map(|e| e.group));
                }
                // A shared address ("jobs@agence.fr") joins two rows only when their names
                // agree.
                let found = batch.keys(row).zip(known).find_map(|((_, k), g)| {
                    let g = g.flatten()?;
                    let agree = !k.starts_with('@')
                        || row.stand_in
                        || names.of(g).all(|m| folded_agree(m, folded));
                    agree.then_some(g)
                });
                let g = found.unwrap_or_else(|| {
                    sizes.push(0);
                    names.open();
                    sizes.len() - 1
                });
                for ((h, k), _) in batch.keys(row).zip(known).filter(|(_, g)| *g == Some(None)) {
                    let from = key_text.len();
                    key_text.push_str(k);
                    let key = Key {
                        hash: h,
                        from,
                        to: key_text.len(),
                        group: g,
                    };
                    groups.insert_unique(h, key, |e| e.hash);
                }
                group_of.push(g);
                sizes[g] += 1;
                if !row.stand_in {
                    names.add(g, folded);
                }
            }
        }
    });
    drop((groups, key_text, names));
    // The groups of several rows, each with its rows in order, groups in the order they began.
    let mut repeated: Vec<(usize, usize)> = group_of
        .iter()
        .enumerate()
        .filter(|&(_, &g)| sizes[g] > 1)
        .map(|(i, &g)| (g, i))
        .collect();
    repeated.sort_unstable();
    let rank = |s: Status| Status::ALL.iter().position(|&x| x == s).unwrap_or(0);
    let mut problems = Vec::new();
    for group in repeated.chunk_by(|a, b| a.0 == b.0) {
        let rows: Vec<usize> = group.iter().map(|&(_, i)| i).collect();
        let Some(&speaks) = rows
            .iter()
            .max_by_key(|&&i| (rank(contacts[i].status), contacts[i].last_contact, i))
        else {
            continue;
        };
        let speaker_row = contacts[speaks].row;
        for &i in rows.iter().filter(|&&i| i != speaks) {
            contacts[i].same_as = Some(speaker_row);
            let row = contacts[i].row;
            problems.push(Problem {
                sheet: Arc::clone(sheet),
                row: Some(row),
                column: None,
                value: contacts[i].name.to_string(),
                kind: ProblemKind::SamePerson,
                hint: Hint::new(
                    format!(
                        "lignes {row} et {speaker_row} : même personne ; la ligne {speaker_row}, plus avancée, sert au plan"
                    ),
                    format!(
                        "rows {row} and {speaker_row}: the same person; row {speaker_row}, further along, speaks for the plan"
                    ),
                ),
            });
        }
    }
    problems
}

/// Rows whose keys the keying thread sends at once.
const KEYS_BATCH: usize = 4096;

/// Rows not already one person whose names differ only by their first name written a little
/// differently (one letter: "Sara" / "Sarah"; or shortened: "Raj" / "Rajesh"), the last name
/// the same: one problem on the later row naming both, so the user can tell. Both stay
/// planned: the tool never merges on a guess. Compared only within a last name borne by a few
/// rows (a sheet of a thousand Martins is not searched pair by pair).
pub fn maybe(contacts: &[Contact<'_>], sheet: &Arc<str>) -> Vec<Problem> {
    /// Rows of one last name compared pair by pair, at most.
    const MOST: usize = 40;
    use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher};
    // (hash of the folded last name, row), sorted: a million rows cost a million pairs, not a
    // million strings; each small group is folded again to compare.
    let hasher = BuildHasherDefault::<DefaultHasher>::default();
    let split = |c: &Contact<'_>| -> Option<(String, String)> {
        let folded = fold(&c.name);
        let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
        match words.as_slice() {
            [first, .., last] if last.len() >= 2 => {
                Some(((*first).to_string(), (*last).to_string()))
            }
            _ => None,
        }
    };
    let mut keyed: Vec<(u64, usize)> = contacts
        .iter()
        .enumerate()
        .filter(|(_, c)| c.same_as.is_none())
        .filter_map(|(i, c)| split(c).map(|(_, last)| (hasher.hash_one(last.as_str()), i)))
        .collect();
    keyed.sort_unstable();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for run in keyed.chunk_by(|a, b| a.0 == b.0) {
        if run.len() < 2 || run.len() > MOST {
            continue;
        }
        let names: Vec<(String, String, usize)> = run
            .iter()
            .filter_map(|&(_, i)| split(&contacts[i]).map(|(f, l)| (f, l, i)))
            .collect();
        for (k, (a, last_a, i)) in names.iter().enumerate() {
            for (b, last_b, j) in &names[k + 1..] {
                if last_a == last_b && a != b && near(a, b) {
                    pairs.push((*i.min(j), *i.max(j)));
                }
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
        .into_iter()
        .map(|(i, j)| {
            let (first, later) = (contacts[i].row, contacts[j].row);
            Problem {
                sheet: Arc::clone(sheet),
                row: Some(later),
                column: None,
                value: contacts[j].name.to_string(),
                kind: ProblemKind::MaybeSamePerson,
                hint: Hint::new(
                    format!(
                        "lignes {first} (« {} ») et {later} : si c'est la même personne, gardez une ligne ou écrivez le même nom",
                        contacts[i].name
                    ),
                    format!(
                        "rows {first} ({:?}) and {later}: if they are one person, keep one row or write the same name",
                        contacts[i].name
                    ),
                ),
            }
        })
        .collect()
}

/// Whether two folded first names are one written a little differently: one letter added,
/// dropped or changed (four letters at least), or one the start of the other (three letters
/// at least: "raj", "rajesh").
fn near(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    // A feminine form is another person: Jean and Jeanne, Louis and Louise, Daniel and
    // Danielle, Paul and Paulette.
    const FEMININE: &[&str] = &["e", "ne", "le", "te", "tte", "ette", "a", "ine"];
    if long
        .strip_prefix(short)
        .is_some_and(|rest| FEMININE.contains(&rest))
    {
        return false;
    }
    (short.len() >= 3 && long.starts_with(short))
        || (short.len() >= 4 && strsim::levenshtein(a, b) <= 1)
}

/// The distinct folded names of each group, back to back in one text: a million people, each a
/// group of one, would otherwise be a million small allocations (150 MB at 1,048,575 rows).
#[derive(Default)]
struct GroupNames {
    text: String,
    /// Each group's first name, as a span of `text`.
    first: Vec<Option<(usize, usize)>>,
    /// Whether each group has other names, in `more`: most have one, and need no look-up.
    several: Vec<bool>,
    /// The other names of the few groups that have several.
    more: std::collections::HashMap<usize, Vec<(usize, usize)>>,
}

impl GroupNames {
    /// A new group, with no name yet.
    fn open(&mut self) {
        self.first.push(None);
        self.several.push(false);
    }

    /// The names of group `g`.
    fn of(&self, g: usize) -> impl Iterator<Item = &str> {
        let more = if self.several[g] {
            self.more.get(&g).map(Vec::as_slice).unwrap_or_default()
        } else {
            &[]
        };
        self.first[g]
            .iter()
            .chain(more)
            .map(|&(from, to)| &self.text[from..to])
    }

    /// Adds `name` to group `g`'s names, unless it has it.
    fn add(&mut self, g: usize, name: &str) {
        if self.of(g).any(|n| n == name) {
            return;
        }
        let span = (self.text.len(), self.text.len() + name.len());
        self.text.push_str(name);
        match self.first[g] {
            None => self.first[g] = Some(span),
            Some(_) => {
                self.several[g] = true;
                self.more.entry(g).or_default().push(span);
            }
        }
    }
}

/// A key the rows are grouped by, with its hash, as a span of the keys' text.
struct Key {
    hash: u64,
    from: usize,
    to: usize,
    group: usize,
}

impl Key {
    fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.from..self.to]
    }
}

/// A batch of rows' names as the rules compare them, folded once, and the keys each row is
/// known by, hashed: two texts and the rows' spans in them.
#[derive(Default)]
struct Batch {
    names: String,
    keys: String,
    rows: Vec<Keyed>,
}

/// One row of a [`Batch`].
struct Keyed {
    /// The e-mail or "(ligne 7)" standing in for a missing name: it agrees with every name.
    stand_in: bool,
    /// The name, accents, case and punctuation folded away: a span of the batch's names.
    name: (usize, usize),
    /// The row's keys (its e-mail's, its name's), each a hash and a span of the batch's keys.
    keys: [Option<(u64, usize, usize)>; 2],
}

impl Batch {
    /// Adds a row: its folded name and its keys, the e-mail (case aside) and the folded name
    /// of two words or more in any order. `words` is room for the name's words, reused.
    fn push(&mut self, c: &Contact<'_>, hasher: &RandomState, words: &mut Vec<(usize, usize)>) {
        let from = self.names.len();
        fold_into(&c.name, &mut self.names);
        let name = (from, self.names.len());
        let mut keys = [None, None];
        let mut add = |text: &str, from: usize, slot: usize| {
            keys[slot] = Some((hasher.hash_one(&text[from..]), from, text.len()));
        };
        if let Some(e) = c
            .email
            .as_deref()
            .map(str::trim)
            .filter(|e| e.contains('@'))
        {
            let from = self.keys.len();
            self.keys.push('@');
            if e.is_ascii() {
                self.keys.extend(e.chars().map(|c| c.to_ascii_lowercase()));
            } else {
                self.keys.push_str(&e.to_lowercase());
            }
            add(&self.keys, from, 0);
        }
        let trimmed = c.name.trim();
        // A stand-in (the e-mail, "(ligne 7)") is no name.
        if !trimmed.starts_with('(') && !trimmed.contains('@') {
            let folded = &self.names[name.0..name.1];
            words.clear();
            let mut at = name.0;
            for w in folded.split(' ') {
                if !w.is_empty() {
                    words.push((at, at + w.len()));
                }
                at += w.len() + 1;
            }
            if words.len() >= 2 {
                let names = &self.names;
                words.sort_unstable_by(|a, b| names[a.0..a.1].cmp(&names[b.0..b.1]));
                let from = self.keys.len();
                self.keys.push_str("n:");
                for (i, &(a, b)) in words.iter().enumerate() {
                    if i > 0 {
                        self.keys.push(' ');
                    }
                    self.keys.push_str(&self.names[a..b]);
                }
                add(&self.keys, from, 1);
            }
        }
        self.rows.push(Keyed {
            stand_in: c.name.starts_with('(') || c.name.contains('@'),
            name,
            keys,
        });
    }

    fn name(&self, row: &Keyed) -> &str {
        &self.names[row.name.0..row.name.1]
    }

    /// A row's keys, each with its hash: the e-mail's first.
    fn keys<'b>(&'b self, row: &'b Keyed) -> impl Iterator<Item = (u64, &'b str)> + 'b {
        row.keys
            .iter()
            .flatten()
            .map(|&(h, from, to)| (h, &self.keys[from..to]))
    }
}

/// Whether two names (neither a stand-in), folded, may be one person's: every word of the
/// shorter is the start of a word of the other ("Paul M." and "Paul Martin").
fn folded_agree(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let long: Vec<&str> = long.split(' ').collect();
    short
        .split(' ')
        .filter(|w| !w.is_empty())
        .all(|w| long.iter().any(|l| l.starts_with(w)))
}

/// A name typed all in capitals or all in lower case, or with its surname in capitals
/// ("SOPHIE DURAND", "marc lefèvre", "Sophie DURAND"), written as people write names:
/// "Sophie Durand", "Marc Lefèvre". Particles stay lower case ("Jean de La Fontaine" is left
/// as typed); a name in mixed case is left as typed.
pub fn as_written(name: &str) -> Option<String> {
    let person = super::person::person_part(name);
    let written = if person.len() < name.trim().len() && name.starts_with(person) {
        let rest = &name[person.len()..];
        person_as_written(person).map(|p| format!("{p}{rest}"))
    } else {
        person_as_written(name)
    }?;
    // An organisation's name ("CCI Lyon") is no person's: kept as typed, as is what follows
    // the person ("Mme Lopez - CCI", "Claire (Danone)"). Asked last: most names are written
    // as people write them, and need no asking.
    (!crate::vocab::names::is_organisation(name)).then_some(written)
}

/// Whether `w` is a word in capitals, of two letters or more ("DURAND").
fn capital_word(w: &str) -> bool {
    let mut letters = 0;
    for c in w.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 2
}

/// [`as_written`] of the person part of a name.
fn person_as_written(name: &str) -> Option<String> {
    let (mut letters, mut all_lower) = (0, true);
    for c in name.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        all_lower &= c.is_lowercase();
    }
    if letters < 2 {
        return None;
    }
    // A word in capitals (two letters or more) among words written normally: "Sophie DURAND".
    if !all_lower && !name.split(' ').any(capital_word) {
        return None;
    }
    let words: Vec<&str> = name.split(' ').collect();
    const PARTICLES: &[&str] = &[
        "de", "du", "des", "la", "le", "van", "von", "der", "di", "da",
    ];
    let mut out = String::with_capacity(name.len());
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let change = all_lower || capital_word(w);
        let lower = w.to_lowercase();
        if !change {
            out.push_str(w);
        } else if i > 0 && PARTICLES.contains(&lower.as_str()) && all_lower {
            out.push_str(&lower);
        } else {
            out.push_str(&title(&lower));
        }
    }
    (out != name).then_some(out)
}

/// Each part of a word capitalised: "jean-pierre" -> "Jean-Pierre", "o'neil" -> "O'Neil".
fn title(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut start = true;
    for c in word.chars() {
        if start && c.is_alphabetic() {
            out.extend(c.to_uppercase());
            start = false;
        } else {
            out.push(c);
            start = matches!(c, '-' | '\'' | '’');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(row: u32, name: &'static str, email: Option<&'static str>) -> Contact<'static> {
        Contact {
            row,
            name: name.into(),
            email: email.map(Into::into),
            ..Contact::default()
        }
    }

    #[test]
    fn a_shared_address_joins_rows_only_when_every_name_of_the_group_agrees() {
        let sheet: Arc<str> = "Contacts".into();
        let mut rows = vec![
            person(2, "Paul Martin", Some("jobs@agence.fr")),
            person(3, "Paul M.", Some("JOBS@agence.fr")),
            // Agrees with "Paul M." but not with "Paul Martin": a person of their own.
            person(4, "Paul Mercier", Some("jobs@agence.fr")),
            // A stand-in agrees with every name.
            person(5, "(ligne 5)", Some("jobs@agence.fr")),
            person(6, "martin paul", None),
        ];
        let problems = mark(&mut rows, &sheet);
        let same: Vec<_> = rows.iter().map(|c| (c.row, c.same_as)).collect();
        assert_eq!(
            same,
            [
                (2, Some(6)),
                (3, Some(6)),
                (4, None),
                (5, Some(6)),
                (6, None)
            ]
        );
        assert_eq!(problems.len(), 3);
    }

    #[test]
    fn many_rows_of_one_name_are_marked_without_comparing_each_pair() {
        // 60,000 rows in one group sharing an address: folding each name once per pair of
        // rows took hours; the group's distinct names are compared instead.
        let sheet: Arc<str> = "Contacts".into();
        let mut rows: Vec<_> = (0..60_000)
            .map(|i| person(i + 2, "Sophie Durand", Some("s.durand@x.fr")))
            .collect();
        let problems = mark(&mut rows, &sheet);
        assert_eq!(problems.len(), 59_999);
        assert!(rows[..59_999].iter().all(|c| c.same_as == Some(60_001)));
    }

    #[test]
    fn names_a_letter_apart_or_shortened_are_perhaps_one_person_and_never_merged() {
        let mut cs = vec![
            person(2, "Sara Collins", None),
            person(3, "Rajesh Patel", None),
            person(4, "Sarah Collins", None),
            person(5, "Raj Patel", None),
            person(6, "Jean Martin", None),
            person(7, "Jeanne Martin", None),
            person(8, "Anna Roy", None),
            person(9, "Hugo Roy", None),
        ];
        let sheet: Arc<str> = Arc::from("S");
        assert!(mark(&mut cs, &sheet).is_empty());
        let found: Vec<(Option<u32>, String)> = maybe(&cs, &sheet)
            .into_iter()
            .map(|p| (p.row, p.value))
            .collect();
        assert_eq!(
            found,
            [
                (Some(4), "Sarah Collins".to_string()),
                (Some(5), "Raj Patel".to_string())
            ]
        );
        assert!(cs.iter().all(|c| c.same_as.is_none()));
    }

    #[test]
    fn names_typed_in_capitals_or_lower_case_are_written_as_names() {
        assert_eq!(
            as_written("SOPHIE DURAND").as_deref(),
            Some("Sophie Durand")
        );
        assert_eq!(
            as_written("Sophie DURAND").as_deref(),
            Some("Sophie Durand")
        );
        assert_eq!(as_written("marc lefèvre").as_deref(), Some("Marc Lefèvre"));
        assert_eq!(
            as_written("jean-pierre de la tour").as_deref(),
            Some("Jean-Pierre de la Tour")
        );
        assert_eq!(as_written("Sophie Durand"), None);
        assert_eq!(as_written("Jean de La Fontaine"), None);
        assert_eq!(as_written("?"), None);
        assert_eq!(as_written("Mme Lopez - CCI"), None);
        assert_eq!(as_written("CCI Lyon"), None);
        assert_eq!(
            as_written("DURAND Sophie (CCI)").as_deref(),
            Some("Durand Sophie (CCI)")
        );
    }

    /// `as_written` as first written: the organisation asked first, letters collected.
    fn as_written_first_way(name: &str) -> Option<String> {
        if crate::vocab::names::is_organisation(name) {
            return None;
        }
        let person = crate::normalize::person::person_part(name);
        let whole = |name: &str| {
            let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
            if letters.len() < 2 {
                return None;
            }
            let all_lower = letters.iter().all(|c| c.is_lowercase());
            let capital = |w: &str| {
                let l: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
                l.len() >= 2 && l.iter().all(|c| c.is_uppercase())
            };
            if !all_lower && !name.split(' ').any(capital) {
                return None;
            }
            person_as_written(name)
        };
        if person.len() < name.trim().len() && name.starts_with(person) {
            let rest = &name[person.len()..];
            return whole(person).map(|p| format!("{p}{rest}"));
        }
        whole(name)
    }

    /// The keys a row is known by, as they were first made: a `String` each.
    fn keys_first_way(c: &Contact<'_>) -> (bool, String, Vec<String>) {
        let folded = fold(&c.name);
        let mut keys = Vec::new();
        if let Some(e) = c
            .email
            .as_deref()
            .map(str::trim)
            .filter(|e| e.contains('@'))
        {
            keys.push(format!("@{}", e.to_lowercase()));
        }
        let trimmed = c.name.trim();
        if !trimmed.starts_with('(') && !trimmed.contains('@') {
            let mut words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
            if words.len() >= 2 {
                words.sort_unstable();
                keys.push(format!("n:{}", words.join(" ")));
            }
        }
        let stand_in = c.name.starts_with('(') || c.name.contains('@');
        (stand_in, folded, keys)
    }

    proptest::proptest! {
        #[test]
        fn a_batch_keys_rows_as_the_first_way_did(
            rows in proptest::collection::vec((
                "(Sophie|DURAND|durand|Élodie|ÉLODIE|Σ|ς|de|\\(ligne 7\\)|a@b|[a-zA-Z]{1,4}|-|'| |  ){0,6}",
                proptest::option::of("( |Jobs|JOBS|Ünal|ΣΑΣ|x)?@(Agence|agence|é)\\.(fr|FR)( )?"),
            ), 1..12),
        ) {
            let contacts: Vec<Contact<'static>> = rows
                .into_iter()
                .enumerate()
                .map(|(i, (name, email))| Contact {
                    row: i as u32 + 2,
                    name: name.into(),
                    email: email.map(Into::into),
                    ..Contact::default()
                })
                .collect();
            let hasher = RandomState::new();
            let mut batch = Batch::default();
            let mut words = Vec::new();
            for c in &contacts {
                batch.push(c, &hasher, &mut words);
            }
            for (c, row) in contacts.iter().zip(&batch.rows) {
                let (stand_in, folded, keys) = keys_first_way(c);
                proptest::prop_assert_eq!(row.stand_in, stand_in);
                proptest::prop_assert_eq!(batch.name(row), folded.as_str());
                let made: Vec<(u64, &str)> = batch.keys(row).collect();
                let texts: Vec<&str> = made.iter().map(|&(_, k)| k).collect();
                proptest::prop_assert_eq!(texts, keys.iter().map(String::as_str).collect::<Vec<_>>());
                for (h, k) in made {
                    proptest::prop_assert_eq!(h, hasher.hash_one(k));
                }
            }
        }

        #[test]
        fn names_are_written_as_the_first_way_wrote_them(
            name in "(Sophie|DURAND|marc|de|CCI|Lyon|Mme|Lopez|É|é|[a-zA-Z]{1,4}|-| - | \\(|'| ){0,6}",
        ) {
            proptest::prop_assert_eq!(as_written(&name), as_written_first_way(&name));
        }
    }
}
