//! `app::paths` spells every address of the portal once; the router's patterns are
//! written apart (`path!` in `app/src/lib.rs` takes only literals, and the axum routes are
//! in `server::AXUM_ROUTES`). This checks that every address `paths` makes is one of them.

use app::{
    domain::{
        BookingId, ConsultationId, DocumentId, DocumentKind, FileId, InvitationId, MessageId,
        SupportId, WorkerId,
    },
    paths,
};
use chrono::NaiveDate;
use uuid::Uuid;

/// Whether `address` (without its query) fits `pattern` (`/workers/{id}`, `/pkg/{*file}`).
fn fits(pattern: &str, address: &str) -> bool {
    let path = address.split('?').next().unwrap_or_default();
    let (mut want, mut have) = (pattern.split('/'), path.split('/'));
    loop {
        match (want.next(), have.next()) {
            (None, None) => return true,
            (Some(w), _) if w.starts_with("{*") => return true,
            (Some(w), Some(h)) if w.starts_with('{') && w.ends_with('}') && !h.is_empty() => {}
            (Some(w), Some(h)) if w == h => {}
            _ => return false,
        }
    }
}

fn patterns() -> Vec<String> {
    let pages = leptos_axum::generate_route_list(app::App)
        .into_iter()
        .map(|route| match route.path() {
            "" => "/".to_owned(),
            path => path.to_owned(),
        });
    let axum = server::AXUM_ROUTES
        .iter()
        .map(|(_, path)| (*path).to_owned());
    pages.chain(axum).collect()
}

/// Every address `paths` makes, with ids of nothing (their shape is what is checked).
fn addresses() -> Vec<String> {
    let id = Uuid::now_v7();
    let monday = NaiveDate::from_ymd_opt(2026, 11, 30).expect("a date");
    let mut all: Vec<String> = [
        paths::SIGN_IN,
        paths::HELP,
        paths::NOTIFICATIONS,
        paths::WORKER_HOME,
        paths::MY_SUPPORTS,
        paths::MY_DOCUMENTS,
        paths::MY_INTERVIEWS,
        paths::MY_CONSULTATIONS,
        paths::ASK_FOR_INTERVIEW_TIME,
        paths::COMPANY_HOME,
        paths::COMPANY_CONFIRMATIONS,
        paths::STAFF_HOME,
        paths::STAFF_DASHBOARD,
        paths::STAFF_WORKERS,
        paths::NEW_WORKER,
        paths::ACCOUNTS,
        paths::AUDIT_LOG,
        paths::REVIEW_QUEUE,
        paths::STAFF_INTERVIEWS,
        paths::CONSULTATION_INBOX,
        paths::OPENING_HOURS,
        paths::DOCUMENT_UPLOAD,
        paths::CONSULTATION_MESSAGES,
    ]
    .map(str::to_owned)
    .into();
    all.extend([
        paths::worker(WorkerId::from_uuid(id)),
        paths::worker_supports(WorkerId::from_uuid(id)),
        paths::worker_record(WorkerId::from_uuid(id)),
        paths::worker_documents(WorkerId::from_uuid(id)),
        paths::worker_interviews(WorkerId::from_uuid(id)),
        paths::support(SupportId::from_uuid(id)),
        paths::my_consultation(ConsultationId::from_uuid(id)),
        paths::review(DocumentId::from_uuid(id)),
        paths::interview_week(monday),
        paths::staff_interview(BookingId::from_uuid(id)),
        paths::staff_consultation(ConsultationId::from_uuid(id)),
        paths::invitation(InvitationId::from_uuid(id)),
        paths::invite("a-token_0"),
        paths::document_file(FileId::from_uuid(id)),
        paths::consultation_photo(MessageId::from_uuid(id), false),
        paths::consultation_photo(MessageId::from_uuid(id), true),
        paths::interview_calendar(BookingId::from_uuid(id)),
        paths::saved(
            &paths::worker_documents(WorkerId::from_uuid(id)),
            "uploaded",
        ),
    ]);
    all.extend(
        DocumentKind::ALL
            .iter()
            .map(|kind| paths::my_document(*kind)),
    );
    all
}

// The route list renders the app's routes, which needs an async runtime.
#[tokio::test]
async fn every_address_the_paths_make_is_a_route_the_server_serves() {
    let patterns = patterns();
    assert!(patterns.len() > 30, "the routes: {patterns:?}");
    let unserved: Vec<String> = addresses()
        .into_iter()
        .filter(|address| !patterns.iter().any(|pattern| fits(pattern, address)))
        .collect();
    assert!(unserved.is_empty(), "no route serves {unserved:?}");
}

#[test]
fn a_pattern_fits_only_its_own_addresses() {
    assert!(fits(
        "/workers/{id}/documents",
        "/workers/1/documents?saved=x"
    ));
    assert!(fits("/pkg/{*file}", "/pkg/shien.css"));
    assert!(!fits("/workers/{id}", "/workers/1/documents"));
    assert!(!fits("/workers/{id}", "/workers/"));
    assert!(!fits("/staff", "/staffing"));
}
