//! The dashboard's sections on the network beyond each contact, below the actions and the
//! charts (columns A-H, and one chart at J): "Portes ouvertes" (who introduced whom, how many
//! of them were met, the longest chain), "À qui rendre la pareille" (who gave twice or more and
//! got nothing back, with the give-back idea) and "Ma routine réseau" (meetings held per month
//! against the target with the streak and its chart, messages sent per week), and, when the
//! journal names people introduced who are not on the sheet, "Nouveaux contacts" (rows to
//! paste, in the contact table's column order). The facts come from `ties`; this only lays
//! them out.

use rust_xlsxwriter::{
    Chart, ChartFormat, ChartLegendPosition, ChartMarker, ChartMarkerType, ChartSolidFill,
    Worksheet, XlsxError,
};

use super::styles::Styles;
use super::words::Word;
use super::{clip, write_date, RIGHT};
use crate::assess::Outcome;
use crate::model::{Column, ColumnRole, Field, Lang, Status};
use crate::ties::Introducer;

/// Rows listed per table at most: a dashboard is read at a glance.
const SHOWN: usize = 25;

/// Writes the three sections from `top` down; returns the row after the last one.
pub(super) fn write(
    sheet: &mut Worksheet,
    outcome: &Outcome,
    columns: &[Column],
    top: u32,
    st: &Styles,
) -> Result<u32, XlsxError> {
    let next = doors(sheet, outcome, top, st)?;
    let next = give_back(sheet, outcome, next + 1, st)?;
    let next = routine(sheet, outcome, next + 1, st)?;
    let next = by_group(sheet, outcome, next + 1, st)?;
    if outcome.ties.new_contacts.is_empty() {
        return Ok(next);
    }
    new_contacts(sheet, outcome, columns, next + 1, st)
}

/// "Nouveaux contacts": the people introduced who are not on the sheet, one row each in the
/// contact table's own column order (its headers as written), so the rows can be pasted under
/// the contacts: the name, "to contact", who introduced them and the journal's note where the
/// table has those columns (else an "introduced by" column after them). Every row is listed:
/// these are rows to paste.
fn new_contacts(
    sheet: &mut Worksheet,
    outcome: &Outcome,
    columns: &[Column],
    top: u32,
    st: &Styles,
) -> Result<u32, XlsxError> {
    let lang = outcome.lang;
    sheet.write_string_with_format(top, 0, Word::NewContacts.text(lang), &st.section)?;
    sheet.write_string_with_format(top + 1, 0, Word::NewContactsNote.text(lang), &st.note)?;
    let field = |c: &Column| match c.role {
        ColumnRole::Field(f) => Some(f),
        _ => None,
    };
    let has = |f: Field| columns.iter().any(|c| field(c) == Some(f));
    let extra = !has(Field::IntroducedBy) && !has(Field::Notes);
    let head = top + 2;
    // Each column where it is in the table, from the table's first column.
    let first = columns.iter().map(|c| c.index).min().unwrap_or(0);
    let at = |c: &Column| u16::try_from(c.index - first).unwrap_or(u16::MAX);
    let width = columns
        .iter()
        .map(|c| at(c).saturating_add(1))
        .max()
        .unwrap_or(0);
    // The headers are the user's own text: written as sheet text is.
    let quoted_header = st.header.clone().set_quote_prefix();
    for c in columns {
        crate::write::workbook::cells::write_text_in(
            sheet,
            head,
            at(c),
            &c.header,
            &st.header,
            &quoted_header,
        )?;
    }
    if extra {
        sheet.write_string_with_format(head, width, Field::IntroducedBy.label(lang), &st.header)?;
    }
    let mut row = head;
    for n in &outcome.ties.new_contacts {
        row += 1;
        let by = outcome
            .contacts
            .get(n.by as usize)
            .map_or("", |c| c.name.as_ref());
        let (given, family) = n.name.split_once(' ').unwrap_or((n.name.as_str(), ""));
        for c in columns {
            let col = at(c);
            let value = match field(c) {
                Some(Field::Name) => n.name.as_str(),
                Some(Field::FirstName) => given,
                Some(Field::LastName) => family,
                Some(Field::Status) => Status::ToContact.label(lang),
                Some(Field::IntroducedBy) => by,
                Some(Field::Notes) if has(Field::IntroducedBy) => n.note.as_str(),
                Some(Field::Notes) => &format!("{by}{} {}", lang.pick(" :", ":"), n.note),
                _ => continue,
            };
            if !value.is_empty() {
                cell(sheet, row, col, value, st)?;
            }
        }
        if extra {
            cell(sheet, row, width, by, st)?;
        }
    }
    Ok(row + 1)
}

/// "Par groupe": each group the sheet's section rows name, in sheet order (contacts, active,
/// overdue, planned, the first planned day); nothing when the sheet names none. Returns the
/// row after it (`top - 1` when there is none, so the next section keeps its place).
fn by_group(
    sheet: &mut Worksheet,
    outcome: &Outcome,
    top: u32,
    st: &Styles,
) -> Result<u32, XlsxError> {
    let groups = crate::assess::groups(outcome);
    if groups.is_empty() {
        return Ok(top - 1);
    }
    let lang = outcome.lang;
    sheet.write_string_with_format(top, 0, Word::ByGroup.text(lang), &st.section)?;
    // The group's name over the two first columns (the actions table's date and name), the
    // counts after: a name like "AGENCES / CABINETS" is read whole.
    sheet.merge_range(top + 1, 0, top + 1, 1, Word::Group.text(lang), &st.header)?;
    let words = [
        Word::Contacts,
        Word::Active,
        Word::Overdue,
        Word::Planned,
        Word::NextPlanned,
    ];
    headers(sheet, top + 1, 2, &words, lang, st)?;
    let mut row = top + 2;
    for g in groups.iter().take(SHOWN) {
        sheet.merge_range(row, 0, row, 1, "", &st.wrapped)?;
        text(sheet, row, 0, &g.name, st)?;
        for (col, n) in (2u16..).zip([g.contacts, g.active, g.overdue, g.planned]) {
            sheet.write_number_with_format(row, col, n as f64, &st.number)?;
        }
        if let Some(day) = g.next {
            write_date(sheet, row, 6, day, &st.date)?;
        }
        row += 1;
    }
    more(sheet, row, groups.len().saturating_sub(SHOWN), lang, st)
}

/// A text cell written in full (a row to paste is not clipped).
fn cell(sheet: &mut Worksheet, row: u32, col: u16, t: &str, st: &Styles) -> Result<(), XlsxError> {
    crate::write::workbook::cells::write_text_in(sheet, row, col, t, &st.text, &st.text_quoted)
}

fn headers(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    words: &[Word],
    lang: Lang,
    st: &Styles,
) -> Result<(), XlsxError> {
    for (c, w) in (col..).zip(words) {
        // A column of counts has its header on the right, above its numbers.
        let count = matches!(
            w,
            Word::Held
                | Word::Target
                | Word::Sent
                | Word::Gave
                | Word::Got
                | Word::Contacts
                | Word::Active
                | Word::Overdue
                | Word::Planned
        );
        let format = if count { &st.header_num } else { &st.header };
        sheet.write_string_with_format(row, c, w.text(lang), format)?;
    }
    Ok(())
}

/// A cell of the network's tables: wrapped within its column, so a long name is never cut by
/// the next column's cell (the columns are the actions table's, sized for it).
fn text(sheet: &mut Worksheet, row: u32, col: u16, t: &str, st: &Styles) -> Result<(), XlsxError> {
    crate::write::workbook::cells::write_text_in(
        sheet,
        row,
        col,
        &clip(t),
        &st.wrapped,
        &st.wrapped_quoted,
    )
}

/// "… and N more": the rest is on the contacts sheet.
fn more(
    sheet: &mut Worksheet,
    row: u32,
    n: usize,
    lang: Lang,
    st: &Styles,
) -> Result<u32, XlsxError> {
    if n == 0 {
        return Ok(row);
    }
    let note = lang.pick(format!("… et {n} autres"), format!("… and {n} more"));
    sheet.write_string_with_format(row, 0, note, &st.note)?;
    Ok(row + 1)
}

/// Who introduced whom: a summary line, the longest chain, then one row per door.
fn doors(
    sheet: &mut Worksheet,
    outcome: &Outcome,
    top: u32,
    st: &Styles,
) -> Result<u32, XlsxError> {
    let lang = outcome.lang;
    let contacts = &outcome.contacts;
    let doors = &outcome.ties.doors;
    sheet.write_string_with_format(top, 0, Word::DoorsOpened.text(lang), &st.section)?;
    if doors.is_empty() {
        // Introductions to people not on the sheet yet are doors too: they wait below, as
        // new contacts to add.
        let outside = outcome.ties.new_contacts.len();
        let line = match outside {
            0 => Word::DoorsNone.text(lang).to_string(),
            n => lang.pick(
                format!("{n} mise(s) en relation vers des personnes absentes de la feuille : voir « Nouveaux contacts » plus bas."),
                format!("{n} introduction(s) to people not on the sheet yet: see \"New contacts\" below."),
            ),
        };
        sheet.write_string_with_format(top + 1, 0, line, &st.note)?;
        return Ok(top + 2);
    }
    let met = doors.iter().filter(|d| d.met.is_some()).count();
    let chain = &outcome.ties.longest_chain;
    let mut line = lang.pick(
        format!("Mises en relation : {} ; rencontrées : {met}", doors.len()),
        format!("Introductions: {}; met: {met}", doors.len()),
    );
    if chain.len() > 2 {
        let label = lang.pick("Plus longue chaîne : ", "Longest chain: ");
        line = format!("{line} · {label}{}", chain.join(" → "));
    }
    crate::write::workbook::cells::write_text_in(
        sheet,
        top + 1,
        0,
        &line,
        &st.note,
        &st.note.clone().set_quote_prefix(),
    )?;
    headers(
        sheet,
        top + 2,
        0,
        &[Word::IntroducedBy, Word::Contact, Word::MetOn],
        lang,
        st,
    )?;
    let name = |i: u32| contacts.get(i as usize).map_or("", |c| c.name.as_ref());
    let mut row = top + 3;
    for d in doors.iter().take(SHOWN) {
        let by = match &d.by {
            Introducer::Contact(i) => name(*i),
            Introducer::Outside(n) => n.as_str(),
        };
        text(sheet, row, 0, by, st)?;
        text(sheet, row, 1, name(d.to), st)?;
        match d.met {
            Some(m) => write_date(sheet, row, 2, m, &st.date)?,
            None => {
                sheet.write_blank(row, 2, &st.date)?;
            }
        }
        row += 1;
    }
    more(sheet, row, doors.len().saturating_sub(SHOWN), lang, st)
}

/// Whom to give back to: gave twice or more, got nothing back, not dropped; most given first.
fn give_back(
    sheet: &mut Worksheet,
    outcome: &Outcome,
    top: u32,
    st: &Styles,
) -> Result<u32, XlsxError> {
    let lang = outcome.lang;
    sheet.write_string_with_format(top, 0, Word::GiveBackTitle.text(lang), &st.section)?;
    let owed: Vec<(u32, &crate::ties::GiveTake)> = outcome
        .ties
        .give_back
        .iter()
        .filter_map(|&i| Some((i, outcome.ties.give_take(i)?)))
        .collect();
    if owed.is_empty() {
        sheet.write_string_with_format(top + 1, 0, Word::GiveBackNone.text(lang), &st.note)?;
        return Ok(top + 2);
    }
    headers(
        sheet,
        top + 1,
        0,
        &[Word::Contact, Word::Gave, Word::Got, Word::GiveBackIdea],
        lang,
        st,
    )?;
    let mut row = top + 2;
    for &(i, g) in owed.iter().take(SHOWN) {
        let Some(c) = outcome.contacts.get(i as usize) else {
            continue;
        };
        text(sheet, row, 0, &c.name, st)?;
        sheet.write_number_with_format(row, 1, f64::from(g.gave), &st.number)?;
        sheet.write_number_with_format(row, 2, f64::from(g.got), &st.number)?;
        text(sheet, row, 3, c.give_back.as_deref().unwrap_or(""), st)?;
        row += 1;
    }
    more(sheet, row, owed.len().saturating_sub(SHOWN), lang, st)
}

/// The routine: its line, meetings per month (A-C) with the chart at J, messages per week (E-G).
fn routine(
    sheet: &mut Worksheet,
    outcome: &Outcome,
    top: u32,
    st: &Styles,
) -> Result<u32, XlsxError> {
    let lang = outcome.lang;
    let r = &outcome.ties.routine;
    sheet.write_string_with_format(top, 0, Word::Routine.text(lang), &st.section)?;
    sheet.write_string_with_format(top + 1, 0, r.line(lang), &st.note)?;
    let head = top + 2;
    headers(
        sheet,
        head,
        0,
        &[Word::Month, Word::Held, Word::Target],
        lang,
        st,
    )?;
    headers(
        sheet,
        head,
        4,
        &[Word::WeekOf, Word::Sent, Word::Target],
        lang,
        st,
    )?;
    let month = st
        .date
        .clone()
        .set_num_format(format!("{}mmm yyyy", lang.month_tag()));
    // The target is today's, not a history: it shows once, on the current (last) month and
    // week, as the chart's one point; the months before had no target written for them.
    let months = r.months.len();
    for (n, (row, &(first, held))) in (head + 1..).zip(&r.months).enumerate() {
        write_date(sheet, row, 0, first, &month)?;
        sheet.write_number_with_format(row, 1, f64::from(held), &st.number)?;
        if n + 1 == months {
            sheet.write_number_with_format(row, 2, f64::from(r.target), &st.number)?;
        } else {
            sheet.write_blank(row, 2, &st.number)?;
        }
    }
    let weeks = r.weeks.len();
    for (n, (row, &(monday, sent))) in (head + 1..).zip(&r.weeks).enumerate() {
        write_date(sheet, row, 4, monday, &st.week)?;
        sheet.write_number_with_format(row, 5, f64::from(sent), &st.number)?;
        if n + 1 == weeks {
            sheet.write_number_with_format(row, 6, f64::from(r.messages_target), &st.number)?;
        } else {
            sheet.write_blank(row, 6, &st.number)?;
        }
    }
    let last = head + r.months.len().max(r.weeks.len()) as u32;
    chart(sheet, lang, head, head + r.months.len().max(1) as u32)?;
    Ok(last + 1)
}

/// Held (columns) against the target (a line), over the months table's rows.
fn chart(sheet: &mut Worksheet, lang: Lang, head: u32, last: u32) -> Result<(), XlsxError> {
    let name = sheet.name();
    let name = name.as_str();
    let fill = |color: u32| {
        ChartFormat::new()
            .set_solid_fill(ChartSolidFill::new().set_color(color))
            .clone()
    };
    let mut held = Chart::new_column();
    held.title().set_name(Word::ChartRoutine.text(lang));
    held.add_series()
        .set_name((name, head, 1))
        .set_categories((name, head + 1, 0, last, 0))
        .set_values((name, head + 1, 1, last, 1))
        .set_format(&mut fill(0x1F4E79))
        .set_gap(60);
    // Today's target: one marked point on the current month (the months before are blank, so
    // no line draws a target back into the past).
    let mut target = Chart::new_line();
    target
        .add_series()
        .set_name((name, head, 2))
        .set_categories((name, head + 1, 0, last, 0))
        .set_values((name, head + 1, 2, last, 2))
        .set_marker(
            ChartMarker::new()
                .set_type(ChartMarkerType::Diamond)
                .set_size(9),
        );
    held.combine(&target);
    held.x_axis()
        .set_text_axis(true)
        .set_num_format(format!("{}mmm yy", lang.month_tag()));
    held.y_axis().set_min(0);
    held.legend().set_position(ChartLegendPosition::Bottom);
    held.set_width(520).set_height(260);
    sheet.insert_chart(head, RIGHT, &held)?;
    Ok(())
}
