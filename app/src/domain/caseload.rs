//! How many workers and employers one support officer (支援担当者) may look after.
//!
//! Source: the draft revision of the 特定技能基準省令 and the 運用要領 published for public
//! comment in 2026 (DESIGN.md §2, "to be confirmed"): from 2027-04-01 a registered support
//! organization must have, per office, a full-time 支援責任者 and 支援担当者, and each
//! 支援担当者 may be in charge of at most 50 workers and 10 employers. The cut-over date is a
//! setting (an organization may apply the caps earlier; a final rule may move the date):
//! before it, going over a cap is a warning; from it, the assignment is refused.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// At most this many 1号特定技能外国人 per 支援担当者.
pub const CASELOAD_MAX_WORKERS: u32 = 50;
/// At most this many 特定技能所属機関 (employers) per 支援担当者.
pub const CASELOAD_MAX_EMPLOYERS: u32 = 10;

/// The day the caps become binding, unless an organization sets another.
pub fn caseload_caps_from_default() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 4, 1).unwrap_or(NaiveDate::MAX)
}

/// One officer's load: the workers and the distinct employers in their charge.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Caseload {
    pub workers: u32,
    pub employers: u32,
}

impl Caseload {
    pub fn over_workers(self) -> bool {
        self.workers > CASELOAD_MAX_WORKERS
    }

    pub fn over_employers(self) -> bool {
        self.employers > CASELOAD_MAX_EMPLOYERS
    }

    pub fn over(self) -> bool {
        self.over_workers() || self.over_employers()
    }
}

/// What an assignment would do to an officer's load.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseloadVerdict {
    /// Within both caps.
    #[default]
    Within,
    /// Over a cap, before the caps bind: allowed, with a warning.
    OverWarned,
    /// Over a cap from the cut-over date: refused.
    Refused,
}

/// The verdict on a load `after` an assignment, on `today`, with the caps binding from
/// `caps_from`. A change that does not add to the load (a worker moved between two
/// companies both in the officer's charge) is judged like any other: `after` is what counts.
pub fn caseload_verdict(
    after: Caseload,
    today: NaiveDate,
    caps_from: NaiveDate,
) -> CaseloadVerdict {
    match (after.over(), today >= caps_from) {
        (false, _) => CaseloadVerdict::Within,
        (true, false) => CaseloadVerdict::OverWarned,
        (true, true) => CaseloadVerdict::Refused,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    #[test]
    fn fifty_workers_and_ten_employers_are_within_one_more_is_over() {
        let at_caps = Caseload {
            workers: 50,
            employers: 10,
        };
        assert!(!at_caps.over());
        assert!(
            Caseload {
                workers: 51,
                ..at_caps
            }
            .over_workers()
        );
        assert!(
            Caseload {
                employers: 11,
                ..at_caps
            }
            .over_employers()
        );
    }

    #[test]
    fn over_a_cap_is_warned_before_the_cut_over_and_refused_from_it() {
        let from = caseload_caps_from_default();
        assert_eq!(from, d(2027, 4, 1));
        let over = Caseload {
            workers: 51,
            employers: 3,
        };
        assert_eq!(
            caseload_verdict(over, d(2027, 3, 31), from),
            CaseloadVerdict::OverWarned
        );
        assert_eq!(
            caseload_verdict(over, d(2027, 4, 1), from),
            CaseloadVerdict::Refused
        );
        let within = Caseload {
            workers: 50,
            employers: 10,
        };
        assert_eq!(
            caseload_verdict(within, d(2027, 4, 1), from),
            CaseloadVerdict::Within
        );
        // An organization that applies the caps earlier.
        assert_eq!(
            caseload_verdict(over, d(2026, 12, 1), d(2026, 10, 1)),
            CaseloadVerdict::Refused
        );
    }
}
