//! The support pages, one file per page: the plan, one support, its record, the
//! confirmations that wait for a company, and the staff dashboard.

pub(super) mod confirmations;
pub(super) mod dashboard;
mod deliveries;
pub(super) mod plan;
pub(super) mod record;
mod staff_forms;
pub(super) mod support;
