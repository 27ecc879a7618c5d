//! The companies' rules on the server: staff of the organization read and keep every
//! company's record; a company's own users read theirs. Each change is one transaction with
//! an audit row holding the values before; a record of another organization is "not found".

use serde_json::json;

use super::{
    CompanyLine, CompanyRecord, Workplace,
    db::{self, RecordRow},
    form::{self, CompanyForm},
};
use crate::{
    audit::{commit_change, write_change},
    auth::{Caller, CurrentUser},
    db::{Tx, Unique, violated_unique},
    domain::{AuditAction, CaseloadVerdict, CompanyId, SupportKind, UserId, WorkplaceId},
    error::AppError,
    locale::today_in_japan,
    organization::{InCharge, check_in_charge},
    state::app_state,
};

pub async fn list(user: &CurrentUser) -> Result<Vec<CompanyLine>, AppError> {
    user.require_staff()?;
    let state = app_state()?;
    let rows = db::list(&state.db, user.organization_id, today_in_japan()).await?;
    Ok(rows
        .into_iter()
        .map(|r| CompanyLine {
            id: r.id,
            name: r.name,
            field: r.field,
            corporate_number: r.corporate_number,
            workers: r.workers,
        })
        .collect())
}

/// The record: staff of the organization, or the company's own users.
pub async fn record(user: &CurrentUser, id: CompanyId) -> Result<CompanyRecord, AppError> {
    let may_read = match user.caller {
        Caller::Staff | Caller::Admin => true,
        Caller::Company { company_id } => company_id == id,
        Caller::Worker { .. } => return Err(AppError::Forbidden),
    };
    if !may_read {
        return Err(AppError::NotFound);
    }
    let state = app_state()?;
    let row = db::record(&state.db, user.organization_id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let workplaces = db::workplaces_of(&state.db, user.organization_id, id).await?;
    let officer = row.support_officer_id;
    let mut record = record_of(row, workplaces);
    record.can_manage = user.caller.is_staff();
    if record.can_manage {
        record.officers =
            crate::organization::in_charge_candidates(&state.db, user.organization_id, officer)
                .await?;
    }
    Ok(record)
}

fn record_of(row: RecordRow, workplaces: Vec<db::WorkplaceRow>) -> CompanyRecord {
    CompanyRecord {
        id: row.id,
        name: row.name,
        field: row.field,
        corporate_number: row.corporate_number,
        postal_code: row.postal_code,
        address: row.address,
        representative: row.representative,
        phone: row.phone,
        entrusted_on: row.entrusted_on,
        // Codes the form wrote; one the enum no longer knows is left out, not an error.
        entrusted_supports: row
            .entrusted_supports
            .as_deref()
            .unwrap_or_default()
            .lines()
            .filter_map(|code| SupportKind::from_code(code).ok())
            .collect(),
        workplaces: workplaces
            .into_iter()
            .map(|w| Workplace {
                id: w.id,
                name: w.name,
                postal_code: w.postal_code,
                address: w.address,
                workers: w.workers,
            })
            .collect(),
        support_officer_id: row.support_officer_id,
        support_officer_name: row.support_officer_name,
        officers: Vec::new(),
        can_manage: false,
    }
}

fn unique_error(error: sqlx::Error) -> AppError {
    match violated_unique(&error) {
        Some(Unique::CompanyName) => AppError::validation("name", "companies.err_name_taken"),
        Some(Unique::CompanyCorporateNumber) => {
            AppError::validation("corporate_number", "companies.err_corporate_number_taken")
        }
        Some(Unique::WorkplaceName) => {
            AppError::validation("workplace_name", "companies.err_workplace_taken")
        }
        _ => error.into(),
    }
}

async fn finish(
    tx: Tx,
    user: &CurrentUser,
    action: AuditAction,
    company_id: CompanyId,
    detail: serde_json::Value,
) -> Result<(), AppError> {
    commit_change(tx, user, action, "company", company_id.uuid(), detail).await
}

fn row_json(row: &RecordRow) -> serde_json::Value {
    json!({
        "name": row.name, "field": row.field, "corporate_number": row.corporate_number,
        "postal_code": row.postal_code, "address": row.address,
        "representative": row.representative, "phone": row.phone,
        "entrusted_on": row.entrusted_on, "entrusted_supports": row.entrusted_supports,
    })
}

/// Staff add a company.
pub async fn create(user: &CurrentUser, posted: &CompanyForm<'_>) -> Result<CompanyId, AppError> {
    user.require_staff()?;
    let fields = posted.check()?;
    let state = app_state()?;
    let mut tx = state.db.begin().await?;
    let id = db::insert(&mut tx, user.organization_id, &fields)
        .await
        .map_err(unique_error)?;
    finish(
        tx,
        user,
        AuditAction::CompanyCreated,
        id,
        json!({ "after": fields }),
    )
    .await?;
    Ok(id)
}

/// Adds a checked company inside a transaction that writes more (an import), with its
/// audit row; the caller commits.
pub async fn add_in(
    tx: &mut Tx,
    user: &CurrentUser,
    fields: &form::CompanyFields,
) -> Result<CompanyId, AppError> {
    user.require_staff()?;
    let id = db::insert(tx, user.organization_id, fields)
        .await
        .map_err(unique_error)?;
    let detail = json!({ "after": fields });
    write_change(
        tx,
        user,
        AuditAction::CompanyCreated,
        "company",
        id.uuid(),
        detail,
    )
    .await?;
    Ok(id)
}

/// Staff change a company's record. Its field stays while it employs workers of it.
pub async fn update(
    user: &CurrentUser,
    id: CompanyId,
    posted: &CompanyForm<'_>,
) -> Result<(), AppError> {
    user.require_staff()?;
    let state = app_state()?;
    let org = user.organization_id;
    let mut tx = state.db.begin().await?;
    let before = db::record_in(&mut tx, org, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let fields = posted.check()?;
    if fields.field != before.field
        && db::workers_of_other_field(&mut tx, id, &fields.field).await? > 0
    {
        return Err(AppError::validation(
            "field",
            "companies.err_field_has_workers",
        ));
    }
    if !db::update(&mut tx, org, id, &fields)
        .await
        .map_err(unique_error)?
    {
        return Err(AppError::NotFound);
    }
    let detail = json!({ "before": row_json(&before), "after": fields });
    finish(tx, user, AuditAction::CompanyChanged, id, detail).await
}

/// Staff put an officer (支援担当者) in charge of a company, or nobody; over a caseload cap
/// the answer is a warning before the cut-over day, a refusal from it.
pub async fn set_officer(
    user: &CurrentUser,
    id: CompanyId,
    posted: &str,
) -> Result<CaseloadVerdict, AppError> {
    user.require_staff()?;
    let state = app_state()?;
    let org = user.organization_id;
    let mut tx = state.db.begin().await?;
    let before = db::record_in(&mut tx, org, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let officer = match posted.trim() {
        "" => None,
        typed => Some(typed.parse::<UserId>().map_err(|_| {
            AppError::validation(
                "support_officer_id",
                "organization.err_not_in_charge_position",
            )
        })?),
    };
    let mut verdict = CaseloadVerdict::Within;
    if let Some(chosen) = officer
        && officer != before.support_officer_id
    {
        let company = InCharge::Company { company: id };
        verdict = check_in_charge(&mut tx, user, chosen, company).await?;
    }
    if !db::set_officer(&mut tx, org, id, officer).await? {
        return Err(AppError::NotFound);
    }
    let detail = json!({
        "before": { "support_officer_id": before.support_officer_id },
        "after": { "support_officer_id": officer },
    });
    finish(tx, user, AuditAction::CompanyChanged, id, detail).await?;
    Ok(verdict)
}

/// A workplace as posted.
pub struct WorkplaceForm<'a> {
    pub name: &'a str,
    pub postal_code: &'a str,
    pub address: &'a str,
}

/// Staff add a workplace to a company.
pub async fn add_workplace(
    user: &CurrentUser,
    company_id: CompanyId,
    posted: &WorkplaceForm<'_>,
) -> Result<(), AppError> {
    user.require_staff()?;
    let state = app_state()?;
    let org = user.organization_id;
    let mut tx = state.db.begin().await?;
    db::record_in(&mut tx, org, company_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let name = form::name(posted.name, "workplace_name")?;
    let postal_code = form::postal_code(posted.postal_code)?;
    let address = form::address(posted.address)?
        .ok_or_else(|| AppError::validation("address", "companies.err_address"))?;
    let id = db::insert_workplace(
        &mut tx,
        org,
        company_id,
        &name,
        postal_code.as_deref(),
        &address,
    )
    .await
    .map_err(unique_error)?;
    let detail = json!({ "workplace": id, "name": name, "postal_code": postal_code,
                         "address": address });
    finish(tx, user, AuditAction::WorkplaceAdded, company_id, detail).await
}

/// Staff remove a workplace no worker is placed at; the audit row keeps it.
pub async fn remove_workplace(user: &CurrentUser, id: WorkplaceId) -> Result<(), AppError> {
    user.require_staff()?;
    let state = app_state()?;
    let org = user.organization_id;
    let mut tx = state.db.begin().await?;
    let (company_id, workplace) = db::workplace_in(&mut tx, org, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !db::delete_workplace(&mut tx, org, id).await? {
        return Err(AppError::validation(
            "workplace",
            "companies.err_workplace_in_use",
        ));
    }
    finish(
        tx,
        user,
        AuditAction::WorkplaceRemoved,
        company_id,
        json!({ "workplace": workplace }),
    )
    .await
}
