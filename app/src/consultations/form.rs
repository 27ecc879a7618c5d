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

/// The telephone number workers may call: digits with the usual `+ - ( )` and spaces,
/// 6 to 15 digits (E.164 allows at most 15), at most 24 characters; empty means none.
pub fn phone(text: &str) -> Result<Option<String>, AppError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let allowed = text
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | '(' | ')' | ' '));
    if !allowed || !(6..=15).contains(&digits) || text.chars().count() > 24 {
        return Err(AppError::validation("phone", "hours_error.phone"));
    }
    Ok(Some(text.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phone_number_is_digits_and_the_usual_signs() {
        assert_eq!(
            phone(" 03-1234-5678 ").ok(),
            Some(Some("03-1234-5678".to_owned()))
        );
        assert_eq!(
            phone("+81 (3) 1234 5678").ok(),
            Some(Some("+81 (3) 1234 5678".to_owned()))
        );
        assert_eq!(phone("").ok(), Some(None));
        assert!(phone("call 0312345678").is_err());
        assert!(phone("<b>03</b>").is_err());
        assert!(phone("12345").is_err());
        assert!(phone("1234567890123456").is_err());
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
