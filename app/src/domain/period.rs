//! Periods counted in months, as Japanese law counts them (民法第140条から第143条): a period
//! that starts at the beginning of a day counts that day; one of `n` months ends on the day
//! before the day of the same number `n` months on, or, when that month has no such day, on
//! its last day. From 01-31 one month ends on 02-28 (02-29 in a leap year); from 01-30 also
//! on 02-28, which is where it differs from adding months and taking the day before.

use chrono::{Datelike, Months, NaiveDate};

/// The last day of a period of `months` months whose first day is `first` (counted).
pub fn period_last_day(first: NaiveDate, months: u32) -> Option<NaiveDate> {
    let same_day = first.checked_add_months(Months::new(months))?;
    if same_day.day() == first.day() {
        same_day.pred_opt()
    } else {
        // The month has no such day: chrono clamped to its last day, where the period ends.
        Some(same_day)
    }
}

/// Whole months of a period that starts on `first` (counted) and has reached `through`
/// (counted): the largest `n` whose period ends on or before `through`.
pub fn whole_months(first: NaiveDate, through: NaiveDate) -> u32 {
    if through < first {
        return 0;
    }
    let rough =
        (through.year() - first.year()) * 12 + through.month() as i32 - first.month() as i32;
    let mut months = u32::try_from(rough.max(0)).unwrap_or(0) + 1;
    while months > 0 && period_last_day(first, months).is_none_or(|last| last > through) {
        months -= 1;
    }
    months
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    #[test]
    fn a_month_ends_the_day_before_the_same_day_or_on_the_month_end() {
        assert_eq!(period_last_day(d(2026, 3, 1), 1), Some(d(2026, 3, 31)));
        assert_eq!(period_last_day(d(2026, 3, 15), 1), Some(d(2026, 4, 14)));
        assert_eq!(period_last_day(d(2026, 1, 31), 1), Some(d(2026, 2, 28)));
        assert_eq!(period_last_day(d(2026, 1, 30), 1), Some(d(2026, 2, 28)));
        assert_eq!(period_last_day(d(2026, 1, 29), 1), Some(d(2026, 2, 28)));
        assert_eq!(period_last_day(d(2028, 1, 30), 1), Some(d(2028, 2, 29)));
        assert_eq!(period_last_day(d(2028, 1, 29), 1), Some(d(2028, 2, 28)));
        // Five years from a leap day end on 02-28; from 03-01 on the last day of February.
        assert_eq!(period_last_day(d(2024, 2, 29), 60), Some(d(2029, 2, 28)));
        assert_eq!(period_last_day(d(2027, 3, 1), 12), Some(d(2028, 2, 29)));
        assert_eq!(period_last_day(d(2024, 4, 1), 60), Some(d(2029, 3, 31)));
    }

    #[test]
    fn whole_months_count_complete_periods_only() {
        assert_eq!(whole_months(d(2026, 1, 31), d(2026, 2, 27)), 0);
        assert_eq!(whole_months(d(2026, 1, 31), d(2026, 2, 28)), 1);
        assert_eq!(whole_months(d(2028, 1, 31), d(2028, 2, 28)), 0);
        assert_eq!(whole_months(d(2028, 1, 31), d(2028, 2, 29)), 1);
        assert_eq!(whole_months(d(2026, 3, 15), d(2027, 3, 13)), 11);
        assert_eq!(whole_months(d(2026, 3, 15), d(2027, 3, 14)), 12);
        assert_eq!(whole_months(d(2026, 3, 15), d(2026, 3, 14)), 0);
        assert_eq!(whole_months(d(2026, 3, 15), d(2026, 3, 15)), 0);
        assert_eq!(whole_months(d(2024, 4, 1), d(2029, 3, 31)), 60);
    }
}
