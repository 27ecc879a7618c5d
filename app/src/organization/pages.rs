//! The organization's pages: `/staff/organization` (the record, the offices and each staff
//! member's position; admins change them, staff read them) and `/staff/caseload` (every
//! officer's load against the 2027 caps). Staff pages at a desk that a phone can show.

mod caseload;
mod record;

pub use caseload::CaseloadPage;
pub use record::OrganizationPage;
