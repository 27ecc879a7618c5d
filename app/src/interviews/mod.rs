//! Periodic interviews (issue #6): slots staff publish, bookings by workers and
//! supervisors, results. So far: the data layer, where the database forbids double
//! booking; the rules of who may publish, book, move and cancel; and the calendar file.

mod api;
#[cfg(feature = "ssr")]
pub mod calendar;
#[cfg(feature = "ssr")]
pub mod calendar_file;
#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
mod service;

pub use api::*;
