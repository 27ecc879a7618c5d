//! The interview route that is not a server function: a booking as a calendar file.

pub mod calendar;
pub mod ics;
