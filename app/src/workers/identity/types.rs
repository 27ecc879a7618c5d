//! The identity as the pages show it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::{JobCategory, Sex, WorkplaceId};

/// A worker's identity and status, as the caller may read them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdentityRecord {
    pub name_katakana: Option<String>,
    /// ISO 3166-1 alpha-2, named in the reader's language by the page.
    pub nationality: String,
    /// `SswField::code()` of the worker.
    pub field: String,
    pub job_category: Option<JobCategory>,
    pub languages: Vec<String>,
    /// The workplace (事業所) where the worker works, by name.
    pub workplace: Option<String>,
    pub workplace_id: Option<WorkplaceId>,
    /// The company's workplaces, for staff's form (empty for everybody else).
    pub workplaces: Vec<(WorkplaceId, String)>,
    /// The whole number for staff and the worker; "…78CD" for a company.
    pub card_number: Option<String>,
    /// The same rule as the card's.
    pub passport_number: Option<String>,
    pub passport_expiry: Option<NaiveDate>,
    /// `None` for a company: what it needs to employ the worker does not include them.
    pub personal: Option<PersonalFacts>,
}

/// The facts only staff and the worker read.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonalFacts {
    pub birth_date: Option<NaiveDate>,
    pub sex: Option<Sex>,
    /// 7 digits; the page prints 123-4567.
    pub postal_code: Option<String>,
    pub address: Option<String>,
}
