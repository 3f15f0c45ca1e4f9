//! The week-by-week plan: each next action gets a day within the user's two capacities
//! (messages per week, meetings per calendar month), or a place in the backlog with the reason.
//!
//! Actions are taken in priority order and each gets the earliest free slot on or after the day
//! it may be done (its release). Free slots are found with a "next free period" union-find over
//! the weeks and the months, so planning n contacts costs a sort, O(n log n), plus a near
//! constant per contact, whatever the number of weeks.

use chrono::{Datelike, Days, NaiveDate};

use super::days::{is_working, week_one, working_from, working_until};
use super::next::flag_for;
use super::order::{key, Key};
use crate::config::Config;
use crate::model::{
    Assessed, BacklogReason, Backlogged, Contact, ContactIndex, Flag, NextAction, PaceShort, Plan,
    Planned, SlotKind,
};

/// Longest plan computed, in weeks (a hundred years): guards memory against a wild `--weeks`.
const MAX_WEEKS: u32 = 5200;

/// The ISO week of `date`, such as `2026-W49`.
pub fn week_label(date: NaiveDate) -> String {
    let w = date.iso_week();
    format!("{}-W{:02}", w.year(), w.week())
}

/// The last day of the plan: the Sunday ending its last week (week 1 is the ISO week holding
/// the first working day from today: see [`week_one`]). `None` for a plan of zero weeks.
pub fn plan_end(config: &Config) -> Option<NaiveDate> {
    let weeks = config.weeks.min(MAX_WEEKS);
    if weeks == 0 {
        return None;
    }
    let days = u64::from(weeks) * 7 - 1;
    Some(
        week_one(config.today)
            .checked_add_days(Days::new(days))
            .unwrap_or(NaiveDate::MAX),
    )
}

/// Periods of equal capacity (weeks or months) with a union-find that jumps to the next period
/// that still has room; the last index is a sentinel meaning "none left".
struct Slots {
    free: Vec<u32>,
    next: Vec<usize>,
}

impl Slots {
    fn new(periods: usize, capacity: u32) -> Self {
        Slots {
            free: vec![capacity; periods],
            next: (0..=periods).collect(),
        }
    }

    /// The first period at or after `from` with room, or `None`.
    fn find(&mut self, from: usize) -> Option<usize> {
        let sentinel = self.free.len();
        let mut root = from.min(sentinel);
        while self.next[root] != root {
            root = self.next[root];
        }
        // Path compression keeps later look-ups near constant.
        let mut at = from.min(sentinel);
        while self.next[at] != root {
            let up = self.next[at];
            self.next[at] = root;
            at = up;
        }
        (root < sentinel && self.free[root] > 0).then_some(root)
    }

    fn take(&mut self, period: usize) {
        self.use_up(period, 1);
    }

    /// Uses `n` slots of `period` (fewer if it has fewer left).
    fn use_up(&mut self, period: usize, n: usize) {
        if let Some(free) = self.free.get_mut(period) {
            *free = free.saturating_sub(u32::try_from(n).unwrap_or(u32::MAX));
            if *free == 0 {
                self.next[period] = period + 1;
            }
        }
    }
}

/// One action waiting for a slot, with its sort key.
struct Job {
    key: Key,
    deadline: Option<NaiveDate>,
    at: usize,
    /// The first day it may be done.
    release: NaiveDate,
    /// A booked meeting: its preparation is planned on the meeting's day, over capacity if need be.
    fixed: bool,
    /// A warm meeting: a yes to set a day for, or a proposal to someone introduced.
    warm: bool,
}

/// Places the actions of `assessed` week by week; marks `at_risk` what cannot fit before its
/// deadline, and gives an undated `propose` or `prepare` its planned day as due date.
///
/// Order (see `order`): booked meetings (each on its day, over capacity if need be), then the
/// courtesies (thank-you, follow-up, overdue news, in that order, each by days late then due
/// date), then the rest: with `--objective`, approaches that serve a pursued objective before
/// those that serve none; then by deadline (earliest first), score (highest first), row.
/// Dropped contacts are left out.
pub fn schedule(contacts: &[Contact], assessed: &mut [Assessed], config: &Config) -> Plan {
    schedule_held(contacts, assessed, config, 0)
}

/// [`schedule`], with `extra_held` more meetings already held this month than the contacts'
/// rows show (meetings logged in the journal: issue 14).
pub fn schedule_held(
    contacts: &[Contact],
    assessed: &mut [Assessed],
    config: &Config,
    extra_held: usize,
) -> Plan {
    let today = config.today;
    let start = week_one(today);
    let end = plan_end(config);
    let weeks = config.weeks.min(MAX_WEEKS) as usize;
    let month_no = |d: NaiveDate| i64::from(d.year()) * 12 + i64::from(d.month0());
    // The months holding a working day of the plan (a plan ending on Sunday 2 January has
    // no day for a meeting in January).
    let months = end.map_or(0, |e| {
        (month_no(working_until(e, today)) - month_no(today) + 1).max(0) as usize
    });
    let mut messages = Slots::new(weeks, config.messages_per_week);
    let mut meetings = Slots::new(months, config.meetings_per_month);
    // Meetings already held this month count against this month's pace: one coffee a month
    // means none more in a month that has had its coffee.
    let held = held_this_month(contacts, today) + extra_held;
    meetings.use_up(0, held);
    // The meetings that take their month's slots before any warm one (held, booked), by month,
    // and the warm meetings: to say which pace would fit them when some do not fit.
    let mut ahead = vec![0usize; months];
    if let Some(first) = ahead.first_mut() {
        *first = held;
    }
    let mut warm_total = 0usize;
    let mut warm_unfit = 0usize;
    // The meetings given a slot or wanting one, in order, and how many of them had to be
    // placed for the last one with a deadline that found none.
    let mut meeting_jobs = 0usize;
    let mut due_needed = 0usize;
    let mut due_unfit = 0usize;

    let mut jobs = jobs(contacts, assessed, config);
    jobs.sort_unstable_by_key(|j| j.key);

    let mut plan = Plan::default();
    for job in &jobs {
        let a = &mut assessed[job.at];
        let kind = a.action.kind;
        let placed = match end {
            Some(end) if job.release <= end => {
                let (slots, first) = match kind {
                    SlotKind::Message => (
                        &mut messages,
                        ((job.release - start).num_days() / 7) as usize,
                    ),
                    SlotKind::Meeting => (
                        &mut meetings,
                        (month_no(job.release) - month_no(today)) as usize,
                    ),
                };
                if job.fixed {
                    // A booked meeting is already in the user's calendar: it keeps its day
                    // whatever the capacity, and uses up its month's slot so that fewer
                    // proposals fit that month (a full month stays full).
                    if kind == SlotKind::Meeting {
                        if let Some(n) = ahead.get_mut(first) {
                            *n += 1;
                        }
                    }
                    slots.take(first);
                    Ok(job.release)
                } else {
                    match slots.find(first) {
                        Some(p) => {
                            // The meetings already given this month, this one's place among them.
                            let nth = config
                                .meetings_per_month
                                .saturating_sub(slots.free.get(p).copied().unwrap_or(0));
                            slots.take(p);
                            let period_start = match kind {
                                // Setting the day of a meeting agreed is a message sent now:
                                // the meeting itself takes the slot of the month it will have.
                                SlotKind::Meeting if a.action.next == NextAction::Schedule => {
                                    job.release
                                }
                                SlotKind::Message => working_from(add_days(start, 7 * p as u64)),
                                SlotKind::Meeting => {
                                    let day =
                                        spread_day(today, p, nth, config.meetings_per_month, end);
                                    // Spread through the month, but never past a deadline the
                                    // month's first day still meets.
                                    match job.deadline {
                                        Some(d)
                                            if d >= month_start_day(today, p, end) && d < day =>
                                        {
                                            working_until(d, job.release)
                                        }
                                        _ => day,
                                    }
                                }
                            };
                            Ok(job.release.max(period_start))
                        }
                        None if job.warm => Err(BacklogReason::WarmCapacity),
                        None => Err(BacklogReason::Capacity),
                    }
                }
            }
            _ => Err(BacklogReason::BeyondPlan),
        };
        // A proposal is a message: when its meeting's slot falls past the deadline (this
        // month's coffee is taken), the proposal still goes out before the deadline, for a
        // meeting in the month that has the slot.
        let mut meeting_month = None;
        let placed = match (placed, job.deadline) {
            (Ok(day), Some(deadline))
                if kind == SlotKind::Meeting
                    && a.action.next == NextAction::Propose
                    && !job.fixed
                    && day > deadline =>
            {
                match send_before(&mut messages, start, job.release, deadline, day) {
                    Some(sent) => {
                        meeting_month = day.with_day(1);
                        Ok(sent)
                    }
                    None => Ok(day),
                }
            }
            (placed, _) => placed,
        };
        let late = match placed {
            Ok(date) => job.deadline.is_some_and(|d| date > d),
            // No slot at all: at risk when the deadline falls within the plan (past it, a
            // later plan may still find room before the deadline).
            Err(BacklogReason::Capacity | BacklogReason::WarmCapacity) => {
                job.deadline.is_some_and(|d| Some(d) <= end)
            }
            Err(BacklogReason::BeyondPlan) => false,
        };
        if late && a.action.flag != Flag::Overdue {
            a.action.flag = Flag::AtRisk;
        }
        if !job.fixed && kind == SlotKind::Meeting && placed != Err(BacklogReason::BeyondPlan) {
            meeting_jobs += 1;
            if placed == Err(BacklogReason::Capacity) && late {
                due_unfit += 1;
                due_needed = meeting_jobs;
            }
        }
        if job.warm && kind == SlotKind::Meeting && placed != Err(BacklogReason::BeyondPlan) {
            warm_total += 1;
            warm_unfit += usize::from(placed == Err(BacklogReason::WarmCapacity));
        }
        match placed {
            Ok(date) => {
                if a.action.due.is_none() {
                    a.action.due = Some(date);
                    (a.action.flag, a.action.days_late) = flag_for(Some(date), config);
                }
                plan.items.push(Planned {
                    index: a.index,
                    week: week_label(date),
                    date,
                    action: a.action.next,
                    kind,
                    meeting_month,
                });
            }
            Err(reason) => plan.backlog.push(Backlogged {
                index: a.index,
                action: a.action.next,
                reason,
            }),
        }
    }
    if due_unfit > 0 {
        plan.deadlines = Some(PaceShort {
            unfit: due_unfit,
            meetings_per_month: pace_for(&ahead, due_needed, config.meetings_per_month),
        });
    }
    if warm_unfit > 0 {
        plan.warm = Some(PaceShort {
            unfit: warm_unfit,
            meetings_per_month: pace_for(&ahead, warm_total, config.meetings_per_month),
        });
    }
    // Rank is looked up by contact index for the final orders.
    let mut rank = vec![u32::MAX; contacts.len()];
    for a in assessed.iter() {
        if let Some(r) = rank.get_mut(a.index as usize) {
            *r = a.rank;
        }
    }
    let rank_of = |i: ContactIndex| rank.get(i as usize).copied().unwrap_or(u32::MAX);
    plan.items
        .sort_unstable_by_key(|p| (p.date, rank_of(p.index), p.index));
    plan.backlog
        .sort_unstable_by_key(|b| (rank_of(b.index), b.index));
    plan
}

/// The fewest meetings a month, above `pace`, that leave room for `warm` meetings once each
/// month has given its slots to the meetings `ahead` of them (held, booked): warm meetings go
/// before every cold proposal, so these are the only ones before them.
fn pace_for(ahead: &[usize], warm: usize, pace: u32) -> u32 {
    let room = |n: u32| -> usize { ahead.iter().map(|&a| (n as usize).saturating_sub(a)).sum() };
    let mut n = pace.saturating_add(1);
    // Each step adds at least one slot per month: this ends within `warm` steps.
    while room(n) < warm && n < u32::MAX {
        n += 1;
    }
    n
}

/// Meetings held between the 1st of this month and today.
fn held_this_month(contacts: &[Contact], today: NaiveDate) -> usize {
    let month_start = today.with_day(1).unwrap_or(today);
    // By the meeting's day, whatever the status became after it (thanked the next week, or
    // still "booked" once the day has passed).
    contacts
        .iter()
        .filter(|c| {
            c.held_on(today)
                .is_some_and(|m| m >= month_start && m <= today)
        })
        .count()
}

/// The actions to place, each with its key, deadline and release day (dropped ones left out).
fn jobs(contacts: &[Contact], assessed: &[Assessed], config: &Config) -> Vec<Job> {
    let today = config.today;
    let mut jobs = Vec::with_capacity(assessed.len());
    for (at, a) in assessed.iter().enumerate() {
        let Some(contact) = contacts.get(a.index as usize) else {
            continue;
        };
        let action = &a.action;
        if action.next == NextAction::None {
            continue;
        }
        // A `scheduled` row's date (the meeting date, else the When) is the day of a booked
        // meeting: its preparation is tied to that day.
        let fixed = action.next == NextAction::Prepare && action.due.is_some_and(|m| m >= today);
        let deadline = match action.next {
            NextAction::Propose | NextAction::FollowUp | NextAction::Schedule => contact.deadline,
            // A meeting agreed without a day is prepared before the contact's deadline.
            NextAction::Prepare if !fixed => action.due.or(contact.deadline),
            NextAction::Prepare | NextAction::Answer => action.due,
            _ => None,
        };
        // A propose, an answer or an unbooked prepare may be done any day before its deadline; the rest
        // wait for their due date (news due in week 6 is not given in week 1).
        // A request is answered as soon as a slot is free: its due date is the limit.
        // On a working day: an action due on a Saturday is done on the Monday after (a booked
        // meeting keeps its day).
        let release = match action.next {
            NextAction::Propose | NextAction::Answer | NextAction::Schedule => today,
            NextAction::Prepare if !fixed => today,
            _ => action.due.map_or(today, |d| d.max(today)),
        };
        let release = if fixed {
            release
        } else {
            working_from(release)
        };
        let warm = action.next == NextAction::Schedule
            || (!fixed && super::order::Warmth::of(action, contact) != super::order::Warmth::Cold);
        jobs.push(Job {
            key: key(action, fixed, deadline, contact, a.score.points, at, config),
            deadline,
            at,
            release,
            fixed,
            warm,
        });
    }
    jobs
}

/// The day a proposal goes out, with a message slot, when the meeting it proposes (planned on
/// `meeting`) falls past its `deadline`: about two weeks before the meeting's month, never after
/// the deadline (a deadline already passed: the first free message slot), else the first free
/// message slot from `release` that still meets the deadline, and always before the meeting.
/// `None` when no message slot does.
fn send_before(
    messages: &mut Slots,
    start: NaiveDate,
    release: NaiveDate,
    deadline: NaiveDate,
    meeting: NaiveDate,
) -> Option<NaiveDate> {
    let month_first = meeting.with_day(1)?;
    let aim = deadline
        .min(month_first.checked_sub_days(Days::new(14))?)
        .max(release);
    // A working day in the week it is counted in (`release` is one).
    let aim = working_until(aim, release);
    let week_of = |day: NaiveDate| usize::try_from((day - start).num_days() / 7).unwrap_or(0);
    for from in [aim, release] {
        if let Some(p) = messages.find(week_of(from)) {
            let day = from.max(working_from(add_days(start, 7 * p as u64)));
            // Before the deadline (one already passed: as soon as can be), and before the
            // meeting it proposes.
            if (deadline < release || day <= deadline) && day < meeting {
                messages.take(p);
                return Some(day);
            }
        }
    }
    None
}

fn add_days(day: NaiveDate, days: u64) -> NaiveDate {
    day.checked_add_days(Days::new(days))
        .unwrap_or(NaiveDate::MAX)
}

/// The day of the `nth` meeting (from 0) of `per_month` in the `n`-th calendar month after the
/// month of `day`: the month's working days (from `day` in its own month, to the plan's end) cut
/// in `per_month` equal parts, the `nth` meeting on the first day of its part. Four a month
/// fall about a week apart, never all on the 1st.
fn spread_day(day: NaiveDate, n: usize, nth: u32, per_month: u32, end: NaiveDate) -> NaiveDate {
    let first = month_start_day(day, n, end);
    if nth == 0 || per_month <= 1 {
        return first;
    }
    let from = if n == 0 { day.max(first) } else { first };
    let month_end = first
        .with_day(1)
        .and_then(|d| d.checked_add_months(chrono::Months::new(1)))
        .and_then(|d| d.pred_opt())
        .unwrap_or(first)
        .min(end);
    let mut working = Vec::with_capacity(23);
    let mut at = from;
    while at <= month_end {
        if is_working(at) {
            working.push(at);
        }
        match at.succ_opt() {
            Some(next) => at = next,
            None => break,
        }
    }
    let place = (nth as usize).saturating_mul(working.len()) / per_month as usize;
    working
        .get(place)
        .or_else(|| working.last())
        .copied()
        .unwrap_or(first)
}

/// The day a meeting is planned in the `n`-th calendar month after the month of `day`: its
/// first working day (a proposal is not planned on a Sunday nor on 1 January), unless that
/// falls past the plan.
fn month_start_day(day: NaiveDate, n: usize, end: NaiveDate) -> NaiveDate {
    let first = day
        .with_day(1)
        .unwrap_or(day)
        .checked_add_months(chrono::Months::new(u32::try_from(n).unwrap_or(u32::MAX)))
        .unwrap_or(NaiveDate::MAX);
    let weekday = working_from(first);
    if weekday <= end {
        weekday
    } else {
        first
    }
}
