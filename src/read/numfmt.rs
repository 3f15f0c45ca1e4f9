//! The number formats of an xlsx or xlsm workbook's numbers, which calamine does not give (its
//! issue #597): read from the workbook's own XML with zip and quick-xml. `xl/workbook.xml` and
//! its relationships name each sheet's part; `xl/styles.xml` gives each cell style's number
//! format (its own codes, or Excel's built-in ones); each sheet's cells give their style.
//!
//! Only what the output needs is kept: the formats of numbers (a formula's cached number
//! included) other than General and other than dates, which the output writes in the locale's
//! date format. A format shared by every number of a column is stored once (see
//! [`NumFormats`]). This is a best effort on top of calamine's reading: a part it cannot read
//! leaves that sheet's numbers unformatted, it never stops the file.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufRead, BufReader, Read, Seek};
use std::path::Path;

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

use crate::model::{NumFormat, NumFormats};

/// The number formats of every worksheet of the workbook at `path`, by sheet name; nothing
/// for a sheet whose numbers have none. At most `max_cells` runs of formats are kept per
/// sheet (a run holds one number at least, and calamine's reading stops a larger sheet).
pub fn read(path: &Path, max_cells: usize) -> HashMap<String, NumFormats> {
    let Ok(file) = File::open(path) else {
        return HashMap::new();
    };
    let Ok(mut zip) = zip::ZipArchive::new(BufReader::new(file)) else {
        return HashMap::new();
    };
    let rels = part(&mut zip, "xl/_rels/workbook.xml.rels")
        .map(|x| relationships(&x))
        .unwrap_or_default();
    let styles_part = rels
        .iter()
        .find(|(_, (kind, _))| kind.ends_with("/styles"))
        .map_or_else(|| "xl/styles.xml".to_string(), |(_, (_, t))| t.clone());
    let Some(styles) = part(&mut zip, &styles_part).map(|x| Styles::parse(&x)) else {
        return HashMap::new();
    };
    // Most sheets format nothing but dates: then no sheet needs to be unpacked again.
    if styles.xf.iter().all(Option::is_none) {
        return HashMap::new();
    }
    let sheets = part(&mut zip, "xl/workbook.xml")
        .map(|x| sheet_ids(&x))
        .unwrap_or_default();
    let mut out = HashMap::new();
    for (name, id) in sheets {
        let Some((_, target)) = rels.get(&id) else {
            continue;
        };
        let Ok(entry) = zip.by_name(target) else {
            continue;
        };
        let formats = sheet_formats(BufReader::new(entry), &styles, max_cells);
        if !formats.is_empty() {
            out.insert(name, formats);
        }
    }
    out
}

/// A whole small part (workbook, relationships, styles) as text.
fn part<R: Read + Seek>(zip: &mut zip::ZipArchive<R>, name: &str) -> Option<String> {
    let mut text = String::new();
    // The styles of a workbook are kilobytes; 64 MiB is no workbook's.
    zip.by_name(name)
        .ok()?
        .take(64 << 20)
        .read_to_string(&mut text)
        .ok()?;
    Some(text)
}

/// The attribute `name` (local name, any prefix) of `e`, unescaped.
fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| a.normalized_value(XmlVersion::default()).ok())
        .map(std::borrow::Cow::into_owned)
}

/// Every start or empty element of `xml`, in order, with whether it was empty; stops at the
/// first error.
fn elements(xml: &str, mut each: impl FnMut(&BytesStart<'_>)) {
    let mut reader = Reader::from_str(xml);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) => each(&e),
            Ok(Event::Eof) | Err(_) => return,
            Ok(_) => {}
        }
    }
}

/// The relationships of the workbook: id -> (type, part name in the archive).
fn relationships(xml: &str) -> HashMap<String, (String, String)> {
    let mut out = HashMap::new();
    elements(xml, |e| {
        if e.local_name().as_ref() != "Relationship" {
            return;
        }
        if let (Some(id), Some(target)) = (attr(e, "Id"), attr(e, "Target")) {
            let kind = attr(e, "Type").unwrap_or_default();
            // Targets are relative to `xl/`, or absolute from the archive's root.
            let target = match target.strip_prefix('/') {
                Some(t) => t.to_string(),
                None => format!("xl/{target}"),
            };
            out.insert(id, (kind, target));
        }
    });
    out
}

/// The sheets of `xl/workbook.xml`: (name, relationship id), in order.
fn sheet_ids(xml: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    elements(xml, |e| {
        if e.local_name().as_ref() == "sheet" {
            if let (Some(name), Some(id)) = (attr(e, "name"), attr(e, "id")) {
                out.push((name, id));
            }
        }
    });
    out
}

/// The number formats of a workbook's cell styles.
#[derive(Debug, Default)]
struct Styles {
    /// The distinct formats kept.
    formats: Vec<NumFormat>,
    /// Per cell style (`cellXfs` index), its kept format.
    xf: Vec<Option<u16>>,
}

impl Styles {
    fn parse(xml: &str) -> Styles {
        let mut codes: HashMap<u32, String> = HashMap::new();
        let mut ids: Vec<u32> = Vec::new();
        let mut reader = Reader::from_str(xml);
        let mut in_cell_xfs = false;
        loop {
            match reader.read_event() {
                Ok(Event::Start(e)) if e.local_name().as_ref() == "cellXfs" => in_cell_xfs = true,
                Ok(Event::End(e)) if e.local_name().as_ref() == "cellXfs" => in_cell_xfs = false,
                Ok(Event::Start(e) | Event::Empty(e)) => match e.local_name().as_ref() {
                    "numFmt" => {
                        let id = attr(&e, "numFmtId").and_then(|i| i.parse().ok());
                        if let (Some(id), Some(code)) = (id, attr(&e, "formatCode")) {
                            codes.insert(id, code);
                        }
                    }
                    "xf" if in_cell_xfs => {
                        ids.push(
                            attr(&e, "numFmtId")
                                .and_then(|i| i.parse().ok())
                                .unwrap_or(0),
                        );
                    }
                    _ => {}
                },
                Ok(Event::Eof) | Err(_) => break,
                Ok(_) => {}
            }
        }
        let mut styles = Styles::default();
        let mut seen: HashMap<NumFormat, u16> = HashMap::new();
        for id in ids {
            let format = kept(id, codes.get(&id).map(String::as_str));
            let index = format.and_then(|f| {
                if let Some(&i) = seen.get(&f) {
                    return Some(i);
                }
                let i = u16::try_from(styles.formats.len()).ok()?;
                seen.insert(f.clone(), i);
                styles.formats.push(f);
                Some(i)
            });
            styles.xf.push(index);
        }
        styles
    }
}

/// The format of number format id `id` (with its code when the workbook defines one), when the
/// output keeps it: not General, not a date.
fn kept(id: u32, code: Option<&str>) -> Option<NumFormat> {
    match code {
        Some(c) if c.eq_ignore_ascii_case("general") || is_date(c) => None,
        Some(c) => Some(NumFormat::Code(c.into())),
        None => {
            let id = u8::try_from(id).ok()?;
            let code = builtin(id)?;
            (id != 0 && !is_date(code)).then_some(NumFormat::Builtin(id))
        }
    }
}

/// The code of Excel's built-in format `id` (ECMA-376 part 1, 18.8.30); `None` for the ids
/// left to the locale (the East Asian dates, 23 to 36, 50 and up).
pub fn builtin(id: u8) -> Option<&'static str> {
    Some(match id {
        0 => "General",
        1 => "0",
        2 => "0.00",
        3 => "#,##0",
        4 => "#,##0.00",
        5 => "($#,##0_);($#,##0)",
        6 => "($#,##0_);[Red]($#,##0)",
        7 => "($#,##0.00_);($#,##0.00)",
        8 => "($#,##0.00_);[Red]($#,##0.00)",
        9 => "0%",
        10 => "0.00%",
        11 => "0.00E+00",
        12 => "# ?/?",
        13 => "# ??/??",
        14 => "m/d/yyyy",
        15 => "d-mmm-yy",
        16 => "d-mmm",
        17 => "mmm-yy",
        18 => "h:mm AM/PM",
        19 => "h:mm:ss AM/PM",
        20 => "h:mm",
        21 => "h:mm:ss",
        22 => "m/d/yyyy h:mm",
        37 => "#,##0 ;(#,##0)",
        38 => "#,##0 ;[Red](#,##0)",
        39 => "#,##0.00;(#,##0.00)",
        40 => "#,##0.00;[Red](#,##0.00)",
        41 => r#"_(* #,##0_);_(* \(#,##0\);_(* "-"_);_(@_)"#,
        42 => r#"_($* #,##0_);_($* \(#,##0\);_($* "-"_);_(@_)"#,
        43 => r#"_(* #,##0.00_);_(* \(#,##0.00\);_(* "-"??_);_(@_)"#,
        44 => r#"_($* #,##0.00_);_($* \(#,##0.00\);_($* "-"??_);_(@_)"#,
        45 => "mm:ss",
        46 => "[h]:mm:ss",
        47 => "mmss.0",
        48 => "##0.0E+0",
        49 => "@",
        _ => return None,
    })
}

/// Whether a format code shows a date (a day, a month or a year), as opposed to a number or a
/// time of day alone. Quoted text, escaped characters, `[...]` sections (colours, locales,
/// elapsed `[h]`), and the characters after `_` and `*` are not format letters.
pub fn is_date(code: &str) -> bool {
    let (mut day_or_year, mut month_or_minute, mut time) = (false, false, false);
    let mut chars = code.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                for q in chars.by_ref() {
                    if q == '"' {
                        break;
                    }
                }
            }
            '[' => {
                let inside: String = chars.by_ref().take_while(|&q| q != ']').collect();
                time |= matches!(
                    inside.to_ascii_lowercase().as_str(),
                    "h" | "hh" | "m" | "mm" | "s" | "ss"
                );
            }
            '\\' | '_' | '*' => {
                chars.next();
            }
            'd' | 'D' | 'y' | 'Y' => day_or_year = true,
            'm' | 'M' => month_or_minute = true,
            'h' | 'H' | 's' | 'S' => time = true,
            _ => {}
        }
    }
    // `m` is a minute next to hours or seconds, a month otherwise.
    day_or_year || (month_or_minute && !time)
}

/// What is known of one column's numbers so far: the runs of rows whose numbers share a format
/// (a number without one ends the run it falls in), and whether a number had none.
#[derive(Debug, Clone, Default)]
struct Column {
    runs: Vec<(u32, u32, u16)>,
    /// Whether a number had no kept format.
    general: bool,
    /// Whether the last number had a format, so its run may go on.
    open: bool,
}

impl Column {
    /// Takes the number at `row`, of kept format `format`, into account.
    fn number(&mut self, row: u32, format: Option<u16>) {
        match (format, self.runs.last_mut()) {
            (None, _) => self.general = true,
            (Some(f), Some(last)) if self.open && last.2 == f => last.1 = row,
            (Some(f), _) => self.runs.push((row, row, f)),
        }
        self.open = format.is_some();
    }
}

/// The formats of the numbers of one worksheet part, through its cells' styles.
fn sheet_formats(xml: impl BufRead, styles: &Styles, max_runs: usize) -> NumFormats {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut columns: Vec<Column> = Vec::new();
    let mut runs = 0usize;
    // The cell being read: (row, column, its kept format, whether it holds a number).
    let mut open: Option<(u32, u16, Option<u16>, bool)> = None;
    let mut has_value = false;
    let (mut row, mut col, mut first_row) = (0u32, 0u16, true);
    loop {
        let event = match reader.read_event_into(&mut buf) {
            Ok(Event::Eof) | Err(_) => break,
            Ok(e) => e,
        };
        match event {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "row" => {
                // A row without its number follows the one before.
                row = match attr(&e, "r").and_then(|r| r.parse::<u32>().ok()) {
                    Some(r) => r.saturating_sub(1),
                    None if first_row => 0,
                    None => row.saturating_add(1),
                };
                first_row = false;
                col = 0;
            }
            Event::Start(e) if e.local_name().as_ref() == "c" => {
                open = Some(cell(&e, &mut row, &mut col, styles));
                has_value = false;
            }
            Event::Start(e) if e.local_name().as_ref() == "v" => has_value = open.is_some(),
            Event::Empty(e) if e.local_name().as_ref() == "c" => {
                // A styled cell with nothing in it: only its place counts.
                cell(&e, &mut row, &mut col, styles);
            }
            Event::End(e) if e.local_name().as_ref() == "c" => {
                if let (Some((r, c, format, true)), true) = (open.take(), has_value) {
                    let i = usize::from(c);
                    if columns.len() <= i {
                        columns.resize(i + 1, Column::default());
                    }
                    let before = columns[i].runs.len();
                    columns[i].number(r, format);
                    runs += columns[i].runs.len() - before;
                    if runs > max_runs {
                        break;
                    }
                }
            }
            _ => {}
        }
        buf.clear();
    }
    let uniform = |c: &Column| match (c.runs.as_slice(), c.general) {
        ([(_, _, f)], false) => Some(*f),
        _ => None,
    };
    NumFormats {
        formats: styles.formats.clone(),
        columns: columns.iter().map(uniform).collect(),
        runs: columns
            .into_iter()
            .map(|c| {
                if uniform(&c).is_some() {
                    Vec::new()
                } else {
                    c.runs
                }
            })
            .collect(),
    }
}

/// The place, kept format and numberness of a `<c>` element; moves the running place past it.
fn cell(
    e: &BytesStart<'_>,
    row: &mut u32,
    col: &mut u16,
    styles: &Styles,
) -> (u32, u16, Option<u16>, bool) {
    let (mut style, mut number) = (0usize, true);
    for a in e.attributes().flatten() {
        match a.key.local_name().as_ref() {
            "r" => {
                if let Some((r, c)) = place(&a.value) {
                    (*row, *col) = (r, c);
                }
            }
            "s" => style = a.value.parse().unwrap_or(0),
            // Text, booleans, errors and inline strings; "n" and no type are numbers.
            "t" => number = &*a.value == "n",
            _ => {}
        }
    }
    let here = (*row, *col, styles.xf.get(style).copied().flatten(), number);
    *col = col.saturating_add(1);
    here
}

/// A cell reference such as `AB12` as a 0-based (row, column).
fn place(r: &str) -> Option<(u32, u16)> {
    let split = r.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = r.split_at(split);
    let mut col: u32 = 0;
    for b in letters.bytes() {
        if !b.is_ascii_alphabetic() {
            return None;
        }
        col = col * 26 + u32::from(b.to_ascii_uppercase() - b'A' + 1);
        if col > 16_384 {
            return None;
        }
    }
    let row: u32 = digits.parse().ok()?;
    Some((
        row.checked_sub(1)?,
        u16::try_from(col.checked_sub(1)?).ok()?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_told_from_numbers_and_times() {
        for d in [
            "dd/mm/yyyy",
            "d mmm yyyy",
            "mmm-yy",
            "yyyy-mm-dd hh:mm",
            "[$-40C]d mmmm",
        ] {
            assert!(is_date(d), "{d}");
        }
        for n in [
            "0%",
            "0.00%",
            "hh:mm",
            "[h]:mm:ss",
            "mm:ss",
            "#,##0.00 \"€\"",
            "#,##0.00 [$€-40C]",
            "0.0 \"days\"",
            r#"_-* #,##0.00\ _€_-"#,
            "General",
        ] {
            assert!(!is_date(n), "{n}");
        }
    }

    #[test]
    fn builtins_keep_numbers_and_times_not_general_nor_dates() {
        assert_eq!(kept(9, None), Some(NumFormat::Builtin(9)));
        assert_eq!(kept(20, None), Some(NumFormat::Builtin(20)));
        assert_eq!(kept(0, None), None);
        assert_eq!(kept(14, None), None);
        assert_eq!(kept(30, None), None);
        assert_eq!(
            kept(164, Some("0.0%")),
            Some(NumFormat::Code("0.0%".into()))
        );
        assert_eq!(kept(165, Some("dd/mm/yy")), None);
    }

    #[test]
    fn rows_of_one_format_make_one_run_text_between_them_too() {
        let mut c = Column::default();
        for (row, f) in [
            (1, Some(0)),
            (2, Some(0)),
            (5, Some(0)),
            (6, Some(1)),
            (7, None),
        ] {
            c.number(row, f);
        }
        c.number(8, Some(1));
        c.number(9, Some(1));
        assert_eq!(c.runs, vec![(1, 5, 0), (6, 6, 1), (8, 9, 1)]);
        assert!(c.general);
    }

    #[test]
    fn places_read_as_excel_writes_them() {
        assert_eq!(place("A1"), Some((0, 0)));
        assert_eq!(place("AB12"), Some((11, 27)));
        assert_eq!(place("XFD1048576"), Some((1_048_575, 16_383)));
        assert_eq!(place("A0"), None);
        assert_eq!(place("12"), None);
    }

    fn styles() -> Styles {
        Styles::parse(
            r#"<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0&quot; km&quot;"/></numFmts>
            <cellStyleXfs count="1"><xf numFmtId="9"/></cellStyleXfs>
            <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="9"><alignment/></xf><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>"#,
        )
    }

    #[test]
    fn cell_styles_map_to_their_kept_formats() {
        let s = styles();
        assert_eq!(s.xf, vec![None, Some(0), Some(1), None]);
        assert_eq!(
            s.formats,
            vec![NumFormat::Builtin(9), NumFormat::Code("0.0\" km\"".into())]
        );
    }

    #[test]
    fn a_column_all_of_one_format_is_stored_once_the_others_by_runs_of_rows() {
        let xml = r#"<worksheet><sheetData>
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2" t="s"><v>1</v></c></row>
            <row r="2"><c r="A2" s="1"><v>0.5</v></c><c r="B2" s="2"><v>3</v></c><c r="C2" s="2"/></row>
            <row r="3"><c r="A3" s="1"><f>A2</f><v>0.25</v></c><c r="B3"><v>4</v></c><c r="C3" s="3"><v>45000</v></c></row>
            <row><c s="1" t="e"><v>#N/A</v></c><c s="2"><v>7</v></c></row>
        </sheetData></worksheet>"#;
        let f = sheet_formats(xml.as_bytes(), &styles(), 100);
        // A: two percentages (an error cell does not count); B: km, then General, then km;
        // C: a date (no kept format) only.
        assert_eq!(f.columns, vec![Some(0), None, None]);
        assert_eq!(f.runs, vec![vec![], vec![(1, 1, 1), (3, 3, 1)], vec![]]);
    }
}
