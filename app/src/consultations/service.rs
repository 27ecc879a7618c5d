//! The rules of consultations. Every change is one transaction: the message or status,
//! its audit row and the notifications it causes. The employing company never reaches a
//! thread (complaints about the employer must be safe to make): every entry point refuses
//! company users before reading anything.

pub(super) mod staff;

use chrono::Utc;
use serde_json::json;

use super::{
    db::hours,
    db::{self, Head, NewMessage, NewThread, Photo},
};
use crate::{
    auth::{Caller, CurrentUser, OfWorker, WorkerScope, visible},
    db::{AuditEntry, Tx, write_audit},
    domain::{
        AuditAction, ConsultationCategory, ConsultationId, ConsultationStatus, MessageId, WorkerId,
        check_message, check_opening_hours, tokyo,
    },
    error::AppError,
    notifications::{self as notify, Notice},
    paths,
    state::AppState,
};

/// A message as it came in: the text and, when sent, the stored photo.
#[derive(Debug)]
pub struct Incoming<'a> {
    pub body: &'a str,
    pub photo: Option<Photo<'a>>,
}

/// A thread is its worker's, for the access rule.
impl OfWorker for Head {
    fn worker(&self) -> WorkerScope {
        WorkerScope {
            worker_id: self.worker_id,
            company_id: self.company_id,
        }
    }
}

/// Who may act on a thread: its own worker, or staff of its organization. A company user
/// is refused outright, though the rule would let it see its workers; someone else's
/// thread does not exist.
pub async fn target(
    state: &AppState,
    user: &CurrentUser,
    id: ConsultationId,
) -> Result<Head, AppError> {
    if matches!(user.caller, Caller::Company { .. }) {
        return Err(AppError::Forbidden);
    }
    visible(user, db::head(&state.db, user.organization_id, id).await?)
}

/// Checks the text before anything is stored.
pub fn checked_body(body: &str) -> Result<&str, AppError> {
    check_message(body).map_err(|problem| AppError::validation("body", problem.key()))
}

/// A worker opens a consultation; staff hear of it at once (an urgent one says so).
pub async fn open(
    state: &AppState,
    user: &CurrentUser,
    ip: Option<String>,
    category: ConsultationCategory,
    urgent: bool,
    message: &Incoming<'_>,
) -> Result<ConsultationId, AppError> {
    let worker_id = own_worker(user)?;
    let body = checked_body(message.body)?;
    let thread = NewThread {
        worker_id,
        category,
        urgent,
        about_record: false,
        assigned_to: None,
    };
    let mut tx = state.db.begin().await?;
    let id = open_thread(&mut tx, user, ip, thread, body, message).await?;
    let staff = notify::staff_of(&mut tx, user.organization_id).await?;
    let notice = Notice::ConsultationOpened {
        worker: notify::worker_name(&mut tx, worker_id).await?,
        category,
        urgent,
    };
    notify::notify_all(
        &mut tx,
        user.organization_id,
        &staff,
        &notice,
        &paths::staff_consultation(id),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// A worker points out a mistake in their record (from their own record page): a thread
/// about the record, given at once to their 支援担当者, who is told; with no officer in
/// charge, all staff are.
pub async fn point_out_record_mistake(
    state: &AppState,
    user: &CurrentUser,
    ip: Option<String>,
    body: &str,
) -> Result<ConsultationId, AppError> {
    let worker_id = own_worker(user)?;
    let body = checked_body(body)?;
    let worker = crate::workers::worker_target(&state.db, user.organization_id, worker_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut tx = state.db.begin().await?;
    let staff = notify::staff_of(&mut tx, user.organization_id).await?;
    // The officer, if still one of the organization's active staff.
    let officer = worker
        .support_officer_id
        .filter(|officer| staff.contains(officer));
    let thread = NewThread {
        worker_id,
        category: ConsultationCategory::Other,
        urgent: false,
        about_record: true,
        assigned_to: officer,
    };
    let message = Incoming { body, photo: None };
    let id = open_thread(&mut tx, user, ip, thread, body, &message).await?;
    let readers = officer.map_or(staff, |officer| vec![officer]);
    let notice = Notice::RecordMistake {
        worker: worker.name,
    };
    notify::notify_all(
        &mut tx,
        user.organization_id,
        &readers,
        &notice,
        &paths::staff_consultation(id),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// The thread, its first message and its audit row.
async fn open_thread(
    tx: &mut Tx,
    user: &CurrentUser,
    ip: Option<String>,
    thread: NewThread,
    body: &str,
    message: &Incoming<'_>,
) -> Result<ConsultationId, AppError> {
    let now = Utc::now();
    let id = db::insert_consultation(tx, user.organization_id, thread, now).await?;
    let message_id = insert(tx, user, id, false, body, message, now).await?;
    audit(
        tx,
        user,
        ip,
        AuditAction::ConsultationOpened,
        id,
        json!({
            "message_id": message_id,
            "category": thread.category.code(),
            "urgent": thread.urgent,
            "about_record": thread.about_record,
            "assigned_to": thread.assigned_to,
            "photo": message.photo.is_some(),
        }),
    )
    .await?;
    Ok(id)
}

/// A message in a thread: from its worker (staff owe an answer), or from staff (a reply
/// the worker is told of, or a note the worker never sees).
pub async fn add_message(
    state: &AppState,
    user: &CurrentUser,
    ip: Option<String>,
    head: &Head,
    internal: bool,
    message: &Incoming<'_>,
) -> Result<(), AppError> {
    let from_staff = user.caller.is_staff();
    if internal && !from_staff {
        return Err(AppError::Forbidden);
    }
    let body = checked_body(message.body)?;
    let now = Utc::now();
    let mut tx = state.db.begin().await?;
    let message_id = insert(&mut tx, user, head.id, internal, body, message, now).await?;
    let action = match (from_staff, internal) {
        (true, true) => AuditAction::ConsultationNoted,
        (true, false) => AuditAction::ConsultationReplied,
        (false, _) => AuditAction::ConsultationMessage,
    };
    if !internal {
        let status = ConsultationStatus::after_message(from_staff);
        db::after_message(&mut tx, head.id, status, now).await?;
    }
    audit(
        &mut tx,
        user,
        ip,
        action,
        head.id,
        json!({ "message_id": message_id, "photo": message.photo.is_some() }),
    )
    .await?;
    match (from_staff, internal) {
        (true, false) => {
            if let Some(worker_user) = head.worker_user_id {
                let link = paths::my_consultation(head.id);
                let notice = Notice::ConsultationReply;
                notify::notify_all(
                    &mut tx,
                    head.organization_id,
                    &[worker_user],
                    &notice,
                    &link,
                )
                .await?;
            }
        }
        (false, _) => {
            // The one who handles it hears first; nobody yet, then every staff member.
            let staff = match head.assigned_to {
                Some(staff) => vec![staff],
                None => notify::staff_of(&mut tx, head.organization_id).await?,
            };
            let notice = Notice::ConsultationMessage {
                worker: head.worker_name.clone(),
            };
            let link = paths::staff_consultation(head.id);
            notify::notify_all(&mut tx, head.organization_id, &staff, &notice, &link).await?;
        }
        (true, true) => {}
    }
    tx.commit().await?;
    Ok(())
}

async fn insert(
    tx: &mut Tx,
    user: &CurrentUser,
    consultation_id: ConsultationId,
    internal: bool,
    body: &str,
    message: &Incoming<'_>,
    now: chrono::DateTime<Utc>,
) -> Result<MessageId, AppError> {
    Ok(db::insert_message(
        tx,
        &NewMessage {
            organization_id: user.organization_id,
            consultation_id,
            author_id: user.id,
            internal,
            body,
            photo: message.photo,
            now,
        },
    )
    .await?)
}

fn own_worker(user: &CurrentUser) -> Result<WorkerId, AppError> {
    user.caller.worker_id().ok_or(AppError::Forbidden)
}

pub(super) async fn audit(
    tx: &mut Tx,
    user: &CurrentUser,
    ip: Option<String>,
    action: AuditAction,
    id: ConsultationId,
    detail: serde_json::Value,
) -> Result<(), sqlx::Error> {
    write_audit(
        tx,
        AuditEntry {
            organization_id: Some(user.organization_id),
            actor_user_id: Some(user.id),
            action,
            entity: "consultation",
            entity_id: Some(id.uuid()),
            detail,
            ip,
        },
    )
    .await
}

/// Staff set the week's opening hours (at least 3 weekdays and 1 weekend day).
pub async fn save_hours(
    state: &AppState,
    user: &CurrentUser,
    days: &[crate::domain::OpeningDay],
    phone: Option<&str>,
) -> Result<(), AppError> {
    user.require_staff()?;
    check_opening_hours(days).map_err(|problem| AppError::validation("hours", problem.key()))?;
    let mut tx = state.db.begin().await?;
    hours::save(
        &mut tx,
        user.organization_id,
        days,
        Some(user.id),
        Utc::now(),
    )
    .await?;
    hours::save_phone(
        &mut tx,
        user.organization_id,
        phone,
        Some(user.id),
        Utc::now(),
    )
    .await?;
    let week: Vec<_> = days
        .iter()
        .map(|d| json!({ "weekday": d.weekday, "opens": d.opens.format("%H:%M").to_string(), "closes": d.closes.format("%H:%M").to_string() }))
        .collect();
    write_audit(
        &mut tx,
        AuditEntry {
            organization_id: Some(user.organization_id),
            actor_user_id: Some(user.id),
            action: AuditAction::OpeningHoursSet,
            entity: "organization",
            entity_id: Some(user.organization_id.uuid()),
            detail: json!({ "days": week, "phone": phone }),
            ip: crate::auth::client_ip(state),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Whether someone answers right now, in Japan time.
pub fn open_now(days: &[crate::domain::OpeningDay]) -> bool {
    crate::domain::is_open(days, tokyo::local(Utc::now()))
}
