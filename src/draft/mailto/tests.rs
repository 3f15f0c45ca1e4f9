use super::*;

/// Decodes a percent-encoded text (for the tests).
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap();
            out.push(u8::from_str_radix(hex, 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

/// The (address, subject, body) of a mailto link.
pub fn parts(link: &str) -> (String, String, String) {
    let rest = link.strip_prefix("mailto:").unwrap();
    let (to, query) = rest.split_once("?subject=").unwrap();
    let (subject, body) = query.split_once("&body=").unwrap();
    (
        decode(to),
        decode(subject),
        decode(body).replace("\r\n", "\n"),
    )
}

#[test]
fn subject_and_body_decode_back_and_a_line_break_adds_no_header() {
    let body = "Bonjour Zoé,\nUn café ? 50 % & plus #1\nMerci";
    let link = mailto("zoe@example.com", "Re: 1+1=2 & co", body).unwrap();
    assert!(!link.contains('\n') && !link.contains(' '), "{link}");
    assert_eq!(link.matches('&').count(), 1, "{link}");
    assert!(link.contains("%0D%0A"), "{link}");
    let (to, subject, got) = parts(&link);
    assert_eq!(to, "zoe@example.com");
    assert_eq!(subject, "Re: 1+1=2 & co");
    assert_eq!(got, body);
}

#[test]
fn a_long_body_is_shortened_to_the_link_limit() {
    let body = "é".repeat(600);
    let link = mailto("a@b.fr", "Sujet", &body).unwrap();
    assert!(link.len() <= MAX_LINK_CHARS, "{}", link.len());
    assert!(link.len() > MAX_LINK_CHARS - 12, "{}", link.len());
    let (_, _, got) = parts(&link);
    assert!(got.ends_with('…'));
    assert!(body.starts_with(got.trim_end_matches('…')));
}

proptest::proptest! {
    /// Any subject and body: the link has no raw line break, space, `#` nor a third
    /// field, stays within Excel's limit, and decodes back to them (the body's start,
    /// when shortened).
    #[test]
    fn any_text_round_trips_within_the_limit(
        subject in "[a-zé€😀&?#=%+ \n]{0,60}",
        body in "[a-zé€😀&?#=%+ \n\r]{0,900}",
    ) {
        let link = mailto("a@b.fr", &subject, &body).unwrap();
        proptest::prop_assert!(link.len() <= MAX_LINK_CHARS);
        proptest::prop_assert!(!link.contains([' ', '\n', '\r', '#']));
        proptest::prop_assert_eq!(link.matches('&').count(), 1);
        let (to, got_subject, got_body) = parts(&link);
        proptest::prop_assert_eq!(to, "a@b.fr");
        let subject = subject.replace("\r\n", "\n");
        proptest::prop_assert_eq!(got_subject.replace("\r\n", "\n"), subject);
        let body = body.replace("\r\n", "\n");
        match got_body.strip_suffix('…') {
            Some(start) if got_body != body => {
                proptest::prop_assert!(body.starts_with(start.trim_end()));
            }
            _ => proptest::prop_assert_eq!(got_body, body),
        }
    }
}
