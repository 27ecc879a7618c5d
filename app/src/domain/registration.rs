//! The support organization's own standing: its registration (登録支援機関の登録) and the
//! training of its staff.
//!
//! Sources: 入管法 第19条の27 and 第19条の26 (the registration lasts 5 years and is renewed
//! by an application, 登録の更新); the Immigration Services Agency's guidance that the renewal
//! is filed from 6 months to 4 months before the expiry ("有効期間満了日の6か月前から4か月前
//! まで"); for training, the 2027 draft rules (DESIGN.md §2: the 支援責任者 and 支援担当者 must
//! have completed the required training within the last 3 years; to be confirmed).

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::period::period_last_day;

/// A registration lasts this long.
pub const REGISTRATION_YEARS: u32 = 5;
/// Training older than this no longer counts.
pub const TRAINING_VALID_MONTHS: u32 = 36;

/// The expiry of a registration granted (or renewed) on `registered_on`: the last day of 5
/// years from that day.
pub fn registration_expires_on(registered_on: NaiveDate) -> Option<NaiveDate> {
    period_last_day(registered_on, REGISTRATION_YEARS * 12)
}

/// Where the registration stands on a day: what the admin's home says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum RegistrationStanding {
    Unknown,
    /// Renewal not open yet.
    Valid {
        renewal_opens_on: NaiveDate,
    },
    /// The renewal may and must be filed now.
    RenewalWindow {
        closes_on: NaiveDate,
    },
    /// The window closed and the registration has not expired: file at once.
    WindowMissed {
        expires_on: NaiveDate,
    },
    Expired,
}

/// The renewal window of an expiry: from 6 months to 4 months before it.
pub fn renewal_window(expires_on: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    Some((
        expires_on.checked_sub_months(Months::new(6))?,
        expires_on.checked_sub_months(Months::new(4))?,
    ))
}

pub fn registration_standing(
    today: NaiveDate,
    expires_on: Option<NaiveDate>,
) -> RegistrationStanding {
    let Some(expires_on) = expires_on else {
        return RegistrationStanding::Unknown;
    };
    let Some((opens_on, closes_on)) = renewal_window(expires_on) else {
        return RegistrationStanding::Unknown;
    };
    if today > expires_on {
        RegistrationStanding::Expired
    } else if today > closes_on {
        RegistrationStanding::WindowMissed { expires_on }
    } else if today >= opens_on {
        RegistrationStanding::RenewalWindow { closes_on }
    } else {
        RegistrationStanding::Valid {
            renewal_opens_on: opens_on,
        }
    }
}

/// A registration number as the Immigration Services Agency prints it on the register of
/// registered support organizations (登録支援機関登録簿): two digits of the year of first
/// registration, 登, a hyphen and six digits (`19登-000001`). Full-width digits and the
/// hyphens a Japanese keyboard types are read as such; the answer is in the printed form.
pub fn parse_registration_number(typed: &str) -> Option<String> {
    let half: String = typed
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            'ー' | '－' | '‐' | '−' | '—' => '-',
            other => other,
        })
        .collect();
    let (year, number) = half.split_once("登-")?;
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    (digits(year, 2) && digits(number, 6)).then(|| format!("{year}登-{number}"))
}

/// Whether training completed on `completed_on` still counts on `today` (within 3 years).
pub fn training_current(completed_on: Option<NaiveDate>, today: NaiveDate) -> bool {
    completed_on
        .and_then(|on| on.succ_opt())
        .and_then(|first| period_last_day(first, TRAINING_VALID_MONTHS))
        .is_some_and(|last| today <= last)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    #[test]
    fn a_registration_lasts_five_years() {
        assert_eq!(
            registration_expires_on(d(2022, 10, 1)),
            Some(d(2027, 9, 30))
        );
        assert_eq!(
            registration_expires_on(d(2024, 2, 29)),
            Some(d(2029, 2, 28))
        );
    }

    #[test]
    fn the_renewal_is_filed_six_to_four_months_before_the_expiry() {
        let expiry = d(2027, 9, 30);
        assert_eq!(
            renewal_window(expiry),
            Some((d(2027, 3, 30), d(2027, 5, 30)))
        );
        let at = |today| registration_standing(today, Some(expiry));
        assert_eq!(
            at(d(2027, 3, 29)),
            RegistrationStanding::Valid {
                renewal_opens_on: d(2027, 3, 30)
            }
        );
        assert_eq!(
            at(d(2027, 3, 30)),
            RegistrationStanding::RenewalWindow {
                closes_on: d(2027, 5, 30)
            }
        );
        assert_eq!(
            at(d(2027, 5, 30)),
            RegistrationStanding::RenewalWindow {
                closes_on: d(2027, 5, 30)
            }
        );
        assert_eq!(
            at(d(2027, 5, 31)),
            RegistrationStanding::WindowMissed { expires_on: expiry }
        );
        assert_eq!(at(d(2027, 10, 1)), RegistrationStanding::Expired);
        assert_eq!(
            registration_standing(d(2027, 1, 1), None),
            RegistrationStanding::Unknown
        );
        // Month ends clamp: an expiry of 08-31 opens on 02-28 (02-29 in a leap year).
        assert_eq!(
            renewal_window(d(2028, 8, 31)).map(|w| w.0),
            Some(d(2028, 2, 29))
        );
    }

    #[test]
    fn a_registration_number_reads_as_the_register_prints_it() {
        assert_eq!(
            parse_registration_number(" 19登-000001 ").as_deref(),
            Some("19登-000001")
        );
        assert_eq!(
            parse_registration_number("２４登－０１２３４５").as_deref(),
            Some("24登-012345")
        );
        for bad in ["19-000001", "19登-00001", "190登-000001", "ab登-000001", ""] {
            assert_eq!(parse_registration_number(bad), None, "{bad}");
        }
    }

    #[test]
    fn training_counts_for_three_years() {
        assert!(training_current(Some(d(2024, 6, 1)), d(2027, 6, 1)));
        assert!(!training_current(Some(d(2024, 6, 1)), d(2027, 6, 2)));
        assert!(!training_current(None, d(2026, 1, 1)));
    }
}
