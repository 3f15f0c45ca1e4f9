//! The phrases a draft builds from the row and the plan: the greeting (first name, or title
//! and family name), tu or vous, whom a first message speaks to, the What when it reads as a
//! subject, the days offered to a yes, and when the user will write to someone introduced.

use chrono::{Datelike, NaiveDate};

use super::templates::{Audience, Voice};
use crate::config::{DefaultRegister, Settings};
use crate::model::{Category, Contact, Lang, Objective, Register};
use crate::normalize::person::person_part;
use crate::vocab::fold;
use crate::vocab::names::{is_organisation, Title};

/// Tu or vous for `c` in French (the row's column, else `[messages] register`, else friends
/// and family tu and the rest vous); English has one voice.
pub fn voice(c: &Contact, lang: Lang, settings: &Settings) -> Voice {
    if lang == Lang::En {
        return Voice::En;
    }
    let register = c.register.unwrap_or(match settings.register {
        DefaultRegister::Tu => Register::Tu,
        DefaultRegister::Vous => Register::Vous,
        DefaultRegister::ByCategory => match c.category {
            Some(Category::FriendFamily) => Register::Tu,
            _ => Register::Vous,
        },
    });
    match register {
        Register::Tu => Voice::Tu,
        Register::Vous => Voice::Vous,
    }
}

/// Whether the row names a person to write to: not a stand-in (its e-mail, its company, its
/// row number), not an organisation or a desk ("CCI Lyon", "Équipe RH").
pub fn names_person(c: &Contact) -> bool {
    let name = c.name.as_ref();
    let stand_in = Some(name) == c.email.as_deref()
        || Some(name) == c.company.as_deref()
        || name.starts_with('(');
    let letters = name.chars().filter(|ch| ch.is_alphabetic()).count();
    !stand_in && letters >= 2 && (c.first_name.is_some() || !is_organisation(person_part(name)))
}

/// How the greeting names the contact: the first name, else the title and the family name
/// ("Madame Lopez"); `None` when the row gives neither.
pub fn addressed(c: &Contact, lang: Lang) -> Option<String> {
    if let Some(first) = &c.first_name {
        return Some(super::render::inline(first));
    }
    let part = person_part(&c.name);
    let mut words = part.split_whitespace();
    let title = Title::of(words.next()?)?;
    let family: Vec<&str> = words.filter(|w| Title::of(w).is_none()).collect();
    let word = title.word(lang);
    if family.is_empty() || word.is_empty() {
        return None;
    }
    Some(super::render::inline(&format!(
        "{word} {}",
        family.join(" ")
    )))
}

/// The greeting line: "Bonjour Julien,", "Bonjour Madame Lopez,", "Hi Sam,", "Hello,".
pub fn greeting(c: &Contact, voice: Voice, audience: Audience) -> String {
    let lang = if voice == Voice::En {
        Lang::En
    } else {
        Lang::Fr
    };
    let who = addressed(c, lang);
    match (voice, who) {
        (Voice::En, Some(who)) if c.first_name.is_some() && audience == Audience::Peer => {
            format!("Hi {who},")
        }
        (Voice::En, Some(who)) if c.first_name.is_none() => format!("Dear {who},"),
        (Voice::En, Some(who)) => format!("Hello {who},"),
        (Voice::En, None) => "Hello,".to_string(),
        (_, Some(who)) => format!("Bonjour {who},"),
        (_, None) => "Bonjour,".to_string(),
    }
}

/// Whom a first message to `c` about `objective` speaks to: a recruiter, or an investor (for
/// partners), by the words of the row (role, group, company, What), else by the category.
pub fn audience(c: &Contact, objective: Option<Objective>) -> Audience {
    let text = [
        c.role.as_deref(),
        c.group.as_deref(),
        c.company.as_deref(),
        c.what.as_deref(),
    ]
    .into_iter()
    .flatten()
    .map(fold)
    .collect::<Vec<_>>()
    .join(" ");
    let words: Vec<&str> = text.split(' ').collect();
    let has_word = |list: &[&str]| words.iter().any(|w| list.contains(w));
    let has_part = |list: &[&str]| list.iter().any(|p| text.contains(p));
    if has_part(&[
        "recrut",
        "recruit",
        "headhunt",
        "chasseur de tete",
        "chasseuse de tete",
    ]) || has_part(&["talent acquisition", "cabinet de recrutement", "staffing"])
    {
        return Audience::Recruiter;
    }
    let investor = has_part(&["invest", "business angel", "venture", "capital risque"])
        || has_word(&["vc", "fonds", "fund", "bpi", "angel", "angels"]);
    if investor && objective == Some(Objective::Partners) {
        return Audience::Investor;
    }
    match c.category {
        Some(Category::Colleague | Category::FriendFamily) => Audience::Peer,
        Some(Category::Expert | Category::Inspiring) => Audience::Expert,
        Some(Category::Influencer) => Audience::Influencer,
        Some(Category::Entrepreneur) => Audience::Entrepreneur,
        _ => Audience::Other,
    }
}

/// Words that open a What to say what to ask about ("infos sur", "advice on"): what follows
/// is the subject.
/// Words a noun phrase opens with: articles and possessives, French and English.
const ARTICLES: &[&str] = &[
    "le", "la", "les", "l", "un", "une", "des", "du", "son", "sa", "ses", "leur", "leurs", "ce",
    "cette", "the", "a", "an", "his", "her", "their", "its", "this",
];

/// Words that tie a noun to its complement inside a phrase.
const LINKS: &[&str] = &[
    "de", "du", "des", "d", "of", "for", "in", "chez", "au", "aux", "en", "sur", "on", "pour",
];

const LEAD_INS: &[&str] = &[
    "des infos sur",
    "infos sur",
    "info sur",
    "des conseils sur",
    "conseils sur",
    "conseil sur",
    "son avis sur",
    "avis sur",
    "son regard sur",
    "regard sur",
    "retours sur",
    "retour sur",
    "questions sur",
    "question sur",
    "parler de",
    "echanger sur",
    "en savoir plus sur",
    "comprendre",
    "info on",
    "infos on",
    "insights on",
    "insight into",
    "advice on",
    "questions about",
    "learn about",
    "her view on",
    "his view on",
    "their view on",
    "views on",
    "about",
    "sur",
];

/// Words that make a text a note about someone rather than a subject ("connaît tout le monde",
/// "peut me présenter", "she knows", "ex-manager").
const NOTE_WORDS: &[&str] = &[
    "je",
    "j",
    "me",
    "m",
    "moi",
    "mon",
    "ma",
    "mes",
    "il",
    "elle",
    "lui",
    "son",
    "sa",
    "ses",
    "leur",
    "peut",
    "pourrait",
    "connait",
    "est",
    "sait",
    "travaille",
    "cherche",
    "veut",
    "recrute",
    "i",
    "my",
    "he",
    "she",
    "him",
    "her",
    "his",
    "they",
    "them",
    "their",
    "can",
    "could",
    "knows",
    "is",
    "has",
    "works",
    "wants",
    "was",
    "ex",
    "ancien",
    "ancienne",
    "former",
    "tres",
    "very",
    "vu",
    "met",
    "rencontre",
];

/// Verbs that open an objective rather than a subject ("trouver un poste", "find a job").
const VERBS: &[&str] = &[
    "trouver",
    "chercher",
    "changer",
    "decouvrir",
    "rencontrer",
    "developper",
    "creer",
    "monter",
    "lever",
    "recruter",
    "vendre",
    "apprendre",
    "obtenir",
    "avoir",
    "faire",
    "find",
    "get",
    "change",
    "meet",
    "raise",
    "hire",
    "sell",
    "build",
    "grow",
    "start",
    "look",
    "looking",
    "recherche",
    "land",
    "make",
];

/// The What (or a request's note) as the subject of a message, when it reads as one: a short
/// noun phrase ("l'orga marketing Danone Lyon", "infos sur la cybersécurité" gives "la
/// cybersécurité"), first letter in lower case unless it starts a name. `None` for a note
/// about the person ("Connaît tout le monde chez Capgemini"), a list, a sentence, or an
/// objective ("trouver un poste").
pub fn as_subject(text: &str) -> Option<String> {
    let text = super::render::inline(text);
    let text = text.trim().trim_end_matches(['.', ' ']);
    let words: Vec<&str> = text.split_whitespace().collect();
    let folded: Vec<String> = words.iter().map(|w| fold(w)).collect();
    let mut skip = 0;
    for lead in LEAD_INS {
        let lead: Vec<&str> = lead.split(' ').collect();
        // A lead-in word may fold to two ("l'orga" to "l orga"): compare word by word.
        if folded.len() > lead.len() && folded.iter().zip(&lead).all(|(f, l)| f == l) {
            skip = lead.len();
            break;
        }
    }
    let rest = &words[skip..];
    let rest_folded = &folded[skip..];
    let phrase = rest.join(" ");
    let sentence = phrase.contains(['?', '!', ';', ',', '.', '(', ':', '"', '«'])
        || phrase.contains(" - ")
        || phrase.contains(" / ");
    let note = rest_folded
        .iter()
        .flat_map(|w| w.split(' '))
        .any(|w| NOTE_WORDS.contains(&w));
    // "trouver un poste", "find clients", "veille": an objective, not a subject.
    let objective = skip == 0
        && (rest_folded
            .first()
            .is_some_and(|w| VERBS.contains(&w.as_str()))
            || crate::model::Objective::lookup(&fold(&phrase)).is_some());
    // Without a lead-in ("infos sur", "advice on"), a subject opens as a noun phrase does,
    // with its article ("l'orga marketing Danone Lyon", "the data team"): a bare word or a
    // label ("contrôleuse de gestion", "alumni KPMG", "contrat", "catch up") is the user's
    // note, and stands beside the draft.
    let opens = rest_folded
        .first()
        .and_then(|w| w.split(' ').next())
        .is_some_and(|w| ARTICLES.contains(&w))
        // or a longer phrase tied by a complement ("droit du travail des startups").
        || (rest.len() >= 4
            && rest_folded[1..]
                .iter()
                .any(|w| LINKS.contains(&w.as_str())));
    if rest.is_empty() || rest.len() > 8 || sentence || note || objective || (skip == 0 && !opens) {
        return None;
    }
    let mut chars = phrase.chars();
    let first = chars.next()?;
    let second_lower = phrase.chars().nth(1).is_some_and(char::is_lowercase);
    Some(
        if first.is_uppercase() && second_lower && !looks_like_name(rest[0]) {
            first.to_lowercase().chain(chars).collect()
        } else {
            phrase.clone()
        },
    )
}

/// Whether a word that opens a subject is a name (kept capitalised): a first name, or a word
/// with a capital inside ("LinkedIn", "McKinsey").
fn looks_like_name(word: &str) -> bool {
    crate::vocab::names::is_first_name(word) || word.chars().skip(1).any(char::is_uppercase)
}

/// The French name of a weekday and month.
const JOURS: [&str; 7] = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];
const MOIS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// A day as a person writes it in a message: "mardi 8 décembre", "Tuesday 8 December"; with
/// `month` false, without the month ("mardi 8").
fn day(d: NaiveDate, lang: Lang, month: bool) -> String {
    match lang {
        Lang::Fr => {
            let n = if d.day() == 1 {
                "1er".to_string()
            } else {
                d.day().to_string()
            };
            let jour = JOURS[d.weekday().num_days_from_monday() as usize];
            if month {
                format!("{jour} {n} {}", MOIS[d.month0() as usize])
            } else {
                format!("{jour} {n}")
            }
        }
        Lang::En => {
            if month {
                d.format("%A %-d %B").to_string()
            } else {
                d.format("%A %-d").to_string()
            }
        }
    }
}

/// The days offered, as a choice: "mardi 8 ou jeudi 10 décembre", "Tuesday 8 or Thursday 10
/// December"; `None` without days.
pub fn days(offered: &[NaiveDate], lang: Lang) -> Option<String> {
    let (&last, rest) = offered.split_last()?;
    if rest.is_empty() {
        return Some(day(last, lang, true));
    }
    let same_month = rest.iter().all(|d| d.month() == last.month());
    let before: Vec<String> = rest.iter().map(|&d| day(d, lang, !same_month)).collect();
    let or = lang.pick(" ou ", " or ");
    Some(format!(
        "{}{or}{}",
        before.join(", "),
        day(last, lang, true)
    ))
}

/// When the user writes to someone introduced, from the day of this message: "dès cette
/// semaine", "la semaine prochaine", "d'ici le 14 décembre".
pub fn write_on(sent: NaiveDate, on: NaiveDate, lang: Lang) -> String {
    let week = |d: NaiveDate| {
        let w = d.iso_week();
        (w.year(), w.week())
    };
    let next = sent.checked_add_days(chrono::Days::new(7)).map(week);
    if week(on) <= week(sent) {
        lang.pick("dès cette semaine", "this week").to_string()
    } else if Some(week(on)) == next {
        lang.pick("la semaine prochaine", "next week").to_string()
    } else {
        match lang {
            Lang::Fr => {
                let n = match on.day() {
                    1 => "1er".to_string(),
                    n => n.to_string(),
                };
                format!("d'ici le {n} {}", MOIS[on.month0() as usize])
            }
            Lang::En => on.format("by %-d %B").to_string(),
        }
    }
}

/// When the meeting asked for would be: "dans les semaines qui viennent", or, for a proposal
/// sent ahead of the month its meeting is planned in, "en janvier" / "in January".
pub fn when(sent: Option<NaiveDate>, month: Option<NaiveDate>, lang: Lang) -> String {
    let later =
        month.filter(|m| sent.map_or(true, |s| (m.year(), m.month()) > (s.year(), s.month())));
    match (later, lang) {
        (Some(m), Lang::Fr) => format!("en {}", MOIS[m.month0() as usize]),
        (Some(m), Lang::En) => m.format("in %B").to_string(),
        (None, Lang::Fr) => "dans les semaines qui viennent".to_string(),
        (None, Lang::En) => "in the coming weeks".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_what_is_a_subject_when_it_reads_as_one() {
        let s = |t| as_subject(t);
        assert_eq!(
            s("infos sur l'orga marketing Danone Lyon").as_deref(),
            Some("l'orga marketing Danone Lyon")
        );
        assert_eq!(
            s("La cybersécurité des PME").as_deref(),
            Some("la cybersécurité des PME")
        );
        assert_eq!(
            s("Advice on pricing a SaaS").as_deref(),
            Some("pricing a SaaS")
        );
        assert_eq!(s("Connaît tout le monde chez Capgemini"), None);
        assert_eq!(s("Peut me présenter à son DRH"), None);
        assert_eq!(s("Ex-manager, très réseau"), None);
        assert_eq!(s("trouver un poste"), None);
        assert_eq!(s("Clients"), None);
        assert_eq!(
            s("Droit du travail des startups").as_deref(),
            Some("droit du travail des startups")
        );
        assert_eq!(s("She knows the Lyon market"), None);
        // A job title, a label or a bare word is the user's note, not a subject.
        assert_eq!(s("contrôleuse de gestion"), None);
        assert_eq!(s("alumni KPMG"), None);
        assert_eq!(s("contrat"), None);
        assert_eq!(s("catch up"), None);
    }

    #[test]
    fn days_read_as_a_choice() {
        let d = |m, n| NaiveDate::from_ymd_opt(2026, m, n).unwrap();
        assert_eq!(
            days(&[d(12, 8), d(12, 10)], Lang::Fr).as_deref(),
            Some("mardi 8 ou jeudi 10 décembre")
        );
        assert_eq!(
            days(&[d(12, 8), d(12, 10)], Lang::En).as_deref(),
            Some("Tuesday 8 or Thursday 10 December")
        );
        assert_eq!(
            days(&[d(11, 30), d(12, 1)], Lang::Fr).as_deref(),
            Some("lundi 30 novembre ou mardi 1er décembre")
        );
        assert_eq!(days(&[], Lang::Fr), None);
    }

    #[test]
    fn the_day_the_plan_writes_reads_from_the_day_of_the_message() {
        let d = |m, n| NaiveDate::from_ymd_opt(2026, m, n).unwrap();
        assert_eq!(write_on(d(12, 7), d(12, 9), Lang::Fr), "dès cette semaine");
        assert_eq!(write_on(d(12, 7), d(12, 14), Lang::En), "next week");
        assert_eq!(write_on(d(11, 30), d(12, 1), Lang::Fr), "dès cette semaine");
        assert_eq!(
            write_on(d(11, 2), d(12, 1), Lang::Fr),
            "d'ici le 1er décembre"
        );
        assert_eq!(write_on(d(11, 2), d(12, 1), Lang::En), "by 1 December");
    }
}
