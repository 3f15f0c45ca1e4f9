use super::*;

fn v(name: &'static str, text: Option<&str>) -> Value {
    Value {
        name,
        text: text.map(str::to_string),
        shrinkable: true,
    }
}

#[test]
fn a_line_with_a_missing_value_is_left_out() {
    let t = "Hello {first_name},\n{introducer} sent me.\nBye";
    let with = [v("first_name", Some("Ana")), v("introducer", Some("Luc"))];
    assert_eq!(fill(t, &with), "Hello Ana,\nLuc sent me.\nBye");
    let without = [v("first_name", Some("Ana")), v("introducer", None)];
    assert_eq!(fill(t, &without), "Hello Ana,\nBye");
}

#[test]
fn unknown_placeholders_are_found_with_their_offset_and_other_braces_are_text() {
    assert_eq!(check("Hi {first_name} {how}"), Ok(()));
    let e = check("Hi {first_name},\n{firstname}").unwrap_err();
    assert_eq!(e.name, "firstname");
    assert_eq!(e.offset, 17);
    assert_eq!(check("a { b } {} {"), Ok(()));
}

#[test]
fn long_values_are_shortened_to_fit() {
    let long = "x".repeat(5000);
    let values = [v("give_back", Some(&long)), v("name", Some("Ana"))];
    let text = fill_within("To {name}: {give_back}. End", &values, 600);
    assert_eq!(text.chars().count(), 600, "{text}");
    assert!(text.ends_with("…. End"), "{text}");
}

#[test]
fn a_template_of_the_user_loses_its_emoji_and_control_characters() {
    let got = fill_within("Hi 👋 {name}\u{1}!\r\nBye", &[v("name", Some("Ana"))], 600);
    assert_eq!(got, "Hi  Ana !\nBye");
}

#[test]
fn sheet_text_becomes_one_plain_line() {
    assert_eq!(inline(" Ana\r\nBCC: x@y.z\tok 🎉👍🏽 "), "Ana BCC: x@y.z ok");
    assert_eq!(block("Ana\n\n06 12 \u{7}"), "Ana\n06 12");
}
