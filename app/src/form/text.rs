//! What every form does with a typed text: spaces tidied, a length limit, an optional date.
//! Each refusal names the field and the message key of the feature that asked.

use chrono::NaiveDate;

use crate::error::AppError;

/// Runs of spaces (and line breaks) become one space; none at the ends.
pub fn tidy(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The tidied text, `None` when empty; longer than `max` characters is refused with `key`.
pub fn limited(text: &str, max: usize, field: &str, key: &str) -> Result<Option<String>, AppError> {
    let text = tidy(text);
    if text.chars().count() > max {
        return Err(AppError::validation(field, key));
    }
    Ok((!text.is_empty()).then_some(text))
}

/// A date as a date input posts it (`YYYY-MM-DD`), `None` when empty.
pub fn optional_date(text: &str, field: &str, key: &str) -> Result<Option<NaiveDate>, AppError> {
    match text.trim() {
        "" => Ok(None),
        typed => NaiveDate::parse_from_str(typed, "%Y-%m-%d")
            .map(Some)
            .map_err(|_| AppError::validation(field, key)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_tidied_limited_and_dates_read() {
        assert_eq!(tidy("  a \n  b "), "a b");
        assert_eq!(limited("  ", 3, "f", "k").ok(), Some(None));
        assert_eq!(
            limited(" abc ", 3, "f", "k").ok(),
            Some(Some("abc".to_owned()))
        );
        let too_long = limited("abcd", 3, "f", "k")
            .err()
            .map(|e| e.code().to_owned());
        assert_eq!(too_long.as_deref(), Some("k"));
        assert_eq!(
            optional_date("2027-02-28", "f", "k").ok().flatten(),
            NaiveDate::from_ymd_opt(2027, 2, 28)
        );
        assert!(optional_date("2027-02-29", "f", "k").is_err());
        assert_eq!(optional_date(" ", "f", "k").ok(), Some(None));
    }
}
