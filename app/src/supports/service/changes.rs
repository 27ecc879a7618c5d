//! Every change to a support: read, checked against the status machine and the version
//! it was made from, written with its audit row in one transaction.

use serde_json::json;

use crate::supports::{
    db::{self, Change, Mark, NewDelivery, NewSupport, SupportRow, VOLUNTARY},
    service::{kind_of, status_of},
};
use crate::{
    auth::{Caller, CurrentUser, client_ip, visible, visible_worker},
    db::{AuditEntry, Tx, write_audit},
    domain::{
        AuditAction, DeliveryFields, DeliveryId, SupportAction, SupportId, SupportKind,
        SupportStatus, Timing, WorkerId, check_delivery, check_past_day, check_required_text,
        check_timing, check_title, sessions_text,
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
    let from = status_of(&row)?;
    let to = match kind_of(&row)? {
        Some(kind) => from.after(action, kind),
        None => from.after_for(action, false),
    }
    .map_err(|_| AppError::validation("status", "supports.err_illegal"))?;
    Ok(Started { row, from, to })
}

/// The delivery an acknowledgement or a sending back is about: the support's latest.
fn latest(row: &SupportRow) -> Result<DeliveryId, AppError> {
    row.delivery_id
        .ok_or(AppError::validation("status", "supports.err_illegal"))
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
                "delivery": r.delivery_id,
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

/// What a recording does: a first delivery, one more of a recurring support, or a
/// correction (a new version of a delivery, with its reason).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Intent<'a> {
    /// The first delivery of a planned support; on a delivered one, a correction of its
    /// latest delivery (then the reason is required).
    Record { reason: &'a str },
    /// One more delivery of a recurring support.
    Again,
    /// The worker moved: housing help on the day of the move (on the housing support only),
    /// and the residence registration due again 14 days later.
    Move,
    /// A correction of `corrects` (the latest when `None`).
    Correct {
        corrects: Option<DeliveryId>,
        reason: &'a str,
    },
}

/// Staff record a delivery: the first, one more, or a correction (which reopens the
/// support for the confirmations; the version it replaces stays in the history). Its days
/// and length are checked against the worker's dates; a guidance under the usual length
/// needs `short_confirmed`.
pub async fn record(
    user: &CurrentUser,
    id: SupportId,
    version: i64,
    fields: &DeliveryFields<'_>,
    intent: Intent<'_>,
    short_confirmed: bool,
) -> Result<(), AppError> {
    user.require_staff()?;
    let row = load(user, id, version).await?;
    let planned = status_of(&row)? == SupportStatus::Planned;
    let (action, corrects, reason) = match intent {
        Intent::Record { .. } if planned => (SupportAction::RecordDone, None, None),
        Intent::Again => (SupportAction::RecordAgain, None, None),
        Intent::Move if row.kind != SupportKind::HousingAndContracts.code() => {
            return Err(AppError::validation("status", "supports.err_illegal"));
        }
        Intent::Move if planned => (SupportAction::RecordDone, None, None),
        Intent::Move => (SupportAction::RecordAgain, None, None),
        Intent::Record { reason } => (SupportAction::Correct, None, Some(reason)),
        Intent::Correct { corrects, reason } => (SupportAction::Correct, corrects, Some(reason)),
    };
    let kind = kind_of(&row)?;
    let delivery = check_delivery(kind, fields, today_in_japan(), is_supported)
        .map_err(|p| AppError::validation(p.field, p.message_key))?;
    // One more delivery of a recurring support is due by no day; a correction of one
    // given once is measured against the same day as the first record.
    let due = match action {
        SupportAction::RecordDone => row.due_on,
        SupportAction::Correct if !kind.is_some_and(SupportKind::recurs) => row.due_on,
        _ => None,
    };
    let days = (delivery.first_day, delivery.delivered_on);
    let timing = match kind {
        Some(kind) => {
            let situation = crate::workers::worker_situation(user, row.worker_id).await?;
            check_timing(
                kind,
                &situation,
                days,
                delivery.duration_minutes,
                due,
                short_confirmed,
            )
            .map_err(|p| AppError::validation(p.field, p.message_key))?
        }
        None if due.is_some_and(|due| delivery.delivered_on > due) => Timing::Late,
        None => Timing::OnTime,
    };
    let sessions = sessions_text(&delivery.sessions);
    let correction = match reason {
        Some(reason) => {
            let reason = check_required_text(reason, "correction_reason")
                .map_err(|p| AppError::validation(p.field, p.message_key))?;
            let state = app_state()?;
            let current = db::deliveries(&state.db, user.organization_id, row.id).await?;
            let target = corrects.or(row.delivery_id);
            // Only a current version of this support's own deliveries can be corrected.
            let found = current
                .iter()
                .any(|d| Some(d.id) == target && d.superseded_at.is_none());
            let Some(target) = target.filter(|_| found) else {
                return Err(AppError::validation("status", "supports.err_illegal"));
            };
            Some((target, reason))
        }
        None => None,
    };
    let started = transition(row, action)?;
    let minutes = i32::try_from(delivery.duration_minutes).map_err(|_| AppError::Internal)?;
    let new = NewDelivery {
        organization_id: user.organization_id,
        support_id: started.row.id,
        corrects: correction
            .as_ref()
            .map(|(id, reason)| (*id, reason.as_str())),
        delivered_on: delivery.delivered_on,
        duration_minutes: minutes,
        delivered_by: &delivery.delivered_by,
        language: &delivery.language,
        interpreter: None,
        mode: delivery.mode.code(),
        place: &delivery.place,
        content: &delivery.content,
        internal_note: &delivery.internal_note,
        sessions: (!sessions.is_empty()).then_some(sessions.as_str()),
        late: timing == Timing::Late,
        recorded_by: user.id,
    };
    let state = app_state()?;
    let mut tx = state.db.begin().await?;
    let new_id = db::insert_delivery(&mut tx, &new).await?;
    let updated = db::move_line(&mut tx, &started.change(user)).await?;
    let audit_action = match action {
        SupportAction::RecordDone => AuditAction::SupportRecorded,
        SupportAction::RecordAgain => AuditAction::SupportDeliveredAgain,
        _ => AuditAction::SupportCorrected,
    };
    let extra = json!({
        "delivery": new_id,
        "corrects": correction.as_ref().map(|(id, _)| id),
        "reason": correction.as_ref().map(|(_, reason)| reason),
        "delivered_on": delivery.delivered_on,
        "duration_minutes": delivery.duration_minutes,
        "delivered_by": delivery.delivered_by,
        "language": delivery.language,
        "mode": delivery.mode.code(),
        "sessions": sessions,
        "late": timing == Timing::Late,
    });
    started
        .audit(&mut tx, user, updated, audit_action, extra)
        .await?;
    if intent == Intent::Move {
        registration_due_again(&mut tx, user, &started.row, delivery.delivered_on).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// After a move on `moved_on`: the worker's residence-registration support (support 5) is
/// planned again, due 14 days later, in the move's transaction with its own audit row. A
/// support staff found not applicable is left as it is.
async fn registration_due_again(
    tx: &mut Tx,
    user: &CurrentUser,
    housing: &SupportRow,
    moved_on: chrono::NaiveDate,
) -> Result<(), AppError> {
    let kind = SupportKind::PublicProcedures;
    let Some(line) = db::plan_lines(tx, user.organization_id, housing.worker_id)
        .await?
        .into_iter()
        .find(|l| l.kind == kind.code())
    else {
        return Ok(());
    };
    let from = SupportStatus::from_code(&line.status).map_err(|_| AppError::Internal)?;
    let Ok(to) = from.after(SupportAction::DueAgain, kind) else {
        return Ok(());
    };
    let due = crate::domain::registration_due_after_move(moved_on);
    if !db::replan_line(tx, &line, to.code(), due, None, user.id).await? {
        return Err(AppError::Conflict);
    }
    let state = app_state()?;
    write_audit(
        tx,
        AuditEntry {
            organization_id: Some(user.organization_id),
            actor_user_id: Some(user.id),
            action: AuditAction::SupportDueAgain,
            entity: "support",
            entity_id: Some(line.id.uuid()),
            detail: json!({
                "worker": housing.worker_id,
                "kind": kind.code(),
                "from": from.code(),
                "to": to.code(),
                "moved_on": moved_on,
                "due_on": due,
            }),
            ip: client_ip(&state),
        },
    )
    .await?;
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
    write_mark(user, started, mark, audit_action, extra).await
}

async fn write_mark(
    user: &CurrentUser,
    started: Started,
    mark: Mark<'_>,
    audit_action: AuditAction,
    extra: serde_json::Value,
) -> Result<(), AppError> {
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

/// Staff record that a support that applies could not be delivered: the written reason
/// of the form for non-implementation and the day, both required.
pub async fn not_delivered(
    user: &CurrentUser,
    id: SupportId,
    version: i64,
    reason: &str,
    on: &str,
) -> Result<(), AppError> {
    user.require_staff()?;
    let reason = check_required_text(reason, "not_delivered_reason")
        .map_err(|p| AppError::validation(p.field, p.message_key))?;
    let on = check_past_day(on, "not_delivered_on", today_in_japan())
        .map_err(|p| AppError::validation(p.field, p.message_key))?;
    change_status(
        user,
        id,
        version,
        SupportAction::MarkNotDelivered,
        Mark::NotDelivered {
            reason: &reason,
            on,
        },
        AuditAction::SupportNotDelivered,
        json!({ "reason": reason, "on": on }),
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

/// The worker confirms they received the support: its latest delivery.
pub async fn acknowledge(user: &CurrentUser, id: SupportId, version: i64) -> Result<(), AppError> {
    if !matches!(user.caller, Caller::Worker { .. }) {
        return Err(AppError::Forbidden);
    }
    let started = start(user, id, version, SupportAction::Acknowledge).await?;
    let delivery = latest(&started.row)?;
    write_mark(
        user,
        started,
        Mark::Acknowledge { delivery },
        AuditAction::SupportAcknowledged,
        json!({ "delivery": delivery }),
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
    let started = start(user, id, version, SupportAction::SendBack).await?;
    let delivery = latest(&started.row)?;
    write_mark(
        user,
        started,
        Mark::SendBack {
            delivery,
            comment: &comment,
        },
        AuditAction::SupportSentBack,
        json!({ "comment": comment, "delivery": delivery }),
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
            reason: None,
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
