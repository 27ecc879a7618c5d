//! The interview pages: the worker's own, one worker's for staff and the company, and the
//! staff's week of slots and bookings.

pub(super) mod of_worker;
pub(super) mod online;
pub(super) mod staff;
pub(super) mod worker;
