//! Give and take, from the journal: what each contact gave the user (a meeting, a reply, an
//! introduction) and what the user gave back (help given, a request answered). A contact who
//! gave twice or more and got nothing back is one to give back to: win-win is the method's.

use crate::model::{ContactIndex, Journal};
use crate::vocab::ExchangeKind;

/// What one contact gave the user, and what the user gave them, as counts of journal entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct GiveTake {
    /// Meetings, replies and introductions logged with them.
    pub gave: u32,
    /// Help given to them (requests answered included).
    pub got: u32,
}

impl GiveTake {
    /// Whether the user owes them something in return: they gave twice or more, got nothing.
    pub fn owed(&self) -> bool {
        self.gave >= 2 && self.got == 0
    }
}

/// Whether an entry of `kind` is something the contact gave the user.
fn gift(kind: ExchangeKind) -> bool {
    matches!(
        kind,
        ExchangeKind::Meeting | ExchangeKind::Reply | ExchangeKind::Introduction
    )
}

/// The counts of every contact the journal names, by contact.
pub fn counts(journal: &Journal) -> Vec<(ContactIndex, GiveTake)> {
    journal
        .entries
        .chunk_by(|a, b| a.contact == b.contact)
        .map(|group| {
            let mut g = GiveTake::default();
            for e in group {
                match e.kind {
                    Some(k) if gift(k) => g.gave += 1,
                    Some(ExchangeKind::Help) => g.got += 1,
                    _ => {}
                }
            }
            (group[0].contact, g)
        })
        .collect()
}
