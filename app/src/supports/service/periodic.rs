//! Support 10, the periodic interview (定期的な面談), as the interviews feature records it:
//! held on a day, planned again for the next one. The interviews feature owns the booking
//! and the record; this module alone writes the support, through the status machine
//! (`SupportAction::HoldAgain`) and at the version it read, as every change of a support.

use chrono::{NaiveDate, Utc};

use crate::{
    db::{Tx, execute, fetch},
    domain::{
        OrganizationId, SupportAction, SupportId, SupportKind, SupportStatus, UserId, WorkerId,
    },
    error::AppError,
    supports::db::{self, NewDelivery},
};

/// A held worker interview, as support 10 keeps it.
pub struct HeldInterview<'a> {
    pub organization_id: OrganizationId,
    pub worker_id: WorkerId,
    /// The day this one was held.
    pub held_on: NaiveDate,
    /// When the next one is due (from the latest held, which may be a later one).
    pub next_due: NaiveDate,
    /// `in_person` or `online`, as supports store it.
    pub mode: &'a str,
    pub duration_minutes: i32,
    pub delivered_by: &'a str,
    /// The language it was held in.
    pub language: &'a str,
    pub recorded_by: UserId,
}

/// Records the held interview on the worker's support 10 inside the interview's own
/// transaction, as one more delivery of its running log, and plans it again: earlier
/// acknowledgements and confirmations stay with the deliveries they were given for. A
/// worker without support 10 (a plan not made yet) is left alone, as before.
pub async fn hold_again(tx: &mut Tx, held: &HeldInterview<'_>) -> Result<(), AppError> {
    let kind = SupportKind::PeriodicInterview;
    let found: Option<(SupportId, i64, String)> = fetch!(optional (SupportId, i64, String), tx: tx,
        "SELECT id, version, status FROM supports
         WHERE organization_id = $1 AND worker_id = $2 AND kind = $3",
        held.organization_id,
        held.worker_id,
        kind.code(),
    )?;
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
    db::insert_delivery(
        tx,
        &NewDelivery {
            organization_id: held.organization_id,
            support_id: id,
            corrects: None,
            delivered_on: held.held_on,
            duration_minutes: held.duration_minutes,
            delivered_by: held.delivered_by,
            language: held.language,
            interpreter: None,
            mode: held.mode,
            place: "",
            content: "",
            internal_note: "",
            sessions: None,
            late: false,
            recorded_by: held.recorded_by,
        },
    )
    .await?;
    let sql = format!(
        "UPDATE supports SET status = $1, due_on = $2, reason = NULL, not_delivered_on = NULL,
             latest_delivery_id = {}, version = version + 1, updated_by = $3,
             updated_at = $4
         WHERE id = $5 AND version = $6",
        db::LATEST_DELIVERY
    );
    let updated = execute!(tx: tx, &sql,
        to.code(),
        held.next_due,
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
