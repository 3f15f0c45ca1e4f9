//! Text bound for the Markdown summary (`--summary-md`), shown on a CI job page (GitHub's step
//! summary, GitLab). Sheet text must stay text there: no emphasis, link, image, HTML, table
//! break, autolink (`https://`, `www.`, an address) or `@mention` that pings someone, no control
//! character; and the page must stay under GitHub's 1 MiB limit, past which it shows nothing.

use crate::model::Lang;

/// The most characters of sheet text shown in one cell of the page; the workbook has the rest.
pub const MAX_CELL_CHARS: usize = 200;

/// The most bytes of one page: well under GitHub's 1 MiB step-summary limit, so that the page,
/// plus what other steps of the job write, still shows.
pub const MAX_PAGE_BYTES: usize = 512 * 1024;

/// An invisible character that breaks the words GitHub and GitLab turn into links and mentions
/// (`https\u{2060}://`, `www\u{2060}.`, `@\u{2060}name`) without changing what the reader sees.
const BREAK: char = '\u{2060}';

/// Makes sheet text inert in Markdown, on one line, at most [`MAX_CELL_CHARS`] characters (then
/// an ellipsis): the characters that would start emphasis, links, code, HTML, entities,
/// headings or table cells there are backslash-escaped (only those: see `acts`); control characters, line breaks and other
/// spaces become one space; autolinks and mentions are broken by an invisible word joiner.
pub fn cell(text: &str) -> String {
    cut(text, MAX_CELL_CHARS)
}

/// [`cell`] with room for `max` characters: for the tool's own messages, which quote sheet
/// text (already bounded) and must stay readable whole.
pub fn cut(text: &str, max: usize) -> String {
    let mut out = String::with_capacity(text.len().min(4 * max) + 8);
    let mut shown = 0;
    let mut words = text
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .peekable();
    while let Some(word) = words.next() {
        if !out.is_empty() {
            out.push(' ');
            shown += 1;
        }
        for (i, c) in word.char_indices() {
            if shown >= max {
                out.push('…');
                return out;
            }
            // What a terminal would act on, a page drops: the same characters.
            if super::terminal::is_unsafe(c) {
                continue;
            }
            if acts(c, word, i, out.is_empty()) {
                out.push('\\');
            }
            // Before "://" and inside "www." and after "@": the spots autolinks and mentions
            // start from.
            if (c == ':' && word[i..].starts_with("://"))
                || (c == '.'
                    && word
                        .get(i.saturating_sub(3)..i)
                        .is_some_and(|h| h.eq_ignore_ascii_case("www")))
            {
                out.push(BREAK);
            }
            out.push(c);
            if c == '@' {
                out.push(BREAK);
            }
            shown += 1;
        }
        if words.peek().is_some() && shown >= max {
            out.push('…');
            return out;
        }
    }
    out
}

/// Whether the character `c` at byte `i` of `word` could start or end Markdown on a page
/// (GitHub's and GitLab's flavours), so that it must be escaped; `first`: it would open the
/// text. Only these are escaped, so that a CI job log that prints the page raw shows "Dupont
/// (Nova)", "Ernst & Young" or "Super!" as written:
/// - always: `\`, `|` (a table cell), `*`, `` ` ``, `[`, `]`, `<`, `>`, `~`, `$` (math);
/// - `_` unless between two letters or digits (intraword, it opens no emphasis);
/// - `&` only before what reads as an entity (`&amp;`, `&#38;`);
/// - `#` only at the start (a heading).
///
/// `(`, `)` and `!` are inert once `[` and `]` are escaped: no link nor image can form.
fn acts(c: char, word: &str, i: usize, first: bool) -> bool {
    let alnum = |ch: Option<char>| ch.is_some_and(char::is_alphanumeric);
    match c {
        '\\' | '|' | '*' | '`' | '[' | ']' | '<' | '>' | '~' | '$' => true,
        '_' => !(alnum(word[..i].chars().next_back()) && alnum(word[i + 1..].chars().next())),
        '&' => {
            let rest = &word[i + 1..];
            let name = rest.trim_start_matches('#');
            let len = name.chars().take_while(char::is_ascii_alphanumeric).count();
            len > 0 && name[len..].starts_with(';')
        }
        '#' => first && i == 0,
        _ => false,
    }
}

/// A Markdown page built from sections, kept under [`MAX_PAGE_BYTES`]: a section that would
/// pass the bound is left out, and the page ends by saying how many were.
#[derive(Debug)]
pub struct Page {
    text: String,
    left_out: usize,
    lang: Lang,
}

impl Page {
    /// An empty page whose own words are in `lang`.
    pub fn new(lang: Lang) -> Self {
        Page {
            text: String::new(),
            left_out: 0,
            lang,
        }
    }

    /// Adds `section` (followed by a blank line) if the page has room for it.
    pub fn push(&mut self, section: &str) {
        // Room is kept for the closing line.
        if self.left_out > 0 || self.text.len() + section.len() + 1 > MAX_PAGE_BYTES - 256 {
            self.left_out += 1;
            return;
        }
        self.text.push_str(section);
        self.text.push('\n');
    }

    /// The page, with the line naming how many sections did not fit.
    pub fn finish(mut self) -> String {
        if self.left_out > 0 {
            let n = self.left_out;
            self.text.push_str(&self.lang.pick(
                format!("… et {n} autre(s) fichier(s), non montrés : la page a une taille limite ; voir chaque classeur.\n"),
                format!("… and {n} more input(s), not shown: the page has a size limit; see each workbook.\n"),
            ));
        }
        self.text
    }
}

#[cfg(test)]
mod tests;
