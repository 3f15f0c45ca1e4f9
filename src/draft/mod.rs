//! Drafts: for each planned action, a short message in the workbook's language that follows
//! the method (one precise, easy ask; the introducer named first; thanks that ask for a name
//! or two; news that asks for nothing; a checklist to prepare a meeting), and its subject.
//!
//! Pure: a contact, its action and the user's settings (`[me]`, `[messages.LANG]` of
//! `reseau.toml`) in, text out. The default words are one table (`templates`), French and
//! English side by side; `render` fills a template; `mailto` builds the links the Messages
//! sheet puts on the names. This module writes nothing and reads no configuration file.

pub mod mailto;
pub mod render;
pub mod templates;

#[cfg(test)]
mod tests;

use chrono::NaiveDate;

use crate::assess::Outcome;
use crate::config::Config;
pub use crate::config::{Custom, Part, Settings};
pub use crate::model::Draft;
use crate::model::{Contact, Lang, NextAction, Objective, Planned};
use render::{Value, MAX_CHARS, MAX_SUBJECT_CHARS};
use templates::Words;

/// The template of `action`'s `part` in `lang`: the user's, else the default.
fn template(settings: &Settings, lang: Lang, action: NextAction, part: Part) -> Option<&str> {
    let mine = settings
        .custom
        .iter()
        .find(|c| c.lang == lang && c.action == action && c.part == part);
    if let Some(c) = mine {
        return Some(&c.text);
    }
    let row = templates::action_row(action)?;
    let Words { subject, body } = lang.pick(row.fr, row.en);
    Some(match part {
        Part::Subject => subject,
        Part::Body => body,
    })
}

/// What a draft is about besides the contact: the objective it serves and the deadline to
/// mention (none when already past).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct About {
    pub objective: Option<Objective>,
    pub deadline: Option<NaiveDate>,
    /// For `inform_introducer`: the name of the person introduced who was met.
    pub introduced: Option<String>,
}

/// The draft of `action` for contact `c`, in `lang`; `None` for an action with no draft
/// (`none`).
pub fn draft(
    action: NextAction,
    c: &Contact,
    about: About,
    lang: Lang,
    settings: &Settings,
) -> Option<Draft> {
    let body = template(settings, lang, action, Part::Body)?;
    let subject = template(settings, lang, action, Part::Subject).unwrap_or("");
    let values = values(c, about, lang, settings);
    let subject = subject
        .split('\n')
        .map(|line| render::fill(line, &values))
        .find(|line| !line.trim().is_empty())
        .map(|line| render::shorten(&render::inline(&line), MAX_SUBJECT_CHARS))
        .unwrap_or_default();
    Some(Draft {
        subject,
        body: render::fill_within(body, &values, MAX_CHARS),
    })
}

/// The drafts of every planned action, in plan order. `pursued` is what the user pursues now
/// (`--objective`): a contact with several objectives is written to about the one the user
/// weighs most.
///
/// `introduced(i)` names the person whom contact `i` introduced and the user met, for an
/// `inform_introducer` ("tell Émilie how it went with Sophie").
pub fn for_plan(
    contacts: &[Contact],
    items: &[Planned],
    lang: Lang,
    settings: &Settings,
    pursued: &[(Objective, u32)],
    introduced: impl Fn(u32) -> Option<String>,
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
                introduced: matches!(
                    p.action,
                    NextAction::InformIntroducer | NextAction::ThankIntroducer
                )
                .then(|| introduced(p.index))
                .flatten(),
            };
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
        |i| {
            let met = outcome.ties.owed(i)?.about?;
            Some(outcome.contacts.get(met as usize)?.name.to_string())
        },
    );
    outcome.drafts = drafts;
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

/// The first name: the word after the comma of "Last, First", else the first word; the
/// whole name when it starts with a title ("Dr Martin"), so no one is greeted "Dr".
fn first_name(name: &str) -> Option<String> {
    let name = render::inline(name);
    let given = match name.split_once(',') {
        Some((_, first)) if !first.trim().is_empty() => first.trim(),
        _ => name.as_str(),
    };
    let first = given.split(' ').next().filter(|w| !w.is_empty())?;
    if templates::TITLES.contains(&crate::vocab::fold(first).as_str()) {
        return Some(given.to_string());
    }
    Some(first.to_string())
}

/// A cell holds up to 32,767 characters; a draft never shows more than its own length.
fn clip(t: &str) -> String {
    t.chars().take(MAX_CHARS + 1).collect()
}

/// A text of the sheet as one plain line, `None` when blank.
fn sheet(t: Option<&str>) -> Option<String> {
    t.map(|t| render::inline(&clip(t)))
        .filter(|t| !t.is_empty())
}

/// The first name to greet. A row with no name is called by its e-mail, its company or its
/// row number: no one's first name, so the greeting goes rather than greet
/// "claire@example.com".
fn greeting_name(c: &Contact) -> Option<String> {
    let name = c.name.as_ref();
    let stand_in = Some(name) == c.email.as_deref()
        || Some(name) == c.company.as_deref()
        || name.starts_with('(');
    first_name(&clip(name)).filter(|_| !stand_in)
}

/// What `{objective}` says: the topic of the objective, with the company when the row has one.
fn topic(objective: Option<Objective>, company: Option<&str>, lang: Lang) -> String {
    let topic = templates::topic(objective);
    let (with, without) = lang.pick(topic.fr, topic.en);
    match company {
        Some(co) => with.replace("{company}", co),
        None => without.to_string(),
    }
}

/// What `{questions}` says: three questions, one per line.
fn questions(objective: Option<Objective>, lang: Lang) -> String {
    let q = templates::questions(objective);
    lang.pick(q.fr, q.en).map(|q| format!("- {q}")).join("\n")
}

/// A date as the workbook writes it: 15/12/2026, 15 Dec 2026.
fn date(d: NaiveDate, lang: Lang) -> String {
    d.format(lang.pick("%d/%m/%Y", "%-d %b %Y")).to_string()
}

/// The value of every placeholder for this contact.
fn values(c: &Contact, about: About, lang: Lang, settings: &Settings) -> Vec<Value> {
    // A blank for the user to fill.
    let blank = || "[...]".to_string();
    let company = sheet(c.company.as_deref());
    let objective = topic(about.objective, company.as_deref(), lang);
    let signature = settings
        .signature
        .as_deref()
        .or(settings.name.as_deref())
        .map(|s| render::block(&clip(s)))
        .filter(|s| !s.is_empty());
    let (how_fr, how_en) = templates::how_phrase(c.how);
    let v = |name, text, shrinkable| Value {
        name,
        text,
        shrinkable,
    };
    vec![
        v("first_name", greeting_name(c), true),
        v("name", sheet(Some(&c.name)), true),
        v("company", company, true),
        v("role", sheet(c.role.as_deref()), true),
        v("objective", Some(objective), true),
        v("how", Some(lang.pick(how_fr, how_en).to_string()), false),
        v("deadline", about.deadline.map(|d| date(d, lang)), false),
        v("introducer", sheet(c.introduced_by.as_deref()), true),
        v(
            "introduced",
            Some(sheet(about.introduced.as_deref()).unwrap_or_else(blank)),
            true,
        ),
        v(
            "give_back",
            Some(sheet(c.give_back.as_deref()).unwrap_or_else(blank)),
            true,
        ),
        v(
            "project",
            Some(sheet(settings.project.as_deref()).unwrap_or_else(blank)),
            true,
        ),
        v("signature", signature, true),
        v("questions", Some(questions(about.objective, lang)), false),
    ]
}
