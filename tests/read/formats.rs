//! Every workbook format keeps its cells' types: text, numbers, booleans, real dates in both
//! date systems, durations, error cells; row 1 of the sheet is `rows[0]`.

use reseau_xlsx::model::{Field, Format, Value};

use crate::common::files::*;

/// The sheets of `types.xlsx`, from which the xls and ods fixtures were converted.
fn types_sheets() -> Vec<(&'static str, Vec<Vec<C>>)> {
    use C::*;
    vec![
        ("Notes", vec![vec![S("Pas de contacts ici")]]),
        (
            "Contacts",
            vec![
                vec![S("Mon réseau")],
                vec![],
                vec![
                    S("Nom"),
                    S("Entreprise"),
                    S("Téléphone"),
                    S("Dernier contact"),
                    S("Durée"),
                    S("Actif"),
                    S("Note"),
                    S("Calcul"),
                ],
                vec![
                    S("Alice Martin"),
                    S("ACME"),
                    S("0612345678"),
                    D(2026, 3, 15),
                    Dur(1.5),
                    B(true),
                    N(42.5),
                    F("=1/0", "#DIV/0!"),
                ],
                vec![S("Bob"), Blank, Blank, D(1999, 12, 31)],
            ],
        ),
    ]
}

/// Checks the cells every format must give for the types workbook.
fn check_types(path: &std::path::Path, format: Format) {
    let wb = open(path).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(wb.format, format);
    let names: Vec<&str> = wb.sheets.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Notes", "Contacts"]);
    let rows = &wb.sheets[1].rows.to_vecs();
    assert_eq!(rows[0], vec![text("Mon réseau")], "row 1 is rows[0]");
    assert!(rows[1].is_empty(), "the blank row 2 is kept");
    let alice = &rows[3];
    assert_eq!(alice[0], text("Alice Martin"));
    assert_eq!(
        alice[2],
        text("0612345678"),
        "a phone stored as text keeps its zero"
    );
    assert_eq!(alice[3], day(2026, 3, 15));
    assert_eq!(alice[4], Value::Duration(1.5));
    // LibreOffice turns a boolean cell into the formula =TRUE() showing 1 when it writes ods.
    let expect = if format == Format::Ods {
        Value::Number(1.0)
    } else {
        Value::Bool(true)
    };
    assert_eq!(alice[5], expect);
    assert_eq!(alice[6], Value::Number(42.5));
    assert_eq!(alice[7], Value::Error("#DIV/0!".into()));
    assert_eq!(
        rows[4],
        vec![text("Bob"), Value::Empty, Value::Empty, day(1999, 12, 31)]
    );

    let (_, t) = table(path);
    assert_eq!(
        (t.sheet, t.header_row),
        (1, 2),
        "the header is found below the title"
    );
    assert_eq!(header_of(&t, Field::LastContact), Some("Dernier contact"));
}

#[test]
fn xlsx_keeps_cell_types_and_dates() {
    let dir = tmp();
    let p = dir.path().join("types.xlsx");
    write_xlsx(&p, &types_sheets());
    check_types(&p, Format::Xlsx);
}

#[test]
fn extension_case_and_xlsm_are_accepted() {
    let dir = tmp();
    let p = dir.path().join("types.XLSX");
    write_xlsx(&p, &types_sheets());
    check_types(&p, Format::Xlsx);
    let m = dir.path().join("types.xlsm");
    std::fs::copy(&p, &m).unwrap();
    check_types(&m, Format::Xlsm);
}

#[test]
fn xls_fixture_converted_by_libreoffice() {
    check_types(&fixture("types.xls"), Format::Xls);
}

#[test]
fn ods_fixture_converted_by_libreoffice() {
    check_types(&fixture("types.ods"), Format::Ods);
}

#[test]
fn dates_of_a_1904_workbook_are_resolved() {
    let dir = tmp();
    let p1900 = dir.path().join("1900.xlsx");
    // Serial 44635 is 2026-03-15 in the 1904 system (46097 - 1462).
    write_xlsx(
        &p1900,
        &[(
            "S",
            vec![
                vec![C::S("Nom"), C::S("Quand")],
                vec![C::S("A"), C::D(2026, 3, 15)],
            ],
        )],
    );
    let p = dir.path().join("1904.xlsx");
    rewrite_zip(
        &p1900,
        &p,
        |name, bytes| match name {
            "xl/workbook.xml" => Some(
                String::from_utf8_lossy(bytes)
                    .replace("<workbookPr", "<workbookPr date1904=\"1\"")
                    .into_bytes(),
            ),
            n if n.starts_with("xl/worksheets/") => {
                let xml = String::from_utf8_lossy(bytes).into_owned();
                assert!(xml.contains("<v>46096</v>"), "{xml}");
                Some(xml.replace("<v>46096</v>", "<v>44634</v>").into_bytes())
            }
            _ => None,
        },
        &[],
    );
    assert_eq!(
        open(&p1900).unwrap().sheets[0].rows.to_vecs()[1][1],
        day(2026, 3, 15)
    );
    assert_eq!(
        open(&p).unwrap().sheets[0].rows.to_vecs()[1][1],
        day(2026, 3, 15)
    );
}

/// Writes `types.xlsx` and converts it with LibreOffice into the checked-in xls and ods
/// fixtures. Run by hand: `cargo test --test read regenerate -- --ignored`.
#[test]
#[ignore = "regenerates checked-in fixtures; run by hand"]
fn regenerate_libreoffice_fixtures() {
    let xlsx = fixture("types.xlsx");
    write_xlsx(&xlsx, &types_sheets());
    for to in ["xls", "ods"] {
        let status = std::process::Command::new("soffice")
            .args(["--headless", "--convert-to", to, "--outdir"])
            .arg(fixture(""))
            .arg(&xlsx)
            .status()
            .unwrap();
        assert!(status.success());
    }
}

/// A quarter of a full sheet (262,144 rows x 12 columns; a full one is 4 times this, within
/// the cell limit) reads quickly. Slow in a debug build:
/// `cargo test --release --test read quarter_sheet -- --ignored --nocapture`.
#[test]
#[ignore = "speed check, run in release by hand"]
fn a_quarter_sheet_reads_quickly() {
    let dir = tmp();
    let p = dir.path().join("full.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    for c in 0..12u16 {
        ws.write_string(0, c, format!("Header {c}")).unwrap();
    }
    ws.write_string(0, 0, "Name").unwrap();
    ws.write_string(0, 1, "Company").unwrap();
    for r in 1..262_144u32 {
        ws.write_string(r, 0, format!("Person {r}")).unwrap();
        ws.write_string(r, 1, "Company name").unwrap();
        for c in 2..12u16 {
            ws.write_number(r, c, f64::from(r) + f64::from(c)).unwrap();
        }
    }
    wb.save(&p).unwrap();
    let start = std::time::Instant::now();
    let (wb, t) = table(&p);
    let took = start.elapsed();
    assert_eq!(wb.sheets[0].rows.len(), 262_144);
    assert_eq!(t.header_row, 0);
    eprintln!("read 262,144 x 12 in {took:?}");
}
