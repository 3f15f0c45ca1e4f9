use super::*;

#[test]
fn the_first_address_of_a_crowded_cell() {
    let e = |s: &str| first_email(Cow::Borrowed(s)).into_owned();
    assert_eq!(e("ada@example.org"), "ada@example.org");
    assert_eq!(
        e("ada@example.org ::: ada.l@work.example"),
        "ada@example.org"
    );
    assert_eq!(
        e("m.martin@example.fr / 06 12 34 56 78"),
        "m.martin@example.fr"
    );
    assert_eq!(e("Claire <claire@x.fr>"), "claire@x.fr");
    assert_eq!(e("no address here"), "no address here");
    assert!(!is_email("@x.fr") && !is_email("a@b") && !is_email("a b@c.fr"));
}

#[test]
fn a_phone_beside_an_address() {
    assert_eq!(
        phone_beside("m.martin@example.fr / 06 12 34 56 78").as_deref(),
        Some("06 12 34 56 78")
    );
    assert_eq!(phone_beside("ada@example.org ::: ada@work.example"), None);
}

#[test]
fn pieces_and_labels() {
    let p: Vec<&str> = pieces("* myContacts ::: Clients ::: Salon pro").collect();
    assert_eq!(p, ["* myContacts", "Clients", "Salon pro"]);
    assert!(is_system_label("* starred") && is_system_label("myContacts"));
    assert_eq!(first_of_many(Cow::Borrowed("+33 6 ::: +33 1")), "+33 6");
}
