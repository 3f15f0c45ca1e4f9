//! The dashboard's own fixed words, in French and English. Vocabulary codes (flags, actions,
//! objectives...) are not here: their labels live in `vocab`, in one place.

use crate::model::Lang;

/// A fixed word or sentence of the dashboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Word {
    Title,
    AsOf,
    Contacts,
    Active,
    Overdue,
    DueSoon,
    AtRisk,
    Planned,
    Backlog,
    Problems,
    ThisWeek,
    NothingThisWeek,
    OverdueBefore,
    Date,
    Contact,
    Company,
    Action,
    How,
    Objective,
    Flag,
    DaysLate,
    ByFlag,
    ByTier,
    ByObjective,
    NoObjective,
    ObjectiveNote,
    WeekOf,
    Meetings,
    Messages,
    ChartWeeks,
    ChartObjectives,
    DoorsOpened,
    IntroducedBy,
    MetOn,
    DoorsNone,
    GiveBackTitle,
    Gave,
    Got,
    GiveBackIdea,
    GiveBackNone,
    Routine,
    Month,
    Held,
    Target,
    Sent,
    ChartRoutine,
    NewContacts,
    NewContactsNote,
    ByGroup,
    Group,
    NextPlanned,
}

impl Word {
    /// The text of this word in `lang`.
    pub(super) fn text(self, lang: Lang) -> &'static str {
        use Word::*;
        let (fr, en) = match self {
            Title => crate::vocab::labels::DASHBOARD_TITLE,
            AsOf => ("Au", "As of"),
            Contacts => ("Contacts", "Contacts"),
            Active => ("Actifs", "Active"),
            Overdue => ("En retard", "Overdue"),
            DueSoon => ("Bientôt", "Due soon"),
            AtRisk => ("À risque", "At risk"),
            Planned => ("Planifiées", "Planned"),
            // The backlog sheet's own name: the count says which sheet lists them.
            Backlog => ("Reste à planifier", "Backlog"),
            Problems => ("Problèmes", "Problems"),
            ThisWeek => ("Actions de la semaine", "This week's actions"),
            NothingThisWeek => ("Rien de prévu cette semaine.", "Nothing planned this week."),
            OverdueBefore => (
                "En retard d'avant cette semaine",
                "Overdue from before this week",
            ),
            Date => ("Date", "Date"),
            Contact => ("Contact", "Contact"),
            Company => ("Entreprise", "Company"),
            Action => ("Action", "Action"),
            How => ("Comment", "How"),
            Objective => ("Objectif", "Objective"),
            Flag => ("Alerte", "Flag"),
            DaysLate => ("Jours de retard", "Days late"),
            ByFlag => ("Par alerte", "By flag"),
            ByTier => ("Par niveau", "By tier"),
            ByObjective => ("Par objectif", "By objective"),
            NoObjective => ("(sans objectif)", "(no objective)"),
            ObjectiveNote => (
                "Un contact compte dans chacun de ses objectifs.",
                "A contact counts in each of its objectives.",
            ),
            WeekOf => ("Semaine du", "Week of"),
            Meetings => ("Rencontres", "Meetings"),
            Messages => ("Messages", "Messages"),
            ChartWeeks => ("Actions prévues par semaine", "Planned actions per week"),
            ChartObjectives => ("Contacts par objectif", "Contacts by objective"),
            DoorsOpened => ("Portes ouvertes", "Doors opened"),
            IntroducedBy => ("Présenté par", "Introduced by"),
            MetOn => ("Rencontré le", "Met on"),
            DoorsNone => (
                "Aucune mise en relation notée : après chaque rencontre, demandez un ou deux noms.",
                "No introduction noted yet: after each meeting, ask for a name or two.",
            ),
            GiveBackTitle => ("À qui rendre la pareille", "Whom to give back to"),
            Gave => ("Reçu de lui", "Gave you"),
            Got => ("Rendu", "Got back"),
            GiveBackIdea => ("Ce que je peux apporter", "What I can bring them"),
            GiveBackNone => (
                "Personne ne vous a donné deux fois sans retour.",
                "Nobody gave you twice without anything in return.",
            ),
            Routine => ("Ma routine réseau", "My networking routine"),
            Month => ("Mois", "Month"),
            Held => ("Tenues", "Held"),
            Target => ("Objectif", "Target"),
            Sent => ("Envoyés", "Sent"),
            ChartRoutine => ("Rencontres tenues par mois", "Meetings held per month"),
            NewContacts => ("Nouveaux contacts", "New contacts"),
            ByGroup => ("Par groupe", "By group"),
            Group => ("Groupe", "Group"),
            NextPlanned => ("Prochaine action", "Next action"),
            NewContactsNote => (
                "Présentés par vos contacts, absents de la feuille : ces lignes suivent les \
                 colonnes de votre tableau, copiez-les sous vos contacts.",
                "Introduced by your contacts, not on the sheet: these rows follow your table's \
                 columns, copy them under your contacts.",
            ),
        };
        lang.pick(fr, en)
    }
}

/// The number format of a date in `lang` (the workbook's one format, see `Lang::date_format`).
pub(super) fn date_format(lang: Lang) -> &'static str {
    lang.date_format()
}

/// The short date format used for week starts (the year is in the title).
pub(super) fn week_format(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "dd/mm",
        Lang::En => "[$-409]d mmm",
    }
}
