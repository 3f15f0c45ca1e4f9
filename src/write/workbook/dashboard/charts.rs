//! The dashboard's two native charts, stacked right of the tables (from column N): actions
//! per week over the plan (meetings and messages as two series) and contacts by objective.
//! Their data are the weekly table and the objective counts of the same sheet, so a user who
//! edits a count sees the chart follow.

use rust_xlsxwriter::{
    Chart, ChartAxisCrossing, ChartDataLabel, ChartFont, ChartFormat, ChartLegendPosition,
    ChartSolidFill, Worksheet, XlsxError,
};

use super::words::{week_format, Word};
use super::{objective_rows, RIGHT, TABLES};
use crate::model::Lang;

/// First column of the charts (N), one gap column right of the tables.
const LEFT: u16 = RIGHT + 4;
/// Chart size in pixels: wide enough for 12 weeks of labels, tall enough to read the bars.
const WIDTH: u32 = 520;
const HEIGHT: u32 = 300;
/// Space between the two charts, in pixels.
const GAP: u32 = 20;
/// The last column and row the charts may reach (at default widths and heights), so the
/// print area holds them whole.
pub(super) const LAST_COL: u16 = LEFT + (WIDTH / 64) as u16;
pub(super) const LAST_ROW: u32 = TABLES - 1 + (2 * HEIGHT + GAP) / 20;

const MEETINGS: u32 = 0x1F4E79;
const MESSAGES: u32 = 0x9DC3E6;
const BARS: u32 = 0x2E75B6;

/// The largest value each chart shows: small counts get one gridline per unit, so the axis
/// never reads 0.5 contact.
pub(super) struct Scale {
    pub weeks: usize,
    pub objectives: usize,
}

fn fill(color: u32) -> ChartFormat {
    ChartFormat::new()
        .set_solid_fill(ChartSolidFill::new().set_color(color))
        .clone()
}

/// Inserts both charts. `weeks_at` is the header row of the weekly table, which has
/// `week_count` rows below it.
pub(super) fn insert(
    sheet: &mut Worksheet,
    lang: Lang,
    weeks_at: u32,
    week_count: usize,
    scale: Scale,
) -> Result<(), XlsxError> {
    let name = sheet.name();
    let name = name.as_str();
    let last = weeks_at + u32::try_from(week_count.max(1)).unwrap_or(u32::MAX - weeks_at);

    let mut weeks = Chart::new_column();
    weeks.title().set_name(Word::ChartWeeks.text(lang));
    for (col, color) in [(RIGHT + 1, MEETINGS), (RIGHT + 2, MESSAGES)] {
        weeks
            .add_series()
            .set_name((name, weeks_at, col))
            .set_categories((name, weeks_at + 1, RIGHT, last, RIGHT))
            .set_values((name, weeks_at + 1, col, last, col))
            .set_format(&mut fill(color))
            .set_gap(60);
    }
    // Week starts are dates: a text axis gives one evenly spaced bar per week (a date axis
    // would space them by days), with the dates in the sheet's short format.
    weeks
        .x_axis()
        .set_text_axis(true)
        .set_num_format(week_format(lang));
    if week_count > 8 {
        // Past two months the labels would touch: slanted, they stay readable.
        weeks.x_axis().set_font(ChartFont::new().set_rotation(-45));
    }
    if scale.weeks <= 8 {
        weeks.y_axis().set_major_unit(1).set_min(0);
    }
    weeks.legend().set_position(ChartLegendPosition::Bottom);
    weeks.set_width(WIDTH).set_height(HEIGHT);
    sheet.insert_chart(TABLES - 1, LEFT, &weeks)?;

    let (first, last) = objective_rows();
    let mut objectives = Chart::new_bar();
    objectives
        .title()
        .set_name(Word::ChartObjectives.text(lang));
    objectives
        .add_series()
        .set_name((name, first - 1, RIGHT + 1))
        .set_categories((name, first, RIGHT, last, RIGHT))
        .set_values((name, first, RIGHT + 1, last, RIGHT + 1))
        .set_format(&mut fill(BARS))
        .set_data_label(ChartDataLabel::new().show_value())
        .set_gap(50);
    // In a bar chart the categories run up the y axis: reversed, they read top-down in the
    // table's order; crossing at the last one keeps the values along the bottom.
    objectives
        .y_axis()
        .set_reverse()
        .set_crossing(ChartAxisCrossing::Max);
    if scale.objectives <= 8 {
        objectives.x_axis().set_major_unit(1).set_min(0);
    }
    objectives.legend().set_hidden();
    objectives.set_width(WIDTH).set_height(HEIGHT);
    sheet.insert_chart_with_offset(TABLES - 1, LEFT, &objectives, 0, HEIGHT + GAP)?;
    Ok(())
}
