//! Planning: the next action of each contact, its due date and flag, and the week-by-week plan
//! within the user's capacities. Pure.

use crate::config::Config;
use crate::model::{Action, Assessed, Contact, Plan};

/// The next action of `contact`, its due date and its flag (before scheduling).
pub fn next_action(contact: &Contact, config: &Config) -> Action {
    let _ = (contact, config);
    todo!("plan::next_action")
}

/// Places the actions of `assessed` week by week; marks `at_risk` what cannot fit before its
/// deadline.
pub fn schedule(contacts: &[Contact], assessed: &mut [Assessed], config: &Config) -> Plan {
    let _ = (contacts, assessed, config);
    todo!("plan::schedule")
}
