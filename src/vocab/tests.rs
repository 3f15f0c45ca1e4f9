use super::*;

#[test]
fn fold_ignores_case_accents_punctuation_and_spaces() {
    assert_eq!(fold("  Échéance / Date-limite "), "echeance date limite");
    assert_eq!(fold("E-mail"), "e mail");
    assert_eq!(fold("Ce que je peux apporter ?"), "ce que je peux apporter");
    assert_eq!(fold("d’emploi"), fold("d'emploi"));
}

#[test]
fn every_label_and_alias_finds_its_own_code() {
    fn check<T: Copy + PartialEq + std::fmt::Debug>(
        all: &[T],
        words: impl Fn(T) -> Vec<&'static str>,
        lookup: impl Fn(&str) -> Option<T>,
    ) {
        let clashes: Vec<String> = all
            .iter()
            .flat_map(|&c| words(c).into_iter().map(move |w| (c, w)))
            .filter(|&(c, w)| lookup(&fold(w)) != Some(c))
            .map(|(c, w)| format!("{w:?} of {c:?} finds {:?}", lookup(&fold(w))))
            .collect();
        assert!(clashes.is_empty(), "{clashes:#?}");
    }
    check(Field::ALL, |c| c.words().collect(), Field::lookup);
    check(Objective::ALL, |c| c.words().collect(), Objective::lookup);
    check(Horizon::ALL, |c| c.words().collect(), Horizon::lookup);
    check(How::ALL, |c| c.words().collect(), How::lookup);
    check(Category::ALL, |c| c.words().collect(), Category::lookup);
    check(Status::ALL, |c| c.words().collect(), Status::lookup);
    check(Priority::ALL, |c| c.words().collect(), Priority::lookup);
    check(
        Temperature::ALL,
        |c| c.words().collect(),
        Temperature::lookup,
    );
    check(Source::ALL, |c| c.words().collect(), Source::lookup);
    check(Annotation::ALL, |c| c.words().collect(), Annotation::lookup);
    check(NextAction::ALL, |c| c.words().collect(), NextAction::lookup);
    check(Flag::ALL, |c| c.words().collect(), Flag::lookup);
}

#[test]
fn annotation_headers_are_not_taken_for_user_columns() {
    for a in Annotation::ALL {
        for w in [a.label(Lang::Fr), a.label(Lang::En)] {
            assert_eq!(Field::parse(w), None, "{w:?}");
        }
    }
}

#[test]
fn a_blank_or_punctuation_only_cell_matches_no_code() {
    for raw in ["", " ", "-", "!!!", "***", "/"] {
        assert_eq!(Priority::parse(raw), None, "{raw:?}");
        assert_eq!(Status::parse(raw), None, "{raw:?}");
        assert_eq!(Field::parse(raw), None, "{raw:?}");
    }
}

#[test]
fn contract_synonyms_are_understood() {
    assert_eq!(Objective::parse("Recherche d'emploi"), Some(Objective::Job));
    assert_eq!(Objective::parse("Veille"), Some(Objective::Watch));
    assert_eq!(Horizon::parse("CT"), Some(Horizon::Short));
    assert_eq!(Horizon::parse("moyen terme"), Some(Horizon::Medium));
    assert_eq!(How::parse("Café"), Some(How::Coffee));
    assert_eq!(How::parse("visio"), Some(How::Video));
    assert_eq!(
        Category::parse("Chef d'entreprise"),
        Some(Category::Entrepreneur)
    );
    assert_eq!(Status::parse("RDV planifié"), Some(Status::Scheduled));
    assert_eq!(Status::parse("sans suite"), Some(Status::Dropped));
    assert_eq!(Field::parse("Échéance"), Some(Field::Deadline));
    assert_eq!(Field::parse("Connected On"), Some(Field::LastContact));
}

/// `fold` as first written, through the Unicode tables for every character: the quick path
/// for ASCII must give the same text.
fn fold_through_unicode(s: &str) -> String {
    let mut out = String::new();
    let mut pending_space = false;
    let mut push = |c: char, out: &mut String| {
        if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.extend(c.to_lowercase());
        } else {
            pending_space = true;
        }
    };
    for c in s.chars() {
        if c.is_ascii() {
            push(c, &mut out);
        } else {
            for d in deunicode::deunicode_char(c).unwrap_or(" ").chars() {
                push(d, &mut out);
            }
        }
    }
    out
}

proptest::proptest! {
    #[test]
    fn folding_ascii_quickly_folds_the_same(s in "[ -~]{0,12}|\\PC{0,12}") {
        proptest::prop_assert_eq!(fold(&s), fold_through_unicode(&s));
    }
}
