//! The workbook in a real headless LibreOffice: it opens, its CSV export of each sheet shows
//! what was written (text as text, dates in the locale's format), and after LibreOffice re-saves
//! it, writing again from that file duplicates no column and no sheet.
//!
//! Needs `soffice` (CI installs `libreoffice-calc-nogui`). Without it the test fails, unless
//! `RESEAU_SKIP_LIBREOFFICE=1` is set, in which case it says loudly that it skipped.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::outcome::*;
use reseau_xlsx::model::*;
use reseau_xlsx::write;

/// Whether to run, or why not; panics when LibreOffice is missing and skipping was not asked.
fn soffice() -> Option<&'static str> {
    if std::env::var("RESEAU_SKIP_LIBREOFFICE").as_deref() == Ok("1") {
        eprintln!("\n*** SKIPPED: LibreOffice tests (RESEAU_SKIP_LIBREOFFICE=1) ***\n");
        return None;
    }
    let found = Command::new("soffice").arg("--version").output();
    match found {
        Ok(o) if o.status.success() => Some("soffice"),
        _ => panic!(
            "LibreOffice (soffice) is not installed or does not run: install \
             libreoffice-calc-nogui, or set RESEAU_SKIP_LIBREOFFICE=1 to skip this test"
        ),
    }
}

/// Runs headless LibreOffice on `file` with a fresh profile, converting into `out`.
fn convert(bin: &str, work: &Path, file: &Path, filter: &str, out: &Path) {
    let profile = work.join(format!(
        "profile-{}",
        out.file_name().unwrap().to_string_lossy()
    ));
    std::fs::create_dir_all(out).unwrap();
    let o = Command::new(bin)
        .env("LC_ALL", "C.UTF-8")
        .env("LANG", "C.UTF-8")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            filter,
            "--outdir",
        ])
        .arg(out)
        .arg(file)
        .output()
        .expect("soffice runs");
    let said = String::from_utf8_lossy(&o.stderr).to_string() + &String::from_utf8_lossy(&o.stdout);
    // soffice exits 0 even when it cannot load a file: its message tells.
    assert!(
        o.status.success() && !said.contains("could not be loaded"),
        "LibreOffice could not convert {}: {said}",
        file.display()
    );
}

/// Every sheet's CSV export as LibreOffice shows the cells, by sheet name.
fn csv_sheets(bin: &str, work: &Path, file: &Path) -> Vec<(String, Vec<Vec<String>>)> {
    let out = work.join("csv");
    let filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";
    convert(bin, work, file, filter, &out);
    let stem = file.file_stem().unwrap().to_string_lossy().to_string();
    let mut sheets = Vec::new();
    for e in std::fs::read_dir(&out).unwrap() {
        let path = e.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let Some(sheet) = name.strip_prefix(&format!("{stem}-")) else {
            continue;
        };
        let mut rdr = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_path(&path)
            .unwrap();
        let rows = rdr
            .records()
            .map(|r| r.unwrap().iter().map(str::to_string).collect())
            .collect();
        sheets.push((sheet.to_string(), rows));
    }
    sheets
}

/// A cell as LibreOffice shows it with the formats the French workbook uses.
fn shown(v: &Value) -> String {
    match v {
        Value::Empty => String::new(),
        Value::Text(s) | Value::Error(s) => s.to_string(),
        Value::Number(n) => format!("{n}"),
        Value::Bool(b) => if *b { "TRUE" } else { "FALSE" }.into(),
        Value::DateTime(dt) => dt.format("%d/%m/%Y").to_string(),
        Value::Duration(_) => "12:00:00".into(),
    }
}

fn written(dir: &Path) -> PathBuf {
    let input = input_fr();
    let bytes = write::workbook(&input, &table_of(&input, 1, 1), &outcome(Lang::Fr)).unwrap();
    let path = dir.join("out.xlsx");
    write::save::atomic(&path, &bytes).unwrap();
    path
}

#[test]
fn libreoffice_shows_every_written_value() {
    let Some(bin) = soffice() else { return };
    let dir = tempfile::tempdir().unwrap();
    let path = written(dir.path());
    let (ours, _) = read_back(&path);
    let lo = csv_sheets(bin, dir.path(), &path);
    for sheet in ours.sheets.iter().filter(|s| s.name != MARKER_SHEET) {
        let (_, rows) = lo
            .iter()
            .find(|(n, _)| *n == sheet.name)
            .unwrap_or_else(|| panic!("LibreOffice exported no sheet {:?}", sheet.name));
        for (r, row) in sheet.rows.to_vecs().iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                let got = rows
                    .get(r)
                    .and_then(|x| x.get(c))
                    .map_or("", String::as_str);
                let want = shown(v);
                // The French workbook shows dates in three formats: dd/mm/yyyy, dd/mm on the
                // dashboard's week axis, and "Au dd/mm/yyyy" under its title.
                let same = match v {
                    Value::DateTime(d) => [
                        d.format("%d/%m/%Y").to_string(),
                        d.format("%d/%m").to_string(),
                        d.format("Au %d/%m/%Y").to_string(),
                    ]
                    .contains(&got.to_string()),
                    _ => got == want,
                };
                assert!(
                    same,
                    "sheet {:?} row {} column {}: LibreOffice shows {got:?}, written {want:?}",
                    sheet.name,
                    r + 1,
                    c + 1
                );
            }
        }
    }
    let contacts = &lo.iter().find(|(n, _)| n == "Réseau").unwrap().1;
    assert_eq!(contacts[2][6], "=1+1", "text stays text in LibreOffice");
    assert_eq!(contacts[2][4], "15/12/2026");
}

#[test]
fn after_libreoffice_resaves_a_rerun_duplicates_nothing() {
    let Some(bin) = soffice() else { return };
    let dir = tempfile::tempdir().unwrap();
    let path = written(dir.path());
    let out = dir.path().join("resaved");
    convert(bin, dir.path(), &path, "xlsx:Calc MS Excel 2007 XML", &out);
    let (first, _) = read_back(&path);
    let (resaved, visible) = read_back(&out.join("out.xlsx"));
    let names = |wb: &Workbook| wb.sheets.iter().map(|s| s.name.clone()).collect::<Vec<_>>();
    assert_eq!(names(&resaved), names(&first));
    assert_eq!(visible.last(), Some(&false), "the marker stays hidden");
    let contacts = |wb: &Workbook| wb.sheets[2].clone();
    let header = |wb: &Workbook| contacts(wb).rows.to_vecs()[1].clone();
    assert_eq!(header(&resaved), header(&first));

    let again = write::workbook(&resaved, &table_of(&resaved, 2, 1), &outcome(Lang::Fr)).unwrap();
    let again_path = dir.path().join("again.xlsx");
    write::save::atomic(&again_path, &again).unwrap();
    let (second, _) = read_back(&again_path);
    assert_eq!(names(&second), names(&first), "no sheet duplicated");
    assert_eq!(header(&second), header(&first), "no column duplicated");
    // Every value of the contacts sheet survives the round trip with its type.
    for (r, row) in contacts(&first).rows.to_vecs().iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            let got = contacts(&second).rows.to_vecs()[r]
                .get(c)
                .cloned()
                .unwrap_or_default();
            assert_eq!(got, *v, "row {} column {}", r + 1, c + 1);
        }
    }
}

/// `process` through the binary, with its JSON result.
fn process(input: &Path, out: &Path, json: &Path) -> serde_json::Value {
    assert_cmd::Command::cargo_bin("reseau-xlsx")
        .unwrap()
        .env("LANG", "C")
        .args(["process", "--quiet", "--today", "2026-11-26", "-o"])
        .arg(out)
        .arg("--json")
        .arg(json)
        .arg(input)
        .assert()
        .success();
    common::wellformed::assert_xlsx(out);
    serde_json::from_slice(&std::fs::read(json).unwrap()).unwrap()
}

#[test]
fn process_after_a_libreoffice_resave_gives_the_same_flags_and_ranks() {
    let Some(bin) = soffice() else { return };
    let dir = tempfile::tempdir().unwrap();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/contacts.xlsx");
    let first = dir.path().join("first.xlsx");
    let j1 = process(&sample, &first, &dir.path().join("1.json"));
    // The user opens last week's output in LibreOffice and saves it.
    let resaved_dir = dir.path().join("resaved");
    convert(
        bin,
        dir.path(),
        &first,
        "xlsx:Calc MS Excel 2007 XML",
        &resaved_dir,
    );
    let resaved = resaved_dir.join("first.xlsx");
    let second = dir.path().join("second.xlsx");
    let j2 = process(&resaved, &second, &dir.path().join("2.json"));

    let key = |j: &serde_json::Value| -> Vec<String> {
        j["contacts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                format!(
                    "{} {} {} {} {}",
                    c["row"], c["name"], c["rank"], c["score"], c["flag"]
                )
            })
            .collect()
    };
    assert_eq!(
        key(&j2),
        key(&j1),
        "same ranks, scores and flags after a LibreOffice save"
    );
    assert_eq!(j2["problems"], j1["problems"]);
    assert_eq!(j2["plan"], j1["plan"]);
    let (a, _) = read_back(&first);
    let (b, _) = read_back(&second);
    let names = |wb: &Workbook| wb.sheets.iter().map(|s| s.name.clone()).collect::<Vec<_>>();
    assert_eq!(names(&b), names(&a), "no sheet duplicated");
    let header = |wb: &Workbook| {
        let s = wb.sheets.iter().find(|s| s.name == "Réseau").unwrap();
        s.rows.to_vecs()[3].clone()
    };
    assert_eq!(header(&b), header(&a), "no column duplicated");
}
