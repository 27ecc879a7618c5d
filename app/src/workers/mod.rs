//! Workers (外国人労働者): their record, the list for staff and companies, and the one
//! writer of the `workers` table. Adding a worker (with a plan and an invitation) and
//! changing their dates (the plan follows) are composed in `enrolment`.

mod api;
#[cfg(feature = "ssr")]
mod db;
mod form;
mod identity;
mod pages;
mod parts;
#[cfg(feature = "ssr")]
mod reminders;
#[cfg(feature = "ssr")]
mod service;
mod stay;

pub use api::{
    CompanyOption, WorkerDates, WorkerLine, WorkerRecord, WorkerSearch, WorkerSummary,
    company_options, list_workers, my_worker_record, search_workers, worker_detail,
};
#[cfg(feature = "ssr")]
pub use db::shared::{WorkerTarget, set_expiry, set_supervisor_due, worker_target};
pub use form::NewWorkerForm;
pub use identity::{
    IdentityCard, IdentityRecord, PersonalFacts, UpdateWorkerIdentity,
    error_text as identity_error_text, update_worker_identity,
};
#[cfg(feature = "ssr")]
pub use identity::{IdentityColumns, IdentityForm, check_identity};
pub use pages::WorkerListPage;
pub use parts::WorkerFacts;
#[cfg(feature = "ssr")]
pub use reminders::cards_expiring;
#[cfg(feature = "ssr")]
pub use service::{
    DatesChange, DatesForm, EmploymentChange, EmploymentForm, ImportedWorker, NewWorkerChecked,
    WorkerHeading, card_numbers, check_dates, check_employment, check_new,
    company_options as company_choices, insert_imported, insert_new, situation as worker_situation,
    worker_heading, write_dates, write_employment,
};
pub use stay::{
    AddWorkerLeave, ApplyForRenewal, DecideRenewal, LeaveLine, RemoveWorkerLeave, RenewalLine,
    StayCard, StayRecord, UpdateWorkerStay, add_worker_leave, apply_for_renewal, decide_renewal,
    remove_worker_leave, update_worker_stay,
};
