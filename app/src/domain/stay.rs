//! The period of stay (在留期間) of Specified Skilled Worker (i): how long one grant may be,
//! when its renewal may be applied for, and what the residence card's expiry means while a
//! renewal is under review (the special period, 特例期間).
//!
//! Sources: 出入国管理及び難民認定法施行規則 別表第二 (the periods of 特定技能1号: "法務大臣が
//! 個々に指定する期間（三年を超えない範囲）" since the revision in force 2025-09-30; before it,
//! 1 year, 6 months or 4 months); 入管法 第20条第6項 and 第21条第4項 (the special period: a
//! foreigner who applied for renewal before expiry may stay until the decision, or until two
//! months after the expiry, whichever comes first); the Immigration Services Agency's page on
//! renewal ("在留期間の満了する日以前（6か月以上の在留期間を有する者にあっては在留期間の満了する
//! 日の概ね3か月前から）").

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::{enum_codes, period::period_last_day};

/// One grant of 特定技能1号 lasts at most this long (3 years since 2025-09-30).
pub const GRANT_MAX_MONTHS: u32 = 36;
/// Renewal may be applied for from about this long before the expiry.
pub const RENEWAL_OPENS_MONTHS: u32 = 3;
/// Under review, the stay runs at most this long past the expiry (特例期間).
pub const SPECIAL_PERIOD_MONTHS: u32 = 2;

/// What immigration decided on a renewal (在留期間更新許可申請).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RenewalResult {
    /// 許可: a new period was granted.
    Granted,
    /// 不許可: refused.
    Refused,
    /// 取下げ: the application was withdrawn.
    Withdrawn,
}

enum_codes!(RenewalResult, "renewal_result", {
    Granted => "granted",
    Refused => "refused",
    Withdrawn => "withdrawn",
});

/// A renewal application as staff record it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Renewal {
    pub applied_on: NaiveDate,
    /// `None` while it is under review.
    pub decided: Option<(NaiveDate, RenewalResult)>,
}

/// What is wrong with a period of stay or a renewal as entered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StayProblem {
    /// The period ends on or before the day it was granted.
    EndsBeforeGrant,
    /// Longer than one grant may be.
    GrantTooLong,
    /// Decided before it was applied for.
    DecidedBeforeApplied,
    /// Applied for after the expiry: no special period, the worker was already out of status.
    AppliedAfterExpiry,
}

impl StayProblem {
    /// The locale key (in `stay.`) of the message.
    pub fn message_key(self) -> &'static str {
        match self {
            Self::EndsBeforeGrant => "stay.err_ends_before_grant",
            Self::GrantTooLong => "stay.err_grant_too_long",
            Self::DecidedBeforeApplied => "stay.err_decided_before_applied",
            Self::AppliedAfterExpiry => "stay.err_applied_after_expiry",
        }
    }
}

/// A granted period: from the day of the permission to the expiry on the card (inclusive),
/// at most [`GRANT_MAX_MONTHS`]. The period runs from the day after the permission (the
/// first day is not counted, 民法第140条): a grant of 3 years on 2026-04-01 expires on
/// 2029-04-01 at the latest.
pub fn check_period_of_stay(
    granted_on: NaiveDate,
    expires_on: NaiveDate,
) -> Result<(), StayProblem> {
    if expires_on <= granted_on {
        return Err(StayProblem::EndsBeforeGrant);
    }
    let longest = granted_on
        .succ_opt()
        .and_then(|first| period_last_day(first, GRANT_MAX_MONTHS));
    match longest {
        Some(longest) if expires_on <= longest => Ok(()),
        _ => Err(StayProblem::GrantTooLong),
    }
}

/// A renewal against the expiry it renews: decided on or after the day applied, and applied
/// on or before the expiry (an application after it has no special period).
pub fn check_renewal(renewal: &Renewal, expiry: NaiveDate) -> Result<(), StayProblem> {
    if renewal.applied_on > expiry {
        return Err(StayProblem::AppliedAfterExpiry);
    }
    match renewal.decided {
        Some((decided_on, _)) if decided_on < renewal.applied_on => {
            Err(StayProblem::DecidedBeforeApplied)
        }
        _ => Ok(()),
    }
}

/// The first day a renewal may be applied for: about 3 months before the expiry.
pub fn renewal_window_opens(expiry: NaiveDate) -> Option<NaiveDate> {
    expiry.checked_sub_months(Months::new(RENEWAL_OPENS_MONTHS))
}

/// The last day of the special period for an expiry: the day two months after it elapse,
/// counted from the next day (入管法第21条第4項 "在留期間の満了の日から二月を経過する日"): an
/// expiry of 11-30 runs to 01-31, one of 12-31 to 02-28 (02-29 in a leap year).
pub fn special_period_ends(expiry: NaiveDate) -> Option<NaiveDate> {
    period_last_day(expiry.succ_opt()?, SPECIAL_PERIOD_MONTHS)
}

/// Where a worker's stay stands on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum StayStanding {
    /// No expiry recorded.
    Unknown,
    /// Valid, renewal not yet open.
    Valid { until: NaiveDate },
    /// Valid, and renewal may (and should) be applied for now.
    RenewalDue { until: NaiveDate },
    /// Applied for on time and not decided: "renewal applied for, under review". The worker
    /// may stay until the decision, at most until `may_stay_until`.
    UnderReview { may_stay_until: NaiveDate },
    /// Past the expiry with no pending renewal, past the special period, or refused.
    Expired { since: NaiveDate },
}

/// The standing of a stay with its expiry and its latest renewal, on `today`. A renewal
/// that was granted is no longer pending: staff record the new period, whose expiry is
/// then the one passed here.
pub fn stay_standing(
    today: NaiveDate,
    expiry: Option<NaiveDate>,
    renewal: Option<&Renewal>,
) -> StayStanding {
    let Some(expiry) = expiry else {
        return StayStanding::Unknown;
    };
    let pending = renewal.filter(|r| r.decided.is_none() && r.applied_on <= expiry);
    if today <= expiry {
        if pending.is_some() {
            // Applied for and still valid: the card is good, the decision is awaited.
            let may_stay_until = special_period_ends(expiry).unwrap_or(expiry);
            return StayStanding::UnderReview { may_stay_until };
        }
        let opens = renewal_window_opens(expiry).unwrap_or(expiry);
        return if today >= opens {
            StayStanding::RenewalDue { until: expiry }
        } else {
            StayStanding::Valid { until: expiry }
        };
    }
    match (pending, special_period_ends(expiry)) {
        (Some(_), Some(last)) if today <= last => StayStanding::UnderReview {
            may_stay_until: last,
        },
        (Some(_), Some(last)) => StayStanding::Expired {
            since: last.succ_opt().unwrap_or(last),
        },
        _ => StayStanding::Expired {
            since: expiry.succ_opt().unwrap_or(expiry),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assert_codes_round_trip;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    #[test]
    fn a_grant_is_at_most_three_years() {
        assert_eq!(check_period_of_stay(d(2026, 4, 1), d(2029, 4, 1)), Ok(()));
        assert_eq!(
            check_period_of_stay(d(2026, 4, 1), d(2029, 4, 2)),
            Err(StayProblem::GrantTooLong)
        );
        assert_eq!(
            check_period_of_stay(d(2026, 4, 1), d(2026, 4, 1)),
            Err(StayProblem::EndsBeforeGrant)
        );
        // Granted on a leap day: three years on is 02-28.
        assert_eq!(check_period_of_stay(d(2028, 2, 29), d(2031, 2, 28)), Ok(()));
        assert_eq!(
            check_period_of_stay(d(2028, 2, 29), d(2031, 3, 1)),
            Err(StayProblem::GrantTooLong)
        );
    }

    #[test]
    fn a_renewal_is_decided_after_it_is_applied_for_and_applied_for_in_time() {
        let expiry = d(2027, 1, 20);
        let ok = Renewal {
            applied_on: d(2026, 11, 1),
            decided: Some((d(2026, 12, 10), RenewalResult::Granted)),
        };
        assert_eq!(check_renewal(&ok, expiry), Ok(()));
        let same_day = Renewal {
            decided: Some((d(2026, 11, 1), RenewalResult::Refused)),
            ..ok
        };
        assert_eq!(check_renewal(&same_day, expiry), Ok(()));
        let backwards = Renewal {
            decided: Some((d(2026, 10, 31), RenewalResult::Granted)),
            ..ok
        };
        assert_eq!(
            check_renewal(&backwards, expiry),
            Err(StayProblem::DecidedBeforeApplied)
        );
        let late = Renewal {
            applied_on: d(2027, 1, 21),
            decided: None,
        };
        assert_eq!(
            check_renewal(&late, expiry),
            Err(StayProblem::AppliedAfterExpiry)
        );
    }

    #[test]
    fn the_window_opens_three_months_before_and_the_special_period_runs_two_after() {
        assert_eq!(renewal_window_opens(d(2027, 1, 20)), Some(d(2026, 10, 20)));
        // Month ends clamp.
        assert_eq!(renewal_window_opens(d(2027, 5, 31)), Some(d(2027, 2, 28)));
        assert_eq!(renewal_window_opens(d(2028, 5, 31)), Some(d(2028, 2, 29)));
        assert_eq!(special_period_ends(d(2027, 12, 31)), Some(d(2028, 2, 29)));
        assert_eq!(special_period_ends(d(2026, 12, 31)), Some(d(2027, 2, 28)));
        assert_eq!(special_period_ends(d(2027, 1, 20)), Some(d(2027, 3, 20)));
        assert_eq!(special_period_ends(d(2026, 11, 30)), Some(d(2027, 1, 31)));
    }

    #[test]
    fn the_standing_of_a_stay_through_its_life() {
        let expiry = d(2027, 1, 20);
        let at = |today, renewal: Option<&Renewal>| stay_standing(today, Some(expiry), renewal);
        assert_eq!(
            stay_standing(d(2026, 1, 1), None, None),
            StayStanding::Unknown
        );
        assert_eq!(
            at(d(2026, 10, 19), None),
            StayStanding::Valid { until: expiry }
        );
        assert_eq!(
            at(d(2026, 10, 20), None),
            StayStanding::RenewalDue { until: expiry }
        );
        assert_eq!(at(expiry, None), StayStanding::RenewalDue { until: expiry });
        assert_eq!(
            at(d(2027, 1, 21), None),
            StayStanding::Expired {
                since: d(2027, 1, 21)
            }
        );

        let pending = Renewal {
            applied_on: d(2026, 12, 1),
            decided: None,
        };
        let review = StayStanding::UnderReview {
            may_stay_until: d(2027, 3, 20),
        };
        assert_eq!(at(d(2026, 12, 2), Some(&pending)), review);
        // Past the card's expiry, still under review: not "expired".
        assert_eq!(at(d(2027, 2, 1), Some(&pending)), review);
        assert_eq!(at(d(2027, 3, 20), Some(&pending)), review);
        assert_eq!(
            at(d(2027, 3, 21), Some(&pending)),
            StayStanding::Expired {
                since: d(2027, 3, 21)
            }
        );

        let refused = Renewal {
            decided: Some((d(2027, 1, 25), RenewalResult::Refused)),
            ..pending
        };
        assert_eq!(
            at(d(2027, 2, 1), Some(&refused)),
            StayStanding::Expired {
                since: d(2027, 1, 21)
            }
        );
        // Applied after the expiry: no special period.
        let late = Renewal {
            applied_on: d(2027, 1, 22),
            decided: None,
        };
        assert_eq!(
            at(d(2027, 2, 1), Some(&late)),
            StayStanding::Expired {
                since: d(2027, 1, 21)
            }
        );
    }

    #[test]
    fn codes_round_trip() {
        assert_codes_round_trip!(RenewalResult => "renewal_result");
    }
}
