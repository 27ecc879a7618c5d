//! The end of a worker's employment (特定技能雇用契約の終了) and its reason: what the 14-day
//! notification (随時届出, 特定技能雇用契約の終了) asks for, whether job-change support
//! (support 9) becomes due, and from when the records are kept for one year.
//!
//! Source: 特定技能基準省令 第3条第1項第1号リ: job-change support is owed when the worker's
//! contract is ended "その責めに帰すべき事由によらないで" (not by the worker's fault); the
//! 運用要領 names the company's reasons (人員整理, 倒産 and the like) and, where the company
//! does not renew a contract that runs out while the worker wishes to go on working in Japan,
//! job-change support "as needed" at the end of the term (期間満了時). A worker who resigns,
//! who is dismissed for their own fault, who disappears (行方不明), who dies, or who moves to
//! an employer already found is owed none.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::enum_codes;

/// Why an employment ended, as the 随時届出 lists the reasons.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EmploymentEndReason {
    /// 契約期間満了: the term ran out and was not renewed.
    ContractExpired,
    /// 自己都合退職: the worker resigned.
    Resigned,
    /// 解雇（本人の責めに帰すべき事由）: dismissed for the worker's own fault.
    DismissedForCause,
    /// 受入れ機関の都合 (倒産, 人員整理, 事業縮小): the company's reasons.
    CompanyReasons,
    /// 行方不明: the worker disappeared.
    Disappeared,
    /// 死亡.
    Death,
    /// 転籍: moved to another company, the new employment already arranged.
    Transferred,
}

enum_codes!(EmploymentEndReason, "employment_end_reason", {
    ContractExpired => "contract_expired",
    Resigned => "resigned",
    DismissedForCause => "dismissed_for_cause",
    CompanyReasons => "company_reasons",
    Disappeared => "disappeared",
    Death => "death",
    Transferred => "transferred",
});

impl EmploymentEndReason {
    /// Whether this ending makes job-change support (support 9) due: only an ending not by
    /// the worker's fault. A contract that simply runs out counts (the company chose not to
    /// renew; the 運用要領's 期間満了時の転職支援); staff mark support 9 not applicable with a
    /// reason when the worker goes home instead.
    pub fn brings_job_change_support(self) -> bool {
        match self {
            Self::CompanyReasons | Self::ContractExpired => true,
            Self::Resigned
            | Self::DismissedForCause
            | Self::Disappeared
            | Self::Death
            | Self::Transferred => false,
        }
    }

    /// Whether the ending also makes acceptance difficult (受入れ困難に係る届出): a worker who
    /// disappeared must be reported as such, besides the end of the contract.
    pub fn is_acceptance_difficulty(self) -> bool {
        matches!(self, Self::Disappeared)
    }
}

/// A worker's employment contract as recorded: its start, and its end with the reason.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Employment {
    pub started_on: Option<NaiveDate>,
    pub ended: Option<(NaiveDate, EmploymentEndReason)>,
}

/// What is wrong with an employment as entered; each names the field to fix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmploymentProblem {
    EndBeforeStart,
    EndWithoutReason,
    ReasonWithoutEnd,
}

impl EmploymentProblem {
    pub fn field(self) -> &'static str {
        match self {
            Self::EndBeforeStart | Self::ReasonWithoutEnd => "contract_ended_on",
            Self::EndWithoutReason => "employment_end_reason",
        }
    }

    pub fn message_key(self) -> &'static str {
        match self {
            Self::EndBeforeStart => "employment.err_end_before_start",
            Self::EndWithoutReason => "employment.err_reason_missing",
            Self::ReasonWithoutEnd => "employment.err_end_missing",
        }
    }
}

impl Employment {
    /// An employment from its parts: an end needs its reason and a reason its end, and
    /// the end is not before the start (ending on the first day is possible).
    pub fn check(
        started_on: Option<NaiveDate>,
        ended_on: Option<NaiveDate>,
        reason: Option<EmploymentEndReason>,
    ) -> Result<Self, EmploymentProblem> {
        let ended = match (ended_on, reason) {
            (None, None) => None,
            (Some(_), None) => return Err(EmploymentProblem::EndWithoutReason),
            (None, Some(_)) => return Err(EmploymentProblem::ReasonWithoutEnd),
            (Some(on), Some(reason)) => Some((on, reason)),
        };
        if let (Some(start), Some((end, _))) = (started_on, ended)
            && end < start
        {
            return Err(EmploymentProblem::EndBeforeStart);
        }
        Ok(Self { started_on, ended })
    }

    /// The day job-change support (support 9) is due: the end, when it is not by the
    /// worker's fault.
    pub fn job_change_due_on(self) -> Option<NaiveDate> {
        self.ended
            .filter(|(_, reason)| reason.brings_job_change_support())
            .map(|(on, _)| on)
    }

    /// Whether the worker no longer works there on `today`: the contract's last day has
    /// passed. A worker whose end is recorded ahead (notice given) is still employed, and
    /// still on every due list, until then.
    pub fn is_former_on(self, today: NaiveDate) -> bool {
        self.ended.is_some_and(|(on, _)| on < today)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assert_codes_round_trip;

    #[test]
    fn only_endings_not_by_the_workers_fault_bring_job_change_support() {
        use EmploymentEndReason as R;
        let with: Vec<_> = R::ALL
            .into_iter()
            .filter(|r| r.brings_job_change_support())
            .collect();
        assert_eq!(with, [R::ContractExpired, R::CompanyReasons]);
        assert!(!R::Resigned.brings_job_change_support());
        assert!(!R::Disappeared.brings_job_change_support());
        assert!(R::Disappeared.is_acceptance_difficulty());
        assert!(!R::CompanyReasons.is_acceptance_difficulty());
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    #[test]
    fn an_end_needs_its_reason_and_comes_after_the_start() {
        use EmploymentEndReason as R;
        let start = Some(d(2025, 4, 1));
        assert_eq!(
            Employment::check(start, Some(d(2025, 3, 31)), Some(R::Resigned)),
            Err(EmploymentProblem::EndBeforeStart)
        );
        assert_eq!(
            Employment::check(start, Some(d(2026, 3, 31)), None),
            Err(EmploymentProblem::EndWithoutReason)
        );
        assert_eq!(
            Employment::check(start, None, Some(R::Resigned)),
            Err(EmploymentProblem::ReasonWithoutEnd)
        );
        let first_day = Employment::check(start, start, Some(R::Resigned));
        assert!(first_day.is_ok());
        assert_eq!(
            Employment::check(None, None, None),
            Ok(Employment::default())
        );
    }

    #[test]
    fn support_nine_is_due_on_the_end_only_when_not_by_the_workers_fault() {
        use EmploymentEndReason as R;
        let ended = |reason| Employment {
            started_on: None,
            ended: Some((d(2026, 11, 30), reason)),
        };
        assert_eq!(
            ended(R::CompanyReasons).job_change_due_on(),
            Some(d(2026, 11, 30))
        );
        assert_eq!(ended(R::Resigned).job_change_due_on(), None);
        assert_eq!(Employment::default().job_change_due_on(), None);
        // Former from the day after the last day.
        assert!(!ended(R::Resigned).is_former_on(d(2026, 11, 30)));
        assert!(ended(R::Resigned).is_former_on(d(2026, 12, 1)));
    }

    #[test]
    fn codes_round_trip() {
        assert_codes_round_trip!(EmploymentEndReason => "employment_end_reason");
    }
}
