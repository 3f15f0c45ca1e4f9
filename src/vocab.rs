//! The vocabulary: every code the tool knows (header fields, objectives, horizons, hows,
//! categories, statuses, priorities), with its French and English label and its synonyms, in one
//! table per vocabulary. Reading, normalising and writing all look words up here, so a name of a
//! code lives in exactly one place.
//!
//! Matching goes through [`fold`]: case, accents, punctuation and extra spaces are ignored.
//! This module owns no parsing of dates or cadences (see `normalize`).

use std::collections::HashMap;

/// The language of a workbook and of its labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Fr,
    En,
}

impl Lang {
    /// `fr` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// The French or the English of a pair of words: `lang.pick("Semaine", "Week")`.
    pub fn pick<T>(self, fr: T, en: T) -> T {
        match self {
            Lang::Fr => fr,
            Lang::En => en,
        }
    }

    /// The spreadsheet number format of a date: day first in French; in English the month as a
    /// word, which neither a British nor an American reader can misread, tagged English so it
    /// reads "May" whatever the language of the program that opens it.
    pub fn date_format(self) -> &'static str {
        self.pick("dd/mm/yyyy", "[$-409]d mmm yyyy")
    }

    /// The locale tag of a number format that names months, as Excel writes them (`[$-40C]` for
    /// French, `[$-409]` for English): "mai 2025" in a French workbook whatever the language of
    /// the program that opens it.
    pub fn month_tag(self) -> &'static str {
        self.pick("[$-40C]", "[$-409]")
    }
}

/// Folds a header or a value for matching: lower case, accents removed, every run of
/// punctuation or white space turned into one space, trimmed.
///
/// `"  Échéance / Date-limite "` folds to `"echeance date limite"`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// [`fold`], written at the end of `out` (many names folded into one text, without a `String`
/// each).
pub fn fold_into(s: &str, out: &mut String) {
    let start = out.len();
    let mut pending_space = false;
    let mut push = |c: char, out: &mut String| {
        // An ASCII character needs none of the Unicode tables.
        let alphanumeric = if c.is_ascii() {
            c.is_ascii_alphanumeric()
        } else {
            c.is_alphanumeric()
        };
        if alphanumeric {
            if pending_space && out.len() > start {
                out.push(' ');
            }
            pending_space = false;
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase());
            }
        } else {
            pending_space = true;
        }
    };
    for c in s.chars() {
        if c.is_ascii() {
            push(c, out);
        } else {
            // deunicode turns "é" into "e", "œ" into "oe", "’" into "'".
            for d in deunicode::deunicode_char(c).unwrap_or(" ").chars() {
                push(d, out);
            }
        }
    }
}

/// Builds the folded-word -> code map of one vocabulary; first entry wins on a clash. A word
/// that folds to nothing (only punctuation) is left out, so a blank cell never matches.
fn index<T: Copy>(entries: impl Iterator<Item = (T, &'static str)>) -> HashMap<String, T> {
    let mut map = HashMap::new();
    for (code, word) in entries {
        let folded = fold(word);
        if !folded.is_empty() {
            map.entry(folded).or_insert(code);
        }
    }
    map
}

macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident => $code:literal, fr $fr:literal, en $en:literal,
               [$($alias:literal),* $(,)?]; )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $code)] $variant, )+
        }

        impl $name {
            /// Every code, in the table's order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The English code used in JSON and in the marker sheet.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code,)+ }
            }

            /// The word shown to the user in `lang`.
            pub fn label(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $( ($name::$variant, Lang::Fr) => $fr, ($name::$variant, Lang::En) => $en, )+
                }
            }

            /// Synonyms accepted besides the code and the two labels.
            pub fn aliases(self) -> &'static [&'static str] {
                match self { $($name::$variant => &[$($alias),*],)+ }
            }

            /// Every word accepted for this code: code, labels, aliases.
            pub fn words(self) -> impl Iterator<Item = &'static str> {
                [self.code(), self.label(Lang::Fr), self.label(Lang::En)]
                    .into_iter()
                    .chain(self.aliases().iter().copied())
            }

            /// The code whose folded word equals `folded` (already passed through [`fold`]).
            pub fn lookup(folded: &str) -> Option<Self> {
                static MAP: std::sync::OnceLock<HashMap<String, $name>> =
                    std::sync::OnceLock::new();
                MAP.get_or_init(|| {
                    index(Self::ALL.iter().flat_map(|&c| c.words().map(move |w| (c, w))))
                })
                .get(folded)
                .copied()
            }

            /// Parses a raw cell text (folds it first).
            pub fn parse(raw: &str) -> Option<Self> {
                Self::lookup(&fold(raw))
            }
        }
    };
}

vocabulary! {
    /// A column of the contact table, recognised from its header.
    Field {
        Name => "name", fr "Nom", en "Name",
            ["nom complet", "contact", "full name", "nom prenom", "prenom nom", "personne",
             "nom et prenom", "prenom et nom", "first and last name", "name surname",
             "display name", "file as", "nom du contact", "contact name", "who"];
        FirstName => "first_name", fr "Prénom", en "First name",
            ["given name", "firstname", "first"];
        LastName => "last_name", fr "Nom de famille", en "Last name",
            ["family name", "surname", "lastname", "last"];
        Company => "company", fr "Entreprise", en "Company",
            ["societe", "organisation", "organization", "employeur", "employer", "structure",
             "organization 1 name", "organization name", "company name", "firm", "etablissement",
             "raison sociale"];
        Role => "role", fr "Poste", en "Role",
            ["fonction", "titre", "position", "title", "job title", "organization 1 title",
             "organization title", "intitule du poste", "metier", "job"];
        Email => "email", fr "E-mail", en "Email",
            ["courriel", "mail", "adresse e mail", "adresse mail", "email address",
             "e mail address", "e mail 1 value", "e mail 1 address", "adresse electronique"];
        Phone => "phone", fr "Téléphone", en "Phone",
            ["tel", "telephone", "mobile", "portable", "phone number", "mobile phone",
             "business phone", "phone 1 value", "numero", "numero de telephone", "gsm"];
        Linkedin => "linkedin", fr "LinkedIn", en "LinkedIn",
            ["url", "profile", "profil", "profil linkedin", "linkedin url", "linkedin profile",
             "profile url", "web page", "website 1 value", "site web"];
        Category => "category", fr "Catégorie", en "Category",
            ["type", "relation", "relationship", "how we met", "categorie de contact",
             "type de contact", "how found", "source", "cercle", "lien", "group membership"];
        Objective => "objective", fr "Objectif", en "Objective",
            ["quoi", "but", "goal", "objectifs", "objectives", "goals", "interest area",
             "interet", "centre d interet", "pourquoi", "why", "sujet", "topic", "purpose"];
        Horizon => "horizon", fr "Horizon", en "Horizon",
            ["terme", "timeframe", "time frame", "echeancier", "term", "urgence"];
        How => "how", fr "Comment", en "How",
            ["action", "moyen", "channel", "canal", "mode", "format", "next action",
             "prochaine action", "type de rencontre", "meeting type"];
        Deadline => "deadline", fr "Quand", en "When",
            ["date limite", "echeance", "due date", "due", "a faire avant", "avant le",
             "next action date", "follow up date", "date de relance", "date cible",
             "target date", "by when"];
        LastContact => "last_contact", fr "Dernier contact", en "Last contact",
            ["last contacted", "connected on", "date du dernier contact", "date dernier contact",
             "last contact date", "date of last contact", "last touch", "dernier echange",
             "last interaction", "date de contact"];
        MeetingDate => "meeting_date", fr "Date RDV", en "Meeting date",
            ["rendez vous", "rdv", "date de rendez vous", "date du rdv", "meeting",
             "date rencontre", "date de rencontre", "interview date", "scheduled"];
        Status => "status", fr "Statut", en "Status",
            ["etat", "stage", "etape", "avancement", "state", "suivi"];
        Cadence => "cadence", fr "Fréquence", en "Cadence",
            ["frequence", "frequency", "keep in touch every", "rythme", "periodicite",
             "relancer tous les", "contact every"];
        Priority => "priority", fr "Priorité", en "Priority",
            ["priorite manuelle", "manual priority", "importance", "prio"];
        GiveBack => "give_back", fr "Ce que je peux apporter", en "Give back",
            ["how i can help", "ce que je peux lui apporter", "donner en retour", "contrepartie",
             "what i can offer", "what i can bring", "je peux apporter", "apport"];
        IntroducedBy => "introduced_by", fr "Recommandé par", en "Introduced by",
            ["referred by", "presente par", "presentee par", "introduit par", "introduite par", "via",
             "referral", "introduced by", "mutual connection", "recommande e par",
             "mis en relation par", "mise en relation par", "introducer", "referred through",
             "referrer", "mutual connections", "recommandee par", "parrain", "marraine",
             "intro by", "contact commun", "connaissance commune"];
        Notes => "notes", fr "Notes", en "Notes",
            ["commentaires", "remarques", "comments", "note", "commentaire", "remarque",
             "observations", "details"];
        What => "what", fr "Pourquoi le contacter", en "What they can help with",
            ["pourquoi le contacter", "pourquoi la contacter", "pourquoi contacter",
             "what they can help with", "what they can help me with", "how they can help",
             "how they can help me", "ce qu il peut m apporter", "ce qu elle peut m apporter",
             "ce qu il peut apporter", "ce qu elle peut apporter", "why contact",
             "why reach out", "reason to contact", "raison du contact", "a lui demander",
             "what to ask", "ask", "sujet a aborder", "ce que j attends"];
        Register => "register", fr "Tu/Vous", en "Tu/Vous",
            ["tu vous", "tu ou vous", "tutoiement", "tutoyer", "tutoie", "on se tutoie",
             "vouvoiement", "vouvoyer", "registre", "register", "tu vouvoiement",
             "tutoiement vouvoiement", "tu v"];
    }
}

vocabulary! {
    /// How a French draft addresses the contact: "tu" or "vous" (a "Tu/Vous" or
    /// "Tutoiement" column; "oui" in a "Tutoiement" column is "tu").
    Register {
        Tu => "tu", fr "Tu", en "Tu",
            ["t", "tutoiement", "tutoyer", "on se tutoie", "se tutoie", "informal",
             "toi", "te"];
        Vous => "vous", fr "Vous", en "Vous",
            ["v", "vouvoiement", "vouvoyer", "on se vouvoie", "se vouvoie", "formal"];
    }
}

impl Field {
    /// The fields that name a person: a contact table needs one of them (a sheet of
    /// objectives and horizons is no contact table), and a row with none of them, nor a
    /// company or a note, says nothing of who the contact is.
    pub const PERSON: [Field; 6] = [
        Field::Name,
        Field::FirstName,
        Field::LastName,
        Field::Email,
        Field::Phone,
        Field::Linkedin,
    ];
}

vocabulary! {
    /// What a contact can help with: the What of the method.
    Objective {
        Job => "job", fr "Emploi", en "Job",
            ["trouver un job", "changer de job", "trouver un emploi", "changer d emploi",
             "recherche d emploi", "job search", "find a job", "change job", "career", "carriere",
             "poste", "travail", "work", "reconversion", "trouver un poste",
             "chercher un poste", "nouveau poste", "changer de poste", "new job", "new role",
             "next job", "next role", "find a role", "job hunt", "job hunting", "mandat",
             "mandats", "postes ouverts", "open roles", "openings", "job openings",
             "offres d emploi", "job offers"];
        Business => "business", fr "Business", en "Business",
            ["clients", "client", "prospects", "prospect", "creer son entreprise",
             "creation d entreprise", "create business", "ventes", "sales", "affaires",
             "developpement commercial", "commercial", "customers", "leads"];
        Watch => "watch", fr "Veille", en "Watch",
            ["veille marche", "veille metier", "market watch", "field watch", "marche",
             "market", "tendances", "trends", "information", "infos", "veille sectorielle"];
        Expertise => "expertise", fr "Expertise", en "Expertise",
            ["connaissances", "apprendre", "learn", "learning", "competences", "skills",
             "savoir", "knowledge", "monter en competence", "formation", "mentorat",
             "mentoring", "conseil", "advice"];
        Partners => "partners", fr "Partenaires", en "Partners",
            ["partenaires", "partenaire", "partner", "investisseurs", "investisseur",
             "investors", "investor", "financement", "funding", "levee de fonds",
             "fundraising", "associes", "associe", "partenariat", "partnership"];
    }
}

vocabulary! {
    /// When the contact serves: short-term contacts come first.
    Horizon {
        Short => "short", fr "Court terme", en "Short term",
            ["ct", "court", "immediat", "urgent", "short", "st", "now", "maintenant",
             "ce mois ci", "this month", "1"];
        Medium => "medium", fr "Moyen terme", en "Medium term",
            ["mt", "moyen", "medium", "mid term", "mid", "bientot", "soon", "2"];
        Long => "long", fr "Long terme", en "Long term",
            ["lt", "long", "plus tard", "later", "un jour", "someday", "3"];
    }
}

vocabulary! {
    /// How to meet or reach the contact: the How of the method.
    How {
        Coffee => "coffee", fr "Café", en "Coffee",
            ["cafe", "un cafe", "prendre un cafe", "coffee chat", "the", "tea", "verre",
             "un verre", "drink", "boire un verre"];
        Lunch => "lunch", fr "Déjeuner", en "Lunch",
            ["dejeuner", "dej", "repas", "diner", "dinner", "meal", "petit dejeuner",
             "breakfast", "brunch", "restaurant", "resto"];
        Call => "call", fr "Appel", en "Call",
            ["telephone", "tel", "phone", "phone call", "coup de fil", "appeler", "appel tel"];
        Video => "video", fr "Visio", en "Video call",
            ["visioconference", "teams", "zoom", "meet", "google meet", "video", "visio conf",
             "skype", "webex"];
        Email => "email", fr "E-mail", en "Email",
            ["mail", "courriel", "e mail", "message electronique"];
        Message => "message", fr "Message", en "Message",
            ["linkedin", "message linkedin", "linkedin message", "inmail", "sms", "whatsapp",
             "texto", "dm", "text", "mp"];
        Event => "event", fr "Événement", en "Event",
            ["evenement", "afterwork", "after work", "salon", "conference", "meetup",
             "soiree", "seminaire", "webinar", "webinaire", "atelier", "workshop", "forum"];
        Meeting => "meeting", fr "Rendez-vous", en "Meeting",
            ["rdv", "rendez vous", "rencontre", "entretien", "reunion", "in person",
             "en personne", "visite"];
    }
}

impl How {
    /// Whether this How takes a meeting slot of the plan (the rest are messages).
    pub fn is_meeting(self) -> bool {
        matches!(
            self,
            How::Coffee | How::Lunch | How::Video | How::Event | How::Meeting
        )
    }
}

vocabulary! {
    /// Where the contact sits in the map of the network.
    Category {
        Expert => "expert", fr "Expert", en "Expert",
            ["excelle dans son domaine", "experte", "specialiste", "specialist", "referent",
             "sachant", "pro", "advisor", "adviser", "conseiller", "conseillere", "consultant",
             "consultante", "industry expert", "coach", "experts", "specialistes"];
        Colleague => "colleague", fr "Ancien collègue", en "Colleague",
            ["collegue", "ancien collegue", "ex collegue", "worked with", "former colleague",
             "coworker", "co worker", "ancienne collegue", "manager", "ancien manager",
             "ancien client", "former client", "peer", "pair", "teammate", "coequipier",
             "former manager", "ex manager", "former boss", "ancien chef", "work", "travail",
             "work friend", "colleagues", "collegues", "coworkers", "anciens collegues",
             "anciens clients", "former clients"];
        Inspiring => "inspiring", fr "Inspirant", en "Inspiring",
            ["inspirante", "inspiration", "m inspire", "inspires me", "modele", "role model",
             "mentor", "mentors", "role models", "inspirantes", "inspirants", "inspirant e",
             "personne inspirante", "personnes inspirantes", "people who inspire",
             "people who inspire me", "inspiring people", "qui m inspirent", "qui m inspire"];
        Entrepreneur => "entrepreneur", fr "Entrepreneur", en "Entrepreneur",
            ["chef d entreprise", "fondateur", "fondatrice", "dirigeant", "dirigeante",
             "founder", "co founder", "cofondateur", "ceo", "patron", "business owner",
             "entrepreneuse", "creatrice", "createur", "startuper", "entrepreneurs", "founders",
             "fondateurs", "dirigeants"];
        Influencer => "influencer", fr "Influenceur", en "Influencer",
            ["influenceuse", "influence", "leader d opinion", "thought leader", "blogueur",
             "blogger", "podcasteur", "auteur", "author"];
        FriendFamily => "friend_family", fr "Ami / famille", en "Friend / family",
            ["ami", "amie", "amis", "famille", "friend", "friends", "family", "ami famille",
             "proche", "relative", "voisin", "neighbour", "neighbor"];
        Other => "other", fr "Autre", en "Other",
            ["autres", "divers", "misc", "none", "aucune", "acquaintance", "connaissance",
             "prospect", "partner", "partenaire", "vendor", "supplier", "fournisseur",
             "investor", "investisseur", "hiring manager", "journalist", "journaliste",
             "business contact", "contact pro", "professional", "prospects", "partners",
             "investors", "investisseurs", "fournisseurs", "suppliers", "vendors"];
    }
}

vocabulary! {
    /// The state of the relationship, which decides the next action.
    Status {
        ToContact => "to_contact", fr "À contacter", en "To contact",
            ["a contacter", "todo", "to do", "a faire", "nouveau", "new", "not contacted",
             "pas encore contacte", "a appeler", "a ecrire", "identifie", "identified",
             "researching", "research", "a rechercher", "a creuser", "prospect", "lead",
             "new lead", "open", "ready to send", "pret a envoyer", "prete a envoyer",
             "a envoyer", "draft", "brouillon", "to apply", "a postuler", "wishlist",
             "interested", "target", "cible", "idee", "idea", "not started", "pas commence",
             "subscriber", "saved", "bookmarked", "to reach out", "marketing qualified lead",
             "mql", "open not contacted", "lead in", "piste", "wishlist"];
        Contacted => "contacted", fr "Contacté", en "Contacted",
            ["contactee", "en attente", "en attente de reponse", "relance", "relancee",
             "waiting", "awaiting reply", "pending", "sent", "envoye", "message envoye",
             "reached out", "no answer", "sans reponse", "no reply", "pas de reponse",
             "message sent", "email sent", "mail envoye", "follow up", "followed up",
             "relance faite", "outreach sent", "request sent", "connection request sent",
             "invitation sent", "invitation envoyee", "demande envoyee", "demande de connexion",
             "applied", "application sent", "candidature envoyee", "candidature", "postule",
             "postulee", "envoyee", "attempted to contact", "in progress", "en cours",
             "connected", "accepted", "connexion acceptee", "invitation acceptee",
             "awaiting response", "awaiting reply", "waiting for reply", "devis envoye",
             "devis", "proposition envoyee", "offre envoyee", "quote sent", "proposal sent",
             "negociation", "en negociation", "negotiation", "negotiating", "open deal",
             "opportunity", "opportunite", "in conversation", "en discussion", "discussion",
             "en contact", "echanges en cours", "qualified", "qualifie", "contact etabli",
             "a relancer", "sales qualified lead", "sql", "working contacted", "contact made",
             "proposal made", "negotiations started", "closed converted", "ghosted",
             "no response", "assessment", "take home", "rdv a prendre", "premier contact",
             "rappeler", "message laisse", "invitation linkedin envoyee"];
        Agreed => "agreed", fr "D'accord pour un RDV", en "Agreed to meet",
            ["d accord", "daccord", "ok cafe", "ok pour un cafe", "ok pour cafe", "ok visio",
             "ok pour une visio", "ok pour un appel", "ok dejeuner", "ok pour un dejeuner",
             "ok rdv", "ok pour un rdv", "partant", "partante", "partants", "a dit oui",
             "dit oui", "said yes", "agreed", "agreed to meet", "accepte un rdv",
             "reponse recue", "reponse", "replied", "a repondu", "repondu", "answered",
             "responded", "reply received", "positive reply", "reponse positive",
             "a accepte", "accepted meeting",
             "date a fixer", "to schedule", "rdv a fixer"];
        Scheduled => "scheduled", fr "RDV planifié", en "Scheduled",
            ["rdv planifie", "rdv pris", "rendez vous pris", "planifie", "planifiee",
             "booked", "meeting scheduled", "rdv fixe", "prevu", "prevue", "confirme",
             "meeting booked", "interview scheduled", "interview booked", "call scheduled",
             "call booked", "rdv prevu", "rdv confirme", "rendez vous fixe", "entretien prevu",
             "entretien planifie", "appel prevu", "rdv cale", "planned", "screening call",
             "screening", "phone screen", "interview", "interviewing", "entretien",
             "entretien rh", "first interview", "second interview", "final interview",
             "technical interview", "entretien technique", "coffee scheduled",
             "coffee chat scheduled", "meeting set", "appointment", "appointment scheduled",
             "rdv", "rendez vous", "rdv pris", "call planned", "onsite", "final round",
             "demo scheduled", "rdv obtenu"];
        Met => "met", fr "Rencontré", en "Met",
            ["rencontre", "rencontree", "vu", "vue", "done", "fait", "meeting done", "had coffee",
             "echange", "echange fait", "entretien fait", "completed", "complete", "termine",
             "terminee", "coffee chat done", "call done", "appel fait", "meeting held",
             "had call", "interviewed", "offer", "offer received", "offre", "offre recue",
             "proposition recue", "rdv fait", "rdv effectue", "entretien passe"];
        Thanked => "thanked", fr "Remercié", en "Thanked",
            ["remerciee", "remercie", "merci envoye", "thank you sent", "thanks sent"];
        KeepInTouch => "keep_in_touch", fr "Tenu informé", en "Keep in touch",
            ["tenu informe", "tenue informee", "en veille", "suivi", "garder le contact",
             "keep in touch", "in touch", "nurture", "follow", "a suivre", "entretenir",
             "dormant", "en sommeil", "on hold", "en pause", "pause", "paused", "bad timing",
             "won", "closed won", "deal won", "gagne", "gagnee", "signe", "signed",
             "customer", "client", "hired", "embauche", "embauchee", "offer accepted",
             "offre acceptee", "evangelist", "stay in touch", "rester en contact",
             "reconnect", "a recontacter", "a relancer plus tard"];
        Dropped => "dropped", fr "Abandonné", en "Dropped",
            ["abandonne", "abandonnee", "sans suite", "closed", "ferme", "stop", "arrete",
             "inactive", "inactif", "not relevant", "pas pertinent", "refus", "declined",
             "ne pas contacter", "ne plus contacter", "ne pas relancer", "pas interesse",
             "pas interessee", "pas interesses", "not interested", "no longer interested",
             "uninterested", "do not contact", "don t contact", "refuse", "refusee", "a refuse",
             "decline", "rejected", "rejete", "lost", "closed lost", "deal lost", "perdu",
             "perdue", "unqualified", "disqualified", "not a fit", "no fit", "not selected",
             "non retenu", "non retenue", "withdrawn", "retire", "retiree", "desiste",
             "archived", "archive", "dead", "no go", "closed not converted"];
    }
}

vocabulary! {
    /// A manual priority that moves a contact up or down.
    Priority {
        High => "high", fr "Haute", en "High",
            ["a", "p1", "haut", "haute priorite", "elevee", "eleve", "forte", "fort", "top",
             "urgent", "important", "high priority", "oui", "yes", "x", "1", "hot", "chaud",
             "strong", "very strong", "tres fort"];
        Normal => "normal", fr "Normale", en "Normal",
            ["b", "p2", "moyenne", "moyen", "medium", "normal", "standard", "2", "warm", "tiede"];
        Low => "low", fr "Basse", en "Low",
            ["c", "p3", "bas", "faible", "low priority", "non", "no", "plus tard", "later", "3",
             "cold", "froid", "weak"];
    }
}

/// Words that, found anywhere in a status cell no phrase of [`Status`] matches, tell the step:
/// "CV envoyé", "Intro email sent", "Interview booked for Tuesday". The first row whose word is
/// there wins, so a later step is looked for before an earlier one ("meeting done" is met, not
/// scheduled). A negated cell is never read this way.
#[rustfmt::skip]
pub const STATUS_WORDS: &[(Status, &[&str])] = &[
    (Status::Dropped, &[
        "lost", "perdu", "perdue", "rejected", "rejete", "rejetee", "refuse", "refusee",
        "declined", "decline", "unqualified", "withdrawn", "abandonne", "abandonnee", "dropped",
    ]),
    (Status::Thanked, &[
        "thanked", "remercie", "remerciee",
    ]),
    (Status::Met, &[
        "met", "rencontre", "rencontree", "done", "completed", "fait", "faite", "held",
        "effectue", "effectuee", "passe", "happened",
    ]),
    (Status::Scheduled, &[
        "scheduled", "planifie", "planifiee", "prevu", "prevue", "booked", "interview",
        "interviewing", "entretien", "screening", "rdv", "calendly", "confirme", "confirmee",
    ]),
    (Status::KeepInTouch, &[
        "won", "gagne", "gagnee", "signed", "signe", "hired", "embauche", "embauchee",
        "customer", "dormant", "nurture", "nurturing",
    ]),
    (Status::Agreed, &[
        "agreed", "partant", "partante", "replied", "repondu", "answered", "responded",
    ]),
    (Status::Contacted, &[
        "sent", "envoye", "envoyee", "envoyes", "applied", "postule", "postulee", "relance",
        "relancee", "contacted", "contacte", "contactee",
        "waiting", "attente", "pending", "awaiting", "negociation", "negotiation", "proposal",
        "proposition", "devis", "quote", "outreach", "reached", "connected", "candidature",
    ]),
    (Status::ToContact, &[
        "todo", "researching", "identified", "identifie", "prospect", "lead",
    ]),
];

/// Where the run of folded words `phrase` ("coffee booked") starts in `words`, and its length:
/// how a phrase of [`STATUS_PHRASES`] or [`STOP_PHRASES`] is found inside a cell.
pub fn phrase_at(words: &[&str], phrase: &str) -> Option<(usize, usize)> {
    let want: Vec<&str> = phrase.split(' ').collect();
    words
        .windows(want.len())
        .position(|w| w == want.as_slice())
        .map(|at| (at, want.len()))
}

/// Phrases read inside a status cell ("relancé 2x", "vu au salon", "RDV pris 20/11"), each a run
/// of folded words found anywhere in the cell, beside the status vocabulary's own words and
/// synonyms (which are looked for the same way, so a step added to [`Status`] is found inside
/// phrases too). Of several found, the step furthest along the method wins.
#[rustfmt::skip]
pub const STATUS_PHRASES: &[(Status, &[&str])] = &[
    (Status::Contacted, &[
        "a rappeler", "rappeler", "attend retour", "attends retour", "attente retour",
        "attend reponse", "attends reponse", "attente reponse", "attend sa reponse",
        "no reply", "no answer", "no response", "not replied", "pas de reponse",
        "sans reponse", "pas de retour", "sans retour", "emailed", "messaged", "texted",
        "inmailed", "dm d", "sent an email", "sent a message", "wrote to",
        "en attente de retour", "waiting for", "waiting on", "call back", "relances",
        "relance x", "message laisse", "left a message", "left message", "mail envoye",
        "email envoye", "pinged", "relance faite", "followed up", "a relancer", "chased",
        "chased up", "nudged",
    ]),
    (Status::Agreed, &[
        "ok for coffee", "ok for a coffee", "ok for lunch", "ok for a call", "ok for a chat",
        "up for coffee", "up for a coffee", "up for a chat", "happy to meet", "keen to meet",
        "happy to chat", "happy to talk", "ok pour un cafe", "ok pour un dej", "ok pour un appel",
        "ok pour une visio", "partant pour", "partante pour", "d accord pour",
    ]),
    (Status::Scheduled, &[
        "rdv pris", "rdv le", "rdv fixe", "rdv prevu", "rdv cale", "rendez vous pris",
        "rendez vous le", "cafe prevu", "cafe cale", "dej prevu", "dejeuner prevu",
        "call prevu", "visio prevue", "meeting booked", "call booked", "coffee booked",
        "lunch booked", "booked for", "meeting on", "call on", "coffee on",
    ]),
    (Status::Met, &[
        "carte de visite", "cartes de visite", "business card", "vu au", "vue au", "vus au",
        "vu a", "vue a", "vu en", "croise", "croisee", "croises", "dej fait", "cafe fait",
        "cafe pris", "dejeuner fait", "deja vu", "deja vue", "rencontre au", "rencontree au",
        "rencontre a", "met at", "met him", "met her", "seen at", "had coffee", "had lunch",
        "coffee done", "lunch done", "call done", "visio faite", "appel fait",
    ]),
];

/// Phrases that stop a contact, though they hold a negation ("ne plus relancer", "pas de
/// suite"): the contact is dropped. Looked for before any other reading of the cell.
#[rustfmt::skip]
pub const STOP_PHRASES: &[&str] = &[
    "ne plus relancer", "plus relancer", "ne pas relancer", "pas relancer", "ne plus contacter",
    "ne pas contacter", "plus contacter", "pas de suite", "plus de suite", "sans suite",
    "pas interesse", "pas interessee", "plus interesse", "plus interessee", "pas dispo",
    "pas disponible", "not interested", "no longer interested", "do not contact",
    "don t contact", "dont contact", "no follow up", "no further", "laisser tomber",
    "laisse tomber", "a oublier", "stop", "arrete", "no go", "nogo", "refus", "a refuse",
    "declined", "said no", "a dit non", "don t chase", "dont chase", "do not chase",
    "no chasing", "stop chasing", "don t follow up", "do not follow up", "not chase",
    "ne pas relancer", "ne plus le relancer", "ne plus la relancer",
];

vocabulary! {
    /// How warm a lead or a contact is, as trackers and CRMs write it in their status column.
    /// A temperature is a priority, not a step of the method: it never sets the status.
    Temperature {
        Hot => "hot", fr "Chaud", en "Hot",
            ["chaude", "brulant", "tres chaud", "hot lead", "hot contact", "lead chaud"];
        Warm => "warm", fr "Tiède", en "Warm",
            ["tiede", "warm lead", "warm contact", "contact tiede", "lead tiede"];
        Cold => "cold", fr "Froid", en "Cold",
            ["froide", "cold lead", "cold contact", "contact froid", "lead froid"];
    }
}

impl Temperature {
    /// The manual priority a temperature stands for.
    pub fn priority(self) -> Priority {
        match self {
            Temperature::Hot => Priority::High,
            Temperature::Warm => Priority::Normal,
            Temperature::Cold => Priority::Low,
        }
    }
}

vocabulary! {
    /// Where a contact comes from, as the source, tag and "how found" columns of trackers,
    /// CRMs and contact exports say it. A source is read in a category column without a
    /// problem: it gives the category it stands for and, when it is a channel, the How.
    Source {
        Linkedin => "linkedin", fr "LinkedIn", en "LinkedIn",
            ["linked in", "via linkedin", "linkedin connection", "reseau linkedin",
             "linkedin message", "linkedin inmail", "connection linkedin"];
        Event => "event", fr "Événement", en "Event",
            ["evenement", "conference", "met at event", "met at an event",
             "met at a conference", "met at conference", "salon", "salon pro",
             "salon professionnel", "trade show", "tradeshow", "meetup", "afterwork",
             "networking event", "evenement reseau", "soiree reseau", "forum", "webinar",
             "webinaire", "career fair", "job fair", "forum emploi", "seminaire", "seminar",
             "workshop", "atelier", "hackathon", "networking", "summit", "congres", "congress",
             "expo"];
        Referral => "referral", fr "Recommandation", en "Referral",
            ["recommande", "recommandee", "referred", "introduction", "intro", "warm intro",
             "mise en relation", "bouche a oreille", "word of mouth", "referral from a friend",
             "via un ami", "via une amie", "personal referral", "recommendation"];
        Alumni => "alumni", fr "Ancien élève", en "Alumni",
            ["alumnus", "alumna", "ancien eleve", "anciens eleves", "ancienne eleve",
             "reseau alumni", "alumni network", "classmate", "camarade de promo", "promo",
             "ecole", "school", "university", "universite", "college", "fac", "bootcamp",
             "cohort", "cohorte", "formation", "training", "mba"];
        Recruiter => "recruiter", fr "Recruteur", en "Recruiter",
            ["recruteuse", "recrutement", "recruiting", "headhunter", "chasseur de tetes",
             "cabinet de recrutement", "talent acquisition", "agency", "agence",
             "staffing agency", "recruiters", "recruteurs", "headhunters"];
        ColdEmail => "cold_email", fr "Prospection par e-mail", en "Cold email",
            ["cold email", "cold mail", "cold outreach", "email a froid", "mail a froid",
             "prospection", "demarchage", "outbound", "cold emailing", "e mailing"];
        ColdCall => "cold_call", fr "Appel à froid", en "Cold call",
            ["cold call", "cold calling", "appel a froid", "phoning", "prospection telephonique",
             "demarchage telephonique"];
        Online => "online", fr "En ligne", en "Online",
            ["website", "site web", "site internet", "inbound", "formulaire", "contact form",
             "web form", "job board", "indeed", "glassdoor", "welcome to the jungle", "apec",
             "france travail", "pole emploi", "twitter", "instagram", "facebook",
             "social media", "reseaux sociaux", "google", "online", "en ligne", "newsletter",
             "blog", "podcast", "slack", "discord", "github"];
    }
}

impl Source {
    /// The category of the map a contact from this source belongs to.
    pub fn category(self) -> Category {
        match self {
            // A former classmate is a peer one learnt beside: the nearest of the map.
            Source::Alumni => Category::Colleague,
            _ => Category::Other,
        }
    }

    /// The How a source gives when it is a channel (a LinkedIn contact is reached by a
    /// LinkedIn message, a cold e-mail by e-mail); `None` when it says where, not how.
    pub fn how(self) -> Option<How> {
        match self {
            Source::Linkedin => Some(How::Message),
            Source::ColdEmail => Some(How::Email),
            Source::ColdCall => Some(How::Call),
            Source::Event
            | Source::Referral
            | Source::Alumni
            | Source::Recruiter
            | Source::Online => None,
        }
    }
}

vocabulary! {
    /// The annotation columns this tool appends to the contacts sheet. A re-run recognises them
    /// by these headers, drops them and writes them again.
    Annotation {
        Rank => "rank", fr "Rang", en "Rank", [];
        Score => "score", fr "Score", en "Score", [];
        Tier => "tier", fr "Niveau", en "Tier", [];
        NextAction => "next_action", fr "Action suivante", en "Next step", [];
        Due => "due", fr "À faire le", en "Step due", [];
        Flag => "flag", fr "Alerte", en "Flag", [];
        DaysLate => "days_late", fr "Jours de retard", en "Days late", [];
        Why => "why", fr "Pourquoi ce rang", en "Why this rank", [];
        // Not "Dernier échange": users name their last-contact column so.
        LastExchange => "last_exchange", fr "Échange le plus récent", en "Latest exchange", [];
    }
}

vocabulary! {
    /// What to do next with a contact.
    NextAction {
        Propose => "propose", fr "Proposer", en "Propose", [];
        FollowUp => "follow_up", fr "Relancer", en "Follow up", [];
        Schedule => "schedule", fr "Fixer la date", en "Set a date", [];
        Prepare => "prepare", fr "Préparer le RDV", en "Prepare the meeting", [];
        Thank => "thank", fr "Remercier", en "Thank", [];
        KeepInTouch => "keep_in_touch", fr "Donner des nouvelles", en "Give news", [];
        Answer => "answer", fr "Répondre à sa demande", en "Answer their request", [];
        ThankIntroducer => "thank_introducer", fr "Remercier pour la mise en relation",
            en "Thank for the introduction", [];
        InformIntroducer => "inform_introducer", fr "Raconter la rencontre à qui l'a présenté",
            en "Tell the introducer how it went", [];
        None => "none", fr "Aucune", en "None", [];
    }
}

vocabulary! {
    /// A courtesy too old to make sense, turned into the right next step. Said first in the
    /// "why", so the user sees why the sheet's status no longer gives the step it used to.
    Lapse {
        ThankTooLate => "thank_too_late",
            fr "Remerciement trop tardif : reprendre contact, donner des nouvelles et remercier encore",
            en "Thank-you too late: reconnect, give news and thank again", [];
        FollowUpTooOld => "follow_up_too_old",
            fr "Message trop ancien pour une relance : reprendre l'approche",
            en "Message too old to follow up: approach again", [];
        MeetingLongPast => "meeting_long_past",
            fr "RDV passé depuis longtemps : reprendre contact, donner des nouvelles",
            en "Meeting long past: reconnect and give news", [];
    }
}

vocabulary! {
    /// How urgent the next action is.
    Flag {
        Overdue => "overdue", fr "En retard", en "Overdue", [];
        DueSoon => "due_soon", fr "Bientôt", en "Due soon", [];
        AtRisk => "at_risk", fr "À risque", en "At risk", [];
        Ok => "ok", fr "OK", en "OK", [];
        Inactive => "inactive", fr "Inactif", en "Inactive", [];
    }
}

impl Flag {
    /// The flag and days late, as of `today`, of an action due on `due` (`None`: not dated
    /// yet, so `ok`); due within `due_soon_days` is `due_soon`.
    pub fn of_due(
        due: Option<chrono::NaiveDate>,
        today: chrono::NaiveDate,
        due_soon_days: u32,
    ) -> (Flag, u32) {
        let Some(due) = due else {
            return (Flag::Ok, 0);
        };
        let days = (due - today).num_days();
        if days < 0 {
            (Flag::Overdue, u32::try_from(-days).unwrap_or(u32::MAX))
        } else if days <= i64::from(due_soon_days) {
            (Flag::DueSoon, 0)
        } else {
            (Flag::Ok, 0)
        }
    }
}

vocabulary! {
    /// A part of the score, shown to the user as the "why".
    Factor {
        Objective => "objective", fr "Objectif", en "Objective", [];
        Horizon => "horizon", fr "Horizon", en "Horizon", [];
        Deadline => "deadline", fr "Échéance", en "Deadline", [];
        Relationship => "relationship", fr "Relation", en "Relationship", [];
        Entrepreneur => "entrepreneur", fr "Entrepreneur", en "Entrepreneur", [];
        Priority => "priority", fr "Priorité", en "Priority", [];
        Introduced => "introduced", fr "Recommandé", en "Introduced", [];
    }
}

vocabulary! {
    /// Whether a planned action takes a meeting slot or a message slot.
    SlotKind {
        Meeting => "meeting", fr "Rencontre", en "Meeting", [];
        Message => "message", fr "Message", en "Message", [];
    }
}

/// Day-first or month-first reading of `03/04/2026`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateOrder {
    Dmy,
    Mdy,
}

/// Why an action is in the backlog rather than the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BacklogReason {
    /// No free slot of its kind within the plan's weeks.
    Capacity,
    /// Due after the last week of the plan.
    BeyondPlan,
    /// A warm contact (a yes to set a day for, someone introduced) with no meeting slot left in
    /// the plan: the plan's `warm` says which pace would fit them.
    WarmCapacity,
}

#[cfg(test)]
mod tests;
// The journal's columns and kinds of exchange (issue 14), in their own file; declared after
// the table macro, which they use.
pub mod errors;
pub mod headers;
mod journal;
pub mod labels;
pub mod names;
pub mod placeholders;
pub use journal::{ExchangeKind, JournalField, DECLINE_WORDS, JOURNAL_SHEET_NAMES};

/// Words that make a note's date a meeting's day.
pub const MEETING_WORDS: &[&str] = &[
    "rdv",
    "rendez",
    "cafe",
    "coffee",
    "dejeuner",
    "dej",
    "lunch",
    "diner",
    "dinner",
    "visio",
    "meeting",
    "call",
    "appel",
    "zoom",
    "teams",
    "reunion",
    "entretien",
    "interview",
    "verre",
    "drink",
    "booked",
];

/// Words that name a group of people in a section row of a hand-made sheet ("## AGENCES /
/// CABINETS", "Famille & amis"), besides the categories and sources: a row holding only such
/// a text is a group, not a person.
#[rustfmt::skip]
pub const GROUP_WORDS: &[&str] = &[
    "agence", "agences", "cabinet", "cabinets", "recruteur", "recruteurs", "recruteuse",
    "recruteuses", "recruiters", "recruiter", "agency", "agencies", "headhunters", "chasseurs",
    "client", "clients", "customers", "prospects", "amis", "ami", "friends", "famille", "family",
    "evenements", "evenement", "events", "event", "salons", "salon", "ecole", "alumni", "reseau",
    "network", "divers", "autres", "others", "misc", "perso", "groupe", "group", "section",
    "collegues", "colleagues", "experts", "entrepreneurs", "influenceurs", "influencers",
    "inspirants", "inspirantes", "mentors", "contacts", "personnes",
];

/// Words of a group that name no category even though a category's synonym is that word:
/// a group of clients is not one of former colleagues, "pro" is not expert.
#[rustfmt::skip]
pub const GROUP_NOT_CATEGORY: &[&str] = &[
    "client", "clients", "customer", "customers", "pro", "work", "travail", "contacts",
];

/// Names that say the name is not known yet ("?", "inconnu", "TBD"): the row is a person
/// without a name, reported, and no greeting takes the placeholder.
#[rustfmt::skip]
pub const NAME_PLACEHOLDERS: &[&str] = &[
    "inconnu", "inconnue", "a trouver", "nom a trouver", "a completer", "tbd", "tbc",
    "unknown", "x", "xx", "xxx", "xxxx", "nn", "n a", "na", "nom", "name", "to find",
    "someone", "quelqu un", "qui", "who", "tba", "personne", "anonyme", "anonymous", "todo",
];
