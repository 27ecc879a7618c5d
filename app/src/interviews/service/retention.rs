//! The recordings of online interviews go with the worker's documents: kept until 1 year
//! after the employment contract ends (the guidelines ask for at least that), then
//! removed by the same retention purge (`server purge-documents`), files and rows, with
//! an audit row per worker. `dry_run` only counts.

use chrono::NaiveDate;
use serde_json::json;

use crate::interviews::db::online;
use crate::{
    db::{AuditEntry, Db, fetch, write_audit},
    domain::{AuditAction, OrganizationId, WorkerId, may_purge, retained_until},
    files::Storage,
};

/// The recordings removed (or that would be) for one worker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PurgedRecordings {
    pub organization_id: OrganizationId,
    pub worker_id: WorkerId,
    pub contract_ended_on: NaiveDate,
    pub recordings: usize,
    pub files: usize,
}

#[derive(sqlx::FromRow)]
struct Candidate {
    organization_id: OrganizationId,
    worker_id: WorkerId,
    ended_on: NaiveDate,
    recordings: i64,
    files: i64,
}

/// Removes (unless `dry_run`) the recordings of every worker whose retention ended
/// before `today`.
pub async fn purge_recordings(
    db: &Db,
    storage: &Storage,
    today: NaiveDate,
    dry_run: bool,
) -> Result<Vec<PurgedRecordings>, sqlx::Error> {
    let candidates: Vec<Candidate> = fetch!(all Candidate, db,
        "SELECT w.organization_id, w.id AS worker_id, w.contract_ended_on AS ended_on,
                COUNT(*) AS recordings, COUNT(r.storage_key) AS files
         FROM workers w JOIN interview_recordings r ON r.worker_id = w.id
         WHERE w.contract_ended_on IS NOT NULL
         GROUP BY w.organization_id, w.id, w.contract_ended_on
         ORDER BY w.organization_id, w.id",
    )?;
    let mut purged = Vec::new();
    for candidate in candidates {
        if !may_purge(Some(candidate.ended_on), today) {
            continue;
        }
        let mut line = PurgedRecordings {
            organization_id: candidate.organization_id,
            worker_id: candidate.worker_id,
            contract_ended_on: candidate.ended_on,
            recordings: usize::try_from(candidate.recordings).unwrap_or(0),
            files: usize::try_from(candidate.files).unwrap_or(0),
        };
        if dry_run {
            purged.push(line);
            continue;
        }
        let mut tx = db.begin().await?;
        let (recordings, keys) = online::remove_recordings(&mut tx, candidate.worker_id).await?;
        line.recordings = recordings;
        line.files = keys.len();
        write_audit(
            &mut tx,
            AuditEntry {
                organization_id: Some(candidate.organization_id),
                actor_user_id: None,
                action: AuditAction::InterviewRecordingPurged,
                entity: "worker",
                entity_id: Some(candidate.worker_id.uuid()),
                detail: json!({
                    "contract_ended_on": candidate.ended_on,
                    "retained_until": retained_until(candidate.ended_on),
                    "recordings": line.recordings,
                    "files": line.files,
                }),
                ip: None,
            },
        )
        .await?;
        tx.commit().await?;
        for key in keys {
            if let Err(error) = storage.delete(&key).await {
                tracing::warn!(%error, key, "a purged recording stays until the next start");
            }
        }
        purged.push(line);
    }
    Ok(purged)
}
