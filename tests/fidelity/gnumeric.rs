//! The output and the `init` workbook through Gnumeric (`ssconvert`, which CI installs with the
//! `gnumeric` package): it reads them without a warning (it warned on the Excel 2010 data bar
//! and drew nothing), and what it writes back still has every dropdown (it dropped the one list
//! without an error style), the score's tint, the number formats, the errors and the hidden
//! sheets.
//!
//! Without ssconvert the test fails, saying to install gnumeric, unless
//! `RESEAU_SKIP_GNUMERIC=1` is set, in which case it says loudly that it skipped.

use std::io::Write;
use std::path::Path;
use std::process::Command;

use calamine::{CellErrorType, Data};

use super::common::{bin, rows};
use super::xml::Xml;

/// Says something on the terminal, past the test harness's capture.
fn say(text: &str) {
    let _ = writeln!(std::io::stderr(), "{text}");
}

/// Whether to run; panics when ssconvert is missing and skipping was not asked.
fn ssconvert() -> bool {
    if std::env::var("RESEAU_SKIP_GNUMERIC").as_deref() == Ok("1") {
        say("\n*** SKIPPED: Gnumeric tests (RESEAU_SKIP_GNUMERIC=1) ***\n");
        return false;
    }
    match Command::new("ssconvert").arg("--version").output() {
        Ok(o) if o.status.success() => {
            let version = String::from_utf8_lossy(&o.stdout);
            let version = version.lines().next().unwrap_or_default();
            say(&format!(
                "gnumeric test: running Gnumeric's ssconvert ({version})"
            ));
            true
        }
        _ => panic!(
            "Gnumeric's ssconvert is not installed or does not run: install gnumeric \
             (apt-get install gnumeric), or set RESEAU_SKIP_GNUMERIC=1 to skip this test"
        ),
    }
}

/// Converts `from` to `to` (the kind from its extension); returns what ssconvert said.
fn convert(from: &Path, to: &Path) -> String {
    let o = Command::new("ssconvert")
        .env("LC_ALL", "C.UTF-8")
        .arg(from)
        .arg(to)
        .output()
        .expect("ssconvert runs");
    let said = String::from_utf8_lossy(&o.stderr).to_string() + &String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "ssconvert failed on {from:?}: {said}");
    assert!(to.exists(), "ssconvert wrote nothing for {from:?}: {said}");
    said
}

/// Nothing ssconvert said is about a rule it could not read.
fn no_warning(file: &str, said: &str) {
    let lower = said.to_lowercase();
    for bad in [
        "databar",
        "colorscale",
        "conditional format",
        "unexpected element",
        "extlst",
        "validation",
    ] {
        assert!(!lower.contains(bad), "Gnumeric warned on {file}: {said}");
    }
}

/// The `Visibility` of sheet `name` in a Gnumeric XML file.
fn visibility<'a>(gnumeric: &'a str, name: &str) -> &'a str {
    let named = format!("<gnm:Name>{name}</gnm:Name>");
    let sheet = gnumeric
        .split("<gnm:Sheet ")
        .find(|s| s.contains(&named))
        .unwrap_or_else(|| panic!("no sheet {name:?} in Gnumeric's file"));
    let from = sheet.find("Visibility=\"").expect("a visibility") + "Visibility=\"".len();
    let to = sheet[from..].find('"').unwrap();
    &sheet[from..from + to]
}

/// The ranges of the validations of sheet `name` in `x`.
fn lists(x: &Xml, name: &str) -> Vec<String> {
    x.validations(name)
}

#[test]
fn gnumeric_reads_output_and_init_without_warnings_and_keeps_every_dropdown() {
    if !ssconvert() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = super::processed_in(dir.path());
    let init = dir.path().join("start.xlsx");
    bin()
        .args(["init", "--lang", "fr"])
        .arg(&init)
        .assert()
        .success();

    let out_back = dir.path().join("out-gnumeric.xlsx");
    let said = convert(&out, &out_back);
    no_warning("the output", &said);
    let init_back = dir.path().join("init-gnumeric.xlsx");
    let said = convert(&init, &init_back);
    no_warning("the init workbook", &said);

    // Every dropdown survives, the objective's included.
    let (ours, theirs) = (Xml::open(&out), Xml::open(&out_back));
    assert_eq!(
        lists(&theirs, "Réseau").len(),
        lists(&ours, "Réseau").len(),
        "{:?}",
        lists(&theirs, "Réseau")
    );
    let (ours_init, theirs_init) = (Xml::open(&init), Xml::open(&init_back));
    assert_eq!(lists(&ours_init, "Contacts").len(), 9);
    assert_eq!(lists(&theirs_init, "Contacts").len(), 9);
    let objective = theirs_init.sheet_xml("Contacts");
    assert!(
        objective.contains("Emploi,Business,Veille"),
        "the objective dropdown survives"
    );

    // The score's tint and the flags' colours survive, range for range.
    let kept: Vec<String> = theirs
        .conditional_formats("Réseau")
        .iter()
        .flat_map(|r| r.split(' ').map(str::to_string).collect::<Vec<_>>())
        .collect();
    for r in ours.conditional_formats("Réseau") {
        for part in r.split(' ') {
            assert!(kept.iter().any(|k| k == part), "{part} lost: {kept:?}");
        }
    }

    // And what the user left: formats, errors, hidden sheets.
    assert_eq!(theirs.format("Réseau", "E2"), "0%");
    assert_eq!(theirs.format("Réseau", "H2"), "0.0 \"km\"");
    // (Gnumeric's xlsx writer shows every sheet; its own format says what it read.)
    let native = dir.path().join("out-gnumeric.xml");
    convert(&out, &native);
    let native = std::fs::read_to_string(&native).unwrap();
    assert_eq!(
        visibility(&native, "Salaires"),
        "GNM_SHEET_VISIBILITY_HIDDEN"
    );
    assert_eq!(
        visibility(&native, "Secret"),
        "GNM_SHEET_VISIBILITY_VERY_HIDDEN"
    );
    assert_eq!(
        visibility(&native, "Budget"),
        "GNM_SHEET_VISIBILITY_VISIBLE"
    );
    let back = rows(&out_back, "Réseau");
    assert_eq!(back[1][9], Data::Error(CellErrorType::Div0));
}
