//! Golden drafts: each action in each language on one fixed contact, and the rules every
//! default draft keeps (length, no emoji, no CV in a job proposal, the introducer first).

use super::*;
use crate::model::How;
use crate::testkit::d;

/// Claire Martin, DRH at Acme, introduced by Paul Durand: a job contact to meet for coffee.
fn claire() -> Contact<'static> {
    Contact {
        row: 2,
        name: "Claire Martin".into(),
        first_name: Some("Claire".into()),
        company: Some("Acme".into()),
        role: Some("DRH".into()),
        email: Some("claire.martin@example.com".into()),
        objectives: vec![Objective::Job].into(),
        how: Some(How::Coffee),
        deadline: Some(d("2026-12-15")),
        give_back: Some("Lui présenter l'équipe données".into()),
        introduced_by: Some("Paul Durand".into()),
        ..Contact::default()
    }
}

fn me(lang: Lang) -> Settings {
    Settings {
        name: Some("Camille Durand".into()),
        signature: None,
        project: Some(
            lang.pick(
                "Je prépare ma reconversion vers l'analyse de données en santé.",
                "I am moving into data analysis in healthcare.",
            )
            .into(),
        ),
        custom: vec![],
        register: crate::config::DefaultRegister::ByCategory,
    }
}

fn about() -> About {
    About {
        objective: Some(Objective::Job),
        deadline: Some(d("2026-12-15")),
        introduced: Some("Sophie Petit".into()),
        writes_on: Some(d("2026-12-08")),
        sent: Some(d("2026-12-05")),
        days: vec![d("2026-12-08"), d("2026-12-10")],
        request: Some("un contact chez Orange".into()),
        meeting_month: None,
    }
}

/// The draft of `action` on Claire's row in `lang`; with `tu`, Claire is spoken to as "tu".
fn golden(action: NextAction, lang: Lang, tu: bool) -> Draft {
    let mut c = claire();
    if tu {
        c.register = Some(crate::model::Register::Tu);
    }
    // News go to someone met and thanked.
    if action == NextAction::KeepInTouch {
        c.status = crate::model::Status::Thanked;
        c.meeting_date = Some(d("2026-09-15"));
    }
    draft(action, &c, about(), lang, &me(lang)).unwrap()
}

/// (action, language, tu, subject, body) of every default draft on Claire's row.
const GOLDEN: &[(NextAction, Lang, bool, &str, &str)] = &[
    (
        NextAction::Propose,
        Lang::Fr,
        false,
        "Paul Durand m'a conseillé de vous écrire",
        "Bonjour Claire,
Paul Durand m'a conseillé de vous écrire.
Je prépare ma reconversion vers l'analyse de données en santé.
J'aimerais beaucoup échanger avec vous sur la façon dont on travaille chez Acme et votre métier au quotidien.
Auriez-vous vingt minutes pour un café dans les semaines qui viennent ?
Merci d'avance,
Camille Durand",
    ),
    (
        NextAction::Propose,
        Lang::Fr,
        true,
        "Paul Durand m'a conseillé de t'écrire",
        "Bonjour Claire,
Paul Durand m'a conseillé de t'écrire.
Je prépare ma reconversion vers l'analyse de données en santé.
J'aimerais beaucoup qu'on échange sur la façon dont on travaille chez Acme et ton métier au quotidien.
Aurais-tu vingt minutes pour un café dans les semaines qui viennent ?
Merci d'avance, et à bientôt,
Camille Durand",
    ),
    (
        NextAction::Propose,
        Lang::En,
        false,
        "Paul Durand suggested I write to you",
        "Hello Claire,
Paul Durand suggested I get in touch with you.
I am moving into data analysis in healthcare.
I would love to hear about how things work at Acme and what your work looks like day to day.
Would you have twenty minutes for a coffee in the coming weeks?
Thank you,
Camille Durand",
    ),
    (
        NextAction::FollowUp,
        Lang::Fr,
        false,
        "Suite à mon message",
        "Bonjour Claire,
Je me permets de revenir vers vous au sujet de mon message : auriez-vous vingt minutes pour un café dans les semaines qui viennent ?
Si le moment est mal choisi, je comprendrai tout à fait.
Bien à vous,
Camille Durand",
    ),
    (
        NextAction::FollowUp,
        Lang::Fr,
        true,
        "Suite à mon message",
        "Bonjour Claire,
Je reviens vers toi au sujet de mon message : aurais-tu vingt minutes pour un café dans les semaines qui viennent ?
Si ce n'est pas le bon moment, pas de souci, dis-le-moi simplement.
À bientôt,
Camille Durand",
    ),
    (
        NextAction::FollowUp,
        Lang::En,
        false,
        "Following up",
        "Hello Claire,
Following up on my message: would you have twenty minutes for a coffee in the coming weeks?
If now is not a good time, I will understand.
Best regards,
Camille Durand",
    ),
    (
        NextAction::Schedule,
        Lang::Fr,
        false,
        "Pour notre café",
        "Bonjour Claire,
Merci pour votre réponse, avec plaisir !
Est-ce que mardi 8 ou jeudi 10 décembre vous conviendrait ? Sinon, dites-moi simplement ce qui vous arrange.
Bien à vous,
Camille Durand",
    ),
    (
        NextAction::Schedule,
        Lang::Fr,
        true,
        "Pour notre café",
        "Bonjour Claire,
Merci pour ta réponse, avec plaisir !
Est-ce que mardi 8 ou jeudi 10 décembre t'irait ? Sinon, dis-moi ce qui t'arrange.
À très vite,
Camille Durand",
    ),
    (
        NextAction::Schedule,
        Lang::En,
        false,
        "A day for our coffee",
        "Hello Claire,
Thank you for your reply, I would be glad to.
Would Tuesday 8 or Thursday 10 December suit you? If not, just tell me what works for you.
Best regards,
Camille Durand",
    ),
    (
        NextAction::Prepare,
        Lang::Fr,
        false,
        "Préparer le rendez-vous avec Claire Martin",
        "Rendez-vous avec Claire Martin
Poste : DRH
Entreprise : Acme
Présenté par : Paul Durand
Sujet : la façon dont on travaille chez Acme et votre métier au quotidien
Échéance : 15/12/2026
Trois questions à poser :
- Qu'est-ce qui fait réussir quelqu'un dans votre équipe ?
- Comment votre entreprise recrute-t-elle, au-delà des annonces ?
- Qui d'autre me conseilleriez-vous de rencontrer ?
À offrir en retour : Lui présenter l'équipe données
Après : remercier sous deux jours, et demander un ou deux noms.",
    ),
    (
        NextAction::Prepare,
        Lang::Fr,
        true,
        "Préparer le rendez-vous avec Claire Martin",
        "Rendez-vous avec Claire Martin
Poste : DRH
Entreprise : Acme
Présenté par : Paul Durand
Sujet : la façon dont on travaille chez Acme et ton métier au quotidien
Échéance : 15/12/2026
Trois questions à poser :
- Qu'est-ce qui fait réussir quelqu'un dans ton équipe ?
- Comment ta boîte recrute-t-elle, au-delà des annonces ?
- Qui d'autre me conseillerais-tu de rencontrer ?
À offrir en retour : Lui présenter l'équipe données
Après : remercier sous deux jours, et demander un ou deux noms.",
    ),
    (
        NextAction::Prepare,
        Lang::En,
        false,
        "Prepare the meeting with Claire Martin",
        "Meeting with Claire Martin
Role: DRH
Company: Acme
Introduced by: Paul Durand
Topic: how things work at Acme and what your work looks like day to day
Deadline: 15 Dec 2026
Three questions to ask:
- What makes someone succeed in your team?
- How does your company hire, beyond the ads?
- Who else would you suggest I talk to?
To offer in return: Lui présenter l'équipe données
Afterwards: thank them within two days, and ask for a name or two.",
    ),
    (
        NextAction::Thank,
        Lang::Fr,
        false,
        "Merci pour notre échange",
        "Bonjour Claire,
Merci encore pour le temps que vous m'avez accordé. J'ai surtout retenu [ce que j'ai retenu].
Je vais maintenant [ma prochaine étape], et je vous dirai ce qu'il en est.
Si notre échange vous a fait penser à une ou deux personnes que je gagnerais à rencontrer, leurs noms me seraient précieux.
Bien à vous,
Camille Durand",
    ),
    (
        NextAction::Thank,
        Lang::Fr,
        true,
        "Merci pour notre échange",
        "Bonjour Claire,
Merci encore pour ton temps, ça m'a été très utile. J'ai surtout retenu [ce que j'ai retenu].
Je vais maintenant [ma prochaine étape], je te dirai ce qu'il en est.
Si tu penses à une ou deux personnes que je gagnerais à rencontrer, leurs noms me seraient précieux.
À bientôt,
Camille Durand",
    ),
    (
        NextAction::Thank,
        Lang::En,
        false,
        "Thank you for your time",
        "Hello Claire,
Thank you again for your time. What I took away most: [what I took away].
Next, I will [my next step], and I will let you know how it goes.
If our talk brought to mind one or two people I should meet, their names would help me a lot.
Best regards,
Camille Durand",
    ),
    (
        NextAction::KeepInTouch,
        Lang::Fr,
        false,
        "Des nouvelles de mon projet",
        "Bonjour Claire,
Quelques nouvelles, comme promis.
[où j'en suis]
Merci encore pour votre aide en chemin.
Bien à vous,
Camille Durand",
    ),
    (
        NextAction::KeepInTouch,
        Lang::Fr,
        true,
        "Des nouvelles de mon projet",
        "Bonjour Claire,
Quelques nouvelles, comme promis !
[où j'en suis]
Merci encore pour ton aide en chemin.
À bientôt,
Camille Durand",
    ),
    (
        NextAction::KeepInTouch,
        Lang::En,
        false,
        "News of my project",
        "Hello Claire,
Some news, as promised.
[where I am now]
Thank you again for your help along the way.
Best regards,
Camille Durand",
    ),
    (
        NextAction::Answer,
        Lang::Fr,
        false,
        "Votre demande : un contact chez Orange",
        "Bonjour Claire,
Merci pour votre message.
Au sujet de votre demande (un contact chez Orange), voici ce que je peux vous dire : [ma réponse].
Si je peux faire autre chose, dites-le-moi volontiers.
Bien à vous,
Camille Durand",
    ),
    (
        NextAction::Answer,
        Lang::Fr,
        true,
        "Ta demande : un contact chez Orange",
        "Bonjour Claire,
Merci pour ton message.
Pour ta demande (un contact chez Orange), voici ce que je peux te dire : [ma réponse].
Si je peux faire autre chose, n'hésite pas.
À bientôt,
Camille Durand",
    ),
    (
        NextAction::Answer,
        Lang::En,
        false,
        "Your request: un contact chez Orange",
        "Hello Claire,
Thank you for your message.
About your request (un contact chez Orange), here is what I can tell you: [my answer].
If there is anything else I can do, just say so.
Best regards,
Camille Durand",
    ),
    (
        NextAction::ThankIntroducer,
        Lang::Fr,
        false,
        "Merci pour la mise en relation avec Sophie Petit",
        "Bonjour Claire,
Merci beaucoup pour la mise en relation avec Sophie Petit, c'est très généreux de votre part.
Je lui écris la semaine prochaine, et je vous dirai comment s'est passé notre échange.
Bien à vous,
Camille Durand",
    ),
    (
        NextAction::ThankIntroducer,
        Lang::Fr,
        true,
        "Merci pour la mise en relation avec Sophie Petit",
        "Bonjour Claire,
Merci beaucoup pour la mise en relation avec Sophie Petit, c'est super sympa !
Je lui écris la semaine prochaine, et je te dirai comment s'est passé notre échange.
À bientôt,
Camille Durand",
    ),
    (
        NextAction::ThankIntroducer,
        Lang::En,
        false,
        "Thank you for introducing me to Sophie Petit",
        "Hello Claire,
Thank you so much for introducing me to Sophie Petit, that is very kind of you.
I will write to them next week and let you know how our conversation goes.
Best regards,
Camille Durand",
    ),
    (
        NextAction::InformIntroducer,
        Lang::Fr,
        false,
        "Des nouvelles après la mise en relation",
        "Bonjour Claire,
Merci encore de m'avoir fait rencontrer Sophie Petit : nous avons pu échanger.
L'échange a été précieux : [ce que j'en retiens]. La suite : [la prochaine étape].
Je vous tiendrai au courant.
Bien à vous,
Camille Durand",
    ),
    (
        NextAction::InformIntroducer,
        Lang::Fr,
        true,
        "Des nouvelles après la mise en relation",
        "Bonjour Claire,
Merci encore de m'avoir fait rencontrer Sophie Petit : on a pu échanger.
C'était précieux : [ce que j'en retiens]. La suite : [la prochaine étape].
Je te tiens au courant.
À bientôt,
Camille Durand",
    ),
    (
        NextAction::InformIntroducer,
        Lang::En,
        false,
        "News after your introduction",
        "Hello Claire,
Thank you again for introducing me to Sophie Petit: we had our conversation.
It was very helpful: [what I took away]. What comes next: [my next step].
I will keep you posted.
Best regards,
Camille Durand",
    ),
];

#[test]
fn news_are_the_users_to_write_and_thank_only_someone_who_helped() {
    // Never met (a connection, a prospect who said not now): no thanks for help not given.
    let c = Contact {
        status: crate::model::Status::KeepInTouch,
        ..claire()
    };
    let d = draft(
        NextAction::KeepInTouch,
        &c,
        about(),
        Lang::En,
        &me(Lang::En),
    )
    .unwrap();
    assert!(d.body.contains("[where I am now]"), "{}", d.body);
    assert!(!d.body.contains("moving into data analysis"), "{}", d.body);
    assert!(
        d.body.contains("I hope all is well on your side."),
        "{}",
        d.body
    );
    assert!(!d.body.contains("help along the way"), "{}", d.body);
}

#[test]
fn golden_drafts_per_action_voice_and_language() {
    for &(action, lang, tu, subject, body) in GOLDEN {
        let got = golden(action, lang, tu);
        assert_eq!(got.subject, subject, "{action:?} {lang:?} tu {tu}");
        assert_eq!(got.body, body, "{action:?} {lang:?} tu {tu}");
    }
}

#[test]
fn every_action_but_none_has_a_default_draft_in_each_voice() {
    for &action in NextAction::ALL {
        let has = templates::action_row(action).is_some();
        assert_eq!(has, action != NextAction::None, "{action:?}");
        for (lang, tu) in [(Lang::Fr, false), (Lang::Fr, true), (Lang::En, false)] {
            assert!(GOLDEN.iter().any(|g| (g.0, g.1, g.2) == (action, lang, tu)) || !has);
        }
    }
    assert_eq!(
        draft(
            NextAction::None,
            &claire(),
            about(),
            Lang::Fr,
            &me(Lang::Fr)
        ),
        None
    );
}

#[test]
fn every_template_with_tu_is_its_own_text_not_vous_with_words_swapped() {
    for row in templates::ACTIONS {
        if row.action == NextAction::Prepare {
            continue;
        }
        let (vous, tu) = (row.words.vous.body, row.words.tu.body);
        assert_ne!(vous, tu, "{:?}", row.action);
        for word in ["vous", "votre", "vos"] {
            let folded = crate::vocab::fold(tu);
            assert!(
                !folded.split(' ').any(|w| w == word),
                "{:?}: {word} in the tu draft",
                row.action
            );
        }
        let swapped = vous
            .replace("vous", "tu")
            .replace("votre", "ton")
            .replace("vos", "tes");
        assert_ne!(swapped, tu, "{:?}", row.action);
    }
}

/// Every combination of objective (none included), How (none included), voice and action, on
/// `c`.
fn all_drafts(c: &Contact, settings: &Settings) -> Vec<(String, Draft)> {
    let objectives = std::iter::once(None).chain(Objective::ALL.iter().copied().map(Some));
    let mut out = Vec::new();
    for objective in objectives {
        for how in std::iter::once(None).chain(How::ALL.iter().copied().map(Some)) {
            for (lang, register) in [
                (Lang::Fr, crate::model::Register::Vous),
                (Lang::Fr, crate::model::Register::Tu),
                (Lang::En, crate::model::Register::Vous),
            ] {
                let mut c = c.clone();
                c.how = how;
                c.register = Some(register);
                for row in templates::ACTIONS {
                    let about = About {
                        objective,
                        introduced: Some(c.name.to_string()),
                        ..about()
                    };
                    let what = format!(
                        "{:?} {objective:?} {how:?} {lang:?} {register:?}",
                        row.action
                    );
                    let got = draft(row.action, &c, about, lang, settings).unwrap();
                    out.push((what, got));
                }
            }
        }
    }
    out
}

#[test]
fn every_default_draft_fits_in_600_characters_even_from_huge_cells() {
    let huge = |s: &str| s.repeat(32_767 / s.len());
    let mut c = claire();
    c.name = huge("Claire\nMartin ").into();
    c.company = Some(huge("Acme ").into());
    c.role = Some(huge("DRH ").into());
    c.give_back = Some(huge("une intro 🎉 ").into());
    c.introduced_by = Some(huge("Paul ").into());
    let mut settings = me(Lang::Fr);
    settings.project = Some(huge("projet "));
    for (what, got) in all_drafts(&c, &settings) {
        assert!(
            got.body.chars().count() <= render::MAX_CHARS,
            "{what}: {}",
            got.body.len()
        );
        assert!(
            got.subject.chars().count() <= render::MAX_SUBJECT_CHARS,
            "{what}"
        );
        assert!(!got.subject.contains('\n'), "{what}");
        assert!(!got.body.contains('🎉'), "{what}");
    }
}

#[test]
fn every_message_ends_with_a_closing_line_and_the_signature_and_has_no_anonymous_blank() {
    for (what, got) in all_drafts(&claire(), &me(Lang::Fr)) {
        assert!(!got.body.contains("[...]"), "{what}: {}", got.body);
        if what.starts_with("Prepare") {
            continue;
        }
        let lines: Vec<&str> = got.body.lines().collect();
        assert_eq!(lines.last(), Some(&"Camille Durand"), "{what}");
        let closing = lines[lines.len() - 2];
        assert!(closing.ends_with(','), "{what}: {closing:?}");
        assert!(lines[0].starts_with("Bonjour Claire,") || lines[0] == "Hello Claire,");
    }
}

#[test]
fn no_default_job_proposal_mentions_a_cv_or_asks_for_a_job() {
    let mut no_company = claire();
    no_company.company = None;
    for c in [claire(), no_company] {
        for (what, got) in all_drafts(&c, &me(Lang::Fr)) {
            if !what.starts_with("Propose Some(Job)") && !what.starts_with("FollowUp Some(Job)") {
                continue;
            }
            let text = crate::vocab::fold(&format!("{} {}", got.subject, got.body));
            for word in [
                "cv",
                "curriculum",
                "resume",
                "a job",
                "un emploi",
                "un poste",
            ] {
                let hit = text.split(' ').any(|w| w == word)
                    || (word.contains(' ') && text.contains(word));
                assert!(!hit, "{what}: {word:?} in {:?}", got.body);
            }
        }
    }
}

#[test]
fn the_introducer_comes_first_and_its_lines_go_without_one() {
    for lang in [Lang::Fr, Lang::En] {
        let with = golden(NextAction::Propose, lang, false);
        assert!(with.body.lines().nth(1).unwrap().starts_with("Paul Durand"));
        let mut c = claire();
        c.introduced_by = None;
        let without = draft(NextAction::Propose, &c, about(), lang, &me(lang)).unwrap();
        assert!(!without.body.contains("Paul"), "{}", without.body);
        assert_eq!(
            without.subject,
            lang.pick("Votre métier au quotidien", "Your work, day to day")
        );
    }
}

#[test]
fn each_objective_has_its_own_ask_and_subject_and_partners_are_no_investors() {
    let mut asks = Vec::new();
    let mut subjects = Vec::new();
    let mut c = claire();
    c.introduced_by = None;
    for &o in Objective::ALL {
        let about = About {
            objective: Some(o),
            ..about()
        };
        let got = draft(NextAction::Propose, &c, about, Lang::En, &me(Lang::En)).unwrap();
        asks.push(got.body.lines().nth(2).unwrap().to_string());
        subjects.push(got.subject);
    }
    for list in [&mut asks, &mut subjects] {
        list.sort();
        list.dedup();
        assert_eq!(list.len(), Objective::ALL.len(), "{list:#?}");
    }
    let partner = About {
        objective: Some(Objective::Partners),
        ..about()
    };
    let got = draft(
        NextAction::Propose,
        &c,
        partner.clone(),
        Lang::En,
        &me(Lang::En),
    )
    .unwrap();
    assert!(!got.body.contains("invest"), "{}", got.body);
    c.role = Some("Business angel".into());
    let got = draft(NextAction::Propose, &c, partner, Lang::En, &me(Lang::En)).unwrap();
    assert!(got.body.contains("before investing"), "{}", got.body);
    let business = About {
        objective: Some(Objective::Business),
        ..about()
    };
    let got = draft(NextAction::Propose, &c, business, Lang::Fr, &me(Lang::Fr)).unwrap();
    assert!(
        got.body.contains("choisissez vos prestataires"),
        "{}",
        got.body
    );
}

#[test]
fn the_what_is_the_subject_when_it_reads_as_one_and_stands_beside_otherwise() {
    let mut c = claire();
    c.introduced_by = None;
    c.what = Some("infos sur l'orga marketing Danone Lyon".into());
    let got = draft(NextAction::Propose, &c, about(), Lang::Fr, &me(Lang::Fr)).unwrap();
    assert_eq!(got.subject, "L'orga marketing Danone Lyon");
    assert!(
        got.body
            .contains("un point précis : l'orga marketing Danone Lyon."),
        "{}",
        got.body
    );
    assert_eq!(got.beside, "infos sur l'orga marketing Danone Lyon");
    c.what = Some("Connaît tout le monde chez Capgemini".into());
    let got = draft(NextAction::Propose, &c, about(), Lang::Fr, &me(Lang::Fr)).unwrap();
    assert!(!got.body.contains("Capgemini"), "{}", got.body);
    assert_eq!(got.beside, "Connaît tout le monde chez Capgemini");
    assert_eq!(got.offer, "Lui présenter l'équipe données");
    assert!(!got.body.contains("équipe données"), "{}", got.body);
}

#[test]
fn news_and_thanks_ask_for_what_the_method_says() {
    for lang in [Lang::Fr, Lang::En] {
        let news = golden(NextAction::KeepInTouch, lang, false);
        assert!(
            !news.body.contains('?'),
            "news asks for nothing: {}",
            news.body
        );
        let thanks = golden(NextAction::Thank, lang, false);
        assert!(thanks
            .body
            .contains(lang.pick("[ce que j'ai retenu]", "[what I took away]")));
        assert!(thanks
            .body
            .contains(lang.pick("une ou deux personnes", "one or two people")));
    }
}

#[test]
fn a_thank_you_promises_to_write_only_to_someone_the_plan_writes_to() {
    let backlog = About {
        writes_on: None,
        ..about()
    };
    for lang in [Lang::Fr, Lang::En] {
        let got = draft(
            NextAction::ThankIntroducer,
            &claire(),
            backlog.clone(),
            lang,
            &me(lang),
        )
        .unwrap();
        assert!(got.body.contains("Sophie Petit"), "{}", got.body);
        assert!(
            !got.body.contains(lang.pick("Je lui écris", "I will write")),
            "{}",
            got.body
        );
    }
}

#[test]
fn without_days_a_yes_is_asked_which_day_and_without_a_request_note_the_answer_is_general() {
    let none = About {
        days: vec![],
        request: None,
        ..about()
    };
    let got = draft(
        NextAction::Schedule,
        &claire(),
        none.clone(),
        Lang::Fr,
        &me(Lang::Fr),
    )
    .unwrap();
    assert!(
        got.body.contains("Quel jour vous conviendrait ?"),
        "{}",
        got.body
    );
    let got = draft(NextAction::Answer, &claire(), none, Lang::En, &me(Lang::En)).unwrap();
    assert!(
        got.body.contains("About your request, here is"),
        "{}",
        got.body
    );
    assert_eq!(got.subject, "Your request");
    let note = About {
        request: Some("Il cherche un dev freelance pour sa boîte".into()),
        ..about()
    };
    let got = draft(NextAction::Answer, &claire(), note, Lang::Fr, &me(Lang::Fr)).unwrap();
    assert!(!got.body.contains("Il cherche"), "{}", got.body);
    assert!(
        got.beside.starts_with("Sa demande : Il cherche"),
        "{}",
        got.beside
    );
}

#[test]
fn someone_already_met_is_not_pitched_again() {
    let mut c = claire();
    c.status = crate::model::Status::Thanked;
    let got = draft(NextAction::Propose, &c, about(), Lang::Fr, &me(Lang::Fr)).unwrap();
    assert!(
        !got.body.contains("conseillé de vous écrire"),
        "{}",
        got.body
    );
    assert!(
        got.body.contains("depuis notre dernier échange"),
        "{}",
        got.body
    );
}

#[test]
fn friends_and_family_are_tu_by_default_and_the_settings_or_the_row_decide_otherwise() {
    let mut c = claire();
    c.category = Some(crate::model::Category::FriendFamily);
    let mut s = me(Lang::Fr);
    let got = draft(NextAction::Thank, &c, about(), Lang::Fr, &s).unwrap();
    assert!(got.body.contains("ton temps"), "{}", got.body);
    s.register = crate::config::DefaultRegister::Vous;
    let got = draft(NextAction::Thank, &c, about(), Lang::Fr, &s).unwrap();
    assert!(got.body.contains("vous m'avez accordé"), "{}", got.body);
    c.category = None;
    s.register = crate::config::DefaultRegister::Tu;
    let got = draft(NextAction::Thank, &c, about(), Lang::Fr, &s).unwrap();
    assert!(got.body.contains("ton temps"), "{}", got.body);
    c.register = Some(crate::model::Register::Vous);
    let got = draft(NextAction::Thank, &c, about(), Lang::Fr, &s).unwrap();
    assert!(got.body.contains("vous m'avez accordé"), "{}", got.body);
}

#[test]
fn without_me_the_blanks_are_named() {
    let s = Settings::default();
    let got = draft(NextAction::Propose, &claire(), about(), Lang::Fr, &s).unwrap();
    assert!(got.body.contains("[ce que je cherche]"), "{}", got.body);
    assert!(got.body.ends_with("[mon nom]"), "{}", got.body);
    assert!(me_missing(&s));
    assert!(!me_missing(&me(Lang::Fr)));
}

#[test]
fn the_users_templates_replace_the_defaults() {
    let mut s = me(Lang::En);
    s.project = None;
    s.custom.push(Custom {
        lang: Lang::En,
        action: NextAction::Thank,
        part: Part::Body,
        register: None,
        text: "Thanks {first_name}! {project}\n{role} at {company}".into(),
    });
    let got = draft(NextAction::Thank, &claire(), about(), Lang::En, &s).unwrap();
    assert_eq!(got.body, "Thanks Claire! [where I am now]\nDRH at Acme");
    assert_eq!(
        got.subject, "Thank you for your time",
        "the default subject stays"
    );
    let fr = draft(NextAction::Thank, &claire(), about(), Lang::Fr, &s).unwrap();
    assert!(
        fr.body.starts_with("Bonjour Claire"),
        "French keeps its default"
    );
}

#[test]
fn the_objective_the_user_pursues_now_is_the_one_written_about() {
    let mut c = claire();
    c.objectives = vec![Objective::Watch, Objective::Job].into();
    assert_eq!(main_objective(&c, &[]), Some(Objective::Watch));
    assert_eq!(
        main_objective(&c, &[(Objective::Job, 3), (Objective::Watch, 1)]),
        Some(Objective::Job)
    );
    c.objectives = vec![].into();
    assert_eq!(main_objective(&c, &[]), None);
}

#[test]
fn a_row_that_names_no_person_gets_no_message_and_a_title_is_greeted_with_it() {
    let mut c = claire();
    c.name = "claire.martin@example.com".into();
    c.first_name = None;
    assert_eq!(
        draft(NextAction::Thank, &c, about(), Lang::En, &me(Lang::En)),
        None
    );
    c.name = "CCI Lyon".into();
    assert_eq!(
        draft(NextAction::Thank, &c, about(), Lang::Fr, &me(Lang::Fr)),
        None
    );
    c.name = "Mme Lopez - CCI".into();
    let got = draft(NextAction::Thank, &c, about(), Lang::Fr, &me(Lang::Fr)).unwrap();
    assert!(
        got.body.starts_with("Bonjour Madame Lopez,\n"),
        "{}",
        got.body
    );
    let got = draft(NextAction::Thank, &c, about(), Lang::En, &me(Lang::En)).unwrap();
    assert!(got.body.starts_with("Dear Ms Lopez,\n"), "{}", got.body);
}

#[test]
fn names_inside_a_sentence_are_names_only() {
    let mut c = claire();
    c.introduced_by = Some("Paul Durand (ex-collègue)".into());
    c.company = Some("Acme (Lyon)".into());
    let got = draft(NextAction::Propose, &c, about(), Lang::Fr, &me(Lang::Fr)).unwrap();
    assert!(
        got.body
            .contains("\nPaul Durand m'a conseillé de vous écrire."),
        "{}",
        got.body
    );
    assert!(got.body.contains("chez Acme et"), "{}", got.body);
    for note in [
        "via LinkedIn",
        "salon VivaTech",
        "un ami de la fac, très réseau",
    ] {
        c.introduced_by = Some(note.into());
        let got = draft(NextAction::Propose, &c, about(), Lang::Fr, &me(Lang::Fr)).unwrap();
        assert!(!got.body.contains(note), "{}", got.body);
        assert!(!got.body.contains("conseillé"), "{}", got.body);
    }
    let introduced = About {
        introduced: Some("Marc Petit (DRH chez Nova)".into()),
        ..about()
    };
    let got = draft(
        NextAction::ThankIntroducer,
        &c,
        introduced,
        Lang::Fr,
        &me(Lang::Fr),
    )
    .unwrap();
    assert!(got.body.contains("avec Marc Petit, c'est"), "{}", got.body);
}

#[test]
fn a_tu_draft_never_says_vous_and_a_vous_draft_never_says_tu_whoever_it_speaks_to() {
    let tu_words = ["tu", "te", "t", "ton", "ta", "tes", "toi"];
    let vous_words = ["vous", "votre", "vos"];
    let mut c = claire();
    c.introduced_by = None;
    c.what = None;
    let roles = ["DRH", "Recruteuse", "Business angel"];
    for &category in crate::model::Category::ALL {
        for role in roles {
            c.category = Some(category);
            c.role = Some(role.into());
            for (what, got) in all_drafts(&c, &me(Lang::Fr)) {
                if what.ends_with("En Vous") {
                    continue;
                }
                // "Rendez-vous" is a noun, whatever the register.
                // "Rendez-vous" is a noun and "recrute-t-elle" says no "tu", in any register.
                let body = got.body.replace("endez-vous", "dv").replace("-t-", "-");
                let folded = crate::vocab::fold(&body);
                let words: Vec<&str> = folded.split(' ').collect();
                let (wrong, register) = if what.ends_with("Fr Tu") {
                    (&vous_words[..], "tu")
                } else {
                    (&tu_words[..], "vous")
                };
                let hit = words.iter().find(|w| wrong.contains(w));
                assert!(
                    hit.is_none(),
                    "{category:?} {role} {what} ({register}): {hit:?} in {}",
                    got.body
                );
            }
        }
    }
}

#[test]
fn a_proposal_sent_ahead_of_its_meeting_month_asks_for_that_month() {
    let ahead = About {
        meeting_month: Some(d("2027-01-01")),
        ..about()
    };
    let got = draft(
        NextAction::Propose,
        &claire(),
        ahead.clone(),
        Lang::Fr,
        &me(Lang::Fr),
    )
    .unwrap();
    assert!(
        got.body.contains("pour un café en janvier ?"),
        "{}",
        got.body
    );
    let got = draft(
        NextAction::Propose,
        &claire(),
        ahead,
        Lang::En,
        &me(Lang::En),
    )
    .unwrap();
    assert!(
        got.body.contains("for a coffee in January?"),
        "{}",
        got.body
    );
}
