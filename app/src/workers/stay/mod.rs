//! The worker's stay (在留): the period of stay granted, renewals and the special period
//! while one is under review, leave, and the 5-year count of 特定技能1号. Part of the worker's
//! record, so `workers` owns its tables; the rules are `domain::stay` and
//! `domain::total_stay`.

mod api;
#[cfg(feature = "ssr")]
mod db;
mod labels;
mod parts;
#[cfg(feature = "ssr")]
mod service;
mod types;

pub use api::{
    AddWorkerLeave, ApplyForRenewal, DecideRenewal, RemoveWorkerLeave, UpdateWorkerStay,
    add_worker_leave, apply_for_renewal, decide_renewal, remove_worker_leave, update_worker_stay,
};
pub use parts::StayCard;
#[cfg(feature = "ssr")]
pub(super) use service::read;
pub use types::{LeaveLine, RenewalLine, StayRecord};
