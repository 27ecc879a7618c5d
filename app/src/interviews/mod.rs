//! Periodic interviews (issue #6): slots staff publish, bookings by workers and
//! supervisors, results. So far: the data layer, where the database forbids double
//! booking, and the calendar file.

#[cfg(feature = "ssr")]
pub mod calendar;
#[cfg(feature = "ssr")]
pub mod db;
