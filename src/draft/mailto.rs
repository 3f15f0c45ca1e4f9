//! The links a draft opens: a `mailto:` with the subject and the body filled in (RFC 6068),
//! kept within Excel's 2,079 characters of a link by shortening the body. Which cells are an
//! address or a profile at all is `safe::link`'s to say. Pure: text in, link out; the workbook
//! writer decides where they go.

/// The most characters of a link Excel keeps.
pub use crate::safe::link::MAX_URL_CHARS as MAX_LINK_CHARS;

/// What ends a body shortened to fit the link ("…", percent-encoded).
const CUT: &str = "%E2%80%A6";

/// Appends `text` percent-encoded: every byte but the unreserved characters (RFC 3986) and
/// those in `keep`; a line break is `%0D%0A`, as RFC 6068 asks of a body.
fn encode(text: &str, keep: &str, out: &mut String) {
    let mut prev = '\0';
    for c in text.chars() {
        if c == '\n' && prev != '\r' {
            out.push_str("%0D");
        }
        prev = c;
        if c.is_ascii_alphanumeric() || "-._~".contains(c) || keep.contains(c) {
            out.push(c);
        } else {
            let mut buf = [0; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
}

/// The encoded length of each character of `text`, for cutting the body.
fn encoded_len(c: char) -> usize {
    let mut s = String::new();
    encode(c.encode_utf8(&mut [0; 4]), "", &mut s);
    s.len()
}

/// A `mailto:` link to `address` with `subject` and `body` filled in, at most
/// [`MAX_LINK_CHARS`] long: the body is shortened (ending with "…") when the whole would be
/// longer. `None` when even the address and the subject do not fit.
pub fn mailto(address: &str, subject: &str, body: &str) -> Option<String> {
    let mut link = String::from("mailto:");
    encode(address, "@", &mut link);
    link.push_str("?subject=");
    encode(subject, "", &mut link);
    link.push_str("&body=");
    let head = link.len();
    encode(body, "", &mut link);
    if link.len() <= MAX_LINK_CHARS {
        return Some(link);
    }
    let budget = MAX_LINK_CHARS.checked_sub(head + CUT.len())?;
    let mut used = 0;
    let kept: String = body
        .chars()
        .take_while(|&c| {
            used += encoded_len(c);
            used <= budget
        })
        .collect();
    link.truncate(head);
    encode(kept.trim_end(), "", &mut link);
    link.push_str(CUT);
    Some(link)
}

#[cfg(test)]
mod tests;
