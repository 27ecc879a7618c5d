//! The pages of enrolment: adding a worker, and a worker's page for staff.

pub(super) mod employment;
pub(super) mod new_worker;
pub(super) mod of_worker;
