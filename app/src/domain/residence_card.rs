//! The residence card number (在留カード番号): 2 Latin letters, 8 digits, 2 Latin letters
//! (AB12345678CD), as printed at the top right of the card. Immigration publishes no check
//! digit, so the shape is all that can be checked; the number is then confirmed against the
//! Immigration Services Agency's 在留カード等番号失効情報照会 by staff.

use serde::{Deserialize, Serialize};

/// A residence card number of the right shape, in capitals.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ResidenceCardNumber(String);

impl ResidenceCardNumber {
    /// Reads a number as typed: spaces and hyphens dropped, lower case and full-width
    /// characters (a number typed on a Japanese keyboard) accepted.
    pub fn parse(typed: &str) -> Option<Self> {
        let text: String = typed
            .chars()
            .filter(|c| !matches!(c, ' ' | '\u{3000}' | '-' | '－'))
            .map(half_width)
            .collect::<String>()
            .to_ascii_uppercase();
        let b = text.as_bytes();
        let shape = b.len() == 12
            && b[..2].iter().all(u8::is_ascii_uppercase)
            && b[2..10].iter().all(u8::is_ascii_digit)
            && b[10..].iter().all(u8::is_ascii_uppercase);
        shape.then_some(Self(text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The last 4 characters: what a company sees (DESIGN: companies never read the whole
    /// number).
    pub fn last_four(&self) -> &str {
        &self.0[8..]
    }
}

/// The last 4 characters of any stored number, for the views that must not show it whole.
pub fn masked_tail(number: &str) -> String {
    let chars: Vec<char> = number.chars().collect();
    let keep = chars.len().min(4);
    let tail: String = chars[chars.len() - keep..].iter().collect();
    format!("…{tail}")
}

fn half_width(c: char) -> char {
    match c {
        'Ａ'..='Ｚ' | 'ａ'..='ｚ' | '０'..='９' => {
            char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c)
        }
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_letters_eight_digits_two_letters() {
        let ok = ResidenceCardNumber::parse("AB12345678CD").map(|n| n.0);
        assert_eq!(ok.as_deref(), Some("AB12345678CD"));
        assert_eq!(
            ResidenceCardNumber::parse(" ab 1234 5678 cd ")
                .map(|n| n.0)
                .as_deref(),
            Some("AB12345678CD")
        );
        assert_eq!(
            ResidenceCardNumber::parse("ＡＢ１２３４５６７８ＣＤ")
                .map(|n| n.0)
                .as_deref(),
            Some("AB12345678CD")
        );
        for bad in [
            "A123456789CD",
            "AB1234567CD",
            "AB12345678C1",
            "AB123456789CD",
            "",
            "ÄB12345678CD",
        ] {
            assert_eq!(ResidenceCardNumber::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_company_sees_the_last_four_only() {
        let n = ResidenceCardNumber::parse("AB12345678CD").expect("number");
        assert_eq!(n.last_four(), "78CD");
        assert_eq!(masked_tail("TK1234567"), "…4567");
        assert_eq!(masked_tail("AB"), "…AB");
        assert_eq!(masked_tail(""), "…");
    }
}
