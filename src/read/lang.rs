//! The language of a header row, from the words only one language uses ("Prénom", "Société"
//! against "First Name", "Company"). Words both languages share ("Email", "Notes", "LinkedIn")
//! do not vote; a tie tells nothing.

use crate::model::Lang;
use crate::vocab::headers::words;

/// Folded header words that only French headers use.
#[rustfmt::skip]
const FRENCH: &[&str] = &[
    "nom", "prenom", "famille", "complet", "entreprise", "societe", "organisation", "employeur",
    "poste", "fonction", "titre", "intitule", "metier", "courriel", "adresse", "telephone",
    "portable", "numero", "profil", "categorie", "objectif", "objectifs", "quoi", "but",
    "pourquoi", "interet", "terme", "comment", "moyen", "canal", "prochaine", "quand",
    "echeance", "limite", "relance", "dernier", "derniere", "echange", "rendez", "rdv",
    "rencontre", "statut", "etat", "etape", "avancement", "suivi", "frequence", "rythme",
    "priorite", "apporter", "commentaires", "remarques", "rang", "niveau", "suivante", "alerte",
    "jours", "retard", "prochain", "envoi", "recommande", "presente", "par", "messagerie",
    "interlocuteur", "recruteur", "raison", "sociale", "candidature", "entretien", "categories",
    "commun", "ville", "rue", "bureau", "deuxieme",
];

/// Folded header words that only English headers use.
#[rustfmt::skip]
const ENGLISH: &[&str] = &[
    "name", "first", "last", "full", "given", "surname", "company", "organization", "employer",
    "position", "title", "job", "role", "address", "phone", "mobile", "number", "profile",
    "category", "relationship", "how", "met", "found", "objective", "goal", "goals", "what",
    "interest", "area", "timeframe", "next", "when", "due", "deadline", "target", "contacted",
    "connected", "meeting", "status", "stage", "frequency", "keep", "touch", "every",
    "priority", "give", "back", "help", "comments", "rank", "tier", "step", "flag", "days",
    "late", "why", "follow", "activity", "applied", "referred", "lead", "engagement", "seen",
    "outreach", "person", "recruiter", "owner", "labels", "value", "street", "city", "state",
    "mutual", "introduced", "sent", "stage",
];

/// The language the headers are written in, when their words tell.
pub fn of_headers<'a>(headers: impl Iterator<Item = &'a str>) -> Option<Lang> {
    let (mut fr, mut en) = (0, 0);
    for h in headers {
        let folded = words(h);
        for word in folded.split(' ') {
            fr += usize::from(FRENCH.contains(&word));
            en += usize::from(ENGLISH.contains(&word));
        }
    }
    match fr.cmp(&en) {
        std::cmp::Ordering::Greater => Some(Lang::Fr),
        std::cmp::Ordering::Less => Some(Lang::En),
        std::cmp::Ordering::Equal => None,
    }
}

#[cfg(test)]
mod tests;
