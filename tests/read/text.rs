//! Delimited text: each encoding, each delimiter, quoted newlines, ragged rows; cells stay text.

use reseau_xlsx::model::{Field, Format, Value};

use crate::common::files::*;

const FRENCH: &str = "Nom;Prénom;Société;Téléphone\r\nDurand;Élodie;Crédit Agricole;0612345678\r\n";

fn utf16(s: &str, big_endian: bool) -> Vec<u8> {
    let mut out = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for u in s.encode_utf16() {
        out.extend(if big_endian {
            u.to_be_bytes()
        } else {
            u.to_le_bytes()
        });
    }
    out
}

/// Reads `bytes` as `contacts.csv` and checks the French sample came through intact.
fn check_french(bytes: &[u8], encoding: &'static str) {
    let dir = tmp();
    let p = file(dir.path(), "contacts.csv", bytes);
    let wb = open(&p).unwrap_or_else(|e| panic!("{encoding}: {e}"));
    let name = if encoding == "UTF-8 BOM" {
        "UTF-8"
    } else {
        encoding
    };
    assert_eq!(
        wb.format,
        Format::Csv {
            delimiter: b';',
            encoding: name
        }
    );
    assert_eq!(wb.sheets.len(), 1);
    assert_eq!(
        wb.sheets[0].name, "contacts",
        "a CSV's sheet is named after the file"
    );
    let rows = &wb.sheets[0].rows.to_vecs();
    assert_eq!(rows[0][1], text("Prénom"), "{encoding}");
    assert_eq!(
        rows[1],
        vec![
            text("Durand"),
            text("Élodie"),
            text("Crédit Agricole"),
            text("0612345678")
        ],
        "{encoding}: CRLF is not kept in the last cell, and the leading zero stays"
    );
    let (_, t) = table(&p);
    assert_eq!(header_of(&t, Field::FirstName), Some("Prénom"));
    assert_eq!(
        header_of(&t, Field::LastName),
        Some("Nom"),
        "beside Prénom, Nom is the surname"
    );
}

#[test]
fn each_encoding_is_sniffed() {
    check_french(FRENCH.as_bytes(), "UTF-8");
    check_french(&[b"\xEF\xBB\xBF", FRENCH.as_bytes()].concat(), "UTF-8 BOM");
    check_french(&utf16(FRENCH, false), "UTF-16LE");
    check_french(&utf16(FRENCH, true), "UTF-16BE");
    let (cp1252, _, lossy) = encoding_rs::WINDOWS_1252.encode(FRENCH);
    assert!(!lossy);
    assert!(cp1252.contains(&0xE9), "é is one byte in Windows-1252");
    check_french(&cp1252, "windows-1252");
}

#[test]
fn each_delimiter_is_sniffed() {
    let dir = tmp();
    for (d, name) in [
        (',', "a.csv"),
        (';', "b.csv"),
        ('\t', "c.txt"),
        ('|', "d.csv"),
        ('\t', "e.tsv"),
    ] {
        let body = format!("Name{d}Company{d}Email\nAda{d}\"Babbage{d} Ltd\"{d}ada@x.org\n");
        let p = file(dir.path(), name, body.as_bytes());
        let wb = open(&p).unwrap();
        assert!(
            matches!(wb.format, Format::Csv { delimiter, .. } if delimiter == d as u8),
            "{name}: {:?}",
            wb.format
        );
        assert_eq!(
            wb.sheets[0].rows.to_vecs()[1][1],
            text(&format!("Babbage{d} Ltd")),
            "{name}"
        );
    }
}

#[test]
fn a_tsv_is_split_on_tabs_even_when_commas_are_many() {
    let dir = tmp();
    let p = file(
        dir.path(),
        "t.tsv",
        b"Name\tNotes\nAda\ta, b, c, d\nBob\te, f, g\n",
    );
    let wb = open(&p).unwrap();
    assert_eq!(
        wb.sheets[0].rows.to_vecs()[1],
        vec![text("Ada"), text("a, b, c, d")]
    );
}

#[test]
fn quoted_newlines_and_ragged_rows_are_read() {
    let dir = tmp();
    let body = "Name,Notes,Email\r\nAda,\"line one\r\nline two\",ada@x.org\r\nBob\r\n\r\nCy,,cy@x.org,extra,more\r\n";
    let p = file(dir.path(), "r.csv", body.as_bytes());
    let rows = open(&p).unwrap().sheets.remove(0).rows.to_vecs();
    assert_eq!(rows[1][1], text("line one\r\nline two"));
    assert_eq!(rows[2], vec![text("Bob")], "a short row is kept");
    assert!(
        rows[3].is_empty(),
        "a blank line stays a row, so row numbers match the sheet"
    );
    assert_eq!(
        rows[4],
        vec![
            text("Cy"),
            Value::Empty,
            text("cy@x.org"),
            text("extra"),
            text("more")
        ],
        "a long row is kept"
    );
}

#[test]
fn a_cell_of_40000_characters_is_kept_whole() {
    let dir = tmp();
    let long = "x".repeat(40_000);
    let p = file(
        dir.path(),
        "long.csv",
        format!("Name,Notes\nAda,{long}\n").as_bytes(),
    );
    let rows = open(&p).unwrap().sheets.remove(0).rows.to_vecs();
    assert_eq!(
        rows[1][1],
        text(&long),
        "cutting is the writer's job, with a problem"
    );
}
