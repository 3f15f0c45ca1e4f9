use super::*;

#[test]
fn the_input_name_and_the_error_are_escaped_too() {
    let md = failure(
        "a|b.xlsx",
        &crate::error::Error::Usage("https://x.example \n @all".into()),
    );
    assert!(md.contains(r"a\|b.xlsx"), "{md}");
    assert!(!md.contains("https://") && !md.contains("@all"), "{md}");
}
