//! Pure rules of the domain (DESIGN.md §2): no I/O, usable on both sides, unit tested.

mod audit;
mod caseload;
mod codes;
mod consultation;
mod corporate_number;
mod country;
mod document;
mod employment_end;
mod field;
mod identity;
mod ids;
mod interview;
mod interview_due;
mod interview_record;
mod job_category;
mod login_id;
mod online_interview;
mod opening_hours;
mod password;
mod period;
mod phone;
mod redirect;
mod registration;
mod residence_card;
mod role;
mod staff_position;
mod stay;
mod support;
mod support_record;
mod support_timing;
mod throttle;
mod total_stay;

pub use audit::AuditAction;
pub use caseload::{
    CASELOAD_MAX_EMPLOYERS, CASELOAD_MAX_WORKERS, Caseload, CaseloadVerdict,
    caseload_caps_from_default, caseload_verdict,
};
#[cfg(test)]
pub(crate) use codes::assert_codes_round_trip;
pub(crate) use codes::enum_codes;
pub use consultation::{
    CONSULTATION_RECORD_MAX_CHARS, ConsultationCategory, ConsultationRecord, ConsultationStatus,
    MESSAGE_MAX_CHARS, MessageProblem, check_consultation_record, check_message,
};
pub use corporate_number::{CorporateNumber, CorporateNumberProblem};
pub use country::Country;
pub use document::{
    DocumentAction, DocumentKind, DocumentStatus, EXPIRY_NOTICE_MONTHS, EXPIRY_URGENT_DAYS,
    ExpiryAlert, IllegalDocumentTransition, ResubmitReason, Side, certificate_reference_day,
    certificate_too_old, check_number_tail, expiry_alert, may_purge, retained_until,
};
pub use employment_end::{Employment, EmploymentEndReason, EmploymentProblem};
pub use field::SswField;
pub use identity::{
    IdentityProblem, LANGUAGE_MAX_CHARS, LANGUAGES_MAX, MIN_AGE_YEARS, Sex, age_on,
    check_birth_date, parse_katakana_name, parse_languages, parse_passport_number,
    parse_postal_code, postal_code_printed,
};
pub use ids::{
    BookingId, CompanyId, ConsultationId, DeliveryId, DocumentId, FileId, InvitationId, LeaveId,
    MessageId, NotificationId, OfficeId, OrganizationId, RenewalId, SheetImportId, SlotId,
    SupportId, UserId, WorkerId, WorkplaceId,
};
pub use interview::{
    INTERVIEW_AHEAD_HOURS, INTERVIEW_INTERVAL_MONTHS, InterviewKind, OFFER_AT_LEAST_DAYS,
    OFFER_AT_MOST_DAYS, PatternProblem, SlotPattern, Span, bookable, changeable,
    next_interview_due, overlaps, slots_of, tokyo,
};
pub use interview_due::{InterviewStanding, interview_standing, starts_after_due};
pub use interview_record::{
    InterviewMode, InterviewRecordProblem, InterviewTopic, RECORD_TEXT_MAX_CHARS, RecordTexts,
    check_interview_record,
};
pub use job_category::{JobCategory, category_of_field};
pub use login_id::{EMAIL_MAX_CHARS, base_login_id, normalize_login, numbered_login_id};
pub use online_interview::{
    Attestations, CONSENT_TEXT_VERSION, ConsentPerson, ConsentState, FaceToFaceReason,
    OnlineInterviewProblem, PastInterview, RECORDING_REF_MAX_CHARS, check_online_interview,
    face_to_face_missed, face_to_face_needed, parse_sha256,
};
pub use opening_hours::{
    HoursProblem, MIN_WEEKDAYS, OpeningDay, check_opening_hours, is_open, parse_time,
};
#[cfg(feature = "ssr")]
pub use password::is_easy_to_guess;
pub use password::{PASSWORD_MAX_CHARS, PASSWORD_MIN_CHARS, PasswordProblem, check_new_password};
pub use period::{period_last_day, whole_months};
pub use phone::parse_phone;
pub use redirect::{local_redirect, local_redirect_or_root};
pub use registration::{
    REGISTRATION_YEARS, RegistrationStanding, TRAINING_VALID_MONTHS, parse_registration_number,
    registration_expires_on, registration_standing, renewal_window, training_current,
};
pub use residence_card::{ResidenceCardNumber, masked_tail};
pub use role::Role;
pub use staff_position::StaffPosition;
pub use stay::{
    GRANT_MAX_MONTHS, RENEWAL_OPENS_MONTHS, Renewal, RenewalResult, SPECIAL_PERIOD_MONTHS,
    StayProblem, StayStanding, check_period_of_stay, check_renewal, renewal_window_opens,
    special_period_ends, stay_standing,
};
pub use support::{
    DUE_SOON_DAYS, IllegalTransition, NotApplicableBecause, SupportAction, SupportKind,
    SupportStatus, WorkerSituation, registration_due_after_move,
};
pub use support_record::{
    Delivery, DeliveryFields, DeliveryMode, RecordProblem, check_delivery, check_past_day,
    check_required_text, check_title,
};
pub use support_timing::{
    GUIDANCE_MIN_MINUTES, GUIDANCE_USUAL_MINUTES, ORIENTATION_MIN_MINUTES,
    ORIENTATION_SHORT_MIN_MINUTES, SESSIONS_MAX, Session, Timing, check_timing,
    orientation_min_minutes, parse_sessions, sessions_text, window_opens,
};
pub use throttle::{Throttle, ThrottlePolicy};
pub use total_stay::{
    LEAVE_MIN_MONTHS, Leave, LeaveKind, LeaveProblem, TOTAL_STAY_MAX_MONTHS,
    TOTAL_STAY_NOTICE_MONTHS, TOTAL_STAY_URGENT_MONTHS, TotalStay, TotalStayAlert, check_leaves,
    excluded_span, grant_passes_limit, total_stay, total_stay_alert,
};

/// The text of an enum value that is not one of its known codes.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown {kind} code: {code}")]
pub struct UnknownCode {
    pub kind: &'static str,
    pub code: String,
}
