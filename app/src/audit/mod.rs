//! The audit log page (staff): every sign-in, change and view of personal data, as a
//! sentence in the reader's language: who, did what, to whose record, when, from where.

mod api;
#[cfg(feature = "ssr")]
mod db;
mod labels;
mod pages;
#[cfg(feature = "ssr")]
mod read;
#[cfg(feature = "ssr")]
mod service;
mod types;

pub use api::{AuditLog, audit_log};
pub use pages::AuditLogPage;
#[cfg(feature = "ssr")]
pub use service::{Subject, commit_change, record_shown, record_view, viewed, write_change};
pub use types::{AuditFilter, AuditLine, AuditPage, AuditRecord};
#[cfg(all(test, feature = "ssr"))]
mod tests;
