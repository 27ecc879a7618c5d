//! The support plan (支援計画) of each worker: the 10 mandatory supports and voluntary
//! ones, recorded by staff, acknowledged by the worker, confirmed by the company; the staff
//! dashboard of what is due; the printable support record.

mod api;
mod components;
mod dashboard;
#[cfg(feature = "ssr")]
mod db;
mod labels;
mod record_api;
#[cfg(feature = "ssr")]
mod service;
mod types;

pub use api::*;
pub use components::{
    ConfirmationsPage, MySupportsPage, SupportPage, SupportPlanPage, SupportRecordPage,
};
pub use dashboard::{
    CompanyCount, DashboardFilter, DashboardPage, DueItem, DueWhat, StaffDashboard,
    SupportDashboard, support_dashboard,
};
#[cfg(feature = "ssr")]
pub use db::explain_due_supports;
pub use record_api::*;
#[cfg(feature = "ssr")]
pub use service::{create_plan, follow_situation};
pub use types::*;
