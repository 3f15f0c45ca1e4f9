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
    }
}

fn about() -> About {
    About {
        introduced: None,
        objective: Some(Objective::Job),
        deadline: Some(d("2026-12-15")),
    }
}

fn golden(action: NextAction, lang: Lang) -> Draft {
    draft(action, &claire(), about(), lang, &me(lang)).unwrap()
}

/// (action, language, subject, body) of every default draft on Claire's row.
const GOLDEN: &[(NextAction, Lang, &str, &str)] = &[
    (
        NextAction::Propose,
        Lang::Fr,
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
        NextAction::FollowUp,
        Lang::Fr,
        "Suite à mon message",
        "Bonjour Claire,
Je me permets de revenir vers vous : auriez-vous vingt minutes pour un café dans les semaines qui viennent ?
Si le moment est mal choisi, je comprendrai tout à fait.
Camille Durand",
    ),
    (
        NextAction::Schedule,
        Lang::Fr,
        "Pour notre rendez-vous",
        "Bonjour Claire,
Merci pour votre réponse, avec plaisir !
Quel jour vous conviendrait ? Je peux m'adapter à vos disponibilités.
Camille Durand",
    ),
    (
        NextAction::Schedule,
        Lang::En,
        "Setting a date",
        "Hello Claire,
Thank you for your reply, I would be glad to.
Which day would suit you? I can fit around your schedule.
Camille Durand",
    ),
    (
        NextAction::ThankIntroducer,
        Lang::Fr,
        "Merci pour la mise en relation",
        "Bonjour Claire,
Merci beaucoup pour la mise en relation, c'est très généreux de votre part.
J'écris à [...] dès cette semaine.
Je vous dirai comment s'est passé notre échange.
Bien à vous,
Camille Durand",
    ),
    (
        NextAction::ThankIntroducer,
        Lang::En,
        "Thank you for the introduction",
        "Hello Claire,
Thank you so much for the introduction, that is very kind of you.
I will write to [...] this week.
I will let you know how our conversation goes.
Best regards,
Camille Durand",
    ),
    (
        NextAction::Prepare,
        Lang::Fr,
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
À offrir en retour : Lui présenter l'équipe données",
    ),
    (
        NextAction::Thank,
        Lang::Fr,
        "Merci pour notre échange",
        "Bonjour Claire,
Merci encore pour le temps que vous m'avez accordé. J'ai surtout retenu [...].
Je vais maintenant [...], et je vous dirai ce qu'il en est.
Si notre échange vous a fait penser à une ou deux personnes à rencontrer, leurs noms me seraient précieux.
Bien à vous,
Camille Durand",
    ),
    (
        NextAction::KeepInTouch,
        Lang::Fr,
        "Des nouvelles de mon projet",
        "Bonjour Claire,
Quelques nouvelles, comme promis.
Je prépare ma reconversion vers l'analyse de données en santé.
Merci encore pour votre aide en chemin.
Bien à vous,
Camille Durand",
    ),
    (
        NextAction::Propose,
        Lang::En,
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
        Lang::En,
        "Following up",
        "Hello Claire,
Following up on my message: would you have twenty minutes for a coffee in the coming weeks?
If now is not a good time, I will understand.
Camille Durand",
    ),
    (
        NextAction::Prepare,
        Lang::En,
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
To offer in return: Lui présenter l'équipe données",
    ),
    (
        NextAction::Thank,
        Lang::En,
        "Thank you for your time",
        "Hello Claire,
Thank you again for your time. What I took away most: [...].
Next, I will [...], and I will let you know how it goes.
If our talk brought to mind one or two people I should meet, their names would help me a lot.
Best regards,
Camille Durand",
    ),
    (
        NextAction::KeepInTouch,
        Lang::En,
        "News of my project",
        "Hello Claire,
Some news, as promised.
I am moving into data analysis in healthcare.
Thank you again for your help along the way.
Best regards,
Camille Durand",
    ),
    (
        NextAction::Answer,
        Lang::Fr,
        "Votre demande",
        "Bonjour Claire,
Merci pour votre message. Voici ce que je peux vous dire : [...].
Une idée pour vous aider aussi : Lui présenter l'équipe données.
Si je peux faire autre chose, dites-le-moi volontiers.
Bien à vous,
Camille Durand",
    ),
    (
        NextAction::InformIntroducer,
        Lang::Fr,
        "Merci pour la mise en relation",
        "Bonjour Claire,
Merci encore de m'avoir mis en relation avec [...] : nous nous sommes rencontrés.
L'échange a été précieux : [...]. La suite : [...].
Je vous tiendrai au courant.
Bien à vous,
Camille Durand",
    ),
    (
        NextAction::Answer,
        Lang::En,
        "Your request",
        "Hello Claire,
Thank you for your message. Here is what I can tell you: [...].
One more way I could help: Lui présenter l'équipe données.
If there is anything else I can do, just say so.
Best regards,
Camille Durand",
    ),
    (
        NextAction::InformIntroducer,
        Lang::En,
        "Thank you for the introduction",
        "Hello Claire,
Thank you again for introducing me to [...]: we met.
It was very helpful: [...]. What comes next: [...].
I will keep you posted.
Best regards,
Camille Durand",
    ),
];

#[test]
fn golden_drafts_per_action_and_language() {
    for &(action, lang, subject, body) in GOLDEN {
        let got = golden(action, lang);
        assert_eq!(got.subject, subject, "{action:?} {lang:?}");
        assert_eq!(got.body, body, "{action:?} {lang:?}");
    }
}

#[test]
fn every_action_but_none_has_a_default_draft_in_both_languages() {
    for &action in NextAction::ALL {
        let has = templates::action_row(action).is_some();
        assert_eq!(has, action != NextAction::None, "{action:?}");
        for lang in [Lang::Fr, Lang::En] {
            assert!(GOLDEN.iter().any(|g| (g.0, g.1) == (action, lang)) || !has);
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

/// Every combination of objective (none included), How (none included), language and
/// action, on `c`.
fn all_drafts(c: &Contact, settings: &Settings) -> Vec<(String, Draft)> {
    let objectives = std::iter::once(None).chain(Objective::ALL.iter().copied().map(Some));
    let mut out = Vec::new();
    for objective in objectives {
        for how in std::iter::once(None).chain(How::ALL.iter().copied().map(Some)) {
            let mut c = c.clone();
            c.how = how;
            for lang in [Lang::Fr, Lang::En] {
                for row in templates::ACTIONS {
                    let about = About {
                        objective,
                        deadline: Some(d("2026-12-15")),
                        introduced: Some(c.name.to_string()),
                    };
                    let what = format!("{:?} {objective:?} {how:?} {lang:?}", row.action);
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
        let with = golden(NextAction::Propose, lang);
        assert!(with.body.lines().nth(1).unwrap().starts_with("Paul Durand"));
        let mut c = claire();
        c.introduced_by = None;
        let without = draft(NextAction::Propose, &c, about(), lang, &me(lang)).unwrap();
        assert!(!without.body.contains("Paul"), "{}", without.body);
        assert_eq!(
            without.subject,
            lang.pick("Une question pour vous", "A short question")
        );
        assert_eq!(without.body.lines().count(), with.body.lines().count() - 1);
    }
}

#[test]
fn each_objective_and_how_has_its_own_ask() {
    let mut asks = Vec::new();
    for &o in Objective::ALL {
        let about = About {
            objective: Some(o),
            deadline: None,
            introduced: None,
        };
        let got = draft(
            NextAction::Propose,
            &claire(),
            about,
            Lang::En,
            &me(Lang::En),
        )
        .unwrap();
        asks.push(got.body.lines().nth(3).unwrap().to_string());
    }
    asks.dedup();
    assert_eq!(asks.len(), Objective::ALL.len(), "{asks:#?}");
    let mut lunch = claire();
    lunch.how = Some(How::Lunch);
    let got = draft(
        NextAction::Propose,
        &lunch,
        about(),
        Lang::En,
        &me(Lang::En),
    )
    .unwrap();
    assert!(
        got.body.contains("Would you have time for lunch"),
        "{}",
        got.body
    );
}

#[test]
fn news_and_thanks_ask_for_what_the_method_says() {
    for lang in [Lang::Fr, Lang::En] {
        let news = golden(NextAction::KeepInTouch, lang);
        assert!(
            !news.body.contains('?'),
            "news asks for nothing: {}",
            news.body
        );
        let thanks = golden(NextAction::Thank, lang);
        assert!(thanks.body.contains("[...]"));
        assert!(thanks
            .body
            .contains(lang.pick("une ou deux personnes", "one or two people")));
    }
}

#[test]
fn the_users_templates_replace_the_defaults_and_the_project_blank_is_left_to_fill() {
    let mut s = me(Lang::En);
    s.project = None;
    s.custom.push(Custom {
        lang: Lang::En,
        action: NextAction::Thank,
        part: Part::Body,
        text: "Thanks {first_name}! {project}\n{role} at {company}".into(),
    });
    let got = draft(NextAction::Thank, &claire(), about(), Lang::En, &s).unwrap();
    assert_eq!(got.body, "Thanks Claire! [...]\nDRH at Acme");
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
fn a_row_called_by_its_e_mail_is_not_greeted_by_it() {
    let mut c = claire();
    c.name = "claire.martin@example.com".into();
    let got = draft(NextAction::Thank, &c, about(), Lang::En, &me(Lang::En)).unwrap();
    assert!(got.body.starts_with("Thank you again"), "{}", got.body);
}

#[test]
fn first_names_from_last_comma_first_and_line_breaks() {
    assert_eq!(first_name("Claire Martin").as_deref(), Some("Claire"));
    assert_eq!(first_name("Martin, Claire").as_deref(), Some("Claire"));
    assert_eq!(
        first_name("Claire\r\nBcc: x@y.z").as_deref(),
        Some("Claire")
    );
    assert_eq!(first_name("  ").as_deref(), None);
    assert_eq!(first_name("Dr. Martin").as_deref(), Some("Dr. Martin"));
    assert_eq!(first_name("Mme Martin").as_deref(), Some("Mme Martin"));
    assert_eq!(first_name("Madonna").as_deref(), Some("Madonna"));
}
