//! The words of the template: the "Guide" sheet that walks through the method (map the network,
//! then What, How, When for each person, short term first, thank, keep informed, give back),
//! and the two example rows. Every code's word comes from `vocab`, so the guide names the same
//! values as the dropdowns.

use chrono::NaiveDate;
use rust_xlsxwriter::{Format, Worksheet, XlsxError};

use crate::model::Contact;
use crate::vocab::{Category, Field, Horizon, How, Lang, Objective, Status};

use super::GUIDE_SHEET;

fn t(lang: Lang, fr: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
}

/// «Label» in French, "Label" in English: how the guide names a column or a value.
fn q(lang: Lang, word: &str) -> String {
    match lang {
        Lang::Fr => format!("«\u{a0}{word}\u{a0}»"),
        Lang::En => format!("\"{word}\""),
    }
}

/// The input message of the objective column.
pub(super) fn several(lang: Lang) -> &'static str {
    t(
        lang,
        "Un ou plusieurs, séparés par des virgules : Emploi, Veille",
        "One or more, separated by commas: Job, Watch",
    )
}

/// A keep-in-touch cadence as the reader understands it: "3 mois", "3 months", else days.
pub(super) fn cadence(days: u32, lang: Lang) -> String {
    match (days % 30, days / 30) {
        (0, 1) => t(lang, "1 mois", "1 month").to_string(),
        (0, n) if n > 1 => format!("{n} {}", t(lang, "mois", "months")),
        _ => days.to_string(),
    }
}

fn list<T: Copy>(all: &[T], label: impl Fn(T) -> &'static str) -> String {
    all.iter().map(|&c| label(c)).collect::<Vec<_>>().join(", ")
}

/// The lines of the guide, in order; the first is the title, empty ones are spacing.
fn lines(lang: Lang) -> Vec<String> {
    let l = lang;
    let colon = t(l, " :", ":");
    let col = |f: Field| q(l, f.label(l));
    let cat = |c: Category| q(l, c.label(l));
    let st = |s: Status| q(l, s.label(l));
    let short = Horizon::Short.label(l).to_lowercase();
    let long = Horizon::Long.label(l).to_lowercase();
    let mut v: Vec<String> = vec![
        t(
            l,
            "Cartographier et faire vivre son réseau",
            "Map your network and keep it alive",
        )
        .into(),
        String::new(),
        format!(
            "{} {}",
            t(
                l,
                "1. Cartographier : une ligne par personne dans la feuille",
                "1. Map: one row per person in the sheet"
            ),
            q(l, super::CONTACTS_SHEET)
        ),
        format!(
            "{} {}{colon}",
            t(
                l,
                "Posez-vous ces questions, et notez la réponse dans la colonne",
                "Ask yourself these questions, and write the answer in the column"
            ),
            col(Field::Category)
        ),
    ];
    for (question, c) in [
        (
            t(
                l,
                "Qui excelle dans son domaine ?",
                "Who excels in their field?",
            ),
            Category::Expert,
        ),
        (
            t(l, "Avec qui ai-je travaillé ?", "Whom did I work with?"),
            Category::Colleague,
        ),
        (
            t(l, "Qui m'inspire ?", "Who inspires me?"),
            Category::Inspiring,
        ),
        (
            t(
                l,
                "Quels entrepreneurs est-ce que je connais ?",
                "Which entrepreneurs do I know?",
            ),
            Category::Entrepreneur,
        ),
        (
            t(
                l,
                "Quels influenceurs est-ce que je suis ?",
                "Which influencers do I follow?",
            ),
            Category::Influencer,
        ),
    ] {
        v.push(format!("   • {question} → {}", cat(c)));
        if c == Category::Entrepreneur {
            v.push(t(l, "      Ils connaissent des clients, des fournisseurs et bien d'autres personnes.",
                "      They know clients, suppliers and many other people.").into());
        }
    }
    v.extend([
        String::new(),
        t(l, "2. Pour chacun, planifiez :", "2. For each person, plan:").into(),
        format!(
            "   • {} {}{colon} {}.",
            t(l, "Quoi, colonne", "What, column"),
            col(Field::Objective),
            list(Objective::ALL, |o| o.label(l)),
        ),
        format!("      {}.", several(l)),
        format!(
            "   • {} {}{colon} {}.",
            t(l, "Comment, colonne", "How, column"),
            col(Field::How),
            list(How::ALL, |o| o.label(l))
        ),
        format!(
            "   • {} {}{colon} {}",
            t(l, "Quand, colonne", "When, column"),
            col(Field::Deadline),
            t(l, "une date limite (15/03/2027, mars 2027).", "a deadline (2027-03-15, March 2027).")
        ),
        String::new(),
        match l {
            Lang::Fr => format!("3. Priorisez, colonne {}{colon} contactez d'abord les contacts de {short} ; ceux de {long} viendront ensuite.", col(Field::Horizon)),
            Lang::En => format!("3. Prioritise, column {}{colon} contact the {short} ones first; the {long} ones come later.", col(Field::Horizon)),
        },
        String::new(),
        t(l, "4. Osez, puis faites vivre la relation :", "4. Dare, then keep the relationship alive:").into(),
        format!(
            "   • {} {} → {}).",
            t(l, "Remerciez toujours après une rencontre (statut", "Always thank after a meeting (status"),
            st(Status::Met),
            st(Status::Thanked)
        ),
        format!(
            "   • {} {}, {} {}{colon} {}).",
            t(l, "Tenez les gens informés de vos avancées (statut", "Keep people informed of your progress (status"),
            st(Status::KeepInTouch),
            t(l, "colonne", "column"),
            col(Field::Cadence),
            cadence(90, l)
        ),
        format!(
            "   • {} {}{colon} {}",
            t(l, "Donnez en retour, colonne", "Give back, column"),
            col(Field::GiveBack),
            t(l, "la relation est gagnant-gagnant.", "the relationship is win-win.")
        ),
        format!("   • {}", t(l, "Une rencontre est une étape vers d'autres rencontres, pas une fin.", "A meeting is a first step toward other meetings, not an end.")),
        String::new(),
        t(l, "5. Chaque lundi : reseau-xlsx process contacts.xlsx", "5. Every Monday: reseau-xlsx process contacts.xlsx").into(),
        t(l, "      Le classeur annoté dit qui contacter cette semaine, pour quoi et comment, et ce qui est en retard.",
          "      The annotated workbook tells whom to contact this week, about what and how, and what is overdue.").into(),
        t(l, "Rythme conseillé pour commencer : un café ou un déjeuner par mois, et s'y tenir.",
          "A pace to start with: one coffee or lunch a month, and stick to it.").into(),
        String::new(),
        format!("{} {} {}", t(l, "Les lignes d'exemple de la feuille", "The example rows of the sheet"), q(l, super::CONTACTS_SHEET), t(l, "peuvent être supprimées.", "can be deleted.")),
    ]);
    v
}

/// Fills the guide sheet: one paragraph per row in column A, so no row looks like a header.
pub(super) fn sheet(ws: &mut Worksheet, lang: Lang) -> Result<(), XlsxError> {
    ws.set_name(GUIDE_SHEET)?;
    ws.set_column_width(0, 120)?;
    let title = Format::new().set_bold().set_font_size(14);
    let wrap = Format::new().set_text_wrap();
    for (i, text) in lines(lang).into_iter().enumerate() {
        if !text.is_empty() {
            let format = if i == 0 { &title } else { &wrap };
            ws.write_string_with_format(i as u32, 0, &text, format)?;
        }
    }
    Ok(())
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// The two example rows of an empty template: one short-term colleague, one entrepreneur.
pub(super) fn examples(lang: Lang) -> Vec<Contact> {
    let l = lang;
    vec![
        Contact {
            row: 2,
            name: t(l, "Claire Martin (exemple)", "Claire Martin (example)").into(),
            company: Some("Acme".into()),
            role: Some(t(l, "Directrice des ressources humaines", "HR director").into()),
            email: Some("claire.martin@example.com".into()),
            linkedin: Some("https://www.linkedin.com/in/example-claire-martin".into()),
            category: Some(Category::Colleague),
            objectives: vec![Objective::Job],
            horizon: Some(Horizon::Short),
            how: Some(How::Coffee),
            deadline: date(2027, 1, 29),
            status: Status::ToContact,
            give_back: Some(
                t(
                    l,
                    "Partager mon étude du marché de l'emploi",
                    "Share my study of the job market",
                )
                .into(),
            ),
            notes: Some(
                t(
                    l,
                    "Travaillé ensemble chez Acme (2019-2022)",
                    "Worked together at Acme (2019-2022)",
                )
                .into(),
            ),
            ..Contact::default()
        },
        Contact {
            row: 3,
            name: t(l, "Marc Dubois (exemple)", "Marc Dubois (example)").into(),
            company: Some("Studio Dubois".into()),
            role: Some(t(l, "Fondateur", "Founder").into()),
            email: Some("marc.dubois@example.com".into()),
            category: Some(Category::Entrepreneur),
            objectives: vec![Objective::Business, Objective::Partners],
            horizon: Some(Horizon::Medium),
            how: Some(How::Lunch),
            status: Status::Contacted,
            last_contact: date(2026, 11, 10),
            cadence_days: Some(90),
            give_back: Some(
                t(
                    l,
                    "Lui présenter un client potentiel",
                    "Introduce him to a potential client",
                )
                .into(),
            ),
            notes: Some(t(l, "Rencontré à un afterwork", "Met at an afterwork").into()),
            ..Contact::default()
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cadence_is_written_in_words_the_reader_knows() {
        assert_eq!(cadence(90, Lang::Fr), "3 mois");
        assert_eq!(cadence(30, Lang::En), "1 month");
        assert_eq!(cadence(45, Lang::En), "45");
    }
}
