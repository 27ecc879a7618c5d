//! The audit log page (staff): every sign-in, invitation and account change, by whom,
//! about whom, when and from where.

mod api;
mod components;
#[cfg(feature = "ssr")]
mod db;
#[cfg(feature = "ssr")]
mod views;

pub use api::{AuditLine, AuditLog, AuditPage, audit_log};
pub use components::AuditLogPage;
#[cfg(feature = "ssr")]
pub use views::{Subject, record_view, viewed};
