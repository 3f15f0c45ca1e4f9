//! The Markdown summary (`--summary-md`) for a CI job page (GitHub Actions step summary, GitLab):
//! a heading with the input and the date, the totals, the overdue actions (most days late
//! first), this week's actions and the problems, in the outcome's language.
//!
//! Every piece of sheet text goes through [`crate::safe::markdown::cell`], so a `|` in a company
//! name cannot break a table, a `<b>` in a note stays text, an address is no live link and a
//! name of 30,000 characters shows its first 200. Long lists are cut, with the count of what was left out, because a
//! job page has a size limit and the workbook holds the full lists. This module writes no file.

use std::fmt::Write as _;

use chrono::NaiveDate;

use crate::assess::Outcome;
use crate::cohort::Person;
use crate::model::{Flag, Lang};
use crate::vocab::{Annotation, Factor, Field};
use crate::write::cohort::Row;

use super::ics::action_phrase;

/// At most this many rows per table; the workbook has the rest.
const MAX_ROWS: usize = 50;
/// At most this many problems listed; the count says how many there are.
const MAX_PROBLEMS: usize = 5;

/// The summary of `outcome` as Markdown; `source` is the input as the user named it.
pub fn summary(outcome: &Outcome, source: &str) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "## reseau-xlsx: {} ({})\n",
        escape(source),
        outcome.today
    );
    totals(&mut s, outcome);
    warm_short(&mut s, outcome);
    routine(&mut s, outcome);
    overdue(&mut s, outcome);
    this_week(&mut s, outcome);
    problems(&mut s, outcome);
    s
}

/// The section of an input that could not be processed, so a batch's page shows it too, in
/// the run's language `l`.
pub fn failure(source: &str, error: &crate::error::Error, l: Lang) -> String {
    format!(
        "## reseau-xlsx: {}\n\n**{}** {}\n",
        escape(source),
        l.pick("Non traité :", "Not processed:"),
        crate::safe::markdown::cut(&crate::vocab::errors::text(error, l), 2_000)
    )
}

/// The head of a batch's page: who is stuck and why, one row per person, the stuck first;
/// then the files the run skipped. `rows` and `skipped` come laid out by the caller.
pub fn cohort(rows: &[Row], skipped: &[String], today: NaiveDate, l: Lang) -> String {
    let mut s = String::new();
    let ordered = super::super::cohort::ordered(rows);
    let stuck = rows
        .iter()
        .filter(|r| r.person.map_or(true, Person::is_stuck))
        .count();
    let _ = writeln!(
        s,
        "# reseau-xlsx: {} ({today})\n",
        match l {
            Lang::Fr => format!("{} personnes, {stuck} à l'arrêt", rows.len()),
            Lang::En => format!("{} people, {stuck} stuck", rows.len()),
        }
    );
    let h = super::super::cohort::headers(l);
    let _ = writeln!(
        s,
        "| {} | {} | {} | {} | {} | {} | {} | {} |\n|---|---|---:|---:|---:|---:|---|---|",
        h[0],
        h[2],
        l.pick(
            "Rencontres (ce mois / le précédent / rythme)",
            "Meetings (this month / last / pace)"
        ),
        h[6],
        l.pick("Échanges 7 j / 30 j", "Exchanges 7 d / 30 d"),
        l.pick(
            "En retard (évolution depuis le dernier passage)",
            "Overdue (change since the last run)"
        ),
        h[10],
        h[11],
    );
    for r in ordered.iter().take(MAX_ROWS) {
        let Some(p) = r.person else {
            let why = r.failed.as_deref().unwrap_or_default();
            let _ = writeln!(
                s,
                "| {} | **{}** {} | | | | | | |",
                escape(r.owner),
                l.pick("non traité :", "not processed:"),
                escape(why)
            );
            continue;
        };
        let verdict = if p.is_stuck() {
            format!(
                "**{}** {}",
                l.pick("à l'arrêt :", "stuck:"),
                p.stuck
                    .iter()
                    .map(|r| escape_reason(r, l))
                    .collect::<Vec<_>>()
                    .join(l.pick(" ; ", "; "))
            )
        } else {
            l.pick("en route", "on track").to_string()
        };
        let _ = writeln!(
            s,
            "| {} | {verdict} | {} / {} / {} | {} | {} / {} | {}{} | {} | {} |",
            escape(r.owner),
            p.meetings_this_month,
            p.meetings_last_month,
            p.pace,
            p.streak,
            p.exchanges_7,
            p.exchanges_30,
            p.overdue,
            super::super::cohort::overdue_change(p)
                .map(|c| format!(" ({c})"))
                .unwrap_or_default(),
            // Only the name is sheet text: the tool's own words need no escape, which would
            // show as backslashes where the page is read raw (a GitLab job log).
            p.oldest_overdue
                .as_ref()
                .map(|x| super::super::cohort::overdue_text(
                    &crate::cohort::Step {
                        name: escape(&x.name),
                        ..x.clone()
                    },
                    l
                ))
                .unwrap_or_default(),
            p.next
                .as_ref()
                .map(|x| super::super::cohort::next_text(
                    &crate::cohort::Step {
                        name: escape(&x.name),
                        ..x.clone()
                    },
                    l
                ))
                .unwrap_or_default(),
        );
    }
    more(&mut s, l, rows.len());
    let first: Vec<String> = ordered
        .iter()
        .filter(|r| r.person.is_some_and(|p| p.overdue_before.is_none()))
        .map(|r| escape(r.owner))
        .collect();
    if !first.is_empty() {
        let _ = writeln!(
            s,
            "{}{}{}\n",
            l.pick(
                "Premier passage, sans historique (aucune sortie précédente)",
                "First run, no history (no previous output)"
            ),
            l.pick(" : ", ": "),
            first.join(", ")
        );
    }
    if !skipped.is_empty() {
        let _ = writeln!(s, "{}\n", l.pick("Fichiers ignorés :", "Files skipped:"));
        for k in skipped.iter().take(MAX_ROWS) {
            let _ = writeln!(s, "- {}", escape(k));
        }
        s.push('\n');
    }
    s
}

fn totals(s: &mut String, o: &Outcome) {
    let l = o.lang;
    let n = &o.totals;
    let _ = writeln!(s, "| {} | |\n|---|---:|", l.pick("Totaux", "Totals"));
    for (label, count) in [
        (l.pick("Contacts", "Contacts"), n.contacts),
        (l.pick("Actifs", "Active"), n.active),
        (Flag::Overdue.label(l), n.overdue),
        (Flag::DueSoon.label(l), n.due_soon),
        (Flag::AtRisk.label(l), n.at_risk),
        (l.pick("Planifiés", "Planned"), n.planned),
        (l.pick("En attente (backlog)", "Backlog"), n.backlog),
        (l.pick("Problèmes", "Problems"), n.problems),
    ] {
        let _ = writeln!(s, "| {label} | {count} |");
    }
    s.push('\n');
}

/// The lines saying which meetings the plan cannot fit (warm contacts, deadlines), and which
/// pace would.
fn warm_short(s: &mut String, o: &Outcome) {
    for line in o.plan.pace_lines(o.lang) {
        let _ = writeln!(s, "**{}**\n", escape(&line));
    }
}

/// One line on the routine: the streak of months at the pace set, or what is missing this month.
fn routine(s: &mut String, o: &Outcome) {
    let l = o.lang;
    if o.ties.routine.months.is_empty() {
        return;
    }
    let _ = writeln!(
        s,
        "**{}{}** {}\n",
        l.pick("Ma routine réseau", "My networking routine"),
        l.pick(" :", ":"),
        o.ties.routine.line(l)
    );
}

fn overdue(s: &mut String, o: &Outcome) {
    let l = o.lang;
    let late: Vec<_> = o
        .lists
        .overdue
        .iter()
        .filter_map(|&i| Some((o.assessed.get(i as usize)?, o.contacts.get(i as usize)?)))
        .collect();
    let _ = writeln!(s, "### {} ({})\n", Flag::Overdue.label(l), late.len());
    if late.is_empty() {
        let _ = writeln!(s, "{}\n", l.pick("Rien en retard.", "Nothing overdue."));
        return;
    }
    let _ = writeln!(
        s,
        "| {} | {} | {} | {} |\n|---|---|---|---:|",
        l.pick("Contact", "Contact"),
        l.pick("Action", "Action"),
        Annotation::Due.label(l),
        Annotation::DaysLate.label(l),
    );
    for (a, c) in late.iter().take(MAX_ROWS) {
        let due = a.action.due.map(|d| d.to_string()).unwrap_or_default();
        let _ = writeln!(
            s,
            "| {} | {} | {due} | {} |",
            escape(&c.name),
            escape(&action_phrase(a.action.next, c.how, l)),
            a.action.days_late
        );
    }
    more(s, l, late.len());
}

fn this_week(s: &mut String, o: &Outcome) {
    let l = o.lang;
    let week = o.today.format("%G-W%V").to_string();
    let items: Vec<_> = o
        .lists
        .this_week
        .iter()
        .filter_map(|&i| o.plan.items.get(i))
        .filter_map(|p| o.contacts.get(p.index as usize).map(|c| (p, c)))
        .collect();
    let _ = writeln!(
        s,
        "### {} ({week}): {}\n",
        l.pick("Cette semaine", "This week"),
        items.len()
    );
    if items.is_empty() {
        let _ = writeln!(
            s,
            "{}\n",
            l.pick("Rien de prévu cette semaine.", "Nothing planned this week.")
        );
        return;
    }
    let _ = writeln!(
        s,
        "| {} | {} | {} | {} | {} |\n|---|---|---|---|---|",
        l.pick("Date", "Date"),
        l.pick("Contact", "Contact"),
        l.pick("Action", "Action"),
        Field::Objective.label(l),
        Factor::Deadline.label(l),
    );
    for (p, c) in items.iter().take(MAX_ROWS) {
        let objectives: Vec<&str> = c.objectives.iter().map(|x| x.label(l)).collect();
        let deadline = c.deadline.map(|d| d.to_string()).unwrap_or_default();
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {deadline} |",
            p.date,
            escape(&c.name),
            escape(&action_phrase(p.action, c.how, l)),
            escape(&objectives.join(", ")),
        );
    }
    more(s, l, items.len());
}

fn problems(s: &mut String, o: &Outcome) {
    let l = o.lang;
    let _ = writeln!(
        s,
        "### {} ({})\n",
        l.pick("Problèmes", "Problems"),
        o.problems.len()
    );
    if o.problems.is_empty() {
        let _ = writeln!(s, "{}", l.pick("Aucun problème.", "No problems."));
        return;
    }
    let colon = l.pick(" : ", ": ");
    let (open, close) = (l.pick("«\u{a0}", "\""), l.pick("\u{a0}»", "\""));
    // A journal's problems name its sheet: "row 5" alone reads as a row of the contacts.
    let journal = o.journal.report.as_ref().map(|r| r.sheet.as_str());
    for p in o.problems.iter().take(MAX_PROBLEMS) {
        let mut place = Vec::new();
        if journal == Some(&*p.sheet) {
            place.push(format!(
                "{} {}",
                l.pick("journal", "journal"),
                escape(&p.sheet)
            ));
        }
        if let Some(r) = p.row {
            place.push(format!("{} {r}", l.pick("ligne", "row")));
        }
        if let Some(c) = &p.column {
            place.push(format!("{} {}", l.pick("colonne", "column"), escape(c)));
        }
        let mut parts = Vec::new();
        if !place.is_empty() {
            parts.push(place.join(", "));
        }
        if !p.value.is_empty() {
            parts.push(format!("{open}{}{close}", escape(&p.value)));
        }
        parts.push(p.kind.text(l).to_string());
        let mut line = format!("- {}", parts.join(colon));
        let hint = p.hint.get(l);
        if !hint.is_empty() {
            let _ = write!(line, " ({})", escape(hint));
        }
        let _ = writeln!(s, "{line}");
    }
    if o.problems.len() > MAX_PROBLEMS {
        let _ = writeln!(
            s,
            "- {} {} {}",
            l.pick("et", "and"),
            o.problems.len() - MAX_PROBLEMS,
            l.pick(
                "autres (voir la feuille des problèmes)",
                "more (see the problems sheet)"
            )
        );
    }
}

/// A stuck reason for the page: only the contact's name in it is sheet text.
fn escape_reason(r: &crate::cohort::Reason, l: Lang) -> String {
    match r {
        crate::cohort::Reason::Replanned {
            name,
            action,
            since,
        } => crate::cohort::Reason::Replanned {
            name: escape(name),
            action: *action,
            since: *since,
        }
        .text(l),
        other => other.text(l),
    }
}

/// The line under a cut table: how many rows the workbook holds beyond those shown.
fn more(s: &mut String, l: Lang, total: usize) {
    if total > MAX_ROWS {
        let _ = writeln!(
            s,
            "\n{} {} {}",
            l.pick("… et", "… and"),
            total - MAX_ROWS,
            l.pick("de plus dans le classeur.", "more in the workbook.")
        );
    }
    s.push('\n');
}

/// Sheet text made inert for the page, cut to a cell's length: [`crate::safe::markdown::cell`].
pub fn escape(text: &str) -> String {
    crate::safe::markdown::cell(text)
}

#[cfg(test)]
mod tests;
