//! Reading what calamine does not give from a written workbook: the number format a cell shows
//! (its own style, else its column's) and whether a sheet is hidden, from the workbook's XML.

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

/// The parts of a written workbook that say how it looks.
pub struct Xml {
    parts: HashMap<String, String>,
}

fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| a.normalized_value(XmlVersion::default()).ok())
        .map(|v| v.into_owned())
}

/// Every start or empty element of `xml`.
fn each(xml: &str, mut f: impl FnMut(&BytesStart<'_>)) {
    let mut r = Reader::from_str(xml);
    loop {
        match r.read_event().expect("well-formed XML") {
            Event::Start(e) | Event::Empty(e) => f(&e),
            Event::Eof => return,
            _ => {}
        }
    }
}

/// The code of the built-in formats the tests meet.
fn builtin(id: u32) -> String {
    match id {
        0 => "General".into(),
        9 => "0%".into(),
        10 => "0.00%".into(),
        20 => "h:mm".into(),
        _ => format!("builtin {id}"),
    }
}

/// `A1` as a 0-based (row, column).
fn place(r: &str) -> (u32, u32) {
    let split = r.find(|c: char| c.is_ascii_digit()).unwrap();
    let col = r[..split]
        .bytes()
        .fold(0, |n, b| n * 26 + u32::from(b - b'A' + 1));
    (r[split..].parse::<u32>().unwrap() - 1, col - 1)
}

impl Xml {
    pub fn open(path: &Path) -> Xml {
        let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
        let mut parts = HashMap::new();
        for i in 0..zip.len() {
            let mut f = zip.by_index(i).unwrap();
            let name = f.name().unwrap().to_string();
            if name.ends_with(".xml") || name.ends_with(".rels") {
                let mut s = String::new();
                f.read_to_string(&mut s).unwrap();
                parts.insert(name, s);
            }
        }
        Xml { parts }
    }

    /// The `state` of sheet `name` in `xl/workbook.xml` ("visible" when not said).
    pub fn state(&self, name: &str) -> String {
        let mut out = None;
        each(&self.parts["xl/workbook.xml"], |e| {
            if e.local_name().as_ref() == "sheet" && attr(e, "name").as_deref() == Some(name) {
                out = Some(attr(e, "state").unwrap_or_else(|| "visible".into()));
            }
        });
        out.unwrap_or_else(|| panic!("no sheet {name:?}"))
    }

    /// The part of sheet `name`.
    fn sheet(&self, name: &str) -> &str {
        let mut id = None;
        each(&self.parts["xl/workbook.xml"], |e| {
            if e.local_name().as_ref() == "sheet" && attr(e, "name").as_deref() == Some(name) {
                id = attr(e, "id");
            }
        });
        let id = id.unwrap_or_else(|| panic!("no sheet {name:?}"));
        let mut target = None;
        each(&self.parts["xl/_rels/workbook.xml.rels"], |e| {
            if attr(e, "Id").as_deref() == Some(id.as_str()) {
                target = attr(e, "Target");
            }
        });
        &self.parts[&format!("xl/{}", target.unwrap())]
    }

    /// The number format cell `r` (such as `E3`) of sheet `name` shows: its own style's, else
    /// its column's, as a format code.
    pub fn format(&self, name: &str, r: &str) -> String {
        let (row, col) = place(r);
        let (mut own, mut column) = (None, None);
        each(self.sheet(name), |e| match e.local_name().as_ref() {
            "c" if attr(e, "r").map(|x| place(&x)) == Some((row, col)) => {
                own = Some(attr(e, "s").map_or(0, |s| s.parse().unwrap()));
            }
            "col" => {
                let min: u32 = attr(e, "min").unwrap().parse().unwrap();
                let max: u32 = attr(e, "max").unwrap().parse().unwrap();
                if (min..=max).contains(&(col + 1)) {
                    column = attr(e, "style").map(|s| s.parse::<usize>().unwrap());
                }
            }
            _ => {}
        });
        let style = match own {
            Some(0) | None => column.unwrap_or(0),
            Some(s) => s,
        };
        let (mut codes, mut xfs, mut in_xfs) = (HashMap::new(), Vec::new(), false);
        let mut reader = Reader::from_str(&self.parts["xl/styles.xml"]);
        loop {
            match reader.read_event().unwrap() {
                Event::Start(e) if e.local_name().as_ref() == "cellXfs" => in_xfs = true,
                Event::End(e) if e.local_name().as_ref() == "cellXfs" => in_xfs = false,
                Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                    "numFmt" => {
                        let id: u32 = attr(&e, "numFmtId").unwrap().parse().unwrap();
                        codes.insert(id, attr(&e, "formatCode").unwrap());
                    }
                    "xf" if in_xfs => {
                        xfs.push(attr(&e, "numFmtId").map_or(0, |i| i.parse::<u32>().unwrap()))
                    }
                    _ => {}
                },
                Event::Eof => break,
                _ => {}
            }
        }
        let id = xfs[style];
        codes.get(&id).cloned().unwrap_or_else(|| builtin(id))
    }

    /// The ranges (`sqref`) of the data validations of sheet `name`.
    pub fn validations(&self, name: &str) -> Vec<String> {
        let mut out = Vec::new();
        each(self.sheet(name), |e| {
            if e.local_name().as_ref() == "dataValidation" {
                out.push(attr(e, "sqref").unwrap());
            }
        });
        out
    }

    /// The ranges (`sqref`) of the conditional formats of sheet `name`.
    pub fn conditional_formats(&self, name: &str) -> Vec<String> {
        let mut out = Vec::new();
        each(self.sheet(name), |e| {
            if e.local_name().as_ref() == "conditionalFormatting" {
                out.push(attr(e, "sqref").unwrap());
            }
        });
        out
    }

    /// The XML of sheet `name`.
    pub fn sheet_xml(&self, name: &str) -> &str {
        self.sheet(name)
    }
}
