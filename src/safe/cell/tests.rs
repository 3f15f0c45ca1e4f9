use super::*;

#[test]
fn long_text_is_cut_at_the_cell_limit_on_a_char_boundary() {
    let s = "é".repeat(40_000);
    assert_eq!(fit(&s).chars().count(), MAX_CELL_CHARS);
    let emoji = "😀".repeat(20_000); // two UTF-16 units each
    assert_eq!(fit(&emoji).chars().count(), MAX_CELL_CHARS / 2);
}

#[test]
fn formula_and_number_lookalikes_get_the_quote_prefix() {
    for s in [
        "=1+1",
        "+33 6 12 34 56 78",
        "-",
        "@me",
        "0612345678",
        " 42 ",
        "  =HYPERLINK(\"x\")",
        "\t=1",
        "\n@SUM(1)",
        "\tplain",
        "\rplain",
        "＝1+1",
        "=cmd|' /C calc'!A0",
    ] {
        assert!(needs_quote_prefix(s), "{s:?}");
    }
    for s in [
        "Claire",
        "12 rue Haute",
        "",
        "a=b",
        "claire@example.fr",
        " ",
    ] {
        assert!(!needs_quote_prefix(s), "{s:?}");
    }
}

#[test]
fn xml_forbids_c0_controls_and_the_two_non_characters() {
    assert!(xml_legal("Claire\tMartin\r\nÉloïse 😀"));
    for bad in [
        "a\u{1}b",
        "\u{0}",
        "\u{1b}[31m",
        "\u{b}",
        "\u{FFFE}",
        "\u{FFFF}",
    ] {
        assert!(!xml_legal(bad), "{bad:?}");
    }
}

proptest::proptest! {
    #[test]
    fn every_formula_start_gets_the_prefix(lead in "[ \\t\\r\\n]{0,3}", start in "[=+@-]", rest in "\\PC{0,20}") {
        let s = format!("{lead}{start}{rest}");
        proptest::prop_assert!(needs_quote_prefix(&s), "{:?}", s);
    }
}

proptest::proptest! {
    /// The quick test of a number's first character never turns away a text Rust reads as
    /// a number ("nan", "Infinity", ".5", "1e3"), nor takes one it does not.
    #[test]
    fn a_number_is_told_as_parsing_tells_it(
        t in "[+.-]?([0-9]{0,4}[.eE]?[0-9]{0,3}|[iI][nN][fF]([iI][nN][iI][tT][yY])?|[nN][aA][nN]|\\PC{0,6})",
    ) {
        proptest::prop_assert_eq!(super::reads_as_number(&t), t.parse::<f64>().is_ok(), "{:?}", t);
    }
}

proptest::proptest! {
    /// The quick answer for a text that begins with a letter is the full test's.
    #[test]
    fn a_text_is_prefixed_as_the_full_test_prefixes_it(
        s in "[a-zA-Z]?(\\PC|[ \t\r=+@.0-9eE-]){0,8}|[iInN][nNaAfF]{0,3}|\\PC{0,8}",
    ) {
        proptest::prop_assert_eq!(needs_quote_prefix(&s), super::prefixed_in_full(&s), "{:?}", s);
    }
}

#[test]
fn words_that_read_as_numbers_are_numbers() {
    for t in ["nan", "NaN", "inf", "-Infinity", "+.5", "1e3", "0612345678"] {
        assert!(super::reads_as_number(t), "{t}");
    }
    for t in ["Acme", "infirmière", "nano", "e5", ""] {
        assert!(!super::reads_as_number(t), "{t}");
    }
}
