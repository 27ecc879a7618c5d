//! Periodic interviews (issue #6): slots staff publish, bookings by workers and
//! supervisors, results. So far: the data layer, where the database forbids double
//! booking.

#[cfg(feature = "ssr")]
pub mod db;
