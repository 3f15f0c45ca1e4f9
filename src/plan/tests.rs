//! The plan's tests: the schedule on hand-written contacts, and its invariants as properties.

mod props;
mod schedule;
