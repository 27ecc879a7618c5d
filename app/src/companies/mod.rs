//! Companies (受入れ機関): each employer's record as the filings name it (法人番号, address,
//! representative, phone, the support entrustment contract and the supports it entrusts)
//! and its workplaces (事業所). The one writer of `companies` and `company_workplaces`;
//! workers read the workplaces to place a worker at one.

mod api;
#[cfg(feature = "ssr")]
mod db;
#[cfg(feature = "ssr")]
mod form;
mod labels;
mod pages;
#[cfg(feature = "ssr")]
mod service;
mod types;

pub use api::{
    AddWorkplace, CreateCompany, RemoveWorkplace, SetCompanyOfficer, UpdateCompany, add_workplace,
    company_detail, create_company, list_companies, remove_workplace, set_company_officer,
    update_company,
};
#[cfg(feature = "ssr")]
pub use db::{CompanyKey, keys as company_keys, workplace_of_company, workplaces_of};
#[cfg(feature = "ssr")]
pub use form::{CompanyFields, CompanyForm};
pub use labels::error_text;
pub use pages::{CompaniesPage, CompanyPage};
#[cfg(feature = "ssr")]
pub use service::add_in as add_company_in;
pub use types::{CompanyLine, CompanyRecord, Workplace};
