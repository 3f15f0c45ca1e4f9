//! A contact's objectives: at most one of each of the five, in the order the cell gives them.
//! A full sheet has a million contacts; held inline, their objectives cost six bytes each
//! instead of a `Vec` (24 bytes and a heap block).

use serde::Serialize;

use super::Objective;

/// A contact's objectives, in the order the cell gives them, each at most once: so they fit
/// inline, six bytes where a `Vec` took 24 and a heap block per contact.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Objectives {
    len: u8,
    items: [Objective; OBJECTIVES],
}

const OBJECTIVES: usize = Objective::ALL.len();

impl Objectives {
    /// Adds `o` at the end, unless it is already there.
    pub fn push(&mut self, o: Objective) {
        if !self.contains(&o) && usize::from(self.len) < OBJECTIVES {
            self.items[usize::from(self.len)] = o;
            self.len += 1;
        }
    }
}

impl Default for Objectives {
    fn default() -> Self {
        Objectives {
            len: 0,
            items: [Objective::ALL[0]; OBJECTIVES],
        }
    }
}

impl std::ops::Deref for Objectives {
    type Target = [Objective];

    fn deref(&self) -> &[Objective] {
        &self.items[..usize::from(self.len)]
    }
}

impl FromIterator<Objective> for Objectives {
    fn from_iter<I: IntoIterator<Item = Objective>>(iter: I) -> Self {
        let mut out = Objectives::default();
        for o in iter {
            out.push(o);
        }
        out
    }
}

impl From<Vec<Objective>> for Objectives {
    fn from(list: Vec<Objective>) -> Self {
        list.into_iter().collect()
    }
}

impl PartialEq<[Objective]> for Objectives {
    fn eq(&self, other: &[Objective]) -> bool {
        **self == *other
    }
}

impl<const N: usize> PartialEq<[Objective; N]> for Objectives {
    fn eq(&self, other: &[Objective; N]) -> bool {
        **self == other[..]
    }
}

impl PartialEq<&[Objective]> for Objectives {
    fn eq(&self, other: &&[Objective]) -> bool {
        **self == **other
    }
}

impl PartialEq<Vec<Objective>> for Objectives {
    fn eq(&self, other: &Vec<Objective>) -> bool {
        **self == other[..]
    }
}

impl std::fmt::Debug for Objectives {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl Serialize for Objectives {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

#[cfg(test)]
mod tests;
