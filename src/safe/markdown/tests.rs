use super::*;

#[test]
fn cell_makes_markdown_inert_and_keeps_one_line() {
    assert_eq!(cell("A | B"), r"A \| B");
    assert_eq!(cell("*bold* _x_ [l](u)"), r"\*bold\* \_x\_ \[l\]\(u\)");
    assert_eq!(cell("<b>x</b>"), r"\<b\>x\</b\>");
    assert_eq!(cell("a\r\nb\n c"), "a b c");
    assert_eq!(cell(r"C:\x"), r"C:\\x");
    assert_eq!(cell("Éloïse"), "Éloïse");
    assert_eq!(cell("a\u{1b}[31mb\u{7}"), r"a \[31mb");
}

#[test]
fn links_and_mentions_are_broken() {
    let s = cell("https://evil.example www.evil.example @someone a@b.example WWW.X.example");
    for live in ["https://", "www.", "WWW.", "@s", "@b"] {
        assert!(!s.contains(live), "{live} in {s}");
    }
    assert_eq!(
        s.replace(BREAK, ""),
        r"https://evil.example www.evil.example @someone a@b.example WWW.X.example"
    );
}

#[test]
fn a_cell_is_cut_with_an_ellipsis() {
    let s = cell(&"x".repeat(30_000));
    assert_eq!(s.chars().count(), MAX_CELL_CHARS + 1);
    assert!(s.ends_with('…'));
    assert_eq!(
        cell(&"x".repeat(MAX_CELL_CHARS)),
        "x".repeat(MAX_CELL_CHARS)
    );
}

#[test]
fn the_page_stays_under_its_bound() {
    let mut page = Page::new(Lang::En);
    let section = "y".repeat(100_000);
    for _ in 0..20 {
        page.push(&section);
    }
    let text = page.finish();
    assert!(text.len() < MAX_PAGE_BYTES);
    assert!(text.contains("more input(s), not shown"));
}

proptest::proptest! {
    #[test]
    fn no_cell_holds_a_control_a_live_link_or_a_mention(
        s in "(https?://|www\\.|@|[a-zA-Z.:/ ]|[\\x00-\\x1f]|\\PC){0,400}"
    ) {
        let out = cell(&s);
        let lower = out.to_lowercase();
        proptest::prop_assert!(!out.chars().any(char::is_control), "{:?}", out);
        for live in ["http://", "https://", "www."] {
            proptest::prop_assert!(!lower.contains(live), "{:?}", out);
        }
        let mut chars = out.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '@' {
                proptest::prop_assert_eq!(chars.peek(), Some(&BREAK));
            }
        }
        let shown = out.chars().filter(|&c| c != BREAK && c != '\\').count();
        proptest::prop_assert!(shown <= MAX_CELL_CHARS + 1, "{}", shown);
    }
}
