//! Link targets for the e-mail and profile cells of the contacts sheet. A cell becomes a link
//! only when its whole text is one thing a click may safely open: one plain e-mail address
//! (`mailto:` with nothing after the address, so a click cannot add a hidden recipient, a
//! subject, a body or an attachment), or one http(s) address. Anything else stays plain text.
//!
//! The checks are a strict allowlist written here rather than a general URL parser: a parser
//! repairs what it is given (it drops tabs and line breaks, accepts a user name before the host,
//! backslashes as slashes), while a link the user did not write must be refused, not repaired.
//! The target returned is already in the form rust_xlsxwriter writes unchanged (it escapes a
//! link again unless it holds a `%XX` escape it knows), and its length is the one Excel checks.

use super::cell::needs_quote_prefix;

/// The longest link Excel opens, in characters of its escaped form.
pub const MAX_URL_CHARS: usize = 2_079;

/// The longest e-mail address (RFC 5321 path, less its brackets).
const MAX_ADDRESS: usize = 254;

/// `mailto:ADDRESS` when `text` (trimmed, with or without `mailto:`) is exactly one plain
/// address: letters, digits and `. _ + - '` before the `@`, a host name after it.
pub fn mailto(text: &str) -> Option<String> {
    plain_address(text).map(|address| format!("mailto:{address}"))
}

/// The address of `text` (trimmed, with or without `mailto:`) when it is exactly one plain
/// address, as [`mailto`] accepts it.
pub fn plain_address(text: &str) -> Option<&str> {
    let t = text.trim();
    let address = strip_prefix_ignore_case(t, "mailto:").unwrap_or(t);
    if address.len() > MAX_ADDRESS {
        return None;
    }
    let (local, domain) = address.split_once('@')?;
    let local_ok = local.len() <= 64
        && local.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '+' | '-' | '\''));
    (local_ok && is_host(domain) && domain.contains('.')).then_some(address)
}

/// The target of a profile cell: the text itself when it is an http(s) URI, or `https://`
/// before a `www.` or `linkedin.com` address written without its scheme; `None` for anything
/// else, for a text that looks like a formula, and for a target whose escaped form is longer
/// than Excel's [`MAX_URL_CHARS`].
pub fn web(text: &str) -> Option<String> {
    let t = text.trim();
    if t.is_empty() || needs_quote_prefix(t) {
        return None;
    }
    let (scheme, rest) = match t.split_once("://") {
        Some((s, rest)) if s.eq_ignore_ascii_case("http") || s.eq_ignore_ascii_case("https") => {
            (s.to_ascii_lowercase(), rest)
        }
        Some(_) => return None,
        None => {
            let host = t
                .split(['/', '?', '#'])
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            let known = host.starts_with("www.")
                || host == "linkedin.com"
                || host.ends_with(".linkedin.com");
            if !known {
                return None;
            }
            ("https".to_string(), t)
        }
    };
    let split = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(split);
    let host = match authority.rsplit_once(':') {
        Some((h, port)) if !port.is_empty() && port.len() <= 5 => {
            port.bytes().all(|b| b.is_ascii_digit()).then_some(h)?
        }
        Some(_) => return None,
        None => authority,
    };
    if !is_host(host) {
        return None;
    }
    let tail = tail_of(tail)?;
    let target = format!("{scheme}://{authority}{tail}");
    (escaped_len(&target) <= MAX_URL_CHARS && written_unchanged(&target)).then_some(target)
}

/// A host name: dot-separated labels of ASCII letters, digits and inner hyphens. No user name
/// (`bank.example@evil.example`), no IP-literal brackets, no internationalised form.
fn is_host(host: &str) -> bool {
    !host.is_empty()
        && host.len() <= 253
        && host.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

/// The path, query and fragment of a URI, checked: the characters RFC 3986 allows there,
/// valid `%XX` escapes, at most one `#`, and letters of other scripts (an IRI, as LinkedIn
/// writes accented names). A `%XX` escape of such a letter is written as the letter, so the
/// target has no `%` that rust_xlsxwriter would escape a second time.
fn tail_of(tail: &str) -> Option<String> {
    let tail = decode_letters(tail)?;
    if tail.matches('#').count() > 1 {
        return None;
    }
    for (i, c) in tail.char_indices() {
        let ok = match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' => true,
            '-' | '.' | '_' | '~' | '!' | '$' | '&' | '\'' | '(' | ')' | '*' | '+' | ',' | ';'
            | '=' | ':' | '@' | '/' | '?' | '#' => true,
            '%' => {
                let hex = tail.get(i + 1..i + 3)?;
                hex.bytes().all(|b| b.is_ascii_hexdigit())
            }
            c if !c.is_ascii() => c.is_alphanumeric() || is_mark(c),
            _ => false,
        };
        if !ok {
            return None;
        }
    }
    Some(tail)
}

/// Combining marks (an accent typed as a second character) are letters' parts, not controls.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}')
}

/// `tail` with every `%XX` run that decodes to UTF-8 letters of other scripts written as those
/// letters; other escapes are kept. `None` when a run is not UTF-8.
fn decode_letters(tail: &str) -> Option<String> {
    let bytes = tail.as_bytes();
    let mut out = String::with_capacity(tail.len());
    let mut i = 0;
    while i < bytes.len() {
        let mut run = Vec::new();
        let mut j = i;
        while j + 2 < bytes.len() && bytes[j] == b'%' {
            match u8::from_str_radix(std::str::from_utf8(&bytes[j + 1..j + 3]).ok()?, 16) {
                Ok(b) if b >= 0x80 => {
                    run.push(b);
                    j += 3;
                }
                _ => break,
            }
        }
        if run.is_empty() {
            let c = tail[i..].chars().next()?;
            out.push(c);
            i += c.len_utf8();
            continue;
        }
        let text = std::str::from_utf8(&run).ok()?;
        if !text.chars().all(|c| c.is_alphanumeric() || is_mark(c)) {
            return None;
        }
        out.push_str(text);
        i = j;
    }
    Some(out)
}

/// The length Excel measures: every character outside ASCII counted as its `%XX` escapes.
fn escaped_len(target: &str) -> usize {
    target
        .chars()
        .map(|c| if c.is_ascii() { 1 } else { 3 * c.len_utf8() })
        .sum()
}

/// Whether rust_xlsxwriter writes `target` as it is: it escapes a link again (`%` as `%25`)
/// unless the link holds one of the escapes it recognises.
pub fn written_unchanged(target: &str) -> bool {
    const KNOWN: [&str; 11] = [
        "%20", "%25", "%22", "%60", "%3C", "%3E", "%5B", "%5D", "%5E", "%7B", "%7D",
    ];
    !target.contains('%') || {
        let upper = target.to_ascii_uppercase();
        KNOWN.iter().any(|k| upper.contains(k))
    }
}

fn strip_prefix_ignore_case<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

#[cfg(test)]
mod tests;
