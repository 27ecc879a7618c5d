//! The homes' to-do lists: what each user has to do next, gathered across features, each
//! line one tap from the page where it is done (`/me`, `/company`, `/staff`).

mod api;
#[cfg(feature = "ssr")]
mod db;
mod parts;
#[cfg(feature = "ssr")]
mod read;
#[cfg(feature = "ssr")]
mod rules;
mod types;

pub use api::{company_tasks, my_tasks, staff_tasks};
pub use parts::{CompanyTodoList, StaffTodoList, WorkerTodoList};
pub use types::{CompanyTodo, Shortlist, StaffTodo, WorkerTask, WorkerTodo};
// Only the server gathers the supervisor interviews due; the browser build names none.
#[cfg(feature = "ssr")]
pub use types::SupervisorDue;
