//! The routine: meetings held per calendar month over the last twelve months against
//! `meetings_per_month`, the streak of months at that pace, and messages sent per week over the
//! last twelve weeks against `messages_per_week`. "Set up a routine and hold it": the user
//! sees month by month whether it holds.
//!
//! A meeting is a contact and a day: from the journal's meetings, and from the met date of the
//! sheet's rows (a contact met, thanked or kept in touch and its meeting date); the same
//! meeting in both is counted once. Messages come from the journal only (the sheet keeps no
//! trace of each one).

use chrono::{Datelike, Days, Months, NaiveDate};

use crate::config::Config;
use crate::model::{Contact, Journal, Lang};
use crate::vocab::ExchangeKind;

/// Months and weeks looked back over.
pub const MONTHS: usize = 12;
pub const WEEKS: usize = 12;

/// The routine as held.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Routine {
    /// The last twelve calendar months, oldest first, this month last: its first day and the
    /// meetings held in it (this month: up to today).
    pub months: Vec<(NaiveDate, u32)>,
    /// Meetings a month the user set out to hold.
    pub target: u32,
    /// Months in a row at the target, ending with this month when it already is, else with
    /// the month before (this month is not over).
    pub streak: u32,
    /// The last twelve weeks, oldest first, this week last: its Monday and the messages sent.
    pub weeks: Vec<(NaiveDate, u32)>,
    /// Messages a week the user set out to send.
    pub messages_target: u32,
    /// Whether anything at all was counted (a sheet with no meeting nor message date says
    /// nothing of a routine).
    pub known: bool,
}

impl Routine {
    /// Meetings held this month.
    pub fn this_month(&self) -> u32 {
        self.months.last().map_or(0, |m| m.1)
    }

    /// Meetings still to hold this month to be at the target.
    pub fn missing(&self) -> u32 {
        self.target.saturating_sub(self.this_month())
    }
}

/// Whether an entry of `kind` is a message the user sent.
fn sent(kind: ExchangeKind) -> bool {
    matches!(
        kind,
        ExchangeKind::Message | ExchangeKind::Thanks | ExchangeKind::News | ExchangeKind::Help
    )
}

fn first_of_month(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

fn monday(d: NaiveDate) -> NaiveDate {
    d.checked_sub_days(Days::new(u64::from(d.weekday().num_days_from_monday())))
        .unwrap_or(d)
}

/// The routine of `contacts` (moved by `journal`) up to `config.today`.
pub fn of(contacts: &[Contact], journal: &Journal, config: &Config) -> Routine {
    let today = config.today;
    let this_month = first_of_month(today);
    let months: Vec<NaiveDate> = (0..MONTHS as u32)
        .rev()
        .map(|back| {
            this_month
                .checked_sub_months(Months::new(back))
                .unwrap_or(this_month)
        })
        .collect();
    let start = months[0];
    let in_range = |d: NaiveDate| d >= start && d <= today;
    let mut meetings: Vec<(u32, NaiveDate)> = journal
        .entries
        .iter()
        .filter(|e| e.kind.is_some_and(ExchangeKind::is_meeting) && in_range(e.date))
        .map(|e| (e.contact, e.date))
        .collect();
    meetings.extend(contacts.iter().zip(0u32..).filter_map(|(c, i)| {
        // The row as the user wrote it, before the journal moved it.
        let day = match journal.contacts.get(i as usize) {
            Some(j) => j.row_met,
            None => c.held_on(today),
        };
        day.filter(|&d| in_range(d)).map(|d| (i, d))
    }));
    meetings.sort_unstable();
    meetings.dedup();
    let mut held = vec![0u32; MONTHS];
    for &(_, d) in &meetings {
        if let Some(k) = months.iter().rposition(|&m| m <= d) {
            held[k] += 1;
        }
    }
    let this_week = monday(today);
    let mondays: Vec<NaiveDate> = (0..WEEKS as u64)
        .rev()
        .map(|back| {
            this_week
                .checked_sub_days(Days::new(7 * back))
                .unwrap_or(this_week)
        })
        .collect();
    let mut messages = vec![0u32; WEEKS];
    let mut sent_any = false;
    for e in &journal.entries {
        if e.kind.is_some_and(sent) && e.date >= mondays[0] && e.date <= today {
            sent_any = true;
            if let Some(k) = mondays.iter().rposition(|&m| m <= e.date) {
                messages[k] += 1;
            }
        }
    }
    let target = config.meetings_per_month;
    // No pace set: no month is "at the pace", so no streak to boast of.
    let at = |n: u32| target > 0 && n >= target;
    let mut streak = 0;
    let ended = if at(held[MONTHS - 1]) {
        MONTHS
    } else {
        MONTHS - 1
    };
    for &n in held[..ended].iter().rev() {
        if !at(n) {
            break;
        }
        streak += 1;
    }
    Routine {
        known: !meetings.is_empty() || sent_any,
        months: months.into_iter().zip(held).collect(),
        target,
        streak,
        weeks: mondays.into_iter().zip(messages).collect(),
        messages_target: config.messages_per_week,
    }
}

/// "meeting"/"meetings", "rencontre"/"rencontres".
fn meetings(n: u32, lang: Lang) -> String {
    let word = match (lang, n > 1) {
        (Lang::Fr, false) => "rencontre",
        (Lang::Fr, true) => "rencontres",
        (Lang::En, false) => "meeting",
        (Lang::En, true) => "meetings",
    };
    format!("{n} {word}")
}

impl Routine {
    /// One line on the routine, for the dashboard and the Markdown summary: the streak, and
    /// what is missing this month ("3 mois d'affilée au rythme fixé").
    pub fn line(&self, lang: Lang) -> String {
        if self.target == 0 {
            return lang.pick("Pas de rythme fixé", "No pace set").to_string();
        }
        let missing = self.missing();
        let streak = match lang {
            Lang::Fr => format!("{} mois d'affilée au rythme fixé", self.streak),
            Lang::En if self.streak == 1 => "1 month in a row at the pace set".to_string(),
            Lang::En => format!("{} months in a row at the pace set", self.streak),
        };
        let month = match lang {
            Lang::Fr => format!(
                "ce mois-ci, {} sur {}, il en manque {}",
                meetings(self.this_month(), lang),
                self.target,
                missing
            ),
            Lang::En => format!(
                "this month, {} of {}, {} to go",
                meetings(self.this_month(), lang),
                self.target,
                missing
            ),
        };
        match (self.streak, missing) {
            (0, _) => {
                let mut m = month;
                if let Some(first) = m.get(..1) {
                    m = first.to_uppercase() + &m[1..];
                }
                m
            }
            (_, 0) => streak,
            _ => format!("{streak} ; {month}").replace(
                " ; ",
                match lang {
                    Lang::Fr => " ; ",
                    Lang::En => "; ",
                },
            ),
        }
    }
}
