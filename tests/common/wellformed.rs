//! Every XML part of a written workbook is well-formed XML 1.0, checked strictly: Excel and
//! Microsoft's Open XML SDK refuse (or "repair" by dropping content) a package LibreOffice
//! opens without a word, so a LibreOffice test cannot see a broken part. quick-xml checks the
//! structure (balanced tags, attributes, references); it does not check that each character is
//! one XML allows, raw or written as `&#N;`, so that is checked here too.
//!
//! The helpers that run `process` and read its workbook call [`assert_xlsx`], so every test
//! that writes a workbook checks it for free.

use std::io::{Cursor, Read};
use std::path::Path;

use quick_xml::events::{BytesStart, Event};

/// Panics, naming the part and what is wrong, unless every `.xml` and `.rels` part of the
/// workbook at `path` is well-formed XML 1.0.
pub fn assert_xlsx(path: &Path) {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_xlsx_bytes(&bytes, &path.display().to_string());
}

/// [`assert_xlsx`] on a workbook held in memory; `name` is for the message.
pub fn assert_xlsx_bytes(bytes: &[u8], name: &str) {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .unwrap_or_else(|e| panic!("{name}: not a zip package: {e}"));
    let mut parts = 0;
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).unwrap();
        let part = file.name().map(|n| n.to_string()).unwrap_or_default();
        if !(part.ends_with(".xml") || part.ends_with(".rels")) {
            continue;
        }
        let mut raw = Vec::new();
        file.read_to_end(&mut raw).unwrap();
        let text = String::from_utf8(raw)
            .unwrap_or_else(|e| panic!("{name}: part {part} is not UTF-8: {e}"));
        if let Err(e) = check(&text) {
            panic!("{name}: part {part} is not well-formed XML: {e}");
        }
        parts += 1;
    }
    assert!(parts > 0, "{name}: no XML part");
}

/// Whether `c` may appear in an XML 1.0 document.
fn legal(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

fn legal_text(what: &str, s: &str) -> Result<(), String> {
    match s.chars().find(|&c| !legal(c)) {
        Some(c) => Err(format!(
            "{what} holds U+{:04X}, which XML forbids",
            u32::from(c)
        )),
        None => Ok(()),
    }
}

/// The strict check of one part's text.
pub fn check(text: &str) -> Result<(), String> {
    if let Some((i, c)) = text.char_indices().find(|&(_, c)| !legal(c)) {
        return Err(format!("U+{:04X} at byte {i}", u32::from(c)));
    }
    let mut reader = quick_xml::Reader::from_str(text);
    let config = reader.config_mut();
    config.check_end_names = true;
    config.check_comments = true;
    let (mut depth, mut roots) = (0usize, 0usize);
    loop {
        let at = reader.buffer_position();
        let event = reader
            .read_event()
            .map_err(|e| format!("at byte {at}: {e}"))?;
        match event {
            Event::Start(e) => {
                attributes(&e)?;
                roots += usize::from(depth == 0);
                depth += 1;
            }
            Event::Empty(e) => {
                attributes(&e)?;
                roots += usize::from(depth == 0);
            }
            Event::End(_) => depth = depth.checked_sub(1).ok_or("an end tag too many")?,
            Event::Text(t) if depth == 0 && !t.xml10_content().trim().is_empty() => {
                return Err(format!("text outside the root element at byte {at}"));
            }
            Event::GeneralRef(r) => {
                let name = r.xml10_content().into_owned();
                match r.resolve_char_ref().map_err(|e| format!("&{name};: {e}"))? {
                    Some(c) if !legal(c) => {
                        return Err(format!("&{name}; at byte {at} is U+{:04X}", u32::from(c)))
                    }
                    Some(_) => {}
                    None if matches!(name.as_str(), "lt" | "gt" | "amp" | "apos" | "quot") => {}
                    None => return Err(format!("undefined entity &{name}; at byte {at}")),
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    match (depth, roots) {
        (0, 1) => Ok(()),
        (0, n) => Err(format!("{n} root elements")),
        (d, _) => Err(format!("{d} elements left open")),
    }
}

fn attributes(e: &BytesStart) -> Result<(), String> {
    let tag = e.name().0.to_string();
    for attr in e.attributes().with_checks(true) {
        let attr = attr.map_err(|err| format!("<{tag}>: {err}"))?;
        if attr.value.contains('<') {
            return Err(format!("<{tag}>: a raw < in an attribute value"));
        }
        let value = attr
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map_err(|err| format!("<{tag}> attribute value: {err}"))?;
        legal_text(&format!("an attribute of <{tag}>"), &value)?;
    }
    Ok(())
}

#[test]
fn the_check_catches_what_excel_refuses() {
    assert!(check(r#"<a x="1">t &amp; &#x9;</a>"#).is_ok());
    for bad in [
        "<a>\u{1}</a>",
        r#"<a display="x&#1;y"/>"#,
        "<a>&#x1;</a>",
        "<a><b></a>",
        "<a/><b/>",
        r#"<a x="1" x="2"/>"#,
        "<a>&nbsp;</a>",
        "<a>\u{FFFE}</a>",
        r#"<a x="<"/>"#,
    ] {
        assert!(check(bad).is_err(), "{bad:?}");
    }
}
