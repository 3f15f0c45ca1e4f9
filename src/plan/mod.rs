//! Planning: the next action of each contact, its due date and flag ([`next_action`]), and the
//! week-by-week plan within the user's two capacities ([`schedule`]). Pure: today comes from
//! `Config::today`. This module does not score contacts (see `score`) nor rank them (see
//! `assess`).

mod days;
mod next;
mod offer;
mod order;
mod schedule;
#[cfg(test)]
mod tests;

pub use days::{is_working, week_one, working_from};
pub use next::{cadence_days, flag_for, next_action};
pub use offer::{offer_days, working};
pub use schedule::{plan_end, schedule, schedule_held, week_label};
