//! Document queries: a submission and its files are written in one transaction (with
//! the audit row, by the caller), so a row never points at nothing; the keys of every
//! stored file are listed for the clean-up of files without a row.

pub(super) mod queries;

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::db::{Db, Tx, Unique, fetch, on_db, on_tx, violated_unique};
use crate::domain::{CompanyId, DocumentId, FileId, OrganizationId, UserId, WorkerId};

/// One stored file of a new submission.
pub struct NewFile<'a> {
    pub side: &'a str,
    pub storage_key: &'a str,
    pub thumbnail_key: Option<&'a str>,
    pub content_type: &'a str,
    pub size_bytes: i64,
    pub sha256: &'a str,
    pub width: Option<i32>,
    pub height: Option<i32>,
}

pub struct NewSubmission<'a> {
    pub organization_id: OrganizationId,
    pub worker_id: WorkerId,
    pub kind: &'a str,
    pub uploaded_by: UserId,
    pub files: &'a [NewFile<'a>],
}

/// Writes a submission waiting for review with its files; returns its id.
pub async fn insert_submission(
    tx: &mut Tx,
    new: &NewSubmission<'_>,
) -> Result<DocumentId, sqlx::Error> {
    let (id, now) = (DocumentId::new_v7(), Utc::now());
    on_tx!(tx, conn => {
        sqlx::query(
            "INSERT INTO document_submissions (id, organization_id, worker_id, kind, status,
                                               uploaded_by, created_at, updated_at)
             VALUES ($1, $2, $3, $4, 'waiting_for_review', $5, $6, $6)",
        )
        .bind(id)
        .bind(new.organization_id)
        .bind(new.worker_id)
        .bind(new.kind)
        .bind(new.uploaded_by)
        .bind(now)
        .execute(&mut *conn)
        .await?;
        for file in new.files {
            sqlx::query(
                "INSERT INTO document_files (id, organization_id, submission_id, side,
                                             storage_key, thumbnail_key, content_type,
                                             size_bytes, sha256, width, height, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
            )
            .bind(Uuid::now_v7())
            .bind(new.organization_id)
            .bind(id)
            .bind(file.side)
            .bind(file.storage_key)
            .bind(file.thumbnail_key)
            .bind(file.content_type)
            .bind(file.size_bytes)
            .bind(file.sha256)
            .bind(file.width)
            .bind(file.height)
            .bind(now)
            .execute(&mut *conn)
            .await?;
        }
        Ok::<_, sqlx::Error>(())
    })?;
    Ok(id)
}

/// A submission as the tests read it back (the pages read through `queries`).
#[cfg(test)]
#[derive(Debug, sqlx::FromRow)]
pub struct SubmissionRow {
    pub id: DocumentId,
    pub kind: String,
    pub status: String,
    pub files: i64,
}

/// A worker's submissions, each kind newest last: what the tests check a write left.
#[cfg(test)]
pub async fn for_worker(
    db: &Db,
    organization_id: OrganizationId,
    worker_id: WorkerId,
) -> Result<Vec<SubmissionRow>, sqlx::Error> {
    fetch!(all SubmissionRow, db,
        "SELECT s.id, s.kind, s.status,
                (SELECT COUNT(*) FROM document_files f WHERE f.submission_id = s.id) AS files
         FROM document_submissions s
         WHERE s.organization_id = $1 AND s.worker_id = $2
         ORDER BY s.kind, s.created_at, s.id",
        organization_id, worker_id,
    )
}

/// Every storage key a row points at (files and thumbnails), across organizations: a
/// stored file outside this set belongs to an upload that never committed.
pub async fn referenced_keys(db: &Db) -> Result<HashSet<String>, sqlx::Error> {
    let rows: Vec<(String, Option<String>)> = on_db!(db, pool => {
        sqlx::query_as("SELECT storage_key, thumbnail_key FROM document_files")
            .fetch_all(pool)
            .await
    })?;
    Ok(rows
        .into_iter()
        .flat_map(|(key, thumb)| std::iter::once(key).chain(thumb))
        .collect())
}

/// Whether a version of `kind` already waits for review for this worker: asked before a
/// byte of a new version is stored or decoded (the unique index stays the guard against a
/// race between two uploads).
pub async fn has_waiting(
    db: &Db,
    organization_id: OrganizationId,
    worker_id: WorkerId,
    kind: &str,
) -> Result<bool, sqlx::Error> {
    let waiting: i64 = on_db!(db, pool => {
        sqlx::query_scalar(
            "SELECT COUNT(*) FROM document_submissions
             WHERE organization_id = $1 AND worker_id = $2 AND kind = $3
               AND status = 'waiting_for_review'",
        )
        .bind(organization_id)
        .bind(worker_id)
        .bind(kind)
        .fetch_one(pool)
        .await
    })?;
    Ok(waiting > 0)
}

/// Whether `error` is the one-version-waiting rule (a second upload raced the first).
pub fn is_second_waiting(error: &sqlx::Error) -> bool {
    violated_unique(error) == Some(Unique::DocumentOneWaiting)
}

/// A stored file with what its access check needs.
#[derive(Debug, sqlx::FromRow)]
pub struct FileRow {
    pub id: FileId,
    pub submission_id: DocumentId,
    pub worker_id: WorkerId,
    pub company_id: CompanyId,
    pub kind: String,
    pub side: String,
    pub storage_key: String,
    pub thumbnail_key: Option<String>,
    pub content_type: String,
    /// When the reviewer confirmed the insurer and pension numbers are masked.
    pub masking_confirmed_at: Option<DateTime<Utc>>,
}

pub async fn file(
    db: &Db,
    organization_id: OrganizationId,
    file_id: FileId,
) -> Result<Option<FileRow>, sqlx::Error> {
    fetch!(optional FileRow, db,
        "SELECT f.id, f.submission_id, s.worker_id, w.company_id, s.kind, f.side,
                f.storage_key, f.thumbnail_key, f.content_type, s.masking_confirmed_at
         FROM document_files f
         JOIN document_submissions s ON s.id = f.submission_id
         JOIN workers w ON w.id = s.worker_id
         WHERE f.organization_id = $1 AND f.id = $2",
        organization_id, file_id,
    )
}

/// Whether the worker has an accepted version of `kind` whose masking the reviewer
/// confirmed: only then may staff share the kind with the company.
pub async fn has_confirmed_masking(
    db: &Db,
    organization_id: OrganizationId,
    worker_id: WorkerId,
    kind: &str,
) -> Result<bool, sqlx::Error> {
    fetch!(scalar i64, db,
        "SELECT COUNT(*) FROM document_submissions
         WHERE organization_id = $1 AND worker_id = $2 AND kind = $3
           AND status = 'accepted' AND masking_confirmed_at IS NOT NULL",
        organization_id, worker_id, kind,
    )
    .map(|n| n > 0)
}

/// The kinds of this worker's documents staff share with the worker's company
/// (`company_id`, the worker's company now: a share given to an earlier one opens nothing).
pub async fn shared_kinds(
    db: &Db,
    organization_id: OrganizationId,
    worker_id: WorkerId,
    company_id: CompanyId,
) -> Result<Vec<String>, sqlx::Error> {
    on_db!(db, pool => {
        sqlx::query_scalar::<_, String>(
            "SELECT kind FROM document_sharing
             WHERE organization_id = $1 AND worker_id = $2 AND company_id = $3 ORDER BY kind",
        )
        .bind(organization_id)
        .bind(worker_id)
        .bind(company_id)
        .fetch_all(pool)
        .await
    })
}

/// One worker's documents of one kind, shared with (or withdrawn from) the company.
pub struct Sharing<'a> {
    pub organization_id: OrganizationId,
    pub worker_id: WorkerId,
    pub company_id: CompanyId,
    pub kind: &'a str,
    pub by: UserId,
}

/// Shares a worker's kind with their company, or stops sharing it; whether anything
/// changed. A share given to the worker's earlier company moves to the current one.
pub async fn set_sharing(
    tx: &mut Tx,
    sharing: &Sharing<'_>,
    shared: bool,
) -> Result<bool, sqlx::Error> {
    let affected = on_tx!(tx, conn => {
        if shared {
            sqlx::query(
                "INSERT INTO document_sharing
                   (organization_id, worker_id, company_id, kind, shared_by, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6)
                 ON CONFLICT (worker_id, kind) DO UPDATE
                   SET company_id = excluded.company_id, shared_by = excluded.shared_by,
                       created_at = excluded.created_at
                   WHERE document_sharing.company_id <> excluded.company_id",
            )
            .bind(sharing.organization_id)
            .bind(sharing.worker_id)
            .bind(sharing.company_id)
            .bind(sharing.kind)
            .bind(sharing.by)
            .bind(Utc::now())
            .execute(&mut *conn)
            .await
            .map(|done| done.rows_affected())
        } else {
            sqlx::query(
                "DELETE FROM document_sharing
                 WHERE organization_id = $1 AND worker_id = $2 AND kind = $3",
            )
            .bind(sharing.organization_id)
            .bind(sharing.worker_id)
            .bind(sharing.kind)
            .execute(&mut *conn)
            .await
            .map(|done| done.rows_affected())
        }
    })?;
    Ok(affected > 0)
}

#[cfg(test)]
mod tests;
