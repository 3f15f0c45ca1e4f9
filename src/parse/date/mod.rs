//! Dates of the deadline, last-contact and meeting columns: real date cells, Excel serial
//! numbers, and the text forms people type (ISO, day-first or month-first numbers, French and
//! English month names, a month alone meaning the end of that month).
//!
//! This module also decides, once per sheet from all its date columns, whether `03/04/2026`
//! reads day first or month first. It owns no calendar arithmetic (chrono does that), and no
//! problem: what the user reads about a date not understood is `normalize::date`'s.

use chrono::{Datelike, Days, Months, NaiveDate};

pub mod fuzzy;
mod tokens;

pub use fuzzy::{read as fuzzy, Sense};

use crate::model::{Cell, Lang, Value};
use crate::vocab::DateOrder;
use tokens::{strip_time, tokens, Tok};

/// How a column reads `03/04/2026`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// Day first (the default, or forced, or the sheet shows a first part above 12).
    Dmy,
    /// Month first (forced, or an English sheet whose dates show only month-first evidence).
    Mdy,
    /// Day first in an English sheet whose dates give no evidence either way: a date whose
    /// two first parts could swap is reported as ambiguous.
    DmyUnsure,
}

/// Why a text is not a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    NotUnderstood,
    OutOfRange,
}

/// A date read from a cell; `ambiguous` when day and month could have been swapped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Read {
    pub date: NaiveDate,
    pub ambiguous: bool,
}

/// What a date column shows about its order: whether some `NN/NN/YYYY` date has its first,
/// or its second, number above 12.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Evidence {
    first_big: bool,
    second_big: bool,
    /// Some time is written the American way, `6:14 PM`: the export is a US one.
    twelve_hour: bool,
}

impl Evidence {
    /// Looks at every numeric date of a column.
    pub fn of<'a>(cells: impl Iterator<Item = Cell<'a>>) -> Self {
        let mut e = Evidence::default();
        for cell in cells {
            if let Value::Text(s) = cell {
                if let Some((a, b)) = numeric_pair(s) {
                    e.first_big |= a > 12;
                    e.second_big |= b > 12;
                    e.twelve_hour |= twelve_hour(s);
                }
            }
        }
        e
    }

    /// The order this evidence alone gives an English column.
    fn english_order(self) -> Order {
        match (self.first_big, self.second_big) {
            (false, true) => Order::Mdy,
            (false, false) if self.twelve_hour => Order::Mdy,
            (true, _) => Order::Dmy,
            (false, false) => Order::DmyUnsure,
        }
    }
}

/// Decides the order of every date column of one sheet together: a sheet is written by one
/// hand, so `11/20/2026` in one column tells how `12/01/2026` in another reads.
///
/// `forced` wins, and a sheet not in English reads day first. Otherwise the evidence of all the
/// columns is pooled: a second number above 12 somewhere and no first number above 12 anywhere
/// is month first for every column; the opposite is day first for every column. When the
/// columns disagree (one shows `20/11`, another `11/20`), or show nothing, each column is
/// decided on its own evidence: month first when it shows a second number above 12 and no
/// first one, day first when it shows a first number above 12, else [`Order::DmyUnsure`].
pub fn sheet_orders<const N: usize>(
    columns: [Evidence; N],
    lang: Option<Lang>,
    forced: Option<DateOrder>,
) -> [Order; N] {
    let all = |order| [order; N];
    match forced {
        Some(DateOrder::Dmy) => return all(Order::Dmy),
        Some(DateOrder::Mdy) => return all(Order::Mdy),
        None => {}
    }
    if lang != Some(Lang::En) {
        return all(Order::Dmy);
    }
    let pooled = columns.iter().fold(Evidence::default(), |acc, e| Evidence {
        first_big: acc.first_big || e.first_big,
        second_big: acc.second_big || e.second_big,
        twelve_hour: acc.twelve_hour || e.twelve_hour,
    });
    match (pooled.first_big, pooled.second_big) {
        (false, true) => all(Order::Mdy),
        // Every date ambiguous, and times written "6:14 PM": an American export.
        (false, false) if pooled.twelve_hour => all(Order::Mdy),
        (true, false) => all(Order::Dmy),
        _ => columns.map(Evidence::english_order),
    }
}

/// Reads a date cell; `Ok(None)` when blank.
pub fn from_value(value: &Cell<'_>, order: Order) -> Result<Option<Read>, DateError> {
    let date = match *value {
        Value::Empty => return Ok(None),
        Value::Text(s) if s.trim().is_empty() => return Ok(None),
        Value::Text(s) => return from_text(s, order).map(Some),
        Value::DateTime(dt) => in_range(dt.date())?,
        Value::Number(n) => from_serial(n)?,
        Value::Bool(_) | Value::Duration(_) | Value::Error(_) => {
            return Err(DateError::NotUnderstood)
        }
    };
    Ok(Some(Read {
        date,
        ambiguous: false,
    }))
}

/// The first date written in `text` as one word of digits and separators ("9/12",
/// "20/03/2027", "2026-12-09"), each such word read by `read`: the day a phrase names ("RDV le
/// 20/03", "ok pour une visio le 9/12").
pub fn first_written(text: &str, read: impl FnMut(&str) -> Option<NaiveDate>) -> Option<NaiveDate> {
    text.split_whitespace()
        .map(|w| w.trim_matches(|ch: char| !ch.is_ascii_alphanumeric()))
        .filter(|w| w.chars().any(|ch| ch.is_ascii_digit()) && w.contains(['/', '-', '.']))
        .find_map(read)
}

/// The day a phrase names by its weekday and day of the month ("ok pour un café jeudi 17",
/// "Thursday 17th", "le jeudi 17 décembre"): the first such day from `from` on, within a year
/// (with a month named after the number, that month's). `None` when the phrase names none.
pub fn weekday_named(text: &str, from: NaiveDate) -> Option<NaiveDate> {
    use chrono::Datelike;
    let folded = crate::vocab::fold(text);
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    for (i, w) in words.iter().enumerate() {
        let Some(weekday) = tokens::weekday(w) else {
            continue;
        };
        let Some(next) = words.get(i + 1) else {
            continue;
        };
        // A day of the month, bare or ordinal ("17", "17th", "1er"); "14h" or "10am" is an hour.
        let digits = next.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &next[digits.len()..];
        if !["", "er", "e", "eme", "st", "nd", "rd", "th"].contains(&suffix) {
            continue;
        }
        let Ok(day) = digits.parse::<u32>() else {
            continue;
        };
        if !(1..=31).contains(&day) || digits.is_empty() {
            continue;
        }
        let month = words.get(i + 2).and_then(|m| tokens::month(m));
        // Without a month, the next few weeks only: a weekday that does not match the day
        // (a slip) books nothing months away.
        let span = if month.is_some() { 400 } else { 35 };
        let mut at = from;
        for _ in 0..span {
            if at.day() == day && at.weekday() == weekday && month.map_or(true, |m| at.month() == m)
            {
                return Some(at);
            }
            at = at.succ_opt()?;
        }
    }
    None
}

/// An Excel serial day number (1900 system): 1 is 1900-01-01, 61 is 1900-03-01; 60 is the
/// 29 February 1900 that Lotus invented and does not exist. A whole number such as 20260315
/// reads as `YYYYMMDD`. The time of day is dropped.
pub fn from_serial(n: f64) -> Result<NaiveDate, DateError> {
    if !n.is_finite() {
        return Err(DateError::NotUnderstood);
    }
    let whole = n.floor();
    // 2958465 is 9999-12-31, the last day a spreadsheet shows.
    if !(1.0..=2_958_465.0).contains(&whole) {
        if n.fract() == 0.0 && (19_000_101.0..=99_991_231.0).contains(&n) {
            let v = n as u64;
            return ymd(v / 10_000, v / 100 % 100, v % 100);
        }
        return Err(DateError::OutOfRange);
    }
    let days = whole as u64;
    let (base, days) = match days {
        60 => return Err(DateError::NotUnderstood),
        ..60 => (NaiveDate::from_ymd_opt(1899, 12, 31), days),
        _ => (NaiveDate::from_ymd_opt(1899, 12, 30), days),
    };
    base.and_then(|b| b.checked_add_days(Days::new(days)))
        .ok_or(DateError::OutOfRange)
}

/// Reads a typed date: `2026-03-15` (time allowed after it), `15/03/2026`, `15-03-26`,
/// `15.03.2026`, `15 mars 2026`, `1er mars 2026`, `15 Mar 2024`, `March 15, 2026`,
/// `20260315`; `mars 2027`, `2027-03` and `03/2027` mean the last day of that month.
pub fn from_text(text: &str, order: Order) -> Result<Read, DateError> {
    let toks = tokens(strip_time(text.trim())?)?;
    let plain = |date| Read {
        date,
        ambiguous: false,
    };
    use Tok::{Month as M, Num as N};
    match toks.as_slice() {
        [N(y, yd), N(m, 1..=2), N(d, 1..=2)] if *yd >= 3 => ymd(year(*y, *yd)?, *m, *d).map(plain),
        [N(y, yd), N(m, 1..=2)] if *yd >= 3 => month_end(year(*y, *yd)?, *m).map(plain),
        [N(m, 1..=2), N(y, yd)] if *yd >= 3 => month_end(year(*y, *yd)?, *m).map(plain),
        [N(a, 1..=2), N(b, 1..=2), N(y, yd)] => {
            let y = year(*y, *yd)?;
            let (d, m) = match order {
                Order::Mdy => (*b, *a),
                Order::Dmy | Order::DmyUnsure => (*a, *b),
            };
            let date = ymd(y, m, d)?;
            let ambiguous = order == Order::DmyUnsure && a != b && *a <= 12 && *b <= 12;
            Ok(Read { date, ambiguous })
        }
        [N(d, 1..=2), M(m), N(y, yd)] | [M(m), N(d, 1..=2), N(y, yd)] => {
            ymd(year(*y, *yd)?, u64::from(*m), *d).map(plain)
        }
        [M(m), N(y, yd)] if *yd >= 4 => month_end(year(*y, *yd)?, u64::from(*m)).map(plain),
        [N(v, 8)] => ymd(v / 10_000, v / 100 % 100, v % 100).map(plain),
        _ => Err(DateError::NotUnderstood),
    }
}

/// Whether a date text ends with a time written the American way: `1/5/2025 6:14 PM`.
fn twelve_hour(s: &str) -> bool {
    let t = s.trim_end().to_ascii_uppercase();
    s.contains(':') && (t.ends_with("AM") || t.ends_with("PM"))
}

/// The two first numbers of a `NN/NN/YYYY` date, for deciding a column's order.
fn numeric_pair(s: &str) -> Option<(u64, u64)> {
    let toks = tokens(strip_time(s.trim()).ok()?).ok()?;
    match toks.as_slice() {
        [Tok::Num(a, 1..=2), Tok::Num(b, 1..=2), Tok::Num(..)] => Some((*a, *b)),
        _ => None,
    }
}

/// A year from its digits: two digits pivot like Excel (00-29 -> 2000s, 30-99 -> 1900s).
fn year(value: u64, digits: u8) -> Result<u64, DateError> {
    let y = match digits {
        2 if value < 30 => 2000 + value,
        2 => 1900 + value,
        4 => value,
        5.. => return Err(DateError::OutOfRange),
        _ => return Err(DateError::NotUnderstood),
    };
    if !(1900..=9999).contains(&y) {
        return Err(DateError::OutOfRange);
    }
    Ok(y)
}

/// A calendar date, checked: year range first, then the day exists (no 31/04, no 29/02/2027).
fn ymd(y: u64, m: u64, d: u64) -> Result<NaiveDate, DateError> {
    if !(1900..=9999).contains(&y) {
        return Err(DateError::OutOfRange);
    }
    let (y, m, d) = (
        i32::try_from(y).map_err(|_| DateError::OutOfRange)?,
        u32::try_from(m).map_err(|_| DateError::NotUnderstood)?,
        u32::try_from(d).map_err(|_| DateError::NotUnderstood)?,
    );
    NaiveDate::from_ymd_opt(y, m, d).ok_or(DateError::NotUnderstood)
}

/// The last day of a month: `mars 2027` is a deadline that runs to the month's end.
fn month_end(y: u64, m: u64) -> Result<NaiveDate, DateError> {
    let y = i32::try_from(y).map_err(|_| DateError::OutOfRange)?;
    let m = u32::try_from(m).map_err(|_| DateError::NotUnderstood)?;
    NaiveDate::from_ymd_opt(y, m, 1)
        .and_then(|first| first.checked_add_months(Months::new(1)))
        .and_then(|next| next.pred_opt())
        .ok_or(DateError::NotUnderstood)
}

/// A date cell's date, if its year is one a spreadsheet can show.
fn in_range(date: NaiveDate) -> Result<NaiveDate, DateError> {
    if (1900..=9999).contains(&date.year()) {
        Ok(date)
    } else {
        Err(DateError::OutOfRange)
    }
}

#[cfg(test)]
mod tests;
