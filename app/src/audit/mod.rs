//! The audit log page (staff): every sign-in, invitation and account change, by whom,
//! about whom, when and from where.

mod api;
#[cfg(feature = "ssr")]
mod db;
mod pages;
#[cfg(feature = "ssr")]
mod service;

pub use api::{AuditLine, AuditLog, AuditPage, audit_log};
pub use pages::AuditLogPage;
#[cfg(feature = "ssr")]
pub use service::{Subject, record_view, viewed};
