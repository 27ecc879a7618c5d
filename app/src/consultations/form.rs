//! The opening-hours form as days: a ticked weekday with its two times.

use std::collections::BTreeMap;

use crate::{
    domain::{HoursProblem, OpeningDay, parse_time},
    error::AppError,
};

pub fn days(
    open: &BTreeMap<String, String>,
    opens: &BTreeMap<String, String>,
    closes: &BTreeMap<String, String>,
) -> Result<Vec<OpeningDay>, AppError> {
    let bad = || AppError::validation("hours", HoursProblem::BadTimes.key());
    open.keys()
        .map(|day| {
            let weekday = day.parse::<u8>().ok().filter(|d| *d <= 6).ok_or_else(bad)?;
            let time = |map: &BTreeMap<String, String>| {
                map.get(day).and_then(|t| parse_time(t)).ok_or_else(bad)
            };
            Ok(OpeningDay {
                weekday,
                opens: time(opens)?,
                closes: time(closes)?,
            })
        })
        .collect()
}

/// The telephone number workers may call (`domain::parse_phone`); empty means none.
pub fn phone(text: &str) -> Result<Option<String>, AppError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    crate::domain::parse_phone(text)
        .map(Some)
        .ok_or_else(|| AppError::validation("phone", "hours_error.phone"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_phone_is_none_and_a_bad_one_is_named() {
        assert_eq!(phone(" ").ok(), Some(None));
        assert_eq!(
            phone("03-1234-5678").ok(),
            Some(Some("03-1234-5678".to_owned()))
        );
        assert_eq!(
            phone("12345").err().map(|e| e.code().to_owned()).as_deref(),
            Some("hours_error.phone")
        );
    }

    fn map(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn ticked_days_take_their_times_and_others_are_closed() {
        let open = map(&[("0", "on"), ("5", "on")]);
        let opens = map(&[("0", "09:00"), ("1", "09:00"), ("5", "10:00")]);
        let closes = map(&[("0", "18:00"), ("1", "18:00"), ("5", "15:00")]);
        let days = days(&open, &opens, &closes).expect("two days");
        assert_eq!(days.len(), 2);
        assert_eq!((days[0].weekday, days[1].weekday), (0, 5));
        let missing = map(&[("0", "")]);
        assert!(super::days(&open, &missing, &closes).is_err());
        let bad_day = map(&[("7", "on")]);
        assert!(super::days(&bad_day, &opens, &closes).is_err());
    }
}
