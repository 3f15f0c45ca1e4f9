//! What the user reads about a date of the deadline, last-contact and meeting columns that could
//! not be used. Reading the date itself is `parse::date`'s, re-exported here.

use chrono::NaiveDate;

use super::Issue;
use crate::model::{Hint, ProblemKind};
pub use crate::parse::date::*;

/// What a user reads about a date that could not be used; the example follows `order`, so a
/// month-first column is not told to write the day first.
pub fn issue(err: DateError, order: Order) -> Issue {
    match err {
        DateError::NotUnderstood => Issue {
            kind: ProblemKind::DateNotUnderstood,
            hint: match order {
                Order::Dmy | Order::DmyUnsure => fixed_hint!(
                    "écrivez une date comme 31/03/2027",
                    "write a date such as 31/03/2027 or 2027-03-31",
                ),
                Order::Mdy => fixed_hint!(
                    "écrivez une date comme 03/31/2027 (mois d'abord) ou 2027-03-31",
                    "write a date such as 03/31/2027 or 2027-03-31",
                ),
            },
        },
        DateError::OutOfRange => Issue {
            kind: ProblemKind::DateOutOfRange,
            hint: fixed_hint!(
                "l'année doit être entre 1900 et 9999",
                "the year must be between 1900 and 9999",
            ),
        },
    }
}

/// A date written as people write it, and the day it was read as: `'fin nov' read as
/// 2026-11-30`.
pub fn read_as_issue(written: &str, date: NaiveDate) -> Issue {
    Issue {
        kind: ProblemKind::DateReadAs,
        hint: Hint::new(
            format!(
                "« {} » lue comme le {} ; écrivez {} pour être précis",
                written.trim(),
                date.format("%d/%m/%Y"),
                date.format("%d/%m/%Y")
            ),
            format!(
                "'{}' read as {}; write {} to be exact",
                written.trim(),
                date.format("%Y-%m-%d"),
                date.format("%Y-%m-%d")
            ),
        ),
    }
}

/// What a user reads about a date read day first that could have been month first.
/// A last contact after today: kept as written, and reported, since a year typed wrong would
/// hide the contact from the plan until then.
pub fn future_issue(date: NaiveDate, today: NaiveDate) -> Issue {
    Issue {
        kind: ProblemKind::DateInFuture,
        hint: Hint::new(
            format!(
                "lu comme le {}, après aujourd'hui ({}) : vérifiez l'année",
                date.format("%d/%m/%Y"),
                today.format("%d/%m/%Y")
            ),
            format!(
                "read as {}, after today ({}): check the year",
                date.format("%Y-%m-%d"),
                today.format("%Y-%m-%d")
            ),
        ),
    }
}

pub fn ambiguous_issue(date: NaiveDate) -> Issue {
    Issue {
        kind: ProblemKind::AmbiguousDate,
        hint: Hint::new(
            format!(
                "lue comme le {} ; écrivez {} pour lever le doute, ou passez --date-order mdy",
                date.format("%d/%m/%Y"),
                date.format("%Y-%m-%d")
            ),
            format!(
                "read as {}; write {} to be sure, or pass --date-order mdy",
                date.format("%-d %B %Y"),
                date.format("%Y-%m-%d")
            ),
        ),
    }
}

#[cfg(test)]
mod tests;
