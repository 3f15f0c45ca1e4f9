//! The machine-readable result of the contract, as JSON bytes: what `process --json` and
//! `check --json` write. Codes are the English codes whatever the workbook's language, and
//! `row` is the row number as the user sees it.
//!
//! This module only shapes values into the contract's layout; it writes no file.

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::{Map, Value as Json};

use crate::model::{
    Action, BacklogReason, Contact, Factor, Flag, How, Lang, NextAction, Objective, Outcome,
    Problem, SlotKind, Table, Tier,
};
use crate::model::{ColumnRole, Sheet};

/// Where the result comes from: the fields of the JSON head.
#[derive(Debug, Clone)]
pub struct Source<'a> {
    /// The input path as the user gave it.
    pub input: String,
    /// The sheet holding the contact table.
    pub sheet: &'a Sheet,
    pub table: &'a Table,
}

#[derive(Serialize)]
struct Head<'a> {
    tool: &'static str,
    version: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    today: Option<NaiveDate>,
    input: &'a str,
    sheet: &'a str,
    header_row: usize,
    columns: Map<String, Json>,
}

fn head<'a>(src: &'a Source<'a>, today: Option<NaiveDate>) -> Head<'a> {
    let mut columns = Map::new();
    for c in &src.table.columns {
        if let ColumnRole::Field(f) = c.role {
            columns
                .entry(f.code())
                .or_insert_with(|| Json::String(c.header.clone()));
        }
    }
    Head {
        tool: "reseau-xlsx",
        version: env!("CARGO_PKG_VERSION"),
        today,
        input: &src.input,
        sheet: &src.sheet.name,
        header_row: src.table.header_row + 1,
        columns,
    }
}

#[derive(Serialize)]
struct WhyPart {
    factor: Factor,
    points: i32,
}

#[derive(Serialize)]
struct Assessment {
    score: u8,
    rank: u32,
    tier: Tier,
    next_action: NextAction,
    due: Option<NaiveDate>,
    flag: Flag,
    days_late: u32,
    why: Vec<WhyPart>,
}

#[derive(Serialize)]
struct ContactOut<'a> {
    #[serde(flatten)]
    contact: &'a Contact<'a>,
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    assessment: Option<Assessment>,
}

#[derive(Serialize)]
struct PlanOut<'a> {
    week: &'a str,
    date: NaiveDate,
    row: u32,
    name: &'a str,
    action: NextAction,
    how: Option<How>,
    kind: SlotKind,
    objectives: &'a [Objective],
    deadline: Option<NaiveDate>,
    flag: Flag,
}

#[derive(Serialize)]
struct BacklogOut<'a> {
    row: u32,
    name: &'a str,
    action: NextAction,
    reason: BacklogReason,
    due: Option<NaiveDate>,
}

#[derive(Serialize)]
struct ProblemOut<'a> {
    sheet: &'a str,
    row: Option<u32>,
    column: Option<&'a str>,
    value: &'a str,
    code: crate::model::ProblemKind,
    problem: &'static str,
    hint: &'a str,
}

fn problems(problems: &[Problem]) -> Vec<ProblemOut<'_>> {
    problems
        .iter()
        .map(|p| ProblemOut {
            sheet: &p.sheet,
            row: p.row,
            column: p.column.as_deref(),
            value: &p.value,
            code: p.kind,
            problem: p.kind.text(Lang::En),
            hint: p.hint.get(Lang::En),
        })
        .collect()
}

fn finish(value: &impl Serialize) -> Vec<u8> {
    // Serialising plain structs of strings, numbers and dates cannot fail.
    let mut bytes = serde_json::to_vec_pretty(value).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

fn action_of(a: &Action) -> (NextAction, Option<NaiveDate>, Flag, u32) {
    (a.next, a.due, a.flag, a.days_late)
}

/// The full result of `process`: contacts with their assessment, plan, backlog, problems and
/// totals.
pub fn process(src: &Source<'_>, outcome: &Outcome) -> Vec<u8> {
    #[derive(Serialize)]
    struct Out<'a> {
        #[serde(flatten)]
        head: Head<'a>,
        contacts: Vec<ContactOut<'a>>,
        plan: Vec<PlanOut<'a>>,
        backlog: Vec<BacklogOut<'a>>,
        problems: Vec<ProblemOut<'a>>,
        totals: &'a crate::model::Totals,
    }
    let contacts = &outcome.contacts;
    let out = Out {
        head: head(src, Some(outcome.today)),
        contacts: contacts
            .iter()
            .zip(&outcome.assessed)
            .map(|(c, a)| {
                let (next_action, due, flag, days_late) = action_of(&a.action);
                ContactOut {
                    contact: c,
                    assessment: Some(Assessment {
                        score: a.score.points,
                        rank: a.rank,
                        tier: a.score.tier,
                        next_action,
                        due,
                        flag,
                        days_late,
                        why: a
                            .score
                            .parts
                            .iter()
                            .map(|p| WhyPart {
                                factor: p.factor,
                                points: p.points,
                            })
                            .collect(),
                    }),
                }
            })
            .collect(),
        plan: outcome
            .plan
            .items
            .iter()
            .map(|p| {
                let c = &contacts[p.index as usize];
                PlanOut {
                    week: &p.week,
                    date: p.date,
                    row: c.row,
                    name: &c.name,
                    action: p.action,
                    how: c.how,
                    kind: p.kind,
                    objectives: &c.objectives,
                    deadline: c.deadline,
                    flag: outcome.assessed[p.index as usize].action.flag,
                }
            })
            .collect(),
        backlog: outcome
            .plan
            .backlog
            .iter()
            .map(|b| {
                let c = &contacts[b.index as usize];
                BacklogOut {
                    row: c.row,
                    name: &c.name,
                    action: b.action,
                    reason: b.reason,
                    due: outcome.assessed[b.index as usize].action.due,
                }
            })
            .collect(),
        problems: problems(&outcome.problems),
        totals: &outcome.totals,
    };
    finish(&out)
}

/// The result of `check`: the mapping, the normalised contacts and the problems.
pub fn check(src: &Source<'_>, contacts: &[Contact], found: &[Problem]) -> Vec<u8> {
    #[derive(Serialize)]
    struct Out<'a> {
        #[serde(flatten)]
        head: Head<'a>,
        contacts: Vec<ContactOut<'a>>,
        problems: Vec<ProblemOut<'a>>,
        totals: CheckTotals,
    }
    #[derive(Serialize)]
    struct CheckTotals {
        contacts: usize,
        problems: usize,
    }
    let out = Out {
        head: head(src, None),
        contacts: contacts
            .iter()
            .map(|c| ContactOut {
                contact: c,
                assessment: None,
            })
            .collect(),
        problems: problems(found),
        totals: CheckTotals {
            contacts: contacts.len(),
            problems: found.len(),
        },
    };
    finish(&out)
}
