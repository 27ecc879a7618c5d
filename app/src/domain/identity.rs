//! The worker's identity facts as the residence card, the passport and the filings print
//! them: sex, the name in katakana, the date of birth, the passport number, the postal code
//! and the languages the worker understands. Each reader takes text as a phone or a
//! Japanese keyboard types it (full-width digits, hyphens, spaces) and answers the one
//! spelling the portal keeps.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::enum_codes;

/// Sex as the residence card prints it (男 M / 女 F): the only two the card knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    Male,
    Female,
}

enum_codes!(Sex, "sex", {
    Male => "male",
    Female => "female",
});

/// The youngest a worker on 特定技能1号 may be.
///
/// Source: 出入国管理及び難民認定法第七条第一項第二号の基準を定める省令, 特定技能1号 (1)
/// イ "申請人が十八歳以上であること" (the applicant is 18 or older). A date of birth that
/// makes the worker younger today is a typing mistake.
pub const MIN_AGE_YEARS: u32 = 18;

/// Full age on `on` (年齢計算ニ関スル法律: a year is complete on the day before the
/// birthday, which for whole years gives the usual count).
pub fn age_on(birth: NaiveDate, on: NaiveDate) -> Option<u32> {
    let years = on.year() - birth.year();
    let before_birthday = (on.month(), on.day()) < (birth.month(), birth.day());
    u32::try_from(years - i32::from(before_birthday)).ok()
}

/// What is wrong with an identity fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdentityProblem {
    /// Not in katakana (フリガナ takes katakana, the long mark, the middle dot and spaces).
    Katakana,
    /// Born in the future, or less than [`MIN_AGE_YEARS`] ago, or before 1900.
    BirthDate,
    /// Not 5 to 12 Latin letters and digits.
    PassportNumber,
    /// Not 7 digits (〒123-4567).
    PostalCode,
    /// A language longer than [`LANGUAGE_MAX_CHARS`] or more than [`LANGUAGES_MAX`] of them.
    Languages,
}

impl IdentityProblem {
    /// The message key (section `identity`).
    pub fn message_key(self) -> &'static str {
        match self {
            Self::Katakana => "identity.err_katakana",
            Self::BirthDate => "identity.err_birth_date",
            Self::PassportNumber => "identity.err_passport_number",
            Self::PostalCode => "identity.err_postal_code",
            Self::Languages => "identity.err_languages",
        }
    }
}

/// The longest name in katakana kept; a real one is far shorter.
pub const KATAKANA_MAX_CHARS: usize = 100;

/// Reads a name in katakana (フリガナ) as typed: half-width katakana is not accepted (no
/// form prints it), runs of spaces become one full-width space, as the forms write it.
pub fn parse_katakana_name(typed: &str) -> Result<String, IdentityProblem> {
    let words: Vec<&str> = typed
        .split(|c: char| c.is_whitespace() || c == '\u{3000}')
        .filter(|w| !w.is_empty())
        .collect();
    let name = words.join("\u{3000}");
    let katakana = |c: char| matches!(c, '\u{30A1}'..='\u{30FA}' | 'ー' | '・' | '\u{3000}');
    if name.is_empty() || name.chars().count() > KATAKANA_MAX_CHARS || !name.chars().all(katakana) {
        return Err(IdentityProblem::Katakana);
    }
    Ok(name)
}

/// A date of birth that can be a worker's on `today`.
pub fn check_birth_date(birth: NaiveDate, today: NaiveDate) -> Result<(), IdentityProblem> {
    let plausible = birth.year() >= 1900
        && age_on(birth, today).is_some_and(|age| age >= MIN_AGE_YEARS)
        && birth <= today;
    if plausible {
        Ok(())
    } else {
        Err(IdentityProblem::BirthDate)
    }
}

/// Reads a passport number: Latin letters and digits only, in capitals (ICAO 9303 allows
/// up to 9 in the machine-readable zone and more in its optional data; the countries the
/// portal serves print 7 to 9, such as C1234567 or MA123456).
pub fn parse_passport_number(typed: &str) -> Result<String, IdentityProblem> {
    let number: String = compact(typed).to_ascii_uppercase();
    let shape =
        (5..=12).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_alphanumeric());
    shape
        .then_some(number)
        .ok_or(IdentityProblem::PassportNumber)
}

/// Reads a Japanese postal code (郵便番号) as 7 digits, with or without 〒 and hyphen.
pub fn parse_postal_code(typed: &str) -> Result<String, IdentityProblem> {
    let code: String = compact(typed).trim_start_matches('〒').to_owned();
    let shape = code.len() == 7 && code.bytes().all(|b| b.is_ascii_digit());
    shape.then_some(code).ok_or(IdentityProblem::PostalCode)
}

/// A postal code as printed: 123-4567.
pub fn postal_code_printed(code: &str) -> String {
    match code.get(..3).zip(code.get(3..)) {
        Some((head, tail)) if code.len() == 7 => format!("{head}-{tail}"),
        _ => code.to_owned(),
    }
}

/// The most languages kept for one worker.
pub const LANGUAGES_MAX: usize = 10;
/// The longest name of one language.
pub const LANGUAGE_MAX_CHARS: usize = 40;

/// Reads the languages a worker understands: any language, as staff name it ("Khmer",
/// "ภาษาไทย", "ベトナム語"), one per line or separated by commas; repeats are dropped.
pub fn parse_languages(typed: &str) -> Result<Vec<String>, IdentityProblem> {
    let mut languages: Vec<String> = Vec::new();
    for part in typed.split(['\n', ',', '、', '，', ';', '/']) {
        let name = part.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() || languages.iter().any(|l| l.eq_ignore_ascii_case(&name)) {
            continue;
        }
        if name.chars().count() > LANGUAGE_MAX_CHARS {
            return Err(IdentityProblem::Languages);
        }
        languages.push(name);
    }
    if languages.len() > LANGUAGES_MAX {
        return Err(IdentityProblem::Languages);
    }
    Ok(languages)
}

/// Drops spaces and hyphens (any width) and makes full-width Latin letters and digits
/// half-width.
fn compact(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| !(c.is_whitespace() || matches!(c, '-' | '－' | 'ー' | '‐' | '−')))
        .map(|c| match c {
            'Ａ'..='Ｚ' | 'ａ'..='ｚ' | '０'..='９' => {
                char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c)
            }
            _ => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assert_codes_round_trip;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn age_is_complete_on_the_birthday() {
        assert_eq!(age_on(day(2000, 5, 10), day(2018, 5, 9)), Some(17));
        assert_eq!(age_on(day(2000, 5, 10), day(2018, 5, 10)), Some(18));
        // Born on 29 February: 18 on 1 March of a common year (the day after 28 February,
        // when the year completes).
        assert_eq!(age_on(day(2004, 2, 29), day(2022, 2, 28)), Some(17));
        assert_eq!(age_on(day(2004, 2, 29), day(2022, 3, 1)), Some(18));
        assert_eq!(age_on(day(2030, 1, 1), day(2026, 1, 1)), None);
    }

    #[test]
    fn a_worker_is_at_least_18() {
        let today = day(2026, 12, 2);
        assert_eq!(check_birth_date(day(2008, 12, 2), today), Ok(()));
        assert_eq!(
            check_birth_date(day(2008, 12, 3), today),
            Err(IdentityProblem::BirthDate)
        );
        assert_eq!(
            check_birth_date(day(2027, 1, 1), today),
            Err(IdentityProblem::BirthDate)
        );
        assert_eq!(
            check_birth_date(day(1899, 12, 31), today),
            Err(IdentityProblem::BirthDate)
        );
    }

    #[test]
    fn katakana_names_are_kept_with_one_full_width_space() {
        assert_eq!(
            parse_katakana_name(" グエン  ヴァン　アン "),
            Ok("グエン\u{3000}ヴァン\u{3000}アン".to_owned())
        );
        assert_eq!(
            parse_katakana_name("アウン・コー"),
            Ok("アウン・コー".to_owned())
        );
        for bad in ["", "nguyen", "ぐえん", "ｸﾞｴﾝ", "阮", "グエン1"] {
            assert_eq!(
                parse_katakana_name(bad),
                Err(IdentityProblem::Katakana),
                "{bad}"
            );
        }
        let long = "ア".repeat(KATAKANA_MAX_CHARS + 1);
        assert_eq!(parse_katakana_name(&long), Err(IdentityProblem::Katakana));
    }

    #[test]
    fn passport_numbers_are_letters_and_digits_in_capitals() {
        assert_eq!(parse_passport_number("c1234567"), Ok("C1234567".to_owned()));
        assert_eq!(
            parse_passport_number("ＭＡ１２３４５６"),
            Ok("MA123456".to_owned())
        );
        assert_eq!(
            parse_passport_number("P 1234 567A"),
            Ok("P1234567A".to_owned())
        );
        for bad in ["", "1234", "C12345678901X", "C123/567", "Ｃ１２３？５６７"] {
            assert_eq!(
                parse_passport_number(bad),
                Err(IdentityProblem::PassportNumber),
                "{bad}"
            );
        }
    }

    #[test]
    fn postal_codes_are_seven_digits_however_typed() {
        for typed in [
            "460-0008",
            "〒460-0008",
            "４６０－０００８",
            "4600008",
            "460 0008",
        ] {
            assert_eq!(
                parse_postal_code(typed),
                Ok("4600008".to_owned()),
                "{typed}"
            );
        }
        for bad in ["", "460-000", "460-00089", "ABC-DEFG"] {
            assert_eq!(
                parse_postal_code(bad),
                Err(IdentityProblem::PostalCode),
                "{bad}"
            );
        }
        assert_eq!(postal_code_printed("4600008"), "460-0008");
    }

    #[test]
    fn any_language_can_be_named_once() {
        assert_eq!(
            parse_languages("Khmer, ภาษาไทย\nkhmer、 ベトナム語 ,,"),
            Ok(vec![
                "Khmer".to_owned(),
                "ภาษาไทย".to_owned(),
                "ベトナム語".to_owned()
            ])
        );
        assert_eq!(parse_languages("  "), Ok(Vec::new()));
        let long = "x".repeat(LANGUAGE_MAX_CHARS + 1);
        assert_eq!(parse_languages(&long), Err(IdentityProblem::Languages));
        let many: Vec<String> = (0..=LANGUAGES_MAX).map(|i| format!("L{i}")).collect();
        assert_eq!(
            parse_languages(&many.join(",")),
            Err(IdentityProblem::Languages)
        );
    }

    #[test]
    fn codes_round_trip() {
        assert_codes_round_trip!(Sex => "sex");
    }
}
