//! The interview routes that are not server functions: a booking as a calendar file, and
//! the recording of an online interview (in and out).

pub(super) mod calendar;
pub(super) mod ics;
pub(super) mod recording;
