//! The dashboard sheet: first and active; a title with today's date and the headline totals,
//! this week's actions (plus the most overdue ones), counts by flag, tier and objective, and two
//! native charts (actions per week over the plan; contacts by objective) whose data sit in
//! small tables of this same sheet; below them, the network's sections (doors opened, whom to
//! give back to, the routine: see `network`).
//!
//! Layout, chosen to read at a glance on a laptop screen: the totals across the top, the
//! actions on the left (columns A-H), the counts and the weekly table on the right (J-L), the
//! charts beyond them (from N), so no chart ever covers a table. It does not own the sheet's
//! name or place (the workbook writer sets both) nor any other sheet.

mod charts;
mod data;
mod network;
mod styles;
mod words;

use rust_xlsxwriter::{Color, ExcelDateTime, Format, Worksheet, XlsxError};

use crate::assess::Outcome;
use crate::model::{Annotation, Lang, Tier};
use data::ActionRow;
use styles::Styles;
use words::Word;

/// Columns of the actions table, left to right.
const ACTION_COLUMNS: [Word; 8] = [
    Word::Date,
    Word::Contact,
    Word::Company,
    Word::Action,
    Word::How,
    Word::Objective,
    Word::Flag,
    Word::DaysLate,
];
/// The headline totals across the top, one above each column of the actions table.
const KPIS: [Word; 8] = [
    Word::Contacts,
    Word::Active,
    Word::Overdue,
    Word::DueSoon,
    Word::AtRisk,
    Word::Planned,
    Word::Backlog,
    Word::Problems,
];
/// First column of the right-hand tables (J).
const RIGHT: u16 = 9;
/// Row of the table headers (row 8 as the user sees it), below the title and the totals.
const TABLES: u32 = 7;

/// The widest a column of the actions table gets, in characters, so that a long company name
/// cannot push the counts and the charts off the screen.
const MAX_WIDTH: usize = 36;
/// The widest the action column gets: an action's label is never cut (the longest is about
/// forty characters).
const MAX_ACTION_WIDTH: usize = 50;

/// `text` cut to fit a column of `MAX_WIDTH`, with an ellipsis: this sheet is a summary, the
/// whole value stays on the contacts sheet, and a cut-off word running into the next column
/// reads as a glitch.
fn clip(text: &str) -> std::borrow::Cow<'_, str> {
    let room = MAX_WIDTH - 2;
    if text.chars().count() <= room {
        return text.into();
    }
    let mut cut: String = text.chars().take(room - 1).collect();
    cut.truncate(cut.trim_end().len());
    cut.push('…');
    cut.into()
}

/// Fills `sheet` (already named and placed first by the caller) with the dashboard of
/// `outcome`, in `outcome.lang`; `columns` are the user's columns of the contact table, in
/// their order (for the new contacts to paste). Charts take their data from cells of this same sheet, so the
/// sheet must keep the name it has when this is called.
///
/// # Errors
/// Whatever rust_xlsxwriter reports (a cell out of range, a bad chart range).
pub fn fill(
    sheet: &mut Worksheet,
    outcome: &Outcome,
    columns: &[crate::model::Column],
) -> Result<(), XlsxError> {
    let lang = outcome.lang;
    let st = Styles::new(lang);
    sheet.set_screen_gridlines(false);
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);

    write_heading(sheet, outcome, &st)?;
    let actions = data::this_week(outcome);
    let actions_end = write_actions(sheet, lang, &actions, &st)?;
    let weeks_at = write_counts(sheet, outcome, &st)?;
    let weeks = data::per_week(outcome);
    write_weeks(sheet, lang, weeks_at, &weeks, &st)?;
    let week_max = weeks.iter().map(|w| w.meetings.max(w.messages)).max();
    let objective_max = data::by_objective(outcome).0.iter().map(|&(_, n)| n).max();
    let scale = charts::Scale {
        weeks: week_max.unwrap_or(0),
        objectives: objective_max.unwrap_or(0),
    };
    charts::insert(sheet, lang, weeks_at, weeks.len(), scale)?;
    // The print area reaches the charts' corner: by default it stops at the last cell, and the
    // lower chart would be cut on paper and in PDF exports.
    let last_table_row = actions_end.max(weeks_at + weeks.len() as u32);
    // The network sections go below everything above, charts included.
    let network_at = last_table_row.max(charts::LAST_ROW) + 2;
    let end = network::write(sheet, outcome, columns, network_at, &st)?;
    sheet.set_print_area(0, 0, end, charts::LAST_COL)?;
    Ok(())
}

/// Writes `date` as a real date cell; a date Excel cannot hold (before 1900) as ISO text.
fn write_date(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    date: chrono::NaiveDate,
    format: &Format,
) -> Result<(), XlsxError> {
    use chrono::Datelike;
    let (y, m, d) = (date.year(), date.month(), date.day());
    match (u16::try_from(y), u8::try_from(m), u8::try_from(d)) {
        (Ok(y), Ok(m), Ok(d)) => match ExcelDateTime::from_ymd(y, m, d) {
            Ok(x) => sheet.write_date_with_format(row, col, &x, format)?,
            Err(_) => sheet.write_string_with_format(row, col, date.to_string(), format)?,
        },
        _ => sheet.write_string_with_format(row, col, date.to_string(), format)?,
    };
    Ok(())
}

/// Title, date, and the eight headline totals across the top (rows 1 to 5).
fn write_heading(sheet: &mut Worksheet, outcome: &Outcome, st: &Styles) -> Result<(), XlsxError> {
    let lang = outcome.lang;
    sheet.set_row_height(0, 28)?;
    sheet.write_string_with_format(0, 0, Word::Title.text(lang), &st.title)?;
    // Merged over two columns so "Au 26/11/2026" never shows as ### in a narrow column.
    sheet.merge_range(1, 0, 1, 1, "", &st.as_of)?;
    write_date(sheet, 1, 0, outcome.today, &st.as_of)?;
    // Meetings the plan cannot fit (warm contacts, deadlines): said once, under the date.
    let lines = outcome.plan.pace_lines(lang);
    if !lines.is_empty() {
        sheet.write_string_with_format(2, 0, lines.join(" · "), &st.warm)?;
    }

    let t = &outcome.totals;
    let counts = [
        t.contacts, t.active, t.overdue, t.due_soon, t.at_risk, t.planned, t.backlog, t.problems,
    ];
    let kpis = KPIS.into_iter().zip(counts);
    sheet.set_row_height(4, 30)?;
    for (col, (word, n)) in (0u16..).zip(kpis) {
        sheet.write_string_with_format(3, col, word.text(lang), &st.kpi_label)?;
        let value = match word {
            Word::Overdue if n > 0 => st.kpi_value.clone().set_font_color(Color::RGB(0xC00000)),
            _ => st.kpi_value.clone(),
        };
        sheet.write_number_with_format(4, col, n as f64, &value)?;
    }
    Ok(())
}

/// The two tables of actions (columns A-H from the header row down): this week's, then the
/// overdue ones from before, each under its title; the widths of their columns fitted to
/// what they hold. Returns the row after the last one written.
fn write_actions(
    sheet: &mut Worksheet,
    lang: Lang,
    actions: &data::Actions<'_>,
    st: &Styles,
) -> Result<u32, XlsxError> {
    // Widths start from what the headers and the totals' labels above need.
    let mut widths: [usize; 8] = [12, 14, 12, 12, 10, 12, 11, 10];
    for (w, word) in widths.iter_mut().zip(KPIS) {
        *w = (*w).max(fit_width(word.text(lang)));
    }
    sheet.write_string_with_format(TABLES - 1, 0, Word::ThisWeek.text(lang), &st.section)?;
    let mut row = write_action_table(sheet, lang, TABLES, &actions.week, &mut widths, st)?;
    if actions.week.is_empty() {
        sheet.merge_range(row, 0, row, 7, Word::NothingThisWeek.text(lang), &st.note)?;
        row += 1;
    }
    if !actions.overdue.is_empty() {
        row += 1;
        sheet.write_string_with_format(row, 0, Word::OverdueBefore.text(lang), &st.section)?;
        row = write_action_table(sheet, lang, row + 1, &actions.overdue, &mut widths, st)?;
    }
    if actions.more > 0 {
        let more_overdue = actions.more;
        let sheet_name = crate::vocab::labels::OwnSheet::Overdue.name(lang);
        let note = lang.pick(
            format!(
                "… et {more_overdue} autres actions en retard : voir la feuille « {sheet_name} »."
            ),
            format!("… and {more_overdue} more overdue actions: see the {sheet_name} sheet."),
        );
        sheet.merge_range(row, 0, row, 7, &note, &st.note)?;
        row += 1;
    }
    for (col, w) in (0u16..).zip(widths) {
        let cap = if col == 3 {
            MAX_ACTION_WIDTH
        } else {
            MAX_WIDTH
        };
        sheet.set_column_width(col, w.min(cap) as f64)?;
    }
    Ok(row)
}

/// One table of actions: its header row at `header`, then a row per action; `widths` grows to
/// fit what it holds. Returns the row after the table.
fn write_action_table(
    sheet: &mut Worksheet,
    lang: Lang,
    header: u32,
    rows: &[ActionRow<'_>],
    widths: &mut [usize; 8],
    st: &Styles,
) -> Result<u32, XlsxError> {
    sheet.set_row_height(header, 30)?;
    for (col, word) in (0u16..).zip(ACTION_COLUMNS) {
        let format = if word == Word::DaysLate {
            &st.header_num
        } else {
            &st.header
        };
        sheet.write_string_with_format(header, col, word.text(lang), format)?;
    }
    for (row, r) in (header + 1..).zip(rows) {
        match r.date {
            Some(d) => write_date(sheet, row, 0, d, &st.date)?,
            None => {
                sheet.write_blank(row, 0, &st.date)?;
            }
        }
        let how = r.how.map_or(r.kind.label(lang), |h| h.label(lang));
        let objectives = r
            .objectives
            .iter()
            .map(|o| o.label(lang))
            .collect::<Vec<_>>()
            .join(", ");
        let texts = [
            (1, r.name),
            (2, r.company.unwrap_or("")),
            (3, r.action.label(lang)),
            (4, how),
            (5, objectives.as_str()),
        ];
        for (col, text) in texts {
            let text = if col == 3 { text.into() } else { clip(text) };
            crate::write::workbook::cells::write_text_in(
                sheet,
                row,
                col,
                &text,
                &st.text,
                &st.text_quoted,
            )?;
            let w = &mut widths[usize::from(col)];
            *w = (*w).max(fit_width(&text));
        }
        sheet.write_string_with_format(row, 6, r.flag.label(lang), &st.flag(r.flag))?;
        if r.days_late > 0 {
            sheet.write_number_with_format(row, 7, f64::from(r.days_late), &st.number)?;
        } else {
            sheet.write_blank(row, 7, &st.number)?;
        }
    }
    Ok(header + 1 + rows.len() as u32)
}

/// The width, in character widths, a column needs to show `text` whole: its characters, a
/// tenth more for capitals and wide letters (a proportional font's `M` is wider than the digit
/// widths count in), and the cell's margins.
fn fit_width(text: &str) -> usize {
    let n = text.chars().count();
    n + n.div_ceil(10) + 2
}

/// One label/count table on the right: a header row, then one row per entry. Returns the
/// row after the table.
fn write_count_table(
    sheet: &mut Worksheet,
    row: u32,
    title: &str,
    count_header: &str,
    entries: &[(String, usize, Option<Format>)],
    st: &Styles,
) -> Result<u32, XlsxError> {
    sheet.write_string_with_format(row, RIGHT, title, &st.header)?;
    sheet.write_string_with_format(row, RIGHT + 1, count_header, &st.header_num)?;
    let mut r = row + 1;
    for (label, n, format) in entries {
        sheet.write_string_with_format(r, RIGHT, label, format.as_ref().unwrap_or(&st.text))?;
        sheet.write_number_with_format(r, RIGHT + 1, *n as f64, &st.number)?;
        r += 1;
    }
    Ok(r)
}

/// Counts by flag, tier and objective, stacked on the right. Returns the row where the weekly
/// table starts. The objective rows are the second chart's data: they sit at
/// `objective_rows()`.
fn write_counts(sheet: &mut Worksheet, outcome: &Outcome, st: &Styles) -> Result<u32, XlsxError> {
    let lang = outcome.lang;
    let contacts = Word::Contacts.text(lang);
    sheet.set_column_width(RIGHT - 1, 3)?;
    sheet.set_column_width(RIGHT, 24)?;
    sheet.set_column_width(RIGHT + 1, 12)?;
    sheet.set_column_width(RIGHT + 2, 12)?;
    sheet.set_column_width(RIGHT + 3, 3)?;

    let flags: Vec<_> = data::by_flag(outcome)
        .into_iter()
        .map(|(f, n)| (f.label(lang).to_string(), n, Some(st.flag(f))))
        .collect();
    let next = write_count_table(sheet, TABLES, Word::ByFlag.text(lang), contacts, &flags, st)?;

    let tier_word = Annotation::Tier.label(lang);
    let tiers: Vec<_> = data::by_tier(outcome)
        .into_iter()
        .map(|(t, n)| (format!("{tier_word} {}", tier_name(t)), n, None))
        .collect();
    let next = write_count_table(
        sheet,
        next + 1,
        Word::ByTier.text(lang),
        contacts,
        &tiers,
        st,
    )?;

    let (by_objective, none) = data::by_objective(outcome);
    let mut objectives: Vec<_> = by_objective
        .into_iter()
        .map(|(o, n)| (o.label(lang).to_string(), n, None))
        .collect();
    objectives.push((Word::NoObjective.text(lang).to_string(), none, None));
    let at = next + 1;
    debug_assert_eq!(at, objective_rows().0 - 1);
    let next = write_count_table(
        sheet,
        at,
        Word::ByObjective.text(lang),
        contacts,
        &objectives,
        st,
    )?;
    sheet.merge_range(
        next,
        RIGHT,
        next,
        RIGHT + 2,
        Word::ObjectiveNote.text(lang),
        &st.note,
    )?;
    Ok(next + 2)
}

/// The first and last rows of the objective counts (without the "no objective" row), which
/// the objectives chart reads: header at row 8, 5 flags, a gap, header, 3 tiers, a gap, header.
fn objective_rows() -> (u32, u32) {
    let first = TABLES + 1 + 5 + 1 + 1 + 3 + 1 + 1;
    (first, first + 4)
}

fn tier_name(t: Tier) -> &'static str {
    match t {
        Tier::A => "A",
        Tier::B => "B",
        Tier::C => "C",
    }
}

/// The weekly table (week start, meetings, messages) from `row` down: the first chart's data.
fn write_weeks(
    sheet: &mut Worksheet,
    lang: Lang,
    row: u32,
    weeks: &[data::WeekLoad],
    st: &Styles,
) -> Result<(), XlsxError> {
    sheet.write_string_with_format(row, RIGHT, Word::WeekOf.text(lang), &st.header)?;
    sheet.write_string_with_format(row, RIGHT + 1, Word::Meetings.text(lang), &st.header_num)?;
    sheet.write_string_with_format(row, RIGHT + 2, Word::Messages.text(lang), &st.header_num)?;
    for (r, w) in (row + 1..).zip(weeks) {
        write_date(sheet, r, RIGHT, w.monday, &st.week)?;
        sheet.write_number_with_format(r, RIGHT + 1, w.meetings as f64, &st.number)?;
        sheet.write_number_with_format(r, RIGHT + 2, w.messages as f64, &st.number)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
