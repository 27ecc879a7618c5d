//! The flows that compose a worker's record (`workers`) with what follows it: adding a
//! worker makes their support plan (`supports`) and an invitation (`invitations`);
//! changing their dates re-plans the supports. It sits above the features it composes,
//! so that none of them needs another above it.

mod api;
mod islands;
mod pages;
#[cfg(feature = "ssr")]
mod service;

pub use api::dates::{UpdateWorkerDates, update_worker_dates};
pub use api::employment::{UpdateWorkerEmployment, update_worker_employment};
pub use api::{CreateWorker, create_worker};
pub use islands::LanguageFollowsNationality;
pub use pages::new_worker::NewWorkerPage;
pub use pages::of_worker::WorkerPage;
#[cfg(feature = "ssr")]
pub use service::plan_new_worker;
