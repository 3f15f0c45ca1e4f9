//! OLE compound files (.xls and encrypted Office files): encryption, a non-workbook Office
//! file, and an .xls whose far cells would make calamine allocate gigabytes.

use reseau_xlsx::model::Value;
use reseau_xlsx::read::Limits;

use crate::common::files::*;

/// An OLE compound file holding these streams, as Office writes them.
fn ole(path: &std::path::Path, streams: &[&str]) {
    let mut c = cfb::CompoundFile::create(std::fs::File::create(path).unwrap()).unwrap();
    for s in streams {
        std::io::Write::write_all(&mut c.create_stream(s).unwrap(), &[1u8; 600]).unwrap();
    }
    c.flush().unwrap();
}

#[test]
fn an_encrypted_workbook_asks_to_save_without_password() {
    // An encrypted xlsx is an OLE compound file holding EncryptionInfo and EncryptedPackage.
    let dir = tmp();
    for name in ["secret.xlsx", "secret.xls", "secret.xlsb"] {
        let p = dir.path().join(name);
        ole(&p, &["/EncryptionInfo", "/EncryptedPackage"]);
        let e = open_err(&p);
        assert!(
            e.contains(&format!(
                "{name}: the workbook is password-protected: save it without a password"
            )),
            "{e}"
        );
    }
    // The same names in a file too damaged to open as a container are still recognised.
    let mut bytes = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    bytes.resize(1024, 0);
    bytes.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
    let p = file(dir.path(), "odd.xlsx", &bytes);
    assert!(open_err(&p).contains("password-protected"));
}

#[test]
fn an_office_file_that_is_no_workbook_is_named_so() {
    let dir = tmp();
    let p = dir.path().join("letter.xls");
    ole(&p, &["/WordDocument"]);
    let e = open_err(&p);
    assert!(
        e.contains("letter.xls: this is an Office file but not a workbook"),
        "{e}"
    );
}

/// `types.xls` with a number cell added at (`row`, `col`) of its last sheet: the record goes
/// just before the sheet's end, so no offset of the file moves.
fn xls_with_cell(dst: &std::path::Path, row: u16, col: u16) {
    std::fs::copy(fixture("types.xls"), dst).unwrap();
    let mut c = cfb::CompoundFile::open(
        std::fs::File::options()
            .read(true)
            .write(true)
            .open(dst)
            .unwrap(),
    )
    .unwrap();
    let mut stream = Vec::new();
    std::io::Read::read_to_end(&mut c.open_stream("/Workbook").unwrap(), &mut stream).unwrap();
    let eof = stream.len() - 4;
    assert_eq!(
        &stream[eof..],
        &[0x0A, 0, 0, 0],
        "the stream ends with the last sheet's EOF"
    );
    let mut number = vec![0x03, 0x02, 14, 0];
    number.extend(row.to_le_bytes());
    number.extend(col.to_le_bytes());
    number.extend([0x0F, 0]); // the default cell format
    number.extend(7.0f64.to_le_bytes());
    stream.splice(eof..eof, number);
    std::io::Write::write_all(&mut c.create_stream("/Workbook").unwrap(), &stream).unwrap();
    c.flush().unwrap();
}

#[test]
fn an_xls_whose_far_cells_span_too_much_stops_before_calamine() {
    let dir = tmp();
    let limits = Limits {
        cells: 100_000,
        ..Limits::default()
    };
    let near = dir.path().join("near.xls");
    xls_with_cell(&near, 200, 20);
    let wb = open_small(&near, limits).unwrap();
    assert_eq!(
        wb.sheets[1].rows.to_vecs()[200][20],
        Value::Number(7.0),
        "the crafted record is a real cell"
    );
    let far = dir.path().join("far.xls");
    xls_with_cell(&far, 65_535, 255);
    let e = open_small(&far, limits).unwrap_err().to_string();
    assert!(
        e.contains("far.xls: its sheets span more than 100000 cells"),
        "{e}"
    );
}
