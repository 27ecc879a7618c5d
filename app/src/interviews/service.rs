//! Who may book, move and cancel interviews, on the server (staff publish the slots:
//! `publish`): a worker books their own interview, the company its supervisor interview
//! about its own worker; staff may do either for anyone of their organization. Every change is one
//! transaction with its audit row.

pub(super) mod notices;
pub(super) mod online;
pub(super) mod outcomes;
pub(super) mod publish;
pub(super) mod requests;
pub(super) mod retention;

use chrono::Utc;
use serde_json::json;
use uuid::Uuid;

use self::notices::{About, Change};
use super::db::{self, BookError, NewBooking};
use crate::{
    auth::{Caller, CurrentUser, client_ip, visible},
    db::{AuditEntry, Db, write_audit},
    domain::{
        AuditAction, BookingId, InterviewKind, SlotId, WorkerId, bookable, changeable,
        starts_after_due,
    },
    error::AppError,
    state::app_state,
    workers::{WorkerTarget, worker_target},
};

pub(super) fn refuse(field: &str, key: &str) -> AppError {
    AppError::validation(field, &format!("interview_error.{key}"))
}

/// The worker an interview of `kind` is about, if `user` may book it.
pub(super) async fn target(
    db: &Db,
    user: &CurrentUser,
    worker_id: Option<WorkerId>,
    kind: InterviewKind,
) -> Result<WorkerTarget, AppError> {
    let id = match (user.caller, kind) {
        // A worker books for themselves: naming them is optional, naming another is "not
        // found" (the rule below would say so too, after a read).
        (Caller::Worker { worker_id: own }, InterviewKind::Worker) => match worker_id {
            None => own,
            Some(id) if id == own => own,
            Some(_) => return Err(AppError::NotFound),
        },
        (Caller::Company { .. }, InterviewKind::Supervisor)
        | (Caller::Staff | Caller::Admin, _) => worker_id.ok_or(AppError::NotFound)?,
        _ => return Err(AppError::Forbidden),
    };
    visible(user, worker_target(db, user.organization_id, id).await?)
}

fn book_error(error: BookError) -> AppError {
    match error {
        BookError::SlotTaken => refuse("slot", "slot_taken"),
        BookError::AlreadyBooked => refuse("slot", "already_booked"),
        BookError::Changed => AppError::Conflict,
        BookError::Database(error) => {
            tracing::error!(%error, "interview booking");
            AppError::Internal
        }
    }
}

pub(super) async fn audit(
    tx: &mut crate::db::Tx,
    user: &CurrentUser,
    action: AuditAction,
    id: impl Into<Uuid>,
    detail: serde_json::Value,
) -> Result<(), AppError> {
    let state = app_state()?;
    write_audit(
        tx,
        AuditEntry {
            organization_id: Some(user.organization_id),
            actor_user_id: Some(user.id),
            action,
            entity: "interview",
            entity_id: Some(id.into()),
            detail,
            ip: client_ip(&state),
        },
    )
    .await?;
    Ok(())
}

/// A slot of `user`'s organization that is still offered and far enough ahead to book.
async fn open_slot(db: &Db, user: &CurrentUser, slot_id: SlotId) -> Result<db::SlotRow, AppError> {
    let slot = db::slot(db, user.organization_id, slot_id)
        .await?
        .filter(|s| s.withdrawn_at.is_none())
        .ok_or(AppError::NotFound)?;
    if bookable(
        slot.starts_at,
        Utc::now(),
        app_state()?.interviews.notice_hours,
    ) {
        Ok(slot)
    } else {
        Err(refuse("slot", "too_late"))
    }
}

/// A booking made (or moved), and whether it starts after the interview's due date: it
/// is kept all the same (a late interview is better than none), and the caller is told.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Booked {
    pub id: BookingId,
    pub late: bool,
}

/// Whether an interview of `kind` with `worker_id` starting at `starts_at` is after its
/// due date (the worker's is support 10's, the supervisor's is kept on the worker).
async fn is_late(
    db: &Db,
    user: &CurrentUser,
    worker_id: WorkerId,
    kind: InterviewKind,
    starts_at: chrono::DateTime<Utc>,
) -> Result<bool, AppError> {
    let due = super::db::queries::due_dates(db, user.organization_id, worker_id).await?;
    let due_on = match kind {
        InterviewKind::Worker => due.worker_due,
        InterviewKind::Supervisor => due.supervisor_due,
    };
    Ok(due_on.is_some_and(|due_on| starts_after_due(due_on, starts_at)))
}

/// Books a slot: the worker's own interview, or the company's supervisor interview. An
/// online interview needs the consent of the person it is held with (`consent`, the
/// locale it was read in; see `online`), recorded in the same transaction. A slot after the due date
/// is booked too, and said to be late.
pub async fn book(
    user: &CurrentUser,
    slot_id: SlotId,
    kind: InterviewKind,
    worker_id: Option<WorkerId>,
    consent: Option<&str>,
) -> Result<Booked, AppError> {
    let state = app_state()?;
    let worker = target(&state.db, user, worker_id, kind).await?;
    let slot = open_slot(&state.db, user, slot_id).await?;
    let consent =
        online::consent_for_booking(&state.db, user, kind, worker.id, &slot, consent).await?;
    let late = is_late(&state.db, user, worker.id, kind, slot.starts_at).await?;
    let mut tx = state.db.begin().await?;
    if let Some(consent) = &consent {
        online::give(&mut tx, user, worker.id, consent).await?;
    }
    let id = db::book(
        &mut tx,
        &NewBooking {
            organization_id: user.organization_id,
            slot_id,
            worker_id: worker.id,
            kind: kind.code(),
            booked_by: user.id,
        },
    )
    .await
    .map_err(book_error)?;
    if kind == InterviewKind::Worker {
        requests::answered_by_booking(&mut tx, worker.id).await?;
    }
    audit(
        &mut tx,
        user,
        AuditAction::InterviewBooked,
        id,
        json!({ "slot_id": slot_id, "worker_id": worker.id, "kind": kind.code(), "starts_at": slot.starts_at }),
    )
    .await?;
    let about = About {
        booking: id,
        worker: worker.id,
        kind,
        starts_at: slot.starts_at,
    };
    notices::tell(&mut tx, user, about, Change::Booked).await?;
    tx.commit().await?;
    Ok(Booked { id, late })
}

/// The booking `user` may change, still live, at `version`, before the cut-off.
async fn changeable_booking(
    user: &CurrentUser,
    id: BookingId,
    version: i64,
) -> Result<db::BookingRow, AppError> {
    let state = app_state()?;
    let row = db::booking(&state.db, user.organization_id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let kind = InterviewKind::from_code(&row.kind).map_err(|_| AppError::Internal)?;
    target(&state.db, user, Some(row.worker_id), kind).await?;
    if row.version != version || row.status != "booked" {
        return Err(AppError::Conflict);
    }
    if !changeable(
        row.starts_at,
        Utc::now(),
        app_state()?.interviews.cutoff_hours,
    ) {
        return Err(refuse("booking", "past_cutoff"));
    }
    Ok(row)
}

/// Moves a booking into another free slot (after the due date too: then it is late).
pub async fn reschedule(
    user: &CurrentUser,
    id: BookingId,
    version: i64,
    slot_id: SlotId,
    consent: Option<&str>,
) -> Result<Booked, AppError> {
    let row = changeable_booking(user, id, version).await?;
    let state = app_state()?;
    let slot = open_slot(&state.db, user, slot_id).await?;
    let kind = InterviewKind::from_code(&row.kind).map_err(|_| AppError::Internal)?;
    let consent =
        online::consent_for_booking(&state.db, user, kind, row.worker_id, &slot, consent).await?;
    let late = is_late(&state.db, user, row.worker_id, kind, slot.starts_at).await?;
    let mut tx = state.db.begin().await?;
    if let Some(consent) = &consent {
        online::give(&mut tx, user, row.worker_id, consent).await?;
    }
    db::reschedule(&mut tx, user.organization_id, id, version, slot_id)
        .await
        .map_err(book_error)?;
    audit(
        &mut tx,
        user,
        AuditAction::InterviewRescheduled,
        id,
        json!({ "from_slot": row.slot_id, "to_slot": slot_id, "starts_at": slot.starts_at }),
    )
    .await?;
    let about = About {
        booking: id,
        worker: row.worker_id,
        kind,
        starts_at: slot.starts_at,
    };
    notices::tell(&mut tx, user, about, Change::Moved).await?;
    tx.commit().await?;
    Ok(Booked { id, late })
}

/// Cancels a booking, saying why.
pub async fn cancel(
    user: &CurrentUser,
    id: BookingId,
    version: i64,
    reason: &str,
) -> Result<(), AppError> {
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(refuse("reason", "reason_missing"));
    }
    if reason.chars().count() > 500 {
        return Err(refuse("reason", "too_long"));
    }
    let row = changeable_booking(user, id, version).await?;
    let state = app_state()?;
    let mut tx = state.db.begin().await?;
    db::cancel(&mut tx, user.organization_id, id, version, reason)
        .await
        .map_err(book_error)?;
    audit(
        &mut tx,
        user,
        AuditAction::InterviewCancelled,
        id,
        json!({ "slot_id": row.slot_id, "reason": reason }),
    )
    .await?;
    let about = About {
        booking: id,
        worker: row.worker_id,
        kind: InterviewKind::from_code(&row.kind).map_err(|_| AppError::Internal)?,
        starts_at: row.starts_at,
    };
    notices::tell(&mut tx, user, about, Change::Cancelled).await?;
    tx.commit().await?;
    Ok(())
}
