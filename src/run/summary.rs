//! The short text `process` and `check` print on stdout, in the workbook's language. Codes come
//! from `vocab`; only the few sentence words live here. Every text that comes from a sheet or
//! a path goes through [`crate::safe::terminal::line`] (or `{:?}`, which escapes as well), so a
//! name cannot drive the terminal or start a line a CI runner takes as a command.

use std::fmt::Write as _;
use std::path::Path;

use crate::assess::Outcome;
use crate::model::{ColumnRole, Contact, Flag, Journal, Lang, Problem, Sheet, Table, Workbook};
use crate::safe::terminal::line as safe;

/// `1 problem`, `0 problems`, `2 problems`: the singular for one, as French and English both do
/// (French also says "0 problème", but "0 problèmes" reads as well and keeps one rule).
fn count(n: usize, (one, many): (&str, &str)) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// What `process` prints for one input: counts, what the drafts need on a first run, then this
/// week's actions.
pub fn process(input: &Path, out: &Path, o: &Outcome, first_run: bool) -> String {
    let l = o.lang;
    let n = &o.totals;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{} -> {}",
        safe(&input.display().to_string()),
        safe(&out.display().to_string())
    );
    let _ = writeln!(
        s,
        "  {}, {}: {}, {}, {}; {}, {}; {}",
        count(
            n.contacts,
            l.pick(("contact", "contacts"), ("contact", "contacts"))
        ),
        count(n.active, l.pick(("actif", "actifs"), ("active", "active"))),
        count(
            n.overdue,
            l.pick(("en retard", "en retard"), ("overdue", "overdue"))
        ),
        count(
            n.due_soon,
            l.pick(("bientôt dû", "bientôt dus"), ("due soon", "due soon"))
        ),
        count(
            n.at_risk,
            l.pick(("à risque", "à risque"), ("at risk", "at risk"))
        ),
        count(
            n.planned,
            l.pick(("planifié", "planifiés"), ("planned", "planned"))
        ),
        count(
            n.backlog,
            l.pick(("en attente", "en attente"), ("in backlog", "in backlog"))
        ),
        count(
            n.problems,
            l.pick(("problème", "problèmes"), ("problem", "problems"))
        ),
    );
    if let Some(r) = &o.journal.report {
        let [entries, applied, _] = journal_counts(r, l);
        let _ = writeln!(s, "  journal {:?}: {entries}, {applied}", r.sheet);
    }
    for line in o.plan.pace_lines(l) {
        let _ = writeln!(s, "  {line}");
    }
    // Once, on the first run: the lines of `[me]` the drafts wait for.
    if let Some(note) = o
        .drafts_note
        .filter(|_| first_run && !o.plan.items.is_empty())
    {
        for (i, text) in note.lines().enumerate() {
            let indent = if i == 0 { "  " } else { "    " };
            let _ = writeln!(s, "{indent}{text}");
        }
    }
    let first_week = o.plan.items.first().map(|p| p.week.clone());
    let this_week: Vec<_> = o
        .plan
        .items
        .iter()
        .filter(|p| Some(&p.week) == first_week.as_ref())
        .collect();
    if let Some(week) = &first_week {
        let _ = writeln!(s, "  {} ({week}):", l.pick("Cette semaine", "This week"));
    }
    for p in this_week {
        let c = &o.contacts[p.index as usize];
        let a = &o.assessed[p.index as usize].action;
        let how = c
            .how
            .map(|h| format!(" ({})", h.label(l)))
            .unwrap_or_default();
        let mut line = format!(
            "    {}  {:<20} {}{how}",
            p.date,
            p.action.label(l),
            safe(&c.name)
        );
        if a.flag == Flag::Overdue {
            let _ = write!(
                line,
                " [{} {} {}]",
                a.flag.label(l),
                a.days_late,
                l.pick("j", "d")
            );
        }
        let _ = writeln!(s, "{line}");
    }
    s
}

/// The line saying what of an earlier run `process` replaces (its sheets and annotation
/// columns) and which sheets its marker lists that are kept as the user's; empty when none.
pub fn replaced(workbook: &Workbook, table: &Table, l: Lang) -> String {
    let earlier = crate::model::marker::earlier(workbook);
    let names = |list: &[usize]| {
        list.iter()
            .filter(|&&i| i != table.sheet)
            .map(|&i| format!("{:?}", workbook.sheets[i].name))
            .collect::<Vec<_>>()
    };
    let sheets = names(&earlier.own);
    let columns: Vec<String> = table
        .columns
        .iter()
        .filter(|c| c.role == ColumnRole::Annotation)
        .map(|c| format!("{:?}", c.header))
        .collect();
    let mut s = String::new();
    if !sheets.is_empty() || !columns.is_empty() {
        let mut parts = Vec::new();
        if !sheets.is_empty() {
            parts.push(format!(
                "{} {}",
                l.pick("feuilles", "sheets"),
                sheets.join(", ")
            ));
        }
        if !columns.is_empty() {
            parts.push(format!(
                "{} {}",
                l.pick("colonnes", "columns"),
                columns.join(", ")
            ));
        }
        let _ = writeln!(
            s,
            "  {}: {}",
            l.pick(
                "remplacé (écrit par un passage précédent)",
                "replaced (written by an earlier run)"
            ),
            safe(&parts.join("; "))
        );
    }
    let kept = names(&earlier.kept);
    if !kept.is_empty() {
        let _ = writeln!(
            s,
            "  {}: {}",
            l.pick(
                "gardées comme les vôtres (listées par le marqueur, mais pas disposées comme celles de l'outil)",
                "kept as yours (listed by the marker, but not laid out as the tool's)"
            ),
            safe(&kept.join(", "))
        );
    }
    s
}

/// What `check` prints for one input: the mapping, the ignored headers, the count, the problems.
pub fn check(
    input: &Path,
    sheet: &Sheet,
    table: &Table,
    contacts: &[Contact],
    problems: &[Problem],
    lang: Lang,
) -> String {
    let l = lang;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{}: {} {:?}, {} {}",
        safe(&input.display().to_string()),
        l.pick("feuille", "sheet"),
        sheet.name,
        l.pick("ligne d'en-tête", "header row"),
        table.header_row + 1
    );
    let _ = writeln!(s, "  {}:", l.pick("colonnes", "columns"));
    let note = |index: usize| {
        table
            .notes
            .iter()
            .filter(|n| n.index == index)
            .map(|n| n.note.get(l))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let mut ignored = Vec::new();
    let mut annotations = Vec::new();
    for c in &table.columns {
        match c.role {
            ColumnRole::Field(f) => {
                let why = note(c.index);
                if why.is_empty() {
                    let _ = writeln!(s, "    {:?} -> {}", c.header, f.code());
                } else {
                    let _ = writeln!(s, "    {:?} -> {}  ({why})", c.header, f.code());
                }
            }
            ColumnRole::Annotation => annotations.push(format!("{:?}", c.header)),
            ColumnRole::Ignored => ignored.push(c),
        }
    }
    if !ignored.is_empty() {
        let _ = writeln!(
            s,
            "  {}:",
            l.pick(
                "ignorées (gardées telles quelles)",
                "ignored (kept as they are)"
            ),
        );
        for c in ignored {
            let _ = write!(s, "    {:?}", c.header);
            let why = note(c.index);
            if !why.is_empty() {
                let _ = write!(s, ": {why}");
            }
            let (near, code) = match crate::read::nearest_field(&c.header) {
                Some(f) => (
                    format!("{} {}", l.pick("la plus proche :", "nearest:"), f.code()),
                    f.code(),
                ),
                None => (
                    l.pick("aucune colonne proche", "no field near").to_string(),
                    "FIELD",
                ),
            };
            let _ = write!(
                s,
                "; {near}; {} [aliases] {code} = [{:?}]",
                l.pick("pour la lire : reseau.toml", "to map it: reseau.toml"),
                c.header
            );
            let _ = writeln!(s);
        }
    }
    aliases(&mut s, l);
    if !annotations.is_empty() {
        let _ = writeln!(
            s,
            "  {}: {}",
            l.pick(
                "annotations d'un passage précédent (remplacées)",
                "annotations of an earlier run (replaced)"
            ),
            annotations.join(", ")
        );
    }
    let _ = writeln!(
        s,
        "  {}, {}",
        count(contacts.len(), ("contact", "contacts")),
        count(
            problems.len(),
            l.pick(("problème", "problèmes"), ("problem", "problems"))
        )
    );
    for p in problems {
        let _ = writeln!(s, "    {}", problem_line(p, &sheet.name, l));
    }
    s
}

/// One problem on one line, as `check` prints it: the sheet when it is not `sheet`, the row,
/// the column, the value, what is wrong and the hint.
pub fn problem_line(p: &Problem, sheet: &str, l: Lang) -> String {
    let mut line = String::new();
    // A problem of another sheet (the journal) names it.
    if *p.sheet != *sheet {
        let _ = write!(line, "{:?} ", &*p.sheet);
    }
    if let Some(r) = p.row {
        let _ = write!(line, "{} {r}, ", l.pick("ligne", "row"));
    }
    if let Some(c) = &p.column {
        let _ = write!(line, "{c:?}: ");
    }
    if !p.value.is_empty() {
        let _ = write!(line, "{:?}: ", p.value);
    }
    line.push_str(p.kind.text(l));
    let hint = p.hint.get(l);
    if !hint.is_empty() {
        let _ = write!(line, " ({})", safe(hint));
    }
    line
}

/// Every field code `reseau.toml` `[aliases]` accepts, with its French and English header, so
/// a user maps a column without guessing the codes.
fn aliases(s: &mut String, l: Lang) {
    let _ = writeln!(
        s,
        "  {}:",
        l.pick(
            "champs pour reseau.toml [aliases] (code : en-tête français / anglais)",
            "fields for reseau.toml [aliases] (code: French / English header)"
        )
    );
    let mut line = String::from("   ");
    for f in crate::model::Field::ALL {
        let item = format!(
            " {}: {} / {};",
            f.code(),
            f.label(Lang::Fr),
            f.label(Lang::En)
        );
        if line.chars().count() + item.chars().count() > 100 {
            let _ = writeln!(s, "{line}");
            line = String::from("   ");
        }
        line.push_str(&item);
    }
    let _ = writeln!(s, "{}", line.trim_end_matches(';'));
}

/// What `check` prints about the journal: where it was found, its columns and what it did.
pub fn journal(journal: &Journal, lang: Lang) -> String {
    let l = lang;
    let Some(r) = &journal.report else {
        return format!(
            "  journal: {}\n",
            l.pick(
                "aucun (feuille Journal ou --journal)",
                "none (a Journal sheet or --journal)"
            )
        );
    };
    let mut s = String::new();
    let file = r
        .file
        .as_ref()
        .map(|f| format!("{f} › "))
        .unwrap_or_default();
    let _ = writeln!(
        s,
        "  journal: {file}{} {:?}, {} {}",
        l.pick("feuille", "sheet"),
        r.sheet,
        l.pick("ligne d'en-tête", "header row"),
        r.header_row
    );
    for (code, header) in &r.columns {
        let _ = writeln!(s, "    {header:?} -> {code}");
    }
    let [entries, applied, problems] = journal_counts(r, l);
    let _ = writeln!(s, "    {entries}, {applied}, {problems}");
    s
}

/// The journal's entries read, applied and its problems, counted in words.
fn journal_counts(r: &crate::model::JournalReport, l: Lang) -> [String; 3] {
    [
        count(
            r.entries,
            l.pick(("échange", "échanges"), ("entry", "entries")),
        ),
        count(
            r.applied,
            l.pick(("appliqué", "appliqués"), ("applied", "applied")),
        ),
        count(
            r.problems,
            l.pick(("problème", "problèmes"), ("problem", "problems")),
        ),
    ]
}
