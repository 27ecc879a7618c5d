//! Periodic interviews (定期面談, DESIGN.md §2, support 10): with the worker and, separately,
//! with the worker's supervisor, at least every 3 months. The due date, the slots a
//! repeating pattern makes, and when a booking may still change. Times are stored in UTC
//! and read in Japan time (see [`tokyo`]).

use chrono::{DateTime, Datelike, Duration, Months, NaiveDate, NaiveTime, Utc, Weekday};
use serde::{Deserialize, Serialize};

use super::enum_codes;

/// Who the interview is with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InterviewKind {
    /// With the worker (report 5-5).
    Worker,
    /// With the worker's supervisor at the company (report 5-6).
    Supervisor,
}

enum_codes!(InterviewKind, "interview", {
    Worker => "worker",
    Supervisor => "supervisor",
});

/// The longest gap the law allows between two interviews of the same kind: at least one
/// every 3 months (DESIGN.md §2, support 10). The due date of the next interview, the due
/// date of support 10 and the demo data all count with it.
pub const INTERVIEW_INTERVAL_MONTHS: u32 = 3;

/// How far ahead the reminder of a booked interview goes out (the organization's practice:
/// the day before).
pub const INTERVIEW_AHEAD_HOURS: i64 = 24;

/// Free slots are offered for booking at least this many days ahead (or up to the due
/// date if later; the organization's practice)...
pub const OFFER_AT_LEAST_DAYS: u64 = 21;
/// ...and never further ahead than this.
pub const OFFER_AT_MOST_DAYS: u64 = 56;

/// The day the next interview is due: the last completed one + 3 months, or the start of
/// work + 3 months when there was none yet. The month end clamps (30 Nov → 28/29 Feb).
pub fn next_interview_due(last_completed: Option<NaiveDate>, work_started: NaiveDate) -> NaiveDate {
    let from = last_completed.unwrap_or(work_started);
    from.checked_add_months(Months::new(INTERVIEW_INTERVAL_MONTHS))
        .unwrap_or(NaiveDate::MAX)
}

/// Japan time: UTC+9 all year (Japan has no daylight saving time). Every conversion
/// between stored UTC and what people read goes through here.
pub mod tokyo {
    use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Utc};

    /// UTC+9, checked when compiling.
    pub const OFFSET: FixedOffset = match FixedOffset::east_opt(9 * 3600) {
        Some(offset) => offset,
        None => panic!("UTC+9 is a valid offset"),
    };

    /// The instant of a Japan date and time: with a fixed offset, exactly one.
    pub fn to_utc(date: NaiveDate, time: NaiveTime) -> DateTime<Utc> {
        (date.and_time(time) - chrono::Duration::seconds(i64::from(OFFSET.local_minus_utc())))
            .and_utc()
    }

    /// An instant as Japan reads it.
    pub fn local(at: DateTime<Utc>) -> NaiveDateTime {
        at.with_timezone(&OFFSET).naive_local()
    }

    /// The Japan date of an instant.
    pub fn date(at: DateTime<Utc>) -> NaiveDate {
        local(at).date()
    }
}

/// A time range: start and end.
pub type Span = (DateTime<Utc>, DateTime<Utc>);

/// A repeating availability: on these weekdays, from `start` to `end` (Japan time), slots of
/// `length` minutes with `buffer` minutes between them, for `weeks` weeks from `from`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlotPattern {
    pub from: NaiveDate,
    pub weeks: u32,
    pub weekdays: Vec<Weekday>,
    pub start: NaiveTime,
    pub end: NaiveTime,
    pub length_minutes: u32,
    pub buffer_minutes: u32,
}

/// Why a pattern makes no slots.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PatternProblem {
    #[error("no weekday chosen")]
    NoWeekday,
    #[error("the end is not after the start")]
    EndBeforeStart,
    #[error("a slot is 10 to 240 minutes")]
    Length,
    #[error("the buffer is 0 to 120 minutes")]
    Buffer,
    #[error("1 to 26 weeks")]
    Weeks,
}

pub const SLOT_MIN_MINUTES: u32 = 10;
pub const SLOT_MAX_MINUTES: u32 = 240;
pub const BUFFER_MAX_MINUTES: u32 = 120;
pub const PATTERN_MAX_WEEKS: u32 = 26;

/// The slots of a pattern as (start, end) instants, in order. Days run across month and
/// year ends as the calendar does; a slot that would end after `end` is left out.
pub fn slots_of(pattern: &SlotPattern) -> Result<Vec<Span>, PatternProblem> {
    if pattern.weekdays.is_empty() {
        return Err(PatternProblem::NoWeekday);
    }
    if pattern.end <= pattern.start {
        return Err(PatternProblem::EndBeforeStart);
    }
    if !(SLOT_MIN_MINUTES..=SLOT_MAX_MINUTES).contains(&pattern.length_minutes) {
        return Err(PatternProblem::Length);
    }
    if pattern.buffer_minutes > BUFFER_MAX_MINUTES {
        return Err(PatternProblem::Buffer);
    }
    if !(1..=PATTERN_MAX_WEEKS).contains(&pattern.weeks) {
        return Err(PatternProblem::Weeks);
    }
    let length = Duration::minutes(i64::from(pattern.length_minutes));
    let step = length + Duration::minutes(i64::from(pattern.buffer_minutes));
    let mut slots = Vec::new();
    for day in pattern.from.iter_days().take(7 * pattern.weeks as usize) {
        if !pattern.weekdays.contains(&day.weekday()) {
            continue;
        }
        let (first, last) = (
            tokyo::to_utc(day, pattern.start),
            tokyo::to_utc(day, pattern.end),
        );
        let mut start = first;
        while start + length <= last {
            slots.push((start, start + length));
            start += step;
        }
    }
    Ok(slots)
}

/// Whether two time ranges overlap (touching ends do not).
pub fn overlaps(a: Span, b: Span) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// A slot may be booked until `notice_hours` before it starts.
pub fn bookable(starts_at: DateTime<Utc>, now: DateTime<Utc>, notice_hours: u32) -> bool {
    starts_at - Duration::hours(i64::from(notice_hours)) >= now
}

/// A booking may be rescheduled or cancelled until `cutoff_hours` before it starts.
pub fn changeable(starts_at: DateTime<Utc>, now: DateTime<Utc>, cutoff_hours: u32) -> bool {
    starts_at - Duration::hours(i64::from(cutoff_hours)) > now
}

#[cfg(test)]
mod tests;
