//! The layout of an xlsx sheet beyond its cells, read from the sheet's XML part: the columns'
//! widths and hiding (`<col>`), the rows' heights and hiding (`<row ht hidden>`), the merged
//! cells, the frozen panes and the autofilter. calamine gives none of these but the merged
//! cells, and those in a second pass of its own: this is one pass over the part, unpacked
//! within the size `sniff` already checked, holding one tag at a time.
//!
//! The layout only changes how the sheet looks: a part that cannot be read gives the layout
//! read so far, never an error (calamine has read the cells of the same part).

use std::collections::HashMap;
use std::io::{BufReader, Read, Seek};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use crate::model::{Area, ColumnLook, Layout, RowLook};

/// The most unpacked bytes read from one part (as `sniff` allows).
const MAX_PART_BYTES: u64 = 4 << 30;
/// The most merged areas, columns and row looks kept per sheet.
const MAX_ITEMS: usize = 1_048_576;

/// The layout of each worksheet of the xlsx archive `file`, by sheet name.
pub fn read<R: Read + Seek>(file: R) -> HashMap<String, Layout> {
    let Ok(mut zip) = zip::ZipArchive::new(file) else {
        return HashMap::new();
    };
    let paths = sheet_paths(&mut zip);
    let mut out = HashMap::new();
    for (name, path) in paths {
        let Ok(part) = zip.by_name(&path) else {
            continue;
        };
        out.insert(name, sheet(BufReader::new(part.take(MAX_PART_BYTES))));
    }
    out
}

/// Each sheet's name and the path of its part, from the workbook and its relationships.
pub(super) fn sheet_paths<R: Read + Seek>(zip: &mut zip::ZipArchive<R>) -> Vec<(String, String)> {
    let mut targets = HashMap::new();
    if let Ok(rels) = zip.by_name("xl/_rels/workbook.xml.rels") {
        each_tag(BufReader::new(rels.take(1 << 24)), |e| {
            if e.local_name().as_ref() == "Relationship" {
                if let (Some(id), Some(target)) = (attr(e, "Id"), attr(e, "Target")) {
                    let path = match target.strip_prefix('/') {
                        Some(abs) => abs.to_string(),
                        None => format!("xl/{target}"),
                    };
                    targets.insert(id, path);
                }
            }
        });
    }
    let mut sheets = Vec::new();
    if let Ok(book) = zip.by_name("xl/workbook.xml") {
        each_tag(BufReader::new(book.take(1 << 26)), |e| {
            if e.local_name().as_ref() == "sheet" {
                let id = e
                    .attributes()
                    .flatten()
                    .find(|a| a.key.local_name().as_ref() == "id")
                    .and_then(|a| {
                        quick_xml::escape::unescape(&a.value)
                            .ok()
                            .map(|v| v.into_owned())
                    });
                if let (Some(name), Some(path)) =
                    (attr(e, "name"), id.and_then(|i| targets.get(&i)))
                {
                    sheets.push((name, path.clone()));
                }
            }
        });
    }
    sheets
}

/// Calls `f` on every start or empty tag of `part`.
fn each_tag(part: impl std::io::BufRead, mut f: impl FnMut(&BytesStart<'_>)) {
    let mut xml = Reader::from_reader(part);
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match xml.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) => f(&e),
            Ok(Event::Eof) | Err(_) => return,
            _ => {}
        }
    }
}

/// The value of attribute `key` of `e`.
fn attr(e: &BytesStart<'_>, key: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == key)
        .and_then(|a| {
            quick_xml::escape::unescape(&a.value)
                .ok()
                .map(|v| v.into_owned())
        })
}

/// The layout of one sheet part: a scan for the few tags that say it (`row`, `col`, `pane`,
/// `mergeCell`, `autoFilter`), not an XML parse of every cell, since this is a second pass
/// over the sheet (a full sheet's part is tens of megabytes): text holds no `<` (XML escapes
/// it), so every `<` starts a tag.
pub fn sheet(mut part: impl std::io::Read) -> Layout {
    let mut scan = Scanner::default();
    let mut buf = vec![0u8; 256 * 1024];
    // The bytes of a tag cut by the end of a chunk, carried to the next.
    let mut carry: Vec<u8> = Vec::new();
    loop {
        let n = match part.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        let chunk: &[u8] = if carry.is_empty() {
            &buf[..n]
        } else {
            carry.extend_from_slice(&buf[..n]);
            &carry
        };
        let rest = scan.feed(chunk);
        let kept = chunk[chunk.len() - rest..].to_vec();
        // A tag longer than a chunk is no layout tag of a spreadsheet's: dropped.
        carry = if kept.len() > buf.len() {
            Vec::new()
        } else {
            kept
        };
    }
    let mut l = scan.layout;
    l.rows.sort_by_key(|r| r.row);
    l.rows.dedup_by_key(|r| r.row);
    l
}

/// The tags of one part, as its bytes come.
#[derive(Default)]
struct Scanner {
    layout: Layout,
    next_row: u32,
}

impl Scanner {
    /// Takes the complete tags of `bytes`; returns how many bytes at the end are an
    /// unfinished tag, to be fed again with what follows.
    fn feed(&mut self, bytes: &[u8]) -> usize {
        let mut at = 0;
        while let Some(lt) = bytes[at..].iter().position(|&b| b == b'<') {
            let start = at + lt + 1;
            let name_end = bytes[start..]
                .iter()
                .position(|&b| matches!(b, b' ' | b'>' | b'/' | b'\t' | b'\r' | b'\n'));
            let Some(name_len) = name_end else {
                return bytes.len() - (start - 1);
            };
            let name = &bytes[start..start + name_len];
            // Only the local name counts (`x:row` as `row`).
            let local = name.rsplit(|&b| b == b':').next().unwrap_or(name);
            if !matches!(
                local,
                b"row" | b"col" | b"pane" | b"mergeCell" | b"autoFilter"
            ) {
                at = start + name_len;
                continue;
            }
            let Some(gt) = bytes[start..].iter().position(|&b| b == b'>') else {
                return bytes.len() - (start - 1);
            };
            let attrs = &bytes[start + name_len..start + gt];
            self.tag(local, attrs);
            at = start + gt + 1;
        }
        0
    }

    fn tag(&mut self, name: &[u8], attrs: &[u8]) {
        let l = &mut self.layout;
        let a = Attrs(attrs);
        match name {
            b"row" => {
                let row = a
                    .number("r")
                    .and_then(|r| (1.0..=1_048_576.0).contains(&r).then(|| r as u32 - 1))
                    .unwrap_or(self.next_row);
                self.next_row = row.saturating_add(1);
                let height = a
                    .number("ht")
                    .filter(|h| (0.0..=409.0).contains(h))
                    .filter(|_| a.flag("customHeight"));
                let hidden = a.flag("hidden");
                if (height.is_some() || hidden) && l.rows.len() < MAX_ITEMS {
                    l.rows.push(RowLook {
                        row,
                        height,
                        hidden,
                    });
                }
            }
            b"col" => {
                let (Some(min), Some(max)) = (a.number("min"), a.number("max")) else {
                    return;
                };
                if !(1.0..=16_384.0).contains(&min) || !(min..=16_384.0).contains(&max) {
                    return;
                }
                let width = a
                    .number("width")
                    .filter(|w| (0.0..=255.0).contains(w))
                    .filter(|_| a.flag("customWidth"));
                let hidden = a.flag("hidden");
                if (width.is_some() || hidden) && l.columns.len() < MAX_ITEMS {
                    l.columns.push(ColumnLook {
                        first: min as u32 - 1,
                        last: max as u32 - 1,
                        width,
                        hidden,
                    });
                }
            }
            b"pane" => {
                if matches!(a.get("state").as_deref(), Some("frozen" | "frozenSplit")) {
                    let cols = a.number("xSplit").unwrap_or(0.0);
                    let rows = a.number("ySplit").unwrap_or(0.0);
                    if (0.0..16_384.0).contains(&cols) && (0.0..1_048_576.0).contains(&rows) {
                        l.frozen = Some((rows as u32, cols as u32)).filter(|&f| f != (0, 0));
                    }
                }
            }
            b"mergeCell" => {
                if let Some(area) = a.get("ref").as_deref().and_then(area) {
                    if l.merged.len() < MAX_ITEMS && (area.0, area.1) != (area.2, area.3) {
                        l.merged.push(area);
                    }
                }
            }
            b"autoFilter" => {
                l.autofilter = a.get("ref").as_deref().and_then(area);
            }
            _ => {}
        }
    }
}

/// The attributes of one tag, as written between its name and its `>`.
struct Attrs<'a>(&'a [u8]);

impl Attrs<'_> {
    /// The value of attribute `key` (its local name), unescaped.
    fn get(&self, key: &str) -> Option<String> {
        let mut rest = self.0;
        loop {
            let eq = rest.iter().position(|&b| b == b'=')?;
            let name = rest[..eq].trim_ascii();
            let name = name.rsplit(|&b| b == b':').next().unwrap_or(name);
            let after = rest[eq + 1..].trim_ascii_start();
            let quote = *after.first()?;
            if quote != b'"' && quote != b'\'' {
                return None;
            }
            let end = after[1..].iter().position(|&b| b == quote)?;
            if name == key.as_bytes() {
                let raw = std::str::from_utf8(&after[1..1 + end]).ok()?;
                return quick_xml::escape::unescape(raw)
                    .ok()
                    .map(|v| v.into_owned());
            }
            rest = &after[end + 2..];
        }
    }

    fn number(&self, key: &str) -> Option<f64> {
        self.get(key)?
            .trim()
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite())
    }

    fn flag(&self, key: &str) -> bool {
        matches!(self.get(key).as_deref(), Some("1" | "true"))
    }
}

/// An area written `A1:F1` (or one cell, `A1`), 0-based.
pub fn area(s: &str) -> Option<Area> {
    let (a, b) = s.split_once(':').unwrap_or((s, s));
    let (r0, c0) = cell(a)?;
    let (r1, c1) = cell(b)?;
    (r0 <= r1 && c0 <= c1).then_some((r0, c0, r1, c1))
}

/// A cell written `B7` (`$B$7` too), 0-based (row, column).
fn cell(s: &str) -> Option<(u32, u32)> {
    let s = s.trim().replace('$', "");
    let split = s.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = s.split_at(split);
    if letters.is_empty() || letters.len() > 3 || !letters.chars().all(|c| c.is_ascii_alphabetic())
    {
        return None;
    }
    let col = letters.bytes().fold(0u32, |n, b| {
        n * 26 + u32::from(b.to_ascii_uppercase() - b'A' + 1)
    });
    let row: u32 = digits.parse().ok()?;
    ((1..=1_048_576).contains(&row) && (1..=16_384).contains(&col)).then(|| (row - 1, col - 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn areas_read_as_a_spreadsheet_writes_them() {
        assert_eq!(area("A1:F1"), Some((0, 0, 0, 5)));
        assert_eq!(area("$B$2:$AA$10"), Some((1, 1, 9, 26)));
        assert_eq!(area("C3"), Some((2, 2, 2, 2)));
        assert_eq!(area("F1:A1"), None);
        assert_eq!(area("A0"), None);
        assert_eq!(area("XFE1"), None);
    }

    #[test]
    fn a_sheet_part_gives_its_layout() {
        let xml = r#"<worksheet><sheetViews><sheetView><pane xSplit="1" ySplit="2" topLeftCell="B3" state="frozen"/></sheetView></sheetViews>
<cols><col min="1" max="1" width="30.5" customWidth="1"/><col min="3" max="4" width="9" hidden="1"/></cols>
<sheetData><row r="1" ht="24" customHeight="1"><c r="A1"><v>1</v></c></row><row r="2"/><row r="5" hidden="1"/></sheetData>
<autoFilter ref="A2:D9"/><mergeCells count="1"><mergeCell ref="A1:D1"/></mergeCells></worksheet>"#;
        let l = sheet(xml.as_bytes());
        // The same, read a few bytes at a time: tags cut between two reads are still read.
        struct Dribble<'a>(&'a [u8]);
        impl std::io::Read for Dribble<'_> {
            fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
                let n = self.0.len().min(buf.len()).min(5);
                buf[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        assert_eq!(sheet(Dribble(xml.as_bytes())), l);
        assert_eq!(l.frozen, Some((2, 1)));
        assert_eq!(l.columns.len(), 2);
        assert_eq!(l.columns[0].width, Some(30.5));
        assert!(l.columns[1].hidden && l.columns[1].width.is_none());
        assert_eq!(l.rows.len(), 2);
        assert_eq!((l.rows[0].row, l.rows[0].height), (0, Some(24.0)));
        assert!(l.rows[1].hidden && l.rows[1].row == 4);
        assert_eq!(l.merged, vec![(0, 0, 0, 3)]);
        assert_eq!(l.autofilter, Some((1, 0, 8, 3)));
    }
}
