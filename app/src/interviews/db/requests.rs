//! A worker's "I cannot find a free time" (`interview_time_requests`): open until the
//! worker's next booking answers it. Staff see the open ones on their home.

use chrono::{DateTime, NaiveDate, Utc};

use crate::{
    db::{Db, Tx, execute, fetch},
    domain::{OrganizationId, WorkerId},
};

/// Records the request unless one is open already; whether a new one was written.
pub async fn ask(
    tx: &mut Tx,
    organization_id: OrganizationId,
    worker_id: WorkerId,
    id: uuid::Uuid,
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    let written = execute!(tx: tx,
        "INSERT INTO interview_time_requests
             (id, organization_id, worker_id, asked_at, created_at, updated_at)
         SELECT $1, $2, $3, $4, $4, $4
         WHERE NOT EXISTS (SELECT 1 FROM interview_time_requests
                           WHERE worker_id = $3 AND answered_at IS NULL)",
        id,
        organization_id,
        worker_id,
        now,
    )?;
    Ok(written > 0)
}

/// When the worker's open request was made, if one is open.
pub async fn open_since(
    db: &Db,
    worker_id: WorkerId,
) -> Result<Option<DateTime<Utc>>, sqlx::Error> {
    fetch!(
        scalar_optional DateTime<Utc>,
        db,
        "SELECT asked_at FROM interview_time_requests
         WHERE worker_id = $1 AND answered_at IS NULL
         ORDER BY asked_at LIMIT 1",
        worker_id,
    )
}

/// A booking answers the worker's open request.
pub async fn answer(
    tx: &mut Tx,
    worker_id: WorkerId,
    now: DateTime<Utc>,
) -> Result<u64, sqlx::Error> {
    execute!(tx: tx,
        "UPDATE interview_time_requests SET answered_at = $2, updated_at = $2
         WHERE worker_id = $1 AND answered_at IS NULL",
        worker_id,
        now,
    )
}

/// The organization's open requests of workers still employed, oldest first.
pub async fn open_of_organization(
    db: &Db,
    organization_id: OrganizationId,
    today: NaiveDate,
) -> Result<Vec<(WorkerId, String, DateTime<Utc>)>, sqlx::Error> {
    fetch!(
        all(WorkerId, String, DateTime<Utc>),
        db,
        "SELECT w.id, w.family_name || ' ' || w.given_name, r.asked_at
         FROM interview_time_requests r
         JOIN workers w ON w.id = r.worker_id AND w.organization_id = r.organization_id
         WHERE r.organization_id = $1 AND r.answered_at IS NULL
           AND (w.contract_ended_on IS NULL OR w.contract_ended_on >= $2)
         ORDER BY r.asked_at",
        organization_id,
        today,
    )
}
