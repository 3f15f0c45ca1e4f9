//! `[messages.fr]` / `[messages.en]` of `reseau.toml`: each key an action code (`propose`,
//! `follow_up`...), or an action code and `_subject`, each value a template. An unknown
//! language, action or placeholder stops the run with the key and its line in the file.

use std::ops::Range;

use std::collections::BTreeMap;

use toml::Spanned;

use crate::vocab::placeholders::{self, PLACEHOLDERS};
use crate::vocab::{Lang, NextAction, Register};

/// Which part of a draft a template gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Subject,
    Body,
}

/// A template of the user's, replacing a default one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Custom {
    pub lang: Lang,
    pub action: NextAction,
    pub part: Part,
    /// For a French template: the register it is written in (`propose_tu`, `propose_vous`);
    /// `None` serves both.
    pub register: Option<Register>,
    /// Already checked: every placeholder is known.
    pub text: String,
}

/// The user's own words: `[me]` and `[messages.fr]` / `[messages.en]` of `reseau.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Settings {
    /// The user's name, the signature when none is given.
    pub name: Option<String>,
    pub signature: Option<String>,
    /// One line on the current project, used by proposals and news.
    pub project: Option<String>,
    pub custom: Vec<Custom>,
    /// Tu or vous for the contacts whose row does not say it (`[messages] register`).
    pub register: DefaultRegister,
}

/// `[messages.LANG]` tables: `propose = "..."`, `propose_subject = "..."`.
pub type Templates = BTreeMap<Spanned<String>, BTreeMap<Spanned<String>, Spanned<String>>>;

/// The `[messages]` table: `register = "tu" | "vous" | "auto"`, and the templates of each
/// language (`[messages.fr]`, `[messages.en]`).
#[derive(Debug, Default)]
pub struct Section {
    pub register: Option<Spanned<String>>,
    pub templates: Templates,
}

impl<'de> serde::Deserialize<'de> for Section {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Section;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(
                    "register = \"tu\" or \"vous\", and tables [messages.fr], [messages.en]",
                )
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Section, A::Error> {
                let mut out = Section::default();
                while let Some(key) = map.next_key::<Spanned<String>>()? {
                    if key.get_ref() == REGISTER {
                        out.register = Some(map.next_value()?);
                    } else {
                        let table = map.next_value()?;
                        out.templates.insert(key, table);
                    }
                }
                Ok(out)
            }
        }
        d.deserialize_map(Visit)
    }
}

/// The key of `[messages]` that sets tu or vous.
const REGISTER: &str = "register";

/// How the French drafts address contacts whose row does not say it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DefaultRegister {
    /// Friends and family "tu", everyone else "vous".
    #[default]
    ByCategory,
    /// Everyone "tu" unless their row says "vous".
    Tu,
    /// Everyone "vous" unless their row says "tu".
    Vous,
}

/// The `register` value of `[messages]`.
///
/// # Errors
/// A message naming the line and the values allowed.
pub fn register(value: &Spanned<String>, text: &str) -> Result<DefaultRegister, String> {
    match crate::vocab::fold(value.get_ref()).as_str() {
        "tu" | "tutoiement" => Ok(DefaultRegister::Tu),
        "vous" | "vouvoiement" => Ok(DefaultRegister::Vous),
        "auto" | "categorie" | "category" | "par categorie" | "by category" => {
            Ok(DefaultRegister::ByCategory)
        }
        _ => Err(format!(
            "line {}: [messages] register = {:?}: use \"tu\", \"vous\" or \"auto\" (friends \
             and family tu, the rest vous)",
            line_of(text, value.span().start),
            value.get_ref()
        )),
    }
}

/// What the key of a subject ends with.
const SUBJECT: &str = "_subject";

/// The user's templates, checked.
///
/// # Errors
/// A message naming the line, the table, the key and what is wrong.
pub fn custom(templates: &Templates, text: &str) -> Result<Vec<Custom>, String> {
    let mut out = Vec::new();
    for (lang_key, table) in templates {
        let lang = match lang_key.get_ref().as_str() {
            "fr" => Lang::Fr,
            "en" => Lang::En,
            other => {
                return Err(format!(
                    "line {}: [messages.{other}]: not a language; use [messages.fr] or \
                     [messages.en]",
                    line_of(text, lang_key.span().start)
                ))
            }
        };
        for (key, value) in table {
            let at = |offset: usize| line_of(text, offset);
            // `propose_tu`, `propose_subject_vous`: a French template in one register.
            let (rest, register) = match (lang, key.get_ref()) {
                (Lang::Fr, k) if k.ends_with("_tu") => (&k[..k.len() - 3], Some(Register::Tu)),
                (Lang::Fr, k) if k.ends_with("_vous") => (&k[..k.len() - 5], Some(Register::Vous)),
                (_, k) => (k.as_str(), None),
            };
            let (code, part) = match rest.strip_suffix(SUBJECT) {
                Some(code) => (code, Part::Subject),
                None => (rest, Part::Body),
            };
            let action = actions().find(|a| a.code() == code).ok_or_else(|| {
                let known: Vec<&str> = actions().map(NextAction::code).collect();
                format!(
                    "line {}: [messages.{}]: {:?} is not an action; use one of {} (and \
                         ACTION{SUBJECT} for its subject; in French, ACTION_tu or \
                         ACTION_vous for one register)",
                    at(key.span().start),
                    lang.code(),
                    key.get_ref(),
                    known.join(", ")
                )
            })?;
            let template = value.get_ref();
            if let Err(unknown) = placeholders::check(template) {
                return Err(format!(
                    "line {}: [messages.{}] {}: unknown placeholder {{{}}}; use one of {}",
                    line_in(text, value.span(), template, unknown.offset),
                    lang.code(),
                    key.get_ref(),
                    unknown.name,
                    PLACEHOLDERS
                        .iter()
                        .map(|p| format!("{{{p}}}"))
                        .collect::<Vec<_>>()
                        .join(" ")
                ));
            }
            out.push(Custom {
                lang,
                action,
                part,
                register,
                text: template.replace("\r\n", "\n"),
            });
        }
    }
    Ok(out)
}

/// The actions a draft is written for (every one but `none`).
fn actions() -> impl Iterator<Item = NextAction> {
    NextAction::ALL
        .iter()
        .copied()
        .filter(|&a| a != NextAction::None)
}

/// The line (from 1) of byte `offset` of `text`.
fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset).unwrap_or(text).matches('\n').count() + 1
}

/// The line of the character at `offset` in the string `value`, written at `span` of `text`.
/// A multi-line string (`"""`) starting with a line break begins on the next line; a
/// one-line string's `\n` escapes do not move to another line of the file.
fn line_in(text: &str, span: Range<usize>, value: &str, offset: usize) -> usize {
    let raw = text.get(span.start..span.end).unwrap_or("");
    let first = line_of(text, span.start);
    let multi = raw.starts_with("\"\"\"") || raw.starts_with("'''");
    if !multi {
        return first;
    }
    let opens_with_break = raw[3..].starts_with('\n') || raw[3..].starts_with("\r\n");
    first + usize::from(opens_with_break) + value.get(..offset).unwrap_or("").matches('\n').count()
}

#[cfg(test)]
mod tests;
