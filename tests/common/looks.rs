//! How a written workbook looks, read from its XML parts as a spreadsheet program would: a
//! cell's font, fill, borders and alignment (its style in `xl/styles.xml`), a sheet's column
//! widths, row heights, merged cells, frozen panes and autofilter (its part).

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

/// What one cell looks like.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Look {
    pub bold: bool,
    pub italic: bool,
    pub size: Option<f64>,
    /// `FFRRGGBB` as the file writes it.
    pub color: Option<String>,
    pub fill: Option<String>,
    /// Left, right, top, bottom: the line's style.
    pub borders: [Option<String>; 4],
    pub horizontal: Option<String>,
    pub vertical: Option<String>,
    pub wrap: bool,
}

/// A written workbook's parts.
pub struct Book {
    parts: HashMap<String, String>,
}

fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| a.normalized_value(XmlVersion::default()).ok())
        .map(|v| v.into_owned())
}

/// `A1` as a 0-based (row, column).
pub fn place(r: &str) -> (u32, u32) {
    let split = r.find(|c: char| c.is_ascii_digit()).unwrap();
    let col = r[..split]
        .bytes()
        .fold(0, |n, b| n * 26 + u32::from(b - b'A' + 1));
    (r[split..].parse::<u32>().unwrap() - 1, col - 1)
}

/// Every start or empty element of `xml`, with whether it is empty, and every end.
fn walk(xml: &str, mut f: impl FnMut(Option<&BytesStart<'_>>, &str)) {
    let mut r = Reader::from_str(xml);
    loop {
        match r.read_event().expect("well-formed XML") {
            Event::Start(e) => f(Some(&e), ""),
            Event::Empty(e) => {
                f(Some(&e), "");
                let name = e.local_name().as_ref().to_string();
                f(None, &name);
            }
            Event::End(e) => f(None, e.local_name().as_ref()),
            Event::Eof => return,
            _ => {}
        }
    }
}

fn each(xml: &str, mut f: impl FnMut(&BytesStart<'_>)) {
    walk(xml, |e, _| {
        if let Some(e) = e {
            f(e)
        }
    });
}

impl Book {
    pub fn open(path: &Path) -> Book {
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
        Book { parts }
    }

    /// The names of the sheets, in order.
    pub fn sheets(&self) -> Vec<String> {
        let mut out = Vec::new();
        each(&self.parts["xl/workbook.xml"], |e| {
            if e.local_name().as_ref() == "sheet" {
                out.push(attr(e, "name").unwrap());
            }
        });
        out
    }

    /// The XML part of sheet `name`.
    pub fn sheet(&self, name: &str) -> &str {
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
        let target = target.unwrap();
        &self.parts[target
            .strip_prefix('/')
            .map_or(format!("xl/{target}"), String::from)
            .as_str()]
    }

    /// The style index of cell `r` of sheet `name` (0 when it has none or is not written).
    fn style_of(&self, name: &str, r: &str) -> usize {
        let want = place(r);
        let mut out = 0;
        each(self.sheet(name), |e| {
            if e.local_name().as_ref() == "c" && attr(e, "r").map(|x| place(&x)) == Some(want) {
                out = attr(e, "s").map_or(0, |s| s.parse().unwrap());
            }
        });
        out
    }

    /// How cell `r` (such as `B2`) of sheet `name` looks.
    pub fn look(&self, name: &str, r: &str) -> Look {
        let style = self.style_of(name, r);
        let styles = &self.parts["xl/styles.xml"];
        // The fonts, fills, borders, and the cell formats with their alignment.
        let (mut fonts, mut fills, mut borders) = (Vec::<Look>::new(), Vec::new(), Vec::new());
        let mut xfs: Vec<(usize, usize, usize, Look)> = Vec::new();
        let mut section = String::new();
        let mut side: Option<usize> = None;
        walk(styles, |e, end| {
            let Some(e) = e else {
                if ["fonts", "fills", "borders", "cellXfs"].contains(&end) {
                    section.clear();
                }
                if ["left", "right", "top", "bottom"].contains(&end) {
                    side = None;
                }
                return;
            };
            let tag = e.local_name().as_ref().to_string();
            match (section.as_str(), tag.as_str()) {
                (_, "fonts" | "fills" | "borders" | "cellXfs") => section = tag,
                ("fonts", "font") => fonts.push(Look::default()),
                ("fonts", "b") => {
                    fonts.last_mut().unwrap().bold = attr(e, "val").as_deref() != Some("0")
                }
                ("fonts", "i") => {
                    fonts.last_mut().unwrap().italic = attr(e, "val").as_deref() != Some("0")
                }
                ("fonts", "sz") => {
                    fonts.last_mut().unwrap().size = attr(e, "val").map(|v| v.parse().unwrap())
                }
                ("fonts", "color") => fonts.last_mut().unwrap().color = attr(e, "rgb"),
                ("fills", "fill") => fills.push(None),
                ("fills", "fgColor") => *fills.last_mut().unwrap() = attr(e, "rgb"),
                ("borders", "border") => borders.push([None, None, None, None]),
                ("borders", "left" | "right" | "top" | "bottom") => {
                    let i = ["left", "right", "top", "bottom"]
                        .iter()
                        .position(|s| *s == tag)
                        .unwrap();
                    side = Some(i);
                    borders.last_mut().unwrap()[i] = attr(e, "style");
                }
                ("cellXfs", "xf") => xfs.push((
                    attr(e, "fontId").map_or(0, |v| v.parse().unwrap()),
                    attr(e, "fillId").map_or(0, |v| v.parse().unwrap()),
                    attr(e, "borderId").map_or(0, |v| v.parse().unwrap()),
                    Look::default(),
                )),
                ("cellXfs", "alignment") => {
                    let l = &mut xfs.last_mut().unwrap().3;
                    l.horizontal = attr(e, "horizontal");
                    l.vertical = attr(e, "vertical");
                    l.wrap = attr(e, "wrapText").as_deref() == Some("1");
                }
                _ => {}
            }
            let _ = side;
        });
        let (font, fill, border, align) = xfs[style].clone();
        Look {
            fill: fills[fill].clone(),
            borders: borders[border].clone(),
            horizontal: align.horizontal,
            vertical: align.vertical,
            wrap: align.wrap,
            ..fonts[font].clone()
        }
    }

    /// The width of column `col` (0-based) of sheet `name` and whether it is hidden, as its
    /// `<col>` says.
    pub fn column(&self, name: &str, col: u32) -> (Option<f64>, bool) {
        let mut out = (None, false);
        each(self.sheet(name), |e| {
            if e.local_name().as_ref() == "col" {
                let min: u32 = attr(e, "min").unwrap().parse().unwrap();
                let max: u32 = attr(e, "max").unwrap().parse().unwrap();
                if (min..=max).contains(&(col + 1)) {
                    out = (
                        attr(e, "width").map(|w| w.parse().unwrap()),
                        attr(e, "hidden").as_deref() == Some("1"),
                    );
                }
            }
        });
        out
    }

    /// The height of row `row` (1-based, as the sheet numbers it) and whether it is hidden.
    pub fn row(&self, name: &str, row: u32) -> (Option<f64>, bool) {
        let mut out = (None, false);
        each(self.sheet(name), |e| {
            if e.local_name().as_ref() == "row" && attr(e, "r") == Some(row.to_string()) {
                out = (
                    attr(e, "ht").map(|w| w.parse().unwrap()),
                    attr(e, "hidden").as_deref() == Some("1"),
                );
            }
        });
        out
    }

    /// Every `ref` of element `tag` of sheet `name` (`mergeCell`, `autoFilter`).
    pub fn refs(&self, name: &str, tag: &str) -> Vec<String> {
        let mut out = Vec::new();
        each(self.sheet(name), |e| {
            if e.local_name().as_ref() == tag {
                out.extend(attr(e, "ref"));
            }
        });
        out
    }

    /// The frozen columns and rows (`xSplit`, `ySplit`) of sheet `name`.
    pub fn frozen(&self, name: &str) -> Option<(u32, u32)> {
        let mut out = None;
        each(self.sheet(name), |e| {
            if e.local_name().as_ref() == "pane" && attr(e, "state").as_deref() == Some("frozen") {
                let n = |k| attr(e, k).map_or(0, |v: String| v.parse::<f64>().unwrap() as u32);
                out = Some((n("xSplit"), n("ySplit")));
            }
        });
        out
    }
}
