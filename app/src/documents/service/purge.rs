//! The retention purge (`server purge-documents`): a worker's documents are kept until 1
//! year after the employment contract ends, then removed: files and their records, with
//! an audit row per worker saying what went. `--dry-run` only lists it.

use chrono::NaiveDate;
use serde_json::json;

use crate::documents::db::queries;
use crate::{
    db::{AuditEntry, Db, execute, fetch, on_db, write_audit},
    domain::{AuditAction, DocumentId, OrganizationId, WorkerId, may_purge, retained_until},
    files::Storage,
};

/// What the purge removed (or would remove) for one worker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Purged {
    pub organization_id: OrganizationId,
    pub worker_id: WorkerId,
    pub worker_name: String,
    pub contract_ended_on: NaiveDate,
    pub retained_until: Option<NaiveDate>,
    pub submissions: usize,
    pub files: usize,
}

#[derive(Debug, sqlx::FromRow)]
struct Candidate {
    organization_id: OrganizationId,
    worker_id: WorkerId,
    worker_name: String,
    ended_on: NaiveDate,
}

/// Removes (unless `dry_run`) the documents of every worker whose retention ended before
/// `today`.
pub async fn purge(
    db: &Db,
    storage: &Storage,
    today: NaiveDate,
    dry_run: bool,
) -> Result<Vec<Purged>, sqlx::Error> {
    // The last day of the contract, whatever the reason it ended (the one end date).
    let candidates: Vec<Candidate> = fetch!(all Candidate, db,
        "SELECT w.organization_id, w.id AS worker_id,
                w.family_name || ' ' || w.given_name AS worker_name,
                w.contract_ended_on AS ended_on
         FROM workers w
         WHERE w.contract_ended_on IS NOT NULL
           AND EXISTS (SELECT 1 FROM document_submissions s WHERE s.worker_id = w.id)
         ORDER BY w.organization_id, w.id",
    )?;
    let mut purged = Vec::new();
    for candidate in candidates {
        if !may_purge(Some(candidate.ended_on), today) {
            continue;
        }
        let ids: Vec<DocumentId> = on_db!(db, pool => {
            sqlx::query_scalar::<_, DocumentId>(
                "SELECT id FROM document_submissions WHERE worker_id = $1 ORDER BY id",
            )
            .bind(candidate.worker_id)
            .fetch_all(pool)
            .await
        })?;
        let mut line = Purged {
            organization_id: candidate.organization_id,
            worker_id: candidate.worker_id,
            worker_name: candidate.worker_name,
            contract_ended_on: candidate.ended_on,
            retained_until: retained_until(candidate.ended_on),
            submissions: ids.len(),
            files: 0,
        };
        if dry_run {
            let files: i64 = on_db!(db, pool => {
                sqlx::query_scalar(
                    "SELECT COUNT(*) FROM document_files f
                     JOIN document_submissions s ON s.id = f.submission_id WHERE s.worker_id = $1",
                )
                .bind(candidate.worker_id)
                .fetch_one(pool)
                .await
            })?;
            line.files = usize::try_from(files).unwrap_or(0);
            purged.push(line);
            continue;
        }
        let mut tx = db.begin().await?;
        let keys = queries::remove_files(&mut tx, candidate.organization_id, &ids).await?;
        execute!(tx: &mut tx,
            "DELETE FROM document_submissions WHERE worker_id = $1",
            candidate.worker_id,
        )
        .map(|_| ())?;
        line.files = keys.len();
        write_audit(
            &mut tx,
            AuditEntry {
                organization_id: Some(candidate.organization_id),
                actor_user_id: None,
                action: AuditAction::DocumentPurged,
                entity: "worker",
                entity_id: Some(candidate.worker_id.uuid()),
                detail: json!({
                    "contract_ended_on": line.contract_ended_on,
                    "retained_until": line.retained_until,
                    "submissions": line.submissions,
                    "files": line.files,
                }),
                ip: None,
            },
        )
        .await?;
        tx.commit().await?;
        for key in keys {
            if let Err(error) = storage.delete(&key).await {
                tracing::warn!(%error, key, "a purged file stays until the next start");
            }
        }
        purged.push(line);
    }
    Ok(purged)
}

#[cfg(test)]
mod tests;
