//! The parts of a score, held inline. A score has at most one part per [`Factor`]; held as a
//! `Vec<Part>`, each of a million contacts cost a heap allocation of about 48 bytes. Here the
//! points of every factor sit in one small array (0: not a part), so a score allocates nothing.

use serde::{Serialize, Serializer};

use super::{Factor, Part};

/// The parts of a score, in [`Factor::ALL`] order: each factor whose points are not 0.
///
/// Built by [`crate::score::score`], or by hand from a list of parts (`[part, part].into()`);
/// a factor given twice keeps its last points. Serialises as the list of its parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Parts([i32; Factor::ALL.len()]);

impl Parts {
    /// The parts, in factor order.
    pub fn iter(&self) -> impl Iterator<Item = Part> + '_ {
        Factor::ALL
            .iter()
            .zip(&self.0)
            .filter(|&(_, &points)| points != 0)
            .map(|(&factor, &points)| Part { factor, points })
    }

    /// The points of `factor`: 0 when it is not a part.
    pub fn points(&self, factor: Factor) -> i32 {
        self.0[factor as usize]
    }

    pub fn len(&self) -> usize {
        self.0.iter().filter(|&&p| p != 0).count()
    }

    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|&p| p == 0)
    }

    /// Sets the points of `factor` (0 takes it out).
    pub fn set(&mut self, factor: Factor, points: i32) {
        self.0[factor as usize] = points;
    }
}

impl FromIterator<Part> for Parts {
    fn from_iter<I: IntoIterator<Item = Part>>(parts: I) -> Self {
        let mut out = Parts::default();
        for p in parts {
            out.set(p.factor, p.points);
        }
        out
    }
}

impl<const N: usize> From<[Part; N]> for Parts {
    fn from(parts: [Part; N]) -> Self {
        parts.into_iter().collect()
    }
}

impl Serialize for Parts {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

#[cfg(test)]
mod tests;
