use super::*;
use crate::model::Value;
use proptest::prelude::*;

fn t(s: &str) -> Cell<'_> {
    Value::Text(s)
}

/// Every label, French and English, and the contract's synonyms read as their code.
#[test]
fn each_vocabulary_in_both_languages() {
    fn labels<T: Vocab>() {
        for &c in T::all() {
            for lang in [Lang::Fr, Lang::En] {
                let label = c.label(lang);
                assert_eq!(single::<T>(&t(label)), Ok(Some(c)), "{label:?}");
                let shouted = label.to_uppercase();
                assert_eq!(single::<T>(&t(&shouted)), Ok(Some(c)), "{shouted:?}");
            }
        }
    }
    labels::<Objective>();
    labels::<Horizon>();
    labels::<How>();
    labels::<Category>();
    labels::<Status>();
    labels::<Priority>();

    let cases: &[(&str, Option<How>)] = &[
        ("café", Some(How::Coffee)),
        ("Déjeuner", Some(How::Lunch)),
        ("appel", Some(How::Call)),
        ("visio", Some(How::Video)),
        ("message LinkedIn", Some(How::Message)),
        ("afterwork", Some(How::Event)),
    ];
    for (text, want) in cases {
        assert_eq!(single::<How>(&t(text)).unwrap(), *want, "{text:?}");
    }
    assert_eq!(single(&t("CT")), Ok(Some(Horizon::Short)));
    assert_eq!(single(&t("long terme")), Ok(Some(Horizon::Long)));
    assert_eq!(single(&t("ancien collègue")), Ok(Some(Category::Colleague)));
    assert_eq!(single(&t("fondateur")), Ok(Some(Category::Entrepreneur)));
    assert_eq!(single(&t("influenceur")), Ok(Some(Category::Influencer)));
    assert_eq!(single(&t("à contacter")), Ok(Some(Status::ToContact)));
    assert_eq!(single(&t("en attente")), Ok(Some(Status::Contacted)));
    assert_eq!(single(&t("Rencontré")), Ok(Some(Status::Met)));
    assert_eq!(single(&t("tenu informé")), Ok(Some(Status::KeepInTouch)));
    assert_eq!(single(&t("abandonné")), Ok(Some(Status::Dropped)));
}

#[test]
fn priority_as_a_number_or_a_letter() {
    assert_eq!(single(&Value::Number(1.0)), Ok(Some(Priority::High)));
    assert_eq!(single(&t("2")), Ok(Some(Priority::Normal)));
    assert_eq!(single(&Value::Number(3.0)), Ok(Some(Priority::Low)));
    assert_eq!(single(&t("A")), Ok(Some(Priority::High)));
    assert_eq!(single(&t("c")), Ok(Some(Priority::Low)));
    assert!(single::<Priority>(&Value::Number(4.0)).is_err());
}

#[test]
fn blank_cells_are_none() {
    assert_eq!(single::<Status>(&t("  ")), Ok(None));
    assert_eq!(single::<How>(&Value::Empty), Ok(None));
    assert_eq!(objectives(&Value::Empty), (Objectives::default(), vec![]));
}

#[test]
fn several_objectives_per_cell() {
    use Objective::*;
    let cases: &[(&str, &[Objective])] = &[
        ("Emploi, veille", &[Job, Watch]),
        ("emploi; business", &[Job, Business]),
        ("Business / Partenaires", &[Business, Partners]),
        ("veille + expertise", &[Watch, Expertise]),
        ("emploi et veille", &[Job, Watch]),
        ("Job and Watch", &[Job, Watch]),
        ("recherche d'emploi", &[Job]),
        ("Veille, veille", &[Watch]),
        ("clients & prospects", &[Business]),
        ("investisseurs\nfinancement", &[Partners]),
    ];
    for (text, want) in cases {
        let (found, issues) = objectives(&t(text));
        assert_eq!(found, *want, "{text:?}");
        assert!(issues.is_empty(), "{text:?}: {issues:?}");
    }
}

#[test]
fn unknown_objectives_are_named_and_known_ones_kept() {
    let (found, issues) = objectives(&t("emploi, veile, golf"));
    assert_eq!(found, vec![Objective::Job]);
    assert_eq!(issues.len(), 2);
    assert!(issues.iter().all(|i| i.kind == ProblemKind::UnknownValue));
    assert!(
        issues[0]
            .hint
            .en
            .starts_with("'veile': Did you mean 'Watch'?"),
        "{}",
        issues[0].hint.en
    );
    assert!(
        issues[0].hint.fr.contains("Vouliez-vous dire « Veille »"),
        "{}",
        issues[0].hint.fr
    );
    assert!(
        issues[1]
            .hint
            .en
            .starts_with("'golf': Known: Job, Business"),
        "{}",
        issues[1].hint.en
    );
}

#[test]
fn nearest_value_hints() {
    assert_eq!(nearest::<How>("dejeuneur"), Some(How::Lunch));
    assert_eq!(nearest::<Status>("rencontre hier"), Some(Status::Met));
    assert_eq!(
        nearest::<Objective>("veille concurrentielle"),
        Some(Objective::Watch)
    );
    assert_eq!(nearest::<Horizon>("moyen termes"), Some(Horizon::Medium));
    assert_eq!(nearest::<Category>("zzz"), None);

    // Read by its first word, "moyen", without a problem; a misspelt first word is a problem.
    assert_eq!(single(&t("moyen termes")), Ok(Some(Horizon::Medium)));
    let issue = single::<Horizon>(&t("moyn terme")).unwrap_err();
    assert_eq!(issue.kind, ProblemKind::UnknownValue);
    assert_eq!(
        &*issue.hint.en,
        "Did you mean 'Medium term'? Known: Short term, Medium term, Long term"
    );
    assert_eq!(
        &*issue.hint.fr,
        "Vouliez-vous dire « Moyen terme » ? Valeurs connues : Court terme, Moyen terme, Long terme"
    );
}

/// Any word a vocabulary accepts, in any case, with stray punctuation.
fn vocab_word<T: Vocab>() -> impl Strategy<Value = String> {
    let words: Vec<&'static str> = T::folded_words().iter().map(|(w, _)| w.as_str()).collect();
    (
        proptest::sample::select(words),
        any::<bool>(),
        "[ .!-]{0,2}",
    )
        .prop_map(|(w, upper, punct)| {
            let w = if upper {
                w.to_uppercase()
            } else {
                w.to_string()
            };
            format!("{punct}{w}{punct}")
        })
}

fn stable<T: Vocab>(s: &str) -> Result<(), TestCaseError> {
    if let Ok(Some(code)) = single::<T>(&t(s)) {
        for lang in [Lang::Fr, Lang::En] {
            prop_assert_eq!(single::<T>(&t(code.label(lang))), Ok(Some(code)));
        }
    }
    Ok(())
}

proptest! {
    #[test]
    fn reading_a_label_back_gives_the_same_code(
        s in prop_oneof![vocab_word::<Status>(), vocab_word::<How>(), "\\PC{0,12}"],
    ) {
        stable::<Objective>(&s)?;
        stable::<Horizon>(&s)?;
        stable::<How>(&s)?;
        stable::<Category>(&s)?;
        stable::<Status>(&s)?;
        stable::<Priority>(&s)?;
    }

    #[test]
    fn objectives_read_back_from_their_labels(s in "\\PC{0,30}") {
        let (found, _) = objectives(&t(&s));
        let labels: Vec<&str> = found.iter().map(|o| o.label(Lang::En)).collect();
        let (again, issues) = objectives(&t(&labels.join(", ")));
        prop_assert_eq!(again, found);
        prop_assert!(issues.is_empty());
    }

    #[test]
    fn folding_twice_changes_nothing(s in "\\PC{0,30}") {
        let once = fold(&s);
        prop_assert_eq!(fold(&once), once);
    }
}

#[test]
fn a_long_unknown_value_is_not_compared_letter_by_letter_with_every_word() {
    // Found while fuzzing: 40,000 characters in a vocabulary column were compared with every
    // known word by edit distance, seconds per cell. Such a value is near no word.
    let long = "veille concurrentielle ".repeat(2_000);
    let start = std::time::Instant::now();
    for i in 0..5 {
        let text = format!("{long}{i}");
        let cell = t(&text);
        assert!(single::<Status>(&cell).is_err());
        assert_eq!(objectives(&cell).1.len(), 1);
    }
    assert!(
        start.elapsed() < std::time::Duration::from_secs(2),
        "{:?}",
        start.elapsed()
    );
    // The suggestion for a word that holds a known word is unchanged.
    assert_eq!(
        nearest::<Objective>("veille concurrentielle"),
        Some(Objective::Watch)
    );
}

/// A status read from its leading words, without a problem.
fn status(s: &str) -> Result<Option<Status>, Issue> {
    single::<Status>(&t(s))
}

#[test]
fn rencontre_followed_by_a_date_is_met() {
    assert_eq!(status("rencontré le 12/11"), Ok(Some(Status::Met)));
}

#[test]
fn remercie_with_a_check_mark_is_thanked() {
    assert_eq!(status("remercié ✔"), Ok(Some(Status::Thanked)));
}

#[test]
fn contacted_with_a_channel_in_brackets_is_contacted() {
    assert_eq!(status("contacted (LinkedIn)"), Ok(Some(Status::Contacted)));
}

#[test]
fn meeting_booked_and_interview_scheduled_are_scheduled() {
    assert_eq!(status("Meeting booked"), Ok(Some(Status::Scheduled)));
    assert_eq!(status("Interview scheduled"), Ok(Some(Status::Scheduled)));
}

#[test]
fn rdv_pris_with_a_date_is_scheduled() {
    assert_eq!(status("RDV pris le 3/12"), Ok(Some(Status::Scheduled)));
}

#[test]
fn ne_pas_contacter_is_dropped() {
    assert_eq!(status("Ne pas contacter"), Ok(Some(Status::Dropped)));
    assert_eq!(status("do not contact"), Ok(Some(Status::Dropped)));
}

#[test]
fn pas_interesse_is_dropped() {
    assert_eq!(status("pas intéressé"), Ok(Some(Status::Dropped)));
    assert_eq!(status("Pas intéressée"), Ok(Some(Status::Dropped)));
    assert_eq!(status("pas intéressé(e)"), Ok(Some(Status::Dropped)));
    assert_eq!(status("refusé"), Ok(Some(Status::Dropped)));
}

#[test]
fn not_interested_is_dropped() {
    assert_eq!(status("Not interested"), Ok(Some(Status::Dropped)));
}

#[test]
fn not_interested_anymore_is_dropped() {
    assert_eq!(status("not interested anymore"), Ok(Some(Status::Dropped)));
}

#[test]
fn a_reply_is_agreed_not_met() {
    // A reply to our message is not a meeting: Met would owe a thank-you for a meeting that
    // never happened; Agreed makes setting the day the next step, never a follow-up.
    assert_eq!(status("replied"), Ok(Some(Status::Agreed)));
    assert_eq!(status("A répondu"), Ok(Some(Status::Agreed)));
    assert_eq!(status("a répondu le 4/11"), Ok(Some(Status::Agreed)));
    assert_eq!(status("Réponse reçue"), Ok(Some(Status::Agreed)));
    assert_eq!(status("OK pour un café"), Ok(Some(Status::Agreed)));
    assert_eq!(status("Partante"), Ok(Some(Status::Agreed)));
    assert_eq!(status("said yes"), Ok(Some(Status::Agreed)));
}

#[test]
fn a_negation_after_a_known_word_is_not_read_by_prefix() {
    for text in [
        "rencontré ? pas encore",
        "contacted, no answer yet",
        "RDV pris? non",
    ] {
        assert!(status(text).is_err(), "{text:?}");
    }
}

#[test]
fn a_negated_unknown_status_is_not_suggested_its_positive() {
    for text in [
        "pas du tout intéressée",
        "ne jamais contacter",
        "never contact",
    ] {
        let issue = status(text).unwrap_err();
        assert!(
            !issue.hint.en.contains("Did you mean 'To contact'"),
            "{text:?}: {}",
            issue.hint.en
        );
        assert!(
            !issue.hint.en.contains("Did you mean 'Contacted'"),
            "{text:?}: {}",
            issue.hint.en
        );
    }
}

#[test]
fn other_single_vocabularies_read_by_their_leading_words() {
    assert_eq!(single(&t("court terme (3 mois)")), Ok(Some(Horizon::Short)));
    assert_eq!(single(&t("Café à Paris")), Ok(Some(How::Coffee)));
    assert_eq!(
        single(&t("ancien collègue chez Acme")),
        Ok(Some(Category::Colleague))
    );
    // A bare number is not a prefix: "1 an" is not horizon "1".
    assert!(single::<Horizon>(&t("1 an")).is_err());
    // Priority keeps whole words: "a voir" is not priority "a".
    assert!(single::<Priority>(&t("a voir")).is_err());
}

#[test]
fn follow_up_is_contacted_not_keep_in_touch() {
    // "follow" alone is keep-in-touch; "follow up next week" is a message awaiting its answer.
    assert_eq!(status("follow up next week"), Ok(Some(Status::Contacted)));
    assert_eq!(status("follow"), Ok(Some(Status::KeepInTouch)));
}
