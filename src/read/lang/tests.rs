use super::*;

#[test]
fn headers_vote_for_their_language() {
    assert_eq!(
        of_headers(["Nom", "Société", "Email"].into_iter()),
        Some(Lang::Fr)
    );
    assert_eq!(
        of_headers(["First Name", "Company", "Email"].into_iter()),
        Some(Lang::En)
    );
    assert_eq!(of_headers(["Email", "LinkedIn", "Notes"].into_iter()), None);
    assert_eq!(
        of_headers(["company", "dateApplied", "follow_up_contact_name"].into_iter()),
        Some(Lang::En)
    );
}
