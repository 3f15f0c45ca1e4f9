//! The tool's own table sheets: the plan, the backlog, the overdue actions and the problems.
//! Each is one header row and one row per item, with frozen header, autofilter, fitted widths
//! and real dates. Contact names link back to their row on the contacts sheet, on the first
//! [`MAX_NAME_LINKS`] rows of each sheet.

use chrono::NaiveDate;
use rust_xlsxwriter::{ColNum, RowNum, Worksheet, XlsxError};

use super::cells::{self, Widths};
use super::styles::Styles;
use crate::assess::Outcome;
use crate::model::{Contact, Lang};
use crate::vocab::labels::{self, Header as H, OwnSheet};

/// Contact names linked per sheet (before the lists were cut, the 165,000 names of a
/// 100,000-row sheet's backlog, overdue and problems cost 58 MB to write).
pub(super) const MAX_NAME_LINKS: usize = super::MAX_LINKS;

/// Rows shown on the backlog and overdue sheets; past them, one line says how many more and
/// where they are. A sheet of 5,000 contacts or fewer is never cut. At 100,000 contacts most
/// are on one of the two sheets (32 MB of XML, a fifth of the workbook), while the contacts
/// sheet already holds every row's next step and flag, with filters, and the JSON the whole
/// lists (docs/performance.md, "What issue 25 changed").
pub(super) const MAX_LIST_ROWS: usize = 5_000;

/// One cell of a table sheet.
pub enum Cell {
    Text(String),
    Num(f64),
    Date(Option<NaiveDate>),
    /// A contact's name, linked to its row on the contacts sheet.
    Contact(String, u32),
}

impl Cell {
    fn width(&self) -> usize {
        match self {
            Cell::Text(s) | Cell::Contact(s, _) => cells::text_width(s),
            Cell::Num(n) => format!("{n}").len(),
            Cell::Date(_) => 11,
        }
    }
}

/// What every table sheet needs besides its rows.
pub struct Ctx<'a> {
    pub st: &'a Styles,
    pub lang: Lang,
    /// The name of the contacts sheet, for the links.
    pub contacts_sheet: &'a str,
    /// The name the contacts sheet had in the input (a CSV file's stem), which problems name.
    pub input_sheet: &'a str,
}

/// Writes a table of `n` rows produced by `row(i)` (called twice: widths, then cells, so big
/// tables are never held in memory twice).
fn table(
    ws: &mut Worksheet,
    ctx: &Ctx,
    sheet: OwnSheet,
    headers: &[H],
    n: usize,
    row: impl Fn(usize) -> Vec<Cell>,
) -> Result<(), XlsxError> {
    table_cut(ws, ctx, sheet, headers, n, n, row)
}

/// [`table`] showing the first `shown` of `n` rows, then a line saying how many more.
fn table_cut(
    ws: &mut Worksheet,
    ctx: &Ctx,
    sheet: OwnSheet,
    headers: &[H],
    n: usize,
    shown: usize,
    row: impl Fn(usize) -> Vec<Cell>,
) -> Result<(), XlsxError> {
    let total = n;
    let n = shown.min(total);
    let mut widths = Widths::default();
    for (c, h) in headers.iter().enumerate() {
        widths.see(c, h.text(ctx.lang).chars().count());
    }
    for i in 0..n {
        for (c, cell) in row(i).iter().enumerate() {
            widths.see(c, cell.width());
        }
    }
    if n == 0 {
        widths.see(0, labels::nothing(sheet, ctx.lang).chars().count().min(20));
    }
    widths.apply(ws, |_| cells::MAX_WIDTH)?;
    for (c, h) in headers.iter().enumerate() {
        let f = if h.centered() {
            &ctx.st.header_ours_center
        } else {
            &ctx.st.header_ours
        };
        ws.write_string_with_format(0, c as ColNum, h.text(ctx.lang), f)?;
    }
    ws.set_freeze_panes(1, 0)?;
    super::styles::print_setup(ws, 0)?;
    if n == 0 {
        ws.write_string_with_format(1, 0, labels::nothing(sheet, ctx.lang), &ctx.st.note)?;
        return Ok(());
    }
    let quoted_sheet = ctx.contacts_sheet.replace('\'', "''");
    for i in 0..n {
        let r = (i + 1) as RowNum;
        for (c, cell) in row(i).into_iter().enumerate() {
            let c = c as ColNum;
            match cell {
                Cell::Text(s) => cells::write_text(ws, r, c, &s, ctx.st)?,
                Cell::Num(v) => {
                    ws.write_number_with_format(r, c, v, &ctx.st.center)?;
                }
                Cell::Date(Some(d)) => cells::write_date(ws, r, c, d, ctx.st)?,
                Cell::Date(None) => {}
                Cell::Contact(name, row) => {
                    let target = format!("internal:'{quoted_sheet}'!A{row}");
                    if i >= MAX_NAME_LINKS || !cells::write_link(ws, r, c, target, &name, ctx.st)? {
                        cells::write_text(ws, r, c, &name, ctx.st)?;
                    }
                }
            }
        }
    }
    let last_col = headers.len().saturating_sub(1) as ColNum;
    ws.autofilter(0, 0, n as RowNum, last_col)?;
    if total > n {
        // Below a blank row, so the filter does not take it for a row of the table.
        let line = labels::more_rows(total - n, ctx.contacts_sheet, ctx.lang);
        ws.write_string_with_format((n + 2) as RowNum, 0, line, &ctx.st.note)?;
    }
    Ok(())
}

/// The name shown for a contact (its row when the name is blank).
pub(super) fn name(c: &Contact, lang: Lang) -> Cell {
    let shown = if c.name.trim().is_empty() {
        match lang {
            Lang::Fr => format!("(ligne {})", c.row),
            Lang::En => format!("(row {})", c.row),
        }
    } else {
        c.name.to_string()
    };
    Cell::Contact(shown, c.row)
}

fn how(c: &Contact, lang: Lang) -> Cell {
    Cell::Text(c.how.map(|h| h.label(lang)).unwrap_or_default().to_string())
}

fn objectives(c: &Contact, lang: Lang) -> Cell {
    let words: Vec<&str> = c.objectives.iter().map(|o| o.label(lang)).collect();
    Cell::Text(words.join(", "))
}

/// The plan sheet: week, date, contact, action, how, objective, deadline, flag, and what the
/// user can bring them when any contact says.
pub fn plan(ws: &mut Worksheet, ctx: &Ctx, out: &Outcome) -> Result<(), XlsxError> {
    let lang = ctx.lang;
    let give_back = out.contacts.iter().any(|c| c.give_back.is_some());
    let what = out.contacts.iter().any(|c| c.what.is_some());
    let mut headers = OwnSheet::Plan.headers().to_vec();
    for &h in OwnSheet::Plan.optional_headers() {
        if (h == H::What && what) || (h == H::GiveBack && give_back) {
            headers.push(h);
        }
    }
    let items: Vec<_> = out
        .plan
        .items
        .iter()
        .filter(|p| (p.index as usize) < out.contacts.len())
        .collect();
    table(ws, ctx, OwnSheet::Plan, &headers, items.len(), |i| {
        let p = items[i];
        let c = &out.contacts[p.index as usize];
        let flag = out
            .assessed
            .get(p.index as usize)
            .map(|a| a.action.flag.label(lang));
        let mut cells = vec![
            Cell::Text(p.week.clone()),
            Cell::Date(Some(p.date)),
            name(c, lang),
            Cell::Text(p.action.label(lang).to_string()),
            how(c, lang),
            objectives(c, lang),
            Cell::Date(c.deadline),
            Cell::Text(flag.unwrap_or_default().to_string()),
        ];
        if what {
            cells.push(Cell::Text(
                c.what.as_deref().unwrap_or_default().to_string(),
            ));
        }
        if give_back {
            cells.push(Cell::Text(
                c.give_back.as_deref().unwrap_or_default().to_string(),
            ));
        }
        cells
    })
}

/// The backlog sheet: what did not fit in the plan, and why.
pub fn backlog(ws: &mut Worksheet, ctx: &Ctx, out: &Outcome) -> Result<(), XlsxError> {
    let lang = ctx.lang;
    let headers = OwnSheet::Backlog.headers();
    let items: Vec<_> = out
        .plan
        .backlog
        .iter()
        .filter(|b| (b.index as usize) < out.contacts.len())
        .collect();
    let n = items.len();
    table_cut(ws, ctx, OwnSheet::Backlog, headers, n, MAX_LIST_ROWS, |i| {
        let b = items[i];
        let c = &out.contacts[b.index as usize];
        let score = out.assessed.get(b.index as usize).map(|a| a.score.points);
        vec![
            name(c, lang),
            Cell::Text(b.action.label(lang).to_string()),
            Cell::Text(match (b.reason, out.plan.warm) {
                // A warm contact's reason names the pace that would fit it.
                (crate::model::BacklogReason::WarmCapacity, Some(w)) => {
                    labels::warm_short(1, w.meetings_per_month, lang)
                }
                _ => labels::backlog_reason(b.reason, lang).to_string(),
            }),
            score.map_or(Cell::Text(String::new()), |s| Cell::Num(f64::from(s))),
            Cell::Date(c.deadline),
        ]
    })
}

/// The overdue sheet: the core's overdue list, most days late first (then by rank).
pub fn overdue(ws: &mut Worksheet, ctx: &Ctx, out: &Outcome) -> Result<(), XlsxError> {
    let lang = ctx.lang;
    let headers = OwnSheet::Overdue.headers();
    let late = &out.lists.overdue;
    let n = late.len();
    table_cut(ws, ctx, OwnSheet::Overdue, headers, n, MAX_LIST_ROWS, |i| {
        let at = late[i] as usize;
        let (a, c) = (&out.assessed[at], &out.contacts[at]);
        vec![
            name(c, lang),
            Cell::Text(a.action.next.label(lang).to_string()),
            Cell::Date(a.action.due),
            Cell::Num(f64::from(a.action.days_late)),
            how(c, lang),
            objectives(c, lang),
        ]
    })
}

/// The problems sheet: every value that was not understood, with a suggestion.
pub fn problems(ws: &mut Worksheet, ctx: &Ctx, out: &Outcome) -> Result<(), XlsxError> {
    let lang = ctx.lang;
    let headers = OwnSheet::Problems.headers();
    table(
        ws,
        ctx,
        OwnSheet::Problems,
        headers,
        out.problems.len(),
        |i| {
            let p = &out.problems[i];
            vec![
                Cell::Text(
                    if *p.sheet == *ctx.input_sheet {
                        ctx.contacts_sheet
                    } else {
                        &p.sheet
                    }
                    .to_string(),
                ),
                p.row
                    .map_or(Cell::Text(String::new()), |r| Cell::Num(f64::from(r))),
                Cell::Text(p.column.as_deref().unwrap_or_default().to_string()),
                Cell::Text(p.value.clone()),
                Cell::Text(p.kind.text(lang).to_string()),
                Cell::Text(p.hint.get(lang).to_string()),
            ]
        },
    )
}
