//! Consultations and complaints (issue #7, support 7 相談・苦情対応): a worker asks in
//! their own language, with a photo if it helps; staff answer from an inbox (urgent and
//! oldest first), keep notes the worker never sees, and close each thread with the
//! consultation record (参考様式5-4). The employing company never reaches any of it.

mod api;
#[cfg(feature = "ssr")]
mod db;
mod draft;
#[cfg(feature = "ssr")]
pub mod hours_db;
#[cfg(feature = "ssr")]
mod hours_form;
mod hours_page;
pub(crate) mod labels;
mod parts;
#[cfg(feature = "ssr")]
pub mod photo;
#[cfg(feature = "ssr")]
pub mod queries;
#[cfg(feature = "ssr")]
pub(crate) mod reading;
#[cfg(feature = "ssr")]
pub mod send;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
mod staff_actions;
mod staff_pages;
mod types;
mod worker_pages;

pub use api::{
    AssignConsultation, Consultation, ConsultationInbox, MyConsultations, OpeningHours,
    ResolveConsultation, SaveOpeningHours, assign_consultation, consultation, consultation_inbox,
    my_consultations, opening_hours, resolve_consultation, save_opening_hours,
};
pub use draft::DraftText;
pub use hours_page::OpeningHoursPage;
pub use staff_pages::{InboxPage, StaffConsultationPage};
pub use types::{
    ConsultationItem, Inbox, MessageView, OwnConsultations, Reachable, RecordView, StaffChoice,
    Thread,
};
pub use worker_pages::{MyConsultationPage, MyConsultationsPage};

/// Where the message form posts (`send`).
pub const SEND_PATH: &str = "/consultations/messages";

/// The worker's page of a thread.
pub fn worker_link(id: uuid::Uuid) -> String {
    format!("/me/consultations/{id}")
}

/// Staff's page of a thread.
pub fn staff_link(id: uuid::Uuid) -> String {
    format!("/staff/consultations/{id}")
}

/// The address of a message's photo (`photo`); the small copy with `thumbnail`.
pub fn photo_url(message_id: uuid::Uuid, thumbnail: bool) -> String {
    if thumbnail {
        format!("/consultations/photos/{message_id}?thumbnail=1")
    } else {
        format!("/consultations/photos/{message_id}")
    }
}
