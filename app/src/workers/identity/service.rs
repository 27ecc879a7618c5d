//! The identity's rules on the server: who reads which fact, and the one change (staff),
//! checked by the domain's readers and written in one transaction with an audit row holding
//! the values before. The record is found before the form is read, so that another
//! organization's staff learn nothing from a message.

use serde_json::json;

use super::{
    IdentityRecord, PersonalFacts, db,
    form::{self, IdentityForm},
};
use crate::{
    audit::commit_change,
    auth::{Caller, CurrentUser},
    db::{Unique, violated_unique},
    domain::{AuditAction, CompanyId, JobCategory, Sex, SswField, WorkerId, masked_tail},
    error::AppError,
    locale::today_in_japan,
    state::app_state,
};

fn internal(what: &str, error: impl std::fmt::Display) -> AppError {
    tracing::error!(%error, what, "stored identity");
    AppError::Internal
}

/// The identity of a worker the caller may already see (the caller checked it), with the
/// worker's nationality and field from their row. A company reads the numbers by their
/// last 4 characters and none of the personal facts.
pub async fn read(
    user: &CurrentUser,
    worker_id: WorkerId,
    company_id: CompanyId,
    nationality: &str,
    field: &str,
) -> Result<IdentityRecord, AppError> {
    let state = app_state()?;
    let c = db::columns(&state.db, user.organization_id, worker_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let company = matches!(user.caller, Caller::Company { .. });
    let number = |n: Option<String>| n.map(|n| if company { masked_tail(&n) } else { n });
    let sex = c
        .sex
        .as_deref()
        .map(Sex::from_code)
        .transpose()
        .map_err(|e| internal("sex", e))?;
    let job_category = c
        .job_category
        .as_deref()
        .map(JobCategory::from_code)
        .transpose()
        .map_err(|e| internal("job category", e))?;
    let workplaces =
        crate::companies::workplaces_of(&state.db, user.organization_id, company_id).await?;
    let workplace = c
        .workplace_id
        .and_then(|id| workplaces.iter().find(|w| w.id == id))
        .map(|w| w.name.clone());
    Ok(IdentityRecord {
        workplace,
        workplace_id: c.workplace_id,
        workplaces: if user.caller.is_staff() {
            workplaces.into_iter().map(|w| (w.id, w.name)).collect()
        } else {
            Vec::new()
        },
        name_katakana: c.name_katakana,
        nationality: nationality.to_owned(),
        field: field.to_owned(),
        job_category,
        languages: c
            .languages
            .map(|l| l.lines().map(str::to_owned).collect())
            .unwrap_or_default(),
        card_number: number(c.residence_card_number),
        passport_number: number(c.passport_number),
        passport_expiry: c.passport_expiry,
        personal: (!company).then_some(PersonalFacts {
            birth_date: c.birth_date,
            sex,
            postal_code: c.postal_code,
            address: c.address,
        }),
    })
}

/// Staff change a worker's identity and status.
pub async fn update(
    user: &CurrentUser,
    worker_id: WorkerId,
    posted: &IdentityForm<'_>,
) -> Result<(), AppError> {
    user.require_staff()?;
    let state = app_state()?;
    let org = user.organization_id;
    let mut tx = state.db.begin().await?;
    let (field, company_id, before) = db::columns_in(&mut tx, org, worker_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let field = SswField::from_code(&field).map_err(|e| internal("field", e))?;
    let after = form::check(posted, field, today_in_japan())?;
    if let Some(workplace) = after.workplace_id
        && !crate::companies::workplace_of_company(&mut tx, org, company_id, workplace).await?
    {
        return Err(AppError::validation(
            "workplace_id",
            "identity.err_workplace",
        ));
    }
    db::set_columns(&mut tx, org, worker_id, &after)
        .await
        .map_err(card_number_taken)?;
    let detail = json!({ "before": before, "after": after });
    commit_change(
        tx,
        user,
        AuditAction::IdentityChanged,
        "worker",
        worker_id.uuid(),
        detail,
    )
    .await
}

/// Two workers with one residence card number: the unique index decides, and the second
/// is told the number is taken.
pub(in crate::workers) fn card_number_taken(error: sqlx::Error) -> AppError {
    match violated_unique(&error) {
        Some(Unique::WorkerCardNumber) => {
            AppError::validation("residence_card_number", "identity.err_card_taken")
        }
        _ => error.into(),
    }
}
