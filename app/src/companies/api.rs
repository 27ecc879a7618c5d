//! The companies' server functions. Each asks `current_user()` first; the rules are in
//! `service`. The pages post to them as plain forms, which come back to the page.
#![expect(clippy::too_many_arguments, reason = "one argument per form field")]

use leptos::prelude::*;

use super::{CompanyLine, CompanyRecord};
use crate::domain::{CompanyId, WorkplaceId};
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::paths;

/// `/staff/companies`: the organization's companies (staff).
#[server(endpoint = "list_companies", input = server_fn::codec::GetUrl)]
pub async fn list_companies() -> Result<Vec<CompanyLine>, AppError> {
    let user = crate::auth::current_user().await?;
    super::service::list(&user).await
}

/// One company's record: staff, or the company's own users.
#[server(endpoint = "company_detail", input = server_fn::codec::GetUrl)]
pub async fn company_detail(id: CompanyId) -> Result<CompanyRecord, AppError> {
    let user = crate::auth::current_user().await?;
    super::service::record(&user, id).await
}

/// The record's fields as posted (the ticked supports arrive as repeated values).
#[cfg(feature = "ssr")]
fn company_form<'a>(
    fields: &'a [(&'static str, &'a str); 8],
    supports: &'a [String],
) -> super::form::CompanyForm<'a> {
    let get = |name: &str| {
        fields
            .iter()
            .find(|(n, _)| *n == name)
            .map_or("", |(_, v)| *v)
    };
    super::form::CompanyForm {
        name: get("name"),
        field: get("field"),
        corporate_number: get("corporate_number"),
        postal_code: get("postal_code"),
        address: get("address"),
        representative: get("representative"),
        phone: get("phone"),
        entrusted_on: get("entrusted_on"),
        entrusted_supports: supports.iter().map(String::as_str).collect(),
    }
}

/// What a refused post keeps: the fields, and the ticked supports one per line.
#[cfg(feature = "ssr")]
fn kept<'a>(
    fields: &[(&'static str, &'a str); 8],
    ticked: &'a str,
) -> Vec<(&'static str, &'a str)> {
    let mut kept = fields.to_vec();
    kept.push(("entrusted_supports", ticked));
    kept
}

/// Staff add a company; they are taken to its page.
#[server(endpoint = "create_company")]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all, err))]
pub async fn create_company(
    name: String,
    field: String,
    corporate_number: String,
    postal_code: String,
    address: String,
    representative: String,
    phone: String,
    entrusted_on: String,
    entrusted_supports: Option<Vec<String>>,
) -> Result<CompanyId, AppError> {
    let fields = [
        ("name", name.as_str()),
        ("field", field.as_str()),
        ("corporate_number", corporate_number.as_str()),
        ("postal_code", postal_code.as_str()),
        ("address", address.as_str()),
        ("representative", representative.as_str()),
        ("phone", phone.as_str()),
        ("entrusted_on", entrusted_on.as_str()),
    ];
    let supports = entrusted_supports.unwrap_or_default();
    let result = async {
        let user = crate::auth::current_user().await?;
        super::service::create(&user, &company_form(&fields, &supports)).await
    }
    .await;
    let ticked = supports.join("\n");
    crate::form::answer_with(
        result,
        paths::STAFF_COMPANIES,
        |id| paths::saved(&paths::company(*id), "created"),
        &kept(&fields, &ticked),
    )
    .await
}

/// Staff change a company's record.
#[server(endpoint = "update_company")]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all, err))]
pub async fn update_company(
    id: CompanyId,
    name: String,
    field: String,
    corporate_number: String,
    postal_code: String,
    address: String,
    representative: String,
    phone: String,
    entrusted_on: String,
    entrusted_supports: Option<Vec<String>>,
) -> Result<(), AppError> {
    let fields = [
        ("name", name.as_str()),
        ("field", field.as_str()),
        ("corporate_number", corporate_number.as_str()),
        ("postal_code", postal_code.as_str()),
        ("address", address.as_str()),
        ("representative", representative.as_str()),
        ("phone", phone.as_str()),
        ("entrusted_on", entrusted_on.as_str()),
    ];
    let supports = entrusted_supports.unwrap_or_default();
    let result = async {
        let user = crate::auth::current_user().await?;
        super::service::update(&user, id, &company_form(&fields, &supports)).await
    }
    .await;
    let page = paths::company(id);
    let ticked = supports.join("\n");
    crate::form::answer(
        result,
        &page,
        &paths::saved(&page, "company"),
        &kept(&fields, &ticked),
    )
    .await
}

/// Staff put an officer (支援担当者) in charge of a company.
#[server(endpoint = "set_company_officer")]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all, err))]
pub async fn set_company_officer(
    id: CompanyId,
    support_officer_id: String,
) -> Result<(), AppError> {
    let result = async {
        let user = crate::auth::current_user().await?;
        super::service::set_officer(&user, id, &support_officer_id).await
    }
    .await;
    let page = paths::company(id);
    crate::form::answer_with(
        result,
        &page,
        |verdict| {
            let what = match verdict {
                crate::domain::CaseloadVerdict::OverWarned => "officer_over_caseload",
                _ => "officer",
            };
            paths::saved(&page, what)
        },
        &[],
    )
    .await
    .map(|_| ())
}

/// Staff add a workplace (事業所) to a company.
#[server(endpoint = "add_workplace")]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all, err))]
pub async fn add_workplace(
    company_id: CompanyId,
    workplace_name: String,
    postal_code: String,
    address: String,
) -> Result<(), AppError> {
    let form = super::service::WorkplaceForm {
        name: &workplace_name,
        postal_code: &postal_code,
        address: &address,
    };
    let result = async {
        let user = crate::auth::current_user().await?;
        super::service::add_workplace(&user, company_id, &form).await
    }
    .await;
    let page = paths::company(company_id);
    let keep = [
        ("workplace_name", workplace_name.as_str()),
        ("workplace_postal_code", postal_code.as_str()),
        ("workplace_address", address.as_str()),
    ];
    crate::form::answer(result, &page, &paths::saved(&page, "workplace"), &keep).await
}

/// Staff remove a workplace no worker is placed at.
#[server(endpoint = "remove_workplace")]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all, err))]
pub async fn remove_workplace(id: WorkplaceId, company_id: CompanyId) -> Result<(), AppError> {
    let result = async {
        let user = crate::auth::current_user().await?;
        super::service::remove_workplace(&user, id).await
    }
    .await;
    let page = paths::company(company_id);
    crate::form::answer(
        result,
        &page,
        &paths::saved(&page, "workplace_removed"),
        &[],
    )
    .await
}
