//! Reading a written workbook's XML where calamine gives no access (hyperlink targets, the
//! quote prefix of a cell's style), and writing input workbooks for the tests.

use std::io::{Cursor, Read};
use std::path::Path;

use calamine::{open_workbook_auto, Data, Reader};
use quick_xml::events::Event;

/// Every XML part of a workbook, by name.
pub fn parts(path: &Path) -> Vec<(String, String)> {
    let bytes = std::fs::read(path).unwrap();
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut out = Vec::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let name = f.name().map(|n| n.to_string()).unwrap_or_default();
        let mut text = String::new();
        if f.read_to_string(&mut text).is_ok() {
            out.push((name, text));
        }
    }
    out
}

/// The value of attribute `key` of every `<tag>` of `xml`.
pub fn attrs(xml: &str, tag: &str, key: &str) -> Vec<String> {
    let mut r = quick_xml::Reader::from_str(xml);
    let mut out = Vec::new();
    loop {
        match r.read_event().unwrap() {
            Event::Start(e) | Event::Empty(e) if e.name().0 == tag => {
                for a in e.attributes().flatten() {
                    if a.key.0 == key {
                        let v = a.normalized_value(quick_xml::XmlVersion::Implicit1_0);
                        out.push(v.unwrap().into_owned());
                    }
                }
            }
            Event::Eof => return out,
            _ => {}
        }
    }
}

/// Every hyperlink target of the workbook's relations.
pub fn link_targets(path: &Path) -> Vec<String> {
    parts(path)
        .iter()
        .filter(|(n, _)| n.starts_with("xl/worksheets/_rels/"))
        .flat_map(|(_, x)| attrs(x, "Relationship", "Target"))
        .filter(|t| !t.starts_with("../"))
        .collect()
}

/// Whether a text would start a formula when edited in Excel.
pub fn formula_like(s: &str) -> bool {
    let lead = s.trim_start_matches(|c: char| c.is_whitespace());
    lead.starts_with(['=', '+', '-', '@'])
}

/// The formula-looking texts of every sheet written without the quote prefix: a cell's style
/// (`cellXfs`) says `quotePrefix`; strings are shared or inline.
pub fn unquoted_formulas(path: &Path) -> Vec<String> {
    let all = parts(path);
    let get = |n: &str| all.iter().find(|(p, _)| p == n).map(|(_, x)| x.clone());
    let styles = get("xl/styles.xml").unwrap();
    let quoted: Vec<bool> = {
        let at = styles.find("<cellXfs").unwrap();
        let end = styles[at..].find("</cellXfs>").unwrap() + at;
        let mut r = quick_xml::Reader::from_str(&styles[at..end]);
        let mut out = Vec::new();
        loop {
            match r.read_event().unwrap() {
                Event::Start(e) | Event::Empty(e) if e.name().0 == "xf" => out.push(
                    e.attributes()
                        .flatten()
                        .any(|a| a.key.0 == "quotePrefix" && &*a.value == "1"),
                ),
                Event::Eof => break,
                _ => {}
            }
        }
        out
    };
    let shared = get("xl/sharedStrings.xml").map_or(Vec::new(), |x| texts_of(&x, "si"));
    let mut bad = Vec::new();
    for (name, xml) in all
        .iter()
        .filter(|(n, _)| n.starts_with("xl/worksheets/sheet"))
    {
        for (style, kind, text) in cells(xml) {
            let text = if kind == "s" {
                shared[text.parse::<usize>().unwrap()].clone()
            } else {
                text
            };
            if formula_like(&text) && !quoted.get(style).copied().unwrap_or(false) {
                bad.push(format!("{name}: {text}"));
            }
        }
    }
    bad
}

/// The text of each `<tag>` element (its `<t>` runs joined), in order.
pub fn texts_of(xml: &str, tag: &str) -> Vec<String> {
    let mut r = quick_xml::Reader::from_str(xml);
    let (mut out, mut cur, mut inside) = (Vec::new(), String::new(), false);
    loop {
        match r.read_event().unwrap() {
            Event::Start(e) if e.name().0 == tag => {
                inside = true;
                cur.clear();
            }
            Event::End(e) if e.name().0 == tag => {
                inside = false;
                out.push(cur.clone());
            }
            Event::Text(t) if inside => cur.push_str(&t.xml10_content()),
            Event::GeneralRef(g) if inside => cur.push_str(&entity(&g.xml10_content())),
            Event::Eof => return out,
            _ => {}
        }
    }
}

pub fn entity(name: &str) -> String {
    match name {
        "lt" => "<",
        "gt" => ">",
        "amp" => "&",
        "quot" => "\"",
        "apos" => "'",
        _ => "?",
    }
    .to_string()
}

/// Each text cell of a sheet: its style index, its type (`s` or `inlineStr`) and its value
/// (the shared-string index, or the text).
pub fn cells(xml: &str) -> Vec<(usize, String, String)> {
    let mut r = quick_xml::Reader::from_str(xml);
    let mut out = Vec::new();
    let mut cur: Option<(usize, String, String)> = None;
    loop {
        match r.read_event().unwrap() {
            Event::Start(e) if e.name().0 == "c" => {
                let (mut s, mut t) = (0, String::new());
                for a in e.attributes().flatten() {
                    let v = a.value.to_string();
                    match a.key.0 {
                        "s" => s = v.parse().unwrap_or(0),
                        "t" => t = v,
                        _ => {}
                    }
                }
                cur = (t == "s" || t == "inlineStr").then(|| (s, t, String::new()));
            }
            Event::Text(x) => {
                if let Some(c) = cur.as_mut() {
                    c.2.push_str(&x.xml10_content());
                }
            }
            Event::GeneralRef(g) => {
                if let Some(c) = cur.as_mut() {
                    c.2.push_str(&entity(&g.xml10_content()));
                }
            }
            Event::End(e) if e.name().0 == "c" => out.extend(cur.take()),
            Event::Eof => return out,
            _ => {}
        }
    }
}

pub fn sheet_rows(path: &Path, sheet: &str) -> Vec<Vec<Data>> {
    let mut wb = open_workbook_auto(path).unwrap();
    let range = wb.worksheet_range(sheet).unwrap();
    range.rows().map(|r| r.to_vec()).collect()
}

pub fn sheet_names(path: &Path) -> Vec<String> {
    open_workbook_auto(path).unwrap().sheet_names().to_vec()
}

pub fn text(d: &Data) -> String {
    match d {
        Data::String(s) => s.clone(),
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}

/// A workbook of `sheets` (name, rows of text or numbers, hidden).
pub fn workbook(path: &Path, sheets: &[(&str, Vec<Vec<Data>>, bool)]) {
    let mut book = rust_xlsxwriter::Workbook::new();
    for (name, rows, hidden) in sheets {
        let ws = book.add_worksheet();
        ws.set_name(*name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                match v {
                    Data::String(s) => {
                        ws.write_string(r, c, s).unwrap();
                    }
                    Data::Float(f) => {
                        ws.write_number(r, c, *f).unwrap();
                    }
                    Data::Int(i) => {
                        ws.write_number(r, c, *i as f64).unwrap();
                    }
                    Data::Bool(b) => {
                        ws.write_boolean(r, c, *b).unwrap();
                    }
                    Data::DateTime(d) => {
                        ws.write_number(r, c, d.as_f64()).unwrap();
                    }
                    _ => {}
                }
            }
        }
        if *hidden {
            ws.set_hidden(true);
        }
    }
    book.save(path).unwrap();
}

pub fn s(v: &str) -> Data {
    Data::String(v.into())
}

pub fn row(vs: &[&str]) -> Vec<Data> {
    vs.iter().map(|v| s(v)).collect()
}

/// The values of every sheet of `path`, with each sheet's visibility.
pub fn values(path: &Path) -> Vec<(String, Vec<Vec<Data>>, bool)> {
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(path).unwrap();
    let meta: Vec<bool> = wb
        .sheets_metadata()
        .iter()
        .map(|m| m.visible != calamine::SheetVisible::Visible)
        .collect();
    let names = wb.sheet_names().to_vec();
    names
        .into_iter()
        .zip(meta)
        .map(|(n, hidden)| {
            let range = wb.worksheet_range(&n).unwrap();
            let (r0, c0) = range.start().unwrap_or((0, 0));
            let mut rows: Vec<Vec<Data>> = vec![vec![]; r0 as usize];
            rows.extend(range.rows().map(|r| {
                let mut cells = vec![Data::Empty; c0 as usize];
                cells.extend(r.iter().cloned());
                cells
            }));
            (n, rows, hidden)
        })
        .collect()
}
