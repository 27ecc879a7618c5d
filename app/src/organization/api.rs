//! The organization's server functions. Each asks `current_user()` first; the rules are in
//! `service`. The pages post to them as plain forms, which come back to the page.

use leptos::prelude::*;

use super::{CaseloadOverview, OrganizationRecord, OrganizationWarning};
use crate::domain::{OfficeId, UserId};
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::paths;

/// `/staff/organization`: the record, the offices and the staff (staff read it).
#[server(endpoint = "organization_detail", input = server_fn::codec::GetUrl)]
pub async fn organization_detail() -> Result<OrganizationRecord, AppError> {
    let user = crate::auth::current_user().await?;
    super::service::record(&user).await
}

/// Admins change the organization's record.
#[server(endpoint = "update_organization")]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all, err))]
pub async fn update_organization(
    name: String,
    registration_number: String,
    registration_expires_on: String,
    postal_code: String,
    address: String,
    phone: String,
    caseload_caps_from: String,
) -> Result<(), AppError> {
    let form = super::form::OrganizationForm {
        name: &name,
        registration_number: &registration_number,
        registration_expires_on: &registration_expires_on,
        postal_code: &postal_code,
        address: &address,
        phone: &phone,
        caseload_caps_from: &caseload_caps_from,
    };
    let result = async {
        let user = crate::auth::current_user().await?;
        super::service::update(&user, &form).await
    }
    .await;
    let keep = [
        ("name", name.as_str()),
        ("registration_number", registration_number.as_str()),
        ("registration_expires_on", registration_expires_on.as_str()),
        ("postal_code", postal_code.as_str()),
        ("address", address.as_str()),
        ("phone", phone.as_str()),
        ("caseload_caps_from", caseload_caps_from.as_str()),
    ];
    let page = paths::STAFF_ORGANIZATION;
    crate::form::answer(result, page, &paths::saved(page, "record"), &keep).await
}

/// Admins add an office (支援業務を行う事務所).
#[server(endpoint = "add_office")]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all, err))]
pub async fn add_office(
    office_name: String,
    postal_code: String,
    address: String,
) -> Result<(), AppError> {
    let form = super::form::OfficeForm {
        name: &office_name,
        postal_code: &postal_code,
        address: &address,
    };
    let result = async {
        let user = crate::auth::current_user().await?;
        super::service::add_office(&user, &form).await
    }
    .await;
    let keep = [
        ("office_name", office_name.as_str()),
        ("office_postal_code", postal_code.as_str()),
        ("office_address", address.as_str()),
    ];
    let page = paths::STAFF_ORGANIZATION;
    crate::form::answer(result, page, &paths::saved(page, "office"), &keep).await
}

/// Admins remove an office no staff member works at.
#[server(endpoint = "remove_office")]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all, err))]
pub async fn remove_office(id: OfficeId) -> Result<(), AppError> {
    let result = async {
        let user = crate::auth::current_user().await?;
        super::service::remove_office(&user, id).await
    }
    .await;
    let page = paths::STAFF_ORGANIZATION;
    crate::form::answer(result, page, &paths::saved(page, "office_removed"), &[]).await
}

/// Admins set a staff member's position, office and last training.
#[server(endpoint = "update_staff_member")]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all, err))]
pub async fn update_staff_member(
    user_id: UserId,
    position: String,
    office_id: String,
    trained_on: String,
) -> Result<(), AppError> {
    let form = super::form::StaffForm {
        position: &position,
        office_id: &office_id,
        trained_on: &trained_on,
    };
    let result = async {
        let user = crate::auth::current_user().await?;
        super::service::update_staff_member(&user, user_id, &form).await
    }
    .await;
    let page = paths::STAFF_ORGANIZATION;
    crate::form::answer(result, page, &paths::saved(page, "staff"), &[]).await
}

/// `/staff/caseload`: every officer's load against the 2027 caps (staff).
#[server(endpoint = "officer_caseloads", input = server_fn::codec::GetUrl)]
pub async fn officer_caseloads() -> Result<CaseloadOverview, AppError> {
    let user = crate::auth::current_user().await?;
    super::service::caseload(&user).await
}

/// What the admin's home warns about the organization (admins).
#[server(endpoint = "organization_warnings", input = server_fn::codec::GetUrl)]
pub async fn organization_warnings() -> Result<Vec<OrganizationWarning>, AppError> {
    let user = crate::auth::current_user().await?;
    super::service::warnings(&user).await
}
