//! What the unit tests of the pure stages (score, plan, assess) share: a date written as ISO
//! text, and the default configuration on the samples' day.

use chrono::NaiveDate;

use crate::config::Config;

/// The date written `s` (ISO, `2026-11-26`).
pub fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// The default configuration on Thursday 26 November 2026, in ISO week 2026-W48.
pub fn config() -> Config {
    Config::new(d("2026-11-26"))
}
