//! A telephone number as people write it: digits with the usual `+ - ( )` and spaces, 6 to
//! 15 digits (E.164 allows at most 15), at most 24 characters. Kept as written, so that a
//! form prints it the way the company or the organization gave it.

/// The number as kept (trimmed), or `None` when it is not a telephone number.
pub fn parse_phone(text: &str) -> Option<String> {
    let text = text.trim();
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let allowed = text
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | '(' | ')' | ' '));
    (allowed && (6..=15).contains(&digits) && text.chars().count() <= 24).then(|| text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phone_number_is_digits_and_the_usual_signs() {
        assert_eq!(
            parse_phone(" 03-1234-5678 ").as_deref(),
            Some("03-1234-5678")
        );
        assert_eq!(
            parse_phone("+81 (3) 1234 5678").as_deref(),
            Some("+81 (3) 1234 5678")
        );
        for bad in [
            "",
            "call 0312345678",
            "<b>03</b>",
            "12345",
            "1234567890123456",
        ] {
            assert_eq!(parse_phone(bad), None, "{bad}");
        }
    }
}
