use super::*;

#[test]
fn mailto_only_for_one_plain_address() {
    assert_eq!(
        mailto(" claire.martin+pro@example.fr ").as_deref(),
        Some("mailto:claire.martin+pro@example.fr")
    );
    assert_eq!(
        mailto("MAILTO:o'brien@mail.example.com").as_deref(),
        Some("mailto:o'brien@mail.example.com")
    );
    for bad in [
        "a@b.example?bcc=spy@evil.example",
        "a@b.example?attach=/etc/passwd&body=x",
        "real@x.example,spy@evil.example",
        "real@x.example;spy@evil.example",
        "a%0Abcc@x.example",
        "a@x.example%0Abcc:spy@evil.example",
        "a b@x.example",
        "a\u{1}@x.example",
        "@x.example",
        "a@x",
        "a@@x.example",
        "=cmd@x.example",
        "-a@x.example",
        "a@x.example>",
        "a\"@x.example",
        "<a@x.example>",
        "Claire <claire@example.com>",
        "claire@example.com\r\nBcc: x@y.z",
    ] {
        assert_eq!(mailto(bad), None, "{bad:?}");
    }
}

#[test]
fn web_links_only_for_strict_http_uris_that_fit() {
    let ok = |s: &str| web(s).unwrap_or_else(|| panic!("{s:?} is a link"));
    assert_eq!(
        ok("https://www.linkedin.com/in/claire"),
        "https://www.linkedin.com/in/claire"
    );
    assert_eq!(
        ok("www.linkedin.com/in/paul"),
        "https://www.linkedin.com/in/paul"
    );
    assert_eq!(
        ok("fr.linkedin.com/in/zoe"),
        "https://fr.linkedin.com/in/zoe"
    );
    assert_eq!(
        ok("HTTP://x.example:8080/a?b=c#d"),
        "http://x.example:8080/a?b=c#d"
    );
    assert_eq!(
        ok("https://www.linkedin.com/in/h%C3%A9l%C3%A8ne"),
        "https://www.linkedin.com/in/hélène"
    );
    assert_eq!(ok("https://x.example/a%20b"), "https://x.example/a%20b");
    for bad in [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "https://bank.example@evil.example/",
        "https://x.example/a b",
        "https://x.example/a\u{1}b",
        "https://x.example/\"><script>",
        "https://x.example/<",
        "https://x.example/a\\b",
        "https://x.example/%0A%0D",
        "https://x.example/%zz",
        "https://x.example/a#b#c",
        "=HYPERLINK(\"https://www.linkedin.com/in/x\")",
        "see www.linkedin.com/in/x",
        "https://[::1]/",
        "https://x.example:99999999/",
        "ftp://x.example/",
        "example.com/page",
    ] {
        assert_eq!(web(bad), None, "{bad:?}");
    }
    // Excel's limit is checked on the escaped form.
    let long = format!("https://x.example/{}", "a".repeat(MAX_URL_CHARS - 18));
    assert_eq!(long.len(), MAX_URL_CHARS);
    assert!(web(&long).is_some());
    assert!(web(&format!("{long}a")).is_none());
    let accents = format!("https://x.example/{}", "é".repeat(400));
    assert!(accents.chars().count() < MAX_URL_CHARS);
    assert!(web(&accents).is_none(), "2,400 escaped characters");
    // A `%` escape rust_xlsxwriter would escape again makes no link, rather than a wrong one.
    assert!(web("https://x.example/a%2Fb").is_none());
}

proptest::proptest! {
    #[test]
    fn a_target_is_clean_or_there_is_none(
        s in "(https?://|mailto:|www\\.|[a-z0-9.@/?#%=&,;:+' -]|\\PC){0,60}"
    ) {
        if let Some(t) = web(&s) {
            proptest::prop_assert!(t.starts_with("http://") || t.starts_with("https://"));
            proptest::prop_assert!(escaped_len(&t) <= MAX_URL_CHARS);
            proptest::prop_assert!(!t.chars().any(|c| c.is_whitespace() || c.is_control()
                || matches!(c, '"' | '<' | '>' | '\\' | '^' | '`' | '{' | '|' | '}')), "{:?}", t);
        }
        if let Some(t) = mailto(&s) {
            proptest::prop_assert_eq!(t.matches('@').count(), 1);
            proptest::prop_assert!(!t.chars().any(|c| c.is_whitespace() || c.is_control()
                || matches!(c, '?' | ',' | ';' | '%' | '&' | '<' | '>' | '"')), "{:?}", t);
        }
    }
}
