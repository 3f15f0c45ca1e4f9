use super::*;

#[test]
fn the_input_name_and_the_error_are_escaped_too() {
    let md = failure(
        "a|b.xlsx",
        &crate::error::Error::Usage("https://x.example \n @all".into()),
        Lang::En,
    );
    assert!(md.contains(r"a\|b.xlsx"), "{md}");
    assert!(!md.contains("https://") && !md.contains("@all"), "{md}");
}

#[test]
fn a_failure_on_a_french_page_is_said_in_french() {
    let md = failure("a.xlsx", &crate::error::Error::Usage("x".into()), Lang::Fr);
    assert!(md.contains("Non traité"), "{md}");
    assert!(!md.contains("Not processed"), "{md}");
}
