//! Workers (外国人労働者): their record, the list for staff and companies, and adding one
//! with an account and an invitation.

mod api;
mod components;
mod dates_api;
#[cfg(feature = "ssr")]
mod db;
mod form;
#[cfg(feature = "ssr")]
mod service;

pub use api::*;
pub use components::{CompanyHome, NewWorkerPage, StaffHome, WorkerHome, WorkerPage};
pub use dates_api::*;
#[cfg(feature = "ssr")]
pub use db::officers;
pub use form::NewWorkerForm;
#[cfg(feature = "ssr")]
pub use service::{WorkerHeading, company_options as company_choices, worker_heading};
