//! Writing consultations (reads are in `db/queries.rs`). Every query names the organization, or
//! a thread already found in it.

pub(super) mod hours;
pub(super) mod queries;

use chrono::{DateTime, Utc};

use crate::{
    db::{Db, Tx, execute, fetch},
    domain::{
        CompanyId, ConsultationCategory, ConsultationId, ConsultationRecord, ConsultationStatus,
        MessageId, OrganizationId, UserId, WorkerId,
    },
};

/// What every change needs to know about a thread first.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Head {
    pub id: ConsultationId,
    pub organization_id: OrganizationId,
    pub worker_id: WorkerId,
    /// The worker's company, for the access rule (which refuses it all the same).
    pub company_id: CompanyId,
    pub worker_user_id: Option<UserId>,
    pub worker_name: String,
    pub assigned_to: Option<UserId>,
    pub opened_at: DateTime<Utc>,
    pub version: i64,
}

pub async fn head(
    db: &Db,
    organization_id: OrganizationId,
    id: ConsultationId,
) -> Result<Option<Head>, sqlx::Error> {
    fetch!(optional Head, db,
        "SELECT c.id, c.organization_id, c.worker_id, w.company_id,
                w.user_id AS worker_user_id,
                w.family_name || ' ' || w.given_name AS worker_name,
                c.assigned_to, c.opened_at, c.version
         FROM consultations c JOIN workers w ON w.id = c.worker_id
         WHERE c.id = $1 AND c.organization_id = $2",
        id, organization_id,
    )
}

/// A new thread, before its first message.
#[derive(Debug, Clone, Copy)]
pub struct NewThread {
    pub worker_id: WorkerId,
    pub category: ConsultationCategory,
    pub urgent: bool,
    /// Opened from the worker's record page: a mistake in the record.
    pub about_record: bool,
    /// Given to someone at once (the worker's officer, for a mistake in the record).
    pub assigned_to: Option<UserId>,
}

pub async fn insert_consultation(
    tx: &mut Tx,
    organization_id: OrganizationId,
    new: NewThread,
    now: DateTime<Utc>,
) -> Result<ConsultationId, sqlx::Error> {
    let id = ConsultationId::new_v7();
    execute!(tx: tx,
        "INSERT INTO consultations
             (id, organization_id, worker_id, category, urgent, about_record, assigned_to,
              status, opened_at, last_message_at, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'waiting', $8, $8, $8, $8)",
        id, organization_id, new.worker_id, new.category.code(), new.urgent, new.about_record,
        new.assigned_to, now,
    )
    .map(|_| ())?;
    Ok(id)
}

/// A photo stored with a message.
#[derive(Debug, Clone, Copy)]
pub struct Photo<'a> {
    pub key: &'a str,
    pub thumbnail_key: Option<&'a str>,
    pub sha256: &'a str,
    pub size_bytes: i64,
}

#[derive(Debug)]
pub struct NewMessage<'a> {
    pub organization_id: OrganizationId,
    pub consultation_id: ConsultationId,
    pub author_id: UserId,
    pub internal: bool,
    pub body: &'a str,
    pub photo: Option<Photo<'a>>,
    pub now: DateTime<Utc>,
}

pub async fn insert_message(tx: &mut Tx, new: &NewMessage<'_>) -> Result<MessageId, sqlx::Error> {
    let id = MessageId::new_v7();
    let photo = new.photo.as_ref();
    execute!(tx: tx,
        "INSERT INTO consultation_messages
             (id, organization_id, consultation_id, author_id, internal, body, photo_key,
              photo_thumbnail_key, photo_sha256, photo_size_bytes, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        id,
        new.organization_id,
        new.consultation_id,
        new.author_id,
        new.internal,
        new.body,
        photo.map(|p| p.key),
        photo.and_then(|p| p.thumbnail_key),
        photo.map(|p| p.sha256),
        photo.map(|p| p.size_bytes),
        new.now,
    )
    .map(|_| ())?;
    Ok(id)
}

/// The thread after a message to the other side: who owes an answer, and when.
pub async fn after_message(
    tx: &mut Tx,
    id: ConsultationId,
    status: ConsultationStatus,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    execute!(tx: tx,
        "UPDATE consultations
         SET status = $2, last_message_at = $3, updated_at = $3, version = version + 1
         WHERE id = $1",
        id, status.code(), now,
    )
    .map(|_| ())
}

/// The thread was opened by staff (the worker then sees their messages were read) or by
/// the worker (staff replies up to now are no longer new).
pub async fn mark_read(
    tx: &mut Tx,
    id: ConsultationId,
    by_staff: bool,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    let sql = if by_staff {
        "UPDATE consultations SET staff_read_at = $2 WHERE id = $1"
    } else {
        "UPDATE consultations SET worker_read_at = $2 WHERE id = $1"
    };
    execute!(tx: tx, sql, id, now).map(|_| ())
}

/// Hands the thread to a staff member; `false` when someone changed it meanwhile.
pub async fn assign(
    tx: &mut Tx,
    id: ConsultationId,
    version: i64,
    staff_user_id: Option<UserId>,
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    let done = execute!(tx: tx,
        "UPDATE consultations
         SET assigned_to = $3, updated_at = $4, version = version + 1
         WHERE id = $1 AND version = $2",
        id, version, staff_user_id, now,
    )?;
    Ok(done == 1)
}

/// Closes the thread with its record; `false` when someone changed it meanwhile.
pub async fn resolve(
    tx: &mut Tx,
    id: ConsultationId,
    version: i64,
    record: &ConsultationRecord<'_>,
    by: UserId,
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    let referred = Some(record.referred_to.trim()).filter(|r| !r.is_empty());
    let done = execute!(tx: tx,
        "UPDATE consultations
         SET status = 'resolved', record_held_on = $3, record_content = $4,
             record_response = $5, record_referred_to = $6, resolved_by = $7,
             resolved_at = $8, updated_at = $8, version = version + 1
         WHERE id = $1 AND version = $2",
        id,
        version,
        record.held_on,
        record.content.trim(),
        record.response.trim(),
        referred,
        by,
        now,
    )?;
    Ok(done == 1)
}
