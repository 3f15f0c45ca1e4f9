//! Bombs: small files that unpack or expand to gigabytes. Each runs under `prlimit --as=2GiB`,
//! so a read that needed more than the contract's 2 GiB would die here instead of passing.

use crate::common::files::tmp;
use crate::{bin_limited, check_fails_with, fixture, put, run_in};

/// `check` on a copy of the fixture `name` under the memory limit: exit 2 and the message.
fn refused(name: &str, needles: &[&str]) {
    let dir = tmp();
    std::fs::copy(fixture(name), dir.path().join(name)).unwrap();
    check_fails_with(bin_limited(), dir.path(), name, needles);
}

#[test]
fn a_shared_strings_bomb_stops_before_it_is_loaded() {
    // 1.1 MB on disk, 520 MiB of strings once unpacked.
    refused(
        "strings_bomb.xlsx",
        &["the shared strings unpack to more than 512 MiB"],
    );
}

#[test]
fn one_cell_of_80_mib_stops_before_the_sheet_is_read() {
    // Regression: a single cell of 700 MiB in a 700 KB archive took 2.1 GB, the XML reader
    // and calamine each holding a copy before the text budget saw it. 80 KB on disk here.
    refused(
        "cell_bomb.xlsx",
        &["part xl/worksheets/sheet1.xml holds a single cell or tag of more than 64 MiB"],
    );
}

/// A copy of `cell_bomb.xlsx` in `dir` as `name`, its sheet part renamed `part` (its compressed
/// bytes copied as they are) and the workbook's relationship pointing there as `target`.
fn moved_cell_bomb(dir: &std::path::Path, name: &str, part: &str, target: &str) {
    use std::io::Write;
    let src = std::fs::File::open(fixture("cell_bomb.xlsx")).unwrap();
    let mut src = zip::ZipArchive::new(src).unwrap();
    let out = std::fs::File::create(dir.join(name)).unwrap();
    let mut out = zip::ZipWriter::new(out);
    for i in 0..src.len() {
        let entry = src.by_index_raw(i).unwrap();
        let entry_name = entry.name().unwrap().into_owned();
        match entry_name.as_str() {
            "xl/worksheets/sheet1.xml" => out.raw_copy_file_rename(entry, part).unwrap(),
            "xl/_rels/workbook.xml.rels" => {
                drop(entry);
                let mut text = String::new();
                std::io::Read::read_to_string(&mut src.by_index(i).unwrap(), &mut text).unwrap();
                let options = zip::write::SimpleFileOptions::default();
                out.start_file("xl/_rels/workbook.xml.rels", options)
                    .unwrap();
                out.write_all(text.replace("worksheets/sheet1.xml", target).as_bytes())
                    .unwrap();
            }
            _ => out.raw_copy_file(entry).unwrap(),
        }
    }
    out.finish().unwrap();
}

#[test]
fn one_cell_of_80_mib_stops_wherever_the_package_puts_its_sheet() {
    // A relationship may name any part as the sheet, and calamine finds a part whatever its
    // slashes: the guard measures every part of an xlsx, not only `xl/worksheets/`.
    let dir = tmp();
    moved_cell_bomb(
        dir.path(),
        "moved.xlsx",
        "xl/sheets/sheet1.xml",
        "sheets/sheet1.xml",
    );
    check_fails_with(
        bin_limited(),
        dir.path(),
        "moved.xlsx",
        &["part xl/sheets/sheet1.xml holds a single cell or tag of more than 64 MiB"],
    );
    moved_cell_bomb(
        dir.path(),
        "backslashes.xlsx",
        "xl\\worksheets\\sheet1.xml",
        "worksheets/sheet1.xml",
    );
    check_fails_with(
        bin_limited(),
        dir.path(),
        "backslashes.xlsx",
        &["part xl/worksheets/sheet1.xml holds a single cell or tag of more than 64 MiB"],
    );
}

#[test]
fn far_cells_on_many_rows_stop_at_the_cell_limit() {
    // Each row claims a cell at XFD: 16,384 cell slots a row, past the 20,000,000 limit after
    // 1,221 rows. Read sparse, the refusal comes before the memory does.
    let dir = tmp();
    let rows: String = (1..=1300)
        .map(|r| format!("Ada{r},ACME{}\n", ",".repeat(16_381) + "x"))
        .collect();
    put(
        dir.path(),
        "far.csv",
        format!("Name,Company\n{rows}").as_bytes(),
    );
    let r = run_in(dir.path(), bin_limited(), &["check", "far.csv"], &[]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("far.csv: row ") && r.stderr.contains("more than 20000000 cells"),
        "{}",
        r.stderr
    );
}

/// 300 MiB of sheet XML (900 KB on disk), streamed: read whole in constant memory. Ignored
/// because a debug build takes about 45 s of CPU to parse it; `cargo test --release --test
/// hostile -- --ignored` runs it. Measured with /usr/bin/time: release 2.2 s and 6 MB peak
/// RSS, debug 12 MB.
#[test]
#[ignore]
fn a_sheet_of_300_mib_streams_in_constant_memory() {
    let dir = tmp();
    let name = "sheet_bomb.xlsx";
    std::fs::copy(fixture(name), dir.path().join(name)).unwrap();
    let r = run_in(dir.path(), bin_limited(), &["check", name], &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("2 contacts"), "{}", r.stdout);
}
