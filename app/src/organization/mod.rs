//! The support organization itself (登録支援機関): its record as the filings print it (登録
//!番号 and its expiry, address, phone), its offices (支援業務を行う事務所), each staff
//! member's position (支援責任者, 支援担当者, other), office and last training, and the
//! caseload of each officer against the 2027 caps. The one writer of the organization's
//! record, `organization_offices` and `staff`; the features that put an officer in charge
//! of a worker or a company ask [`check_in_charge`] first.

mod api;
#[cfg(feature = "ssr")]
mod db;
#[cfg(feature = "ssr")]
mod form;
mod labels;
mod pages;
mod parts;
#[cfg(feature = "ssr")]
mod service;
mod types;

pub use api::{
    AddOffice, RemoveOffice, UpdateOrganization, UpdateStaffMember, add_office, officer_caseloads,
    organization_detail, organization_warnings, remove_office, update_organization,
    update_staff_member,
};
#[cfg(feature = "ssr")]
pub use db::{in_charge_candidates, insert_staff_member};
pub use labels::in_charge_error_text;
pub use pages::{CaseloadPage, OrganizationPage};
pub use parts::OrganizationWarnings;
#[cfg(feature = "ssr")]
pub use service::{InCharge, check_in_charge};
pub use types::{
    CaseloadOverview, Office, OfficerLoad, OrganizationRecord, OrganizationWarning, StaffMember,
};
