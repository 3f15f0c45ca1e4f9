use super::*;

#[test]
fn control_sequences_and_line_breaks_become_visible_escapes() {
    assert_eq!(line("Claire Martin 😀"), "Claire Martin 😀");
    assert_eq!(
        line("Innocent\n::error title=CI::injected"),
        "Innocent\\n::error title=CI::injected"
    );
    assert_eq!(line("\u{1b}]0;pwned\u{7}x"), "\\u{1b}]0;pwned\\u{7}x");
    assert_eq!(line("\u{9b}2J\r\t"), "\\u{9b}2J\\r\\t");
    assert_eq!(line("a\u{202e}b\u{2028}"), "a\\u{202e}b\\u{2028}");
    assert!(!line("\u{1b}[2J\u{1b}]52;c;AAAA\u{7}").contains('\u{1b}'));
}

#[test]
fn a_report_keeps_its_lines_and_loses_its_controls() {
    assert_eq!(lines("a\n  b\n"), "a\n  b\n");
    assert_eq!(
        lines("  \"\u{1b}[2J Statut\" -> status\n"),
        "  \"\\u{1b}[2J Statut\" -> status\n"
    );
    assert_eq!(lines("x\r\n"), "x\\r\n");
}

proptest::proptest! {
    #[test]
    fn no_string_reaches_the_terminal_with_a_control_character(s in "\\PC*|[\\x00-\\x{a0}\\x{2028}\\x{202e}]*") {
        let out = line(&s);
        proptest::prop_assert!(!out.chars().any(is_unsafe), "{:?}", out);
    }
}
