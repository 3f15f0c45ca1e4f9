//! Text bound for a terminal or a CI log (stdout, stderr). A name from someone else's sheet
//! must not move the cursor, clear the screen, set the window title, write to the clipboard
//! (OSC 52), hide a link (OSC 8), reorder what is shown (bidi overrides) or start a new line
//! that a CI runner reads as a command (`::error title=...::` on GitHub Actions).

use std::borrow::Cow;

/// `text` as one inert line: every control character (C0, DEL, C1), line and paragraph
/// separator, bidi control and BOM is shown as a visible escape (`\n`, `\r`, `\t`, `\u{1b}`).
/// Other text, accents and emoji included, is unchanged. Backslashes are not doubled: the aim
/// is a safe line, not a reversible one.
pub fn line(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if is_unsafe(c) => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// `text` as inert lines: its own line breaks kept (a report of several lines), every other
/// control character shown as [`line`] shows it. What stdout prints goes through here once,
/// so a header, sheet or file name that a summary line quotes cannot act on the terminal,
/// whichever summary quoted it.
pub fn lines(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c != '\n' && is_unsafe(c)) {
        return Cow::Borrowed(text);
    }
    let safe: Vec<Cow<'_, str>> = text.split('\n').map(line).collect();
    Cow::Owned(safe.join("\n"))
}

/// Characters a terminal or a log viewer acts on rather than shows (and the two
/// non-characters, which no terminal shows as anything meaningful).
pub(super) fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{2028}' | '\u{2029}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{FFFE}' | '\u{FFFF}'
        )
}

#[cfg(test)]
mod tests;
