//! The user's formatting comes back in the output and with `--in-place`, run after run: the
//! merged title row in 14-pt bold, the purple header with white text, the column widths and a
//! hidden column, the row heights and a hidden row, borders, alignment and wrap, the frozen
//! panes and the autofilter; on the contacts sheet and on a sheet of the user's own. The input
//! is formatted here as a person would, with rust_xlsxwriter; the output is read back from its
//! XML parts (`common::looks`).

mod common;

use std::path::{Path, PathBuf};

use common::looks::{Book, Look};
use common::{bin, process_to, TODAY};
use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder, Workbook};

const PURPLE: u32 = 0x7030A0;

/// A French contacts sheet under a merged title, formatted by hand, and a notes sheet.
fn formatted(dir: &Path) -> PathBuf {
    let mut wb = Workbook::new();
    let title = Format::new()
        .set_bold()
        .set_font_size(14)
        .set_align(FormatAlign::Center);
    let header = Format::new()
        .set_bold()
        .set_font_color(Color::White)
        .set_background_color(Color::RGB(PURPLE))
        .set_border(FormatBorder::Thin);
    let cell = Format::new().set_border(FormatBorder::Thin);
    let note = Format::new()
        .set_border(FormatBorder::Thin)
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    let ws = wb.add_worksheet();
    ws.set_name("Réseau").unwrap();
    ws.merge_range(0, 0, 0, 4, "Mon réseau 2026", &title)
        .unwrap();
    ws.set_row_height(0, 30).unwrap();
    for (c, h) in ["Nom", "Entreprise", "Statut", "Téléphone", "Notes"]
        .iter()
        .enumerate()
    {
        ws.write_string_with_format(1, c as u16, *h, &header)
            .unwrap();
    }
    let rows = [
        [
            "Claire Martin",
            "Acme",
            "À contacter",
            "06 11 22 33 44",
            "Rencontrée au salon, parle de data",
        ],
        [
            "Paul Durand",
            "Globex",
            "Contacté",
            "06 55 66 77 88",
            "Ancien collègue",
        ],
        [
            "Zoé Petit",
            "Initech",
            "À contacter",
            "",
            "Recommandée par Paul",
        ],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            let f = if c == 4 { &note } else { &cell };
            ws.write_string_with_format(2 + r as u32, c as u16, *v, f)
                .unwrap();
        }
    }
    ws.set_column_width(0, 28).unwrap();
    ws.set_column_width(4, 40).unwrap();
    ws.set_column_hidden(3).unwrap();
    ws.set_row_height(2, 32).unwrap();
    ws.set_row_hidden(4).unwrap();
    ws.set_freeze_panes(2, 1).unwrap();
    ws.autofilter(1, 0, 4, 4).unwrap();

    let notes = wb.add_worksheet();
    notes.set_name("Notes").unwrap();
    let red = Format::new()
        .set_italic()
        .set_font_color(Color::RGB(0xC00000));
    let band = Format::new()
        .set_background_color(Color::RGB(0xFFF2CC))
        .set_bold();
    notes.merge_range(0, 0, 0, 2, "Idées", &band).unwrap();
    notes
        .write_string_with_format(1, 0, "Relancer en janvier", &red)
        .unwrap();
    notes.write_string(2, 0, "Salon en mars").unwrap();
    notes.set_column_width(0, 35).unwrap();
    notes.set_freeze_panes(1, 0).unwrap();
    notes.autofilter(0, 0, 2, 2).unwrap();
    let path = dir.join("réseau.xlsx");
    wb.save(&path).unwrap();
    path
}

/// The formatting of `formatted`, as found in the workbook at `path`.
fn assert_kept(path: &Path) {
    let b = Book::open(path);
    // The merged title, in 14-pt bold, centred, on its tall row.
    assert!(
        b.refs("Réseau", "mergeCell").contains(&"A1:E1".to_string()),
        "{:?}",
        b.refs("Réseau", "mergeCell")
    );
    let t = b.look("Réseau", "A1");
    assert!(
        t.bold && t.size == Some(14.0) && t.horizontal.as_deref() == Some("center"),
        "{t:?}"
    );
    assert_eq!(b.row("Réseau", 1).0, Some(30.0));
    // The purple header with white bold text and thin borders, the user's not the tool's.
    for cell in ["A2", "C2", "E2"] {
        let h = b.look("Réseau", cell);
        assert_eq!(h.fill.as_deref(), Some("FF7030A0"), "{cell}: {h:?}");
        assert_eq!(h.color.as_deref(), Some("FFFFFFFF"), "{cell}: {h:?}");
        assert!(h.bold, "{cell}: {h:?}");
        assert_eq!(h.borders[0].as_deref(), Some("thin"), "{cell}: {h:?}");
    }
    // The data cells' borders; the notes wrapped at the top.
    assert_eq!(b.look("Réseau", "B3").borders[3].as_deref(), Some("thin"));
    let n = b.look("Réseau", "E3");
    assert!(n.wrap && n.vertical.as_deref() == Some("top"), "{n:?}");
    // Widths, the hidden column, row heights and the hidden row.
    assert_eq!(
        b.column("Réseau", 0).0.map(f64::round),
        Some(29.0),
        "Excel adds the padding"
    );
    assert_eq!(b.column("Réseau", 4).0.map(f64::round), Some(41.0));
    assert!(b.column("Réseau", 3).1, "column D stays hidden");
    let h = b.row("Réseau", 3).0.unwrap();
    assert!((h - 32.0).abs() < 0.5, "row 3 is {h} pt high");
    assert!(b.row("Réseau", 5).1, "row 5 stays hidden");
    // Panes frozen under the header and right of the names.
    assert_eq!(b.frozen("Réseau"), Some((1, 2)));
    // The tool's columns come after the user's and take nothing from them.
    let f = b.look("Réseau", "F2");
    assert_ne!(f.fill.as_deref(), Some("FF7030A0"), "{f:?}");
    // The user's other sheet.
    assert!(b.refs("Notes", "mergeCell").contains(&"A1:C1".to_string()));
    let band = b.look("Notes", "B1");
    assert_eq!(
        band.fill.as_deref(),
        Some("FFFFF2CC"),
        "a merged area's blank cells keep the fill"
    );
    let red = b.look("Notes", "A2");
    assert!(
        red.italic && red.color.as_deref() == Some("FFC00000"),
        "{red:?}"
    );
    let plain = Look {
        size: Some(11.0),
        ..Look::default()
    };
    assert_eq!(
        b.look("Notes", "A3"),
        plain,
        "an unformatted cell stays plain"
    );
    assert_eq!(b.column("Notes", 0).0.map(f64::round), Some(36.0));
    assert_eq!(b.frozen("Notes"), Some((0, 1)));
    assert_eq!(b.refs("Notes", "autoFilter"), vec!["A1:C3".to_string()]);
}

#[test]
fn the_users_formatting_comes_back_in_the_output() {
    let dir = tempfile::tempdir().unwrap();
    let input = formatted(dir.path());
    let out = dir.path().join("out.xlsx");
    process_to(&input, &out);
    if let Some(keep) = std::env::var_os("RESEAU_KEEP_OUTPUT") {
        std::fs::copy(&out, keep).unwrap();
    }
    assert_kept(&out);
    // Run again on the output, as every Monday: still there.
    let again = dir.path().join("again.xlsx");
    process_to(&out, &again);
    assert_kept(&again);
}

#[test]
fn in_place_keeps_the_users_formatting_run_after_run() {
    let dir = tempfile::tempdir().unwrap();
    let input = formatted(dir.path());
    for _ in 0..2 {
        bin()
            .current_dir(dir.path())
            .args(["process", "--quiet", "--in-place", "--today", TODAY])
            .arg(&input)
            .assert()
            .success();
        assert_kept(&input);
    }
}

/// A sheet of the user's named like the tool's marker is kept, by name and content; the marker
/// takes another name, and the next run still recognises it (and the old marker's name).
#[test]
fn a_users_sheet_named_like_the_marker_is_kept_and_the_marker_takes_another_name() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("mine.xlsx");
    common::files::write_xlsx(
        &input,
        &[
            (
                "Contacts",
                vec![
                    vec![common::files::C::S("Nom"), common::files::C::S("Statut")],
                    vec![
                        common::files::C::S("Claire Martin"),
                        common::files::C::S("À contacter"),
                    ],
                ],
            ),
            (
                "reseau-xlsx",
                vec![
                    vec![common::files::C::S("Mes idées de réseau")],
                    vec![common::files::C::S("Salon data en mars")],
                ],
            ),
        ],
    );
    let out = dir.path().join("out.xlsx");
    process_to(&input, &out);
    let again = dir.path().join("again.xlsx");
    process_to(&out, &again);
    for path in [&out, &again] {
        let book = Book::open(path);
        let names = book.sheets();
        assert_eq!(
            names
                .iter()
                .filter(|n| n.starts_with("reseau-xlsx"))
                .count(),
            2,
            "{names:?}"
        );
        let rows = common::rows(path, "reseau-xlsx");
        assert_eq!(rows[0][0].to_string(), "Mes idées de réseau", "{path:?}");
        assert_eq!(rows[1][0].to_string(), "Salon data en mars");
        let marker = common::rows(path, "reseau-xlsx (2)");
        assert_eq!(marker[0][0].to_string(), "reseau-xlsx");
        // Counted once as the tool's: the tool's sheets are not duplicated by the re-run.
        assert_eq!(
            names.iter().filter(|n| n.starts_with("Plan")).count(),
            1,
            "{names:?}"
        );
    }
}
