//! The support plan (支援計画) of each worker: the 10 mandatory supports and voluntary
//! ones, recorded by staff, acknowledged by the worker, confirmed by the company; the staff
//! dashboard of what is due; the printable support record.

mod api;
#[cfg(feature = "ssr")]
mod db;
mod labels;
mod pages;
mod parts;
#[cfg(feature = "ssr")]
mod read;
#[cfg(feature = "ssr")]
mod service;
mod types;

pub use api::record::{RecordSupport, record_support};
pub use api::{
    AcknowledgeSupport, AddVoluntarySupport, ConfirmSupports, MarkSupportNotApplicable,
    MarkSupportNotDelivered, MySupportPlan, ReplanSupport, SendBackSupport, SupportDetail,
    SupportPlan, SupportRecord, SupportsToConfirm, acknowledge_support, add_voluntary_support,
    confirm_supports, mark_support_not_applicable, mark_support_not_delivered, my_support_plan,
    replan_support, send_back_support, support_detail, support_plan, support_record,
    supports_to_confirm,
};
#[cfg(feature = "ssr")]
pub use db::dashboard::explain_due_supports;
pub(crate) use labels::kind_name;
pub use pages::confirmations::ConfirmationsPage;
pub use pages::dashboard::{
    CompanyCount, DashboardFilter, DashboardPage, DueItem, DueWhat, StaffDashboard,
    SupportDashboard, support_dashboard,
};
pub(crate) use pages::plan::line_name;
pub use pages::plan::{MySupportsPage, SupportPlanPage};
pub use pages::record::SupportRecordPage;
pub use pages::support::SupportPage;
pub(crate) use parts::DueLine;
#[cfg(feature = "ssr")]
pub(crate) use read::dashboard;
#[cfg(feature = "ssr")]
pub use service::periodic::{HeldInterview, hold_again};
#[cfg(feature = "ssr")]
pub use service::{complete_plans, create_plan, follow_situation};
#[cfg(feature = "ssr")]
pub(crate) use service::{my_plan, to_confirm};
pub use types::{
    Abilities, DeliveryLine, HistoryLine, Stamp, SupportLine, SupportWithHistory, ToConfirm,
    WorkerPlan,
};
