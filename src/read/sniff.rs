//! What a file really holds, from its first bytes rather than its name: a zip workbook (xlsx,
//! xlsm, xlsb, ods), an OLE compound file (xls, or an encrypted Office file), or text.
//!
//! A workbook named with another workbook's extension is read for what it is, as spreadsheet
//! programs do; text named as a workbook (or the reverse) is refused with a message saying
//! what to rename it to. This module reads no cells.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use super::limits::{self, Limits, MAX_PART_BYTES};
use super::xml_guard::{self, MAX_XML_NODE};
use crate::error::Error;
use crate::model::Format;

const ZIP: &[u8] = b"PK\x03\x04";
const ZIP_EMPTY: &[u8] = b"PK\x05\x06";
const CFB: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// What the bytes of a file are.
pub enum Content {
    /// A workbook calamine can read, of this format.
    Workbook(Format),
    /// Anything else, to be read as text: the whole file.
    Text(Vec<u8>),
}

/// Looks at `path`'s bytes; `named` is the workbook format its extension claims, if any.
///
/// # Errors
/// [`Error::Open`]; [`Error::Unreadable`] for an encrypted file, a damaged archive or an
/// archive that is no workbook; [`Error::TooLarge`] for text or parts past the limits.
pub fn content(path: &Path, named: Option<&Format>, limits: Limits) -> Result<Content, Error> {
    let open_err = |source| Error::Open {
        path: path.to_path_buf(),
        source,
    };
    let mut file = File::open(path).map_err(open_err)?;
    let mut head = Vec::with_capacity(8);
    (&mut file)
        .take(8)
        .read_to_end(&mut head)
        .map_err(open_err)?;
    if head.starts_with(ZIP) || head.starts_with(ZIP_EMPTY) {
        return zip_kind(path, named, limits).map(Content::Workbook);
    }
    // Text is parsed from memory, so it is read whole; one byte past the limit tells it is
    // over. An OLE file is searched whole for the streams of encryption.
    let mut bytes = head;
    (&mut file)
        .take(limits.text_bytes as u64 + 1 - 8)
        .read_to_end(&mut bytes)
        .map_err(open_err)?;
    if bytes.starts_with(CFB) {
        let encrypted = [&b"EncryptedPackage"[..], b"EncryptionInfo"]
            .iter()
            .any(|name| contains(&bytes, &utf16(name)));
        if encrypted {
            return Err(unreadable(
                path,
                "the workbook is password-protected: save it without a password",
            ));
        }
        super::xls_guard::check(path, limits)?;
        return Ok(Content::Workbook(Format::Xls));
    }
    if bytes.len() > limits.text_bytes {
        return Err(Error::TooLarge {
            path: path.to_path_buf(),
            sheet: None,
            what: format!(
                "the file is larger than {}; split it",
                limits::size(limits.text_bytes)
            ),
        });
    }
    Ok(Content::Text(bytes))
}

/// The message for text found in a file named as a workbook (`ext`, lower case).
pub fn not_a_workbook(bytes: &[u8], ext: &str) -> String {
    let head = &bytes[..bytes.len().min(4096)];
    let lower = String::from_utf8_lossy(head).to_lowercase();
    if lower.contains("<html") || lower.contains("<table") {
        return format!(
            "this is a web page (HTML) named .{ext}, not a workbook: open it in a spreadsheet \
             program and save it as .xlsx"
        );
    }
    let (text, _) = super::csv::decode(head);
    let odd = text
        .chars()
        .filter(|&c| c.is_control() && !matches!(c, '\t' | '\r' | '\n'))
        .count();
    if odd == 0 {
        format!("this looks like a CSV/text file, not an .{ext} workbook: rename it to .csv")
    } else {
        format!(
            "this is not an .{ext} workbook: its content is not a spreadsheet (damaged, or \
             another kind of file)"
        )
    }
}

/// The message for a workbook found in a file named as text.
pub fn not_text(found: &Format, ext: &str) -> String {
    let real = match found {
        Format::Xlsx => "xlsx",
        Format::Xlsm => "xlsm",
        Format::Xlsb => "xlsb",
        Format::Xls => "xls",
        Format::Ods => "ods",
        Format::Csv { .. } => "csv",
    };
    format!("this is a .{real} workbook, not a .{ext} text file: rename it to .{real}")
}

/// The zip archive at `path`.
fn archive(path: &Path) -> Result<zip::ZipArchive<File>, Error> {
    let file = File::open(path).map_err(|source| Error::Open {
        path: path.to_path_buf(),
        source,
    })?;
    zip::ZipArchive::new(file).map_err(|e| {
        unreadable(
            path,
            &format!("the workbook is damaged or truncated (its zip archive is incomplete: {e})"),
        )
    })
}

/// Which workbook a zip archive holds, after checking the sizes its parts declare.
fn zip_kind(path: &Path, named: Option<&Format>, limits: Limits) -> Result<Format, Error> {
    let mut zip = archive(path)?;
    // An xlsx's relationships may name any part as a sheet or move the workbook's folder, and
    // calamine finds a part whatever its case or slashes: every part of an xlsx is measured,
    // here but for the worksheet parts where Excel puts them, which the reader guards while
    // calamine opens the workbook (`guard_worksheets`). The other kinds as before: their
    // worksheet XML and an ods's content.
    let xlsx = zip.index_for_name("xl/workbook.bin").is_none()
        && zip.index_for_name("xl/workbook.xml").is_some();
    if xlsx {
        // calamine loads every part but the sheets whole (styles, the workbook, its
        // relationships): their real size is counted too.
        guard(&mut zip, path, limits, true, |name| {
            Measure::when(!is_worksheet_xml(name), Measure::NodesAndSize)
        })?;
    } else {
        guard(&mut zip, path, limits, true, |name| {
            Measure::when(
                is_worksheet_xml(name) || name == "content.xml",
                Measure::Nodes,
            )
        })?;
    }
    let has = |n: &str| zip.index_for_name(n).is_some();
    if has("xl/workbook.bin") {
        Ok(Format::Xlsb)
    } else if has("xl/workbook.xml") {
        Ok(match named {
            Some(Format::Xlsm) => Format::Xlsm,
            _ => Format::Xlsx,
        })
    } else if has("content.xml") && has("mimetype") {
        let content = zip.by_name("content.xml").map_err(|e| damaged(path, &e))?;
        super::ods_guard::check(path, content, limits)?;
        Ok(Format::Ods)
    } else if has("word/document.xml") {
        Err(unreadable(path, "this is a Word document, not a workbook"))
    } else {
        Err(unreadable(
            path,
            "this is a zip archive but not a workbook (no xl/workbook.xml nor content.xml)",
        ))
    }
}

/// Whether `name` (a lower-case part path) is the XML of an xlsx worksheet.
fn is_worksheet_xml(name: &str) -> bool {
    name.starts_with("xl/worksheets/") && name.ends_with(".xml")
}

/// Guards every worksheet part of the xlsx archive at `path` (the shared strings were guarded
/// by [`content`]): to be done before calamine reads any cell, while it opens the workbook.
///
/// # Errors
/// Those of [`content`] for an archive.
pub fn guard_worksheets(path: &Path, limits: Limits) -> Result<(), Error> {
    let mut zip = archive(path)?;
    guard(&mut zip, path, limits, false, |name| {
        Measure::when(is_worksheet_xml(name), Measure::Nodes)
    })
}

/// What the guard does with a part.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Measure {
    Skip,
    /// Its longest node (a part calamine streams: a sheet).
    Nodes,
    /// Its longest node and its real unpacked size (a part calamine loads whole).
    NodesAndSize,
}

impl Measure {
    /// `measure` for a part `taken`, else [`Measure::Skip`].
    fn when(taken: bool, measure: Measure) -> Measure {
        if taken {
            measure
        } else {
            Measure::Skip
        }
    }
}

/// Guards the parts calamine will read, unpacked and measured (see `xml_guard`): with
/// `strings`, the shared strings (any part named so, in any folder: calamine looks for them
/// beside the workbook, wherever the package puts it), and each other part as `part` says, by
/// its path in lower case with `/` for `\`.
fn guard<R: Read + std::io::Seek>(
    zip: &mut zip::ZipArchive<R>,
    path: &Path,
    limits: Limits,
    strings: bool,
    part: impl Fn(&str) -> Measure,
) -> Result<(), Error> {
    let too_large = |what: String| Error::TooLarge {
        path: path.to_path_buf(),
        sheet: None,
        what,
    };
    let mut shared_strings = Vec::new();
    let mut xml_parts = Vec::new();
    for i in 0..zip.len() {
        let Ok(entry) = zip.by_index_raw(i) else {
            continue;
        };
        let name = entry
            .name()
            .map(|n| n.replace('\\', "/").to_ascii_lowercase())
            .unwrap_or_default();
        if entry.size() > MAX_PART_BYTES {
            return Err(too_large(format!(
                "part {} claims {} MiB once unpacked (limit {} MiB)",
                name,
                entry.size() >> 20,
                MAX_PART_BYTES >> 20
            )));
        }
        if name.ends_with("sharedstrings.xml") || name.ends_with("sharedstrings.bin") {
            if strings {
                shared_strings.push((i, name.ends_with(".xml")));
            }
        } else {
            match part(&name) {
                Measure::Skip => {}
                measure => xml_parts.push((i, name, measure)),
            }
        }
    }
    // calamine loads the shared-strings table whole before any cell is read: count its real
    // unpacked bytes first (a declared size can lie), so a strings bomb stops here.
    for (i, xml) in shared_strings {
        let entry = zip.by_index(i).map_err(|e| damaged(path, &e))?;
        let max = limits.text_bytes as u64;
        let scan = xml_guard::scan(entry, max).map_err(|e| damaged(path, &e))?;
        if scan.bytes > max {
            return Err(too_large(format!(
                "the shared strings unpack to more than {}; split the file",
                limits::size(limits.text_bytes)
            )));
        }
        // The binary table of an xlsb has no `<` to measure by; its records are sized.
        if xml && scan.longest > MAX_XML_NODE {
            return Err(too_large(long_node("the shared strings")));
        }
    }
    // The XML reader holds a whole node and calamine copies a cell's text twice: one cell of
    // hundreds of megabytes must stop before it is read, not after (see `xml_guard`).
    for (i, name, measure) in xml_parts {
        let entry = zip.by_index(i).map_err(|e| damaged(path, &e))?;
        let whole = measure == Measure::NodesAndSize;
        let max = if whole {
            limits.text_bytes as u64
        } else {
            MAX_PART_BYTES
        };
        let scan = xml_guard::scan(entry, max).map_err(|e| damaged(path, &e))?;
        if whole && scan.bytes > max {
            return Err(too_large(format!(
                "part {name} unpacks to more than {}; split the file",
                limits::size(limits.text_bytes)
            )));
        }
        if scan.longest > MAX_XML_NODE {
            return Err(too_large(long_node(&format!("part {name}"))));
        }
    }
    Ok(())
}

/// Whether `path` is an xlsx (or xlsm) archive, by its bytes: a zip holding
/// `xl/workbook.xml`. Unpacks nothing.
///
/// # Errors
/// [`Error::Open`] when the file cannot be read.
pub fn is_xlsx(path: &Path) -> Result<bool, Error> {
    let mut file = File::open(path).map_err(|source| Error::Open {
        path: path.to_path_buf(),
        source,
    })?;
    let mut head = [0u8; 4];
    if file.read_exact(&mut head).is_err() || head != ZIP {
        return Ok(false);
    }
    Ok(zip::ZipArchive::new(file).is_ok_and(|z| z.index_for_name("xl/workbook.xml").is_some()))
}

/// Guards, in the xlsx archive at `path`, the shared strings and the parts of the worksheets
/// named in `sheets` only (a workbook of the tool's, read for its memory: see
/// `read::open_output`); the other parts are not read.
///
/// # Errors
/// Those of [`content`] for an archive.
pub fn guard_sheets(path: &Path, limits: Limits, sheets: &[&str]) -> Result<(), Error> {
    let mut zip = archive(path)?;
    let parts: Vec<String> = super::layout::sheet_paths(&mut zip)
        .into_iter()
        .filter(|(name, _)| sheets.contains(&name.as_str()))
        .map(|(_, p)| p.to_ascii_lowercase())
        .collect();
    guard(&mut zip, path, limits, true, |name| {
        Measure::when(parts.iter().any(|p| p == name), Measure::Nodes)
    })
}

/// The message for a node past [`MAX_XML_NODE`] in `part`.
fn long_node(part: &str) -> String {
    format!(
        "{part} holds a single cell or tag of more than {} MiB (a cell holds at most 32,767 \
         characters); the file is damaged or built to exhaust memory",
        MAX_XML_NODE >> 20
    )
}

fn unreadable(path: &Path, what: &str) -> Error {
    Error::Unreadable {
        path: path.to_path_buf(),
        what: what.to_string(),
        source: None,
    }
}

fn damaged(path: &Path, e: &dyn std::fmt::Display) -> Error {
    unreadable(path, &format!("the workbook is damaged or truncated ({e})"))
}

/// `name` as UTF-16 LE bytes, as OLE directory entries store stream names.
fn utf16(name: &[u8]) -> Vec<u8> {
    name.iter().flat_map(|&b| [b, 0]).collect()
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests;
