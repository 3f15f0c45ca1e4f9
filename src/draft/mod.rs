//! Drafts: for each planned action, a short message in the workbook's language that a person
//! would send as it is, once its named blanks are filled: greeted by first name, in the
//! register the contact is spoken to (tu or vous, in French), fitted to whom it speaks to and
//! to the What, following the method (one precise, easy ask; the introducer named first; a
//! yes answered with days to choose from; thanks that ask for a name or two; news that asks
//! for nothing; a checklist to prepare a meeting), and its subject. The user's own notes (what
//! they can offer, the What when it is no subject) stand beside the draft, never inside it.
//!
//! Pure: the outcome the core decided (the plan, the days it offers, the journal's requests
//! and introductions) and the user's settings (`[me]`, `[messages]` of `reseau.toml`) in, text
//! out. The default words are one table (`templates`), in the three voices side by side;
//! `phrases` builds what a template says of the row; `render` fills a template; `mailto`
//! builds the links the Messages sheet puts on the names. This module writes nothing and
//! reads no configuration file.

pub mod mailto;
pub mod phrases;
pub mod render;
pub mod templates;
mod values;

#[cfg(test)]
mod tests;

use chrono::NaiveDate;

use crate::assess::Outcome;
use crate::config::Config;
pub use crate::config::{Custom, Part, Settings};
pub use crate::model::Draft;
use crate::model::{Contact, Lang, NextAction, Objective, Planned, Status};
use render::{MAX_CHARS, MAX_SUBJECT_CHARS};
use templates::{Voice, Words};

/// The template of `action`'s `part` in `voice`: the user's (a French one written for this
/// register, else one for both), else the default.
fn template(
    settings: &Settings,
    voice: Voice,
    action: NextAction,
    again: bool,
    part: Part,
) -> Option<&str> {
    let lang = if voice == Voice::En {
        Lang::En
    } else {
        Lang::Fr
    };
    let register = match voice {
        Voice::Tu => Some(crate::model::Register::Tu),
        Voice::Vous => Some(crate::model::Register::Vous),
        Voice::En => None,
    };
    let theirs = |c: &&Custom| c.lang == lang && c.action == action && c.part == part;
    // The template written in this register, else the one that serves both.
    let mine = settings
        .custom
        .iter()
        .filter(theirs)
        .find(|c| c.register.is_some() && c.register == register)
        .or_else(|| {
            settings
                .custom
                .iter()
                .filter(theirs)
                .find(|c| c.register.is_none())
        });
    if let Some(c) = mine {
        return Some(&c.text);
    }
    let words = if again {
        templates::PROPOSE_AGAIN
    } else {
        templates::action_row(action)?.words
    };
    let Words { subject, body } = words.get(voice);
    Some(match part {
        Part::Subject => subject,
        Part::Body => body,
    })
}

/// What a draft is about besides the contact, as the core decided it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct About {
    pub objective: Option<Objective>,
    /// The deadline to mention (none when already past).
    pub deadline: Option<NaiveDate>,
    /// For `inform_introducer` and `thank_introducer`: the name of the person introduced.
    pub introduced: Option<String>,
    /// For `thank_introducer`: the day the plan writes to the person introduced, if it does.
    pub writes_on: Option<NaiveDate>,
    /// The day of this message.
    pub sent: Option<NaiveDate>,
    /// For `schedule`: the days the plan offers.
    pub days: Vec<NaiveDate>,
    /// For `answer`: the request's note in the journal.
    pub request: Option<String>,
    /// For a proposal sent ahead of its meeting: the month the meeting is planned in.
    pub meeting_month: Option<NaiveDate>,
}

/// The draft of `action` for contact `c`, in `lang`; `None` for an action with no draft
/// (`none`), and for a message to a row that names no person ("CCI Lyon", an e-mail alone).
pub fn draft(
    action: NextAction,
    c: &Contact,
    about: About,
    lang: Lang,
    settings: &Settings,
) -> Option<Draft> {
    if action != NextAction::Prepare && !phrases::names_person(c) {
        return None;
    }
    let voice = phrases::voice(c, lang, settings);
    // A first message to someone already met is news and a new meeting, not the pitch again.
    let again = action == NextAction::Propose
        && matches!(
            c.status,
            Status::Met | Status::Thanked | Status::KeepInTouch
        );
    let body = template(settings, voice, action, again, Part::Body)?;
    let subject = template(settings, voice, action, again, Part::Subject).unwrap_or("");
    let beside = values::beside(c, &about, lang);
    let offer = values::offer(c);
    let values = values::of(c, &about, action, voice, settings);
    let subject = subject
        .split('\n')
        .map(|line| render::fill(line, &values))
        .find(|line| !line.trim().is_empty())
        .map(|line| capitalised(&render::shorten(&render::inline(&line), MAX_SUBJECT_CHARS)))
        .unwrap_or_default();
    Some(Draft {
        subject,
        body: render::fill_within(body, &values, MAX_CHARS),
        beside,
        offer,
    })
}

/// A subject line starts with a capital ("L'orga marketing Danone Lyon").
fn capitalised(line: &str) -> String {
    let mut chars = line.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The drafts of every planned action, in plan order. `pursued` is what the user pursues now
/// (`--objective`): a contact with several objectives is written to about the one the user
/// weighs most. `about(p)` gives what the core knows of plan item `p` beyond its contact.
pub fn for_plan(
    contacts: &[Contact],
    items: &[Planned],
    lang: Lang,
    settings: &Settings,
    pursued: &[(Objective, u32)],
    about: impl Fn(&Planned) -> About,
) -> Vec<Draft> {
    items
        .iter()
        .map(|p| {
            let Some(c) = contacts.get(p.index as usize) else {
                return Draft::default();
            };
            let about = About {
                objective: main_objective(c, pursued),
                deadline: c.deadline.filter(|&d| d >= p.date),
                sent: Some(p.date),
                meeting_month: p.meeting_month,
                ..about(p)
            };
            if p.action != NextAction::Prepare && !phrases::names_person(c) {
                // No message to a row that names no person: say so where the draft would be.
                return Draft {
                    beside: lang
                        .pick(
                            "Pas de brouillon : la ligne ne nomme personne ; ajoutez le nom de \
                             la personne à contacter.",
                            "No draft: the row names no person; add the name of the person \
                             to write to.",
                        )
                        .to_string(),
                    offer: values::offer(c),
                    ..Draft::default()
                };
            }
            draft(p.action, c, about, lang, settings).unwrap_or_default()
        })
        .collect()
}

/// Sets the drafts of `outcome`: one per planned action, in plan order.
pub fn fill(outcome: &mut Outcome, config: &Config) {
    let drafts = for_plan(
        &outcome.contacts,
        &outcome.plan.items,
        outcome.lang,
        &config.messages,
        &config.objectives,
        |p| values::about(outcome, p),
    );
    outcome.drafts = drafts;
    outcome.drafts_note = me_missing(&config.messages).then(|| me_hint(outcome.lang));
}

/// The contact's objective the user weighs most (the first on a tie); any when the user
/// named none.
pub fn main_objective(c: &Contact, pursued: &[(Objective, u32)]) -> Option<Objective> {
    let weight = |o: Objective| pursued.iter().find(|(p, _)| *p == o).map_or(0, |p| p.1);
    c.objectives
        .iter()
        .copied()
        .fold(None, |best: Option<Objective>, o| match best {
            Some(b) if weight(b) >= weight(o) => Some(b),
            _ => Some(o),
        })
}

/// Whether the settings lack `[me]`: no name, no signature and no project line. The drafts then
/// carry named blanks, and the first run says which lines to add.
pub fn me_missing(settings: &Settings) -> bool {
    settings.name.is_none() && settings.signature.is_none() && settings.project.is_none()
}

/// The lines to add to `reseau.toml`, and why, in `lang`: said once on the first run and in
/// the Messages sheet's header note while `[me]` is missing.
pub fn me_hint(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => {
            "Ajoutez à reseau.toml (à côté du classeur) :\n[me]\nname = \"Prénom Nom\"\n\
             project = \"Une phrase sur ce que vous cherchez\"\nSans elles, les brouillons \
             gardent des blancs à remplir : [ce que je cherche], [mon nom]."
        }
        Lang::En => {
            "Add to reseau.toml (beside the workbook):\n[me]\nname = \"First Last\"\n\
             project = \"One line on what you are looking for\"\nWithout them, the drafts keep \
             blanks to fill: [what I'm looking for], [my name]."
        }
    }
}
