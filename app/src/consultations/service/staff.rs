//! What staff do to a thread besides writing: hand it to someone, and close it with the
//! consultation record (参考様式5-4), which the worker is told of.

use chrono::{NaiveDate, Utc};
use serde_json::json;

use crate::consultations::{db, db::queries, service};
use crate::{
    auth::CurrentUser,
    domain::{
        AuditAction, ConsultationId, ConsultationRecord, UserId, check_consultation_record, tokyo,
    },
    error::AppError,
    locale::today_in_japan,
    notifications::{self as notify, Notice},
    paths,
};

/// Hands the thread to a staff member of the organization (`None`: nobody).
pub async fn assign(
    user: &CurrentUser,
    id: ConsultationId,
    version: i64,
    to: Option<UserId>,
) -> Result<(), AppError> {
    user.require_staff()?;
    let state = crate::state::app_state()?;
    let head = service::target(&state, user, id).await?;
    if let Some(to) = to {
        let staff = queries::staff_choices(&state.db, user.organization_id).await?;
        if !staff.iter().any(|s| s.id == to) {
            return Err(AppError::validation(
                "assignee",
                "consultation_error.assignee",
            ));
        }
    }
    let mut tx = state.db.begin().await?;
    if !db::assign(&mut tx, head.id, version, to, Utc::now()).await? {
        return Err(AppError::Conflict);
    }
    service::audit(
        &mut tx,
        user,
        crate::auth::client_ip(&state),
        AuditAction::ConsultationAssigned,
        head.id,
        json!({ "to": to, "from": head.assigned_to }),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The record's fields as the form posts them.
#[derive(Debug)]
pub struct RecordForm<'a> {
    pub held_on: &'a str,
    pub content: &'a str,
    pub response: &'a str,
    pub referred_to: &'a str,
}

/// Closes the thread with its record; the worker is told it is resolved.
pub async fn resolve(
    user: &CurrentUser,
    id: ConsultationId,
    version: i64,
    form: &RecordForm<'_>,
) -> Result<(), AppError> {
    user.require_staff()?;
    let state = crate::state::app_state()?;
    let head = service::target(&state, user, id).await?;
    let held_on = NaiveDate::parse_from_str(form.held_on.trim(), "%Y-%m-%d")
        .map_err(|_| AppError::validation("held_on", "consultation_error.held_on"))?;
    let record = ConsultationRecord {
        held_on,
        content: form.content,
        response: form.response,
        referred_to: form.referred_to,
    };
    check_consultation_record(&record, tokyo::date(head.opened_at), today_in_japan())
        .map_err(|(field, key)| AppError::validation(field, key))?;
    let mut tx = state.db.begin().await?;
    if !db::resolve(&mut tx, head.id, version, &record, user.id, Utc::now()).await? {
        return Err(AppError::Conflict);
    }
    service::audit(
        &mut tx,
        user,
        crate::auth::client_ip(&state),
        AuditAction::ConsultationResolved,
        head.id,
        json!({
            "held_on": held_on,
            "referred": !record.referred_to.trim().is_empty(),
        }),
    )
    .await?;
    if let Some(worker_user) = head.worker_user_id {
        notify::notify_all(
            &mut tx,
            head.organization_id,
            &[worker_user],
            &Notice::ConsultationResolved,
            &paths::my_consultation(head.id),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}
