//! The organization as the pages show it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::{Caseload, OfficeId, RegistrationStanding, StaffPosition, UserId};

/// `/staff/organization`: the organization's record, its offices and its staff.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganizationRecord {
    pub name: String,
    /// 登録番号, as the register prints it (`19登-000001`).
    pub registration_number: Option<String>,
    pub registration_expires_on: Option<NaiveDate>,
    pub registration: Option<RegistrationStanding>,
    /// 7 digits.
    pub postal_code: Option<String>,
    pub address: Option<String>,
    pub phone: Option<String>,
    /// The day the caseload caps bind (the organization's setting, or the rules' date).
    pub caseload_caps_from: NaiveDate,
    /// Whether the organization set the day itself.
    pub caps_from_set: bool,
    pub offices: Vec<Office>,
    pub staff: Vec<StaffMember>,
    /// Admins change the record; staff read it.
    pub can_manage: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Office {
    pub id: OfficeId,
    pub name: String,
    pub postal_code: Option<String>,
    pub address: String,
    /// Staff working there.
    pub staff: usize,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffMember {
    pub user_id: UserId,
    pub name: String,
    pub position: StaffPosition,
    pub office_id: Option<OfficeId>,
    pub trained_on: Option<NaiveDate>,
    /// Whether the position needs training and it is missing or older than 3 years.
    pub training_due: bool,
    pub disabled: bool,
}

/// `/staff/caseload`: every officer's load against the caps.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseloadOverview {
    pub caps_from: NaiveDate,
    pub caps_in_force: bool,
    pub max_workers: u32,
    pub max_employers: u32,
    pub officers: Vec<OfficerLoad>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficerLoad {
    pub user_id: UserId,
    pub name: String,
    pub position: StaffPosition,
    pub office: Option<String>,
    pub load: Caseload,
}

/// What the admin's home warns about the organization.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum OrganizationWarning {
    /// The registration's renewal window is open, was missed, or the registration expired.
    Registration { standing: RegistrationStanding },
    /// No registration expiry is recorded.
    RegistrationUnknown,
    /// An office without a 支援責任者 (or without a 支援担当者).
    OfficeWithout {
        office: String,
        position: StaffPosition,
    },
    /// A 支援責任者 or 支援担当者 whose training is missing or older than 3 years.
    TrainingDue {
        name: String,
        trained_on: Option<NaiveDate>,
    },
    /// An officer over a cap.
    OverCaseload {
        name: String,
        load: Caseload,
        caps_in_force: bool,
    },
}
