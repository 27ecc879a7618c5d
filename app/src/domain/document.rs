//! Documents collected from a worker (DESIGN.md §2): the kinds and what each needs, where
//! one stands in review, why staff ask for it again, and the dates that matter (card and
//! passport expiry, Japanese certificates no older than 3 months, retention).

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::enum_codes;

/// A kind of document the organization collects from a worker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    /// 在留カード: front and back; expiry tracked.
    ResidenceCard,
    /// 旅券: expiry tracked.
    Passport,
    /// 雇用契約書・雇用条件書.
    EmploymentContract,
    /// 健康診断個人票: issued within 3 months.
    HealthCheck,
    /// 技能測定試験の合格証明書.
    SkillsTestCertificate,
    /// JLPT N4 or higher, or JFT-Basic.
    JapaneseTestCertificate,
    /// 納税・年金・保険の書類: insurer and pension numbers must be masked; issued within
    /// 3 months.
    TaxPensionInsurance,
    /// 銀行口座 (the bank book's first page or the card).
    BankAccount,
}

enum_codes!(DocumentKind, "document", {
    ResidenceCard => "residence_card",
    Passport => "passport",
    EmploymentContract => "employment_contract",
    HealthCheck => "health_check",
    SkillsTestCertificate => "skills_test_certificate",
    JapaneseTestCertificate => "japanese_test_certificate",
    TaxPensionInsurance => "tax_pension_insurance",
    BankAccount => "bank_account",
});

impl DocumentKind {
    /// The sides a worker photographs: the residence card has a back with address
    /// changes and permissions on it.
    pub fn sides(self) -> &'static [Side] {
        match self {
            Self::ResidenceCard => &[Side::Front, Side::Back],
            _ => &[Side::Front],
        }
    }

    /// Staff enter the expiry date and the number's last 4 characters when accepting it.
    pub fn tracks_expiry(self) -> bool {
        matches!(self, Self::ResidenceCard | Self::Passport)
    }

    /// Insurer and pension numbers must be covered before the photo is taken (the hint
    /// reminds the worker; staff ask again when they are visible).
    pub fn requires_masking(self) -> bool {
        self == Self::TaxPensionInsurance
    }

    /// Japanese certificates count only when issued within the last 3 months.
    pub fn must_be_recent(self) -> bool {
        matches!(self, Self::HealthCheck | Self::TaxPensionInsurance)
    }
}

/// One side of a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Front,
    Back,
}

/// Why staff ask the worker to send a document again.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResubmitReason {
    Blurred,
    Glare,
    SideMissing,
    Expired,
    NumbersNotMasked,
    WrongDocument,
    Unreadable,
}

enum_codes!(ResubmitReason, "resubmission reason", {
    Blurred => "blurred",
    Glare => "glare",
    SideMissing => "side_missing",
    Expired => "expired",
    NumbersNotMasked => "numbers_not_masked",
    WrongDocument => "wrong_document",
    Unreadable => "unreadable",
});

/// Where one uploaded version of a document stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentStatus {
    WaitingForReview,
    Accepted,
    /// Staff asked for a new version, with a reason.
    ResubmissionRequested,
    /// Refused for good.
    Rejected,
    /// The worker took it back before review.
    Withdrawn,
}

/// Who moves a document version on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocumentAction {
    /// Staff.
    Accept,
    /// Staff, with a reason.
    RequestResubmission,
    /// Staff.
    Reject,
    /// The worker, while it waits for review.
    Withdraw,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{action:?} is not possible from {from:?}")]
pub struct IllegalDocumentTransition {
    pub from: DocumentStatus,
    pub action: DocumentAction,
}

enum_codes!(Side, "side", {
    Front => "front",
    Back => "back",
});

enum_codes!(DocumentStatus, "document status", {
    WaitingForReview => "waiting_for_review",
    Accepted => "accepted",
    ResubmissionRequested => "resubmission_requested",
    Rejected => "rejected",
    Withdrawn => "withdrawn",
});

impl DocumentStatus {
    /// The status after `action`. Every decision is about a version waiting for review; a
    /// new upload is a new version, so decided versions never change again.
    pub fn after(self, action: DocumentAction) -> Result<Self, IllegalDocumentTransition> {
        use DocumentAction as A;
        match (self, action) {
            (Self::WaitingForReview, A::Accept) => Ok(Self::Accepted),
            (Self::WaitingForReview, A::RequestResubmission) => Ok(Self::ResubmissionRequested),
            (Self::WaitingForReview, A::Reject) => Ok(Self::Rejected),
            (Self::WaitingForReview, A::Withdraw) => Ok(Self::Withdrawn),
            (from, action) => Err(IllegalDocumentTransition { from, action }),
        }
    }
}

/// How close an expiry date is (cards and passports).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ExpiryAlert {
    /// More than 3 months ahead: nothing to do yet.
    Fine,
    /// Within 3 months: renewal can be applied for (DESIGN.md §2).
    WithinThreeMonths,
    /// Within 2 weeks: urgent.
    WithinTwoWeeks,
    /// The day has passed.
    Expired,
}

/// Renewal of a residence card can be applied for from 3 months before expiry (DESIGN.md
/// §2, Stay): from then a card or passport is on the dashboard and its worker is reminded.
pub const EXPIRY_NOTICE_MONTHS: u32 = 3;
/// Within 2 weeks of expiry a card or passport is urgent, and the worker gets the last
/// reminder (the organization's practice).
pub const EXPIRY_URGENT_DAYS: u64 = 14;
/// Japanese certificates count when issued within this many months.
pub const CERTIFICATE_VALID_MONTHS: u32 = 3;
/// Records are kept until 1 year after the employment contract ends.
pub const RETENTION_MONTHS: u32 = 12;

pub fn expiry_alert(expires_on: NaiveDate, today: NaiveDate) -> ExpiryAlert {
    let urgent = today.checked_add_days(chrono::Days::new(EXPIRY_URGENT_DAYS));
    let notice = today.checked_add_months(Months::new(EXPIRY_NOTICE_MONTHS));
    if expires_on < today {
        ExpiryAlert::Expired
    } else if urgent.is_some_and(|u| expires_on <= u) {
        ExpiryAlert::WithinTwoWeeks
    } else if notice.is_some_and(|n| expires_on <= n) {
        ExpiryAlert::WithinThreeMonths
    } else {
        ExpiryAlert::Fine
    }
}

/// A Japanese certificate issued more than 3 months ago no longer counts.
pub fn certificate_too_old(issued_on: NaiveDate, today: NaiveDate) -> bool {
    today
        .checked_sub_months(Months::new(CERTIFICATE_VALID_MONTHS))
        .is_some_and(|oldest| issued_on < oldest)
}

/// The day a Japanese certificate's age is counted to: the application it goes with (the
/// first one recorded on or after its issue, and not after `today`: the visa application
/// or a renewal's), else `today`, the day staff accept it. The operating guidelines ask
/// that certificates issued in Japan (住民票, 納税証明書…) be issued within 3 months
/// before the application (出入国在留管理庁「提出書類一覧表」の注記: 「発行日から3か月以内の
/// もの」, counted at the application); an application long before the certificate was
/// issued is not the one it goes with.
pub fn certificate_reference_day(
    issued_on: NaiveDate,
    applications: &[Option<NaiveDate>],
    today: NaiveDate,
) -> NaiveDate {
    applications
        .iter()
        .flatten()
        .copied()
        .filter(|applied| *applied >= issued_on && *applied <= today)
        .min()
        .unwrap_or(today)
}

/// The day until which a worker's accepted documents are kept: 1 year after the
/// employment contract ends (the last day of the month clamps: 29 Feb → 28 Feb).
pub fn retained_until(contract_ended_on: NaiveDate) -> Option<NaiveDate> {
    contract_ended_on.checked_add_months(Months::new(RETENTION_MONTHS))
}

/// Whether the purge may remove a worker's documents today.
pub fn may_purge(contract_ended_on: Option<NaiveDate>, today: NaiveDate) -> bool {
    contract_ended_on
        .and_then(retained_until)
        .is_some_and(|until| today > until)
}

/// The last 4 characters of a card or passport number, as staff type them: letters and
/// digits only, upper-cased.
pub fn check_number_tail(text: &str) -> Option<String> {
    let tail = text.trim().to_ascii_uppercase();
    (tail.len() == 4 && tail.bytes().all(|b| b.is_ascii_alphanumeric())).then_some(tail)
}

#[cfg(test)]
mod tests;
