//! The words and numbers of a typed date: splitting `1er févr. 2026` into `1`, February,
//! `2026` without allocating, and the month names French and English.
//!
//! This module only cuts text; which sequences make a date is decided in `date`.

use super::DateError;

/// A token of a date text: a run of digits (value, digit count) or a month name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tok {
    Num(u64, u8),
    Month(u32),
}

/// At most this many meaningful tokens make a date (`15 mars 2026` has three).
const MAX_TOKENS: usize = 4;

/// Fixed-size token list: dates are short, so no allocation.
pub struct Toks {
    items: [Tok; MAX_TOKENS],
    len: usize,
}

impl Toks {
    pub fn as_slice(&self) -> &[Tok] {
        &self.items[..self.len]
    }
}

/// Cuts the time of day off `2026-03-15T10:30:00` or `15/03/2026 10:30`.
pub fn strip_time(s: &str) -> Result<&str, DateError> {
    let Some(colon) = s.find(':') else {
        return Ok(s);
    };
    let head = &s[..colon];
    head.rfind([' ', 'T', 't'])
        .map(|cut| head[..cut].trim_end())
        .ok_or(DateError::NotUnderstood)
}

/// Splits a date text into numbers and month names, dropping separators, ordinal suffixes
/// (`1er`, `15th`), weekday names and small words (`le`, `of`).
pub fn tokens(s: &str) -> Result<Toks, DateError> {
    let mut toks = Toks {
        items: [Tok::Num(0, 0); MAX_TOKENS],
        len: 0,
    };
    let push = |t: Tok, toks: &mut Toks| {
        if toks.len == MAX_TOKENS {
            return Err(DateError::NotUnderstood);
        }
        toks.items[toks.len] = t;
        toks.len += 1;
        Ok(())
    };
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < s.len() {
        let rest = &s[i..];
        let Some(c) = rest.chars().next() else { break };
        if c.is_ascii_digit() {
            let end = rest
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(rest.len());
            let digits = &rest[..end];
            let value = digits.bytes().fold(0u64, |acc, b| {
                acc.saturating_mul(10).saturating_add(u64::from(b - b'0'))
            });
            let count = u8::try_from(digits.len()).unwrap_or(u8::MAX);
            push(Tok::Num(value, count), &mut toks)?;
            i += end;
        } else if c.is_alphabetic() {
            let end = rest
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(rest.len());
            let word = fold_word(&rest[..end]).ok_or(DateError::NotUnderstood)?;
            let word = word.as_str();
            let after_number = i > 0 && bytes[i - 1].is_ascii_digit();
            if let Some(m) = month(word) {
                push(Tok::Month(m), &mut toks)?;
            } else if !(after_number && ORDINALS.contains(&word) || SKIPPED.contains(&word)) {
                return Err(DateError::NotUnderstood);
            }
            i += end;
        } else {
            i += c.len_utf8();
        }
    }
    Ok(toks)
}

/// Suffixes of ordinal days: `1er`, `2e`, `2ème`, `1st`, `2nd`, `3rd`, `4th`.
const ORDINALS: &[&str] = &["er", "e", "eme", "re", "st", "nd", "rd", "th"];

/// Words a date may carry that say nothing about it (`à` of `15/03/2026 à 10:30` folds to
/// `a`). `mar` is left out: it is March.
#[rustfmt::skip]
const SKIPPED: &[&str] = &[
    "le", "the", "of", "de", "on", "a", "at",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "lun", "mer", "jeu", "ven", "sam", "dim",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
];

/// Month names and abbreviations, French and English, folded (no accents, no dots).
#[rustfmt::skip]
const MONTHS: &[(&str, u32)] = &[
    ("janvier", 1), ("janv", 1), ("jan", 1), ("january", 1),
    ("fevrier", 2), ("fevr", 2), ("fev", 2), ("february", 2), ("feb", 2),
    ("mars", 3), ("mar", 3), ("march", 3),
    ("avril", 4), ("avr", 4), ("april", 4), ("apr", 4),
    ("mai", 5), ("may", 5),
    ("juin", 6), ("june", 6), ("jun", 6),
    ("juillet", 7), ("juil", 7), ("july", 7), ("jul", 7),
    ("aout", 8), ("august", 8), ("aug", 8),
    ("septembre", 9), ("sept", 9), ("sep", 9), ("september", 9),
    ("octobre", 10), ("oct", 10), ("october", 10),
    ("novembre", 11), ("nov", 11), ("november", 11),
    ("decembre", 12), ("dec", 12), ("december", 12),
];

/// Weekday names, French and English, folded: a day named by its weekday ("jeudi 17").
const WEEKDAYS: &[(&str, chrono::Weekday)] = &[
    ("lundi", chrono::Weekday::Mon),
    ("mardi", chrono::Weekday::Tue),
    ("mercredi", chrono::Weekday::Wed),
    ("jeudi", chrono::Weekday::Thu),
    ("vendredi", chrono::Weekday::Fri),
    ("samedi", chrono::Weekday::Sat),
    ("dimanche", chrono::Weekday::Sun),
    ("monday", chrono::Weekday::Mon),
    ("tuesday", chrono::Weekday::Tue),
    ("wednesday", chrono::Weekday::Wed),
    ("thursday", chrono::Weekday::Thu),
    ("friday", chrono::Weekday::Fri),
    ("saturday", chrono::Weekday::Sat),
    ("sunday", chrono::Weekday::Sun),
];

pub(super) fn weekday(word: &str) -> Option<chrono::Weekday> {
    WEEKDAYS.iter().find(|(w, _)| *w == word).map(|&(_, d)| d)
}

pub(super) fn month(word: &str) -> Option<u32> {
    MONTHS.iter().find(|(w, _)| *w == word).map(|&(_, m)| m)
}

/// A word of at most 12 letters, lower-cased and without accents, in a stack buffer.
struct Word {
    buf: [u8; 12],
    len: usize,
}

impl Word {
    fn as_str(&self) -> &str {
        // Only ASCII letters are ever pushed.
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

/// Folds one alphabetic word without allocating; `None` when too long to be a date word.
fn fold_word(word: &str) -> Option<Word> {
    let mut w = Word {
        buf: [0; 12],
        len: 0,
    };
    for c in word.chars() {
        let mut tmp = [0u8; 4];
        let plain: &str = if c.is_ascii() {
            c.encode_utf8(&mut tmp)
        } else {
            deunicode::deunicode_char(c).unwrap_or("")
        };
        for b in plain.bytes().filter(u8::is_ascii_alphabetic) {
            *w.buf.get_mut(w.len)? = b.to_ascii_lowercase();
            w.len += 1;
        }
    }
    Some(w)
}
