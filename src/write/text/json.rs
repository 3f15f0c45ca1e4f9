//! The machine-readable result of the contract, as JSON: what `process --json` and
//! `check --json` write. Codes are the English codes whatever the workbook's language, and
//! `row` is the row number as the user sees it.
//!
//! This module only shapes values into the contract's layout and streams them into a writer
//! given by the caller (a full sheet's result is a gigabyte of JSON: it is never held whole);
//! it opens no file.

use std::io::Write;

use chrono::NaiveDate;
use serde::{Serialize, Serializer};
use serde_json::{Map, Value as Json};

use crate::assess::Outcome;
use crate::error::Error;
use crate::model::{
    Action, BacklogReason, Contact, Factor, Flag, How, Journal, Lang, Lapse, LastExchange,
    NextAction, Objective, Parts, Problem, SlotKind, Table, Tier,
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
struct Assessment<'a> {
    score: u8,
    rank: u32,
    tier: Tier,
    next_action: NextAction,
    due: Option<NaiveDate>,
    flag: Flag,
    days_late: u32,
    /// A courtesy too old to make sense, and so the step that replaced it (`thank_too_late`...).
    #[serde(skip_serializing_if = "Option::is_none")]
    lapse: Option<Lapse>,
    #[serde(serialize_with = "why")]
    why: &'a Parts,
}

/// The parts of a score as the list of `{factor, points}`.
fn why<S: Serializer>(parts: &&Parts, s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(parts.iter().map(|p| WhyPart {
        factor: p.factor,
        points: p.points,
    }))
}

/// A list serialised from the items its closure yields, one at a time: nothing is collected.
struct Seq<F>(F);

impl<F, I> Serialize for Seq<F>
where
    F: Fn() -> I,
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq((self.0)())
    }
}

#[derive(Serialize)]
struct ContactOut<'a> {
    #[serde(flatten)]
    contact: &'a Contact<'a>,
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    assessment: Option<Assessment<'a>>,
    /// The latest exchange known (row or journal), when the run has a journal.
    #[serde(skip_serializing_if = "Option::is_none")]
    last_exchange: Option<&'a LastExchange>,
    /// Journal entries applied to the contact, when the run has a journal.
    #[serde(skip_serializing_if = "Option::is_none")]
    journal_entries: Option<u32>,
    /// The journal entry that set the next step, if one did.
    #[serde(skip_serializing_if = "Option::is_none")]
    journal_step: Option<&'a LastExchange>,
    /// What the contact gave the user and got back (`gave`, `got`), when the run has a journal.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    give_take: Option<crate::ties::GiveTake>,
}

/// The journal's part of a contact: nothing when the run has no journal.
fn journal_of(journal: &Journal, index: usize) -> JournalParts<'_> {
    if journal.report.is_none() {
        return (None, None, None);
    }
    match journal.contacts.get(index) {
        Some(j) => (j.last.as_ref(), Some(j.entries), j.step.as_ref()),
        None => (None, Some(0), None),
    }
}

/// A contact's latest exchange, journal entries and the entry that set its next step.
type JournalParts<'a> = (
    Option<&'a LastExchange>,
    Option<u32>,
    Option<&'a LastExchange>,
);

/// The top-level `journal` object: where it was found, its columns, what it did.
#[derive(Serialize)]
struct JournalOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<&'a str>,
    sheet: &'a str,
    header_row: usize,
    columns: Map<String, Json>,
    entries: usize,
    applied: usize,
    problems: usize,
}

fn journal_out(journal: &Journal) -> Option<JournalOut<'_>> {
    let r = journal.report.as_ref()?;
    Some(JournalOut {
        file: r.file.as_deref(),
        sheet: &r.sheet,
        header_row: r.header_row,
        columns: r
            .columns
            .iter()
            .map(|(code, header)| (code.clone(), Json::String(header.clone())))
            .collect(),
        entries: r.entries,
        applied: r.applied,
        problems: r.problems,
    })
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
    /// A proposal sent before its deadline for a meeting in a later month: that month
    /// (`2027-01`).
    #[serde(skip_serializing_if = "Option::is_none")]
    meeting_month: Option<String>,
    /// The drafted message (subject and body), when the action has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    draft: Option<&'a crate::draft::Draft>,
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

fn problem_out(p: &Problem) -> ProblemOut<'_> {
    ProblemOut {
        sheet: &p.sheet,
        row: p.row,
        column: p.column.as_deref(),
        value: &p.value,
        code: p.kind,
        problem: p.kind.text(Lang::En),
        hint: p.hint.get(Lang::En),
    }
}

/// Writes `value` as indented JSON and a final line break into `w`.
///
/// # Errors
/// [`Error::Write`] (without a path: the caller's save gives it) when `w` fails.
fn finish(value: &impl Serialize, w: &mut dyn Write) -> Result<(), Error> {
    serde_json::to_writer_pretty(&mut *w, value).map_err(Error::write)?;
    w.write_all(b"\n").map_err(Error::write)
}

fn action_of(a: &Action) -> (NextAction, Option<NaiveDate>, Flag, u32) {
    (a.next, a.due, a.flag, a.days_late)
}

/// The full result of `process`: contacts with their assessment, plan, backlog, problems and
/// totals.
pub fn process(src: &Source<'_>, outcome: &Outcome, w: &mut dyn Write) -> Result<(), Error> {
    #[derive(Serialize)]
    struct Out<'a, C, P, B, Q> {
        #[serde(flatten)]
        head: Head<'a>,
        #[serde(skip_serializing_if = "Option::is_none")]
        journal: Option<JournalOut<'a>>,
        contacts: C,
        plan: P,
        backlog: B,
        problems: Q,
        totals: &'a crate::model::Totals,
        routine: RoutineOut,
        /// Warm contacts left without a meeting slot, and the pace that would fit them.
        #[serde(skip_serializing_if = "Option::is_none")]
        warm_short: Option<crate::model::PaceShort>,
        /// Contacts with a deadline left without a meeting slot in the whole plan, and the pace
        /// that would fit them.
        #[serde(skip_serializing_if = "Option::is_none")]
        deadline_short: Option<crate::model::PaceShort>,
        /// People introduced who are not on the sheet: rows to add.
        #[serde(skip_serializing_if = "Vec::is_empty")]
        new_contacts: Vec<NewContactOut<'a>>,
    }
    #[derive(Serialize)]
    struct NewContactOut<'a> {
        name: &'a str,
        introduced_by: &'a str,
        date: NaiveDate,
        note: &'a str,
    }
    let contacts = &outcome.contacts;
    let out = Out {
        warm_short: outcome.plan.warm,
        deadline_short: outcome.plan.deadlines,
        new_contacts: outcome
            .ties
            .new_contacts
            .iter()
            .map(|n| NewContactOut {
                name: &n.name,
                introduced_by: outcome.contacts.get(n.by as usize).map_or("", |c| &c.name),
                date: n.date,
                note: &n.note,
            })
            .collect(),
        routine: routine_out(&outcome.ties.routine),
        head: head(src, Some(outcome.today)),
        journal: journal_out(&outcome.journal),
        contacts: Seq(|| {
            contacts
                .iter()
                .zip(&outcome.assessed)
                .enumerate()
                .map(|(i, (c, a))| {
                    let (next_action, due, flag, days_late) = action_of(&a.action);
                    let (last_exchange, journal_entries, journal_step) =
                        journal_of(&outcome.journal, i);
                    let give_take = outcome.journal.report.as_ref().map(|_| {
                        outcome
                            .ties
                            .give_take(i as u32)
                            .copied()
                            .unwrap_or_default()
                    });
                    ContactOut {
                        last_exchange,
                        journal_entries,
                        journal_step,
                        give_take,
                        contact: c,
                        assessment: Some(Assessment {
                            score: a.score.points,
                            rank: a.rank,
                            tier: a.score.tier,
                            next_action,
                            due,
                            flag,
                            days_late,
                            lapse: a.action.lapse,
                            why: &a.score.parts,
                        }),
                    }
                })
        }),
        plan: Seq(|| {
            outcome.plan.items.iter().enumerate().map(|(i, p)| {
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
                    meeting_month: p.meeting_month.map(|m| m.format("%Y-%m").to_string()),
                    draft: outcome.drafts.get(i).filter(|d| !d.body.is_empty()),
                }
            })
        }),
        backlog: Seq(|| {
            outcome.plan.backlog.iter().map(|b| {
                let c = &contacts[b.index as usize];
                BacklogOut {
                    row: c.row,
                    name: &c.name,
                    action: b.action,
                    reason: b.reason,
                    due: outcome.assessed[b.index as usize].action.due,
                }
            })
        }),
        problems: Seq(|| outcome.problems.iter().map(problem_out)),
        totals: &outcome.totals,
    };
    finish(&out, w)
}

/// The result of `check`: the mapping, the normalised contacts and the problems.
pub fn check(
    src: &Source<'_>,
    contacts: &[Contact],
    found: &[Problem],
    journal: &Journal,
    w: &mut dyn Write,
) -> Result<(), Error> {
    #[derive(Serialize)]
    struct Out<'a, C, Q> {
        #[serde(flatten)]
        head: Head<'a>,
        #[serde(skip_serializing_if = "Option::is_none")]
        journal: Option<JournalOut<'a>>,
        contacts: C,
        problems: Q,
        totals: CheckTotals,
    }
    #[derive(Serialize)]
    struct CheckTotals {
        contacts: usize,
        problems: usize,
    }
    let out = Out {
        head: head(src, None),
        journal: journal_out(journal),
        contacts: Seq(|| {
            contacts.iter().enumerate().map(|(i, c)| {
                let (last_exchange, journal_entries, journal_step) = journal_of(journal, i);
                ContactOut {
                    contact: c,
                    assessment: None,
                    last_exchange,
                    journal_entries,
                    journal_step,
                    give_take: None,
                }
            })
        }),
        problems: Seq(|| found.iter().map(problem_out)),
        totals: CheckTotals {
            contacts: contacts.len(),
            problems: found.len(),
        },
    };
    finish(&out, w)
}

/// The routine in the JSON: meetings per month and messages per week against their targets.
#[derive(Serialize)]
struct RoutineOut {
    meetings_per_month: u32,
    /// Months in a row at the target (see `ties::routine`).
    streak: u32,
    /// Meetings still to hold this month to be at the target.
    missing_this_month: u32,
    /// `{"month": "2026-11", "held": 1}`, oldest first, this month last.
    months: Vec<MonthOut>,
    messages_per_week: u32,
    /// `{"week": "2026-11-23", "sent": 3}` (the Monday), oldest first.
    weeks: Vec<WeekOut>,
}

#[derive(Serialize)]
struct MonthOut {
    month: String,
    held: u32,
}

#[derive(Serialize)]
struct WeekOut {
    week: String,
    sent: u32,
}

fn routine_out(r: &crate::ties::Routine) -> RoutineOut {
    RoutineOut {
        meetings_per_month: r.target,
        streak: r.streak,
        missing_this_month: r.missing(),
        months: r
            .months
            .iter()
            .map(|&(m, held)| MonthOut {
                month: m.format("%Y-%m").to_string(),
                held,
            })
            .collect(),
        messages_per_week: r.messages_target,
        weeks: r
            .weeks
            .iter()
            .map(|&(w, sent)| WeekOut {
                week: w.to_string(),
                sent,
            })
            .collect(),
    }
}
