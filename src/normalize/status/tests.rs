use super::*;
use crate::model::Value;
use crate::testkit::d;

#[test]
fn tracker_and_crm_pipeline_words_are_steps() {
    use Status::*;
    let cases: &[(&str, Status)] = &[
        ("Outreach Sent", Contacted),
        ("Request Sent", Contacted),
        ("Connected", Contacted),
        ("Replied", Agreed),
        ("Waiting", Contacted),
        ("Applied", Contacted),
        ("envoyée", Contacted),
        ("Relancé", Contacted),
        ("Devis envoyé", Contacted),
        ("Négociation", Contacted),
        ("Researching", ToContact),
        ("Ready to Send", ToContact),
        ("Screening Call", Scheduled),
        ("Interview", Scheduled),
        ("Entretien", Scheduled),
        ("Completed", Met),
        ("Dormant", KeepInTouch),
        ("Won", KeepInTouch),
        ("Gagné", KeepInTouch),
        ("Closed Won", KeepInTouch),
        ("Lost", Dropped),
        ("Perdu", Dropped),
        ("Closed - Lost", Dropped),
        ("CV envoyé", Contacted),
        ("Intro email sent", Contacted),
        ("Interview booked for Tuesday", Scheduled),
        ("Coffee done, send thanks", Met),
        ("Contract signed!", KeepInTouch),
        ("Open - Not Contacted", ToContact),
        ("À relancer", Contacted),
    ];
    for &(word, want) in cases {
        assert_eq!(said(&Value::Text(word)), Said::Step(want), "{word:?}");
    }
    for (word, t) in [
        ("Hot", Temperature::Hot),
        ("Warm Contact", Temperature::Warm),
        ("froid", Temperature::Cold),
    ] {
        assert_eq!(said(&Value::Text(word)), Said::Temperature(t), "{word:?}");
    }
    assert!(matches!(said(&Value::Text("Zorglub")), Said::Unknown(_)));
    // A negated cell is not read by one of its words.
    assert!(matches!(
        said(&Value::Text("pas encore envoyé")),
        Said::Unknown(_)
    ));
}

#[test]
fn an_exchange_in_the_past_is_a_conversation() {
    let today = Some(d("2026-11-26"));
    let at = |s: &str| Some(d(s));
    assert_eq!(
        from_exchange(at("2026-11-20"), None, today),
        (Status::Contacted, at("2026-11-20"))
    );
    assert_eq!(
        from_exchange(at("2026-03-01"), None, today).0,
        Status::KeepInTouch
    );
    // A meeting held is news to give, not a message to chase, however recent.
    assert_eq!(
        from_exchange(None, at("2026-11-25"), today).0,
        Status::KeepInTouch
    );
    assert_eq!(
        from_exchange(at("2026-09-01"), at("2026-11-25"), today).0,
        Status::KeepInTouch
    );
    assert_eq!(
        from_exchange(None, at("2026-12-25"), today).0,
        Status::ToContact
    );
    assert_eq!(from_exchange(None, None, today).0, Status::ToContact);
}

#[test]
fn sources_and_labels_read_as_a_category() {
    let c = |s: &str| category(&Value::Text(s));
    let other = Some(Category::Other);
    assert_eq!(c("LinkedIn"), Ok((other, Some(How::Message), None)));
    assert_eq!(c("Met at event"), Ok((other, None, None)));
    assert_eq!(c("Alumni"), Ok((Some(Category::Colleague), None, None)));
    assert_eq!(c("Cold email"), Ok((other, Some(How::Email), None)));
    assert_eq!(c("Salon pro"), Ok((other, None, None)));
    assert_eq!(c("Web Summit 2025"), Ok((other, None, None)));
    let friends = Ok((Some(Category::FriendFamily), None, None));
    assert_eq!(c("* myContacts ::: Friends"), friends);
    assert_eq!(c("* myContacts"), Ok((None, None, None)));
    assert_eq!(c("Hot lead"), Ok((None, None, Some(Priority::High))));
    let colleague = Ok((Some(Category::Colleague), None, None));
    assert_eq!(c("Ancien collègue"), colleague);
    assert!(c("Zorglub").is_err());
}
