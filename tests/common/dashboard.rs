//! What the dashboard tests share: a hand-made outcome (a small week and a busy one), writing
//! it into a workbook, and reading the sheet back as its user sees it.

use std::io::Read as _;
use std::path::Path;

use calamine::{open_workbook, Data, DataType, Reader, Xlsx};
use chrono::NaiveDate;
use reseau_xlsx::assess::Outcome;
use reseau_xlsx::model::{
    Action, Assessed, BacklogReason, Backlogged, Contact, Flag, How, Lang, NextAction, Objective,
    Parts, Plan, Planned, Score, SlotKind, Status, Tier, Totals,
};
use reseau_xlsx::write::dashboard;

pub use super::outcome::d;

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
pub fn outcome(lang: Lang) -> Outcome<'static> {
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
            objectives: p.objectives.clone().into(),
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
            index: i as u32,
            score: Score {
                points: 50,
                parts: Parts::default(),
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
                lapse: None,
            },
        })
        .collect();
    let item = |index, week: &str, date, action, kind| Planned {
        index,
        week: week.into(),
        date,
        action,
        kind,
        meeting_month: None,
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
        warm: None,
        offers: Vec::new(),
        deadlines: None,
        backlog: vec![Backlogged {
            index: 4,
            action: NextAction::Propose,
            reason: BacklogReason::Capacity,
        }],
    };
    let mut o = Outcome {
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
        drafts: vec![],
        drafts_note: None,
        journal: Default::default(),
        ties: Default::default(),
        lists: Default::default(),
        history: Default::default(),
    };
    o.relist();
    // The drafts as a run without settings writes them.
    let config = reseau_xlsx::config::Config::new(o.today);
    reseau_xlsx::draft::fill(&mut o, &config);
    o
}

pub fn sheet_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "Tableau de bord",
        Lang::En => "Dashboard",
    }
}

/// Writes the dashboard of `outcome` as the first sheet of a workbook at `path`.
pub fn write(outcome: &Outcome, path: &Path) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet
        .set_name(sheet_name(outcome.lang))
        .expect("sheet name");
    dashboard::fill(sheet, outcome, &[]).expect("dashboard written");
    book.save(path).expect("workbook saved");
    super::wellformed::assert_xlsx(path);
    // Keep a copy to look at when asked (DASHBOARD_SAMPLE_DIR=/tmp/x cargo test --test dashboard).
    if let Some(dir) = std::env::var_os("DASHBOARD_SAMPLE_DIR") {
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("out");
        let out = Path::new(&dir).join(format!("{stem}-{}.xlsx", outcome.lang.code()));
        std::fs::copy(path, out).expect("sample copied");
    }
}

/// The dashboard as read back: a cell as its user sees it (text, number, or a date as ISO).
pub struct Sheet {
    range: calamine::Range<Data>,
}

impl Sheet {
    pub fn open(path: &Path, lang: Lang) -> Self {
        let mut book: Xlsx<_> = open_workbook(path).expect("workbook opens");
        assert_eq!(book.sheet_names(), vec![sheet_name(lang).to_string()]);
        let range = book.worksheet_range(sheet_name(lang)).expect("sheet reads");
        Sheet { range }
    }

    /// The cell at `row`, `col` (0-based), as text; "" when empty.
    pub fn at(&self, row: u32, col: u32) -> String {
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

    pub fn row(&self, row: u32, cols: std::ops::Range<u32>) -> Vec<String> {
        cols.map(|c| self.at(row, c)).collect()
    }

    pub fn is_date(&self, row: u32, col: u32) -> bool {
        matches!(self.range.get_value((row, col)), Some(Data::DateTime(_)))
    }
}

pub fn written(lang: Lang) -> (tempfile::TempDir, std::path::PathBuf, Sheet) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("out.xlsx");
    write(&outcome(lang), &path);
    let read = Sheet::open(&path, lang);
    (dir, path, read)
}

/// The text of one file inside the xlsx package.
pub fn part(path: &Path, name: &str) -> Option<String> {
    let file = std::fs::File::open(path).expect("xlsx opens");
    let mut zip = zip::ZipArchive::new(file).expect("xlsx is a zip");
    let mut entry = zip.by_name(name).ok()?;
    let mut text = String::new();
    entry.read_to_string(&mut text).expect("part is text");
    Some(text)
}

/// A busy network: 60 contacts, twelve weeks of plan, many overdue, long company names.
pub fn busy(lang: Lang) -> Outcome<'static> {
    let mut o = outcome(lang);
    let base = o.contacts.len();
    for i in 0..53 {
        let mut c = o.contacts[i % base].clone();
        c.name = format!("Contact numéro {i}").into();
        c.company = Some("Société Générale des Établissements Industriels".into());
        o.contacts.push(c);
        let mut a = o.assessed[i % base].clone();
        a.index = (base + i) as u32;
        a.rank = (base + i) as u32 + 1;
        if i % 3 == 0 {
            a.action.flag = Flag::Overdue;
            a.action.days_late = (i % 20) as u32 + 1;
        }
        o.assessed.push(a);
        let date = d(2026, 11, 26) + chrono::Days::new((i as u64 * 2) % 80);
        o.plan.items.push(Planned {
            index: (base + i) as u32,
            week: String::new(),
            date,
            action: NextAction::Propose,
            kind: if i % 2 == 0 {
                SlotKind::Meeting
            } else {
                SlotKind::Message
            },
            meeting_month: None,
        });
    }
    o.plan.items.sort_by_key(|p| (p.date, p.index));
    o.relist();
    o
}
