//! A worker from a row of an import (`onboarding`): added as the new-worker form adds one
//! ([`insert_new`]: the account, the login id, the officer in charge, the audit row), with
//! the identity the sheet holds and the card's expiry, inside the import's transaction.

use chrono::NaiveDate;
use serde_json::json;

use super::{NewWorkerChecked, insert_new};
use crate::{
    audit::write_change,
    auth::CurrentUser,
    db::{Tx, fetch},
    domain::{AuditAction, CompanyId, OrganizationId, UserId, WorkerId},
    error::AppError,
    workers::{
        IdentityColumns,
        db::CompanyRow,
        form::CheckedNewWorker,
        identity::{card_number_taken, set_columns},
        set_expiry,
    },
};

/// A checked row of a sheet, with the company it joins (found or added by the import).
pub struct ImportedWorker<'a> {
    pub company_id: CompanyId,
    pub company_name: &'a str,
    /// The company's field (`SswField::code()`): the worker's is their employer's.
    pub field: &'a str,
    pub family_name: &'a str,
    pub given_name: &'a str,
    pub nationality: &'a str,
    pub preferred_locale: &'a str,
    pub identity: &'a IdentityColumns,
    pub card_expiry: Option<NaiveDate>,
}

/// Adds the worker with their identity; returns (worker id, user id). The identity's
/// audit row holds nothing before (there was no record).
pub async fn insert_imported(
    tx: &mut Tx,
    user: &CurrentUser,
    row: &ImportedWorker<'_>,
) -> Result<(WorkerId, UserId), AppError> {
    let new = NewWorkerChecked {
        checked: CheckedNewWorker {
            company_id: row.company_id,
            family_name: row.family_name.to_owned(),
            given_name: row.given_name.to_owned(),
            nationality: row.nationality.to_owned(),
            preferred_locale: row.preferred_locale.to_owned(),
        },
        company: CompanyRow {
            id: row.company_id,
            name: row.company_name.to_owned(),
            field: row.field.to_owned(),
        },
    };
    let (worker_id, user_id) = insert_new(tx, user, &new).await?;
    set_columns(tx, user.organization_id, worker_id, row.identity)
        .await
        .map_err(card_number_taken)?;
    if let Some(expiry) = row.card_expiry {
        set_expiry(tx, worker_id, false, expiry).await?;
    }
    let detail = json!({
        "before": null,
        "after": row.identity,
        "residence_card_expiry": row.card_expiry,
    });
    write_change(
        tx,
        user,
        AuditAction::IdentityChanged,
        "worker",
        worker_id.uuid(),
        detail,
    )
    .await?;
    Ok((worker_id, user_id))
}

/// The residence card numbers the organization's workers hold, with whose they are: an
/// import finds its rows' workers by them.
pub async fn card_numbers(
    tx: &mut Tx,
    organization_id: OrganizationId,
) -> Result<Vec<(String, WorkerId)>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Row {
        residence_card_number: String,
        id: WorkerId,
    }
    let rows = fetch!(all Row, tx: tx,
        "SELECT residence_card_number, id FROM workers
         WHERE organization_id = $1 AND residence_card_number IS NOT NULL",
        organization_id,
    )?;
    Ok(rows
        .into_iter()
        .map(|r| (r.residence_card_number, r.id))
        .collect())
}
