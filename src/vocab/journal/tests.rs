use super::*;

#[test]
fn every_word_finds_its_own_kind_and_column() {
    for &k in ExchangeKind::ALL {
        for w in k.words() {
            assert_eq!(ExchangeKind::parse(w), Some(k), "{w:?}");
        }
    }
    for &f in JournalField::ALL {
        for w in f.words() {
            assert_eq!(JournalField::parse(w), Some(f), "{w:?}");
        }
    }
}

#[test]
fn the_issue_synonyms_are_understood() {
    use ExchangeKind::*;
    for (w, k) in [
        ("Café", Meeting),
        ("déjeuner", Meeting),
        ("Visio", Meeting),
        ("rendez-vous", Meeting),
        ("Événement", Meeting),
        ("coffee", Meeting),
        ("Video call", Meeting),
        ("e-mail", Message),
        // A call is a conversation held (issue 22); a message left is a message.
        ("Appel", Meeting),
        ("Call", Meeting),
        ("m'a rappelé", Meeting),
        ("Call back", Meeting),
        ("Message laissé", Message),
        ("Voicemail", Message),
        ("Pas disponible", Decline),
        ("Not now", Decline),
        ("relance", Message),
        ("follow-up", Message),
        ("Réponse reçue", Reply),
        ("Merci", Thanks),
        ("news", News),
        ("Demande reçue", Request),
        ("request answered", Help),
        ("Mise en relation", Introduction),
    ] {
        assert_eq!(ExchangeKind::parse(w), Some(k), "{w:?}");
    }
    assert_eq!(
        JournalField::parse("Présenté(e) à"),
        Some(JournalField::IntroducedTo)
    );
    assert_eq!(JournalField::parse("Avec"), Some(JournalField::Contact));
    assert_eq!(JournalField::parse("Échange"), Some(JournalField::Kind));
    let _ = Lang::Fr;
}
