//! Consultations and complaints (issue #7, support 7 相談・苦情対応): a worker asks in
//! their own language, with a photo if it helps; staff answer from an inbox (urgent and
//! oldest first), keep notes the worker never sees, and close each thread with the
//! consultation record (参考様式5-4). The employing company never reaches any of it.

mod api;
#[cfg(feature = "ssr")]
mod db;
#[cfg(feature = "ssr")]
mod form;
mod islands;
mod labels;
mod pages;
mod parts;
#[cfg(feature = "ssr")]
mod read;
#[cfg(feature = "ssr")]
mod routes;
#[cfg(feature = "ssr")]
mod service;
mod types;

pub use api::{
    AssignConsultation, Consultation, ConsultationInbox, MyConsultations, OpeningHours,
    PointOutRecordMistake, ResolveConsultation, SaveOpeningHours, assign_consultation,
    consultation, consultation_inbox, my_consultations, opening_hours, point_out_record_mistake,
    resolve_consultation, save_opening_hours,
};
#[cfg(feature = "ssr")]
pub use db::hours::{save as store_opening_hours, save_phone as store_contact_phone};
#[cfg(feature = "ssr")]
pub use db::queries::referenced_keys;
pub use islands::DraftText;
pub(crate) use labels::{category_name, thread_title};
pub use pages::hours::OpeningHoursPage;
pub use pages::staff::{InboxPage, StaffConsultationPage};
pub use pages::worker::{MyConsultationPage, MyConsultationsPage};
pub(crate) use parts::HoursCard;
pub use parts::RecordMistakeForm;
#[cfg(feature = "ssr")]
pub(crate) use read::{inbox_threads, my_threads, reachable};
#[cfg(feature = "ssr")]
pub use routes::{photo::photo, send::send};
pub use types::{
    ConsultationItem, Inbox, MessageView, OwnConsultations, Reachable, RecordView, StaffChoice,
    Thread,
};
