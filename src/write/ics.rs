//! The plan as an iCalendar file (`--ics`): one all-day event per planned action, on its date,
//! that a calendar application imports. The `icalendar` crate escapes the text (`\` `;` `,`
//! newline) and folds lines at 75 octets on character boundaries.
//!
//! Every UID is derived from what the event is about (the input's file name, the contact, the
//! action), never from the clock, so importing next week's file updates the events instead of
//! adding copies; `DTSTAMP` comes from `today`, so the same input gives the same bytes. This
//! module also owns the short action phrase ("Proposer un café") that the Markdown summary
//! reuses; it writes no file.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::hash::Hasher as _;

use chrono::{Days, NaiveDate};
use icalendar::{Calendar, Component, EventLike, Property, ValueType};

use crate::model::{Contact, Flag, How, Lang, NextAction, Outcome, Planned};
use crate::vocab::{fold, Annotation, Factor, Field};

/// The plan of `outcome` as the bytes of an `.ics` file; `source` is the input's file name.
pub fn plan(outcome: &Outcome, source: &str) -> Vec<u8> {
    let lang = outcome.lang;
    let source = file_name(source);
    let mut cal = Calendar::empty();
    cal.append_property(Property::new("VERSION", "2.0"));
    cal.append_property(Property::new(
        "PRODID",
        format!("-//reseau-xlsx//plan//{}", lang.code().to_uppercase()),
    ));
    cal.append_property(Property::new("CALSCALE", "GREGORIAN"));
    // An unknown X- property is not escaped by the crate unless typed as TEXT.
    cal.append_property(
        Property::new("X-WR-CALNAME", format!("reseau-xlsx: {source}"))
            .append_parameter(ValueType::Text)
            .done(),
    );

    let stamp = outcome.today.and_time(chrono::NaiveTime::MIN).and_utc();
    // Several contacts may share a name and have no e-mail: those get their row in the UID.
    let mut seen_keys = HashSet::new();
    let shared: HashSet<String> = outcome
        .plan
        .items
        .iter()
        .filter_map(|p| outcome.contacts.get(p.index))
        .map(identity)
        .filter(|k| !seen_keys.insert(k.clone()))
        .collect();
    let mut used = HashSet::new();

    for p in &outcome.plan.items {
        let Some(c) = outcome.contacts.get(p.index) else {
            continue;
        };
        let mut key = identity(c);
        if shared.contains(&key) {
            let _ = write!(key, "\u{1f}row {}", c.row);
        }
        let mut id = uid(source, &key, p.action.code(), None);
        if !used.insert(id.clone()) {
            // The same action twice for one contact: the date tells them apart.
            id = uid(source, &key, p.action.code(), Some(p.date));
            used.insert(id.clone());
        }
        let end = p.date.checked_add_days(Days::new(1)).unwrap_or(p.date);
        let event = icalendar::Event::new()
            .uid(&id)
            .timestamp(stamp)
            .starts(p.date)
            .ends(end)
            .summary(&title(p.action, c.how, &c.name, lang))
            .description(&description(outcome, p, c))
            .add_property("TRANSP", "TRANSPARENT")
            .done();
        cal.push(event);
    }
    cal.to_string().into_bytes()
}

/// The last component of a path given as the source, so moving the sheet keeps the UIDs.
fn file_name(source: &str) -> &str {
    source.rsplit(['/', '\\']).next().unwrap_or(source)
}

/// Who the contact is, as stable as the sheet allows: the folded name, and the e-mail if any.
fn identity(c: &Contact) -> String {
    let email = c.email.as_deref().map(str::trim).unwrap_or("");
    format!("{}\u{1f}{}", fold(&c.name), email.to_lowercase())
}

/// A UID from FNV-1a 64 (a fixed, published algorithm: the same on every platform and Rust
/// version, unlike std's `DefaultHasher`) over the fields that say what the event is about.
fn uid(source: &str, identity: &str, action: &str, date: Option<NaiveDate>) -> String {
    let mut h = fnv::FnvHasher::default();
    for part in [source, identity, action] {
        h.write(part.as_bytes());
        h.write(&[0x1e]);
    }
    if let Some(d) = date {
        h.write(d.to_string().as_bytes());
    }
    format!("{:016x}-{action}@reseau-xlsx", h.finish())
}

/// The action phrase: "Proposer un café", "Propose coffee", "Relancer", "Thank".
pub fn action_phrase(action: NextAction, how: Option<How>, lang: Lang) -> String {
    let phrase = match (action, how) {
        (NextAction::Propose, Some(h)) => propose_phrase(h, lang),
        _ => None,
    };
    phrase.map_or_else(|| action.label(lang).to_string(), str::to_string)
}

fn propose_phrase(how: How, lang: Lang) -> Option<&'static str> {
    let fr = lang == Lang::Fr;
    Some(match how {
        How::Coffee if fr => "Proposer un café",
        How::Coffee => "Propose coffee",
        How::Lunch if fr => "Proposer un déjeuner",
        How::Lunch => "Propose lunch",
        How::Call if fr => "Proposer un appel",
        How::Call => "Propose a call",
        How::Video if fr => "Proposer une visio",
        How::Video => "Propose a video call",
        How::Email if fr => "Écrire un e-mail",
        How::Email => "Write an e-mail",
        How::Message if fr => "Envoyer un message",
        How::Message => "Send a message",
        How::Event if fr => "Proposer un événement",
        How::Event => "Propose an event",
        How::Meeting if fr => "Proposer un rendez-vous",
        How::Meeting => "Propose a meeting",
    })
}

/// The event title: the action phrase and the person, with French spacing before the colon.
pub fn title(action: NextAction, how: Option<How>, name: &str, lang: Lang) -> String {
    let sep = match lang {
        Lang::Fr => " : ",
        Lang::En => ": ",
    };
    format!(
        "{}{sep}{}",
        action_phrase(action, how, lang),
        one_line(name)
    )
}

/// Cell text may hold newlines; a title must not.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What to know before acting: objective, why, deadline, how to reach the person.
fn description(o: &Outcome, p: &Planned, c: &Contact) -> String {
    let lang = o.lang;
    let colon = if lang == Lang::Fr { " : " } else { ": " };
    let mut lines: Vec<String> = Vec::new();
    let mut line = |label: &str, value: String| {
        if !value.trim().is_empty() {
            lines.push(format!("{label}{colon}{}", value.replace("\r\n", "\n")));
        }
    };
    let objectives: Vec<&str> = c.objectives.iter().map(|o| o.label(lang)).collect();
    line(Field::Objective.label(lang), objectives.join(", "));
    if let Some(h) = c.how {
        line(Field::How.label(lang), h.label(lang).to_string());
    }
    if let Some(a) = o.assessed.get(p.index) {
        let parts: Vec<String> = a
            .score
            .parts
            .iter()
            .map(|part| format!("{} {:+}", part.factor.label(lang), part.points))
            .collect();
        let score = match lang {
            Lang::Fr => format!(" (score {}, niveau {:?})", a.score.points, a.score.tier),
            Lang::En => format!(" (score {}, tier {:?})", a.score.points, a.score.tier),
        };
        line(Annotation::Why.label(lang), parts.join(", ") + &score);
        if let Some(due) = a.action.due.filter(|&due| due != p.date) {
            line(Annotation::Due.label(lang), due.to_string());
        }
        if a.action.flag == Flag::Overdue {
            let late = match lang {
                Lang::Fr => format!("{} ({} j)", Flag::Overdue.label(lang), a.action.days_late),
                Lang::En => format!("{} ({} d)", Flag::Overdue.label(lang), a.action.days_late),
            };
            line(Annotation::Flag.label(lang), late);
        } else if a.action.flag == Flag::AtRisk {
            line(
                Annotation::Flag.label(lang),
                Flag::AtRisk.label(lang).into(),
            );
        }
    }
    if let Some(d) = c.deadline {
        line(Factor::Deadline.label(lang), d.to_string());
    }
    let company = match (&c.company, &c.role) {
        (Some(co), Some(r)) => format!("{co} ({r})"),
        (Some(co), None) => co.clone(),
        (None, Some(r)) => r.clone(),
        (None, None) => String::new(),
    };
    line(Field::Company.label(lang), company);
    for (field, value) in [
        (Field::Email, &c.email),
        (Field::Phone, &c.phone),
        (Field::Linkedin, &c.linkedin),
        (Field::GiveBack, &c.give_back),
    ] {
        if let Some(v) = value {
            line(field.label(lang), v.clone());
        }
    }
    let row = match lang {
        Lang::Fr => format!("reseau-xlsx, ligne {}", c.row),
        Lang::En => format!("reseau-xlsx, row {}", c.row),
    };
    lines.push(row);
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn propose_names_the_how_other_actions_keep_their_label() {
        assert_eq!(
            title(
                NextAction::Propose,
                Some(How::Coffee),
                "Claire Martin",
                Lang::Fr
            ),
            "Proposer un café : Claire Martin"
        );
        assert_eq!(
            title(
                NextAction::Propose,
                Some(How::Coffee),
                "Claire\nMartin",
                Lang::En
            ),
            "Propose coffee: Claire Martin"
        );
        assert_eq!(
            title(NextAction::FollowUp, Some(How::Coffee), "A", Lang::Fr),
            "Relancer : A"
        );
        assert_eq!(
            action_phrase(NextAction::Propose, None, Lang::En),
            "Propose"
        );
    }

    #[test]
    fn uid_depends_on_source_identity_and_action_only() {
        let a = uid("a.xlsx", "claire", "propose", None);
        assert_eq!(a, uid("a.xlsx", "claire", "propose", None));
        assert_ne!(a, uid("b.xlsx", "claire", "propose", None));
        assert_ne!(a, uid("a.xlsx", "claire", "thank", None));
        assert_ne!(a, uid("a.xlsx", "marc", "propose", None));
        // FNV-1a is a published algorithm: this value must never change between releases,
        // or every user's calendar would get duplicates. (Value checked with an independent
        // FNV-1a implementation.)
        assert_eq!(a, "68c439d9e8bab781-propose@reseau-xlsx");
    }

    #[test]
    fn source_is_reduced_to_its_file_name() {
        assert_eq!(file_name("dir/sub/contacts.xlsx"), "contacts.xlsx");
        assert_eq!(file_name(r"C:\Users\me\contacts.xlsx"), "contacts.xlsx");
        assert_eq!(file_name("contacts.xlsx"), "contacts.xlsx");
    }
}
