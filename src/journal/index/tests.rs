use super::*;

fn contacts() -> Vec<Contact<'static>> {
    let c = |name: &'static str, email: Option<&'static str>| Contact {
        name: name.into(),
        email: email.map(Into::into),
        ..Contact::default()
    };
    vec![
        c("Claire Martin", Some("claire@ex.fr")),
        c("Jean-Pierre Dupont", None),
        c("Léa Moreau", Some("lea@ex.fr")),
        c("Léa Moreau", Some("lea.m@autre.fr")),
        c("Zoé", None),
    ]
}

#[test]
fn names_match_as_written_turned_round_or_by_email_and_twins_are_ambiguous() {
    let index = Index::new(&contacts());
    #[rustfmt::skip]
    let cases: &[(&str, Option<&str>, Match)] = &[
        ("Claire Martin", None, Match::One(0)),
        ("claire  MARTIN", None, Match::One(0)),
        ("Martin Claire", None, Match::One(0)),
        ("Martin, Claire", None, Match::One(0)),
        ("jean pierre dupont", None, Match::One(1)),
        ("Dupont Jean-Pierre", None, Match::One(1)),
        ("JeanPierre Dupont", None, Match::One(1)),
        ("Lea Moreau", None, Match::Ambiguous(vec![2, 3])),
        ("Lea Moreau", Some("LEA.M@autre.fr"), Match::One(3)),
        ("CLAIRE@ex.fr", None, Match::One(0)),
        ("Claire", Some("claire@ex.fr"), Match::One(0)),
        ("zoe", None, Match::One(4)),
        ("Claire Martinez", None, Match::None),
        ("", None, Match::None),
    ];
    for (name, email, want) in cases {
        assert_eq!(&index.find(name, *email), want, "{name:?} {email:?}");
    }
}

#[test]
fn thousands_of_twins_are_named_by_their_first_rows_and_an_address_still_settles_one() {
    let twins: Vec<Contact> = (0..20_000)
        .map(|i| Contact {
            name: "Jean Dupont".into(),
            email: Some(format!("jd{i}@ex.fr").into()),
            ..Contact::default()
        })
        .collect();
    let index = Index::new(&twins);
    assert_eq!(
        index.find("Jean Dupont", None),
        Match::Ambiguous((0..SHOWN as u32).collect())
    );
    assert_eq!(
        index.find("Dupont Jean", Some("JD19999@ex.fr")),
        Match::One(19_999)
    );
}

#[test]
fn the_nearest_names_are_suggested() {
    let index = Index::new(&contacts());
    assert_eq!(index.nearest("Claire Martinez"), vec![0]);
    assert_eq!(index.nearest("Clair Martn"), vec![0]);
    assert_eq!(index.nearest("Xavier Quintin"), Vec::<ContactIndex>::new());
}
