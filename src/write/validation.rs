//! Dropdown lists on the vocabulary columns of the contacts sheet (objective, horizon, how,
//! category, status, priority), with the labels of the workbook's language, so the user keeps
//! editing with words the tool understands. Other values stay allowed: objectives take several
//! words per cell, and every synonym the reader knows is still fine.

use rust_xlsxwriter::{
    ColNum, DataValidation, DataValidationErrorStyle, RowNum, Worksheet, XlsxError,
};

use crate::model::{Category, Field, Horizon, How, Lang, Objective, Priority, Status};

/// Rows below the table that get the dropdowns too, so a contact added at the bottom has them.
pub const MARGIN_ROWS: RowNum = 500;
/// Excel's last row index.
const LAST_ROW: RowNum = 1_048_575;

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

/// Adds the dropdown of `field` on column `col` from row `first` to `last` (plus a margin);
/// nothing for a field without a vocabulary.
///
/// # Errors
/// A rust_xlsxwriter error (a list over Excel's 255 characters cannot happen with these labels).
pub fn add(
    ws: &mut Worksheet,
    field: Field,
    col: ColNum,
    first: RowNum,
    last: RowNum,
    lang: Lang,
) -> Result<(), XlsxError> {
    let Some(list) = labels(field, lang) else {
        return Ok(());
    };
    let (title, message) = match lang {
        Lang::Fr => (
            "Valeur inconnue",
            "Ce mot n'est pas dans la liste. Le garder quand même ?",
        ),
        Lang::En => (
            "Unknown value",
            "This word is not in the list. Keep it anyway?",
        ),
    };
    let mut dv = DataValidation::new()
        .allow_list_strings(&list)?
        .ignore_blank(true)
        .set_error_title(title)?
        .set_error_message(message)?
        .set_error_style(DataValidationErrorStyle::Warning);
    if field == Field::Objective {
        // "Emploi, Veille" is a valid cell: no dialog at all for this column.
        dv = dv.show_error_message(false);
    }
    let last = last.saturating_add(MARGIN_ROWS).min(LAST_ROW);
    ws.add_data_validation(first, col, last.max(first), col, &dv)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_vocabulary_list_fits_excels_limit() {
        for lang in [Lang::Fr, Lang::En] {
            for f in Field::ALL {
                if let Some(l) = labels(*f, lang) {
                    assert!(
                        DataValidation::new().allow_list_strings(&l).is_ok(),
                        "{f:?}"
                    );
                }
            }
        }
    }
}
