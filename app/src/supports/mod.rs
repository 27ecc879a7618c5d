//! The support plan (支援計画) of each worker: the 10 mandatory supports and voluntary
//! ones, recorded by staff, acknowledged by the worker, confirmed by the company; the staff
//! dashboard of what is due; the printable support record.

mod api;
#[cfg(feature = "ssr")]
mod changes;
mod components;
mod confirmations;
mod dashboard;
#[cfg(feature = "ssr")]
mod dashboard_db;
#[cfg(feature = "ssr")]
pub(crate) mod dashboard_service;
#[cfg(feature = "ssr")]
mod db;
pub(crate) mod labels;
#[cfg(feature = "ssr")]
mod periodic;
mod record_api;
mod record_page;
#[cfg(feature = "ssr")]
pub(crate) mod service;
mod support_page;
mod types;

pub use api::{
    AcknowledgeSupport, AddVoluntarySupport, ConfirmSupports, MarkSupportNotApplicable,
    MySupportPlan, ReplanSupport, SendBackSupport, SupportDetail, SupportPlan, SupportRecord,
    SupportsToConfirm, acknowledge_support, add_voluntary_support, confirm_supports,
    mark_support_not_applicable, my_support_plan, replan_support, send_back_support,
    support_detail, support_plan, support_record, supports_to_confirm,
};
pub(crate) use components::line_name;
pub use components::{MySupportsPage, SupportPlanPage};
pub use confirmations::ConfirmationsPage;
pub(crate) use dashboard::DueLine;
pub use dashboard::{
    CompanyCount, DashboardFilter, DashboardPage, DueItem, DueWhat, StaffDashboard,
    SupportDashboard, support_dashboard,
};
#[cfg(feature = "ssr")]
pub use dashboard_db::explain_due_supports;
#[cfg(feature = "ssr")]
pub use periodic::{HeldInterview, hold_again};
pub use record_api::{RecordSupport, record_support};
pub use record_page::SupportRecordPage;
#[cfg(feature = "ssr")]
pub use service::{create_plan, follow_situation};
pub use support_page::SupportPage;
pub use types::{
    Abilities, HistoryLine, Stamp, SupportLine, SupportWithHistory, ToConfirm, WorkerPlan,
};
