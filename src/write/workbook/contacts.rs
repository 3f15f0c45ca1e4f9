//! The contacts sheet: every row and original column of the user's table written back with its
//! type, minus the annotation columns of an earlier run, then the annotation columns of this run
//! (rank, score, tier, next step, due, flag, days late, why). Header frozen, autofilter, fitted
//! widths, rows coloured by flag, the score tinted by band, dropdowns on vocabulary columns,
//! e-mails and profile URLs as links (the first [`MAX_LINKS`]).
//!
//! Rows are written strictly in order, so the sheet can be a constant-memory worksheet; every
//! format that covers many cells is one range rule, never one per cell.

use std::collections::HashSet;
use std::sync::mpsc;

use rust_xlsxwriter::{
    utility::{cell_range, column_number_to_name},
    ColNum, ConditionalFormatCell, ConditionalFormatCellRule, ConditionalFormatFormula, Format,
    RowNum, Worksheet, XlsxError,
};

use super::cells::{self, Widths};
use super::looks::{Layout, SheetFormats, SheetLooks};
use super::styles::{self, Styles};
use super::validation;
use super::MAX_LINKS;
use crate::assess::Outcome;
use crate::error::Error;
use crate::model::{
    Annotation, Assessed, ColumnRole, ContactIndex, ContactJournal, ExchangeSource, Field, Flag,
    Lang, LastExchange, NextAction, Sheet, Table, Value,
};

/// Excel's last column index (XFD).
const LAST_COL: usize = 16_383;
/// The "why" column may be wider than ordinary columns: it is the explanation users read.
const WHY_WIDTH: usize = 70;

/// One annotation cell of a contact.
enum Note {
    Num(f64),
    Text(String),
    Date(chrono::NaiveDate),
    Blank,
}

/// A contact as its annotations need it: the outcome it is part of, and its index there.
#[derive(Clone, Copy)]
struct Row<'o> {
    outcome: &'o Outcome<'o>,
    index: usize,
}

impl<'o> Row<'o> {
    fn of(outcome: &'o Outcome<'o>, i: usize) -> Self {
        Row { outcome, index: i }
    }
}

/// The annotation cells of one contact, in `Annotation::ALL` order; `j` is what the journal
/// did to it.
fn notes(a: &Assessed, j: Option<&ContactJournal>, row: Row<'_>, lang: Lang) -> [Note; 9] {
    // A lapsed courtesy is said first: it is why the step is not the one the status gives.
    let mut why = a
        .action
        .lapse
        // In a few words (what comes before the colon): the score's parts follow, and the
        // next-step column already says what to do.
        .map(|l| {
            let label = l.label(lang);
            label.split(':').next().unwrap_or(label).trim().to_string()
        })
        .into_iter()
        .chain(
            a.score
                .parts
                .iter()
                .map(|p| format!("{} {:+}", p.factor.label(lang), p.points)),
        )
        .collect::<Vec<_>>()
        .join(" · ");
    // A meeting is a first step toward others: the thank-you is where to ask for names.
    if a.action.next == NextAction::Thank {
        if !why.is_empty() {
            why.push_str(" · ");
        }
        why.push_str(lang.pick(
            "En remerciant, demander un ou deux noms",
            "When thanking, ask for a name or two",
        ));
    }
    if let Some(step) = j.and_then(|j| j.step.as_ref()) {
        if !why.is_empty() {
            why.push_str(" · ");
        }
        why.push_str(lang.pick("Journal : ", "Journal: "));
        why.push_str(&exchange(step, lang));
    }
    let last = row.outcome.last_exchange(row.index as ContactIndex);
    let last = last.map_or(Note::Blank, |l| Note::Text(exchange(&l, lang)));
    let act = &a.action;
    [
        Note::Num(f64::from(a.rank)),
        Note::Num(f64::from(a.score.points)),
        Note::Text(format!("{:?}", a.score.tier)),
        match act.next {
            NextAction::None => Note::Blank,
            n => Note::Text(n.label(lang).to_string()),
        },
        act.due.map_or(Note::Blank, Note::Date),
        Note::Text(act.flag.label(lang).to_string()),
        if act.days_late > 0 {
            Note::Num(f64::from(act.days_late))
        } else {
            Note::Blank
        },
        Note::Text(why),
        last,
    ]
}

/// An exchange as the user reads it: "Café · 24/11/2026 (journal, ligne 7)", or
/// "10/11/2026 (ligne du contact)" for the date the contact's row gives.
fn exchange(e: &LastExchange, lang: Lang) -> String {
    let day = e.date.format(lang.pick("%d/%m/%Y", "%-d %b %Y"));
    let what = match (e.word.is_empty(), e.kind) {
        (false, _) => format!("{} · ", e.word),
        (true, Some(k)) => format!("{} · ", k.label(lang)),
        (true, None) => String::new(),
    };
    match (e.source, e.row) {
        (ExchangeSource::Journal, Some(row)) => {
            format!(
                "{what}{day} ({}{row})",
                lang.pick("journal, ligne ", "journal, row ")
            )
        }
        (ExchangeSource::Journal, None) => format!("{what}{day} (journal)"),
        (ExchangeSource::Row, _) => {
            format!(
                "{what}{day} ({})",
                lang.pick("ligne du contact", "contact row")
            )
        }
    }
}

/// The place of `a` among the annotation columns.
fn annotation_col(a: Annotation) -> usize {
    Annotation::ALL.iter().position(|&x| x == a).unwrap_or(0)
}

fn note_width(n: &Note) -> usize {
    match n {
        Note::Num(v) => format!("{v}").len(),
        Note::Text(s) => cells::text_width(s),
        Note::Date(_) => 11,
        Note::Blank => 0,
    }
}

/// Where each input column goes: `None` for an annotation column of an earlier run.
fn column_map(sheet: &Sheet, table: &Table) -> (Vec<Option<ColNum>>, usize) {
    let dropped: HashSet<usize> = table
        .columns
        .iter()
        .filter(|c| c.role == ColumnRole::Annotation)
        .map(|c| c.index)
        .collect();
    let width = sheet.rows.width();
    let mut next: usize = 0;
    let map = (0..width)
        .map(|i| {
            if dropped.contains(&i) {
                None
            } else {
                next += 1;
                ColNum::try_from(next - 1).ok()
            }
        })
        .collect();
    (map, next)
}

/// The target of a link for a cell of the e-mail or profile column, when the text is one. A
/// cell of several addresses (Google's ` ::: `, or an address and a phone) links to its first
/// address.
fn link(field: Field, text: &str) -> Option<String> {
    match field {
        Field::Email => {
            crate::safe::link::mailto(&crate::normalize::multi::first_email(text.trim().into()))
        }
        Field::Linkedin => crate::safe::link::web(text),
        _ => None,
    }
}

/// Fills `ws` with the contacts sheet of `outcome`.
///
/// # Errors
/// A table too wide for the annotation columns, or a rust_xlsxwriter error.
pub fn fill(
    ws: &mut Worksheet,
    sheet: &Sheet,
    (formats, looks): (&SheetFormats<'_>, &SheetLooks<'_>),
    table: &Table,
    outcome: &Outcome,
    st: &Styles,
) -> Result<(), Error> {
    let lang = outcome.lang;
    let (map, base) = column_map(sheet, table);
    if base + Annotation::ALL.len() > LAST_COL + 1 {
        return Err(Error::write_refused(format!(
            "sheet {:?} has {base} columns; the annotation columns do not fit in Excel's 16,384",
            sheet.name
        )));
    }
    let header = table.header_row;
    // Contacts by row, in row order, so rows are written once and in order.
    let mut by_row: Vec<(usize, usize)> = outcome
        .contacts
        .iter()
        .enumerate()
        .filter(|(i, _)| *i < outcome.assessed.len())
        .filter_map(|(i, c)| (c.row as usize).checked_sub(1).map(|r| (r, i)))
        .filter(|&(r, _)| r > header)
        .collect();
    by_row.sort_unstable();
    by_row.dedup_by_key(|(r, _)| *r);
    let last_row = sheet
        .rows
        .len()
        .saturating_sub(1)
        .max(by_row.last().map_or(0, |&(r, _)| r))
        .max(header);
    let links: Vec<(usize, Field)> = [Field::Email, Field::Linkedin]
        .into_iter()
        .filter_map(|f| table.column(f).map(|c| (c.index, f)))
        .collect();

    // The annotation columns' formats are column formats, which their cells inherit:
    // rust_xlsxwriter hashes a whole Format for every cell written with one.
    for (k, a) in Annotation::ALL.iter().enumerate() {
        let col = (base + k) as ColNum;
        match a {
            Annotation::Due => {
                ws.set_column_format(col, &st.date)?;
            }
            Annotation::Rank | Annotation::Score | Annotation::Tier | Annotation::DaysLate => {
                ws.set_column_format(col, &st.center)?;
            }
            Annotation::NextAction
            | Annotation::Flag
            | Annotation::Why
            | Annotation::LastExchange => {}
        }
    }
    let out = |c: usize| map.get(c).copied().flatten();
    formats.set_columns(ws, out)?;
    let mut layout = Layout::new(&sheet.looks.layout, out);
    // The annotations are worded, and every column measured, on another thread while this one
    // writes the rows: writing the cells' XML is the longest part of a large sheet.
    let widths = std::thread::scope(|scope| {
        let (send, notes) = mpsc::sync_channel(BATCHES_AHEAD);
        let prepare = {
            let (map, by_row) = (&map, &by_row);
            scope.spawn(move || prepare(sheet, map, base, by_row, outcome, send))
        };
        let written = write_rows(
            ws,
            (sheet, &mut layout, formats, looks),
            Span {
                header,
                last_row,
                base,
                map: &map,
                by_row: &by_row,
            },
            &links,
            &notes,
            (lang, st),
        );
        drop(notes);
        // The notes are dropped by now, so the preparing thread stops if writing failed.
        let widths = prepare
            .join()
            .unwrap_or_else(|e| std::panic::resume_unwind(e));
        written.map(|()| widths)
    })?;
    let why_col = base + annotation_col(Annotation::Why);
    widths.apply(ws, |c| {
        if c == why_col {
            WHY_WIDTH
        } else {
            cells::MAX_WIDTH
        }
    })?;
    // The user's widths and hidden columns win over the fitted ones, on the user's columns.
    layout.columns(ws, out)?;
    // The user's panes when they froze some; else the header's.
    match layout.frozen() {
        Some((rows, cols)) => {
            let cols = (0..cols as usize).filter(|&c| out(c).is_some()).count();
            ws.set_freeze_panes(rows, cols as ColNum)?;
        }
        None => {
            ws.set_freeze_panes(header as RowNum + 1, 0)?;
        }
    }
    super::styles::print_setup(ws, header as RowNum)?;
    let last_col = (base + Annotation::ALL.len() - 1) as ColNum;
    ws.autofilter(header as RowNum, 0, last_row as RowNum, last_col)?;
    if last_row > header {
        let first = header as RowNum + 1;
        let last = last_row as RowNum;
        let flag_col = column_number_to_name((base + 5) as ColNum);
        let score_col = (base + 1) as ColNum;
        // The row colours skip the score cell: LibreOffice draws one conditional format per
        // cell, and the score's is its tint.
        let rows = format!(
            "{} {}",
            cell_range(first, 0, last, score_col - 1),
            cell_range(first, score_col + 1, last, last_col)
        );
        for flag in [Flag::Overdue, Flag::DueSoon, Flag::AtRisk, Flag::Inactive] {
            let Some(fill) = styles::flag_fill(flag) else {
                continue;
            };
            let rule = format!("=${flag_col}{}=\"{}\"", first + 1, flag.label(lang));
            let cf = ConditionalFormatFormula::new()
                .set_rule(rule.as_str())
                .set_format(fill)
                .set_multi_range(rows.as_str());
            ws.add_conditional_format(first, 0, last, last_col, &cf)?;
        }
        for (low, high, fill) in styles::score_bands() {
            let band = ConditionalFormatCell::new()
                .set_rule(ConditionalFormatCellRule::Between(low, high))
                .set_format(fill);
            ws.add_conditional_format(first, score_col, last, score_col, &band)?;
        }
    }
    for col in &table.columns {
        if let (ColumnRole::Field(f), Some(Some(j))) = (col.role, map.get(col.index)) {
            validation::add(ws, f, *j, header as RowNum + 1, last_row as RowNum, lang)?;
        }
    }
    Ok(())
}

/// Contacts' notes sent to the writing thread at once.
const BATCH: usize = 512;
/// Batches the preparing thread may be ahead of the writing one: memory stays bounded.
const BATCHES_AHEAD: usize = 8;

/// The rows the contacts sheet writes and where: the header row, the last row, the first
/// annotation column, where each input column goes, and the contacts by row.
struct Span<'a> {
    header: usize,
    last_row: usize,
    base: usize,
    map: &'a [Option<ColNum>],
    by_row: &'a [(usize, usize)],
}

/// Words every contact's notes, in row order, and sends them to the writing thread in
/// batches; measures every column of the sheet on the way. Stops early when the writing
/// thread does (it dropped its end of the channel).
fn prepare(
    sheet: &Sheet,
    map: &[Option<ColNum>],
    base: usize,
    by_row: &[(usize, usize)],
    outcome: &Outcome,
    send: mpsc::SyncSender<Vec<[Note; 9]>>,
) -> Widths {
    let lang = outcome.lang;
    let mut widths = Widths::default();
    for row in &sheet.rows {
        for (c, v) in row.iter().enumerate() {
            if let Some(Some(j)) = map.get(c) {
                widths.see(usize::from(*j), cells::width(&v));
            }
        }
    }
    for (k, a) in Annotation::ALL.iter().enumerate() {
        widths.see(base + k, a.label(lang).chars().count());
    }
    let mut batch = Vec::with_capacity(BATCH);
    for &(_, i) in by_row {
        let j = outcome.journal.contacts.get(i);
        let n = notes(&outcome.assessed[i], j, Row::of(outcome, i), lang);
        for (k, n) in n.iter().enumerate() {
            widths.see(base + k, note_width(n));
        }
        batch.push(n);
        if batch.len() == BATCH {
            let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
            if send.send(full).is_err() {
                return widths;
            }
        }
    }
    if !batch.is_empty() {
        let _ = send.send(batch);
    }
    widths
}

/// Writes every row of the contacts sheet in order: the user's cells in their looks, links,
/// the header, and each contact's notes as `notes` brings them.
fn write_rows(
    ws: &mut Worksheet,
    (sheet, layout, formats, looks): (&Sheet, &mut Layout<'_>, &SheetFormats<'_>, &SheetLooks<'_>),
    span: Span<'_>,
    links: &[(usize, Field)],
    notes: &mpsc::Receiver<Vec<[Note; 9]>>,
    (lang, st): (Lang, &Styles),
) -> Result<(), Error> {
    let Span {
        header,
        last_row,
        base,
        map,
        by_row,
    } = span;
    let mut cursor = formats.cursor();
    let mut look_cursor = looks.cursor();
    let mut merge_cursor = looks.cursor();
    let mut next_contact = by_row.iter().peekable();
    let mut batch = Vec::new().into_iter();
    let mut link_count = 0;
    for r in 0..=last_row {
        let row = sheet.rows.row(r);
        let rn = r as RowNum;
        layout.rows_upto(ws, r, |r0, c0| {
            looks
                .at(&mut merge_cursor, r0 as usize, c0 as usize)
                .map_or_else(Format::new, |l| l.plain.clone())
        })?;
        for (c, v) in cells::with_looks(row, looks.width()) {
            let look = looks.at(&mut look_cursor, r, c);
            let Some(Some(j)) = map.get(c) else { continue };
            if r == header && look.is_none() {
                match v {
                    Value::Text(s) => {
                        cells::write_text_in(ws, rn, *j, s, &st.header, &st.header_quoted)?;
                    }
                    v => cells::write_value(ws, rn, *j, &v, st)?,
                }
                continue;
            }
            if let (Value::Text(s), Some(&(_, f))) = (v, links.iter().find(|(i, _)| *i == c)) {
                if link_count < MAX_LINKS {
                    if let Some(target) = link(f, s) {
                        if cells::write_link(ws, rn, *j, target, s, st)? {
                            link_count += 1;
                            continue;
                        }
                    }
                }
            }
            let user = formats.at(&mut cursor, r, c);
            cells::write_value_looked(ws, (rn, *j), &v, st, user, looks, look, c)?;
        }
        if r == header {
            for (k, a) in Annotation::ALL.iter().enumerate() {
                let col = (base + k) as ColNum;
                let f = match a {
                    Annotation::NextAction
                    | Annotation::Flag
                    | Annotation::Why
                    | Annotation::LastExchange => &st.header_ours,
                    _ => &st.header_ours_center,
                };
                ws.write_string_with_format(rn, col, a.label(lang), f)?;
            }
        }
        if let Some(&&(cr, _)) = next_contact.peek() {
            if cr == r {
                next_contact.next();
                let note = match batch.next() {
                    Some(n) => n,
                    None => {
                        // The preparing thread sends every contact's notes, in row order.
                        batch = notes.recv().unwrap_or_default().into_iter();
                        batch.next().ok_or_else(|| {
                            Error::write_refused(
                                "the annotations of the contacts were not all prepared",
                            )
                        })?
                    }
                };
                write_notes(ws, rn, base, note, st)?;
            }
        }
    }

    Ok(())
}

/// Writes the annotation cells of one contact on row `rn`, from column `base`.
fn write_notes(
    ws: &mut Worksheet,
    rn: RowNum,
    base: usize,
    notes: [Note; 9],
    st: &Styles,
) -> Result<(), XlsxError> {
    for (k, n) in notes.into_iter().enumerate() {
        let col = (base + k) as ColNum;
        // Centred numbers, the tier and the due date take their column's format (see `fill`).
        match n {
            Note::Num(v) => {
                ws.write_number(rn, col, v)?;
            }
            Note::Text(s) if Annotation::ALL[k] == Annotation::Tier => {
                ws.write_string(rn, col, s)?;
            }
            Note::Text(s) => cells::write_text(ws, rn, col, &s, st)?,
            Note::Date(d) => match styles::date_serial(d) {
                Some(n) => {
                    ws.write_number(rn, col, n)?;
                }
                None => cells::write_date(ws, rn, col, d, st)?,
            },
            Note::Blank => {}
        }
    }
    Ok(())
}
