//! The dashboard sheet, written into a real workbook and read back the way a user's
//! spreadsheet would show it: title, totals, this week's actions, the counts, the chart data
//! and the two native charts, in French and in English.

use std::io::Read as _;
use std::path::Path;

use calamine::{open_workbook, Data, DataType, Reader, Xlsx};
use chrono::NaiveDate;
use reseau_xlsx::model::{
    Action, Assessed, BacklogReason, Backlogged, Contact, Flag, How, Lang, NextAction, Objective,
    Outcome, Plan, Planned, Score, SlotKind, Status, Tier, Totals,
};
use reseau_xlsx::write::dashboard;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

struct Person {
    name: &'static str,
    company: Option<&'static str>,
    objectives: Vec<Objective>,
    how: Option<How>,
    tier: Tier,
    next: NextAction,
    due: Option<NaiveDate>,
    flag: Flag,
    days_late: u32,
}

/// Seven contacts on Thursday 26 November 2026 (week of Monday 23): two planned this week (one
/// of them overdue), two overdue not planned this week, the rest later, in the backlog or
/// dropped.
fn outcome(lang: Lang) -> Outcome {
    use Objective::*;
    let people = [
        Person {
            name: "Claire Martin",
            company: Some("Acme"),
            objectives: vec![Job],
            how: Some(How::Coffee),
            tier: Tier::A,
            next: NextAction::Propose,
            due: Some(d(2026, 11, 30)),
            flag: Flag::DueSoon,
            days_late: 0,
        },
        Person {
            name: "Bruno Lefèvre",
            company: Some("Banque du Nord"),
            objectives: vec![Job, Watch],
            how: Some(How::Email),
            tier: Tier::B,
            next: NextAction::FollowUp,
            due: Some(d(2026, 11, 21)),
            flag: Flag::Overdue,
            days_late: 5,
        },
        Person {
            name: "Chloé Dubois",
            company: None,
            objectives: vec![Business],
            how: None,
            tier: Tier::A,
            next: NextAction::Thank,
            due: Some(d(2026, 11, 14)),
            flag: Flag::Overdue,
            days_late: 12,
        },
        Person {
            name: "David Moreau",
            company: Some("Moreau Conseil"),
            objectives: vec![],
            how: Some(How::Lunch),
            tier: Tier::C,
            next: NextAction::Propose,
            due: Some(d(2026, 12, 20)),
            flag: Flag::Ok,
            days_late: 0,
        },
        Person {
            name: "Emma Petit",
            company: None,
            objectives: vec![Expertise, Partners],
            how: Some(How::Video),
            tier: Tier::B,
            next: NextAction::Propose,
            due: Some(d(2026, 12, 3)),
            flag: Flag::AtRisk,
            days_late: 0,
        },
        Person {
            name: "François Roux",
            company: None,
            objectives: vec![Watch],
            how: None,
            tier: Tier::C,
            next: NextAction::None,
            due: None,
            flag: Flag::Inactive,
            days_late: 0,
        },
        Person {
            name: "Gilles Blanc",
            company: Some("=HYPERLINK(\"x\")"),
            objectives: vec![Job],
            how: Some(How::Call),
            tier: Tier::B,
            next: NextAction::FollowUp,
            due: Some(d(2026, 11, 23)),
            flag: Flag::Overdue,
            days_late: 3,
        },
    ];
    let contacts = people
        .iter()
        .enumerate()
        .map(|(i, p)| Contact {
            row: i as u32 + 2,
            name: p.name.into(),
            company: p.company.map(Into::into),
            objectives: p.objectives.clone(),
            how: p.how,
            status: if p.flag == Flag::Inactive {
                Status::Dropped
            } else {
                Status::Contacted
            },
            ..Contact::default()
        })
        .collect();
    let assessed = people
        .iter()
        .enumerate()
        .map(|(i, p)| Assessed {
            index: i,
            score: Score {
                points: 50,
                parts: vec![],
                tier: p.tier,
            },
            rank: i as u32 + 1,
            action: Action {
                next: p.next,
                due: p.due,
                flag: p.flag,
                days_late: p.days_late,
                kind: if p.how.is_some_and(How::is_meeting) {
                    SlotKind::Meeting
                } else {
                    SlotKind::Message
                },
            },
        })
        .collect();
    let item = |index, week: &str, date, action, kind| Planned {
        index,
        week: week.into(),
        date,
        action,
        kind,
    };
    let plan = Plan {
        items: vec![
            item(
                1,
                "2026-W48",
                d(2026, 11, 26),
                NextAction::FollowUp,
                SlotKind::Message,
            ),
            item(
                0,
                "2026-W48",
                d(2026, 11, 27),
                NextAction::Propose,
                SlotKind::Meeting,
            ),
            item(
                2,
                "2026-W49",
                d(2026, 12, 1),
                NextAction::Thank,
                SlotKind::Message,
            ),
            item(
                3,
                "2026-W50",
                d(2026, 12, 9),
                NextAction::Propose,
                SlotKind::Meeting,
            ),
        ],
        backlog: vec![Backlogged {
            index: 4,
            action: NextAction::Propose,
            reason: BacklogReason::Capacity,
        }],
    };
    Outcome {
        today: d(2026, 11, 26),
        lang,
        contacts,
        assessed,
        plan,
        problems: vec![],
        totals: Totals {
            contacts: 7,
            active: 6,
            overdue: 3,
            due_soon: 1,
            at_risk: 1,
            planned: 4,
            backlog: 1,
            problems: 2,
        },
    }
}

fn sheet_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "Tableau de bord",
        Lang::En => "Dashboard",
    }
}

/// Writes the dashboard of `outcome` as the first sheet of a workbook at `path`.
fn write(outcome: &Outcome, path: &Path) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet
        .set_name(sheet_name(outcome.lang))
        .expect("sheet name");
    dashboard::fill(sheet, outcome).expect("dashboard written");
    book.save(path).expect("workbook saved");
    // Keep a copy to look at when asked (DASHBOARD_SAMPLE_DIR=/tmp/x cargo test --test dashboard).
    if let Some(dir) = std::env::var_os("DASHBOARD_SAMPLE_DIR") {
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("out");
        let out = Path::new(&dir).join(format!("{stem}-{}.xlsx", outcome.lang.code()));
        std::fs::copy(path, out).expect("sample copied");
    }
}

/// The dashboard as read back: a cell as its user sees it (text, number, or a date as ISO).
struct Sheet {
    range: calamine::Range<Data>,
}

impl Sheet {
    fn open(path: &Path, lang: Lang) -> Self {
        let mut book: Xlsx<_> = open_workbook(path).expect("workbook opens");
        assert_eq!(book.sheet_names(), vec![sheet_name(lang).to_string()]);
        let range = book.worksheet_range(sheet_name(lang)).expect("sheet reads");
        Sheet { range }
    }

    /// The cell at `row`, `col` (0-based), as text; "" when empty.
    fn at(&self, row: u32, col: u32) -> String {
        match self.range.get_value((row, col)) {
            None | Some(Data::Empty) => String::new(),
            Some(Data::DateTime(x)) => x
                .as_datetime()
                .map(|t| t.date().to_string())
                .unwrap_or_default(),
            Some(Data::Float(f)) => format!("{f}"),
            Some(v) => v.as_string().unwrap_or_default(),
        }
    }

    fn row(&self, row: u32, cols: std::ops::Range<u32>) -> Vec<String> {
        cols.map(|c| self.at(row, c)).collect()
    }

    fn is_date(&self, row: u32, col: u32) -> bool {
        matches!(self.range.get_value((row, col)), Some(Data::DateTime(_)))
    }
}

fn written(lang: Lang) -> (tempfile::TempDir, std::path::PathBuf, Sheet) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("out.xlsx");
    write(&outcome(lang), &path);
    let read = Sheet::open(&path, lang);
    (dir, path, read)
}

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
            "En attente",
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
    // Overdue but planned later: listed after the week's plan, 12 days late before 3.
    assert_eq!(
        r.row(10, 0..8),
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
    assert_eq!(r.at(11, 1), "Gilles Blanc");
    assert_eq!(r.at(11, 2), "=HYPERLINK(\"x\")", "text stays text");
    assert_eq!(
        r.at(12, 1),
        "",
        "David (next week) and Emma (backlog) are not this week's"
    );
    assert!(r.is_date(8, 0) && r.is_date(10, 0));
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

/// The text of one file inside the xlsx package.
fn part(path: &Path, name: &str) -> Option<String> {
    let file = std::fs::File::open(path).expect("xlsx opens");
    let mut zip = zip::ZipArchive::new(file).expect("xlsx is a zip");
    let mut entry = zip.by_name(name).ok()?;
    let mut text = String::new();
    entry.read_to_string(&mut text).expect("part is text");
    Some(text)
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
    assert!(part(&path, "xl/charts/chart3.xml").is_none());
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

/// A busy network: 60 contacts, twelve weeks of plan, many overdue, long company names.
fn busy(lang: Lang) -> Outcome {
    let mut o = outcome(lang);
    let base = o.contacts.len();
    for i in 0..53 {
        let mut c = o.contacts[i % base].clone();
        c.name = format!("Contact numéro {i}");
        c.company = Some("Société Générale des Établissements Industriels".into());
        o.contacts.push(c);
        let mut a = o.assessed[i % base].clone();
        a.index = base + i;
        a.rank = (base + i) as u32 + 1;
        if i % 3 == 0 {
            a.action.flag = Flag::Overdue;
            a.action.days_late = (i % 20) as u32 + 1;
        }
        o.assessed.push(a);
        let date = d(2026, 11, 26) + chrono::Days::new((i as u64 * 2) % 80);
        o.plan.items.push(Planned {
            index: base + i,
            week: String::new(),
            date,
            action: NextAction::Propose,
            kind: if i % 2 == 0 {
                SlotKind::Meeting
            } else {
                SlotKind::Message
            },
        });
    }
    o.plan.items.sort_by_key(|p| (p.date, p.index));
    o
}

#[test]
fn a_busy_plan_lists_every_overdue_and_twelve_weeks() {
    for lang in [Lang::Fr, Lang::En] {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("busy.xlsx");
        let o = busy(lang);
        write(&o, &path);
        let r = Sheet::open(&path, lang);
        // This week's plan (Thursday to Sunday) plus the overdue ones planned later.
        let listed = (8..200).take_while(|&row| !r.at(row, 1).is_empty()).count();
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
        assert_eq!(listed, this_week + overdue_later);
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
