//! The document pages: the worker's own, one worker's for staff, and the review queue.

pub(super) mod of_worker;
pub(super) mod review;
pub(super) mod worker;
