//! Filling a template: finding its placeholders (an unknown one is reported with its place),
//! leaving out the lines whose placeholder has no value, and keeping the result within
//! [`MAX_CHARS`] by shortening the longest value taken from the sheet. Also the cleaning of
//! those values: one line, no control character, no emoji.

use crate::vocab::placeholders::placeholders;
pub use crate::vocab::placeholders::{check, Unknown};

/// The most characters a draft's body has.
pub const MAX_CHARS: usize = 600;
/// The most characters a subject has.
pub const MAX_SUBJECT_CHARS: usize = 120;
/// What ends a shortened text.
const ELLIPSIS: char = '…';

/// One placeholder's value.
#[derive(Debug, Clone, PartialEq)]
pub struct Value {
    pub name: &'static str,
    /// `None`: the lines using it are left out.
    pub text: Option<String>,
    /// Whether it may be shortened to keep the draft within its length (text from the sheet
    /// or the settings; not the tool's own phrases).
    pub shrinkable: bool,
}

/// `template` with its placeholders replaced; a line using a value that is `None` (or an
/// unknown placeholder) is left out, and a line starting with `|` is said only when the line
/// above it was left out (its alternative).
pub fn fill(template: &str, values: &[Value]) -> String {
    let get = |name: &str| values.iter().find(|v| v.name == name)?.text.as_deref();
    let mut kept = Vec::new();
    // Whether the line above (or one of its alternatives) was said.
    let mut said = false;
    for line in template.split('\n') {
        let line = match line.strip_prefix('|') {
            Some(_) if said => continue,
            Some(alternative) => alternative,
            None => {
                said = false;
                line
            }
        };
        let mut out = String::with_capacity(line.len());
        let mut last = 0;
        let mut complete = true;
        for (at, name) in placeholders(line) {
            let Some(text) = get(name) else {
                complete = false;
                break;
            };
            out.push_str(&line[last..at]);
            out.push_str(text);
            last = at + name.len() + 2;
        }
        if complete {
            out.push_str(&line[last..]);
            kept.push(out);
            said = true;
        }
    }
    kept.join("\n").trim().to_string()
}

/// [`fill`], the longest shrinkable value shortened until the text has at most `max`
/// characters; as a last resort (a template longer than that on its own), the text is cut.
/// The template is taken as plain text: its emoji and control characters (but line breaks)
/// go, as the values' do.
pub fn fill_within(template: &str, values: &[Value], max: usize) -> String {
    let template = plain(template);
    let template = template.as_str();
    let mut values = values.to_vec();
    // Each round shortens one value by at least the excess, so a few rounds do it.
    for _ in 0..values.len() + 1 {
        let text = fill(template, &values);
        let len = text.chars().count();
        if len <= max {
            return text;
        }
        let excess = len - max;
        let longest = values
            .iter_mut()
            .filter(|v| v.shrinkable)
            .filter_map(|v| Some((v.text.as_ref()?.chars().count(), v)))
            .filter(|(n, _)| *n > 20)
            .max_by_key(|(n, _)| *n);
        let Some((n, v)) = longest else { break };
        let keep = n.saturating_sub(excess).max(20);
        v.text = v.text.as_deref().map(|t| shorten(t, keep));
    }
    shorten(&fill(template, &values), max)
}

/// `text` cut to at most `max` characters, ending with an ellipsis when cut.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    out.truncate(out.trim_end().len());
    out.push(ELLIPSIS);
    out
}

/// Whether `c` is an emoji or a pictograph (left out of drafts: plain text only).
fn is_emoji(c: char) -> bool {
    matches!(u32::from(c),
        0x1F000..=0x1FAFF // pictographs, emoticons, flags, symbols
        | 0x2600..=0x27BF // miscellaneous symbols, dingbats
        | 0x2B00..=0x2BFF // arrows and stars used as emoji
        | 0xFE00..=0xFE0F // variation selectors
        | 0x200D          // zero-width joiner
        | 0x20E3          // keycap
        | 0xE0000..=0xE007F) // tags
}

/// `text` without emoji, its control characters but line breaks turned into spaces.
pub fn plain(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .filter(|&c| !is_emoji(c))
        .map(|c| if c.is_control() && c != '\n' { ' ' } else { c })
        .collect()
}

/// A value from the sheet as one line of plain text: line breaks, tabs and runs of spaces
/// become one space; control characters and emoji go.
pub fn inline(text: &str) -> String {
    let kept: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .filter(|&c| !is_emoji(c))
        .collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A value from the settings that may hold several lines (a signature): each line as
/// [`inline`], blank lines dropped.
pub fn block(text: &str) -> String {
    text.lines()
        .map(inline)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests;
