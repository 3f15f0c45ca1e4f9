//! Rows that hold a date and nothing to say who the contact is: a LinkedIn export lists a
//! member who left as a row with only its "Connected On" date. Such rows are not contacts;
//! they are counted, and told in one problem. Which rows they are is decided by the row loop.

use std::sync::Arc;

use super::Names;
use crate::model::{Hint, Problem, ProblemKind};

/// Rows that hold a date and nothing to say who: a LinkedIn export lists a member who left
/// as a row with only its "Connected On" date. They are skipped, and told once.
#[derive(Default)]
pub(super) struct DateOnly {
    first: Option<usize>,
    count: usize,
}

impl DateOnly {
    pub(super) fn skip(&mut self, index: usize) {
        self.first.get_or_insert(index);
        self.count += 1;
    }

    /// Adds the rows `later` skipped, further down the sheet.
    pub(super) fn join(&mut self, later: &DateOnly) {
        self.first = self.first.or(later.first);
        self.count += later.count;
    }

    /// The one problem that tells of the skipped rows, at the first of them.
    pub(super) fn problem(&self, names: &Names) -> Option<Problem> {
        let first = self.first?;
        Some(Problem {
            sheet: Arc::clone(&names.sheet),
            row: Some(u32::try_from(first + 1).unwrap_or(u32::MAX)),
            column: None,
            value: String::new(),
            kind: ProblemKind::OnlyADate,
            hint: Hint::new(
                format!(
                    "{} ligne(s) sans nom ni coordonnées (un membre parti ne laisse que sa date)",
                    self.count
                ),
                format!(
                    "{} row(s) with no name nor details (a member who left leaves only a date)",
                    self.count
                ),
            ),
        })
    }
}
