//! The Messages sheet: one row per planned action, in plan order (week, date, contact, action,
//! channel, subject, draft). The contact's name opens the draft: a `mailto:` link with the
//! subject and body filled in when the contact has one plain e-mail address, else the profile
//! (https only), else the contact's row; past the sheet's first [`MAX_NAME_LINKS`] rows, the
//! name is plain text. The drafts themselves come from `draft`, through
//! `Outcome::drafts`; this module only lays them out.

use rust_xlsxwriter::{ColNum, Format, FormatAlign, Note, RowNum, Worksheet, XlsxError};

use super::cells::{self, Widths};
use super::sheets::{self, Ctx, MAX_NAME_LINKS};
use super::styles::Styles;
use crate::assess::Outcome;
use crate::draft::{mailto, Draft};
use crate::model::{Contact, How, Lang, NextAction};
use crate::safe;
use crate::vocab::labels::{self, Header as H, OwnSheet};

/// The sheet's columns, as the marker recognises them on a re-run: the fixed ones, then why
/// contact them and what to offer, each when some draft has it.
fn headers(out: &Outcome) -> Vec<H> {
    let mut all = OwnSheet::Messages.headers().to_vec();
    for &h in OwnSheet::Messages.optional_headers() {
        let some = out.drafts.iter().any(|d| match h {
            H::What => !d.beside.is_empty(),
            _ => !d.offer.is_empty(),
        });
        if some {
            all.push(h);
        }
    }
    all
}

/// Column of the draft, and its width: about a line of a mail program.
const DRAFT_COL: ColNum = 6;
const DRAFT_WIDTH: f64 = 80.0;

/// The formats of this sheet, every cell at the top of its row so a row reads across beside
/// its draft: the draft wrapped, other text, dates and the name's link; each text one with and
/// without the quote prefix. Registered by the workbook before the sheets are filled (same
/// order, same bytes).
pub fn formats(st: &Styles) -> [Format; 7] {
    let top = |f: &Format| f.clone().set_align(FormatAlign::Top);
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let text = top(&Format::new());
    [
        wrap.clone(),
        wrap.set_quote_prefix(),
        text.clone(),
        text.set_quote_prefix(),
        top(&st.date),
        top(&st.link),
        top(&st.link_quoted),
    ]
}

/// The widest the name column gets, in characters: a long name wraps past it.
const NAME_WIDTH: usize = 40;

/// Fills the Messages sheet of `out`.
///
/// # Errors
/// A rust_xlsxwriter error.
pub fn fill(ws: &mut Worksheet, ctx: &Ctx, out: &Outcome) -> Result<(), XlsxError> {
    let lang = ctx.lang;
    let [wrap, wrap_quoted, text, text_quoted, date, link_top, link_quoted] = formats(ctx.st);
    let write = |ws: &mut Worksheet, r: RowNum, c: ColNum, s: &str| -> Result<(), XlsxError> {
        let s = cells::fit_cell(s);
        if s.is_empty() {
            // A blank cell at the top too, so a row's look does not change with its content.
            ws.write_blank(r, c, &text)?;
            return Ok(());
        }
        let f = if cells::needs_quote_prefix(s) {
            &text_quoted
        } else {
            &text
        };
        ws.write_string_with_format(r, c, s, f)?;
        Ok(())
    };
    let rows: Vec<(usize, &Contact)> = out
        .plan
        .items
        .iter()
        .enumerate()
        .filter_map(|(i, p)| Some((i, out.contacts.get(p.index as usize)?)))
        .collect();
    let headers = headers(out);
    let mut widths = Widths::default();
    for (c, h) in headers.iter().enumerate() {
        widths.see(c, h.text(lang).chars().count());
    }
    for &(i, c) in &rows {
        let p = &out.plan.items[i];
        widths.see(0, p.week.len());
        widths.see(1, 11);
        widths.see(2, cells::text_width(&shown_name(c, lang)));
        widths.see(3, p.action.label(lang).chars().count());
        widths.see(4, channel(c, p.action, lang).chars().count());
        widths.see(5, draft_of(out, i).subject.chars().count());
        for (k, &h) in headers.iter().enumerate().skip(DRAFT_COL as usize + 1) {
            widths.see(
                k,
                beside(draft_of(out, i), h)
                    .chars()
                    .count()
                    .min(BESIDE_WIDTH),
            );
        }
    }
    widths.apply(ws, |c| if c == 2 { NAME_WIDTH } else { cells::MAX_WIDTH })?;
    ws.set_column_width(DRAFT_COL, DRAFT_WIDTH)?;
    for (c, h) in headers.iter().enumerate() {
        let f = if h.centered() {
            &ctx.st.header_ours_center
        } else {
            &ctx.st.header_ours
        };
        ws.write_string_with_format(0, c as ColNum, h.text(lang), f)?;
    }
    if let Some(note) = out.drafts_note {
        // Said where the drafts are read: the lines of `[me]` to add, and why.
        let note = Note::new(note).set_author("reseau-xlsx").set_width(420);
        ws.insert_note(0, DRAFT_COL, &note)?;
    }
    ws.set_freeze_panes(1, 0)?;
    super::styles::print_setup(ws, 0)?;
    if rows.is_empty() {
        let none = labels::nothing(OwnSheet::Messages, lang);
        ws.write_string_with_format(1, 0, none, &ctx.st.note)?;
        return Ok(());
    }
    let quoted_sheet = ctx.contacts_sheet.replace('\'', "''");
    for (n, &(i, c)) in rows.iter().enumerate() {
        let r = (n + 1) as RowNum;
        let p = &out.plan.items[i];
        let draft = draft_of(out, i);
        write(ws, r, 0, &p.week)?;
        match super::styles::date_serial(p.date) {
            Some(n) => {
                ws.write_number_with_format(r, 1, n, &date)?;
            }
            None => write(ws, r, 1, &p.date.format("%Y-%m-%d").to_string())?,
        }
        let name = shown_name(c, lang);
        // The name opens the message (else the contact's row) on the first rows; past them it
        // is plain text, as on every sheet (Excel refuses a sheet of more than 65,530 links).
        let linked = n < MAX_NAME_LINKS && {
            let target = link(c, p.action, draft)
                .unwrap_or_else(|| format!("internal:'{quoted_sheet}'!A{}", c.row));
            cells::write_link_in(ws, (r, 2), target, &name, (&link_top, &link_quoted))?
        };
        if !linked {
            write(ws, r, 2, &name)?;
        }
        write(ws, r, 3, p.action.label(lang))?;
        write(ws, r, 4, &channel(c, p.action, lang))?;
        write(ws, r, 5, &draft.subject)?;
        let f = if cells::needs_quote_prefix(&draft.body) {
            &wrap_quoted
        } else {
            &wrap
        };
        ws.write_string_with_format(r, DRAFT_COL, cells::fit_cell(&draft.body), f)?;
        for (k, &h) in headers.iter().enumerate().skip(DRAFT_COL as usize + 1) {
            let said = beside(draft, h);
            let f = if cells::needs_quote_prefix(said) {
                &wrap_quoted
            } else {
                &wrap
            };
            if said.is_empty() {
                ws.write_blank(r, k as ColNum, &text)?;
            } else {
                ws.write_string_with_format(r, k as ColNum, cells::fit_cell(said), f)?;
            }
        }
        // A row as tall as its draft: not every program fits a wrapped row by itself
        // (LibreOffice draws the lines over the rows below).
        ws.set_row_height(r, draft_height(&draft.body))?;
    }
    ws.autofilter(0, 0, rows.len() as RowNum, (headers.len() - 1) as ColNum)?;
    Ok(())
}

/// The widest a column beside the draft gets, in characters: its text wraps past it.
const BESIDE_WIDTH: usize = 40;

/// The text of a column beside the draft: why contact them, or what to offer.
fn beside(d: &Draft, h: H) -> &str {
    match h {
        H::What => &d.beside,
        H::ToOffer => &d.offer,
        _ => "",
    }
}

/// The height in points of a row showing `body` wrapped at the draft column's width, within
/// Excel's 409 points.
fn draft_height(body: &str) -> f64 {
    const LINE: f64 = 15.0;
    let lines: usize = body
        .lines()
        .map(|l| l.chars().count().div_ceil(DRAFT_WIDTH as usize).max(1))
        .sum();
    (LINE * lines.max(1) as f64).min(409.0)
}

/// The draft of plan item `i` (an empty one when the outcome has none).
fn draft_of<'o>(out: &'o Outcome, i: usize) -> &'o Draft {
    static EMPTY: Draft = Draft {
        subject: String::new(),
        body: String::new(),
        beside: String::new(),
        offer: String::new(),
    };
    out.drafts.get(i).unwrap_or(&EMPTY)
}

fn shown_name(c: &Contact, lang: Lang) -> String {
    match sheets::name(c, lang) {
        sheets::Cell::Contact(s, _) | sheets::Cell::Text(s) => s,
        _ => String::new(),
    }
}

/// Where a click on the contact's name goes: the draft in the mail program, else the
/// profile. A `prepare` checklist is for the user, not to send: its name opens the profile.
fn link(c: &Contact, action: NextAction, draft: &Draft) -> Option<String> {
    let address = c.email.as_deref().and_then(safe::link::plain_address);
    let mail = address
        .filter(|_| action != NextAction::Prepare)
        .and_then(|a| mailto::mailto(a, &draft.subject, &draft.body))
        .filter(|l| safe::link::written_unchanged(l));
    mail.or_else(|| {
        c.linkedin
            .as_deref()
            .and_then(safe::link::web)
            .filter(|l| safe::link::written_unchanged(l))
    })
}

/// How the message goes: e-mail when the contact has an address, else a message on their
/// profile, else a call; the meeting itself for `prepare`.
fn channel(c: &Contact, action: NextAction, lang: Lang) -> String {
    let how = if action == NextAction::Prepare {
        c.how
    } else if c
        .email
        .as_deref()
        .and_then(safe::link::plain_address)
        .is_some()
    {
        Some(How::Email)
    } else if c.linkedin.as_deref().and_then(safe::link::web).is_some() {
        Some(How::Message)
    } else if c.phone.as_deref().is_some_and(|p| !p.trim().is_empty()) {
        Some(How::Call)
    } else {
        c.how
    };
    how.map(|h| h.label(lang).to_string()).unwrap_or_default()
}
