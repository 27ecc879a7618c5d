//! The total period of stay (通算在留期間) of Specified Skilled Worker (i): at most 5 years,
//! counted from the day the worker first entered the status, whatever the field or the
//! employer, including days without work, unemployment and trips abroad on a re-entry
//! permit; not counting certain leave.
//!
//! Sources: 入管法施行規則 別表第二 and the 特定技能運用要領 as revised 2025-09-30 (the
//! Immigration Services Agency's page "特定技能1号の通算在留期間について"): not counted are
//! 産前産後休業 and 育児休業 under the Labour Standards Act and the Childcare and Family Care
//! Leave Act, and leave for sickness or injury (疾病・負傷による休業) of one continuous month
//! or more, up to 1 year (up to 3 years for a work injury, 労働災害). Each such period is
//! excluded only when immigration accepts it on an application with evidence, made before the
//! 5 years run out (about 3 months before): the count here shows what staff must prepare,
//! and says so. Periods when re-entry was impossible (the COVID-19 landing refusals) are
//! also excluded; they are not recorded here because the measures have ended.
//!
//! Unsure, written down: the guidelines state the "one continuous month or more" condition for
//! sickness and injury; the issue that asked for this count applies it to every kind of leave.
//! We apply it to every kind, which can only make the count longer (safer), never shorter.

use chrono::{Months, NaiveDate, TimeDelta};
use serde::{Deserialize, Serialize};

use super::{
    enum_codes,
    period::{period_last_day, whole_months},
};

/// 5 years, in months.
pub const TOTAL_STAY_MAX_MONTHS: u32 = 60;
/// The dashboard warns this many months before the limit, and again at
/// [`TOTAL_STAY_URGENT_MONTHS`].
pub const TOTAL_STAY_NOTICE_MONTHS: u32 = 12;
pub const TOTAL_STAY_URGENT_MONTHS: u32 = 6;
/// A leave must last this long without a break to be excluded.
pub const LEAVE_MIN_MONTHS: u32 = 1;

/// A kind of leave that may be left out of the 5 years.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LeaveKind {
    /// 産前産後休業.
    Maternity,
    /// 育児休業.
    Childcare,
    /// 疾病・負傷による休業 (not at work): excluded up to 1 year.
    SicknessOrInjury,
    /// 労働災害による休業: excluded up to 3 years.
    WorkInjury,
}

enum_codes!(LeaveKind, "leave_kind", {
    Maternity => "maternity",
    Childcare => "childcare",
    SicknessOrInjury => "sickness_or_injury",
    WorkInjury => "work_injury",
});

impl LeaveKind {
    /// The longest part of one leave that may be excluded; `None`: all of it (maternity
    /// and childcare leave are bounded by the laws that grant them).
    pub fn excluded_at_most_months(self) -> Option<u32> {
        match self {
            Self::Maternity | Self::Childcare => None,
            Self::SicknessOrInjury => Some(12),
            Self::WorkInjury => Some(36),
        }
    }
}

/// One leave, both days included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Leave {
    pub kind: LeaveKind,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
}

/// What is wrong with a list of leave periods.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LeaveProblem {
    EndsBeforeStart,
    /// Two periods share a day: one leave cannot be two kinds at once.
    Overlaps,
}

impl LeaveProblem {
    pub fn message_key(self) -> &'static str {
        match self {
            Self::EndsBeforeStart => "stay.err_leave_ends_before_start",
            Self::Overlaps => "stay.err_leave_overlaps",
        }
    }
}

/// Every leave ends on or after its start, and no two share a day.
pub fn check_leaves(leaves: &[Leave]) -> Result<(), LeaveProblem> {
    if leaves.iter().any(|l| l.ends_on < l.starts_on) {
        return Err(LeaveProblem::EndsBeforeStart);
    }
    let mut sorted: Vec<&Leave> = leaves.iter().collect();
    sorted.sort_by_key(|l| l.starts_on);
    if sorted.windows(2).any(|w| w[1].starts_on <= w[0].ends_on) {
        return Err(LeaveProblem::Overlaps);
    }
    Ok(())
}

/// The days of a leave that do not count, as (first, last) both included: none when the
/// leave is shorter than one month as the law counts months ([`period_last_day`]: from 01-31
/// a month runs through 02-28), and at most the kind's cap.
pub fn excluded_span(leave: &Leave) -> Option<(NaiveDate, NaiveDate)> {
    if leave.ends_on < period_last_day(leave.starts_on, LEAVE_MIN_MONTHS)? {
        return None;
    }
    let last = match leave.kind.excluded_at_most_months() {
        Some(cap) => leave.ends_on.min(period_last_day(leave.starts_on, cap)?),
        None => leave.ends_on,
    };
    Some((leave.starts_on, last))
}

/// The excluded days that fall on or before `day`.
fn excluded_days_through(leaves: &[Leave], day: NaiveDate) -> i64 {
    leaves
        .iter()
        .filter_map(excluded_span)
        .filter(|(first, _)| *first <= day)
        .map(|(first, last)| (last.min(day) - first).num_days() + 1)
        .sum()
}

/// Where a worker's 5 years stand on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TotalStay {
    /// The last day the worker may stay on 特定技能1号, with the excluded leave so far
    /// (leave yet to come moves it later).
    pub limit_on: NaiveDate,
    /// Whole months counted so far, and whole months left until `limit_on`.
    pub months_used: u32,
    pub months_left: u32,
    /// Days of leave left out so far.
    pub excluded_days: i64,
}

/// How close the limit is: what the dashboard says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TotalStayAlert {
    /// Less than 12 months left.
    Notice,
    /// Less than 6 months left.
    Urgent,
    /// The limit has passed.
    Reached,
}

/// The 5-year count of a worker who first entered 特定技能1号 on `first_entered_on`, on
/// `today`. The limit is the last day of a period of 60 months from that day (entered
/// 2024-04-01: the last day is 2029-03-31), one day later for each excluded day of leave.
/// Months used are whole months counted through today less the excluded days; months left
/// are whole months from tomorrow to the limit.
pub fn total_stay(
    first_entered_on: NaiveDate,
    leaves: &[Leave],
    today: NaiveDate,
) -> Option<TotalStay> {
    let plain_limit = period_last_day(first_entered_on, TOTAL_STAY_MAX_MONTHS)?;
    let all_excluded = excluded_days_through(leaves, NaiveDate::MAX);
    let limit_on = plain_limit.checked_add_signed(TimeDelta::days(all_excluded))?;
    let so_far = excluded_days_through(leaves, today);
    let counted_through = today.checked_sub_signed(TimeDelta::days(so_far))?;
    let months_used = whole_months(first_entered_on, counted_through).min(TOTAL_STAY_MAX_MONTHS);
    let months_left = today
        .succ_opt()
        .map_or(0, |tomorrow| whole_months(tomorrow, limit_on));
    Some(TotalStay {
        limit_on,
        months_used,
        months_left,
        excluded_days: so_far,
    })
}

/// The dashboard's alert for a count, if any.
pub fn total_stay_alert(count: &TotalStay, today: NaiveDate) -> Option<TotalStayAlert> {
    let before = |months: u32| count.limit_on.checked_sub_months(Months::new(months));
    if today > count.limit_on {
        Some(TotalStayAlert::Reached)
    } else if before(TOTAL_STAY_URGENT_MONTHS).is_some_and(|d| today > d) {
        Some(TotalStayAlert::Urgent)
    } else if before(TOTAL_STAY_NOTICE_MONTHS).is_some_and(|d| today > d) {
        Some(TotalStayAlert::Notice)
    } else {
        None
    }
}

/// A granted period of stay that runs past the 5 years: the worker may stay only to the
/// limit, whatever the card says (the guidelines: the stay ends when the total reaches 5
/// years even if the card's expiry is later).
pub fn grant_passes_limit(expires_on: NaiveDate, count: &TotalStay) -> bool {
    expires_on > count.limit_on
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assert_codes_round_trip;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    fn leave(kind: LeaveKind, starts_on: NaiveDate, ends_on: NaiveDate) -> Leave {
        Leave {
            kind,
            starts_on,
            ends_on,
        }
    }

    #[test]
    fn without_leave_the_limit_is_the_day_before_five_years_on() {
        let count = total_stay(d(2024, 4, 1), &[], d(2026, 12, 1)).expect("count");
        assert_eq!(count.limit_on, d(2029, 3, 31));
        assert_eq!(count.months_used, 32);
        // 2026-12-02 to 2029-03-31: 27 whole months and 30 days.
        assert_eq!(count.months_left, 27);
        assert_eq!(count.excluded_days, 0);
        // Entered on a leap day: the last day is 02-28, five years on.
        let leap = total_stay(d(2024, 2, 29), &[], d(2024, 3, 1)).expect("count");
        assert_eq!(leap.limit_on, d(2029, 2, 28));
        assert_eq!(leap.months_used, 0);
        assert_eq!(leap.months_left, 59);
    }

    #[test]
    fn a_leave_counts_out_only_from_one_continuous_month() {
        let short = leave(LeaveKind::SicknessOrInjury, d(2026, 3, 1), d(2026, 3, 30));
        assert_eq!(excluded_span(&short), None);
        let month = leave(LeaveKind::SicknessOrInjury, d(2026, 3, 1), d(2026, 3, 31));
        assert_eq!(excluded_span(&month), Some((d(2026, 3, 1), d(2026, 3, 31))));
        // From 01-31, February is the month: through its last day it is a month.
        let feb = leave(LeaveKind::Childcare, d(2026, 1, 31), d(2026, 2, 28));
        assert!(excluded_span(&feb).is_some());
        let feb_short = leave(LeaveKind::Childcare, d(2026, 1, 31), d(2026, 2, 27));
        assert_eq!(excluded_span(&feb_short), None);
        let leap = leave(LeaveKind::Maternity, d(2028, 1, 31), d(2028, 2, 29));
        assert!(excluded_span(&leap).is_some());
        let leap_short = leave(LeaveKind::Maternity, d(2028, 1, 31), d(2028, 2, 28));
        assert_eq!(excluded_span(&leap_short), None);
    }

    #[test]
    fn sickness_counts_out_at_most_a_year_and_a_work_injury_three() {
        let long = |kind| leave(kind, d(2025, 4, 1), d(2029, 3, 31));
        assert_eq!(
            excluded_span(&long(LeaveKind::SicknessOrInjury)),
            Some((d(2025, 4, 1), d(2026, 3, 31)))
        );
        assert_eq!(
            excluded_span(&long(LeaveKind::WorkInjury)),
            Some((d(2025, 4, 1), d(2028, 3, 31)))
        );
        assert_eq!(
            excluded_span(&long(LeaveKind::Childcare)),
            Some((d(2025, 4, 1), d(2029, 3, 31)))
        );
    }

    #[test]
    fn excluded_leave_pushes_the_limit_and_slows_the_count() {
        // 6 weeks before and 8 after the birth, then childcare to the first birthday.
        let leaves = [
            leave(LeaveKind::Maternity, d(2025, 5, 1), d(2025, 8, 6)),
            leave(LeaveKind::Childcare, d(2025, 8, 7), d(2026, 6, 24)),
            // Two weeks of flu: counted.
            leave(LeaveKind::SicknessOrInjury, d(2026, 9, 1), d(2026, 9, 14)),
        ];
        assert_eq!(check_leaves(&leaves), Ok(()));
        let excluded = (d(2026, 6, 24) - d(2025, 5, 1)).num_days() + 1;
        let count = total_stay(d(2024, 4, 1), &leaves, d(2026, 12, 1)).expect("count");
        assert_eq!(count.excluded_days, excluded);
        assert_eq!(count.limit_on, d(2029, 3, 31) + TimeDelta::days(excluded));
        // 32 months have passed, about 14 of them on leave.
        assert_eq!(count.months_used, 18);
        // Halfway through the maternity leave, only the days so far are out.
        let during = total_stay(d(2024, 4, 1), &leaves, d(2025, 5, 10)).expect("count");
        assert_eq!(during.excluded_days, 10);
    }

    #[test]
    fn leave_periods_must_not_overlap_or_run_backwards() {
        let a = leave(LeaveKind::Maternity, d(2025, 5, 1), d(2025, 8, 6));
        let b = leave(LeaveKind::Childcare, d(2025, 8, 6), d(2026, 6, 24));
        assert_eq!(check_leaves(&[b, a]), Err(LeaveProblem::Overlaps));
        let back = leave(LeaveKind::WorkInjury, d(2025, 5, 1), d(2025, 4, 30));
        assert_eq!(check_leaves(&[back]), Err(LeaveProblem::EndsBeforeStart));
        assert_eq!(check_leaves(&[]), Ok(()));
    }

    #[test]
    fn the_dashboard_warns_twelve_and_six_months_before() {
        let count = total_stay(d(2022, 4, 1), &[], d(2026, 1, 1)).expect("count");
        assert_eq!(count.limit_on, d(2027, 3, 31));
        let alert = |today| total_stay_alert(&count, today);
        assert_eq!(alert(d(2026, 3, 31)), None);
        assert_eq!(alert(d(2026, 4, 1)), Some(TotalStayAlert::Notice));
        assert_eq!(alert(d(2026, 9, 30)), Some(TotalStayAlert::Notice));
        assert_eq!(alert(d(2026, 10, 1)), Some(TotalStayAlert::Urgent));
        assert_eq!(alert(d(2027, 3, 31)), Some(TotalStayAlert::Urgent));
        assert_eq!(alert(d(2027, 4, 1)), Some(TotalStayAlert::Reached));
        assert!(grant_passes_limit(d(2027, 6, 1), &count));
        assert!(!grant_passes_limit(d(2027, 3, 31), &count));
    }

    #[test]
    fn codes_round_trip() {
        assert_codes_round_trip!(LeaveKind => "leave_kind");
    }
}
