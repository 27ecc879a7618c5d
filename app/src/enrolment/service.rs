//! The flows that write a worker's record and make the rest follow, each in one
//! transaction with its audit rows: a new worker gets their plan and an invitation; a
//! change of their dates or of their employment (its end) re-plans their supports. Both set the supervisor interview's due
//! date, which is kept on the worker.

use serde_json::json;

use crate::{
    auth::{CurrentUser, client_ip},
    db::{AuditEntry, Tx, write_audit},
    domain::{
        AuditAction, CaseloadVerdict, InvitationId, OrganizationId, SupportKind, WorkerId,
        WorkerSituation, next_interview_due,
    },
    error::AppError,
    state::app_state,
    workers::{self, DatesForm, EmploymentForm, NewWorkerForm},
};

/// Adds the worker, their account, their plan and an invitation in one transaction;
/// returns the invitation's id.
pub async fn create(user: &CurrentUser, form: &NewWorkerForm) -> Result<InvitationId, AppError> {
    let new = workers::check_new(user, form).await?;
    let state = app_state()?;
    let mut tx = state.db.begin().await?;
    let (worker_id, worker_user_id) = workers::insert_new(&mut tx, user, &new).await?;
    plan_new_worker(
        &mut tx,
        user.organization_id,
        worker_id,
        &WorkerSituation::default(),
    )
    .await?;
    let invitation = crate::invitations::issue(&mut tx, user, worker_user_id).await?;
    tx.commit().await?;
    Ok(invitation)
}

/// A new worker's plan (the supports the rules give their situation) and the due date of
/// their first supervisor interview, on the same rule as support 10, kept on the worker.
/// The demo seeding plans its workers with it too.
pub async fn plan_new_worker(
    tx: &mut Tx,
    organization_id: OrganizationId,
    worker_id: WorkerId,
    situation: &WorkerSituation,
) -> Result<(), sqlx::Error> {
    crate::supports::create_plan(tx, organization_id, worker_id, situation).await?;
    workers::set_supervisor_due(
        tx,
        organization_id,
        worker_id,
        SupportKind::PeriodicInterview.due(situation),
    )
    .await
}

/// Staff change the dates of a worker's situation; the support plan follows in the same
/// transaction, with one audit row. The answer says whether a new officer went over a
/// caseload cap (before the cut-over day; from it the change is refused).
pub async fn update_dates(
    user: &CurrentUser,
    id: WorkerId,
    form: &DatesForm<'_>,
) -> Result<CaseloadVerdict, AppError> {
    let change = workers::check_dates(user, id, form).await?;
    let state = app_state()?;
    let mut tx = state.db.begin().await?;
    let verdict = workers::write_dates(&mut tx, user, id, &change).await?;
    let replanned = crate::supports::follow_situation(&mut tx, user, id, &change.situation).await?;
    // The supervisor interview: 3 months after the last one held, or after the start.
    let last = crate::interviews::last_held(&mut tx, id, "supervisor").await?;
    let supervisor_due = last
        .or(change.situation.entry_or_change)
        .map(|start| next_interview_due(last, start));
    workers::set_supervisor_due(&mut tx, user.organization_id, id, supervisor_due).await?;
    let before = &change.before;
    write_audit(
        &mut tx,
        AuditEntry {
            organization_id: Some(user.organization_id),
            actor_user_id: Some(user.id),
            action: AuditAction::WorkerDatesChanged,
            entity: "worker",
            entity_id: Some(id.uuid()),
            detail: json!({
                "before": {
                    "changed_status_in_japan": before.changed_status_in_japan,
                    "former_intern_same_employer": before.former_intern_same_employer,
                    "contract_signed_on": before.contract_signed_on,
                    "visa_applied_on": before.visa_applied_on,
                    "entry_date": before.entry_date,
                    "settled_on": before.settled_on,
                    "support_officer_id": before.support_officer_id,
                },
                "replanned": replanned,
            }),
            ip: client_ip(&state),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(verdict)
}

/// Staff record a worker's employment contract: its start, and its end with the reason.
/// The plan follows in the same transaction (job-change support becomes due, or not
/// applicable, by the reason), with one audit row holding the values before. The end date
/// is what the retention purge and the due lists read.
pub async fn update_employment(
    user: &CurrentUser,
    id: WorkerId,
    form: &EmploymentForm<'_>,
) -> Result<(), AppError> {
    let change = workers::check_employment(user, id, form).await?;
    let state = app_state()?;
    let mut tx = state.db.begin().await?;
    workers::write_employment(&mut tx, user, id, &change).await?;
    let replanned = crate::supports::follow_situation(&mut tx, user, id, &change.situation).await?;
    let employment = |e: &crate::domain::Employment| {
        json!({
            "contract_started_on": e.started_on,
            "contract_ended_on": e.ended.map(|(on, _)| on),
            "employment_end_reason": e.ended.map(|(_, reason)| reason.code()),
        })
    };
    write_audit(
        &mut tx,
        AuditEntry {
            organization_id: Some(user.organization_id),
            actor_user_id: Some(user.id),
            action: AuditAction::EmploymentChanged,
            entity: "worker",
            entity_id: Some(id.uuid()),
            detail: json!({
                "before": employment(&change.before),
                "after": employment(&change.employment),
                "replanned": replanned,
            }),
            ip: client_ip(&state),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
