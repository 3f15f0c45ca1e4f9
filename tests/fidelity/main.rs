//! The output looks as the user left their workbook: numbers keep their formats (percent, time,
//! currency, a format of their own, a formula's cached number), errors stay errors, hidden
//! sheets stay hidden; and the rules the tool adds cover the table and a margin, never a whole
//! column. The input is built here with rust_xlsxwriter, the output read back through its XML
//! (number formats, sheet states, rule ranges) and calamine (values, errors).

#[path = "../common/mod.rs"]
mod common;
mod gnumeric;
mod xml;

use std::path::{Path, PathBuf};

use calamine::{open_workbook_auto, CellErrorType, Data, Reader};
use common::{bin, process_to};
use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook};
use xml::Xml;

/// A French contacts sheet whose numbers carry formats, a formatted sheet of the user's, and a
/// hidden and a very hidden sheet.
fn input(dir: &Path) -> PathBuf {
    let mut wb = Workbook::new();
    let pct = Format::new().set_num_format("0%");
    let pct1 = Format::new().set_num_format("0.0%");
    let time = Format::new().set_num_format("hh:mm");
    let euros = Format::new().set_num_format("#,##0.00 \"€\"");
    let km = Format::new().set_num_format("0.0 \"km\"");
    let ratio = Format::new().set_num_format("0.00%");
    let iso = Format::new().set_num_format("yyyy-mm-dd");
    let ws = wb.add_worksheet();
    ws.set_name("Réseau").unwrap();
    let headers = [
        "Nom", "Objectif", "Statut", "Quand", "Taux", "Heure", "Budget", "Distance", "Ratio",
        "Erreur", "Mixte",
    ];
    for (c, h) in headers.iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    let names = ["Claire Martin", "Paul Durand", "Zoé Petit"];
    for (i, name) in names.iter().enumerate() {
        let r = i as u32 + 1;
        ws.write_string(r, 0, *name).unwrap();
        ws.write_string(r, 1, "Emploi").unwrap();
        ws.write_string(r, 2, "À contacter").unwrap();
        let day = ExcelDateTime::from_ymd(2026, 12, 10 + i as u8).unwrap();
        ws.write_datetime_with_format(r, 3, &day, &iso).unwrap();
        ws.write_number_with_format(r, 4, 0.5 / (i as f64 + 1.0), &pct)
            .unwrap();
        ws.write_number_with_format(r, 5, 0.4375, &time).unwrap();
        ws.write_number_with_format(r, 6, 1234.5, &euros).unwrap();
        ws.write_number_with_format(r, 7, 12.5, &km).unwrap();
        // A formula's cached number keeps its format too.
        let f =
            Formula::new(format!("=E{}*2", r + 1)).set_result((1.0 / (i as f64 + 1.0)).to_string());
        ws.write_formula_with_format(r, 8, f, &ratio).unwrap();
    }
    ws.write_formula(1, 9, Formula::new("=1/0").set_result("#DIV/0!"))
        .unwrap();
    ws.write_formula(2, 9, Formula::new("=NA()").set_result("#N/A"))
        .unwrap();
    // A column whose numbers differ: each keeps its own.
    ws.write_number_with_format(1, 10, 0.5, &pct).unwrap();
    ws.write_number(2, 10, 3.0).unwrap();
    ws.write_number_with_format(3, 10, 0.75, &pct1).unwrap();

    let budget = wb.add_worksheet();
    budget.set_name("Budget").unwrap();
    budget.write_string(0, 0, "Poste").unwrap();
    budget.write_string(0, 1, "Part").unwrap();
    budget.write_string(1, 0, "Café").unwrap();
    budget.write_number_with_format(1, 1, 0.3, &pct).unwrap();
    let hidden = wb.add_worksheet();
    hidden.set_name("Salaires").unwrap();
    hidden
        .write_number_with_format(0, 0, 4200.0, &euros)
        .unwrap();
    hidden.set_hidden(true);
    let very = wb.add_worksheet();
    very.set_name("Secret").unwrap();
    very.write_string(0, 0, "mot de passe").unwrap();
    very.set_very_hidden(true);
    let path = dir.join("contacts.xlsx");
    wb.save(&path).unwrap();
    path
}

/// The output of `process` on [`input`], in `dir`.
fn processed_in(dir: &Path) -> PathBuf {
    let input = input(dir);
    let out = dir.join("out.xlsx");
    process_to(&input, &out);
    out
}

fn processed() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let out = processed_in(dir.path());
    (dir, out)
}

#[test]
fn percentages_times_currencies_and_custom_formats_display_as_the_user_left_them() {
    let (_dir, out) = processed();
    let x = Xml::open(&out);
    for row in 2..=4 {
        assert_eq!(x.format("Réseau", &format!("E{row}")), "0%", "E{row}");
        assert_eq!(x.format("Réseau", &format!("F{row}")), "hh:mm", "F{row}");
        assert_eq!(x.format("Réseau", &format!("G{row}")), "#,##0.00 \"€\"");
        assert_eq!(x.format("Réseau", &format!("H{row}")), "0.0 \"km\"");
        // The cached number of a formula.
        assert_eq!(x.format("Réseau", &format!("I{row}")), "0.00%", "I{row}");
        // Dates keep the user's own format (ISO here), not the workbook language's.
        assert_eq!(x.format("Réseau", &format!("D{row}")), "yyyy-mm-dd");
    }
    // A column of mixed formats: each number its own, the plain one none.
    assert_eq!(x.format("Réseau", "K2"), "0%");
    assert_eq!(x.format("Réseau", "K3"), "General");
    assert_eq!(x.format("Réseau", "K4"), "0.0%");
    // The user's other sheets too, hidden ones included.
    assert_eq!(x.format("Budget", "B2"), "0%");
    assert_eq!(x.format("Salaires", "A1"), "#,##0.00 \"€\"");
    // The values themselves are unchanged.
    let rows = common::rows(&out, "Réseau");
    assert_eq!(rows[1][4], Data::Float(0.5));
    assert_eq!(rows[3][8], Data::Float(1.0 / 3.0));
}

#[test]
fn formula_errors_are_written_as_errors_not_text() {
    let (_dir, out) = processed();
    let rows = common::rows(&out, "Réseau");
    assert_eq!(rows[1][9], Data::Error(CellErrorType::Div0));
    assert_eq!(rows[2][9], Data::Error(CellErrorType::NA));
    let xml = Xml::open(&out);
    assert!(
        xml.sheet_xml("Réseau")
            .contains("<f>#DIV/0!</f><v>#DIV/0!</v>"),
        "an error cell is a formula giving that error"
    );
}

#[test]
fn hidden_and_very_hidden_sheets_stay_hidden() {
    let (_dir, out) = processed();
    let x = Xml::open(&out);
    assert_eq!(x.state("Salaires"), "hidden");
    assert_eq!(x.state("Secret"), "veryHidden");
    assert_eq!(x.state("Budget"), "visible");
    assert_eq!(x.state("Réseau"), "visible");
    // Hidden, not dropped: the values are there.
    let mut wb = open_workbook_auto(&out).unwrap();
    let secret = wb.worksheet_range("Secret").unwrap();
    assert_eq!(
        secret.get_value((0, 0)),
        Some(&Data::String("mot de passe".into()))
    );
}

/// The last row of a range such as `H5:H10019` (1-based).
fn last_row(sqref: &str) -> u32 {
    let end = sqref.split(':').next_back().unwrap();
    end.trim_start_matches(|c: char| c.is_ascii_alphabetic())
        .parse()
        .unwrap()
}

#[test]
fn init_validations_cover_the_rows_and_a_margin_not_whole_columns() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("start.xlsx");
    bin().arg("init").arg(&path).assert().success();
    let x = Xml::open(&path);
    let ranges = x.validations("Contacts");
    // Six dropdowns and three date checks.
    assert_eq!(ranges.len(), 9, "{ranges:?}");
    for r in &ranges {
        assert_eq!(
            last_row(r),
            10_003,
            "{r}: two example rows, a header and 10,000 more"
        );
    }
}

#[test]
fn output_rules_cover_the_table_and_a_margin_not_whole_columns() {
    let (_dir, out) = processed();
    let x = Xml::open(&out);
    let rules = x.validations("Réseau");
    assert!(!rules.is_empty());
    for r in rules {
        // Header on row 1, three contacts, then the margin.
        assert_eq!(last_row(&r), 10_004, "{r}");
    }
    for r in x.conditional_formats("Réseau") {
        for part in r.split(' ') {
            assert_eq!(last_row(part), 4, "{r}: the table's rows");
        }
    }
    let sheet = x.sheet_xml("Réseau");
    assert!(!sheet.contains("1048576"), "no rule over a whole column");
    assert!(
        !sheet.contains("dataBar") && !sheet.contains("x14:"),
        "no Excel 2010 extension"
    );
}

#[test]
fn a_second_run_on_the_output_keeps_formats_errors_and_hidden_sheets() {
    let (dir, out) = processed();
    let again = dir.path().join("again.xlsx");
    process_to(&out, &again);
    let x = Xml::open(&again);
    assert_eq!(x.format("Réseau", "E3"), "0%");
    assert_eq!(x.format("Réseau", "F2"), "hh:mm");
    assert_eq!(x.format("Réseau", "K4"), "0.0%");
    assert_eq!(x.format("Réseau", "K3"), "General");
    assert_eq!(x.state("Salaires"), "hidden");
    assert_eq!(x.state("Secret"), "veryHidden");
    let rows = common::rows(&again, "Réseau");
    assert_eq!(rows[2][9], Data::Error(CellErrorType::NA));
}
