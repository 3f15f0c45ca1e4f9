use super::*;
use proptest::prelude::*;

fn t(s: &str) -> Value {
    Value::Text(s.into())
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
    assert_eq!(objectives(&Value::Empty), (vec![], vec![]));
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

    let issue = single::<Horizon>(&t("moyen termes")).unwrap_err();
    assert_eq!(issue.kind, ProblemKind::UnknownValue);
    assert_eq!(
        issue.hint.en,
        "Did you mean 'Medium term'? Known: Short term, Medium term, Long term"
    );
    assert_eq!(
        issue.hint.fr,
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
        let cell = t(&format!("{long}{i}"));
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
