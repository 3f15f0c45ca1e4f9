//! Hand-built inputs for the workbook tests, and reading a produced workbook back the way the
//! read stage does (calamine), so tests compare values, never bytes.

use std::path::Path;

use calamine::{open_workbook, Data, Reader, Xlsx};
use chrono::NaiveDate;
use reseau_xlsx::assess::Outcome;
use reseau_xlsx::model::*;

use super::wellformed;

pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

pub fn t(s: &str) -> Value {
    Value::Text(s.into())
}

pub fn date(y: i32, m: u32, day: u32) -> Value {
    Value::DateTime(d(y, m, day).and_hms_opt(0, 0, 0).unwrap())
}

/// The user's contact table, 0-based columns.
pub const HEADERS: [&str; 11] = [
    "Nom",
    "E-mail",
    "Objectif",
    "Statut",
    "Quand",
    "Téléphone",
    "Formule",
    "Actif",
    "Durée",
    "Erreur",
    "LinkedIn",
];

fn role(h: &str) -> ColumnRole {
    if let Some(f) = Field::parse(h) {
        return ColumnRole::Field(f);
    }
    if Annotation::parse(h).is_some() {
        return ColumnRole::Annotation;
    }
    ColumnRole::Ignored
}

/// The table of `sheet` whose header is row `header_row`, with roles as the reader gives them.
pub fn table_of(wb: &Workbook, sheet: usize, header_row: usize) -> Table {
    let columns = wb.sheets[sheet].rows.to_vecs()[header_row]
        .iter()
        .enumerate()
        .filter_map(|(i, v)| match v {
            Value::Text(h) => Some(Column {
                index: i,
                header: h.to_string(),
                role: role(h),
            }),
            _ => None,
        })
        .collect();
    Table {
        sheet,
        header_row,
        columns,
        lang: None,
        problems: vec![],
        notes: vec![],
    }
}

/// A French workbook: a note sheet, the contacts (title row above the header), an archive.
pub fn input_fr() -> Workbook {
    let header = HEADERS.iter().map(|h| t(h)).collect();
    let contacts = Sheet {
        name: "Réseau".into(),
        rows: vec![
            vec![t("Mon réseau 2026")],
            header,
            vec![
                t("Claire Martin"),
                t("claire@example.fr"),
                t("Emploi"),
                t("À contacter"),
                date(2026, 12, 15),
                t("+33 6 12 34 56 78"),
                t("=1+1"),
                Value::Bool(true),
                Value::Duration(0.5),
                Value::Error("#N/A".into()),
                t("https://www.linkedin.com/in/claire"),
            ],
            vec![
                t("Paul Durand"),
                t("paul@example.fr"),
                t("Veille, Business"),
                t("Rencontré"),
                date(2026, 11, 1),
                t("0612345678"),
                t("-5"),
                Value::Bool(false),
                Value::Empty,
                Value::Empty,
                t("www.linkedin.com/in/paul"),
            ],
            vec![],
            vec![
                t("Zoé Petit"),
                Value::Empty,
                t("Partenaires"),
                t("Contacté"),
                t("fin mars"),
                Value::Number(33612345678.0),
                t("@zoe"),
                Value::Empty,
                Value::Empty,
                Value::Empty,
                Value::Number(1.5),
            ],
        ]
        .into(),
        ..Default::default()
    };
    Workbook {
        format: Format::Xlsx,
        sheets: vec![
            Sheet {
                name: "Lisez-moi".into(),
                rows: vec![vec![t("Notes")], vec![t("ligne 2"), Value::Number(42.0)]].into(),
                ..Default::default()
            },
            contacts,
            Sheet {
                name: "Archive".into(),
                rows: vec![
                    vec![t("Qui"), t("Quand")],
                    vec![t("Ancien"), date(2020, 1, 31)],
                ]
                .into(),
                ..Default::default()
            },
        ],
    }
}

fn contact(row: u32, name: &str) -> Contact<'_> {
    Contact {
        row,
        name: name.into(),
        // As `normalize` reads it from the name cell.
        first_name: name.split_whitespace().next().map(Into::into),
        ..Contact::default()
    }
}

fn assessed(
    index: u32,
    rank: u32,
    points: u8,
    next: NextAction,
    flag: Flag,
    late: u32,
) -> Assessed {
    Assessed {
        index,
        score: Score {
            points,
            parts: [
                Part {
                    factor: Factor::Objective,
                    points: 40,
                },
                Part {
                    factor: Factor::Deadline,
                    points: -5,
                },
            ]
            .into(),
            tier: if points >= 60 { Tier::A } else { Tier::B },
        },
        rank,
        action: Action {
            next,
            due: Some(d(2026, 11, 26) - chrono::Duration::days(i64::from(late))),
            flag,
            days_late: late,
            kind: SlotKind::Message,
            lapse: None,
        },
    }
}

/// What the pipeline would compute for `input_fr`, in `lang`.
pub fn outcome(lang: Lang) -> Outcome<'static> {
    let mut claire = contact(3, "Claire Martin");
    claire.objectives = vec![Objective::Job].into();
    claire.how = Some(How::Coffee);
    claire.deadline = Some(d(2026, 12, 15));
    claire.give_back = Some("Intro à mon ancien manager".into());
    let mut paul = contact(4, "Paul Durand");
    paul.objectives = vec![Objective::Watch, Objective::Business].into();
    paul.status = Status::Met;
    let mut zoe = contact(6, "Zoé Petit");
    zoe.objectives = vec![Objective::Partners].into();
    zoe.status = Status::Contacted;
    let mut o = Outcome {
        today: d(2026, 11, 26),
        lang,
        contacts: vec![claire, paul, zoe],
        assessed: vec![
            assessed(0, 1, 78, NextAction::Propose, Flag::DueSoon, 0),
            assessed(1, 2, 64, NextAction::Thank, Flag::Overdue, 5),
            assessed(2, 3, 40, NextAction::FollowUp, Flag::Overdue, 20),
        ],
        plan: Plan {
            items: vec![
                Planned {
                    index: 1,
                    week: "2026-W48".into(),
                    date: d(2026, 11, 26),
                    action: NextAction::Thank,
                    kind: SlotKind::Message,
                    meeting_month: None,
                },
                Planned {
                    index: 0,
                    week: "2026-W49".into(),
                    date: d(2026, 12, 1),
                    action: NextAction::Propose,
                    kind: SlotKind::Meeting,
                    meeting_month: None,
                },
            ],
            warm: None,
            offers: Vec::new(),
            deadlines: None,
            backlog: vec![Backlogged {
                index: 2,
                action: NextAction::FollowUp,
                reason: BacklogReason::Capacity,
            }],
        },
        problems: vec![Problem {
            sheet: "Réseau".into(),
            row: Some(6),
            column: Some("Quand".into()),
            value: "fin mars".into(),
            kind: ProblemKind::DateNotUnderstood,
            hint: Hint::new(
                "écrire une date comme 31/03/2027",
                "write a date such as 31/03/2027",
            ),
        }],
        totals: Totals::default(),
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

/// Reads a produced workbook back into the model, as the read stage would (absolute positions,
/// trailing empty cells dropped), with each sheet's visibility.
pub fn read_back(path: &Path) -> (Workbook, Vec<bool>) {
    wellformed::assert_xlsx(path);
    let mut xl: Xlsx<_> = open_workbook(path).expect("the output opens in calamine");
    let visible = xl
        .sheets_metadata()
        .iter()
        .map(|s| s.visible == calamine::SheetVisible::Visible)
        .collect();
    let mut sheets = Vec::new();
    for name in xl.sheet_names() {
        let range = xl.worksheet_range(&name).expect("sheet reads");
        let mut rows: Vec<Vec<Value>> = Vec::new();
        if let Some((r0, c0)) = range.start() {
            for (r, row) in range.rows().enumerate() {
                let at = r0 as usize + r;
                rows.resize(at + 1, vec![]);
                let mut cells = vec![Value::Empty; c0 as usize];
                cells.extend(row.iter().map(value));
                while cells.last() == Some(&Value::Empty) {
                    cells.pop();
                }
                rows[at] = cells;
            }
        }
        sheets.push(Sheet {
            name,
            rows: rows.into(),
            ..Default::default()
        });
    }
    (
        Workbook {
            format: Format::Xlsx,
            sheets,
        },
        visible,
    )
}

fn value(c: &Data) -> Value {
    match c {
        Data::Empty => Value::Empty,
        Data::String(s) => Value::Text(s.as_str().into()),
        Data::Float(f) => Value::Number(*f),
        Data::Int(i) => Value::Number(*i as f64),
        Data::Bool(b) => Value::Bool(*b),
        Data::DateTime(x) if x.is_duration() => Value::Duration(x.as_f64()),
        Data::DateTime(x) => Value::DateTime(x.as_datetime().expect("a valid date")),
        Data::DateTimeIso(s) | Data::DurationIso(s) => Value::Text(s.as_str().into()),
        Data::Error(e) => Value::Error(format!("{e}").into()),
    }
}
