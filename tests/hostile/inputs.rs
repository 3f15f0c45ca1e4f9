//! `check` on broken inputs: what cannot be read exits 2 naming the file; what can is read,
//! with every value it does not understand listed by row and column.

use crate::common::files::{noise, rewrite_zip, tmp};
use crate::{bin, check_fails, check_reads, put, run_in, sample, EXTENSIONS};

/// A fixed pseudo-random sequence (xorshift), NUL and control bytes included.

#[test]
fn empty_files_of_every_extension_exit_2() {
    let dir = tmp();
    for ext in EXTENSIONS {
        let name = format!("empty.{ext}");
        put(dir.path(), &name, b"");
        check_fails(dir.path(), &name, &["the file is empty"]);
    }
}

#[test]
fn random_bytes_under_every_extension_exit_2() {
    let dir = tmp();
    for ext in EXTENSIONS {
        let name = format!("noise.{ext}");
        put(dir.path(), &name, &noise(3000));
        check_fails(dir.path(), &name, &[]);
    }
}

#[test]
fn a_truncated_archive_says_damaged_or_truncated() {
    let dir = tmp();
    let xlsx = std::fs::read(sample("contacts.xlsx")).unwrap();
    put(dir.path(), "cut.xlsx", &xlsx[..xlsx.len() * 2 / 3]);
    check_fails(dir.path(), "cut.xlsx", &["damaged or truncated"]);
}

#[test]
fn csv_renamed_xlsx_and_the_reverse_say_what_to_rename_to() {
    let dir = tmp();
    std::fs::copy(sample("contacts.csv"), dir.path().join("contacts.xlsx")).unwrap();
    check_fails(dir.path(), "contacts.xlsx", &["rename it to .csv"]);
    std::fs::copy(sample("contacts.xlsx"), dir.path().join("export.csv")).unwrap();
    check_fails(dir.path(), "export.csv", &["rename it to .xlsx"]);
}

#[test]
fn an_encrypted_workbook_asks_for_no_password() {
    let dir = tmp();
    let p = dir.path().join("secret.xlsx");
    let mut c = cfb::CompoundFile::create(std::fs::File::create(&p).unwrap()).unwrap();
    for s in ["/EncryptionInfo", "/EncryptedPackage"] {
        std::io::Write::write_all(&mut c.create_stream(s).unwrap(), &[7u8; 600]).unwrap();
    }
    c.flush().unwrap();
    drop(c);
    check_fails(dir.path(), "secret.xlsx", &["password-protected"]);
}

#[test]
fn a_cell_claimed_at_xfd1048576_is_read_not_allocated() {
    let dir = tmp();
    rewrite_zip(
        &sample("contacts.xlsx"),
        &dir.path().join("far.xlsx"),
        |name, bytes| {
            (name == "xl/worksheets/sheet1.xml").then(|| {
                String::from_utf8_lossy(bytes)
                    .replace(
                        "</sheetData>",
                        r#"<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>far</t></is></c></row></sheetData>"#,
                    )
                    .into_bytes()
            })
        },
        &[],
    );
    let r = run_in(
        dir.path(),
        crate::bin_limited(),
        &["check", "far.xlsx"],
        &[],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    // The far cell is a row of its own: a contact with no name, reported at its real row.
    assert!(r.stdout.contains("1048576"), "{}", r.stdout);
}

#[test]
fn nul_bytes_in_text_exit_2_with_a_hint() {
    let dir = tmp();
    put(dir.path(), "nul.csv", b"Nom;Entreprise\r\nAda\0;ACME\r\n");
    check_fails(dir.path(), "nul.csv", &["NUL bytes", "UTF-8"]);
}

#[test]
fn utf16_and_windows_1252_text_read_with_their_accents() {
    let dir = tmp();
    let text = "Nom;Prénom;Entreprise\r\nDurand;Élodie;Crédit Agricole\r\n";
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    put(dir.path(), "utf16.csv", &utf16);
    let (cp1252, _, lossy) = encoding_rs::WINDOWS_1252.encode(text);
    assert!(!lossy);
    put(dir.path(), "cp1252.csv", &cp1252);
    for name in ["utf16.csv", "cp1252.csv"] {
        let out = check_reads(dir.path(), name);
        assert!(out.contains("\"Prénom\" -> first_name"), "{name}: {out}");
        assert!(out.contains("1 contact"), "{name}: {out}");
    }
}

#[test]
fn twenty_thousand_columns_exit_2_naming_row_and_column() {
    let dir = tmp();
    let wide: Vec<String> = (0..20_000).map(|i| format!("c{i}")).collect();
    put(
        dir.path(),
        "wide.csv",
        format!("Name,Company\n{}\n", wide.join(",")).as_bytes(),
    );
    check_fails(dir.path(), "wide.csv", &["row 2", "column 16385"]);
}

#[test]
fn a_40000_character_cell_is_read_and_reported() {
    let dir = tmp();
    let long = "é".repeat(40_000);
    put(
        dir.path(),
        "long.csv",
        format!("Name,Company,Notes\nAda,ACME,{long}\n").as_bytes(),
    );
    let out = check_reads(dir.path(), "long.csv");
    assert!(out.contains("1 contact"), "{out}");
    assert!(out.contains("row 2, \"Notes\""), "{out}");
    assert!(out.contains("cut at 32,767 characters"), "{out}");
    // The written workbook holds the first 32,767 characters, what a cell can hold.
    let r = run_in(
        dir.path(),
        bin(),
        &["process", "long.csv", "--today", "2026-11-26"],
        &["long.reseau.xlsx"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let mut wb = calamine::open_workbook_auto(dir.path().join("long.reseau.xlsx")).unwrap();
    let sheets = calamine::Reader::sheet_names(&wb);
    let longest = sheets
        .iter()
        .flat_map(|name| {
            let range = calamine::Reader::worksheet_range(&mut wb, name).unwrap();
            range
                .used_cells()
                .filter_map(|(_, _, d)| match d {
                    calamine::Data::String(s) => Some(s.chars().count()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
        .max();
    assert_eq!(longest, Some(32_767));
}

#[test]
fn duplicate_headers_use_the_first_and_say_so() {
    let dir = tmp();
    put(dir.path(), "dup.csv", b"Name,Company,Name\nAda,ACME,Bob\n");
    let out = check_reads(dir.path(), "dup.csv");
    assert!(out.contains("\"Name\" -> name"), "{out}");
    assert!(out.contains("\"Name\": \"Name\""), "{out}");
}

#[test]
fn ragged_and_quoted_newline_rows_keep_the_rows_the_user_sees() {
    let dir = tmp();
    put(
        dir.path(),
        "ragged.csv",
        b"Name,Company,Deadline\n\"Ada\nLovelace\",ACME\nBob\nCy,C,never,extra,cells\n",
    );
    let out = check_reads(dir.path(), "ragged.csv");
    assert!(out.contains("3 contacts"), "{out}");
    // Cy is on the fourth row of the sheet, although the file has a fifth line.
    assert!(out.contains("row 4, \"Deadline\": \"never\""), "{out}");
}

#[test]
fn dates_out_of_range_or_impossible_are_problems_naming_row_and_column() {
    let dir = tmp();
    put(
        dir.path(),
        "dates.csv",
        b"Name,Company,Deadline\nAda,A,1899-12-31\nBob,B,10000-01-01\nCy,C,29/02/2027\n",
    );
    let out = check_reads(dir.path(), "dates.csv");
    for (row, value) in [(2, "1899-12-31"), (3, "10000-01-01"), (4, "29/02/2027")] {
        assert!(
            out.contains(&format!("row {row}, \"Deadline\": \"{value}\"")),
            "{value}: {out}"
        );
    }
    assert_eq!(out.matches("date out of range").count(), 2, "{out}");
    assert!(out.contains("date not understood"), "{out}");
}

#[test]
fn a_missing_file_and_a_folder_exit_2_naming_them() {
    let dir = tmp();
    check_fails(dir.path(), "nope.xlsx", &["cannot read the file"]);
    std::fs::create_dir(dir.path().join("folder.csv")).unwrap();
    // A folder is walked for its sheets (issue 26), whatever its name: this one holds none.
    check_fails(
        dir.path(),
        "folder.csv",
        &["folder.csv", "a folder without any sheet"],
    );
}

#[test]
fn one_bad_input_does_not_stop_the_others() {
    let dir = tmp();
    put(dir.path(), "empty.csv", b"");
    put(dir.path(), "ok.csv", b"Name,Company\nAda,ACME\n");
    let r = run_in(dir.path(), bin(), &["check", "empty.csv", "ok.csv"], &[]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("empty.csv: the file is empty"),
        "{}",
        r.stderr
    );
    assert!(r.stdout.contains("ok.csv"), "{}", r.stdout);
}

#[test]
fn an_xlsb_whose_sheet_table_overruns_its_record_is_an_error_not_a_panic() {
    // Found by fuzzing `check`: calamine slices past the end of a BrtBundleSh record whose
    // relationship id claims more characters than the record holds, and panics. `read`
    // catches it; the user must see one error line naming the file, no panic message.
    let dir = tmp();
    let src =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/read/contacts.xlsb");
    rewrite_zip(
        &src,
        &dir.path().join("bad.xlsb"),
        |name, bytes| {
            (name == "xl/workbook.bin").then(|| {
                let mut b = bytes.to_vec();
                let at = b.windows(2).position(|w| w == [0x9C, 0x01]).unwrap();
                // type (2 bytes), size (1 byte), state, sheet id, then the id's length.
                b[at + 3 + 8..at + 3 + 12].copy_from_slice(&0x100u32.to_le_bytes());
                b
            })
        },
        &[],
    );
    check_fails(dir.path(), "bad.xlsb", &["damaged"]);
}
