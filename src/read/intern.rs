//! One shared copy of each text a column repeats. A contacts sheet says "Café", "Court terme"
//! or a company name on thousands of rows; each distinct text of a column is stored once and
//! the cells hold a reference to it, so a full sheet's cells cost a pointer each rather than a
//! heap string each.
//!
//! Bounded: a column of free text (names, e-mails, notes) stops being remembered after
//! [`LIMIT`] distinct texts, so the memory of this table never grows with the sheet.

use std::collections::HashSet;
use std::hash::BuildHasherDefault;

use crate::model::Text;

/// Distinct texts remembered per column.
const LIMIT: usize = 4096;
/// Columns remembered; texts of the columns past it are stored afresh each time.
const COLUMNS: usize = 256;

type Set = HashSet<Text, BuildHasherDefault<fnv::FnvHasher>>;

/// The texts seen so far, per column.
#[derive(Default)]
pub struct Interner {
    columns: Vec<Set>,
}

impl Interner {
    /// The shared copy of `s` in column `col` (0-based), made on first sight.
    pub fn text(&mut self, col: usize, s: &str) -> Text {
        if col >= COLUMNS {
            return Text::from(s);
        }
        if self.columns.len() <= col {
            self.columns.resize_with(col + 1, Set::default);
        }
        let set = &mut self.columns[col];
        if let Some(known) = set.get(s) {
            return known.clone();
        }
        let fresh = Text::from(s);
        if set.len() < LIMIT {
            set.insert(fresh.clone());
        }
        fresh
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn a_repeated_text_is_stored_once_per_column_and_free_text_stays_bounded() {
        let mut i = Interner::default();
        let a = i.text(3, "Café");
        let b = i.text(3, "Café");
        assert!(Arc::ptr_eq(&a, &b));
        assert_eq!(&*i.text(4, "Café"), "Café");
        for n in 0..LIMIT + 100 {
            i.text(0, &n.to_string());
        }
        assert_eq!(i.columns[0].len(), LIMIT);
        // Past the limit a text is still given, just not shared.
        assert_eq!(&*i.text(0, "new"), "new");
        assert_eq!(&*i.text(COLUMNS + 1, "far"), "far");
    }
}
