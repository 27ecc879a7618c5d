//! When the organization answers consultations. The law asks for at least 3 weekdays and
//! 1 weekend day a week (support 7, DESIGN.md §2); times are Japan time.

use chrono::{Datelike, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};

/// One day's hours; `weekday` 0 = Monday … 6 = Sunday.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningDay {
    pub weekday: u8,
    pub opens: NaiveTime,
    pub closes: NaiveTime,
}

/// The locale keys of what is wrong with a week's hours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HoursProblem {
    /// A day closes before (or when) it opens, or a time is not HH:MM.
    BadTimes,
    TooFewWeekdays,
    NoWeekendDay,
}

impl HoursProblem {
    pub fn key(self) -> &'static str {
        match self {
            Self::BadTimes => "hours_error.bad_times",
            Self::TooFewWeekdays => "hours_error.too_few_weekdays",
            Self::NoWeekendDay => "hours_error.no_weekend_day",
        }
    }
}

/// The fewest weekdays the organization must be reachable on.
pub const MIN_WEEKDAYS: usize = 3;

/// Checks a week: sane times, at least 3 weekdays and 1 weekend day.
pub fn check_opening_hours(days: &[OpeningDay]) -> Result<(), HoursProblem> {
    if days.iter().any(|d| d.weekday > 6 || d.closes <= d.opens) {
        return Err(HoursProblem::BadTimes);
    }
    let mut open = [false; 7];
    for day in days {
        open[usize::from(day.weekday)] = true;
    }
    if open[..5].iter().filter(|o| **o).count() < MIN_WEEKDAYS {
        return Err(HoursProblem::TooFewWeekdays);
    }
    if !open[5] && !open[6] {
        return Err(HoursProblem::NoWeekendDay);
    }
    Ok(())
}

/// Whether someone answers at this Japan time.
pub fn is_open(days: &[OpeningDay], local: NaiveDateTime) -> bool {
    let weekday = u8::try_from(local.weekday().num_days_from_monday()).unwrap_or(u8::MAX);
    let time = local.time();
    days.iter()
        .any(|d| d.weekday == weekday && d.opens <= time && time < d.closes)
}

/// Parses `HH:MM`.
pub fn parse_time(text: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(text.trim(), "%H:%M").ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn day(weekday: u8, opens: &str, closes: &str) -> OpeningDay {
        OpeningDay {
            weekday,
            opens: parse_time(opens).unwrap_or_default(),
            closes: parse_time(closes).unwrap_or_default(),
        }
    }

    #[test]
    fn three_weekdays_and_a_weekend_day_are_the_least() {
        let mut week = vec![
            day(0, "09:00", "18:00"),
            day(2, "09:00", "18:00"),
            day(4, "13:00", "20:00"),
            day(6, "10:00", "15:00"),
        ];
        assert_eq!(check_opening_hours(&week), Ok(()));
        week.pop();
        assert_eq!(check_opening_hours(&week), Err(HoursProblem::NoWeekendDay));
        week.push(day(5, "10:00", "15:00"));
        week.remove(0);
        assert_eq!(
            check_opening_hours(&week),
            Err(HoursProblem::TooFewWeekdays)
        );
        week.push(day(1, "18:00", "09:00"));
        assert_eq!(check_opening_hours(&week), Err(HoursProblem::BadTimes));
    }

    #[test]
    fn open_means_on_that_day_between_its_times() {
        let week = [day(0, "09:00", "18:00"), day(6, "10:00", "15:00")];
        // 2026-11-30 is a Monday, 2026-11-29 a Sunday.
        let at = |d, h, m| {
            NaiveDate::from_ymd_opt(2026, 11, d)
                .and_then(|d| d.and_hms_opt(h, m, 0))
                .unwrap_or_default()
        };
        assert!(is_open(&week, at(30, 9, 0)));
        assert!(is_open(&week, at(30, 17, 59)));
        assert!(!is_open(&week, at(30, 18, 0)));
        assert!(!is_open(&week, at(30, 8, 59)));
        assert!(is_open(&week, at(29, 14, 0)));
        assert!(!is_open(&week, at(28, 14, 0)));
        assert_eq!(parse_time("7:05"), parse_time("07:05"));
        assert_eq!(parse_time("25:00"), None);
    }
}
