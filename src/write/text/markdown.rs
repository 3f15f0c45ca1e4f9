//! The Markdown summary (`--summary-md`) for a CI job page (GitHub Actions step summary, GitLab):
//! a heading with the input and the date, the totals, the overdue actions (most days late
//! first), this week's actions and the problems, in the outcome's language.
//!
//! Every piece of sheet text goes through [`crate::safe::markdown::cell`], so a `|` in a company
//! name cannot break a table, a `<b>` in a note stays text, an address is no live link and a
//! name of 30,000 characters shows its first 200. Long lists are cut, with the count of what was left out, because a
//! job page has a size limit and the workbook holds the full lists. This module writes no file.

use std::fmt::Write as _;

use crate::assess::Outcome;
use crate::model::{Flag, Lang};
use crate::vocab::{Annotation, Factor, Field};

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

/// The section of an input that could not be processed, so a batch's page shows it too.
pub fn failure(source: &str, error: &crate::error::Error) -> String {
    format!(
        "## reseau-xlsx: {}\n\n**Not processed:** {}\n",
        escape(source),
        crate::safe::markdown::cut(&error.to_string(), 2_000)
    )
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

/// The one line saying warm contacts do not fit the month's meetings, and which pace would.
fn warm_short(s: &mut String, o: &Outcome) {
    if let Some(w) = o.plan.warm {
        let line = crate::vocab::labels::warm_short(w.unfit, w.meetings_per_month, o.lang);
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
