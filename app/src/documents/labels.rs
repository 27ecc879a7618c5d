//! The words of the document pages that depend on a value: a kind, a status, a reason, an
//! error code. Locale keys must be literal, hence one arm per value.

use leptos_i18n::{I18nContext, t_string};

use crate::{
    domain::{DocumentKind, DocumentStatus, ExpiryAlert, ResubmitReason, Side},
    i18n::Locale,
};

pub type I18n = I18nContext<Locale>;

pub fn kind_name(i18n: I18n, kind: DocumentKind) -> String {
    crate::locale::words::document_kind_name(i18n.get_locale(), kind)
}

pub fn kind_hint(i18n: I18n, kind: DocumentKind) -> String {
    use DocumentKind as K;
    match kind {
        K::ResidenceCard => t_string!(i18n, document.residence_card.hint),
        K::Passport => t_string!(i18n, document.passport.hint),
        K::EmploymentContract => t_string!(i18n, document.employment_contract.hint),
        K::HealthCheck => t_string!(i18n, document.health_check.hint),
        K::SkillsTestCertificate => t_string!(i18n, document.skills_test_certificate.hint),
        K::JapaneseTestCertificate => t_string!(i18n, document.japanese_test_certificate.hint),
        K::TaxPensionInsurance => t_string!(i18n, document.tax_pension_insurance.hint),
        K::BankAccount => t_string!(i18n, document.bank_account.hint),
    }
    .to_string()
}

pub fn reason_label(i18n: I18n, reason: ResubmitReason) -> String {
    use ResubmitReason as R;
    match reason {
        R::Blurred => t_string!(i18n, document_reason.blurred),
        R::Glare => t_string!(i18n, document_reason.glare),
        R::SideMissing => t_string!(i18n, document_reason.side_missing),
        R::Expired => t_string!(i18n, document_reason.expired),
        R::NumbersNotMasked => t_string!(i18n, document_reason.numbers_not_masked),
        R::WrongDocument => t_string!(i18n, document_reason.wrong_document),
        R::Unreadable => t_string!(i18n, document_reason.unreadable),
    }
    .to_string()
}

/// The status as the list shows it; `None` is "not sent yet".
pub fn status_label(i18n: I18n, status: Option<DocumentStatus>) -> String {
    use DocumentStatus as S;
    match status {
        None => t_string!(i18n, documents.status_missing),
        Some(S::WaitingForReview) => t_string!(i18n, documents.status_waiting),
        Some(S::Accepted) => t_string!(i18n, documents.status_accepted),
        Some(S::ResubmissionRequested) => t_string!(i18n, documents.status_resubmit),
        Some(S::Rejected) => t_string!(i18n, documents.status_rejected),
        Some(S::Withdrawn) => t_string!(i18n, documents.status_withdrawn),
    }
    .to_string()
}

pub fn status_class(status: Option<DocumentStatus>) -> &'static str {
    use DocumentStatus as S;
    match status {
        None | Some(S::Withdrawn) => "badge planned",
        Some(S::WaitingForReview) => "badge waiting",
        Some(S::Accepted) => "badge confirmed",
        Some(S::ResubmissionRequested | S::Rejected) => "badge overdue",
    }
}

pub fn side_label(i18n: I18n, side: Side, sides: usize) -> String {
    match (side, sides) {
        (_, 1) => t_string!(i18n, documents.side_single),
        (Side::Front, _) => t_string!(i18n, documents.side_front),
        (Side::Back, _) => t_string!(i18n, documents.side_back),
    }
    .to_string()
}

/// The class of an expiry line: urgent ones stand out.
pub fn alert_class(alert: ExpiryAlert) -> &'static str {
    match alert {
        ExpiryAlert::Fine => "hint",
        ExpiryAlert::WithinThreeMonths => "notice",
        ExpiryAlert::WithinTwoWeeks | ExpiryAlert::Expired => "alert",
    }
}

/// Every error an upload or a review can answer with, by code, for the pages and the
/// upload island.
pub const ERROR_CODES: [&str; 30] = [
    "document_error.unknown_kind",
    "document_error.no_file",
    "document_error.side_missing",
    "document_error.empty",
    "document_error.too_large",
    "document_error.interrupted",
    "document_error.wrong_type",
    "document_error.type_mismatch",
    "document_error.unreadable",
    "document_error.too_many_pixels",
    "document_error.bad_name",
    "document_error.already_waiting",
    "document_error.decided",
    "document_error.date",
    "document_error.number_tail",
    "document_error.expiry_missing",
    "document_error.expiry_past",
    "document_error.issued_missing",
    "document_error.issued_future",
    "document_error.issued_too_old",
    "document_error.issued_too_old_for_application",
    "document_error.masking_unconfirmed",
    "document_error.masking_unconfirmed_share",
    "document_error.reason_missing",
    "document_error.comment_missing",
    "document_error.comment_too_long",
    "not_found",
    "forbidden",
    "unauthorized",
    "conflict",
];

pub fn error_message(i18n: I18n, code: &str) -> Option<String> {
    let message = match code {
        "document_error.unknown_kind" => t_string!(i18n, document_error.unknown_kind),
        "document_error.no_file" => t_string!(i18n, document_error.no_file),
        "document_error.side_missing" => t_string!(i18n, document_error.side_missing),
        "document_error.already_waiting" => t_string!(i18n, document_error.already_waiting),
        "document_error.decided" => t_string!(i18n, document_error.decided),
        "document_error.date" => t_string!(i18n, document_error.date),
        "document_error.number_tail" => t_string!(i18n, document_error.number_tail),
        "document_error.expiry_missing" => t_string!(i18n, document_error.expiry_missing),
        "document_error.expiry_past" => t_string!(i18n, document_error.expiry_past),
        "document_error.issued_missing" => t_string!(i18n, document_error.issued_missing),
        "document_error.issued_future" => t_string!(i18n, document_error.issued_future),
        "document_error.issued_too_old" => t_string!(i18n, document_error.issued_too_old),
        "document_error.issued_too_old_for_application" => {
            t_string!(i18n, document_error.issued_too_old_for_application)
        }
        "document_error.masking_unconfirmed" => {
            t_string!(i18n, document_error.masking_unconfirmed)
        }
        "document_error.masking_unconfirmed_share" => {
            t_string!(i18n, document_error.masking_unconfirmed_share)
        }
        "document_error.reason_missing" => t_string!(i18n, document_error.reason_missing),
        "document_error.comment_missing" => t_string!(i18n, document_error.comment_missing),
        "document_error.comment_too_long" => t_string!(i18n, document_error.comment_too_long),
        "conflict" => t_string!(i18n, document_error.conflict),
        // What can go wrong with the file itself, then the words every page shares.
        _ => return crate::files::error_message(i18n, code),
    };
    Some(message.to_string())
}

pub fn saved_message(i18n: I18n, code: &str) -> Option<String> {
    let message = match code {
        "uploaded" => t_string!(i18n, documents.saved_uploaded),
        "withdrawn" => t_string!(i18n, documents.saved_withdrawn),
        "accepted" => t_string!(i18n, documents.saved_accepted),
        "asked_again" => t_string!(i18n, documents.saved_asked_again),
        "rejected" => t_string!(i18n, documents.saved_rejected),
        "shared" => t_string!(i18n, documents.saved_shared),
        _ => return None,
    };
    Some(message.to_string())
}
