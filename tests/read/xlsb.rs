//! xlsb: LibreOffice cannot write it and no fixture can be fetched, so the tests build a tiny
//! one record by record (MS-XLSB): a workbook part, a styles part with a date format, and a
//! sheet with text, numbers, a date, a boolean and an error cell.

use std::io::Write;
use std::path::Path;

use reseau_xlsx::model::{Field, Format, Value};

use crate::common::files::*;

/// One BIFF12 record: type and length as 7-bit varints, then the body.
fn record(out: &mut Vec<u8>, typ: u16, body: &[u8]) {
    if typ < 0x80 {
        out.push(typ as u8);
    } else {
        out.push((typ & 0x7F) as u8 | 0x80);
        out.push((typ >> 7) as u8);
    }
    let mut len = body.len();
    loop {
        let b = (len & 0x7F) as u8;
        len >>= 7;
        if len == 0 {
            out.push(b);
            break;
        }
        out.push(b | 0x80);
    }
    out.extend_from_slice(body);
}

/// An XLWideString: character count, then UTF-16 LE.
fn wide(s: &str) -> Vec<u8> {
    let units: Vec<u16> = s.encode_utf16().collect();
    let mut out = (units.len() as u32).to_le_bytes().to_vec();
    out.extend(units.iter().flat_map(|u| u.to_le_bytes()));
    out
}

/// The first 8 bytes of a cell record: column, then style index (1 is the date style).
fn cell(col: u32, style: u32) -> Vec<u8> {
    [col.to_le_bytes(), style.to_le_bytes()].concat()
}

/// A cell of the generated sheet.
pub enum B {
    S(&'static str),
    N(f64),
    Date(f64),
    Bool(bool),
    Div0,
    /// A shared-string index (the tests write no shared strings: a damaged file).
    Isst(u32),
}

/// Writes an xlsb with one sheet `name` holding `rows` from A1; `date1904` sets the system.
pub fn write_xlsb(path: &Path, name: &str, rows: &[Vec<B>], date1904: bool) {
    let mut wb = Vec::new();
    record(&mut wb, 0x0083, &[]); // BrtBeginBook
    let mut prop = vec![0u8; 12];
    prop[0] = u8::from(date1904);
    record(&mut wb, 0x0099, &prop); // BrtWbProp
    record(&mut wb, 0x008F, &[]); // BrtBeginBundleShs
    let sh = [
        &0u32.to_le_bytes()[..],
        &1u32.to_le_bytes(),
        &wide("rId1"),
        &wide(name),
    ]
    .concat();
    record(&mut wb, 0x009C, &sh); // BrtBundleSh
    record(&mut wb, 0x0090, &[]); // BrtEndBundleShs
    record(&mut wb, 0x0084, &[]); // BrtEndBook

    let mut styles = Vec::new();
    record(&mut styles, 0x0269, &2u32.to_le_bytes()); // BrtBeginCellXFs
    for fmt in [0u16, 14] {
        let mut xf = vec![0u8; 16];
        xf[2..4].copy_from_slice(&fmt.to_le_bytes());
        record(&mut styles, 0x002F, &xf); // BrtXF; 14 is the built-in date format
    }
    record(&mut styles, 0x026A, &[]); // BrtEndCellXFs

    let mut sheet = Vec::new();
    record(&mut sheet, 0x0081, &[]); // BrtBeginSheet
    let dim = [0u32, rows.len() as u32 - 1, 0, 8]
        .map(u32::to_le_bytes)
        .concat();
    record(&mut sheet, 0x0094, &dim); // BrtWsDim
    record(&mut sheet, 0x0091, &[]); // BrtBeginSheetData
    for (r, row) in rows.iter().enumerate() {
        let mut hdr = (r as u32).to_le_bytes().to_vec();
        hdr.resize(17, 0);
        record(&mut sheet, 0x0000, &hdr); // BrtRowHdr
        for (c, v) in row.iter().enumerate() {
            let c = c as u32;
            match v {
                B::S(s) => record(&mut sheet, 0x0006, &[cell(c, 0), wide(s)].concat()),
                B::N(n) => record(
                    &mut sheet,
                    0x0005,
                    &[cell(c, 0), n.to_le_bytes().to_vec()].concat(),
                ),
                B::Date(n) => record(
                    &mut sheet,
                    0x0005,
                    &[cell(c, 1), n.to_le_bytes().to_vec()].concat(),
                ),
                B::Bool(b) => record(
                    &mut sheet,
                    0x0004,
                    &[cell(c, 0), vec![u8::from(*b)]].concat(),
                ),
                B::Div0 => record(&mut sheet, 0x0003, &[cell(c, 0), vec![0x07]].concat()),
                B::Isst(i) => record(
                    &mut sheet,
                    0x0007,
                    &[cell(c, 0), i.to_le_bytes().to_vec()].concat(),
                ),
            }
        }
    }
    record(&mut sheet, 0x0092, &[]); // BrtEndSheetData
    record(&mut sheet, 0x0082, &[]); // BrtEndSheet

    let rels = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.bin"/></Relationships>"#;
    let types = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>"#;
    let mut z = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let opts = zip::write::SimpleFileOptions::default();
    for (part, bytes) in [
        ("[Content_Types].xml", types.as_bytes()),
        ("xl/workbook.bin", &wb[..]),
        ("xl/_rels/workbook.bin.rels", rels.as_bytes()),
        ("xl/styles.bin", &styles[..]),
        ("xl/worksheets/sheet1.bin", &sheet[..]),
    ] {
        z.start_file(part, opts).unwrap();
        z.write_all(bytes).unwrap();
    }
    z.finish().unwrap();
}

fn sample() -> Vec<Vec<B>> {
    use B::*;
    vec![
        vec![S("Carnet")],
        vec![],
        vec![
            S("Name"),
            S("Company"),
            S("Last contact"),
            S("Active"),
            S("Score"),
            S("Check"),
        ],
        vec![
            S("Ada"),
            S("ACME"),
            Date(46096.0),
            Bool(true),
            N(42.5),
            Div0,
        ],
    ]
}

#[test]
fn xlsb_keeps_cell_types_and_dates() {
    let dir = tmp();
    let p = dir.path().join("contacts.xlsb");
    write_xlsb(&p, "Contacts", &sample(), false);
    let wb = open(&p).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(wb.format, Format::Xlsb);
    assert_eq!(wb.sheets[0].name, "Contacts");
    let rows = &wb.sheets[0].rows.to_vecs();
    assert_eq!(rows[0], vec![text("Carnet")]);
    assert!(rows[1].is_empty());
    assert_eq!(
        rows[3],
        vec![
            text("Ada"),
            text("ACME"),
            day(2026, 3, 15),
            Value::Bool(true),
            Value::Number(42.5),
            Value::Error("#DIV/0!".into())
        ]
    );
    let (_, t) = table(&p);
    assert_eq!(
        (t.header_row, header_of(&t, Field::LastContact)),
        (2, Some("Last contact"))
    );
}

#[test]
fn xlsb_in_the_1904_system() {
    let dir = tmp();
    let p = dir.path().join("mac.xlsb");
    let rows = vec![
        vec![B::S("Name"), B::S("When")],
        vec![B::S("A"), B::Date(46096.0 - 1462.0)],
    ];
    write_xlsb(&p, "S", &rows, true);
    assert_eq!(
        open(&p).unwrap().sheets[0].rows.to_vecs()[1][1],
        day(2026, 3, 15)
    );
}

#[test]
fn a_damaged_xlsb_is_an_error_not_a_crash() {
    // calamine indexes the shared strings without a check: the reader must not go down with it.
    let dir = tmp();
    let p = dir.path().join("bad.xlsb");
    write_xlsb(&p, "S", &[vec![B::S("Name"), B::Isst(7)]], false);
    let e = open(&p).unwrap_err().to_string();
    assert!(e.contains("bad.xlsb: ") && e.contains("damaged"), "{e}");
}

/// Writes the checked-in `contacts.xlsb` for the other tests of the project.
/// Run by hand: `cargo test --test read regenerate_xlsb -- --ignored`.
#[test]
#[ignore = "regenerates a checked-in fixture; run by hand"]
fn regenerate_xlsb_fixture() {
    write_xlsb(&fixture("contacts.xlsb"), "Contacts", &sample(), false);
}
