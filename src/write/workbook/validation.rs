//! Dropdown lists on the vocabulary columns of the contacts sheet (objective, horizon, how,
//! category, status, priority), with the labels of the workbook's language, so the user keeps
//! editing with words the tool understands. Other values stay allowed: objectives take several
//! words per cell, and every synonym the reader knows is still fine. `init`'s template uses the
//! same rules. Each covers the table and a margin below it, never a whole column.

use rust_xlsxwriter::{
    ColNum, DataValidation, DataValidationErrorStyle, RowNum, Worksheet, XlsxError,
};

use crate::model::{Category, Field, Horizon, How, Lang, Objective, Priority, Status};

/// Rows below the table that get the dropdowns too, so the contacts the user adds at the
/// bottom have them. A rule covers the rows it needs, never a whole column: a program that
/// expands a rule cell by cell (exceljs) never opened a workbook whose nine rules covered
/// 1,048,575 rows each.
pub const MARGIN_ROWS: RowNum = 10_000;
/// Excel's last row index.
const LAST_ROW: RowNum = 1_048_575;

/// The last row a rule over a table ending on row `last` covers: the margin below it.
pub fn last_row(last: RowNum) -> RowNum {
    last.saturating_add(MARGIN_ROWS).min(LAST_ROW)
}

/// The dropdown labels of `field`, or `None` for a column without a vocabulary.
fn labels(field: Field, lang: Lang) -> Option<Vec<&'static str>> {
    fn all<T: Copy>(codes: &[T], label: impl Fn(T) -> &'static str) -> Option<Vec<&'static str>> {
        Some(codes.iter().map(|&c| label(c)).collect())
    }
    match field {
        Field::Objective => all(Objective::ALL, |c| c.label(lang)),
        Field::Horizon => all(Horizon::ALL, |c| c.label(lang)),
        Field::How => all(How::ALL, |c| c.label(lang)),
        Field::Category => all(Category::ALL, |c| c.label(lang)),
        Field::Status => all(Status::ALL, |c| c.label(lang)),
        Field::Priority => all(Priority::ALL, |c| c.label(lang)),
        _ => None,
    }
}

/// The dropdown rule of `field` in `lang`, or `None` for a field without a vocabulary.
///
/// Every list carries an error style and message: Gnumeric drops a list whose error dialog is
/// turned off. A word not in the list warns and can be kept, since synonyms are understood;
/// the objective column, which takes several words ("Emploi, Veille"), only informs.
///
/// # Errors
/// A rust_xlsxwriter error (a list over Excel's 255 characters cannot happen with these labels).
pub fn dropdown(field: Field, lang: Lang) -> Result<Option<DataValidation>, XlsxError> {
    let Some(list) = labels(field, lang) else {
        return Ok(None);
    };
    let several = field == Field::Objective;
    let (title, message, style) = match (lang, several) {
        (Lang::Fr, false) => (
            "Valeur inconnue",
            "Ce mot n'est pas dans la liste. Le garder quand même ?",
            DataValidationErrorStyle::Warning,
        ),
        (Lang::En, false) => (
            "Unknown value",
            "This word is not in the list. Keep it anyway?",
            DataValidationErrorStyle::Warning,
        ),
        (Lang::Fr, true) => (
            "Plusieurs objectifs ?",
            "Plusieurs objectifs se séparent par des virgules (Emploi, Veille) : OK pour garder.",
            DataValidationErrorStyle::Information,
        ),
        (Lang::En, true) => (
            "Several objectives?",
            "Several objectives are separated by commas (Job, Watch): OK to keep.",
            DataValidationErrorStyle::Information,
        ),
    };
    Ok(Some(
        DataValidation::new()
            .allow_list_strings(&list)?
            .ignore_blank(true)
            .set_error_title(title)?
            .set_error_message(message)?
            .set_error_style(style),
    ))
}

/// Adds the dropdown of `field` on column `col` from row `first` to `last` plus the margin;
/// nothing for a field without a vocabulary.
///
/// # Errors
/// A rust_xlsxwriter error.
pub fn add(
    ws: &mut Worksheet,
    field: Field,
    col: ColNum,
    first: RowNum,
    last: RowNum,
    lang: Lang,
) -> Result<(), XlsxError> {
    if let Some(dv) = dropdown(field, lang)? {
        ws.add_data_validation(first, col, last_row(last).max(first), col, &dv)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
