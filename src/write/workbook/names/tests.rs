use super::*;
use crate::model::MARKER_SHEET;

#[test]
fn clashing_and_invalid_names_become_unique_valid_names() {
    let mut n = Names::new();
    assert_eq!(n.claim("Plan"), "Plan");
    assert_eq!(n.claim("plan"), "plan (2)");
    assert_eq!(n.claim("Plan"), "Plan (3)");
    assert_eq!(n.claim("a/b:c"), "a_b_c");
    assert_eq!(n.claim("x\u{1}y\u{FFFE}z"), "x y z");
    assert_eq!(n.claim(""), "sheet");
    assert_eq!(n.claim("History"), "History sheet");
    // The marker's name is no one's until claimed: a user's sheet may have it first.
    assert_eq!(n.claim(MARKER_SHEET), "reseau-xlsx");
    assert_eq!(n.claim(MARKER_SHEET), "reseau-xlsx (2)");
    let long = "x".repeat(40);
    assert_eq!(n.claim(&long).chars().count(), 31);
    let again = n.claim(&long);
    assert_eq!(again.chars().count(), 31);
    assert!(again.ends_with(" (2)"));
    for name in n.taken.iter() {
        assert!(
            rust_xlsxwriter::utility::check_sheet_name(name).is_ok(),
            "{name}"
        );
    }
}
