//! The journal's words: the columns of a journal table, and what an entry says happened (its
//! kind), French and English side by side with their synonyms. Built with the same table
//! macro as the contact vocabulary, so matching ignores case, accents and punctuation.

use std::collections::HashMap;

use super::{fold, index, Lang};

vocabulary! {
    /// A column of the journal table, recognised from its header.
    JournalField {
        Date => "date", fr "Date", en "Date",
            ["jour", "day", "date de l echange", "date echange", "quand", "when"];
        Contact => "contact", fr "Contact", en "Contact",
            ["nom", "name", "avec", "with", "qui", "who", "personne", "person", "nom du contact",
             "contact name", "full name", "nom complet", "avec qui", "with whom", "who with",
             "qui ai je vu", "personne vue", "personne rencontree", "contact vu", "vu qui",
             "interlocuteur", "interlocutrice"];
        Kind => "kind", fr "Quoi", en "What",
            ["type", "echange", "type d echange", "activity", "activite", "action", "kind",
             "exchange", "interaction", "nature", "canal", "how"];
        Note => "note", fr "Note", en "Note",
            ["notes", "commentaire", "commentaires", "remarque", "remarques", "comment",
             "comments", "details", "resume", "summary", "sujet", "subject",
             "ce qu on s est dit", "ce qu on a dit", "what we discussed", "what we said",
             "discussion", "compte rendu", "notes de l echange", "takeaways"];
        IntroducedTo => "introduced_to", fr "Présenté(e) à", en "Introduced to",
            ["presente a", "presentee a", "presente e a", "intro", "introduction",
             "mise en relation", "mis en relation avec", "recommande", "introduced",
             "intro to", "referred to"];
        Email => "email", fr "E-mail", en "Email",
            ["courriel", "mail", "adresse e mail", "email address", "e mail address"];
    }
}

vocabulary! {
    /// What a journal entry says happened with the contact.
    ExchangeKind {
        Meeting => "meeting", fr "Rencontre", en "Meeting",
            ["cafe", "un cafe", "coffee", "dejeuner", "dej", "lunch", "diner", "dinner",
             "petit dejeuner", "breakfast", "verre", "un verre", "drink", "visio",
             "visioconference", "video", "video call", "teams", "zoom", "rendez vous", "rdv",
             "entretien", "evenement", "event", "afterwork", "salon", "conference", "meetup",
             "rencontre", "reunion", "meeting held", "met", "vu", "vue", "rencontre faite",
             "appel", "call", "phone call", "telephone", "coup de fil", "appel telephonique",
             "echange telephonique", "entretien telephonique", "phone", "tel", "call held",
             "appel fait", "m a rappele", "m a rappelee", "il m a rappele", "elle m a rappele",
             "a rappele", "rappele", "rappelee", "call back", "called back", "called me back",
             "returned my call", "they called", "il m a appele", "elle m a appele",
             "m a appele", "m a appelee", "appel recu", "call received", "video call held"];
        Message => "message", fr "Message", en "Message",
            ["message envoye", "e mail", "email", "mail", "courriel", "relance", "follow up",
             "followup", "linkedin", "message linkedin", "inmail", "sms", "texto", "whatsapp",
             "sent", "envoye", "message sent", "email sent", "message laisse",
             "laisse un message", "message vocal", "messagerie", "repondeur", "voicemail",
             "left a message", "left message", "left voicemail", "left a voicemail",
             "appel manque", "missed call", "appel sans reponse", "call no answer"];
        Reply => "reply", fr "Réponse reçue", en "Reply received",
            ["reponse", "reponse recue", "a repondu", "repondu", "reply", "replied",
             "answer", "answered", "response", "il a repondu", "elle a repondu"];
        Decline => "decline", fr "Pas disponible", en "Not now",
            ["pas disponible", "pas dispo", "indisponible", "not now", "not available",
             "unavailable", "pas maintenant", "pas le moment", "pas interesse",
             "pas interessee", "not interested", "non merci", "no thanks", "refus", "a refuse",
             "refuse", "declined", "decline", "reponse negative", "negative reply",
             "said no", "a dit non", "pas pour le moment", "maybe later", "plus tard"];
        Thanks => "thanks", fr "Remerciement", en "Thank-you",
            ["merci", "remercie", "remerciee", "remerciements", "thanks", "thank you",
             "thank you sent", "merci envoye", "thanked"];
        News => "news", fr "Nouvelles données", en "News given",
            ["nouvelles", "news", "donne des nouvelles", "des nouvelles", "point d etape",
             "update", "progress update", "tenu informe", "kept informed", "keep in touch",
             "newsletter", "suivi"];
        Request => "request", fr "Demande reçue", en "Request received",
            ["demande", "demande recue", "request", "asked", "il m a demande",
             "elle m a demande", "sollicitation", "service demande"];
        Help => "help", fr "Aide donnée", en "Help given",
            ["aide", "aide apportee", "coup de main", "service rendu", "help", "helped",
             "request answered", "demande traitee", "reponse a sa demande", "rendu service",
             "give back", "donne"];
        Introduction => "introduction", fr "Mise en relation", en "Introduction",
            ["presentation", "intro", "introduced", "introduced me", "m a presente",
             "m a presentee", "mis en relation", "mise en relation", "recommandation",
             "referral", "referred me", "contact donne"];
    }
}

/// Words that, in the note of a reply, say it declines: the reply turns to news later.
pub const DECLINE_WORDS: &[&str] = &[
    "pas disponible",
    "pas dispo",
    "indisponible",
    "not now",
    "not available",
    "unavailable",
    "pas maintenant",
    "pas le moment",
    "pas pour le moment",
    "pas interesse",
    "pas interessee",
    "not interested",
    "non merci",
    "no thanks",
    "declined",
    "declines",
    "a refuse",
    "a decline",
    "maybe later",
    "no time",
    "pas le temps",
    // A polite no that keeps the door open ("pas de poste pour l'instant, il me garde en
    // tête"): news later, not a day to fix.
    "pas pour l instant",
    "pas pour l heure",
    "pas de poste",
    "aucun poste",
    "pas d ouverture",
    "pas de besoin",
    "pas de budget",
    "a garder en tete",
    "me garde en tete",
    "not right now",
    "not at the moment",
    "no opening",
    "no openings",
    "no position",
    "no role",
    "no budget",
    "keep me in mind",
    // Not now: "pas de mission pour l'instant, me recontacte en janvier", "rien pour le
    // moment". (A bare "come back to me" may be a yes with a day to fix: not here.)
    "rien pour le moment",
    "rien pour l instant",
    "pas de mission",
    "pas de missions",
    "pas de recrutement",
    "no mission",
    "no vacancy",
    "no vacancies",
    "nothing for now",
    "nothing at the moment",
];

/// Sheet names that say a sheet is a journal (folded). They help, but a journal is found by its
/// headers; a sheet so named whose headers lack a date or a contact column is reported.
pub const JOURNAL_SHEET_NAMES: &[&str] = &[
    "journal",
    "echanges",
    "echange",
    "historique",
    "suivi",
    "log",
    "interactions",
    "contact log",
    "journal des echanges",
    "exchanges",
    "history",
    "activity",
    "activites",
];

impl ExchangeKind {
    /// Whether this kind is a meeting held, which counts in the month's meetings.
    pub fn is_meeting(self) -> bool {
        self == ExchangeKind::Meeting
    }
}

#[cfg(test)]
mod tests;
