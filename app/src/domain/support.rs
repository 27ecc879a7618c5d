//! The 10 mandatory supports (義務的支援, DESIGN.md §2): the catalogue, which apply to a
//! worker's situation, when each is due, and the status machine of one support.

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::{enum_codes, interview::INTERVIEW_INTERVAL_MONTHS};

/// One of the 10 mandatory supports, in the order of the law's list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SupportKind {
    /// 1 事前ガイダンス: after the contract, before the visa application.
    PreEntryGuidance,
    /// 2 出入国時の送迎, on entry: the pick-up at the airport (or port) and the way to the
    /// home. Not for a worker who changed status inside Japan.
    AirportPickUp,
    /// 2 出入国時の送迎, on final departure: accompanying the worker to the security check
    /// (保安検査場) of the airport. For every worker, whatever way they came.
    DepartureSendOff,
    /// 3 住居確保・生活に必要な契約: before or at arrival, and on every move.
    HousingAndContracts,
    /// 4 生活オリエンテーション: without delay after entry or change of status, ≥ 8 hours.
    LifeOrientation,
    /// 5 公的手続等への同行: residence registration within 14 days of settling.
    PublicProcedures,
    /// 6 日本語学習の機会: ongoing.
    JapaneseLearning,
    /// 7 相談・苦情対応: ongoing, without delay.
    Consultation,
    /// 8 日本人との交流促進: ongoing.
    ExchangeWithJapanese,
    /// 9 転職支援: only when employment ends for reasons not the worker's fault.
    JobChange,
    /// 10 定期面談・行政機関への通報: at least every 3 months.
    PeriodicInterview,
}

enum_codes!(SupportKind, "support", {
    PreEntryGuidance => "pre_entry_guidance",
    AirportPickUp => "airport_pick_up",
    DepartureSendOff => "departure_send_off",
    HousingAndContracts => "housing_and_contracts",
    LifeOrientation => "life_orientation",
    PublicProcedures => "public_procedures",
    JapaneseLearning => "japanese_learning",
    Consultation => "consultation",
    ExchangeWithJapanese => "exchange_with_japanese",
    JobChange => "job_change",
    PeriodicInterview => "periodic_interview",
});

impl SupportKind {
    /// The number in the law's list, 1 to 10.
    pub fn number(self) -> u8 {
        match self {
            Self::PreEntryGuidance => 1,
            Self::AirportPickUp | Self::DepartureSendOff => 2,
            Self::HousingAndContracts => 3,
            Self::LifeOrientation => 4,
            Self::PublicProcedures => 5,
            Self::JapaneseLearning => 6,
            Self::Consultation => 7,
            Self::ExchangeWithJapanese => 8,
            Self::JobChange => 9,
            Self::PeriodicInterview => 10,
        }
    }

    /// Guidance and orientation need the worker's own confirmation (参考様式1-7, 5-8)
    /// before the company confirms.
    pub fn needs_worker_acknowledgement(self) -> bool {
        matches!(self, Self::PreEntryGuidance | Self::LifeOrientation)
    }

    /// Given again and again, each time its own delivery (運用要領 第4): housing help and
    /// the procedures on every move (住居地の変更届 within 14 days again), and the running
    /// logs of Japanese learning, consultations, exchange and the periodic interviews.
    /// The others are given once; a change to them is a correction.
    pub fn recurs(self) -> bool {
        matches!(
            self,
            Self::HousingAndContracts
                | Self::PublicProcedures
                | Self::JapaneseLearning
                | Self::Consultation
                | Self::ExchangeWithJapanese
                | Self::PeriodicInterview
        )
    }
}

/// What the rules need to know about a worker's situation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WorkerSituation {
    /// The worker changed status inside Japan (e.g. from technical intern) instead of
    /// entering from abroad: no airport pick-up, no pre-entry visa step.
    pub changed_status_in_japan: bool,
    pub contract_signed: Option<NaiveDate>,
    /// The day the visa (or change of status) is applied for.
    pub visa_application: Option<NaiveDate>,
    /// Entry into Japan, or the day the new status was granted.
    pub entry_or_change: Option<NaiveDate>,
    /// The day the worker settled at their address (defaults to entry).
    pub settled: Option<NaiveDate>,
    /// The employment ended for reasons not the worker's fault (job-change support).
    pub employment_ended_not_own_fault: Option<NaiveDate>,
    /// The last periodic interview held.
    pub last_interview: Option<NaiveDate>,
    /// The worker lived in Japan as a technical intern or a student and stays with the
    /// same employer: a shorter life orientation is enough (`orientation_min_minutes`).
    pub former_intern_same_employer: bool,
}

/// Residence registration is due within 14 days of settling (住民基本台帳法 §30-46), and
/// again within 14 days of every move (§22, §23).
pub const REGISTRATION_WITHIN_DAYS: u64 = 14;

/// The day the residence registration is due after a move on `moved_on`.
pub fn registration_due_after_move(moved_on: NaiveDate) -> Option<NaiveDate> {
    moved_on.checked_add_days(chrono::Days::new(REGISTRATION_WITHIN_DAYS))
}
/// "Without delay" after entry, as this organization practises it: within the first week,
/// before the residence registration is due.
pub const ORIENTATION_WITHIN_DAYS: u64 = 7;
/// Something due within this many days and not done yet is *due soon* (the organization's
/// practice, two weeks to act): the staff dashboard lists the supports and the supervisor
/// interviews due by then, an interview due by then and not booked is urgent (the homes,
/// the interview pages), and the company is reminded of its supervisor interview. The
/// residence registration's 14 days ([`REGISTRATION_WITHIN_DAYS`]) and a card's last
/// reminder ([`EXPIRY_URGENT_DAYS`](super::EXPIRY_URGENT_DAYS)) are other rules.
pub const DUE_SOON_DAYS: u64 = 14;

/// Why a support does not apply to a worker (the reason is then given automatically).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotApplicableBecause {
    ChangedStatusInJapan,
    EmploymentContinues,
}

impl SupportKind {
    /// Whether the support applies to the worker's situation.
    pub fn applies(self, s: &WorkerSituation) -> Result<(), NotApplicableBecause> {
        match self {
            Self::AirportPickUp if s.changed_status_in_japan => {
                Err(NotApplicableBecause::ChangedStatusInJapan)
            }
            Self::JobChange if s.employment_ended_not_own_fault.is_none() => {
                Err(NotApplicableBecause::EmploymentContinues)
            }
            _ => Ok(()),
        }
    }

    /// Whether the support is due by a day the worker's dates decide: without them the
    /// plan cannot say when, and the dashboard shows the worker as "dates missing"
    /// ([`SupportKind::lacks_dates`]) rather than as nothing due.
    pub fn dated(self) -> bool {
        !matches!(
            self,
            Self::DepartureSendOff
                | Self::JapaneseLearning
                | Self::Consultation
                | Self::ExchangeWithJapanese
                | Self::JobChange
        )
    }

    /// A dated support whose due day the worker's dates do not tell yet.
    pub fn lacks_dates(self, s: &WorkerSituation) -> bool {
        self.dated() && self.applies(s).is_ok() && self.due(s).is_none()
    }

    /// The day by which the support is due, when the worker's dates tell. Ongoing
    /// supports (Japanese learning, consultations, exchange) and the send-off have no due
    /// day.
    pub fn due(self, s: &WorkerSituation) -> Option<NaiveDate> {
        let days = |d: NaiveDate, n: u64| d.checked_add_days(chrono::Days::new(n));
        match self {
            // Before the visa application: due the day before it.
            Self::PreEntryGuidance => s.visa_application.and_then(|d| d.pred_opt()),
            Self::AirportPickUp | Self::HousingAndContracts => s.entry_or_change,
            // At the final departure, whose day nobody knows in advance.
            Self::DepartureSendOff => None,
            Self::LifeOrientation => s
                .entry_or_change
                .and_then(|d| days(d, ORIENTATION_WITHIN_DAYS)),
            Self::PublicProcedures => s
                .settled
                .or(s.entry_or_change)
                .and_then(|d| days(d, REGISTRATION_WITHIN_DAYS)),
            Self::JapaneseLearning | Self::Consultation | Self::ExchangeWithJapanese => None,
            Self::JobChange => s.employment_ended_not_own_fault,
            Self::PeriodicInterview => s
                .last_interview
                .or(s.entry_or_change)
                .and_then(|d| d.checked_add_months(Months::new(INTERVIEW_INTERVAL_MONTHS))),
        }
    }
}

/// Where one support stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SupportStatus {
    Planned,
    /// Staff recorded it as delivered.
    Done,
    /// The worker confirmed they received it (guidance, orientation).
    Acknowledged,
    /// The company confirmed it; final until staff correct the record.
    Confirmed,
    /// Does not apply, with a reason (the rules', or staff's).
    NotApplicable,
    /// Applies, but could not be delivered (the worker declined, was in hospital…): the
    /// written reason of the form for non-implementation (支援実施困難・未実施の理由) and
    /// the day it was decided.
    NotDelivered,
    /// Staff corrected a delivered record: it waits for the confirmations again.
    Reopened,
}

enum_codes!(SupportStatus, "support status", {
    Planned => "planned",
    Done => "done",
    Acknowledged => "acknowledged",
    Confirmed => "confirmed",
    NotApplicable => "not_applicable",
    NotDelivered => "not_delivered",
    Reopened => "reopened",
});

impl SupportStatus {
    /// Still to be delivered: what the dashboard counts as due or overdue. (A reopened
    /// record was delivered; it waits for confirmations, not for staff.)
    pub fn is_open(self) -> bool {
        self == Self::Planned
    }

    /// Waiting for the company's confirmation.
    pub fn awaits_company(self, needs_acknowledgement: bool) -> bool {
        self.after_for(SupportAction::Confirm, needs_acknowledgement)
            .is_ok()
    }

    /// Waiting for the worker's acknowledgement.
    pub fn awaits_worker(self, needs_acknowledgement: bool) -> bool {
        self.after_for(SupportAction::Acknowledge, needs_acknowledgement)
            .is_ok()
    }
}

/// Who moves a support on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SupportAction {
    /// Staff: record the delivery.
    RecordDone,
    /// Staff: record one more delivery of a support given again and again
    /// ([`SupportKind::recurs`]); it waits for the confirmations of its own.
    RecordAgain,
    /// Staff: mark as not applicable (a reason is required by the caller).
    MarkNotApplicable,
    /// Staff: mark as not delivered (a reason and a day are required by the caller).
    MarkNotDelivered,
    /// Staff: back to planned (a "not applicable" or "not delivered" was wrong, or the
    /// worker can receive it after all).
    Replan,
    /// Staff: correct a delivered record.
    Correct,
    /// Worker: "I received this support".
    Acknowledge,
    /// Company: "this support was delivered".
    Confirm,
    /// Company: send it back with a comment.
    SendBack,
    /// Staff recorded a periodic interview (support 10, 定期的な面談): it was held, and it
    /// is planned again for the next one, due 3 months later (運用要領 第4-10: once every
    /// 3 months or more often). From any status: whatever was acknowledged, confirmed or
    /// marked not applicable was about an earlier interview.
    HoldAgain,
    /// The worker moved (転居): the residence registration is due again, 14 days from the
    /// move (住民基本台帳法 §22-23: 転入届 within 14 days), whatever became of the first one.
    /// Not for a support staff found not applicable.
    DueAgain,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{action:?} is not possible from {from:?}")]
pub struct IllegalTransition {
    pub from: SupportStatus,
    pub action: SupportAction,
}

impl SupportStatus {
    /// The status after `action`, or the refusal. `kind` decides whether the company may
    /// confirm before the worker has acknowledged, and whether it can be given again.
    pub fn after(
        self,
        action: SupportAction,
        kind: SupportKind,
    ) -> Result<SupportStatus, IllegalTransition> {
        if action == SupportAction::RecordAgain && !kind.recurs() {
            return Err(IllegalTransition { from: self, action });
        }
        self.after_for(action, kind.needs_worker_acknowledgement())
    }

    /// The status after `action` for a support that does or does not need the worker's
    /// acknowledgement (voluntary supports do not; they may be given again).
    pub fn after_for(
        self,
        action: SupportAction,
        needs_acknowledgement: bool,
    ) -> Result<SupportStatus, IllegalTransition> {
        use SupportAction as A;
        use SupportStatus as S;
        let delivered = matches!(self, S::Done | S::Reopened);
        let next = match (self, action) {
            (S::Planned, A::RecordDone) => Some(S::Done),
            (S::Done | S::Acknowledged | S::Confirmed | S::Reopened, A::RecordAgain) => {
                Some(S::Done)
            }
            (S::Planned, A::MarkNotApplicable) => Some(S::NotApplicable),
            (S::Planned, A::MarkNotDelivered) => Some(S::NotDelivered),
            (S::NotApplicable | S::NotDelivered, A::Replan) => Some(S::Planned),
            (S::Done | S::Acknowledged | S::Confirmed | S::Reopened, A::Correct) => {
                Some(S::Reopened)
            }
            (_, A::Acknowledge) if delivered && needs_acknowledgement => Some(S::Acknowledged),
            (S::Acknowledged, A::Confirm) => Some(S::Confirmed),
            (_, A::Confirm) if delivered && !needs_acknowledgement => Some(S::Confirmed),
            (S::Done | S::Acknowledged | S::Reopened, A::SendBack) => Some(S::Reopened),
            (_, A::HoldAgain) => Some(S::Planned),
            (S::NotApplicable, A::DueAgain) => None,
            (_, A::DueAgain) => Some(S::Planned),
            _ => None,
        };
        next.ok_or(IllegalTransition { from: self, action })
    }
}

#[cfg(test)]
mod tests;
