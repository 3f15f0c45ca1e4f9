//! The default words of the drafts: one row per action (subject and body templates), each
//! written three times by hand, in French with "vous", in French with "tu" and in English; and
//! the phrases the placeholders expand to (the opener fitted to the kind of contact, the topic
//! fitted to the objective, the How, the questions to ask). An action added to `NextAction`
//! gets its draft by adding its row to [`ACTIONS`]; a test checks that every action has one.
//!
//! A template is text with placeholders (`{greeting}`...; the list is [`PLACEHOLDERS`]). A
//! line that uses a placeholder with no value is left out, so "{introducer} suggested I write"
//! disappears when nobody introduced the contact; a line starting with `|` is said instead of
//! the line above it when that one was left out. A subject may give several lines: the first
//! one kept is the subject.
//!
//! The rules the default drafts follow (the method's): a first message is one precise, easy
//! ask fitted to the kind of contact and to the What, names the introducer first, and never
//! asks for a job nor sends a CV; a follow-up asks once; a yes is answered with days to choose
//! from, never pitched again; a thank-you names one thing learned and the next step, and asks
//! for a name or two; news asks for nothing; preparing is a checklist; an answer refers to the
//! request; an introducer is thanked by naming the person introduced, and promised a message
//! to them only when the plan writes to them. The user's own notes are never pasted inside a
//! sentence: what the user can offer stands beside the draft. Every message ends with a
//! closing line, and the blanks left for the user are named ("[ma réponse]").

use crate::model::{How, NextAction, Objective};

pub use crate::vocab::placeholders::PLACEHOLDERS;

/// A subject and a body template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words {
    pub subject: &'static str,
    pub body: &'static str,
}

/// How a draft speaks: in French with "vous" or "tu", or in English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    Vous,
    Tu,
    En,
}

/// Three texts of one thing, one per voice, each written as a person would write it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct By<T> {
    pub vous: T,
    pub tu: T,
    pub en: T,
}

impl<T: Copy> By<T> {
    pub fn get(&self, voice: Voice) -> T {
        match voice {
            Voice::Vous => self.vous,
            Voice::Tu => self.tu,
            Voice::En => self.en,
        }
    }
}

/// The default draft of one action, in the three voices.
#[derive(Debug, Clone, Copy)]
pub struct ActionRow {
    pub action: NextAction,
    pub words: By<Words>,
}

/// A first message to someone already met (a meeting again, on the contact's cadence): news
/// and a new meeting, never the first pitch again.
pub const PROPOSE_AGAIN: By<Words> = By {
    vous: Words {
        subject: "Se revoir ?",
        body: "{greeting}\n\
               J'espère que vous allez bien depuis notre dernier échange.\n\
               {project}\n\
               J'aimerais beaucoup vous en parler de vive voix : auriez-vous {how} {when} ?\n\
               Au plaisir de vous revoir,\n\
               {signature}",
    },
    tu: Words {
        subject: "On se revoit ?",
        body: "{greeting}\n\
               J'espère que tu vas bien depuis la dernière fois !\n\
               {project}\n\
               J'aimerais bien t'en parler de vive voix : aurais-tu {how} {when} ?\n\
               À très vite,\n\
               {signature}",
    },
    en: Words {
        subject: "Catching up?",
        body: "{greeting}\n\
               I hope all has been well since we last spoke.\n\
               {project}\n\
               I would love to tell you more in person: would you have {how} {when}?\n\
               Looking forward to seeing you again,\n\
               {signature}",
    },
};

/// The default drafts, one row per action.
pub const ACTIONS: &[ActionRow] = &[
    ActionRow {
        action: NextAction::Propose,
        words: By {
            vous: Words {
                subject: "{introducer} m'a conseillé de vous écrire\n{topic}\n{about}",
                body: "{greeting}\n\
                       {introducer} m'a conseillé de vous écrire.\n\
                       {opener}\n\
                       {project}\n\
                       J'aimerais beaucoup avoir votre regard sur un point précis : {topic}.\n\
                       |J'aimerais beaucoup échanger avec vous sur {objective}.\n\
                       Auriez-vous {how} {when} ?\n\
                       Merci d'avance,\n\
                       {signature}",
            },
            tu: Words {
                subject: "{introducer} m'a conseillé de t'écrire\n{topic}\n{about}",
                body: "{greeting}\n\
                       {introducer} m'a conseillé de t'écrire.\n\
                       {opener}\n\
                       {project}\n\
                       J'aimerais beaucoup avoir ton avis sur un point précis : {topic}.\n\
                       |J'aimerais beaucoup qu'on échange sur {objective}.\n\
                       Aurais-tu {how} {when} ?\n\
                       Merci d'avance, et à bientôt,\n\
                       {signature}",
            },
            en: Words {
                subject: "{introducer} suggested I write to you\n{topic}\n{about}",
                body: "{greeting}\n\
                       {introducer} suggested I get in touch with you.\n\
                       {opener}\n\
                       {project}\n\
                       I would value your view on one precise point: {topic}.\n\
                       |I would love to hear about {objective}.\n\
                       Would you have {how} {when}?\n\
                       Thank you,\n\
                       {signature}",
            },
        },
    },
    ActionRow {
        action: NextAction::FollowUp,
        words: By {
            vous: Words {
                subject: "Suite à mon message",
                body: "{greeting}\n\
                       Je me permets de revenir vers vous au sujet de mon message : auriez-vous \
                       {how} dans les semaines qui viennent ?\n\
                       Si le moment est mal choisi, je comprendrai tout à fait.\n\
                       Bien à vous,\n\
                       {signature}",
            },
            tu: Words {
                subject: "Suite à mon message",
                body: "{greeting}\n\
                       Je reviens vers toi au sujet de mon message : aurais-tu {how} dans les \
                       semaines qui viennent ?\n\
                       Si ce n'est pas le bon moment, pas de souci, dis-le-moi simplement.\n\
                       À bientôt,\n\
                       {signature}",
            },
            en: Words {
                subject: "Following up",
                body: "{greeting}\n\
                       Following up on my message: would you have {how} in the coming weeks?\n\
                       If now is not a good time, I will understand.\n\
                       Best regards,\n\
                       {signature}",
            },
        },
    },
    ActionRow {
        action: NextAction::Schedule,
        words: By {
            vous: Words {
                subject: "Pour notre {meeting}",
                body: "{greeting}\n\
                       Merci pour votre réponse, avec plaisir !\n\
                       Est-ce que {days} vous conviendrait ? Sinon, dites-moi simplement ce qui \
                       vous arrange.\n\
                       |Quel jour vous conviendrait ? Je m'adapte à vos disponibilités.\n\
                       Bien à vous,\n\
                       {signature}",
            },
            tu: Words {
                subject: "Pour notre {meeting}",
                body: "{greeting}\n\
                       Merci pour ta réponse, avec plaisir !\n\
                       Est-ce que {days} t'irait ? Sinon, dis-moi ce qui t'arrange.\n\
                       |Quel jour t'arrangerait ? Je m'adapte à tes disponibilités.\n\
                       À très vite,\n\
                       {signature}",
            },
            en: Words {
                subject: "A day for our {meeting}",
                body: "{greeting}\n\
                       Thank you for your reply, I would be glad to.\n\
                       Would {days} suit you? If not, just tell me what works for you.\n\
                       |Which day would suit you? I can fit around your schedule.\n\
                       Best regards,\n\
                       {signature}",
            },
        },
    },
    ActionRow {
        action: NextAction::Prepare,
        words: By {
            vous: PREPARE_FR,
            tu: PREPARE_FR,
            en: Words {
                subject: "Prepare the meeting with {name}",
                body: "Meeting with {name}\n\
                       Role: {role}\n\
                       Company: {company}\n\
                       Introduced by: {introducer}\n\
                       Why them: {what}\n\
                       Topic: {objective}\n\
                       Deadline: {deadline}\n\
                       Three questions to ask:\n\
                       {questions}\n\
                       To offer in return: {give_back}\n\
                       Afterwards: thank them within two days, and ask for a name or two.",
            },
        },
    },
    ActionRow {
        action: NextAction::Thank,
        words: By {
            vous: Words {
                subject: "Merci pour notre échange",
                body: "{greeting}\n\
                       Merci encore pour le temps que vous m'avez accordé. J'ai surtout retenu \
                       [ce que j'ai retenu].\n\
                       Je vais maintenant [ma prochaine étape], et je vous dirai ce qu'il en \
                       est.\n\
                       Si notre échange vous a fait penser à une ou deux personnes que je \
                       gagnerais à rencontrer, leurs noms me seraient précieux.\n\
                       Bien à vous,\n\
                       {signature}",
            },
            tu: Words {
                subject: "Merci pour notre échange",
                body: "{greeting}\n\
                       Merci encore pour ton temps, ça m'a été très utile. J'ai surtout retenu \
                       [ce que j'ai retenu].\n\
                       Je vais maintenant [ma prochaine étape], je te dirai ce qu'il en est.\n\
                       Si tu penses à une ou deux personnes que je gagnerais à rencontrer, \
                       leurs noms me seraient précieux.\n\
                       À bientôt,\n\
                       {signature}",
            },
            en: Words {
                subject: "Thank you for your time",
                body: "{greeting}\n\
                       Thank you again for your time. What I took away most: [what I took \
                       away].\n\
                       Next, I will [my next step], and I will let you know how it goes.\n\
                       If our talk brought to mind one or two people I should meet, their names \
                       would help me a lot.\n\
                       Best regards,\n\
                       {signature}",
            },
        },
    },
    ActionRow {
        action: NextAction::KeepInTouch,
        words: By {
            vous: Words {
                subject: "Des nouvelles de mon projet",
                body: "{greeting}\n\
                       Quelques nouvelles, comme promis.\n\
                       {project}\n\
                       {thanks_line}\n\
                       Bien à vous,\n\
                       {signature}",
            },
            tu: Words {
                subject: "Des nouvelles de mon projet",
                body: "{greeting}\n\
                       Quelques nouvelles, comme promis !\n\
                       {project}\n\
                       {thanks_line}\n\
                       À bientôt,\n\
                       {signature}",
            },
            en: Words {
                subject: "News of my project",
                body: "{greeting}\n\
                       Some news, as promised.\n\
                       {project}\n\
                       {thanks_line}\n\
                       Best regards,\n\
                       {signature}",
            },
        },
    },
    ActionRow {
        action: NextAction::Answer,
        words: By {
            vous: Words {
                subject: "Votre demande : {request}\nVotre demande",
                body: "{greeting}\n\
                       Merci pour votre message.\n\
                       Au sujet de votre demande ({request}), voici ce que je peux vous dire : \
                       [ma réponse].\n\
                       |Au sujet de votre demande, voici ce que je peux vous dire : [ma \
                       réponse].\n\
                       Si je peux faire autre chose, dites-le-moi volontiers.\n\
                       Bien à vous,\n\
                       {signature}",
            },
            tu: Words {
                subject: "Ta demande : {request}\nTa demande",
                body: "{greeting}\n\
                       Merci pour ton message.\n\
                       Pour ta demande ({request}), voici ce que je peux te dire : [ma \
                       réponse].\n\
                       |Pour ta demande, voici ce que je peux te dire : [ma réponse].\n\
                       Si je peux faire autre chose, n'hésite pas.\n\
                       À bientôt,\n\
                       {signature}",
            },
            en: Words {
                subject: "Your request: {request}\nYour request",
                body: "{greeting}\n\
                       Thank you for your message.\n\
                       About your request ({request}), here is what I can tell you: [my \
                       answer].\n\
                       |About your request, here is what I can tell you: [my answer].\n\
                       If there is anything else I can do, just say so.\n\
                       Best regards,\n\
                       {signature}",
            },
        },
    },
    ActionRow {
        action: NextAction::ThankIntroducer,
        words: By {
            vous: Words {
                subject: "Merci pour la mise en relation avec {introduced}\n\
                          Merci pour la mise en relation",
                body: "{greeting}\n\
                       Merci beaucoup pour la mise en relation avec {introduced}, c'est très \
                       généreux de votre part.\n\
                       |Merci beaucoup pour la mise en relation, c'est très généreux de votre \
                       part.\n\
                       Je lui écris {write_on}, et je vous dirai comment s'est passé notre \
                       échange.\n\
                       |Je vous tiendrai au courant de la suite.\n\
                       Bien à vous,\n\
                       {signature}",
            },
            tu: Words {
                subject: "Merci pour la mise en relation avec {introduced}\n\
                          Merci pour la mise en relation",
                body: "{greeting}\n\
                       Merci beaucoup pour la mise en relation avec {introduced}, c'est super \
                       sympa !\n\
                       |Merci beaucoup pour la mise en relation, c'est super sympa !\n\
                       Je lui écris {write_on}, et je te dirai comment s'est passé notre \
                       échange.\n\
                       |Je te tiendrai au courant de la suite.\n\
                       À bientôt,\n\
                       {signature}",
            },
            en: Words {
                subject: "Thank you for introducing me to {introduced}\n\
                          Thank you for the introduction",
                body: "{greeting}\n\
                       Thank you so much for introducing me to {introduced}, that is very kind \
                       of you.\n\
                       |Thank you so much for the introduction, that is very kind of you.\n\
                       I will write to them {write_on} and let you know how our conversation \
                       goes.\n\
                       |I will keep you posted on how things go.\n\
                       Best regards,\n\
                       {signature}",
            },
        },
    },
    ActionRow {
        action: NextAction::InformIntroducer,
        words: By {
            vous: Words {
                subject: "Des nouvelles après la mise en relation",
                body: "{greeting}\n\
                       Merci encore de m'avoir fait rencontrer {introduced} : nous avons pu \
                       échanger.\n\
                       |Merci encore pour la mise en relation : nous avons pu échanger.\n\
                       L'échange a été précieux : [ce que j'en retiens]. La suite : [la \
                       prochaine étape].\n\
                       Je vous tiendrai au courant.\n\
                       Bien à vous,\n\
                       {signature}",
            },
            tu: Words {
                subject: "Des nouvelles après la mise en relation",
                body: "{greeting}\n\
                       Merci encore de m'avoir fait rencontrer {introduced} : on a pu \
                       échanger.\n\
                       |Merci encore pour la mise en relation : on a pu échanger.\n\
                       C'était précieux : [ce que j'en retiens]. La suite : [la prochaine \
                       étape].\n\
                       Je te tiens au courant.\n\
                       À bientôt,\n\
                       {signature}",
            },
            en: Words {
                subject: "News after your introduction",
                body: "{greeting}\n\
                       Thank you again for introducing me to {introduced}: we had our \
                       conversation.\n\
                       |Thank you again for the introduction: we had our conversation.\n\
                       It was very helpful: [what I took away]. What comes next: [my next \
                       step].\n\
                       I will keep you posted.\n\
                       Best regards,\n\
                       {signature}",
            },
        },
    },
];

/// The checklist before a meeting, for the user: the same whatever the register.
const PREPARE_FR: Words = Words {
    subject: "Préparer le rendez-vous avec {name}",
    body: "Rendez-vous avec {name}\n\
           Poste : {role}\n\
           Entreprise : {company}\n\
           Présenté par : {introducer}\n\
           Pourquoi le contacter : {what}\n\
           Sujet : {objective}\n\
           Échéance : {deadline}\n\
           Trois questions à poser :\n\
           {questions}\n\
           À offrir en retour : {give_back}\n\
           Après : remercier sous deux jours, et demander un ou deux noms.",
};

/// The default row of `action`, if it has a draft (`none` has none).
pub fn action_row(action: NextAction) -> Option<&'static ActionRow> {
    ACTIONS.iter().find(|r| r.action == action)
}

/// Whom a first message speaks to, from the category, the role and the words of the row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// A former colleague, a classmate, a friend: someone the user knows.
    Peer,
    /// Someone who excels in their field, or inspires the user.
    Expert,
    Recruiter,
    Investor,
    Influencer,
    /// A founder or a business owner.
    Entrepreneur,
    Other,
}

/// The line that opens a first message after the greeting, fitted to whom it speaks to.
pub fn opener(audience: Audience) -> Option<By<&'static str>> {
    Some(match audience {
        Audience::Peer => By {
            vous: "J'espère que vous allez bien depuis notre dernier échange.",
            tu: "J'espère que tu vas bien depuis la dernière fois !",
            en: "I hope all has been well since we last spoke.",
        },
        Audience::Expert => By {
            vous: "Votre expérience dans votre domaine m'intéresse beaucoup.",
            tu: "Ton expérience dans ton domaine m'intéresse beaucoup.",
            en: "Your experience in your field interests me a lot.",
        },
        Audience::Recruiter => By {
            vous: "Vous recrutez sur des postes proches de ceux que je vise.",
            tu: "Tu recrutes sur des postes proches de ceux que je vise.",
            en: "You recruit for roles close to the ones I am aiming for.",
        },
        Audience::Investor => By {
            vous: "Vous accompagnez des projets comme le mien.",
            tu: "Tu accompagnes des projets comme le mien.",
            en: "You back projects like mine.",
        },
        Audience::Influencer => By {
            vous: "Je suis avec intérêt ce que vous publiez.",
            tu: "Je suis avec intérêt ce que tu publies.",
            en: "I follow what you publish with interest.",
        },
        Audience::Entrepreneur => By {
            vous: "Votre parcours à la tête de votre entreprise m'intéresse beaucoup.",
            tu: "Ton parcours à la tête de ta boîte m'intéresse beaucoup.",
            en: "Your path as a founder interests me a lot.",
        },
        Audience::Other => return None,
    })
}

/// What `{objective}` says: what the user wants to talk about, fitted to the objective and to
/// whom it speaks, with the contact's company (`{company}`) and without.
#[derive(Debug, Clone, Copy)]
pub struct Topic {
    pub with_company: By<&'static str>,
    pub without: By<&'static str>,
    /// The subject of a first message that has no precise What.
    pub about: By<&'static str>,
}

/// The topic of a first message: each objective its own language. A job is the company and
/// the work, never "a job" nor a CV (with a recruiter, what their clients look for); business
/// is the contact's needs and how they choose suppliers, never a pitch; partners are peers or
/// firms to work with; investors what they look at before investing.
pub fn topic(objective: Option<Objective>, audience: Audience) -> Topic {
    match (objective, audience) {
        (Some(Objective::Job), Audience::Recruiter) => Topic {
            with_company: By {
                vous: "le marché des profils comme le mien : ce qui est recherché en ce moment, \
                       et ce qui fait la différence",
                tu: "le marché des profils comme le mien : ce qui est recherché en ce moment, et \
                     ce qui fait la différence",
                en: "the market for profiles like mine: what is in demand at the moment, and \
                     what makes the difference",
            },
            without: By {
                vous: "le marché des profils comme le mien : ce qui est recherché en ce moment, \
                       et ce qui fait la différence",
                tu: "le marché des profils comme le mien : ce qui est recherché en ce moment, et \
                     ce qui fait la différence",
                en: "the market for profiles like mine: what is in demand at the moment, and \
                     what makes the difference",
            },
            about: By {
                vous: "Le marché des profils comme le mien",
                tu: "Le marché des profils comme le mien",
                en: "The market for profiles like mine",
            },
        },
        (Some(Objective::Job), _) => Topic {
            with_company: By {
                vous: "la façon dont on travaille chez {company} et votre métier au quotidien",
                tu: "la façon dont on travaille chez {company} et ton métier au quotidien",
                en: "how things work at {company} and what your work looks like day to day",
            },
            without: By {
                vous: "votre entreprise et votre métier au quotidien",
                tu: "ta boîte et ton métier au quotidien",
                en: "how things work in your company and what your work looks like day to day",
            },
            about: By {
                vous: "Votre métier au quotidien",
                tu: "Ton métier au quotidien",
                en: "Your work, day to day",
            },
        },
        (Some(Objective::Business), _) => Topic {
            with_company: By {
                vous: "les besoins de {company} en ce moment, et la façon dont vous choisissez \
                       vos prestataires",
                tu: "les besoins de {company} en ce moment, et la façon dont tu choisis tes \
                     prestataires",
                en: "what {company} needs at the moment, and how you choose your suppliers",
            },
            without: By {
                vous: "vos besoins du moment, et la façon dont vous choisissez vos prestataires",
                tu: "tes besoins du moment, et la façon dont tu choisis tes prestataires",
                en: "what you need at the moment, and how you choose your suppliers",
            },
            about: By {
                vous: "Vos besoins du moment",
                tu: "Tes besoins du moment",
                en: "What you need at the moment",
            },
        },
        (Some(Objective::Watch), _) => Topic {
            with_company: By {
                vous: "l'évolution de votre secteur : ce qui change, ce qu'il faut suivre",
                tu: "l'évolution de ton secteur : ce qui change, ce qu'il faut suivre",
                en: "where your field is going: what is changing and what to watch",
            },
            without: By {
                vous: "l'évolution de votre secteur : ce qui change, ce qu'il faut suivre",
                tu: "l'évolution de ton secteur : ce qui change, ce qu'il faut suivre",
                en: "where your field is going: what is changing and what to watch",
            },
            about: By {
                vous: "Ce qui change dans votre secteur",
                tu: "Ce qui change dans ton secteur",
                en: "What is changing in your field",
            },
        },
        (Some(Objective::Expertise), _) => Topic {
            with_company: By {
                vous: "votre expérience : ce qui compte vraiment dans votre domaine, et ce que \
                       vous me conseilleriez de suivre",
                tu: "ton expérience : ce qui compte vraiment dans ton domaine, et ce que tu me \
                     conseillerais de suivre",
                en: "your experience: what really matters in your field, and what you would \
                     advise me to follow",
            },
            without: By {
                vous: "votre expérience : ce qui compte vraiment dans votre domaine, et ce que \
                       vous me conseilleriez de suivre",
                tu: "ton expérience : ce qui compte vraiment dans ton domaine, et ce que tu me \
                     conseillerais de suivre",
                en: "your experience: what really matters in your field, and what you would \
                     advise me to follow",
            },
            about: By {
                vous: "Votre regard sur votre domaine",
                tu: "Ton regard sur ton domaine",
                en: "Your view of your field",
            },
        },
        (Some(Objective::Partners), Audience::Investor) => Topic {
            with_company: By {
                vous: "ce que vous regardez dans un projet comme le mien avant d'y investir",
                tu: "ce que tu regardes dans un projet comme le mien avant d'y investir",
                en: "what you look for in a project like mine before investing in it",
            },
            without: By {
                vous: "ce que vous regardez dans un projet comme le mien avant d'y investir",
                tu: "ce que tu regardes dans un projet comme le mien avant d'y investir",
                en: "what you look for in a project like mine before investing in it",
            },
            about: By {
                vous: "Mon projet, vu par un investisseur",
                tu: "Mon projet, vu par un investisseur",
                en: "My project, from an investor's side",
            },
        },
        (Some(Objective::Partners), _) => Topic {
            with_company: By {
                vous: "ce que fait {company} et ce que nous pourrions faire ensemble : où nos \
                       offres se complètent",
                tu: "ce que fait {company} et ce qu'on pourrait faire ensemble : où nos offres \
                     se complètent",
                en: "what {company} does and what we could do together: where our offers fit",
            },
            without: By {
                vous: "ce que vous faites et ce que nous pourrions faire ensemble : où nos \
                       offres se complètent",
                tu: "ce que tu fais et ce qu'on pourrait faire ensemble : où nos offres se \
                     complètent",
                en: "what you do and what we could do together: where our offers fit",
            },
            about: By {
                vous: "Travailler ensemble ?",
                tu: "Travailler ensemble ?",
                en: "Working together?",
            },
        },
        (None, _) => Topic {
            with_company: By {
                vous: "votre parcours et votre regard sur mon projet",
                tu: "ton parcours et ton regard sur mon projet",
                en: "your path and what you think of my project",
            },
            without: By {
                vous: "votre parcours et votre regard sur mon projet",
                tu: "ton parcours et ton regard sur mon projet",
                en: "your path and what you think of my project",
            },
            about: By {
                vous: "Votre regard sur mon projet",
                tu: "Ton regard sur mon projet",
                en: "Your view on my project",
            },
        },
    }
}

/// Three questions to ask at a meeting, by objective (investors apart from partners), in the
/// three voices.
pub fn questions(objective: Option<Objective>, audience: Audience) -> By<[&'static str; 3]> {
    match (objective, audience) {
        (Some(Objective::Job), _) => By {
            vous: [
                "Qu'est-ce qui fait réussir quelqu'un dans votre équipe ?",
                "Comment votre entreprise recrute-t-elle, au-delà des annonces ?",
                "Qui d'autre me conseilleriez-vous de rencontrer ?",
            ],
            tu: [
                "Qu'est-ce qui fait réussir quelqu'un dans ton équipe ?",
                "Comment ta boîte recrute-t-elle, au-delà des annonces ?",
                "Qui d'autre me conseillerais-tu de rencontrer ?",
            ],
            en: [
                "What makes someone succeed in your team?",
                "How does your company hire, beyond the ads?",
                "Who else would you suggest I talk to?",
            ],
        },
        (Some(Objective::Business), _) => By {
            vous: [
                "Qu'est-ce qui vous occupe le plus en ce moment ?",
                "Comment choisissez-vous un nouveau prestataire ?",
                "Qui d'autre autour de vous a ce besoin ?",
            ],
            tu: [
                "Qu'est-ce qui t'occupe le plus en ce moment ?",
                "Comment choisis-tu un nouveau prestataire ?",
                "Qui d'autre autour de toi a ce besoin ?",
            ],
            en: [
                "What keeps you busiest at the moment?",
                "How do you choose a new supplier?",
                "Who else around you has this need?",
            ],
        },
        (Some(Objective::Watch), _) => By {
            vous: [
                "Qu'est-ce qui change le plus dans votre secteur en ce moment ?",
                "Quelles sources suivez-vous ?",
                "Qui faut-il écouter sur le sujet ?",
            ],
            tu: [
                "Qu'est-ce qui change le plus dans ton secteur en ce moment ?",
                "Quelles sources suis-tu ?",
                "Qui faut-il écouter sur le sujet ?",
            ],
            en: [
                "What is changing most in your field right now?",
                "Which sources do you follow?",
                "Who should I listen to on the subject?",
            ],
        },
        (Some(Objective::Expertise), _) => By {
            vous: [
                "Qu'est-ce qui compte vraiment dans votre métier ?",
                "Quelle erreur éviter quand on s'y met ?",
                "Quel livre, cours ou personne me conseillez-vous ?",
            ],
            tu: [
                "Qu'est-ce qui compte vraiment dans ton métier ?",
                "Quelle erreur éviter quand on s'y met ?",
                "Quel livre, cours ou personne me conseilles-tu ?",
            ],
            en: [
                "What really matters in your trade?",
                "Which mistake should one avoid when starting?",
                "Which book, course or person would you recommend?",
            ],
        },
        (Some(Objective::Partners), Audience::Investor) => By {
            vous: [
                "Que regardez-vous d'abord dans un projet ?",
                "Qu'est-ce qui vous ferait dire non ?",
                "Qui d'autre devrais-je rencontrer ?",
            ],
            tu: [
                "Que regardes-tu d'abord dans un projet ?",
                "Qu'est-ce qui te ferait dire non ?",
                "Qui d'autre devrais-je rencontrer ?",
            ],
            en: [
                "What do you look at first in a project?",
                "What would make you say no?",
                "Who else should I meet?",
            ],
        },
        (Some(Objective::Partners), _) => By {
            vous: [
                "Sur quels projets travaillez-vous en ce moment ?",
                "Qu'est-ce qui vous manque pour en prendre davantage ?",
                "Comment travaillez-vous d'habitude avec un partenaire ?",
            ],
            tu: [
                "Sur quels projets travailles-tu en ce moment ?",
                "Qu'est-ce qui te manque pour en prendre davantage ?",
                "Comment travailles-tu d'habitude avec un partenaire ?",
            ],
            en: [
                "Which projects are you working on at the moment?",
                "What would you need to take on more?",
                "How do you usually work with a partner?",
            ],
        },
        (None, _) => By {
            vous: [
                "Sur quoi travaillez-vous en ce moment ?",
                "Qu'est-ce qui vous aiderait, et comment puis-je y contribuer ?",
                "Qui d'autre devrais-je rencontrer ?",
            ],
            tu: [
                "Sur quoi travailles-tu en ce moment ?",
                "Qu'est-ce qui t'aiderait, et comment puis-je y contribuer ?",
                "Qui d'autre devrais-je rencontrer ?",
            ],
            en: [
                "What are you working on at the moment?",
                "What would help you, and how can I contribute?",
                "Who else should I meet?",
            ],
        },
    }
}

/// What `{how}` says: the easy ask fitted to the How (the same words with tu and vous). A How
/// that is a channel rather than a meeting (e-mail, message) or none asks for a call or a
/// coffee.
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
            "vingt minutes pour un appel ou un café",
            "twenty minutes for a call or a coffee",
        ),
    }
}

/// What `{meeting}` says: the meeting agreed, after "notre" / "our".
pub fn meeting_word(how: Option<How>) -> (&'static str, &'static str) {
    match how {
        Some(How::Coffee) => ("café", "coffee"),
        Some(How::Lunch) => ("déjeuner", "lunch"),
        Some(How::Call) => ("appel", "call"),
        Some(How::Video) => ("visio", "video call"),
        _ => ("rendez-vous", "meeting"),
    }
}

/// The named blanks left for the user, by what they stand for: French, English.
pub mod blank {
    /// `[me] project` missing, in a first message.
    pub const LOOKING_FOR: (&str, &str) = ("[ce que je cherche]", "[what I'm looking for]");
    /// `[me] project` missing, in news.
    pub const NEWS: (&str, &str) = ("[où j'en suis]", "[where I am now]");
    /// `[me] name` and `signature` missing.
    pub const MY_NAME: (&str, &str) = ("[mon nom]", "[my name]");
    /// What the user can offer, in a checklist.
    pub const TO_OFFER: (&str, &str) = ("[ce que je peux lui apporter]", "[what I can offer]");
}
