//! The words of the template: the "Guide" sheet that walks through the method (map the network,
//! then What, How, When for each person, short term first, thank, keep informed, give back),
//! and the two example rows. Every code's word comes from `vocab`, so the guide names the same
//! values as the dropdowns.

use chrono::NaiveDate;
use rust_xlsxwriter::{Format, Worksheet, XlsxError};

use crate::model::Contact;
use crate::vocab::{Category, Field, Horizon, How, Lang, Objective, Status};

use super::GUIDE_SHEET;

/// «Label» in French, "Label" in English: how the guide names a column or a value.
fn q(lang: Lang, word: &str) -> String {
    match lang {
        Lang::Fr => format!("«\u{a0}{word}\u{a0}»"),
        Lang::En => format!("\"{word}\""),
    }
}

/// The input message of the objective column.
pub(super) fn several(lang: Lang) -> &'static str {
    lang.pick(
        "Un ou plusieurs, séparés par des virgules : Emploi, Veille",
        "One or more, separated by commas: Job, Watch",
    )
}

/// A keep-in-touch cadence as the reader understands it: "3 mois", "3 months", else days.
pub(super) fn cadence(days: u32, lang: Lang) -> String {
    match (days % 30, days / 30) {
        (0, 1) => lang.pick("1 mois", "1 month").to_string(),
        (0, n) if n > 1 => format!("{n} {}", lang.pick("mois", "months")),
        _ => days.to_string(),
    }
}

fn list<T: Copy>(all: &[T], label: impl Fn(T) -> &'static str) -> String {
    all.iter().map(|&c| label(c)).collect::<Vec<_>>().join(", ")
}

/// The lines of the guide, in order; the first is the title, empty ones are spacing.
fn lines(lang: Lang) -> Vec<String> {
    let l = lang;
    let colon = l.pick(" :", ":");
    let col = |f: Field| q(l, f.label(l));
    let cat = |c: Category| q(l, c.label(l));
    let st = |s: Status| q(l, s.label(l));
    let short = Horizon::Short.label(l).to_lowercase();
    let long = Horizon::Long.label(l).to_lowercase();
    let mut v: Vec<String> = vec![
        l.pick(
            "Cartographier et faire vivre son réseau",
            "Map your network and keep it alive",
        )
        .into(),
        String::new(),
        format!(
            "{} {}",
            l.pick(
                "1. Cartographier : une ligne par personne dans la feuille",
                "1. Map: one row per person in the sheet"
            ),
            q(l, super::CONTACTS_SHEET)
        ),
        format!(
            "{} {}{colon}",
            l.pick(
                "Posez-vous ces questions, et notez la réponse dans la colonne",
                "Ask yourself these questions, and write the answer in the column"
            ),
            col(Field::Category)
        ),
    ];
    for (question, c) in [
        (
            l.pick(
                "Qui excelle dans son domaine ?",
                "Who excels in their field?",
            ),
            Category::Expert,
        ),
        (
            l.pick("Avec qui ai-je travaillé ?", "Whom did I work with?"),
            Category::Colleague,
        ),
        (
            l.pick("Qui m'inspire ?", "Who inspires me?"),
            Category::Inspiring,
        ),
        (
            l.pick(
                "Quels entrepreneurs est-ce que je connais ?",
                "Which entrepreneurs do I know?",
            ),
            Category::Entrepreneur,
        ),
        (
            l.pick(
                "Quels influenceurs est-ce que je suis ?",
                "Which influencers do I follow?",
            ),
            Category::Influencer,
        ),
    ] {
        v.push(format!("   • {question} → {}", cat(c)));
        if c == Category::Entrepreneur {
            v.push(l.pick("      Ils connaissent des clients, des fournisseurs et bien d'autres personnes.",
                "      They know clients, suppliers and many other people.").into());
        }
    }
    v.extend([
        String::new(),
        l.pick("2. Pour chacun, planifiez :", "2. For each person, plan:").into(),
        format!(
            "   • {} {}{colon} {}.",
            l.pick("Quoi, colonne", "What, column"),
            col(Field::Objective),
            list(Objective::ALL, |o| o.label(l)),
        ),
        format!("      {}.", several(l)),
        format!(
            "   • {} {}{colon} {}.",
            l.pick("Comment, colonne", "How, column"),
            col(Field::How),
            list(How::ALL, |o| o.label(l))
        ),
        format!(
            "   • {} {}{colon} {}",
            l.pick("Quand, colonne", "When, column"),
            col(Field::Deadline),
            l.pick("une date limite (15/03/2027, mars 2027).", "a deadline (2027-03-15, March 2027).")
        ),
        String::new(),
        match l {
            Lang::Fr => format!("3. Priorisez, colonne {}{colon} contactez d'abord les contacts de {short} ; ceux de {long} viendront ensuite.", col(Field::Horizon)),
            Lang::En => format!("3. Prioritise, column {}{colon} contact the {short} ones first; the {long} ones come later.", col(Field::Horizon)),
        },
        String::new(),
        l.pick("4. Osez, puis faites vivre la relation :", "4. Dare, then keep the relationship alive:").into(),
        format!(
            "   • {} {} → {}).",
            l.pick("Remerciez toujours après une rencontre (statut", "Always thank after a meeting (status"),
            st(Status::Met),
            st(Status::Thanked)
        ),
        format!(
            "   • {} {}, {} {}{colon} {}).",
            l.pick("Tenez les gens informés de vos avancées (statut", "Keep people informed of your progress (status"),
            st(Status::KeepInTouch),
            l.pick("colonne", "column"),
            col(Field::Cadence),
            cadence(90, l)
        ),
        format!(
            "   • {} {}{colon} {}",
            l.pick("Donnez en retour, colonne", "Give back, column"),
            col(Field::GiveBack),
            l.pick("la relation est gagnant-gagnant.", "the relationship is win-win.")
        ),
        format!("   • {}", l.pick("Une rencontre est une étape vers d'autres rencontres, pas une fin.", "A meeting is a first step toward other meetings, not an end.")),
        format!(
            "   • {} {}{colon} {}",
            l.pick("Demandez un ou deux noms, et notez qui vous a présenté, colonne", "Ask for a name or two, and note who introduced you, column"),
            col(Field::IntroducedBy),
            l.pick("la personne sera remerciée et tenue au courant.", "they will be thanked and told how it went.")
        ),
        String::new(),
        l.pick("5. La routine de chaque semaine, en trois temps :", "5. The weekly routine, in three steps:").into(),
        format!("   1) {} {}{colon} {}",
            l.pick("Notez ce que vous avez fait, une ligne par échange, dans la feuille", "Log what you did, one row per exchange, in the sheet"),
            q(l, super::journal::JOURNAL_SHEET),
            l.pick("date, contact, quoi (café, e-mail, remerciement...), note. Ne touchez pas à la ligne du contact : le journal la fait avancer.",
                "date, contact, what (coffee, email, thank-you...), note. Leave the contact's row as it is: the journal moves it forward.")),
        format!("   2) {}", l.pick("Lancez l'outil : reseau-xlsx process contacts.xlsx", "Run the tool: reseau-xlsx process contacts.xlsx")),
        format!("   3) {}", l.pick("Lisez le tableau de bord : qui contacter cette semaine, pour quoi et comment, et ce qui est en retard.",
          "Read the dashboard: whom to contact this week, about what and how, and what is overdue.")),
        l.pick("Rythme conseillé pour commencer : un café ou un déjeuner par mois, et s'y tenir.",
          "A pace to start with: one coffee or lunch a month, and stick to it.").into(),
        String::new(),
        format!("{} {} {}", l.pick("Les lignes d'exemple de la feuille", "The example rows of the sheet"), q(l, super::CONTACTS_SHEET), l.pick("peuvent être supprimées.", "can be deleted.")),
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
pub(super) fn examples(lang: Lang) -> Vec<Contact<'static>> {
    let l = lang;
    vec![
        Contact {
            row: 2,
            name: l
                .pick("Claire Martin (exemple)", "Claire Martin (example)")
                .into(),
            company: Some("Acme".into()),
            role: Some(
                l.pick("Directrice des ressources humaines", "HR director")
                    .into(),
            ),
            email: Some("claire.martin@example.com".into()),
            linkedin: Some("https://www.linkedin.com/in/example-claire-martin".into()),
            category: Some(Category::Colleague),
            objectives: vec![Objective::Job].into(),
            horizon: Some(Horizon::Short),
            how: Some(How::Coffee),
            deadline: date(2027, 1, 29),
            status: Status::ToContact,
            give_back: Some(
                l.pick(
                    "Partager mon étude du marché de l'emploi",
                    "Share my study of the job market",
                )
                .into(),
            ),
            notes: Some(
                l.pick(
                    "Travaillé ensemble chez Acme (2019-2022)",
                    "Worked together at Acme (2019-2022)",
                )
                .into(),
            ),
            ..Contact::default()
        },
        Contact {
            row: 3,
            name: l
                .pick("Marc Dubois (exemple)", "Marc Dubois (example)")
                .into(),
            company: Some("Studio Dubois".into()),
            role: Some(l.pick("Fondateur", "Founder").into()),
            email: Some("marc.dubois@example.com".into()),
            category: Some(Category::Entrepreneur),
            objectives: vec![Objective::Business, Objective::Partners].into(),
            horizon: Some(Horizon::Medium),
            how: Some(How::Lunch),
            status: Status::Contacted,
            last_contact: date(2026, 11, 10),
            cadence_days: Some(90),
            give_back: Some(
                l.pick(
                    "Lui présenter un client potentiel",
                    "Introduce him to a potential client",
                )
                .into(),
            ),
            notes: Some(
                l.pick("Rencontré à un afterwork", "Met at an afterwork")
                    .into(),
            ),
            ..Contact::default()
        },
    ]
}

#[cfg(test)]
mod tests;
