//! The support pages, one file per page: the plan, one support, its record, the
//! confirmations that wait for a company, and the staff dashboard.

pub(super) mod confirmations;
pub(super) mod dashboard;
pub(super) mod plan;
pub(super) mod record;
pub(super) mod support;
