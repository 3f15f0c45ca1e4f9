//! The value of each placeholder for one contact and action, and what the core tells a draft
//! beyond the contact (the days offered, the request, the person introduced).

use chrono::NaiveDate;

use super::phrases;
use super::render::{self, Value, MAX_CHARS};
use super::templates::{self, blank, Voice};
use super::About;
use crate::assess::Outcome;
use crate::config::Settings;
use crate::model::{Contact, Lang, NextAction, Planned};
use crate::normalize::person::person_part;

/// A cell holds up to 32,767 characters; a draft never shows more than its own length.
pub fn clip(t: &str) -> String {
    t.chars().take(MAX_CHARS + 1).collect()
}

/// A text of the sheet as one plain line, `None` when blank.
fn sheet(t: Option<&str>) -> Option<String> {
    t.map(|t| render::inline(&clip(t)))
        .filter(|t| !t.is_empty())
}

/// What the user can offer them, as written (beside the draft, so kept whole: its line
/// breaks and its own words); empty when the row says nothing.
pub fn offer(c: &Contact) -> String {
    c.give_back
        .as_deref()
        .filter(|g| !g.trim().is_empty())
        .map(|g| g.replace("\r\n", "\n"))
        .unwrap_or_default()
}

/// What the core knows of plan item `p` that its draft says: the days offered to a yes, the
/// request an answer is about, the person an introducer introduced and when the plan writes
/// to them.
pub fn about(outcome: &Outcome, p: &Planned) -> About {
    let mut about = About::default();
    match p.action {
        NextAction::Schedule => {
            if let Ok(k) = outcome
                .plan
                .offers
                .binary_search_by_key(&p.index, |o| o.index)
            {
                about.days = outcome.plan.offers[k].days.clone();
            }
        }
        NextAction::Answer => about.request = request(outcome, p.index),
        NextAction::InformIntroducer => {
            let met = outcome.ties.owed(p.index).and_then(|o| o.about);
            about.introduced = met
                .and_then(|m| outcome.contacts.get(m as usize))
                .map(|c| c.name.to_string());
        }
        NextAction::ThankIntroducer => {
            // The latest introduction this contact made: a contact of the sheet, or someone to
            // add (named as the journal writes them).
            let latest = outcome
                .journal
                .introductions
                .iter()
                .filter(|x| x.by == p.index)
                .max_by_key(|x| (x.date, x.row));
            if let Some(x) = latest {
                about.introduced =
                    Some(match x.to.and_then(|t| outcome.contacts.get(t as usize)) {
                        Some(c) => c.name.to_string(),
                        None => x.name.trim().to_string(),
                    });
                // A promise to write only when the plan writes to them.
                about.writes_on = x.to.and_then(|t| {
                    outcome
                        .plan
                        .items
                        .iter()
                        .find(|q| q.index == t && q.action != NextAction::Prepare)
                        .map(|q| q.date)
                });
            }
        }
        _ => {}
    }
    about
}

/// The note of the latest request received from contact `i` that no help answered.
fn request(outcome: &Outcome, i: u32) -> Option<String> {
    use crate::vocab::ExchangeKind::Request;
    let entries = &outcome.journal.entries;
    let from = entries.partition_point(|e| e.contact < i);
    let to = entries.partition_point(|e| e.contact <= i);
    let row = entries[from..to]
        .iter()
        .rev()
        .find(|e| e.kind == Some(Request))?
        .row;
    let notes = &outcome.journal.request_notes;
    let k = notes.binary_search_by_key(&row, |(r, _)| *r).ok()?;
    Some(notes[k].1.clone())
}

/// What stands beside the draft: the request an answer is about (when the draft could not
/// name it), and the What as the user wrote it.
pub fn beside(c: &Contact, about: &About, lang: Lang) -> String {
    let mut out = Vec::new();
    if let Some(r) = about.request.as_deref() {
        if phrases::as_subject(r).is_none() {
            let label = lang.pick("Sa demande : ", "Their request: ");
            out.push(format!("{label}{}", render::inline(&clip(r))));
        }
    }
    if let Some(w) = sheet(c.what.as_deref()) {
        out.push(w);
    }
    out.join("\n")
}

/// A person's name written in a cell ("Paul Durand", "Marc Petit (DRH chez Nova)" gives "Marc
/// Petit"), to name inside a sentence; `None` when the cell says more than a name (an event,
/// a site, a note: "salon VivaTech", "via LinkedIn, ex-collègue de Paul").
fn someone(cell: &str) -> Option<String> {
    let name = render::inline(person_part(&clip(cell)));
    let words: Vec<&str> = name.split_whitespace().collect();
    let name_like = (1..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().any(char::is_alphabetic)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
        })
        && words
            .iter()
            .any(|w| w.chars().next().is_some_and(char::is_uppercase));
    let not_a_person = crate::vocab::names::is_organisation(&name)
        || crate::model::Source::lookup(&crate::vocab::fold(&name)).is_some()
        || words.first().is_some_and(|w| {
            matches!(
                crate::vocab::fold(w).as_str(),
                "via" | "par" | "salon" | "by" | "from" | "at" | "chez"
            )
        });
    (name_like && !not_a_person).then_some(name)
}

/// What `{objective}` says: the topic of the objective for whom it speaks to, with the company
/// when the row has one.
fn topic(c: &Contact, about: &About, voice: Voice, company: Option<&str>) -> String {
    let t = templates::topic(about.objective, phrases::audience(c, about.objective));
    match company {
        Some(co) => {
            // "les besoins d'Acme", not "de Acme".
            let phrase = t.with_company.get(voice);
            let vowel = co
                .chars()
                .next()
                .is_some_and(|c| "AEIOUYÉÈÊÂÎÔaeiouyéèêâîô".contains(c));
            match voice {
                Voice::En => phrase.replace("{company}", co),
                _ if vowel => phrase
                    .replace("de {company}", &format!("d'{co}"))
                    .replace("{company}", co),
                _ => phrase.replace("{company}", co),
            }
        }
        None => t.without.get(voice).to_string(),
    }
}

/// What `{questions}` says: three questions, one per line.
fn questions(c: &Contact, about: &About, voice: Voice) -> String {
    templates::questions(about.objective, phrases::audience(c, about.objective))
        .get(voice)
        .map(|q| format!("- {q}"))
        .join("\n")
}

/// A date as the workbook writes it: 15/12/2026, 15 Dec 2026.
fn date(d: NaiveDate, lang: Lang) -> String {
    d.format(lang.pick("%d/%m/%Y", "%-d %b %Y")).to_string()
}

/// The value of every placeholder for this contact and action.
pub fn of(
    c: &Contact,
    about: &About,
    action: NextAction,
    voice: Voice,
    settings: &Settings,
) -> Vec<Value> {
    let lang = if voice == Voice::En {
        Lang::En
    } else {
        Lang::Fr
    };
    let named = |b: (&str, &str)| lang.pick(b.0, b.1).to_string();
    // Inside a sentence, a company is its name only ("Danone (Lyon)" says "chez Danone").
    let company = sheet(c.company.as_deref().map(person_part));
    let introducer = c.introduced_by.as_deref().and_then(someone);
    let audience = phrases::audience(c, about.objective);
    let signature = settings
        .signature
        .as_deref()
        .or(settings.name.as_deref())
        .map(|s| render::block(&clip(s)))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| named(blank::MY_NAME));
    // A first message says what the user looks for; news, and a meeting again with someone
    // already met, where the user is now.
    let met = matches!(
        c.status,
        crate::model::Status::Met
            | crate::model::Status::Thanked
            | crate::model::Status::KeepInTouch
    );
    let project_blank = match action {
        NextAction::Propose | NextAction::FollowUp if !met => blank::LOOKING_FOR,
        _ => blank::NEWS,
    };
    // The project line is a first message's pitch; news are what happened since, which only
    // the user knows: their blank stays, even with `[me] project` (the pitch again is no news).
    let news = action == NextAction::KeepInTouch || (met && action == NextAction::Propose);
    let project = match news {
        false => sheet(settings.project.as_deref()).unwrap_or_else(|| named(project_blank)),
        true => named(blank::NEWS),
    };
    // News end with thanks to someone who helped (met, thanked, or who gave); to anyone else,
    // a friendly line, never thanks for help that was not given.
    let helped = matches!(
        c.status,
        crate::model::Status::Met | crate::model::Status::Thanked
    ) || c.meeting_date.is_some();
    let thanks_line = match (helped, voice) {
        (true, Voice::Vous) => "Merci encore pour votre aide en chemin.",
        (true, Voice::Tu) => "Merci encore pour ton aide en chemin.",
        (true, Voice::En) => "Thank you again for your help along the way.",
        (false, Voice::Vous) => "J'espère que tout va bien de votre côté.",
        (false, Voice::Tu) => "J'espère que tout va bien pour toi.",
        (false, Voice::En) => "I hope all is well on your side.",
    };
    let (how_fr, how_en) = templates::how_phrase(c.how);
    let (meeting_fr, meeting_en) = templates::meeting_word(c.how);
    let topic_subject = c.what.as_deref().and_then(phrases::as_subject);
    let about_line = templates::topic(about.objective, audience)
        .about
        .get(voice)
        .to_string();
    let v = |name, text, shrinkable| Value {
        name,
        text,
        shrinkable,
    };
    vec![
        v(
            "greeting",
            Some(phrases::greeting(c, voice, audience)),
            true,
        ),
        v("first_name", phrases::addressed(c, lang), true),
        v("name", sheet(Some(&c.name)), true),
        v("company", company.clone(), true),
        v("role", sheet(c.role.as_deref()), true),
        v(
            "objective",
            Some(topic(c, about, voice, company.as_deref())),
            true,
        ),
        v("how", Some(lang.pick(how_fr, how_en).to_string()), false),
        v("deadline", about.deadline.map(|d| date(d, lang)), false),
        v("introducer", introducer.clone(), true),
        v(
            "introduced",
            about.introduced.as_deref().and_then(someone),
            true,
        ),
        v(
            "give_back",
            Some(sheet(c.give_back.as_deref()).unwrap_or_else(|| named(blank::TO_OFFER))),
            true,
        ),
        v("project", Some(project), true),
        v("thanks_line", Some(thanks_line.to_string()), false),
        v("signature", Some(signature), true),
        v("questions", Some(questions(c, about, voice)), false),
        v(
            "opener",
            templates::opener(audience)
                .filter(|_| introducer.is_none())
                .map(|o| o.get(voice).to_string()),
            false,
        ),
        v("topic", topic_subject, true),
        v("about", Some(about_line), false),
        v("what", sheet(c.what.as_deref()), true),
        v("days", phrases::days(&about.days, lang), false),
        v(
            "meeting",
            Some(lang.pick(meeting_fr, meeting_en).to_string()),
            false,
        ),
        v(
            "request",
            about.request.as_deref().and_then(phrases::as_subject),
            true,
        ),
        v(
            "when",
            Some(phrases::when(about.sent, about.meeting_month, lang)),
            false,
        ),
        v(
            "write_on",
            about
                .writes_on
                .zip(about.sent)
                .map(|(on, sent)| phrases::write_on(sent, on, lang)),
            false,
        ),
    ]
}
