//! A worker's employment contract: its start, and its end with the reason. Checked here
//! and written inside the transaction of `enrolment`, which makes the plan follow.

use super::{
    db::{self, WorkerRow},
    optional_date,
};
use crate::{
    auth::CurrentUser,
    db::Tx,
    domain::{Employment, EmploymentEndReason, WorkerId, WorkerSituation},
    error::AppError,
    state::app_state,
};

/// The employment contract as stored. A reason that is no known code is a defect of the
/// data, not of the request.
pub(super) fn employment_of(row: &WorkerRow) -> Result<Employment, AppError> {
    let reason = row
        .employment_end_reason
        .as_deref()
        .map(EmploymentEndReason::from_code)
        .transpose()
        .map_err(|e| {
            tracing::error!(error = %e, worker = %row.id, "stored employment end reason");
            AppError::Internal
        })?;
    Ok(Employment {
        started_on: row.contract_started_on,
        ended: row.contract_ended_on.zip(reason),
    })
}

/// The employment form as posted: the contract's start, its end and the reason.
pub struct EmploymentForm<'a> {
    pub contract_started_on: &'a str,
    pub contract_ended_on: &'a str,
    pub employment_end_reason: &'a str,
}

/// A change of a worker's employment, checked: what it was, what it becomes, and the
/// situation the support plan follows with it.
pub struct EmploymentChange {
    pub before: Employment,
    pub employment: Employment,
    pub situation: WorkerSituation,
}

/// Checks a change of employment before anything is written (staff only): the worker is
/// the organization's, each date reads, the reason is known, an end has a reason and is
/// not before the start.
pub async fn check_employment(
    user: &CurrentUser,
    id: WorkerId,
    form: &EmploymentForm<'_>,
) -> Result<EmploymentChange, AppError> {
    user.require_staff()?;
    let state = app_state()?;
    let row = db::find(&state.db, user.organization_id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let reason = match form.employment_end_reason.trim() {
        "" => None,
        code => Some(EmploymentEndReason::from_code(code).map_err(|_| {
            AppError::validation("employment_end_reason", "employment.err_reason_missing")
        })?),
    };
    // Its own message key, so that the page shows the error by this form, not the dates'.
    let date = |text: &str, field: &str| {
        optional_date(text, field).map_err(|_| AppError::validation(field, "employment.err_date"))
    };
    let employment = Employment::check(
        date(form.contract_started_on, "contract_started_on")?,
        date(form.contract_ended_on, "contract_ended_on")?,
        reason,
    )
    .map_err(|problem| AppError::validation(problem.field(), problem.message_key()))?;
    let situation = WorkerSituation {
        changed_status_in_japan: row.changed_status_in_japan,
        former_intern_same_employer: row.former_intern_same_employer,
        contract_signed: row.contract_signed_on,
        visa_application: row.visa_applied_on,
        entry_or_change: row.entry_date,
        settled: row.settled_on,
        employment_ended_not_own_fault: employment.job_change_due_on(),
        last_interview: None,
    };
    Ok(EmploymentChange {
        before: employment_of(&row)?,
        employment,
        situation,
    })
}

/// Writes the checked employment in the caller's transaction (`enrolment` makes the plan
/// follow and writes the audit row in it); a worker gone meanwhile is "not found".
pub async fn write_employment(
    tx: &mut Tx,
    user: &CurrentUser,
    id: WorkerId,
    change: &EmploymentChange,
) -> Result<(), AppError> {
    if !db::update_employment(tx, user.organization_id, id, &change.employment).await? {
        return Err(AppError::NotFound);
    }
    Ok(())
}
