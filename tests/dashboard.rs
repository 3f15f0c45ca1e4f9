//! The dashboard sheet, written into a real workbook and read back the way a user's
//! spreadsheet would show it: title, totals, this week's actions, the counts, the chart data
//! and the two native charts, in French and in English.

mod common;

use common::dashboard::{busy, d, outcome, part, write, written, Sheet};
use reseau_xlsx::model::{Flag, Lang};

#[test]
fn french_dashboard_shows_title_date_and_totals() {
    let (_dir, _path, r) = written(Lang::Fr);
    assert_eq!(r.at(0, 0), "Tableau de bord du réseau");
    assert!(r.is_date(1, 0), "today is a real date cell");
    assert_eq!(r.at(1, 0), "2026-11-26");
    assert_eq!(
        r.row(3, 0..8),
        [
            "Contacts",
            "Actifs",
            "En retard",
            "Bientôt",
            "À risque",
            "Planifiées",
            "Reste à planifier",
            "Problèmes"
        ]
    );
    assert_eq!(r.row(4, 0..8), ["7", "6", "3", "1", "1", "4", "1", "2"]);
}

#[test]
fn this_week_lists_the_plan_of_the_week_then_overdue_most_late_first() {
    let (_dir, _path, r) = written(Lang::Fr);
    assert_eq!(r.at(6, 0), "Actions de la semaine");
    assert_eq!(
        r.row(7, 0..8),
        [
            "Date",
            "Contact",
            "Entreprise",
            "Action",
            "Comment",
            "Objectif",
            "Alerte",
            "Jours de retard"
        ]
    );
    assert_eq!(
        r.row(8, 0..8),
        [
            "2026-11-26",
            "Bruno Lefèvre",
            "Banque du Nord",
            "Relancer",
            "E-mail",
            "Emploi, Veille",
            "En retard",
            "5"
        ]
    );
    assert_eq!(
        r.row(9, 0..8),
        [
            "2026-11-27",
            "Claire Martin",
            "Acme",
            "Proposer",
            "Café",
            "Emploi",
            "Bientôt",
            ""
        ]
    );
    assert_eq!(
        r.at(10, 1),
        "",
        "David (next week) and Emma (backlog) are not this week's"
    );
    // Overdue but planned later: a table of its own under its title, after a blank row, with
    // its own header; 12 days late before 3.
    assert_eq!(r.at(10, 0), "");
    assert_eq!(r.at(11, 0), "En retard d'avant cette semaine");
    assert_eq!(r.at(12, 1), "Contact");
    assert_eq!(
        r.row(13, 0..8),
        [
            "2026-11-14",
            "Chloé Dubois",
            "",
            "Remercier",
            "Message",
            "Business",
            "En retard",
            "12"
        ]
    );
    assert_eq!(r.at(14, 1), "Gilles Blanc");
    assert_eq!(r.at(14, 2), "=HYPERLINK(\"x\")", "text stays text");
    assert_eq!(r.at(15, 1), "");
    assert!(r.is_date(8, 0) && r.is_date(13, 0));
}

#[test]
fn counts_by_flag_tier_and_objective_with_the_note() {
    let (_dir, _path, r) = written(Lang::Fr);
    let table = |from: u32, n: u32| -> Vec<(String, String)> {
        (from..from + n)
            .map(|row| (r.at(row, 9), r.at(row, 10)))
            .collect()
    };
    let pairs = |v: &[(&str, &str)]| -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    };
    assert_eq!(
        table(7, 6),
        pairs(&[
            ("Par alerte", "Contacts"),
            ("En retard", "3"),
            ("Bientôt", "1"),
            ("À risque", "1"),
            ("OK", "1"),
            ("Inactif", "1")
        ])
    );
    assert_eq!(
        table(14, 4),
        pairs(&[
            ("Par niveau", "Contacts"),
            ("Niveau A", "2"),
            ("Niveau B", "3"),
            ("Niveau C", "2")
        ])
    );
    assert_eq!(
        table(19, 7),
        pairs(&[
            ("Par objectif", "Contacts"),
            ("Emploi", "3"),
            ("Business", "1"),
            ("Veille", "2"),
            ("Expertise", "1"),
            ("Partenaires", "1"),
            ("(sans objectif)", "1")
        ])
    );
    assert!(
        r.at(26, 9).contains("chacun de ses objectifs"),
        "{}",
        r.at(26, 9)
    );
}

#[test]
fn weekly_table_runs_from_this_week_to_the_last_planned_one() {
    let (_dir, _path, r) = written(Lang::Fr);
    assert_eq!(r.row(28, 9..12), ["Semaine du", "Rencontres", "Messages"]);
    assert_eq!(r.row(29, 9..12), ["2026-11-23", "1", "1"]);
    assert_eq!(r.row(30, 9..12), ["2026-11-30", "0", "1"]);
    assert_eq!(r.row(31, 9..12), ["2026-12-07", "1", "0"]);
    assert_eq!(r.at(32, 9), "");
    assert!(r.is_date(29, 9));
}

#[test]
fn both_charts_exist_and_read_this_sheets_tables() {
    let (_dir, path, _r) = written(Lang::Fr);
    let weeks = part(&path, "xl/charts/chart1.xml").expect("weekly chart");
    assert!(weeks.contains("<c:barDir val=\"col\"/>"), "a column chart");
    assert!(
        weeks.contains("'Tableau de bord'!$K$30:$K$32"),
        "meetings per week"
    );
    assert!(
        weeks.contains("'Tableau de bord'!$L$30:$L$32"),
        "messages per week"
    );
    assert!(
        weeks.contains("'Tableau de bord'!$J$30:$J$32"),
        "weeks as categories"
    );
    let objectives = part(&path, "xl/charts/chart2.xml").expect("objective chart");
    assert!(
        objectives.contains("<c:barDir val=\"bar\"/>"),
        "a bar chart"
    );
    assert!(
        objectives.contains("'Tableau de bord'!$K$21:$K$25"),
        "counts by objective"
    );
    assert!(
        objectives.contains("'Tableau de bord'!$J$21:$J$25"),
        "objective names"
    );
    // The third is the routine's, below the tables (see tests/ties.rs); no fourth.
    let routine = part(&path, "xl/charts/chart3.xml").expect("routine chart");
    assert!(routine.contains("Rencontres tenues par mois"));
    assert!(part(&path, "xl/charts/chart4.xml").is_none());
}

#[test]
fn english_dashboard_uses_english_words_and_day_month_year() {
    let (_dir, path, r) = written(Lang::En);
    assert_eq!(r.at(0, 0), "Network dashboard");
    assert_eq!(r.at(6, 0), "This week's actions");
    assert_eq!(
        r.row(8, 0..8),
        [
            "2026-11-26",
            "Bruno Lefèvre",
            "Banque du Nord",
            "Follow up",
            "Email",
            "Job, Watch",
            "Overdue",
            "5"
        ]
    );
    assert_eq!(r.row(7, 9..11), ["By flag", "Contacts"]);
    assert_eq!(r.row(15, 9..11), ["Tier A", "2"]);
    assert_eq!(r.row(28, 9..12), ["Week of", "Meetings", "Messages"]);
    let styles = part(&path, "xl/styles.xml").expect("styles");
    assert!(
        styles.contains("d mmm yyyy"),
        "English dates spell the month"
    );
    let chart = part(&path, "xl/charts/chart2.xml").expect("objective chart");
    assert!(chart.contains("Contacts by objective"));
}

#[test]
fn an_empty_week_says_so_instead_of_an_empty_table() {
    let mut o = outcome(Lang::En);
    o.plan.items.clear();
    for a in &mut o.assessed {
        a.action.flag = Flag::Ok;
    }
    o.relist();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("empty.xlsx");
    write(&o, &path);
    let r = Sheet::open(&path, Lang::En);
    assert!(
        r.at(8, 0).starts_with("Nothing planned this week"),
        "{}",
        r.at(8, 0)
    );
    assert_eq!(
        r.row(29, 9..12),
        ["2026-11-23", "0", "0"],
        "this week, even if empty"
    );
}

#[test]
fn same_outcome_gives_the_same_sheet_bytes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (a, b) = (dir.path().join("a.xlsx"), dir.path().join("b.xlsx"));
    write(&outcome(Lang::Fr), &a);
    write(&outcome(Lang::Fr), &b);
    for name in [
        "xl/worksheets/sheet1.xml",
        "xl/charts/chart1.xml",
        "xl/charts/chart2.xml",
    ] {
        assert_eq!(part(&a, name), part(&b, name), "{name}");
    }
}

#[test]
fn a_busy_plan_lists_the_most_overdue_points_to_the_rest_and_twelve_weeks() {
    for lang in [Lang::Fr, Lang::En] {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("busy.xlsx");
        let o = busy(lang);
        write(&o, &path);
        let r = Sheet::open(&path, lang);
        // This week's plan (Thursday to Sunday), then under their own title the overdue ones
        // planned later.
        let week_rows = (8..200).take_while(|&row| !r.at(row, 1).is_empty()).count();
        let title = 8 + week_rows as u32 + 1;
        assert_eq!(
            r.at(title, 0),
            lang.pick(
                "En retard d'avant cette semaine",
                "Overdue from before this week"
            )
        );
        let first = title + 2;
        let overdue_rows = (first..first + 200)
            .take_while(|&row| !r.at(row, 1).is_empty())
            .count();
        let overdue_later = o
            .assessed
            .iter()
            .filter(|a| a.action.flag == Flag::Overdue)
            .filter(|a| {
                !o.plan
                    .items
                    .iter()
                    .any(|p| p.index == a.index && p.date < d(2026, 11, 30))
            })
            .count();
        let this_week = o
            .plan
            .items
            .iter()
            .filter(|p| p.date < d(2026, 11, 30))
            .count();
        // At most 25 overdue actions at a glance; a note points to the overdue sheet.
        assert!(
            overdue_later > 25,
            "the fixture is busier than the dashboard shows"
        );
        assert_eq!((week_rows, overdue_rows), (this_week, 25));
        let note = r.at(first + overdue_rows as u32, 0);
        let more = (overdue_later - 25).to_string();
        assert!(
            note.contains(&more),
            "{note:?} names the {more} overdue actions not listed"
        );
        assert!(note.contains(lang.pick("En retard", "Overdue")), "{note:?}");
        let weeks = (29..200)
            .take_while(|&row| !r.at(row, 9).is_empty())
            .count();
        assert_eq!(weeks, 12, "from the week of 23/11 to the week of 8/2");
        let planned: f64 = (29..29 + 12)
            .flat_map(|row| [r.at(row, 10), r.at(row, 11)])
            .map(|v| v.parse::<f64>().expect("a number"))
            .sum();
        assert_eq!(planned as usize, o.plan.items.len());
    }
}

#[test]
fn names_and_actions_fit_their_columns_in_both_tables() {
    for lang in [Lang::Fr, Lang::En] {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("busy.xlsx");
        write(&busy(lang), &path);
        let r = Sheet::open(&path, lang);
        let book = common::looks::Book::open(&path);
        let name = common::dashboard::sheet_name(lang);
        // Names (B) and actions (D) of both tables: each column as wide as its longest entry.
        for col in [1u32, 3] {
            let longest = (8..200)
                .map(|row| r.at(row, col).chars().count())
                .max()
                .unwrap();
            let width = book.column(name, col).0.expect("a width");
            // A proportional font's capitals are wider than the digit a width counts in.
            assert!(
                width >= longest as f64 * 1.1,
                "{col}: {width} for {longest}"
            );
        }
        // An action's label is never cut.
        for row in 8..200 {
            assert!(!r.at(row, 3).ends_with('…'), "row {row}: {}", r.at(row, 3));
        }
    }
}
