//! Per-column memory of cell readings. A vocabulary or cadence column repeats a handful of
//! values over thousands of rows, so each distinct text is folded and looked up once.
//!
//! Owns no reading itself: the caller passes the function that reads a cell.

use std::collections::HashMap;

use crate::model::{Cell, Value};

/// Distinct texts remembered per column; past this (a column of free text) cells are read
/// afresh, so memory stays bounded whatever the sheet.
const LIMIT: usize = 4096;

/// What the cells of one column read as, by their text.
pub struct Memo<'w, V> {
    map: HashMap<&'w str, V>,
}

impl<V> Default for Memo<'_, V> {
    fn default() -> Self {
        Memo {
            map: HashMap::new(),
        }
    }
}

impl<'w, V: Clone> Memo<'w, V> {
    /// `read(value)`, remembered for text cells.
    pub fn read(&mut self, value: &Cell<'w>, read: impl Fn(&Cell<'_>) -> V) -> V {
        let Value::Text(text) = *value else {
            return read(value);
        };
        if let Some(known) = self.map.get(text) {
            return known.clone();
        }
        let fresh = read(value);
        if self.map.len() < LIMIT {
            self.map.insert(text, fresh.clone());
        }
        fresh
    }
}

#[cfg(test)]
mod tests;
