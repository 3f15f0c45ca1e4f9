//! Text bound for a spreadsheet cell or for an attribute of the workbook's XML.
//!
//! Cell text needs no character replaced: rust_xlsxwriter writes the control characters XML
//! forbids as Excel's own `_xHHHH_` escape, which Excel, LibreOffice and calamine read back as
//! the character, so the user's value is kept. XML attributes have no such escape
//! (rust_xlsxwriter writes a link's display text raw there), so a text that holds a character
//! XML forbids is never put in one: [`xml_legal`] tells the writers to fall back to a plain cell.

/// The most characters (UTF-16 units) a cell holds in Excel.
pub const MAX_CELL_CHARS: usize = 32_767;

/// `s` cut to what a cell can hold, at a character boundary.
pub fn fit(s: &str) -> &str {
    // A character is at least as many UTF-8 bytes as UTF-16 units: a text of no more bytes
    // than a cell's units fits whole, and most cells are such texts.
    if s.len() <= MAX_CELL_CHARS {
        return s;
    }
    let mut units = 0;
    for (i, c) in s.char_indices() {
        units += c.len_utf16();
        if units > MAX_CELL_CHARS {
            return &s[..i];
        }
    }
    s
}

/// The first characters that make Excel, LibreOffice or Google Sheets start a formula when the
/// cell is edited or imported; the full-width forms are what an Asian input method types.
const FORMULA_STARTS: [char; 8] = ['=', '+', '-', '@', '＝', '＋', '－', '＠'];

/// Whether Excel would turn `s` into something other than text if the user retyped it in the
/// cell (F2 then Enter, Find & Replace) or if another program imported it: a formula (`=`, `+`,
/// `-`, `@`, also after leading spaces, tabs or line breaks, which some importers strip), a text
/// starting with a tab or a carriage return (the OWASP list for CSV injection), or a number
/// (`0612345678`).
pub fn needs_quote_prefix(s: &str) -> bool {
    // Most texts begin with a letter, which is neither white space, a formula's start, nor a
    // number's ("inf", "nan" aside): told apart at the first byte.
    if let Some(b) = s.bytes().next() {
        if b.is_ascii_alphabetic() && !matches!(b, b'i' | b'I' | b'n' | b'N') {
            return false;
        }
    }
    prefixed_in_full(s)
}

/// [`needs_quote_prefix`] without its quick answer for a text that begins with a letter.
fn prefixed_in_full(s: &str) -> bool {
    let lead = s.trim_start_matches(|c: char| c.is_whitespace() || c.is_control());
    lead.starts_with(FORMULA_STARTS) || s.starts_with(['\t', '\r']) || reads_as_number(s.trim())
}

/// Whether `t` reads as a number. Only a sign, a digit, a point, or the first letter of "inf",
/// "infinity" or "nan" can start one: most texts are told apart without parsing.
fn reads_as_number(t: &str) -> bool {
    t.starts_with(|c: char| {
        c.is_ascii_digit() || matches!(c, '+' | '-' | '.' | 'i' | 'I' | 'n' | 'N')
    }) && t.parse::<f64>().is_ok()
}

/// Whether `c` may appear in an XML 1.0 document (a Rust string holds no lone surrogate).
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Whether every character of `s` may be written raw into the workbook's XML.
pub fn xml_legal(s: &str) -> bool {
    s.chars().all(is_xml_char)
}

#[cfg(test)]
mod tests;
