//! The interview route that is not a server function: a booking as a calendar file.

pub(super) mod calendar;
pub(super) mod ics;
