//! `[weights]` of `reseau.toml`: the points of each part of the score, and their defaults. What
//! each part means is `score`'s.

use serde::Deserialize;

/// The points of each part of the score; every one can be changed in `reseau.toml` `[weights]`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Weights {
    /// Points for a contact whose objective is the user's main one (scaled by its weight).
    pub objective: u32,
    /// Points for a contact with no objective written: unknown, so neither in nor out.
    pub objective_none: u32,
    /// Points for a short-term contact.
    pub horizon_short: u32,
    /// Points for a medium-term contact.
    pub horizon_medium: u32,
    /// Points for a long-term contact.
    pub horizon_long: u32,
    /// Points for a contact with no horizon written.
    pub horizon_unknown: u32,
    /// Points for a deadline that is today or past; fewer as it is further away.
    pub deadline: u32,
    /// Days ahead at which a deadline stops adding points.
    pub deadline_window_days: u32,
    /// Points for a meeting not yet thanked.
    pub thank: u32,
    /// Points for a message unanswered past the follow-up delay.
    pub follow_up: u32,
    /// Points for a keep-in-touch cadence that has lapsed.
    pub keep_in_touch: u32,
    /// Points for an entrepreneur.
    pub entrepreneur: u32,
    /// Points for a contact still to contact whom someone introduced (a warm introduction).
    pub introduced: u32,
    /// Points added by a manual priority `high`.
    pub priority_high: u32,
    /// Points taken away by a manual priority `low`.
    pub priority_low: u32,
    /// Lowest score of tier A.
    pub tier_a: u32,
    /// Lowest score of tier B (below: C).
    pub tier_b: u32,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            objective: 35,
            objective_none: 10,
            horizon_short: 20,
            horizon_medium: 12,
            horizon_long: 4,
            horizon_unknown: 8,
            deadline: 20,
            deadline_window_days: 60,
            thank: 20,
            follow_up: 15,
            keep_in_touch: 10,
            entrepreneur: 10,
            introduced: 10,
            priority_high: 15,
            priority_low: 15,
            tier_a: 60,
            tier_b: 35,
        }
    }
}
