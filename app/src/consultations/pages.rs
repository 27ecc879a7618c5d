//! The consultation pages: the worker's own, the staff inbox and thread, the opening hours.

pub(super) mod hours;
pub(super) mod staff;
pub(super) mod worker;
