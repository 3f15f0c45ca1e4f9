//! The default words of the drafts, French and English side by side: one row per action
//! (subject and body templates), and the phrases the placeholders `{objective}`, `{how}` and
//! `{questions}` expand to. An action added to `NextAction` gets its draft by adding its row to
//! [`ACTIONS`]; a test checks that every action has one.
//!
//! A template is text with placeholders (`{first_name}`...; the list is [`PLACEHOLDERS`]). A
//! line that uses a placeholder with no value is left out, so "{introducer} suggested I write"
//! disappears when nobody introduced the contact. A subject may give several lines: the first
//! one kept is the subject.

use crate::model::{How, NextAction, Objective};

pub use crate::vocab::placeholders::PLACEHOLDERS;

/// A subject and a body template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words {
    pub subject: &'static str,
    pub body: &'static str,
}

/// The default draft of one action, in both languages.
#[derive(Debug, Clone, Copy)]
pub struct ActionRow {
    pub action: NextAction,
    pub fr: Words,
    pub en: Words,
}

/// The default drafts, one row per action. The rules they follow (the method's): a proposal
/// is one precise, easy ask (no deadline of the user's to press the contact), names the
/// introducer first, and never asks for a job or sends a CV; a follow-up asks once; a thank-you names one thing learned, the next step, and asks for
/// a name or two; news asks for nothing; preparing is a checklist; an answer to a request
/// answers it and offers the give-back idea; an introducer is thanked and told how it went.
pub const ACTIONS: &[ActionRow] = &[
    ActionRow {
        action: NextAction::Propose,
        fr: Words {
            subject: "{introducer} m'a conseillé de vous écrire\nUne question pour vous",
            body: "Bonjour {first_name},\n\
                   {introducer} m'a conseillé de vous écrire.\n\
                   {project}\n\
                   J'aimerais beaucoup échanger avec vous sur {objective}.\n\
                   Auriez-vous {how} dans les semaines qui viennent ?\n\
                   Merci d'avance,\n\
                   {signature}",
        },
        en: Words {
            subject: "{introducer} suggested I write to you\nA short question",
            body: "Hello {first_name},\n\
                   {introducer} suggested I get in touch with you.\n\
                   {project}\n\
                   I would love to hear about {objective}.\n\
                   Would you have {how} in the coming weeks?\n\
                   Thank you,\n\
                   {signature}",
        },
    },
    ActionRow {
        action: NextAction::FollowUp,
        fr: Words {
            subject: "Suite à mon message",
            body: "Bonjour {first_name},\n\
                   Je me permets de revenir vers vous : auriez-vous {how} dans les semaines \
                   qui viennent ?\n\
                   Si le moment est mal choisi, je comprendrai tout à fait.\n\
                   {signature}",
        },
        en: Words {
            subject: "Following up",
            body: "Hello {first_name},\n\
                   Following up on my message: would you have {how} in the coming weeks?\n\
                   If now is not a good time, I will understand.\n\
                   {signature}",
        },
    },
    ActionRow {
        action: NextAction::Schedule,
        fr: Words {
            subject: "Pour notre rendez-vous",
            body: "Bonjour {first_name},\n\
                   Merci pour votre réponse, avec plaisir !\n\
                   Quel jour vous conviendrait ? Je peux m'adapter à vos disponibilités.\n\
                   {signature}",
        },
        en: Words {
            subject: "Setting a date",
            body: "Hello {first_name},\n\
                   Thank you for your reply, I would be glad to.\n\
                   Which day would suit you? I can fit around your schedule.\n\
                   {signature}",
        },
    },
    ActionRow {
        action: NextAction::Prepare,
        fr: Words {
            subject: "Préparer le rendez-vous avec {name}",
            body: "Rendez-vous avec {name}\n\
                   Poste : {role}\n\
                   Entreprise : {company}\n\
                   Présenté par : {introducer}\n\
                   Sujet : {objective}\n\
                   Échéance : {deadline}\n\
                   Trois questions à poser :\n\
                   {questions}\n\
                   À offrir en retour : {give_back}",
        },
        en: Words {
            subject: "Prepare the meeting with {name}",
            body: "Meeting with {name}\n\
                   Role: {role}\n\
                   Company: {company}\n\
                   Introduced by: {introducer}\n\
                   Topic: {objective}\n\
                   Deadline: {deadline}\n\
                   Three questions to ask:\n\
                   {questions}\n\
                   To offer in return: {give_back}",
        },
    },
    ActionRow {
        action: NextAction::Thank,
        fr: Words {
            subject: "Merci pour notre échange",
            body: "Bonjour {first_name},\n\
                   Merci encore pour le temps que vous m'avez accordé. J'ai surtout retenu \
                   [...].\n\
                   Je vais maintenant [...], et je vous dirai ce qu'il en est.\n\
                   Si notre échange vous a fait penser à une ou deux personnes à rencontrer, \
                   leurs noms me seraient précieux.\n\
                   Bien à vous,\n\
                   {signature}",
        },
        en: Words {
            subject: "Thank you for your time",
            body: "Hello {first_name},\n\
                   Thank you again for your time. What I took away most: [...].\n\
                   Next, I will [...], and I will let you know how it goes.\n\
                   If our talk brought to mind one or two people I should meet, their names \
                   would help me a lot.\n\
                   Best regards,\n\
                   {signature}",
        },
    },
    ActionRow {
        action: NextAction::KeepInTouch,
        fr: Words {
            subject: "Des nouvelles de mon projet",
            body: "Bonjour {first_name},\n\
                   Quelques nouvelles, comme promis.\n\
                   {project}\n\
                   Merci encore pour votre aide en chemin.\n\
                   Bien à vous,\n\
                   {signature}",
        },
        en: Words {
            subject: "News of my project",
            body: "Hello {first_name},\n\
                   Some news, as promised.\n\
                   {project}\n\
                   Thank you again for your help along the way.\n\
                   Best regards,\n\
                   {signature}",
        },
    },
    ActionRow {
        action: NextAction::Answer,
        fr: Words {
            subject: "Votre demande",
            body: "Bonjour {first_name},\n\
                   Merci pour votre message. Voici ce que je peux vous dire : [...].\n\
                   Une idée pour vous aider aussi : {give_back}.\n\
                   Si je peux faire autre chose, dites-le-moi volontiers.\n\
                   Bien à vous,\n\
                   {signature}",
        },
        en: Words {
            subject: "Your request",
            body: "Hello {first_name},\n\
                   Thank you for your message. Here is what I can tell you: [...].\n\
                   One more way I could help: {give_back}.\n\
                   If there is anything else I can do, just say so.\n\
                   Best regards,\n\
                   {signature}",
        },
    },
    ActionRow {
        action: NextAction::ThankIntroducer,
        fr: Words {
            subject: "Merci pour la mise en relation",
            body: "Bonjour {first_name},\n\
                   Merci beaucoup pour la mise en relation, c'est très généreux de votre part.\n\
                   J'écris à {introduced} dès cette semaine.\n\
                   Je vous dirai comment s'est passé notre échange.\n\
                   Bien à vous,\n\
                   {signature}",
        },
        en: Words {
            subject: "Thank you for the introduction",
            body: "Hello {first_name},\n\
                   Thank you so much for the introduction, that is very kind of you.\n\
                   I will write to {introduced} this week.\n\
                   I will let you know how our conversation goes.\n\
                   Best regards,\n\
                   {signature}",
        },
    },
    ActionRow {
        action: NextAction::InformIntroducer,
        fr: Words {
            subject: "Merci pour la mise en relation",
            body: "Bonjour {first_name},\n\
                   Merci encore de m'avoir mis en relation avec {introduced} : nous nous sommes \
                   rencontrés.\n\
                   L'échange a été précieux : [...]. La suite : [...].\n\
                   Je vous tiendrai au courant.\n\
                   Bien à vous,\n\
                   {signature}",
        },
        en: Words {
            subject: "Thank you for the introduction",
            body: "Hello {first_name},\n\
                   Thank you again for introducing me to {introduced}: we met.\n\
                   It was very helpful: [...]. What comes next: [...].\n\
                   I will keep you posted.\n\
                   Best regards,\n\
                   {signature}",
        },
    },
];

/// Titles that may open a name, folded (French and English): a name that starts with one is
/// greeted whole.
pub const TITLES: &[&str] = &[
    "m", "mme", "mlle", "me", "dr", "pr", "prof", "mr", "mrs", "ms", "miss", "sir",
];

/// The default row of `action`, if it has a draft (`none` has none).
pub fn action_row(action: NextAction) -> Option<&'static ActionRow> {
    ACTIONS.iter().find(|r| r.action == action)
}

/// What `{objective}` says for one objective: what the user wants to talk about, with the
/// contact's company (`{company}`) and without. `None` is a contact with no objective.
pub struct Topic {
    pub objective: Option<Objective>,
    /// (with the company, without), in French then English.
    pub fr: (&'static str, &'static str),
    pub en: (&'static str, &'static str),
}

/// Each objective its own ask. A job is the company and the work, never "a job" nor a CV;
/// business is how they work with suppliers like the user, never a pitch.
pub const TOPICS: &[Topic] = &[
    Topic {
        objective: Some(Objective::Job),
        fr: (
            "la façon dont on travaille chez {company} et votre métier au quotidien",
            "votre entreprise et votre métier au quotidien",
        ),
        en: (
            "how things work at {company} and what your work looks like day to day",
            "how things work in your company and what your work looks like day to day",
        ),
    },
    Topic {
        objective: Some(Objective::Business),
        fr: (
            "la façon dont {company} travaille avec des prestataires comme moi : ce qui \
             compte pour vous, ce qui manque",
            "la façon dont vous travaillez avec des prestataires comme moi : ce qui compte \
             pour vous, ce qui manque",
        ),
        en: (
            "how {company} works with suppliers like me: what matters to you and what is \
             missing",
            "how you work with suppliers like me: what matters to you and what is missing",
        ),
    },
    Topic {
        objective: Some(Objective::Watch),
        fr: (
            "l'évolution de votre secteur : ce qui change, ce qu'il faut suivre",
            "l'évolution de votre secteur : ce qui change, ce qu'il faut suivre",
        ),
        en: (
            "where your field is going: what is changing and what to watch",
            "where your field is going: what is changing and what to watch",
        ),
    },
    Topic {
        objective: Some(Objective::Expertise),
        fr: (
            "votre expérience : comment vous avez appris votre métier et ce que vous \
             conseilleriez à quelqu'un qui débute",
            "votre expérience : comment vous avez appris votre métier et ce que vous \
             conseilleriez à quelqu'un qui débute",
        ),
        en: (
            "your experience: how you learned your trade and what you would advise someone \
             starting out",
            "your experience: how you learned your trade and what you would advise someone \
             starting out",
        ),
    },
    Topic {
        objective: Some(Objective::Partners),
        fr: (
            "ce que vous regardez dans un projet comme le mien avant de vous y associer ou \
             d'y investir",
            "ce que vous regardez dans un projet comme le mien avant de vous y associer ou \
             d'y investir",
        ),
        en: (
            "what you look for in a project like mine before partnering with it or backing it",
            "what you look for in a project like mine before partnering with it or backing it",
        ),
    },
    Topic {
        objective: None,
        fr: (
            "votre parcours et votre regard sur mon projet",
            "votre parcours et votre regard sur mon projet",
        ),
        en: (
            "your path and what you think of my project",
            "your path and what you think of my project",
        ),
    },
];

/// Three questions to ask at a meeting, by objective, French then English.
pub struct Questions {
    pub objective: Option<Objective>,
    pub fr: [&'static str; 3],
    pub en: [&'static str; 3],
}

pub const QUESTIONS: &[Questions] = &[
    Questions {
        objective: Some(Objective::Job),
        fr: [
            "Qu'est-ce qui fait réussir quelqu'un dans votre équipe ?",
            "Comment votre entreprise recrute-t-elle, au-delà des annonces ?",
            "Qui d'autre me conseilleriez-vous de rencontrer ?",
        ],
        en: [
            "What makes someone succeed in your team?",
            "How does your company hire, beyond the ads?",
            "Who else would you suggest I talk to?",
        ],
    },
    Questions {
        objective: Some(Objective::Business),
        fr: [
            "Comment choisissez-vous un nouveau prestataire ?",
            "Qu'est-ce qui vous manque chez vos prestataires actuels ?",
            "Qui d'autre autour de vous a ce besoin ?",
        ],
        en: [
            "How do you choose a new supplier?",
            "What is missing from your current suppliers?",
            "Who else around you has this need?",
        ],
    },
    Questions {
        objective: Some(Objective::Watch),
        fr: [
            "Qu'est-ce qui change le plus dans votre secteur en ce moment ?",
            "Quelles sources suivez-vous ?",
            "Qui faut-il écouter sur le sujet ?",
        ],
        en: [
            "What is changing most in your field right now?",
            "Which sources do you follow?",
            "Who should I listen to on the subject?",
        ],
    },
    Questions {
        objective: Some(Objective::Expertise),
        fr: [
            "Comment avez-vous appris ce métier ?",
            "Quelle erreur de débutant éviter ?",
            "Quel livre, cours ou personne me conseillez-vous ?",
        ],
        en: [
            "How did you learn this trade?",
            "Which beginner's mistake should I avoid?",
            "Which book, course or person would you recommend?",
        ],
    },
    Questions {
        objective: Some(Objective::Partners),
        fr: [
            "Que regardez-vous d'abord dans un projet ?",
            "Qu'est-ce qui vous ferait dire non ?",
            "Qui d'autre devrais-je rencontrer ?",
        ],
        en: [
            "What do you look at first in a project?",
            "What would make you say no?",
            "Who else should I meet?",
        ],
    },
    Questions {
        objective: None,
        fr: [
            "Sur quoi travaillez-vous en ce moment ?",
            "Qu'est-ce qui vous aiderait, et comment puis-je y contribuer ?",
            "Qui d'autre devrais-je rencontrer ?",
        ],
        en: [
            "What are you working on at the moment?",
            "What would help you, and how can I contribute?",
            "Who else should I meet?",
        ],
    },
];

/// What `{how}` says: the easy ask fitted to the How (French, English). A How that is a
/// channel rather than a meeting (e-mail, message) or none asks for a call or a coffee.
pub fn how_phrase(how: Option<How>) -> (&'static str, &'static str) {
    match how {
        Some(How::Coffee) => ("vingt minutes pour un café", "twenty minutes for a coffee"),
        Some(How::Lunch) => ("le temps d'un déjeuner", "time for lunch"),
        Some(How::Call) => ("vingt minutes pour un appel", "twenty minutes for a call"),
        Some(How::Video) => (
            "vingt minutes pour une visio",
            "twenty minutes for a video call",
        ),
        Some(How::Event) => (
            "quelques minutes lors d'un prochain événement",
            "a few minutes at an upcoming event",
        ),
        Some(How::Meeting) => (
            "vingt minutes pour un rendez-vous",
            "twenty minutes to meet",
        ),
        Some(How::Email | How::Message) | None => (
            "vingt minutes, au téléphone ou autour d'un café",
            "twenty minutes, on the phone or over coffee",
        ),
    }
}

/// The topic of `objective`.
pub fn topic(objective: Option<Objective>) -> &'static Topic {
    TOPICS
        .iter()
        .find(|t| t.objective == objective)
        .unwrap_or(&TOPICS[TOPICS.len() - 1])
}

/// The questions of `objective`.
pub fn questions(objective: Option<Objective>) -> &'static Questions {
    QUESTIONS
        .iter()
        .find(|q| q.objective == objective)
        .unwrap_or(&QUESTIONS[QUESTIONS.len() - 1])
}
