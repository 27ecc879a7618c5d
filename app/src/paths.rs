//! Every address of the portal, in one place: pages link with these and server functions
//! redirect with these, so an address is spelled once. The router's patterns are in
//! `lib.rs` (`path!` takes only literals); `server/tests/http/routes.rs` checks that every
//! address made here is one the router serves.
//!
//! A page's outcome banner reads `?saved=…` (or `?resolved=1`): [`saved`] adds it.

use crate::domain::{
    BookingId, CompanyId, ConsultationId, DocumentId, FileId, InvitationId, MessageId,
    SheetImportId, SupportId, WorkerId,
};

use crate::domain::DocumentKind;

pub const SIGN_IN: &str = "/";
pub const HELP: &str = "/help";
pub const NOTIFICATIONS: &str = "/notifications";

pub const WORKER_HOME: &str = "/me";
pub const MY_SUPPORTS: &str = "/me/supports";
pub const MY_DOCUMENTS: &str = "/me/documents";
pub const MY_INTERVIEWS: &str = "/me/interviews";
pub const MY_CONSULTATIONS: &str = "/me/consultations";
/// The worker's own record (identity, stay), with "point out a mistake".
pub const MY_RECORD: &str = "/me/record";
/// The `?about=` of a new consultation started from the interview page's dead end.
pub const ABOUT_INTERVIEW_TIME: &str = "interview_time";
/// A new consultation, its message started: "I cannot find a time for my interview".
pub const ASK_FOR_INTERVIEW_TIME: &str = "/me/consultations?about=interview_time#new-title";

pub const COMPANY_HOME: &str = "/company";
pub const COMPANY_CONFIRMATIONS: &str = "/company/confirmations";

pub const STAFF_HOME: &str = "/staff";
pub const STAFF_DASHBOARD: &str = "/staff/dashboard";
pub const STAFF_WORKERS: &str = "/staff/workers";
pub const STAFF_COMPANIES: &str = "/staff/companies";
/// The organization's record, offices and staff positions (admins change them).
pub const STAFF_ORGANIZATION: &str = "/staff/organization";
/// Every officer's workers and employers against the caps.
pub const STAFF_CASELOAD: &str = "/staff/caseload";
pub const NEW_WORKER: &str = "/staff/workers/new";
/// Bulk onboarding: the template, the upload form and the imports made.
pub const STAFF_IMPORT: &str = "/staff/import";
/// Where the import form posts the spreadsheet (`multipart/form-data`).
pub const SHEET_UPLOAD: &str = "/staff/import/upload";
/// The template to fill, as CSV.
pub const SHEET_TEMPLATE: &str = "/staff/import/template.csv";
pub const ACCOUNTS: &str = "/staff/accounts";
pub const AUDIT_LOG: &str = "/staff/audit";
pub const REVIEW_QUEUE: &str = "/staff/documents";
pub const STAFF_INTERVIEWS: &str = "/staff/interviews";
pub const CONSULTATION_INBOX: &str = "/staff/consultations";
pub const OPENING_HOURS: &str = "/staff/consultations/hours";

/// Where the upload form posts (streamed `multipart/form-data`, not a server function).
pub const DOCUMENT_UPLOAD: &str = "/documents/upload";
/// Where the consultation message form posts (with an optional photo).
pub const CONSULTATION_MESSAGES: &str = "/consultations/messages";

/// The recording of an online interview: staff upload it (`POST`) and download it (`GET`).
pub const INTERVIEW_RECORDING: &str = "/interviews/{id}/recording";

pub fn interview_recording(booking_id: BookingId) -> String {
    format!("/interviews/{booking_id}/recording")
}

/// `path` with the outcome a page shows once (`?saved=uploaded`).
pub fn saved(path: &str, what: &str) -> String {
    let glue = if path.contains('?') { '&' } else { '?' };
    format!("{path}{glue}saved={what}")
}

/// A worker's page (staff, and the worker's company).
/// A company's record.
pub fn company(id: CompanyId) -> String {
    format!("/staff/companies/{id}")
}

pub fn worker(id: WorkerId) -> String {
    format!("/workers/{id}")
}

/// A worker's support plan.
pub fn worker_supports(id: WorkerId) -> String {
    format!("/workers/{id}/supports")
}

/// A worker's printable support-implementation record.
pub fn worker_record(id: WorkerId) -> String {
    format!("/workers/{id}/record")
}

/// A worker's documents, for staff and the company.
pub fn worker_documents(id: WorkerId) -> String {
    format!("/workers/{id}/documents")
}

/// A worker's interviews, for staff and the company.
pub fn worker_interviews(id: WorkerId) -> String {
    format!("/workers/{id}/interviews")
}

/// One support of a plan.
pub fn support(id: SupportId) -> String {
    format!("/supports/{id}")
}

/// One kind of the worker's own documents.
pub fn my_document(kind: DocumentKind) -> String {
    format!("/me/documents/{}", kind.code())
}

/// One of the worker's own consultations.
pub fn my_consultation(id: ConsultationId) -> String {
    format!("/me/consultations/{id}")
}

/// A document version under review.
pub fn review(id: DocumentId) -> String {
    format!("/staff/documents/{id}")
}

/// A week of interview slots, from its Monday.
pub fn interview_week(monday: chrono::NaiveDate) -> String {
    format!("/staff/interviews?week={monday}")
}

/// One interview booking, for staff.
pub fn staff_interview(booking_id: BookingId) -> String {
    format!("/staff/interviews/{booking_id}")
}

/// One consultation thread, for staff.
pub fn staff_consultation(id: ConsultationId) -> String {
    format!("/staff/consultations/{id}")
}

/// An uploaded spreadsheet: its preview, then what its import made.
pub fn sheet_import(id: SheetImportId) -> String {
    format!("/staff/import/{id}")
}

/// A new invitation, shown once to the staff member who made it.
pub fn invitation(id: InvitationId) -> String {
    format!("/invitations/{id}")
}

/// The link an invited person opens. The token is URL-safe base64: anything else, and
/// anything past 64 characters, is dropped, never echoed into the address.
pub fn invite(token: &str) -> String {
    let segment: String = token
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .take(64)
        .collect();
    format!("/invite/{segment}")
}

/// A stored document file.
pub fn document_file(file_id: FileId) -> String {
    format!("/documents/files/{file_id}")
}

/// A consultation's photo, or its thumbnail.
pub fn consultation_photo(message_id: MessageId, thumbnail: bool) -> String {
    if thumbnail {
        format!("/consultations/photos/{message_id}?thumbnail=1")
    } else {
        format!("/consultations/photos/{message_id}")
    }
}

/// A booked interview as a calendar file.
pub fn interview_calendar(booking_id: BookingId) -> String {
    format!("/interviews/{booking_id}/calendar.ics")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_joins_the_outcome_to_the_query() {
        assert_eq!(
            saved(MY_SUPPORTS, "acknowledged"),
            "/me/supports?saved=acknowledged"
        );
        let week = interview_week(chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap());
        assert_eq!(
            saved(&week, "published"),
            "/staff/interviews?week=2026-11-30&saved=published"
        );
    }
}
