//! "I cannot find a free time": a worker whose interview is due and who finds no time to
//! book tells staff so, instead of reaching a dead end. The request is open until the
//! worker's next booking (`super::book`) answers it; staff see open ones on their home.

use chrono::Utc;
use serde_json::json;

use super::audit;
use crate::{
    auth::{Caller, CurrentUser},
    domain::{AuditAction, WorkerId},
    error::AppError,
    interviews::db::requests,
    state::app_state,
};

/// The worker asks for a time. Asking again while a request is open changes nothing.
pub async fn ask_for_time(user: &CurrentUser) -> Result<(), AppError> {
    let Caller::Worker { worker_id } = user.caller else {
        return Err(AppError::Forbidden);
    };
    let state = app_state()?;
    let id = uuid::Uuid::now_v7();
    let mut tx = state.db.begin().await?;
    if requests::ask(&mut tx, user.organization_id, worker_id, id, Utc::now()).await? {
        audit(
            &mut tx,
            user,
            AuditAction::InterviewTimeAsked,
            id,
            json!({ "worker_id": worker_id }),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// A booking of the worker's own interview answers their open request.
pub(super) async fn answered_by_booking(
    tx: &mut crate::db::Tx,
    worker_id: WorkerId,
) -> Result<(), AppError> {
    requests::answer(tx, worker_id, Utc::now()).await?;
    Ok(())
}
