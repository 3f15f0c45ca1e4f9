//! The annotated workbook, read back with calamine: sheet names and order in both languages,
//! every original value with its type, the annotations, the tool's sheets, the marker, re-runs
//! without duplicates, and identical bytes for identical inputs.

mod common;

use std::path::{Path, PathBuf};

use calamine::{open_workbook, Reader, Xlsx};
use common::outcome::*;
use reseau_xlsx::assess::Outcome;
use reseau_xlsx::model::*;
use reseau_xlsx::write;

fn write_to(dir: &Path, name: &str, input: &Workbook, table: &Table, out: &Outcome) -> PathBuf {
    let bytes = write::workbook(input, table, out).expect("the workbook is built");
    let path = dir.join(name);
    write::save::atomic(&path, &bytes).expect("the workbook is saved");
    common::wellformed::assert_xlsx(&path);
    path
}

fn names(wb: &Workbook) -> Vec<&str> {
    wb.sheets.iter().map(|s| s.name.as_str()).collect()
}

fn sheet<'a>(wb: &'a Workbook, name: &str) -> &'a Sheet {
    wb.sheets.iter().find(|s| s.name == name).expect(name)
}

fn cell(s: &Sheet, r: usize, c: usize) -> Value {
    s.rows.row(r).get(c).to_value()
}

/// Writes the French fixture and reads it back.
fn fr() -> (tempfile::TempDir, Workbook, Vec<bool>) {
    let dir = tempfile::tempdir().unwrap();
    let input = input_fr();
    let path = write_to(
        dir.path(),
        "out.xlsx",
        &input,
        &table_of(&input, 1, 1),
        &outcome(Lang::Fr),
    );
    let (wb, visible) = read_back(&path);
    (dir, wb, visible)
}

#[test]
fn sheets_come_in_order_with_french_names_and_a_hidden_marker() {
    let (_dir, wb, visible) = fr();
    assert_eq!(
        names(&wb),
        [
            "Tableau de bord",
            "Lisez-moi",
            "Réseau",
            "Archive",
            "Plan",
            "Messages",
            "Reste à planifier",
            "En retard",
            "Problèmes",
            MARKER_SHEET
        ]
    );
    assert_eq!(visible.iter().filter(|v| !**v).count(), 1);
    assert!(!visible[9], "the marker sheet is hidden");
    let marker = Marker::of(&wb).unwrap();
    assert_eq!(marker.contacts.as_deref(), Some("Réseau"));
    assert_eq!(
        marker.own_sheets,
        [
            "Tableau de bord",
            "Plan",
            "Messages",
            "Reste à planifier",
            "En retard",
            "Problèmes"
        ]
    );
}

#[test]
fn english_names_and_a_csv_contacts_sheet_named_contacts() {
    let dir = tempfile::tempdir().unwrap();
    let mut input = input_fr();
    input.sheets = vec![input.sheets.remove(1)];
    input.sheets[0].name = "export".into();
    input.format = Format::Csv {
        delimiter: b';',
        encoding: "utf-8",
    };
    let mut out = outcome(Lang::En);
    out.problems[0].sheet = "export".into();
    let path = write_to(dir.path(), "en.xlsx", &input, &table_of(&input, 0, 1), &out);
    let (wb, _) = read_back(&path);
    assert_eq!(
        names(&wb),
        [
            "Dashboard",
            "Contacts",
            "Plan",
            "Messages",
            "Backlog",
            "Overdue",
            "Problems",
            MARKER_SHEET
        ]
    );
    let contacts = sheet(&wb, "Contacts");
    let headers: Vec<Value> = (11..20).map(|c| cell(contacts, 1, c)).collect();
    let want: Vec<Value> = Annotation::ALL
        .iter()
        .map(|a| t(a.label(Lang::En)))
        .collect();
    assert_eq!(headers, want);
    assert_eq!(cell(contacts, 3, 14), t("Thank"));
    assert_eq!(cell(contacts, 3, 17), Value::Number(5.0));
    // The problem names the sheet as the user now sees it.
    assert_eq!(cell(sheet(&wb, "Problems"), 1, 0), t("Contacts"));
    assert_eq!(cell(sheet(&wb, "Problems"), 1, 4), t("date not understood"));
}

#[test]
fn every_original_value_keeps_its_place_and_type() {
    let (_dir, wb, _) = fr();
    let input = input_fr();
    let want = &input.sheets[1];
    let got = sheet(&wb, "Réseau");
    for (r, row) in want.rows.to_vecs().iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            // An error cell stays an error (issue 17).
            assert_eq!(cell(got, r, c), *v, "row {} column {}", r + 1, c + 1);
        }
    }
    assert_eq!(cell(got, 2, 6), t("=1+1"), "text stays text");
    assert_eq!(cell(got, 2, 5), t("+33 6 12 34 56 78"));
    assert_eq!(cell(got, 2, 4), date(2026, 12, 15), "dates stay dates");
    // No text of the contacts sheet became a formula: the only formulas are the error cells,
    // each its error alone (`=#N/A`), so it stays an error where the sheet is recalculated.
    let mut xl: Xlsx<_> = open_workbook(_dir.path().join("out.xlsx")).unwrap();
    let formulas = xl.worksheet_formula("Réseau").unwrap();
    let (r0, c0) = formulas.start().unwrap_or_default();
    let written: Vec<_> = formulas
        .used_cells()
        .filter(|(_, _, f)| !f.is_empty())
        .map(|(r, c, f)| (r + r0 as usize, c + c0 as usize, f))
        .collect();
    assert!(!written.is_empty());
    for (r, c, f) in written {
        assert!(
            matches!(want.rows.row(r).get(c), Value::Error(e) if e == f.as_str()),
            "row {} column {}: {f:?}",
            r + 1,
            c + 1
        );
    }
}

#[test]
fn annotations_follow_the_last_original_column() {
    let (_dir, wb, _) = fr();
    let s = sheet(&wb, "Réseau");
    let headers: Vec<Value> = (11..20).map(|c| cell(s, 1, c)).collect();
    let want: Vec<Value> = Annotation::ALL
        .iter()
        .map(|a| t(a.label(Lang::Fr)))
        .collect();
    assert_eq!(headers, want);
    // Claire (row 3), Paul (row 4), blank row 5, Zoé (row 6).
    assert_eq!(cell(s, 2, 11), Value::Number(1.0));
    assert_eq!(cell(s, 2, 12), Value::Number(78.0));
    assert_eq!(cell(s, 2, 13), t("A"));
    assert_eq!(cell(s, 2, 14), t("Proposer"));
    assert_eq!(cell(s, 2, 15), date(2026, 11, 26));
    assert_eq!(cell(s, 2, 16), t("Bientôt"));
    assert_eq!(
        cell(s, 2, 17),
        Value::Empty,
        "no days late when not overdue"
    );
    assert_eq!(cell(s, 2, 18), t("Objectif +40 · Échéance -5"));
    assert_eq!(cell(s, 3, 16), t("En retard"));
    assert_eq!(cell(s, 3, 17), Value::Number(5.0));
    assert!(s.rows.to_vecs()[4].is_empty(), "the blank row stays blank");
    assert_eq!(cell(s, 5, 11), Value::Number(3.0));
    assert_eq!(cell(s, 5, 17), Value::Number(20.0));
    assert_eq!(cell(s, 0, 11), Value::Empty, "nothing beside the title row");
}

#[test]
fn plan_backlog_overdue_and_problems_sheets() {
    let (_dir, wb, _) = fr();
    let plan = sheet(&wb, "Plan");
    assert_eq!(cell(plan, 0, 0), t("Semaine"));
    assert_eq!(cell(plan, 0, 8), t("Ce que je peux apporter"));
    assert_eq!(
        plan.rows.to_vecs()[1],
        vec![
            t("2026-W48"),
            date(2026, 11, 26),
            t("Paul Durand"),
            t("Remercier"),
            Value::Empty,
            t("Veille, Business"),
            Value::Empty,
            t("En retard"),
        ]
    );
    assert_eq!(cell(plan, 2, 4), t("Café"));
    assert_eq!(cell(plan, 2, 6), date(2026, 12, 15));
    assert_eq!(cell(plan, 2, 8), t("Intro à mon ancien manager"));

    let backlog = sheet(&wb, "Reste à planifier");
    assert_eq!(cell(backlog, 1, 0), t("Zoé Petit"));
    assert_eq!(cell(backlog, 1, 3), Value::Number(40.0));

    let late = sheet(&wb, "En retard");
    let order: Vec<Value> = (1..3).map(|r| cell(late, r, 0)).collect();
    assert_eq!(
        order,
        [t("Zoé Petit"), t("Paul Durand")],
        "most days late first"
    );
    assert_eq!(cell(late, 1, 3), Value::Number(20.0));

    let problems = sheet(&wb, "Problèmes");
    assert_eq!(
        problems.rows.to_vecs()[1],
        vec![
            t("Réseau"),
            Value::Number(6.0),
            t("Quand"),
            t("fin mars"),
            t("date non comprise"),
            t("écrire une date comme 31/03/2027"),
        ]
    );
}

#[test]
fn other_sheets_are_carried_over_with_their_values() {
    let (_dir, wb, _) = fr();
    let input = input_fr();
    assert_eq!(sheet(&wb, "Lisez-moi").rows, input.sheets[0].rows);
    assert_eq!(sheet(&wb, "Archive").rows, input.sheets[2].rows);
}

#[test]
fn rerun_on_its_own_output_duplicates_no_column_and_no_sheet() {
    let (dir, first, _) = fr();
    let table = table_of(&first, 2, 1);
    let again = write_to(dir.path(), "again.xlsx", &first, &table, &outcome(Lang::Fr));
    let (second, _) = read_back(&again);
    assert_eq!(names(&second), names(&first));
    assert_eq!(sheet(&second, "Réseau").rows, sheet(&first, "Réseau").rows);
    // And in the other language: the French annotations are replaced, not kept.
    let en = write_to(dir.path(), "en.xlsx", &first, &table, &outcome(Lang::En));
    let (third, _) = read_back(&en);
    let s = sheet(&third, "Réseau");
    assert_eq!(
        s.rows.to_vecs()[1].len(),
        20,
        "11 user columns + 9 annotations"
    );
    assert_eq!(cell(s, 1, 11), t("Rank"));
    assert!(!names(&third).contains(&"Tableau de bord"));
}

#[test]
fn user_sheets_keep_their_names_and_the_tools_sheets_give_way() {
    let dir = tempfile::tempdir().unwrap();
    let mut input = input_fr();
    input.sheets[0].name = "Plan".into();
    input.sheets[2].name = "problèmes".into();
    let path = write_to(
        dir.path(),
        "c.xlsx",
        &input,
        &table_of(&input, 1, 1),
        &outcome(Lang::Fr),
    );
    let (wb, _) = read_back(&path);
    assert_eq!(
        names(&wb),
        [
            "Tableau de bord",
            "Plan",
            "Réseau",
            "problèmes",
            "Plan (2)",
            "Messages",
            "Reste à planifier",
            "En retard",
            "Problèmes (2)",
            MARKER_SHEET
        ]
    );
    assert_eq!(sheet(&wb, "Plan").rows, input.sheets[0].rows);
    // Re-running keeps the user's "Plan" and replaces the tool's "Plan (2)".
    let again = write_to(
        dir.path(),
        "d.xlsx",
        &wb,
        &table_of(&wb, 2, 1),
        &outcome(Lang::Fr),
    );
    assert_eq!(names(&read_back(&again).0), names(&wb));
}

#[test]
fn text_longer_than_a_cell_is_cut_not_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut input = input_fr();
    let mut rows = input.sheets[1].rows.to_vecs();
    rows[2][6] = t(&"x".repeat(40_000));
    input.sheets[1].rows = rows.into();
    let path = write_to(
        dir.path(),
        "long.xlsx",
        &input,
        &table_of(&input, 1, 1),
        &outcome(Lang::Fr),
    );
    let (wb, _) = read_back(&path);
    match cell(sheet(&wb, "Réseau"), 2, 6) {
        Value::Text(s) => assert_eq!(s.len(), 32_767),
        v => panic!("{v:?}"),
    }
}

#[test]
fn same_input_and_day_give_the_same_bytes() {
    let input = input_fr();
    let table = table_of(&input, 1, 1);
    let a = write::workbook(&input, &table, &outcome(Lang::Fr)).unwrap();
    // Past a second boundary, so a clock-dated property would differ.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let b = write::workbook(&input, &table, &outcome(Lang::Fr)).unwrap();
    assert!(a == b, "two builds differ");
    let mut other = outcome(Lang::Fr);
    other.today = d(2026, 11, 27);
    assert!(write::workbook(&input, &table, &other).unwrap() != a);
}

#[test]
fn a_table_without_contacts_still_gives_every_sheet() {
    let dir = tempfile::tempdir().unwrap();
    let mut input = input_fr();
    input.sheets[1].rows.truncate(2);
    let mut out = outcome(Lang::En);
    out.contacts.clear();
    out.assessed.clear();
    out.plan = Plan::default();
    out.problems.clear();
    out.relist();
    let path = write_to(
        dir.path(),
        "empty.xlsx",
        &input,
        &table_of(&input, 1, 1),
        &out,
    );
    let (wb, _) = read_back(&path);
    assert_eq!(sheet(&wb, "Réseau").rows.to_vecs()[1].len(), 20);
    assert_eq!(cell(sheet(&wb, "Plan"), 1, 0), t("No action to plan."));
    assert_eq!(cell(sheet(&wb, "Messages"), 1, 0), t("No action to plan."));
    assert_eq!(cell(sheet(&wb, "Overdue"), 1, 0), t("Nothing overdue."));
    assert_eq!(
        cell(sheet(&wb, "Problems"), 1, 0),
        t("No problems: every value was understood.")
    );
}

/// The XML of the `n`th sheet (1-based, in the workbook's order) and of its relationships.
fn sheet_xml(path: &Path, n: usize) -> (String, String) {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut read = |name: String| {
        let mut s = String::new();
        if let Ok(mut f) = zip.by_name(&name) {
            f.read_to_string(&mut s).unwrap();
        }
        s
    };
    (
        read(format!("xl/worksheets/sheet{n}.xml")),
        read(format!("xl/worksheets/_rels/sheet{n}.xml.rels")),
    )
}

#[test]
fn e_mails_and_profiles_are_links_and_names_link_on_the_first_ten_thousand_rows() {
    let dir = tempfile::tempdir().unwrap();
    let input = input_fr();
    let mut out = outcome(Lang::En);
    // 10,005 overdue actions, all planned: the plan sheet links the first 10,000 names; the
    // overdue sheet shows (and links) its first 5,000, then says how many more.
    let (c0, a0) = (out.contacts[0].clone(), out.assessed[0].clone());
    let template = out.plan.items[0].clone();
    out.plan.items.clear();
    for i in 0..10_005u32 {
        let index = out.contacts.len() as u32;
        let mut c = c0.clone();
        c.name = format!("Late {i}").into();
        out.contacts.push(c);
        let mut a = a0.clone();
        a.index = index;
        a.action.flag = Flag::Overdue;
        a.action.days_late = 20_000 - i;
        out.assessed.push(a);
        let mut p = template.clone();
        p.index = index;
        out.plan.items.push(p);
    }
    out.relist();
    let path = write_to(
        dir.path(),
        "links.xlsx",
        &input,
        &table_of(&input, 1, 1),
        &out,
    );
    let xl: Xlsx<_> = open_workbook(&path).unwrap();
    let at = |name: &str| 1 + xl.sheet_names().iter().position(|s| s == name).unwrap();

    let (contacts, rels) = sheet_xml(&path, at("Réseau"));
    assert!(
        rels.contains("Target=\"mailto:claire@example.fr\""),
        "{rels}"
    );
    assert!(
        rels.contains("https://www.linkedin.com/in/claire"),
        "{rels}"
    );
    assert!(contacts.matches("<hyperlink ").count() >= 2);

    let (plan, _) = sheet_xml(&path, at("Plan"));
    assert_eq!(plan.matches("<hyperlink ").count(), 10_000);
    assert!(
        plan.contains("<hyperlink ref=\"C10001\""),
        "row 10,001 is linked"
    );
    assert!(
        !plan.contains("ref=\"C10002\""),
        "row 10,002 is a plain name"
    );
    // The messages sheet, one row per planned action, links its first 10,000 names too (each
    // to its draft or its contact's row), so that no sheet passes Excel's 65,530 links.
    let (messages, _) = sheet_xml(&path, at("Messages"));
    assert_eq!(messages.matches("<hyperlink ").count(), 10_000);
    assert!(messages.contains("<hyperlink ref=\"C10001\""));
    assert!(!messages.contains("ref=\"C10002\""));
    let (overdue, _) = sheet_xml(&path, at("Overdue"));
    assert_eq!(overdue.matches("<hyperlink ").count(), 5_000);
    // The first (most days late) is linked to Claire's row.
    assert!(
        overdue.contains("location=\"'Réseau'!A3\""),
        "linked to the contact's row"
    );
    let more_late = out.lists.overdue.len() - 5_000;
    let (wb, _) = read_back(&path);
    assert_eq!(cell(sheet(&wb, "Plan"), 10_005, 2), t("Late 10004"));
    assert_eq!(cell(sheet(&wb, "Overdue"), 1, 0), t("Late 0"));
    assert_eq!(cell(sheet(&wb, "Overdue"), 5_000, 0), t("Late 4999"));
    let more = cell(sheet(&wb, "Overdue"), 5_002, 0);
    assert!(
        matches!(&more, Value::Text(s) if s.starts_with(&format!("… and {more_late} more"))),
        "{more:?}"
    );
}
