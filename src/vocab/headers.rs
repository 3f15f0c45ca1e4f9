//! Headers recognised by the words they are made of, when they are not a whole synonym of a
//! field: `Next Follow-up` is a due date (a "next" word and a follow-up word), `last_seen` a
//! last contact, `Contact Person` a name, `email_work` an e-mail. Headers are cut into words
//! (snake_case and camelCase split, then folded) and matched against rules, each a row of
//! [`RULES`]: the word classes it needs, and the words that rule it out.
//!
//! Some headers say too little alone ("Contact", "Date", "Type", "Source", "State"): they are
//! [`AMBIGUOUS`], and `locate` decides them by their values. This module looks at no value.

use crate::vocab::{fold, Field};

/// Date words: the column holds a day.
#[rustfmt::skip]
const DATE: &[&str] = &[
    "date", "day", "jour", "when", "quand", "dt", "on", "le", "avant", "due",
];
/// Words of what comes next.
#[rustfmt::skip]
const NEXT: &[&str] = &[
    "next", "prochain", "prochaine", "upcoming", "due", "planned", "prevu", "prevue", "future",
];
/// Words of following up.
#[rustfmt::skip]
const FOLLOW: &[&str] = &[
    "follow", "followup", "relance", "relancer", "suivi", "rappel", "reminder", "recontacter",
    "recontact", "nudge", "check", "checkin", "catchup",
];
/// Words of reaching someone, before a "by" ("Reach out by", "Follow up by").
#[rustfmt::skip]
const REACH: &[&str] = &[
    "reach", "contact", "relancer", "recontacter", "follow", "rappeler", "ping", "contacter",
];
/// Words of the last time.
#[rustfmt::skip]
const LAST: &[&str] = &[
    "last", "latest", "dernier", "derniere", "recent", "previous", "precedent", "precedente",
];
/// Words of an exchange, after a "last" word.
#[rustfmt::skip]
const TOUCH: &[&str] = &[
    "contact", "contacted", "contacts", "activity", "activite", "seen", "vu", "touch",
    "touched", "touchpoint", "engagement", "engaged", "interaction", "exchange", "echange",
    "outreach", "follow", "followup", "relance", "reached", "spoke", "talked", "message",
    "email", "mail", "call", "appel", "conversation", "reply", "response", "reponse", "news",
    "nouvelles", "ping", "check", "checkin", "catchup",
];
/// Words of a message sent or an application made, beside a date word.
#[rustfmt::skip]
const SENT: &[&str] = &[
    "outreach", "sent", "envoi", "envoye", "envoyee", "applied", "application", "candidature",
    "postule", "contacted", "reached", "contact", "invitation", "request", "demande",
    "connected", "connection", "connexion",
];
/// Words of a connection made on a network, not an exchange.
#[rustfmt::skip]
const CONNECTION: &[&str] = &["connected", "connection", "connexion", "connecte", "connectes"];
/// Words of a meeting.
#[rustfmt::skip]
const MEETING: &[&str] = &[
    "meeting", "coffee", "chat", "rdv", "rendez", "rencontre", "interview", "entretien",
    "appointment", "cafe", "dejeuner", "lunch", "met", "meet", "visio", "call", "appel",
];
/// Words of a person.
#[rustfmt::skip]
const PERSON: &[&str] = &[
    "person", "personne", "name", "nom", "recruteur", "recruiter", "recruteuse",
    "interlocuteur", "interlocutrice", "who", "qui", "fullname",
];
#[rustfmt::skip]
const CONTACT: &[&str] = &[
    "contact", "contacts",
];
#[rustfmt::skip]
const EMAIL: &[&str] = &[
    "email", "mail", "courriel", "messagerie", "emails", "mails", "mel",
];
#[rustfmt::skip]
const PHONE: &[&str] = &[
    "phone", "tel", "telephone", "mobile", "portable", "cell", "cellphone", "gsm", "phones",
    "whatsapp", "telephones",
];
#[rustfmt::skip]
const URL: &[&str] = &[
    "url", "link", "lien", "linkedin", "profile", "profil", "website", "web", "site", "page",
    "homepage", "links",
];
#[rustfmt::skip]
const STATUS: &[&str] = &[
    "status", "statut", "stage", "etat", "etape", "pipeline", "avancement", "phase", "progress",
    "progression", "outcome", "result", "resultat",
];
#[rustfmt::skip]
const REFERRER: &[&str] = &[
    "referred", "referral", "referrer", "recommande", "recommandee", "recommandation",
    "presente", "presentee", "introduit", "introduite", "introduced", "introduction", "intro",
    "via", "mutual", "commun", "commune", "parrain", "marraine", "referent", "introducer",
];
#[rustfmt::skip]
const COMPANY: &[&str] = &[
    "company", "entreprise", "societe", "organization", "organisation", "employer", "employeur",
    "firm", "structure", "etablissement", "account", "compte", "organisme", "org", "cabinet",
    "employeurs", "companies", "boite", "boites", "entreprises", "societes", "employer",
    "work", "works", "travaille", "bosse",
];
#[rustfmt::skip]
const ROLE: &[&str] = &[
    "title", "titre", "role", "poste", "position", "fonction", "job", "metier", "occupation",
    "intitule", "jobtitle", "profession",
];
#[rustfmt::skip]
const CATEGORY: &[&str] = &[
    "category", "categorie", "categories", "relationship", "relation", "tag", "tags", "label",
    "labels", "group", "groupe", "groups", "groupes", "source", "origin", "origine", "found",
    "cercle", "segment", "type", "met", "meet", "through", "where", "via", "connu", "connue",
    "libelle", "libelles", "etiquette", "etiquettes",
    "ou", "rencontre", "rencontree", "connais", "connait", "know", "knew",
];
/// Words of where one stands with someone: "Où j'en suis", "Où en est-on", "Where I stand".
#[rustfmt::skip]
const STANDING: &[&str] = &["suis", "sommes", "est", "stand", "standing", "things"];
#[rustfmt::skip]
const NOTES: &[&str] = &[
    "notes", "note", "comment", "comments", "commentaire", "commentaires", "remarks",
    "remarques", "remarque", "memo", "observations",
];
#[rustfmt::skip]
const OBJECTIVE: &[&str] = &[
    "objective", "objectives", "objectif", "objectifs", "goal", "goals", "purpose", "interest",
    "interests",
];
#[rustfmt::skip]
const HOW: &[&str] = &[
    "channel", "canal", "how", "moyen", "method", "methode", "medium", "platform", "plateforme",
    "platforms", "plateformes",
];
#[rustfmt::skip]
const PRIORITY: &[&str] = &[
    "priority", "priorite", "prio", "importance", "temperature", "strength", "force", "warmth",
    "chaleur",
];
#[rustfmt::skip]
const CADENCE: &[&str] = &[
    "frequency", "frequence", "cadence", "rythme", "periodicite",
];
#[rustfmt::skip]
const FIRST: &[&str] = &[
    "first", "given", "prenom", "firstname", "givenname",
];
#[rustfmt::skip]
const FAMILY: &[&str] = &[
    "last", "family", "surname", "lastname", "familyname", "famille",
];
#[rustfmt::skip]
const NAME: &[&str] = &[
    "name", "nom",
];

/// Words that say a column describes another one (the type of an e-mail, the label of a
/// phone number), not the value itself.
#[rustfmt::skip]
const ABOUT: &[&str] = &[
    "type", "label", "kind", "display", "format", "subtype", "status", "statut", "opt",
    "optout", "bounce", "bounced", "opened", "domain", "count", "nombre",
];
/// Name parts that are not the name people are called by.
#[rustfmt::skip]
const NOT_NAME: &[&str] = &[
    "middle", "nick", "nickname", "phonetic", "prefix", "suffix", "file", "user", "username",
    "maiden", "short", "yomi", "deuxieme", "second", "event", "school", "ecole", "project",
    "projet", "product", "produit", "deal", "campaign", "campagne", "list", "liste", "sheet",
    "display", "title", "titre", "manager", "assistant", "assistante", "responsable", "spouse",
    "conjoint", "conjointe", "children", "enfants", "owner", "proprietaire", "utilisateur",
    "author", "auteur", "created", "modified", "s", "id", "deal", "deals", "activities",
    "activity", "count", "won", "lost", "closed", "open", "number", "numero", "label", "labels",
    "tag", "tags", "type",
];
/// Postal-address words: Outlook's "Business State" is a state of an address, not a status.
#[rustfmt::skip]
const ADDRESS: &[&str] = &[
    "street", "rue", "city", "ville", "postal", "zip", "country", "pays", "province", "region",
    "business", "home", "other", "bureau", "domicile", "autre", "marital", "civil",
];
/// A link to something other than the person: a job posting, a company page, a picture.
#[rustfmt::skip]
const NOT_PROFILE: &[&str] = &[
    "job", "posting", "offer", "offre", "annonce", "company", "entreprise", "societe", "photo",
    "image", "picture", "avatar", "logo",
];
#[rustfmt::skip]
const CREATED: &[&str] = &[
    "added", "created", "creation", "ajout", "ajoute", "birthday", "naissance", "anniversaire",
    "modified", "updated", "modification",
];

/// Words beside a referral word that make it a source, not a person: "Applied via".
#[rustfmt::skip]
const NOT_REFERRER: &[&str] = &["applied", "application", "candidature", "found", "how", "source"];
/// Parts of an organisation that are not its name.
#[rustfmt::skip]
const NOT_COMPANY: &[&str] = &["department", "service", "size", "taille", "industry", "secteur", "id"];

/// A header rule: every group of `all` has one of its words in the header, and no word of
/// `none` is there.
struct Rule {
    field: Field,
    all: &'static [&'static [&'static str]],
    none: &'static [&'static [&'static str]],
}

const fn rule(
    field: Field,
    all: &'static [&'static [&'static str]],
    none: &'static [&'static [&'static str]],
) -> Rule {
    Rule { field, all, none }
}

/// The rules, first match wins: dates first (a date header also names what it dates),
/// then details, the person, the relationship and the method's columns.
#[rustfmt::skip]
const RULES: &[Rule] = &[
    rule(Field::MeetingDate, &[NEXT, MEETING], &[LAST, CREATED]),
    rule(Field::Deadline, &[NEXT, DATE], &[LAST, CREATED]),
    rule(Field::Deadline, &[NEXT, FOLLOW], &[LAST, CREATED]),
    rule(Field::Deadline, &[NEXT, TOUCH], &[LAST, CREATED]),
    rule(Field::Deadline, &[FOLLOW, DATE], &[LAST, CREATED]),
    rule(Field::Deadline, &[&["deadline", "echeance", "limite"]], &[]),
    rule(Field::Deadline, &[REACH, &["by", "avant"]], &[LAST, CREATED]),
    rule(Field::LastContact, &[LAST, TOUCH], &[NAME, CREATED]),
    rule(Field::LastContact, &[LAST, DATE], &[NAME, CREATED]),
    rule(Field::MeetingDate, &[MEETING, DATE], &[CREATED]),
    rule(Field::LastContact, &[DATE, SENT], &[CREATED]),
    rule(Field::IntroducedBy, &[REFERRER], &[DATE, NOT_REFERRER]),
    rule(Field::Email, &[EMAIL], &[ABOUT, DATE, NAME, &["sent", "envoye", "envoyee", "envoi", "complet"]]),
    rule(Field::Phone, &[PHONE], &[ABOUT, DATE, &["fax", "pager", "assistant", "car", "callback"]]),
    rule(Field::Linkedin, &[URL], &[ABOUT, DATE, NOT_PROFILE]),
    rule(Field::Status, &[STATUS], &[ADDRESS, EMAIL, DATE]),
    rule(Field::Status, &[&["ou", "where"], STANDING], &[DATE]),
    rule(Field::Category, &[&["connais", "connait", "know", "knew"]], &[EMAIL, PHONE, URL, COMPANY]),
    rule(Field::Name, &[FIRST, &["et", "and"]], &[NOT_NAME]),
    rule(Field::FirstName, &[FIRST, NAME], &[NOT_NAME]),
    rule(Field::FirstName, &[&["prenom", "firstname", "givenname"]], &[NOT_NAME]),
    rule(Field::LastName, &[FAMILY, NAME], &[NOT_NAME]),
    rule(Field::LastName, &[&["lastname", "familyname", "surname"]], &[NOT_NAME]),
    rule(Field::Name, &[CONTACT, PERSON], &[NOT_NAME, COMPANY, FIRST, FAMILY]),
    rule(Field::Name, &[PERSON], &[NOT_NAME, COMPANY, FIRST, FAMILY, DATE]),
    rule(Field::Role, &[ROLE], &[URL, DATE, STATUS, &["type", "id", "level", "niveau"]]),
    rule(Field::Company, &[COMPANY], &[ABOUT, URL, PHONE, ADDRESS, NOT_COMPANY]),
    rule(Field::Priority, &[PRIORITY], &[DATE]),
    rule(Field::Category, &[CATEGORY], &[EMAIL, PHONE, URL, DATE, COMPANY, &["address", "adresse", "value", "valeur"]]),
    rule(Field::Objective, &[OBJECTIVE], &[DATE]),
    rule(Field::How, &[HOW], &[DATE, &["found", "met", "meet", "connu", "connue", "rencontre", "connais", "know", "knew"]]),
    rule(Field::Cadence, &[CADENCE], &[DATE]),
    rule(Field::GiveBack, &[&["give"], &["back"]], &[]),
    rule(Field::What, &[&["pourquoi", "why", "reason", "raison"], REACH], &[]),
    rule(Field::What, &[&["help", "aider", "apporter", "bring", "offer"], &["they", "il", "elle", "he", "she", "them"]], &[&["je", "i", "give"]]),
    rule(Field::Notes, &[NOTES], &[DATE]),
];

/// Headers that say too little alone: the fields their values may show, and the field kept
/// when the values show none of them (`None`: the column is left aside).
pub const AMBIGUOUS: &[(&str, &[Field], Option<Field>)] = &[
    (
        "contact",
        &[
            Field::Email,
            Field::Phone,
            Field::Linkedin,
            Field::LastContact,
            Field::How,
            Field::Status,
            Field::Name,
        ],
        Some(Field::Name),
    ),
    (
        "date",
        &[Field::LastContact, Field::Deadline],
        Some(Field::LastContact),
    ),
    (
        "type",
        &[Field::Category, Field::How, Field::Status],
        Some(Field::Category),
    ),
    (
        "source",
        &[Field::Category, Field::How],
        Some(Field::Category),
    ),
    ("state", &[Field::Status], None),
    (
        "via",
        &[Field::Category, Field::How],
        Some(Field::IntroducedBy),
    ),
    ("entretien", &[Field::MeetingDate, Field::Status], None),
    ("interview", &[Field::MeetingDate, Field::Status], None),
    ("coffee chat", &[Field::MeetingDate, Field::Status], None),
    // "What" is the objective when its values are objectives (job, clients), else the What as
    // the user wrote it ("infos sur l'orga marketing").
    ("what", &[Field::Objective], Some(Field::What)),
    ("why", &[Field::Objective], Some(Field::What)),
    ("pourquoi", &[Field::Objective], Some(Field::What)),
    ("follow up", &[Field::Deadline], None),
    ("followup", &[Field::Deadline], None),
    ("relance", &[Field::Deadline], None),
    // A "Next step" column holds dates (when), statuses in words ("coffee booked 9/12", "said
    // yes to a call") or a channel.
    (
        "next step",
        &[Field::Deadline, Field::Status, Field::How],
        None,
    ),
    (
        "next steps",
        &[Field::Deadline, Field::Status, Field::How],
        None,
    ),
];

/// A header longer than this many words is a sentence (a note above the table), not a header.
const MOST_WORDS: usize = 6;

/// A header cut into folded words: `follow_up_contact_name` and `followUpContactName` both
/// give `follow up contact name`.
pub fn words(header: &str) -> String {
    let mut split = String::with_capacity(header.len() + 4);
    let mut prev: Option<char> = None;
    for c in header.chars() {
        if let Some(p) = prev {
            let camel = p.is_lowercase() && c.is_uppercase();
            let digit = p.is_alphabetic() != c.is_alphabetic()
                && (p.is_ascii_digit() || c.is_ascii_digit());
            if camel || digit {
                split.push(' ');
            }
        }
        split.push(c);
        prev = Some(c);
    }
    fold(&split)
}

/// The field a header's words make, by the first rule they meet.
pub fn by_words(folded_words: &str) -> Option<Field> {
    let words: Vec<&str> = folded_words.split(' ').filter(|w| !w.is_empty()).collect();
    if words.is_empty() || words.len() > MOST_WORDS {
        return None;
    }
    let has = |class: &[&str]| words.iter().any(|w| class.contains(w));
    RULES
        .iter()
        .find(|r| r.all.iter().all(|c| has(c)) && !r.none.iter().any(|c| has(c)))
        .map(|r| r.field)
}

/// The field a header left unmapped comes nearest to: the rule whose word classes it meets
/// the most (one class of two is half way), else the field one of whose words it is closest
/// to letter by letter; `None` when no field is near.
pub fn nearest(header: &str) -> Option<Field> {
    let folded = words(header);
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    if words.is_empty() {
        return None;
    }
    let has = |class: &[&str]| words.iter().any(|w| class.contains(w));
    let by_rule = RULES
        .iter()
        .map(|r| {
            let met = r.all.iter().filter(|c| has(c)).count();
            (met as f64 / r.all.len() as f64, r.field)
        })
        .filter(|&(share, _)| share > 0.0)
        .fold(None, first_best);
    if let Some((_, field)) = by_rule {
        return Some(field);
    }
    // Below this a field is not "near": "Birthday" is no first name.
    const NEAR: f64 = 0.75;
    Field::ALL
        .iter()
        .flat_map(|&f| f.words().map(move |w| (f, fold(w))))
        .map(|(f, w)| (strsim::normalized_damerau_levenshtein(&folded, &w), f))
        .filter(|&(score, _)| score >= NEAR)
        .fold(None, first_best)
        .map(|(_, f)| f)
}

/// The better of two scored fields, the earlier on a tie (the rules' order is their rank).
fn first_best(best: Option<(f64, Field)>, x: (f64, Field)) -> Option<(f64, Field)> {
    match best {
        Some(b) if b.0 >= x.0 => Some(b),
        _ => Some(x),
    }
}

/// Whether a header speaks of the last time ("Last Follow Up", "Dernière relance"): of two
/// last-contact columns, such a one is the most recent exchange, not an earlier one ("Date
/// Applied").
pub fn says_last(header: &str) -> bool {
    words(header).split(' ').any(|w| LAST.contains(&w))
}

/// Whether a date header is a connection date (LinkedIn's "Connected On", "Date de
/// connexion", "Date Added"): a link made, not an exchange had.
pub fn is_connection_date(header: &str) -> bool {
    words(header)
        .split(' ')
        .any(|w| CONNECTION.contains(&w) || CREATED.contains(&w))
}

/// The candidates and the default of an ambiguous header (folded).
pub fn ambiguous(folded: &str) -> Option<(&'static [Field], Option<Field>)> {
    AMBIGUOUS
        .iter()
        .find(|(h, _, _)| *h == folded)
        .map(|&(_, fields, default)| (fields, default))
}

#[cfg(test)]
mod tests;
