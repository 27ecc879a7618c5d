//! Support 10, the periodic interview (定期的な面談), as the interviews feature records it:
//! held on a day, planned again for the next one. The interviews feature owns the booking
//! and the record; this module alone writes the support, through the status machine
//! (`SupportAction::HoldAgain`) and at the version it read, as every change of a support.

use chrono::{NaiveDate, Utc};
use uuid::Uuid;

use crate::{
    db::{Tx, execute, on_tx},
    domain::{OrganizationId, SupportAction, SupportKind, SupportStatus, UserId, WorkerId},
    error::AppError,
};

/// A held worker interview, as support 10 keeps it.
pub struct HeldInterview<'a> {
    pub organization_id: OrganizationId,
    pub worker_id: WorkerId,
    /// The latest day one was held.
    pub held_on: NaiveDate,
    /// When the next one is due.
    pub next_due: NaiveDate,
    /// `in_person` or `online`, as supports store it.
    pub mode: &'a str,
    pub duration_minutes: i32,
    pub delivered_by: &'a str,
    pub recorded_by: UserId,
}

/// Records the held interview on the worker's support 10 inside the interview's own
/// transaction, and plans it again: earlier acknowledgements and confirmations were about
/// an earlier interview. A worker without support 10 (a plan not made yet) is left alone,
/// as before.
pub async fn hold_again(tx: &mut Tx, held: &HeldInterview<'_>) -> Result<(), AppError> {
    let kind = SupportKind::PeriodicInterview;
    let found: Option<(Uuid, i64, String)> = on_tx!(tx, conn => {
        sqlx::query_as(
            "SELECT id, version, status FROM supports
             WHERE organization_id = $1 AND worker_id = $2 AND kind = $3",
        )
        .bind(held.organization_id)
        .bind(held.worker_id)
        .bind(kind.code())
        .fetch_optional(&mut *conn)
        .await
    })?;
    let Some((id, version, status)) = found else {
        return Ok(());
    };
    let from = SupportStatus::from_code(&status).map_err(|error| {
        tracing::error!(%error, "unknown support status in the database");
        AppError::Internal
    })?;
    let to = from
        .after(SupportAction::HoldAgain, kind)
        .map_err(|_| AppError::validation("status", "supports.err_illegal"))?;
    let updated = execute!(tx: tx,
        "UPDATE supports SET status = $1, delivered_on = $2, due_on = $3, mode = $4,
             duration_minutes = $5, delivered_by = $6, recorded_by = $7,
             not_applicable_reason = NULL, acknowledged_by = NULL, acknowledged_at = NULL,
             confirmed_by = NULL, confirmed_at = NULL, version = version + 1,
             updated_by = $7, updated_at = $8
         WHERE id = $9 AND version = $10",
        to.code(),
        held.held_on,
        held.next_due,
        held.mode,
        held.duration_minutes,
        held.delivered_by,
        held.recorded_by,
        Utc::now(),
        id,
        version,
    )?;
    // Changed between the read and the write (a staff member's edit at the same moment):
    // the interview's transaction rolls back and says so.
    if updated != 1 {
        return Err(AppError::Conflict);
    }
    Ok(())
}
