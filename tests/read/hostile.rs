//! Broken and hostile inputs (issue 7): each gets an error naming the file and saying what to
//! do, or reads within the limits; never a panic, never the declared rectangle in memory.

use reseau_xlsx::model::{Field, Format, Value};
use reseau_xlsx::read::Limits;

use crate::common::files::*;

const EXTENSIONS: [&str; 8] = ["xlsx", "xlsm", "xlsb", "xls", "ods", "csv", "tsv", "txt"];

fn small_xlsx(dir: &std::path::Path) -> std::path::PathBuf {
    let p = dir.join("base.xlsx");
    write_xlsx(
        &p,
        &[(
            "Contacts",
            vec![
                vec![C::S("Nom"), C::S("Entreprise")],
                vec![C::S("Ada"), C::S("ACME")],
            ],
        )],
    );
    p
}

/// `base` with the first sheet's `</sheetData>` preceded by `cells`.
fn with_cells(base: &std::path::Path, dst: &std::path::Path, cells: &str) {
    rewrite_zip(
        base,
        dst,
        |name, bytes| {
            (name == "xl/worksheets/sheet1.xml").then(|| {
                String::from_utf8_lossy(bytes)
                    .replace("</sheetData>", &format!("{cells}</sheetData>"))
                    .into_bytes()
            })
        },
        &[],
    );
}

#[test]
fn missing_file_and_folder_are_named() {
    let dir = tmp();
    let missing = dir.path().join("nope.xlsx");
    let e = open_err(&missing);
    assert!(e.contains("nope.xlsx: cannot read the file"), "{e}");
    let folder = dir.path().join("folder.csv");
    std::fs::create_dir(&folder).unwrap();
    let e = open_err(&folder);
    assert!(
        e.contains("folder.csv") && e.contains("folder, not a file"),
        "{e}"
    );
}

#[test]
fn empty_files_of_every_extension_say_empty() {
    let dir = tmp();
    for ext in EXTENSIONS {
        let p = file(dir.path(), &format!("empty.{ext}"), b"");
        let e = open_err(&p);
        assert!(
            e.ends_with(&format!("empty.{ext}: the file is empty")),
            "{e}"
        );
    }
    let p = file(dir.path(), "blank.csv", b";;;\r\n  ;\r\n\r\n");
    assert!(open_err(&p).contains("the file is empty"));
    let p = dir.path().join("blank.xlsx");
    write_xlsx(&p, &[("S", vec![vec![C::S(" ")]])]);
    assert!(open_err(&p).contains("the file is empty"));
}

#[test]
fn unsupported_extension_lists_the_known_ones() {
    let dir = tmp();
    for name in ["contacts.pdf", "contacts"] {
        let p = file(dir.path(), name, b"Nom,Entreprise\n");
        let e = open_err(&p);
        assert!(
            e.contains(name) && e.contains("unsupported file type") && e.contains(".xlsx"),
            "{e}"
        );
    }
}

/// Bytes that look like nothing: a fixed pseudo-random sequence with NUL and control bytes.

#[test]
fn random_bytes_are_refused_under_every_extension() {
    let dir = tmp();
    for ext in EXTENSIONS {
        let p = file(dir.path(), &format!("noise.{ext}"), &noise(4096));
        let e = open_err(&p);
        assert!(e.contains(&format!("noise.{ext}: ")), "{e}");
        if ["csv", "tsv", "txt"].contains(&ext) {
            assert!(e.contains("NUL bytes"), "{e}");
        } else {
            assert!(e.contains("not a spreadsheet"), "{e}");
        }
    }
}

#[test]
fn nul_bytes_in_text_are_refused_with_a_hint() {
    let dir = tmp();
    let p = file(dir.path(), "nul.csv", b"Nom,Entreprise\nAda\0,ACME\n");
    let e = open_err(&p);
    assert!(
        e.contains("nul.csv") && e.contains("NUL bytes") && e.contains("UTF-8"),
        "{e}"
    );
}

#[test]
fn csv_renamed_xlsx_and_the_reverse() {
    let dir = tmp();
    let p = file(
        dir.path(),
        "contacts.xlsx",
        "Nom;Prénom\r\nDurand;Élodie\r\n".as_bytes(),
    );
    let e = open_err(&p);
    assert!(e.contains("contacts.xlsx: this looks like a CSV/text file, not an .xlsx workbook: rename it to .csv"), "{e}");

    let xlsx = small_xlsx(dir.path());
    let csv = dir.path().join("export.csv");
    std::fs::copy(&xlsx, &csv).unwrap();
    let e = open_err(&csv);
    assert!(
        e.contains(
            "export.csv: this is a .xlsx workbook, not a .csv text file: rename it to .xlsx"
        ),
        "{e}"
    );
    let ods = dir.path().join("export.txt");
    std::fs::copy(fixture("types.ods"), &ods).unwrap();
    assert!(open_err(&ods).contains("rename it to .ods"));

    let html = file(
        dir.path(),
        "report.xls",
        b"<html><body><table><tr><td>Nom</td></tr></table>",
    );
    assert!(open_err(&html).contains("web page (HTML)"));
}

#[test]
fn a_workbook_under_another_workbook_extension_is_read_for_what_it_is() {
    let dir = tmp();
    let p = dir.path().join("old.xlsx");
    std::fs::copy(fixture("types.xls"), &p).unwrap();
    assert_eq!(open(&p).unwrap().format, Format::Xls);
    let p = dir.path().join("calc.xls");
    std::fs::copy(fixture("types.ods"), &p).unwrap();
    assert_eq!(open(&p).unwrap().format, Format::Ods);
}

#[test]
fn a_zip_that_is_no_workbook_is_named_so() {
    let dir = tmp();
    let p = dir.path().join("archive.xlsx");
    let mut z = zip::ZipWriter::new(std::fs::File::create(&p).unwrap());
    z.start_file("readme.txt", zip::write::SimpleFileOptions::default())
        .unwrap();
    std::io::Write::write_all(&mut z, b"hello").unwrap();
    z.finish().unwrap();
    let e = open_err(&p);
    assert!(
        e.contains("archive.xlsx: this is a zip archive but not a workbook"),
        "{e}"
    );
}

#[test]
fn truncated_archives_say_damaged_or_truncated() {
    let dir = tmp();
    let xlsx = std::fs::read(small_xlsx(dir.path())).unwrap();
    for cut in [xlsx.len() / 2, xlsx.len() - 10, 40] {
        let p = file(dir.path(), "cut.xlsx", &xlsx[..cut]);
        let e = open_err(&p);
        assert!(
            e.contains("cut.xlsx: the workbook is damaged or truncated"),
            "cut at {cut}: {e}"
        );
    }
    let ods = std::fs::read(fixture("types.ods")).unwrap();
    let p = file(dir.path(), "cut.ods", &ods[..ods.len() / 2]);
    assert!(open_err(&p).contains("damaged or truncated"));
    let xls = std::fs::read(fixture("types.xls")).unwrap();
    let p = file(dir.path(), "cut.xls", &xls[..xls.len() / 2]);
    assert!(open_err(&p).contains("cut.xls: the workbook is damaged or truncated"));
}

#[test]
fn a_cell_claimed_at_xfd1048576_costs_what_it_holds() {
    let dir = tmp();
    let p = dir.path().join("far.xlsx");
    with_cells(
        &small_xlsx(dir.path()),
        &p,
        r#"<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>far</t></is></c></row>"#,
    );
    let wb = open(&p).unwrap();
    let rows = &wb.sheets[0].rows.to_vecs();
    assert_eq!(rows.len(), 1_048_576);
    assert_eq!(rows[1_048_575].len(), 16_384);
    assert_eq!(rows[1_048_575][16_383], text("far"));
    assert!(rows[500_000].is_empty(), "rows between hold nothing");
    let (_, t) = table(&p);
    assert_eq!(t.header_row, 0);
}

#[test]
fn far_cells_on_many_rows_stop_at_the_cell_limit() {
    let dir = tmp();
    let p = dir.path().join("wide.xlsx");
    let cells: String = (3..=50)
        .map(|r| format!(r#"<row r="{r}"><c r="XFD{r}"><v>1</v></c></row>"#))
        .collect();
    with_cells(&small_xlsx(dir.path()), &p, &cells);
    let limits = Limits {
        cells: 100_000,
        ..Limits::default()
    };
    let e = open_small(&p, limits).unwrap_err().to_string();
    assert!(
        e.contains("wide.xlsx: sheet \"Contacts\": row ") && e.contains("more than 100000 cells"),
        "{e}"
    );
}

#[test]
fn a_sheet_inflating_past_the_text_limit_stops() {
    let dir = tmp();
    let p = dir.path().join("big.xlsx");
    let long = "y".repeat(10_000);
    let cells: String = (3..=300)
        .map(|r| {
            format!(r#"<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>{long}</t></is></c></row>"#)
        })
        .collect();
    with_cells(&small_xlsx(dir.path()), &p, &cells);
    let limits = Limits {
        text_bytes: 1 << 20,
        ..Limits::default()
    };
    let e = open_small(&p, limits).unwrap_err().to_string();
    assert!(
        e.contains("big.xlsx: sheet \"Contacts\": row ") && e.contains("more than 1 MiB of text"),
        "{e}"
    );
    assert_eq!(
        open(&p).unwrap().sheets[0].rows.to_vecs()[299][0],
        text(&long),
        "within the real limits it reads"
    );
}

#[test]
fn a_shared_strings_bomb_stops_before_it_is_loaded() {
    let dir = tmp();
    let p = dir.path().join("bomb.xlsx");
    let item = format!("<si><t>{}</t></si>", "z".repeat(1000));
    rewrite_zip(
        &small_xlsx(dir.path()),
        &p,
        |name, bytes| {
            (name == "xl/sharedStrings.xml").then(|| {
                let xml = String::from_utf8_lossy(bytes).into_owned();
                xml.replace("</sst>", &format!("{}</sst>", item.repeat(3000)))
                    .into_bytes()
            })
        },
        &[],
    );
    assert!(
        std::fs::metadata(&p).unwrap().len() < 100_000,
        "it packs small"
    );
    let limits = Limits {
        text_bytes: 1 << 20,
        ..Limits::default()
    };
    let e = open_small(&p, limits).unwrap_err().to_string();
    assert!(
        e.contains("bomb.xlsx: the shared strings unpack to more than 1 MiB"),
        "{e}"
    );
}

#[test]
fn twenty_thousand_columns_are_refused_at_xfd() {
    let dir = tmp();
    let header: Vec<String> = (0..20_000).map(|i| format!("c{i}")).collect();
    let p = file(
        dir.path(),
        "wide.csv",
        format!("Name,Company\n{}\n", header.join(",")).as_bytes(),
    );
    let e = open_err(&p);
    assert!(
        e.contains(
            "wide.csv: row 2: column 16385 is past the last column a sheet can have (16384, XFD)"
        ),
        "{e}"
    );
}

#[test]
fn text_past_the_limit_is_refused_before_parsing() {
    let dir = tmp();
    let p = file(
        dir.path(),
        "huge.csv",
        "Nom,Entreprise\n".repeat(100_000).as_bytes(),
    );
    let limits = Limits {
        text_bytes: 1 << 20,
        ..Limits::default()
    };
    let e = open_small(&p, limits).unwrap_err().to_string();
    assert!(e.contains("huge.csv: the file is larger than 1 MiB"), "{e}");
}

#[test]
fn random_text_gives_no_table_not_a_panic() {
    let dir = tmp();
    let bytes: Vec<u8> = noise(20_000).into_iter().filter(|&b| b >= 0x20).collect();
    let p = file(dir.path(), "noise.csv", &bytes);
    let wb = open(&p).unwrap();
    let e = reseau_xlsx::read::locate(&p, &wb, &Default::default())
        .unwrap_err()
        .to_string();
    assert!(e.contains("noise.csv: no contact table found"), "{e}");
    let _: (Field, Value) = (Field::Name, Value::Empty);
}

#[test]
fn an_ods_repeating_a_value_a_billion_times_stops_before_expansion() {
    let dir = tmp();
    let p = dir.path().join("bomb.ods");
    let bomb = r#"<table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="16384" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>"#;
    rewrite_zip(
        &fixture("types.ods"),
        &p,
        |name, bytes| {
            (name == "content.xml").then(|| {
                let xml = String::from_utf8_lossy(bytes).into_owned();
                xml.replacen("</table:table>", &format!("{bomb}</table:table>"), 1)
                    .into_bytes()
            })
        },
        &[],
    );
    assert!(std::fs::metadata(&p).unwrap().len() < 20_000);
    let e = open_err(&p);
    assert!(
        e.contains("bomb.ods: sheet \"Notes\": its repeated rows and columns expand"),
        "{e}"
    );
}
