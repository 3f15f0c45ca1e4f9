use super::*;

#[test]
fn cell_makes_markdown_inert_and_keeps_one_line() {
    assert_eq!(cell("A | B"), r"A \| B");
    assert_eq!(cell("*bold* _x_ [l](u)"), r"\*bold\* \_x\_ \[l\](u)");
    assert_eq!(cell("<b>x</b>"), r"\<b\>x\</b\>");
    assert_eq!(cell("a\r\nb\n c"), "a b c");
    assert_eq!(cell(r"C:\x"), r"C:\\x");
    assert_eq!(cell("Éloïse"), "Éloïse");
    assert_eq!(cell("a\u{1b}[31mb\u{7}"), r"a \[31mb");
}

#[test]
fn what_cannot_act_is_shown_as_written() {
    // What a CI log shows raw: no backslash where Markdown would do nothing.
    assert_eq!(
        cell("Marc Petit (DRH chez Nova)"),
        "Marc Petit (DRH chez Nova)"
    );
    assert_eq!(cell("Ernst & Young"), "Ernst & Young");
    assert_eq!(cell("Super ! Vu au salon #2"), "Super ! Vu au salon #2");
    assert_eq!(cell("jean_dupont"), "jean_dupont");
    assert_eq!(cell("#1 prio"), r"\#1 prio");
    assert_eq!(cell("AT&amp;T"), r"AT\&amp;T");
    assert_eq!(cell("_x_"), r"\_x\_");
}

/// `md` rendered as GitHub would (tables, strikethrough, math).
fn rendered(md: &str) -> String {
    use pulldown_cmark::{html, Options, Parser};
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_MATH
        | Options::ENABLE_GFM;
    let mut out = String::new();
    html::push_html(&mut out, Parser::new_ext(md, options));
    out
}

/// The tag names of `html`.
fn tags(html: &str) -> Vec<String> {
    html.split('<')
        .skip(1)
        .map(|t| {
            t.trim_start_matches('/')
                .chars()
                .take_while(char::is_ascii_alphanumeric)
                .collect()
        })
        .collect()
}

/// The text of `html`: tags dropped, the renderer's entities read back.
fn text_of(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
        .trim()
        .to_string()
}

/// `escaped` as it should read: each escaping backslash gone, the invisible breaks gone.
fn unescaped(escaped: &str) -> String {
    let mut out = String::new();
    let mut chars = escaped.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.extend(chars.next()),
            BREAK => {}
            c => out.push(c),
        }
    }
    out
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

    #[test]
    fn sheet_text_renders_as_plain_text_and_reads_as_written(
        s in "([a-zA-Z0-9 ;:/.@-]|[*_`\\[\\]<>~&#!()$|\\\\]){0,60}"
    ) {
        let out = cell(&s);
        for page in [format!("x {out}"), format!("| a |\n|---|\n| {out} |\n")] {
            let html = rendered(&page);
            for tag in tags(&html) {
                proptest::prop_assert!(
                    ["p", "table", "thead", "tbody", "tr", "th", "td"].contains(&tag.as_str()),
                    "<{}> from {:?}: {}", tag, s, html
                );
            }
        }
        // Every backslash the page holds is spent on what follows it: the reader sees the
        // sheet's text (one line) and nothing more.
        let html = rendered(&format!("x {out}"));
        proptest::prop_assert_eq!(
            text_of(&html).replace(BREAK, ""),
            format!("x {}", unescaped(&out)).trim().to_string(),
            "{:?} -> {:?}", s, out
        );
    }
}
