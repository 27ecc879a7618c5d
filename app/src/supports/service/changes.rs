//! Every change to a support: read, checked against the status machine and the version
//! it was made from, written with its audit row in one transaction.

use serde_json::json;

use crate::supports::{
    db::{self, Change, DeliveryValues, Mark, NewSupport, SupportRow, VOLUNTARY},
    service::{kind_of, status_of},
};
use crate::{
    auth::{Caller, CurrentUser, client_ip, visible, visible_worker},
    db::{AuditEntry, Tx, write_audit},
    domain::{
        AuditAction, DeliveryFields, SupportAction, SupportId, SupportKind, SupportStatus,
        WorkerId, check_delivery, check_required_text, check_title,
    },
    error::AppError,
    locale::{is_supported, today_in_japan},
    paths,
    state::app_state,
};

/// What every change starts with: the row as `user` may see it, still at `version`, and
/// the status `action` moves it to.
///
/// Read outside the transaction on purpose: the transaction then begins with its write,
/// the `UPDATE … WHERE version = $v` that proves nothing changed since this read. (On
/// SQLite a transaction that reads first cannot always upgrade to a writer while another
/// writes; it would fail instead of waiting.)
struct Started {
    row: SupportRow,
    from: SupportStatus,
    to: SupportStatus,
}

async fn load(user: &CurrentUser, id: SupportId, version: i64) -> Result<SupportRow, AppError> {
    let state = app_state()?;
    let row = visible(user, db::find(&state.db, user.organization_id, id).await?)?;
    if row.version != version {
        return Err(AppError::Conflict);
    }
    Ok(row)
}

fn transition(row: SupportRow, action: SupportAction) -> Result<Started, AppError> {
    let needs_acknowledgement =
        kind_of(&row)?.is_some_and(SupportKind::needs_worker_acknowledgement);
    let from = status_of(&row)?;
    let to = from
        .after_for(action, needs_acknowledgement)
        .map_err(|_| AppError::validation("status", "supports.err_illegal"))?;
    Ok(Started { row, from, to })
}

async fn start(
    user: &CurrentUser,
    id: SupportId,
    version: i64,
    action: SupportAction,
) -> Result<Started, AppError> {
    transition(load(user, id, version).await?, action)
}

impl Started {
    fn change(&self, user: &CurrentUser) -> Change<'static> {
        Change {
            organization_id: user.organization_id,
            id: self.row.id,
            version: self.row.version,
            status: self.to.code(),
            by: user.id,
        }
    }

    /// Writes the audit row of the change, unless the update found the row changed
    /// meanwhile (then the caller's transaction rolls back).
    async fn audit(
        &self,
        tx: &mut Tx,
        user: &CurrentUser,
        updated: bool,
        action: AuditAction,
        extra: serde_json::Value,
    ) -> Result<(), AppError> {
        if !updated {
            return Err(AppError::Conflict);
        }
        let state = app_state()?;
        let r = &self.row;
        let detail = json!({
            "worker": r.worker_id,
            "kind": r.kind,
            "from": self.from.code(),
            "to": self.to.code(),
            "before": {
                "delivered_on": r.delivered_on,
                "duration_minutes": r.duration_minutes,
                "delivered_by": r.delivered_by,
                "language": r.language,
                "mode": r.mode,
                "place": r.place,
                "content": r.content,
                "internal_note": r.internal_note,
                "acknowledged_by": r.acknowledged_by_name,
                "confirmed_by": r.confirmed_by_name,
            },
            "change": extra,
        });
        write_audit(
            tx,
            AuditEntry {
                organization_id: Some(user.organization_id),
                actor_user_id: Some(user.id),
                action,
                entity: "support",
                entity_id: Some(r.id.uuid()),
                detail,
                ip: client_ip(&state),
            },
        )
        .await?;
        self.tell_next(tx, user).await
    }

    /// Whoever must act next hears of it: the worker when a support waits for their
    /// acknowledgement, the company's users when it waits for their confirmation.
    async fn tell_next(&self, tx: &mut Tx, user: &CurrentUser) -> Result<(), AppError> {
        use crate::notifications::{self as notify, Notice};
        // A voluntary support has no kind to name; its page lists it all the same.
        let Some(support) = kind_of(&self.row)? else {
            return Ok(());
        };
        let delivered = matches!(self.to, SupportStatus::Done | SupportStatus::Reopened);
        let needs_worker = support.needs_worker_acknowledgement();
        let link = paths::support(self.row.id);
        let organization = user.organization_id;
        if delivered && needs_worker {
            if let Some(worker_user) = notify::user_of_worker(tx, self.row.worker_id).await? {
                let notice = Notice::SupportToAcknowledge { support };
                notify::notify_all(tx, organization, &[worker_user], &notice, &link).await?;
            }
        } else if delivered || self.to == SupportStatus::Acknowledged {
            let company = notify::company_users_of_worker(tx, self.row.worker_id).await?;
            let notice = Notice::SupportToConfirm {
                worker: self.row.worker_name.clone(),
                support,
            };
            notify::notify_all(
                tx,
                organization,
                &company,
                &notice,
                "/company/confirmations",
            )
            .await?;
        }
        Ok(())
    }
}

/// Staff record a delivery, or correct one (which reopens it for the confirmations).
pub async fn record(
    user: &CurrentUser,
    id: SupportId,
    version: i64,
    fields: &DeliveryFields<'_>,
) -> Result<(), AppError> {
    user.require_staff()?;
    let row = load(user, id, version).await?;
    let action = match status_of(&row)? {
        SupportStatus::Planned => SupportAction::RecordDone,
        _ => SupportAction::Correct,
    };
    let delivery = check_delivery(kind_of(&row)?, fields, today_in_japan(), is_supported)
        .map_err(|p| AppError::validation(p.field, p.message_key))?;
    let started = transition(row, action)?;
    let minutes = i32::try_from(delivery.duration_minutes).map_err(|_| AppError::Internal)?;
    let values = DeliveryValues {
        delivered_on: delivery.delivered_on,
        duration_minutes: minutes,
        delivered_by: &delivery.delivered_by,
        language: &delivery.language,
        mode: delivery.mode.code(),
        place: &delivery.place,
        content: &delivery.content,
        internal_note: &delivery.internal_note,
    };
    let state = app_state()?;
    let mut tx = state.db.begin().await?;
    let updated = db::record_delivery(&mut tx, &started.change(user), &values).await?;
    let audit_action = match action {
        SupportAction::RecordDone => AuditAction::SupportRecorded,
        _ => AuditAction::SupportCorrected,
    };
    let extra = json!({
        "delivered_on": delivery.delivered_on,
        "duration_minutes": delivery.duration_minutes,
        "delivered_by": delivery.delivered_by,
        "language": delivery.language,
        "mode": delivery.mode.code(),
    });
    started
        .audit(&mut tx, user, updated, audit_action, extra)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// A status change without a delivery: one transaction, one audit row.
async fn change_status(
    user: &CurrentUser,
    id: SupportId,
    version: i64,
    action: SupportAction,
    mark: Mark<'_>,
    audit_action: AuditAction,
    extra: serde_json::Value,
) -> Result<(), AppError> {
    let started = start(user, id, version, action).await?;
    let state = app_state()?;
    let mut tx = state.db.begin().await?;
    let updated = db::mark(&mut tx, &started.change(user), mark).await?;
    started
        .audit(&mut tx, user, updated, audit_action, extra)
        .await?;
    tx.commit().await?;
    Ok(())
}

pub async fn not_applicable(
    user: &CurrentUser,
    id: SupportId,
    version: i64,
    reason: &str,
) -> Result<(), AppError> {
    user.require_staff()?;
    let reason = check_required_text(reason, "reason")
        .map_err(|p| AppError::validation(p.field, p.message_key))?;
    change_status(
        user,
        id,
        version,
        SupportAction::MarkNotApplicable,
        Mark::NotApplicable { reason: &reason },
        AuditAction::SupportNotApplicable,
        json!({ "reason": reason }),
    )
    .await
}

pub async fn replan(user: &CurrentUser, id: SupportId, version: i64) -> Result<(), AppError> {
    user.require_staff()?;
    change_status(
        user,
        id,
        version,
        SupportAction::Replan,
        Mark::Replan,
        AuditAction::SupportReplanned,
        json!({}),
    )
    .await
}

/// The worker confirms they received the support.
pub async fn acknowledge(user: &CurrentUser, id: SupportId, version: i64) -> Result<(), AppError> {
    if !matches!(user.caller, Caller::Worker { .. }) {
        return Err(AppError::Forbidden);
    }
    change_status(
        user,
        id,
        version,
        SupportAction::Acknowledge,
        Mark::Acknowledge,
        AuditAction::SupportAcknowledged,
        json!({}),
    )
    .await
}

/// The company sends a record back to staff with a comment.
pub async fn send_back(
    user: &CurrentUser,
    id: SupportId,
    version: i64,
    comment: &str,
) -> Result<(), AppError> {
    if !matches!(user.caller, Caller::Company { .. }) {
        return Err(AppError::Forbidden);
    }
    let comment = check_required_text(comment, "comment")
        .map_err(|p| AppError::validation(p.field, p.message_key))?;
    change_status(
        user,
        id,
        version,
        SupportAction::SendBack,
        Mark::SendBack { comment: &comment },
        AuditAction::SupportSentBack,
        json!({ "comment": comment }),
    )
    .await
}

/// The company confirms one or several supports at once, in one transaction: all of them
/// or, when one was changed meanwhile or is not waiting, none.
pub async fn confirm(user: &CurrentUser, items: &[(SupportId, i64)]) -> Result<(), AppError> {
    if !matches!(user.caller, Caller::Company { .. }) {
        return Err(AppError::Forbidden);
    }
    if items.is_empty() {
        return Err(AppError::validation("items", "supports.err_none_chosen"));
    }
    let mut started = Vec::with_capacity(items.len());
    for &(id, version) in items {
        started.push(start(user, id, version, SupportAction::Confirm).await?);
    }
    let state = app_state()?;
    let mut tx = state.db.begin().await?;
    for one in &started {
        let updated = db::mark(&mut tx, &one.change(user), Mark::Confirm).await?;
        one.audit(
            &mut tx,
            user,
            updated,
            AuditAction::SupportConfirmed,
            json!({}),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Staff add a voluntary support (任意的支援) to a worker's plan.
pub async fn add_voluntary(
    user: &CurrentUser,
    worker_id: WorkerId,
    title: &str,
    due_on: &str,
) -> Result<SupportId, AppError> {
    user.require_staff()?;
    let title = check_title(title).map_err(|p| AppError::validation(p.field, p.message_key))?;
    let due_on = match due_on.trim() {
        "" => None,
        text => Some(
            chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
                .map_err(|_| AppError::validation("due_on", "supports.err_date"))?,
        ),
    };
    // Another tenant's or a made-up worker is "not found".
    let state = app_state()?;
    visible_worker(&state.db, user, worker_id).await?;
    let mut tx = state.db.begin().await?;
    let id = db::insert(
        &mut tx,
        &NewSupport {
            organization_id: user.organization_id,
            worker_id,
            kind: VOLUNTARY,
            title: Some(&title),
            status: SupportStatus::Planned.code(),
            due_on,
            not_applicable_reason: None,
        },
    )
    .await?;
    write_audit(
        &mut tx,
        AuditEntry {
            organization_id: Some(user.organization_id),
            actor_user_id: Some(user.id),
            action: AuditAction::SupportAdded,
            entity: "support",
            entity_id: Some(id.uuid()),
            detail: json!({ "worker": worker_id, "title": title, "due_on": due_on }),
            ip: client_ip(&state),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}
