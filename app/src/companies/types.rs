//! Companies as the pages show them.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::{CompanyId, SupportKind, UserId, WorkplaceId};

/// A line of the staff list of companies.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompanyLine {
    pub id: CompanyId,
    pub name: String,
    /// `SswField::code()`.
    pub field: String,
    pub corporate_number: Option<String>,
    /// Workers employed now.
    pub workers: i64,
}

/// One company's record.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompanyRecord {
    pub id: CompanyId,
    pub name: String,
    pub field: String,
    pub corporate_number: Option<String>,
    /// 7 digits.
    pub postal_code: Option<String>,
    pub address: Option<String>,
    pub representative: Option<String>,
    pub phone: Option<String>,
    /// The day the support entrustment contract (支援委託契約) was made.
    pub entrusted_on: Option<NaiveDate>,
    pub entrusted_supports: Vec<SupportKind>,
    pub workplaces: Vec<Workplace>,
    /// The 支援担当者 in charge of the company.
    pub support_officer_id: Option<UserId>,
    pub support_officer_name: Option<String>,
    /// Who may be put in charge (staff only; empty for the company's users).
    pub officers: Vec<(UserId, String)>,
    /// Staff change it; the company's own users read it.
    pub can_manage: bool,
}

/// A workplace (事業所) of a company.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workplace {
    pub id: WorkplaceId,
    pub name: String,
    pub postal_code: Option<String>,
    pub address: String,
    /// Workers placed there (a workplace with workers is not removed).
    pub workers: i64,
}
