//! A date cell whose serial number no calendar holds (-1e20, 1e300): Excel and LibreOffice
//! open such a workbook and show `####`; the tool reads the rest and reports that one cell.

use crate::common::files::tmp;
use crate::{bin, run_in};

/// A contact sheet whose second row has a date-formatted deadline of `serial`.
fn sheet_with_date_serial(path: &std::path::Path, serial: f64) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    let date = rust_xlsxwriter::Format::new().set_num_format("dd/mm/yyyy");
    for (c, h) in ["Nom", "Objectif", "Quand"].iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    ws.write_string(1, 0, "Claire Martin").unwrap();
    ws.write_string(1, 1, "Emploi").unwrap();
    ws.write_number_with_format(1, 2, serial, &date).unwrap();
    ws.write_string(2, 0, "Marc Dubois").unwrap();
    ws.write_string(2, 1, "Veille").unwrap();
    book.save(path).unwrap();
}

#[test]
fn a_date_cell_out_of_any_calendar_is_a_problem_not_a_damaged_workbook() {
    for serial in [-1e20, 1e20, 1e300, -3e11] {
        let dir = tmp();
        sheet_with_date_serial(&dir.path().join("d.xlsx"), serial);
        let r = run_in(dir.path(), bin(), &["check", "d.xlsx"], &[]);
        assert_eq!(r.code, 0, "{serial}: {}", r.stderr);
        assert!(r.stdout.contains("2 contacts"), "{serial}: {}", r.stdout);
        assert!(
            r.stdout.contains("row 2") || r.stdout.contains("ligne 2"),
            "{serial}: the cell is reported: {}",
            r.stdout
        );
        let r = run_in(
            dir.path(),
            bin(),
            &["process", "d.xlsx", "--today", "2026-11-26"],
            &["d.reseau.xlsx"],
        );
        assert_eq!(r.code, 0, "{serial}: {}", r.stderr);
    }
}
