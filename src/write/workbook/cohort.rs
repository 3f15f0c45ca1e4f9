//! The cohort of a batch run, laid out: the table of the Markdown page and the cohort
//! workbook (`--cohort FILE.xlsx`). One row per person, in the order `cohort::order` decides
//! (the stuck first); the verdicts and the order are the core's, this module only lays out.

use chrono::NaiveDate;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatBorder, Url, Workbook};

use crate::cohort::{order, Person, Step};
use crate::error::Error;
use crate::model::Lang;

/// The hidden sheet that marks a cohort workbook, so a later run over the folder that holds
/// it skips it rather than reading it as someone's sheet.
pub const COHORT_MARKER: &str = "reseau-xlsx-cohort";

/// One input of the run, as the cohort shows it.
#[derive(Debug, Clone)]
pub struct Row<'a> {
    /// `[me] name`, else the sheet's path under the folder given.
    pub owner: &'a str,
    /// `None` for an input not processed.
    pub person: Option<&'a Person>,
    /// The person's workbook, relative to the cohort file.
    pub link: Option<String>,
    /// Why the input was not processed.
    pub failed: Option<String>,
}

/// The headers of the cohort table, in `l`.
pub fn headers(l: Lang) -> [&'static str; 12] {
    [
        l.pick("Personne", "Person"),
        l.pick("À l'arrêt", "Stuck"),
        l.pick("Pourquoi", "Why"),
        l.pick("Rencontres ce mois", "Meetings this month"),
        l.pick("Rencontres mois dernier", "Meetings last month"),
        l.pick("Rythme (par mois)", "Pace (per month)"),
        l.pick("Mois d'affilée", "Streak (months)"),
        l.pick("Échanges 7 j", "Exchanges 7 d"),
        l.pick("Échanges 30 j", "Exchanges 30 d"),
        l.pick("En retard", "Overdue"),
        l.pick("Le plus en retard", "Oldest overdue"),
        l.pick("Prochaine action", "Next action"),
    ]
}

/// The header of the problems column (after the twelve others).
fn problems_header(l: Lang) -> &'static str {
    l.pick("Problèmes", "Problems")
}

/// The header of the last column: the change of the overdue count since the last run.
fn change_header(l: Lang) -> &'static str {
    l.pick(
        "En retard : évolution depuis le dernier passage",
        "Overdue: change since the last run",
    )
}

/// The change of the overdue count since the last run: `+2`, `-1`, `=`; `None` on the first
/// run (no previous output, no history).
pub fn overdue_change(p: &Person) -> Option<String> {
    let before = p.overdue_before?;
    Some(match p.overdue.cmp(&before) {
        std::cmp::Ordering::Greater => format!("+{}", p.overdue - before),
        std::cmp::Ordering::Less => format!("-{}", before - p.overdue),
        std::cmp::Ordering::Equal => "=".to_string(),
    })
}

/// What the change column says on a first run.
pub fn first_run(l: Lang) -> &'static str {
    l.pick(
        "premier passage : pas d'historique",
        "first run: no history",
    )
}

/// "Claire Martin: Follow up (12 d late)".
pub fn overdue_text(s: &Step, l: Lang) -> String {
    format!(
        "{}{}{} ({} {})",
        s.name,
        l.pick(" : ", ": "),
        s.action.label(l),
        s.days_late,
        l.pick("j de retard", "d late")
    )
}

/// "2026-11-30 Claire Martin: Propose".
pub fn next_text(s: &Step, l: Lang) -> String {
    format!(
        "{} {}{}{}",
        s.date,
        s.name,
        l.pick(" : ", ": "),
        s.action.label(l)
    )
}

/// The rows in the order shown.
pub fn ordered<'r, 'a>(rows: &'r [Row<'a>]) -> Vec<&'r Row<'a>> {
    // A failed input has no verdict: it goes first, with the stuck (someone must look).
    let failed: Vec<&Row> = rows.iter().filter(|r| r.person.is_none()).collect();
    let people: Vec<(&Row, &Person)> = rows
        .iter()
        .filter_map(|r| r.person.map(|p| (r, p)))
        .collect();
    let keyed: Vec<(&str, &Person)> = people.iter().map(|(r, p)| (r.owner, *p)).collect();
    failed
        .into_iter()
        .chain(order(&keyed).into_iter().map(|i| people[i].0))
        .collect()
}

/// The cohort workbook: one sheet, the table, each name linked to the person's workbook.
///
/// # Errors
/// [`Error::Write`] without a path when a cell cannot be written.
pub fn workbook(rows: &[Row], today: NaiveDate, l: Lang) -> Result<Workbook, Error> {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name(l.pick("Cohorte", "Cohort"))?;
    // Headers wrapped in a taller row: "Meetings last month" is read whole above a narrow
    // column of numbers.
    let bold = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(rust_xlsxwriter::FormatAlign::Top)
        .set_border_bottom(FormatBorder::Thin);
    let link = Format::new().set_hyperlink();
    let stuck = Format::new()
        .set_bold()
        .set_font_color(rust_xlsxwriter::Color::RGB(0x009C_0006))
        .set_background_color(rust_xlsxwriter::Color::RGB(0x00FF_C7CE));
    let title = format!(
        "{} ({today})",
        l.pick("Qui appeler cette semaine", "Whom to call this week")
    );
    ws.write_string_with_format(0, 0, text(&title), &Format::new().set_bold())?;
    let mut heads: Vec<&str> = headers(l).to_vec();
    heads.push(problems_header(l));
    heads.push(change_header(l));
    for (c, h) in (0u16..).zip(heads) {
        ws.write_string_with_format(2, c, h, &bold)?;
    }
    for (r, row) in (3u32..).zip(ordered(rows)) {
        let owner = text(row.owner);
        match &row.link {
            // A link's text is an XML attribute, which cannot hold every character a cell can.
            Some(target) if crate::safe::cell::xml_legal(owner) => {
                let url = Url::new(format!("file:///{target}")).set_text(owner);
                ws.write_url_with_format(r, 0, url, &link)?;
            }
            _ => put(ws, r, 0, owner)?,
        }
        let Some(p) = row.person else {
            ws.write_string_with_format(r, 1, l.pick("non traité", "not processed"), &stuck)?;
            put(ws, r, 2, row.failed.as_deref().unwrap_or_default())?;
            continue;
        };
        if p.is_stuck() {
            ws.write_string_with_format(r, 1, l.pick("oui", "yes"), &stuck)?;
        } else {
            ws.write_string(r, 1, l.pick("non", "no"))?;
        }
        // The reasons name contacts: sheet text, written as such.
        put(ws, r, 2, &p.why(l))?;
        for (c, n) in [
            (3u16, p.meetings_this_month),
            (4, p.meetings_last_month),
            (5, p.pace),
            (6, p.streak),
            (7, p.exchanges_7),
            (8, p.exchanges_30),
        ] {
            ws.write_number(r, c, f64::from(n))?;
        }
        ws.write_number(r, 9, p.overdue as f64)?;
        if let Some(s) = &p.oldest_overdue {
            put(ws, r, 10, &overdue_text(s, l))?;
        }
        if let Some(s) = &p.next {
            put(ws, r, 11, &next_text(s, l))?;
        }
        ws.write_number(r, 12, p.problems as f64)?;
        match overdue_change(p) {
            Some(c) => ws.write_string(r, 13, c)?,
            None => ws.write_string(r, 13, first_run(l))?,
        };
    }
    ws.set_row_height(2, 45)?;
    ws.set_column_width(0, 28)?;
    ws.set_column_width(2, 40)?;
    for c in 3..=9 {
        ws.set_column_width(c, 11)?;
    }
    ws.set_column_width(12, 11)?;
    ws.set_column_width(10, 36)?;
    ws.set_column_width(11, 36)?;
    ws.set_column_width(13, 24)?;
    ws.set_freeze_panes(3, 1)?;
    let mark = book.add_worksheet();
    mark.set_name(COHORT_MARKER)?;
    mark.write_string(0, 0, COHORT_MARKER)?;
    mark.set_hidden(true);
    // Dated by the run's day, not the clock: the same inputs and day give the same bytes.
    use chrono::Datelike;
    let created =
        ExcelDateTime::from_ymd(today.year() as u16, today.month() as u8, today.day() as u8)?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&created));
    Ok(book)
}

/// Sheet text cut to what a cell holds.
fn text(s: &str) -> &str {
    crate::safe::cell::fit(s)
}

/// Writes sheet text as text, quote-prefixed when Excel would take it for a formula or a
/// number once retyped (`cells::write_text_in`, the one way the workbook writes sheet text).
fn put(ws: &mut rust_xlsxwriter::Worksheet, r: u32, c: u16, s: &str) -> Result<(), Error> {
    super::cells::write_text_in(
        ws,
        r,
        c,
        s,
        &Format::new(),
        &Format::new().set_quote_prefix(),
    )?;
    Ok(())
}
