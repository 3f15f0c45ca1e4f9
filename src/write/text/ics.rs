//! The plan as an iCalendar file (`--ics`, RFC 5545): one all-day event per planned action, on
//! its date, that a calendar application imports.
//!
//! Every UID is derived from what the event is about (the contact, the action), never from the
//! clock nor the workbook's name, so importing next week's file updates the events instead of
//! adding copies; `DTSTAMP` comes from `today`, so the same input gives the same bytes. Text is
//! escaped and lines are folded here rather than by the `icalendar` crate, whose folding can
//! leave a 76-octet line when multi-byte characters and spaces meet (found by the property
//! test in `tests/weekly.rs`); that crate still parses the file back in the tests. Each
//! description starts with the action's draft (see `draft`), then the details. This module
//! also owns the short action phrase ("Proposer un café") that the Markdown summary reuses; it
//! writes no file.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::hash::Hasher as _;

use chrono::{Days, NaiveDate};

use crate::assess::Outcome;
use crate::model::{Contact, Flag, How, Lang, NextAction, Planned};
use crate::vocab::labels::Header;
use crate::vocab::{fold, Annotation, Factor, Field};

/// The longest content line, in octets, before folding (RFC 5545, 3.1).
const LINE_OCTETS: usize = 75;

/// The plan of `outcome` as the bytes of an `.ics` file; `source` is the input's file name (the
/// calendar's name, not its UIDs); `previous` the text of the calendar an earlier run wrote at
/// the same path, whose events no longer planned come back cancelled.
pub fn plan(outcome: &Outcome, source: &str, previous: Option<&str>) -> Vec<u8> {
    let lang = outcome.lang;
    let source = file_name(source);
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    let prodid = format!(
        "PRODID:-//reseau-xlsx//plan//{}",
        lang.code().to_uppercase()
    );
    line(&mut out, &prodid);
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    let name = format!("X-WR-CALNAME:{}", escape(&format!("reseau-xlsx: {source}")));
    line(&mut out, &name);

    let stamp = format!("DTSTAMP:{}T000000Z", outcome.today.format("%Y%m%d"));
    // LAST-MODIFIED and SEQUENCE from today, never the clock: a later run's events are newer
    // and a calendar that imports them updates its copies; the same day gives the same bytes.
    let modified = format!("LAST-MODIFIED:{}T000000Z", outcome.today.format("%Y%m%d"));
    let sequence = format!("SEQUENCE:{}", sequence(outcome.today));
    // Several contacts may share a name and have no e-mail: those get their row in the UID.
    let mut seen_keys = HashSet::new();
    let shared: HashSet<String> = outcome
        .plan
        .items
        .iter()
        .filter_map(|p| outcome.contacts.get(p.index as usize))
        .map(identity)
        .filter(|k| !seen_keys.insert(k.clone()))
        .collect();
    let mut used = HashSet::new();

    for (i, p) in outcome.plan.items.iter().enumerate() {
        let Some(c) = outcome.contacts.get(p.index as usize) else {
            continue;
        };
        let mut key = identity(c);
        if shared.contains(&key) {
            let _ = write!(key, "\u{1f}row {}", c.row);
        }
        let mut id = uid(&key, p.action.code(), None);
        if !used.insert(id.clone()) {
            // The same action twice for one contact: the date tells them apart.
            id = uid(&key, p.action.code(), Some(p.date));
            used.insert(id.clone());
        }
        let end = p.date.checked_add_days(Days::new(1)).unwrap_or(p.date);
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{id}"));
        line(&mut out, &stamp);
        line(&mut out, &modified);
        line(&mut out, &sequence);
        line(
            &mut out,
            &format!("DTSTART;VALUE=DATE:{}", p.date.format("%Y%m%d")),
        );
        line(
            &mut out,
            &format!("DTEND;VALUE=DATE:{}", end.format("%Y%m%d")),
        );
        let summary = title(p.action, c.how, &c.name, lang);
        line(&mut out, &format!("SUMMARY:{}", escape(&summary)));
        let text = with_draft(outcome.drafts.get(i), c, lang, description(outcome, p, c));
        line(&mut out, &format!("DESCRIPTION:{}", escape(&text)));
        // A reminder to act, not a busy slot.
        line(&mut out, "TRANSP:TRANSPARENT");
        line(&mut out, "END:VEVENT");
    }
    // The events of the previous calendar no longer planned: cancelled, so an import removes
    // them from the user's calendar rather than leaving them there.
    for e in previous.map(events).unwrap_or_default() {
        // One cancelled already is said again while it is to come, then let go: the user's
        // calendar has it cancelled.
        let settled = e.cancelled && e.start.map_or(true, |d| d < outcome.today);
        if used.contains(&e.uid) || settled {
            continue;
        }
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}", e.uid));
        line(&mut out, &stamp);
        line(&mut out, &modified);
        line(&mut out, &sequence);
        for l in [&e.dtstart, &e.dtend, &e.summary].into_iter().flatten() {
            line(&mut out, l);
        }
        line(&mut out, "STATUS:CANCELLED");
        line(&mut out, "TRANSP:TRANSPARENT");
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out.into_bytes()
}

/// The SEQUENCE of every event written on `today`: the days since 1 January 2000, so each
/// run's events come after the previous run's, whatever changed.
fn sequence(today: NaiveDate) -> i64 {
    let epoch = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or(NaiveDate::MIN);
    (today - epoch).num_days().max(0)
}

/// One event of a previous calendar, as far as cancelling it needs.
#[derive(Debug, Default)]
struct OldEvent {
    uid: String,
    start: Option<NaiveDate>,
    /// The content lines as written (unfolded).
    dtstart: Option<String>,
    dtend: Option<String>,
    summary: Option<String>,
    /// Whether it was cancelled already.
    cancelled: bool,
}

/// The events of a calendar this tool wrote (its UIDs end in `@reseau-xlsx`), in order; lines
/// unfolded; anything else ignored. At most a calendar's worth: a huge file is not a plan.
fn events(text: &str) -> Vec<OldEvent> {
    const MAX_EVENTS: usize = 100_000;
    let mut unfolded: Vec<String> = Vec::new();
    for raw in text.split('\n') {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        match raw.strip_prefix([' ', '\t']) {
            Some(rest) if !unfolded.is_empty() => {
                if let Some(last) = unfolded.last_mut() {
                    last.push_str(rest);
                }
            }
            _ => unfolded.push(raw.to_string()),
        }
    }
    let mut out = Vec::new();
    let mut current: Option<OldEvent> = None;
    for l in unfolded {
        if l == "BEGIN:VEVENT" {
            current = Some(OldEvent::default());
        } else if l == "END:VEVENT" {
            if let Some(e) = current.take() {
                if e.uid.ends_with("@reseau-xlsx") && out.len() < MAX_EVENTS {
                    out.push(e);
                }
            }
        } else if let Some(e) = current.as_mut() {
            if let Some(v) = l.strip_prefix("UID:") {
                e.uid = v.to_string();
            } else if l.starts_with("DTSTART") {
                e.start = l
                    .rsplit(':')
                    .next()
                    .and_then(|d| NaiveDate::parse_from_str(d.get(..8)?, "%Y%m%d").ok());
                e.dtstart = Some(l);
            } else if l.starts_with("DTEND") {
                e.dtend = Some(l);
            } else if l.starts_with("SUMMARY:") {
                e.summary = Some(l);
            } else if l == "STATUS:CANCELLED" {
                e.cancelled = true;
            }
        }
    }
    out
}

/// A TEXT value (RFC 5545, 3.3.11): `\` `;` `,` escaped, every line break as `\n`, other
/// control characters (not allowed in TEXT) as spaces.
fn escape(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() && c != '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded at 75 octets (CRLF then a space), never inside a UTF-8
/// character.
fn line(out: &mut String, content: &str) {
    let mut rest = content;
    let mut limit = LINE_OCTETS;
    while rest.len() > limit {
        let mut cut = limit;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        // The leading space of a continuation line counts in its 75 octets.
        limit = LINE_OCTETS - 1;
    }
    out.push_str(rest);
    out.push_str("\r\n");
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
/// version, unlike std's `DefaultHasher`) over the fields that say what the event is about:
/// the contact and the action, not the workbook's name, so a renamed or copied workbook keeps
/// its events.
fn uid(identity: &str, action: &str, date: Option<NaiveDate>) -> String {
    let mut h = fnv::FnvHasher::default();
    for part in [identity, action] {
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
        // A meeting is a first step toward others: the thank-you asks for a name or two.
        (NextAction::Thank, _) => Some(lang.pick(
            "Remercier, et demander un ou deux noms",
            "Thank, and ask for a name or two",
        )),
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

/// What separates the draft from the details in a description.
pub const DRAFT_END: &str = "\n\n---\n";

/// The description of an event: the draft first (what to send, or the checklist of a
/// meeting), then, after a `---` line, its subject and the details.
fn with_draft(
    draft: Option<&crate::draft::Draft>,
    c: &Contact,
    lang: Lang,
    details: String,
) -> String {
    // Beside the draft, as on the Messages sheet: what to offer them (the give-back column as
    // written), and why contact them.
    let mut beside = String::new();
    let colon = lang.pick(" : ", ": ");
    if let Some(give) = c.give_back.as_deref().filter(|g| !g.trim().is_empty()) {
        let give = give.replace("\r\n", "\n");
        let _ = writeln!(beside, "{}{colon}{give}", Header::ToOffer.text(lang));
    }
    if let Some(d) = draft.filter(|d| !d.beside.is_empty()) {
        let _ = writeln!(beside, "{}{colon}{}", Header::What.text(lang), d.beside);
    }
    match draft.filter(|d| !d.body.is_empty()) {
        Some(d) => {
            let subject = lang.pick("Objet : ", "Subject: ");
            format!(
                "{}{DRAFT_END}{subject}{}\n{beside}{details}",
                d.body, d.subject
            )
        }
        None => format!("{beside}{details}"),
    }
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
    if let Some(a) = o.assessed.get(p.index as usize) {
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
    // "Company:" only when there is one; a role alone is said as the role.
    match (&c.company, &c.role) {
        (Some(co), Some(r)) => line(Field::Company.label(lang), format!("{co} ({r})")),
        (Some(co), None) => line(Field::Company.label(lang), co.to_string()),
        (None, Some(r)) => line(Field::Role.label(lang), r.to_string()),
        (None, None) => {}
    }
    for (field, value) in [
        (Field::Email, &c.email),
        (Field::Phone, &c.phone),
        (Field::Linkedin, &c.linkedin),
    ] {
        if let Some(v) = value {
            line(field.label(lang), v.to_string());
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
mod tests;
