//! The flows that compose a worker's record (`workers`) with what follows it: adding a
//! worker makes their support plan (`supports`) and an invitation (`invitations`);
//! changing their dates re-plans the supports. It sits above the features it composes,
//! so that none of them needs another above it.

mod api;
mod dates_api;
mod new_worker_page;
#[cfg(feature = "ssr")]
mod service;
mod worker_page;

pub use api::{CreateWorker, create_worker};
pub use dates_api::{UpdateWorkerDates, update_worker_dates};
pub use new_worker_page::NewWorkerPage;
#[cfg(feature = "ssr")]
pub use service::plan_new_worker;
pub use worker_page::WorkerPage;
