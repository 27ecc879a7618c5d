//! Reads for the document pages: a worker's versions and files, one version, the review
//! queue; and the writes of a review decision and a withdrawal.

use chrono::{DateTime, NaiveDate, Utc};

use crate::db::{Db, Tx, execute, fetch, on_tx};
use crate::domain::{CompanyId, DocumentId, FileId, OrganizationId, UserId, WorkerId};

#[derive(Debug, sqlx::FromRow)]
pub struct VersionRow {
    pub id: DocumentId,
    pub worker_id: WorkerId,
    pub kind: String,
    pub status: String,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub sent_by: String,
    pub reviewed_by: Option<String>,
    pub reviewed_at: Option<DateTime<Utc>>,
    pub resubmit_reason: Option<String>,
    pub review_comment: Option<String>,
    pub number_tail: Option<String>,
    pub expires_on: Option<NaiveDate>,
    pub issued_on: Option<NaiveDate>,
    /// When the reviewer confirmed the masking (kinds that need it).
    pub masking_confirmed_at: Option<DateTime<Utc>>,
}

const SELECT_VERSIONS: &str = "
    SELECT s.id, s.worker_id, s.kind, s.status, s.version, s.created_at, up.display_name AS sent_by,
           rv.display_name AS reviewed_by, s.reviewed_at, s.resubmit_reason, s.review_comment,
           s.number_tail, s.expires_on, s.issued_on, s.masking_confirmed_at
    FROM document_submissions s
    JOIN users up ON up.id = s.uploaded_by
    LEFT JOIN users rv ON rv.id = s.reviewed_by";

/// A worker's versions, newest first.
pub async fn versions_of_worker(
    db: &Db,
    organization_id: OrganizationId,
    worker_id: WorkerId,
) -> Result<Vec<VersionRow>, sqlx::Error> {
    let sql = format!(
        "{SELECT_VERSIONS} WHERE s.organization_id = $1 AND s.worker_id = $2
         ORDER BY s.created_at DESC, s.id DESC"
    );
    fetch!(all VersionRow, db, &sql, organization_id, worker_id)
}

pub async fn version(
    db: &Db,
    organization_id: OrganizationId,
    id: DocumentId,
) -> Result<Option<VersionRow>, sqlx::Error> {
    let sql = format!("{SELECT_VERSIONS} WHERE s.organization_id = $1 AND s.id = $2");
    fetch!(optional VersionRow, db, &sql, organization_id, id)
}

#[derive(Debug, sqlx::FromRow)]
pub struct FileBrief {
    pub id: FileId,
    pub submission_id: DocumentId,
    pub side: String,
    pub content_type: String,
    pub has_thumbnail: bool,
}

/// The files of a worker's versions, front before back.
pub async fn files_of_worker(
    db: &Db,
    organization_id: OrganizationId,
    worker_id: WorkerId,
) -> Result<Vec<FileBrief>, sqlx::Error> {
    fetch!(all FileBrief, db,
        "SELECT f.id, f.submission_id, f.side, f.content_type,
                (f.thumbnail_key IS NOT NULL) AS has_thumbnail
         FROM document_files f
         JOIN document_submissions s ON s.id = f.submission_id
         WHERE f.organization_id = $1 AND s.worker_id = $2
         ORDER BY f.submission_id, f.side DESC",
        organization_id, worker_id,
    )
}

#[derive(Debug, sqlx::FromRow)]
pub struct QueueRow {
    pub id: DocumentId,
    pub kind: String,
    pub worker_id: WorkerId,
    pub worker_name: String,
    pub company_name: String,
    pub created_at: DateTime<Utc>,
    pub file_id: Option<FileId>,
    pub content_type: Option<String>,
    pub has_thumbnail: Option<bool>,
}

/// The review queue's sortable columns, by the name the address uses, and their SQL
/// (fixed text: the address only chooses among them). The first is the default: oldest
/// first, so that none is forgotten.
pub const QUEUE_SORTS: &[(&str, &str)] = &[
    ("sent", "s.created_at"),
    ("worker", "w.family_name || ' ' || w.given_name"),
    ("company", "c.name"),
];

/// What the queue is asked for; `pattern` is the escaped `LIKE` pattern (name, login id,
/// company) or `None` for all.
#[derive(Clone, Copy, Debug)]
pub struct QueueQuery<'a> {
    pub company_id: Option<CompanyId>,
    pub kind: Option<&'a str>,
    pub pattern: Option<&'a str>,
    /// An index into [`QUEUE_SORTS`].
    pub sort: usize,
    pub descending: bool,
    pub limit: i64,
    pub offset: i64,
}

const QUEUE_FROM: &str = "FROM document_submissions s
    JOIN workers w ON w.id = s.worker_id
    JOIN companies c ON c.id = w.company_id
    LEFT JOIN users u ON u.id = w.user_id";

/// `$1` organization, `$2` company, `$3` kind, `$4` pattern.
fn queue_where() -> String {
    format!(
        "WHERE s.organization_id = $1 AND s.status = 'waiting_for_review'
           AND ($2 IS NULL OR w.company_id = $2) AND ($3 IS NULL OR s.kind = $3) AND {}",
        crate::db::search_condition(crate::db::PERSON_COLUMNS, "$4")
    )
}

/// One page of the versions waiting for review, with the front's file.
pub async fn queue(
    db: &Db,
    organization_id: OrganizationId,
    query: QueueQuery<'_>,
) -> Result<Vec<QueueRow>, sqlx::Error> {
    let (_, order) = QUEUE_SORTS
        .get(query.sort)
        .copied()
        .unwrap_or(QUEUE_SORTS[0]);
    let dir = if query.descending { "DESC" } else { "ASC" };
    let sql = format!(
        "SELECT s.id, s.kind, s.worker_id, w.family_name || ' ' || w.given_name AS worker_name,
                c.name AS company_name, s.created_at, f.id AS file_id, f.content_type,
                (f.thumbnail_key IS NOT NULL) AS has_thumbnail
         {QUEUE_FROM}
         LEFT JOIN document_files f ON f.submission_id = s.id AND f.side = 'front'
         {}
         ORDER BY {order} {dir}, s.created_at {dir}, s.id {dir}
         LIMIT $5 OFFSET $6",
        queue_where()
    );
    fetch!(all QueueRow, db,
        &sql,
        organization_id, query.company_id, query.kind, query.pattern, query.limit, query.offset,
    )
}

/// How many versions wait for review in all the queue's pages.
pub async fn queue_count(
    db: &Db,
    organization_id: OrganizationId,
    query: QueueQuery<'_>,
) -> Result<i64, sqlx::Error> {
    let sql = format!("SELECT COUNT(*) {QUEUE_FROM} {}", queue_where());
    fetch!(scalar i64, db,
        &sql,
        organization_id, query.company_id, query.kind, query.pattern,
    )
}

pub async fn companies(
    db: &Db,
    organization_id: OrganizationId,
) -> Result<Vec<(CompanyId, String)>, sqlx::Error> {
    fetch!(
        all(CompanyId, String),
        db,
        "SELECT id, name FROM companies WHERE organization_id = $1 ORDER BY name",
        organization_id,
    )
}

/// A review decision or a withdrawal, made from `version`.
pub struct Decision<'a> {
    pub status: &'a str,
    pub by: UserId,
    pub reason: Option<&'a str>,
    pub comment: Option<&'a str>,
    pub number_tail: Option<&'a str>,
    pub expires_on: Option<NaiveDate>,
    pub issued_on: Option<NaiveDate>,
    /// The reviewer confirms the insurer and pension numbers are masked.
    pub masking_confirmed: bool,
}

/// Writes a decision on a version still waiting for review and still at `version`;
/// whether it was (otherwise someone decided meanwhile).
pub async fn decide(
    tx: &mut Tx,
    organization_id: OrganizationId,
    id: DocumentId,
    version: i64,
    decision: &Decision<'_>,
    reviewed: bool,
) -> Result<bool, sqlx::Error> {
    let now = Utc::now();
    let affected = execute!(tx: tx,
        "UPDATE document_submissions
         SET status = $1, reviewed_by = $2, reviewed_at = $3, resubmit_reason = $4,
             review_comment = $5, number_tail = $6, expires_on = $7, issued_on = $8,
             version = version + 1, updated_at = $9, masking_confirmed_at = $13,
             masking_confirmed_by = $14
         WHERE organization_id = $10 AND id = $11 AND version = $12
           AND status = 'waiting_for_review'",
        decision.status,
        reviewed.then_some(decision.by),
        reviewed.then_some(now),
        decision.reason,
        decision.comment,
        decision.number_tail,
        decision.expires_on,
        decision.issued_on,
        now,
        organization_id,
        id,
        version,
        decision.masking_confirmed.then_some(now),
        decision.masking_confirmed.then_some(decision.by),
    )?;
    Ok(affected == 1)
}

/// Deletes the file rows of `submissions` (the submissions stay, as the record of what was
/// sent and decided) and returns the storage keys they pointed at, for removal once the
/// transaction has committed. A crash in between leaves files no row points at, which the
/// clean-up at start removes.
pub async fn remove_files(
    tx: &mut Tx,
    organization_id: OrganizationId,
    submissions: &[DocumentId],
) -> Result<Vec<String>, sqlx::Error> {
    let mut keys = Vec::new();
    for id in submissions {
        let rows: Vec<(String, Option<String>)> = on_tx!(tx, conn => {
            sqlx::query_as(
                "DELETE FROM document_files WHERE organization_id = $1 AND submission_id = $2
                 RETURNING storage_key, thumbnail_key",
            )
            .bind(organization_id)
            .bind(id)
            .fetch_all(&mut *conn)
            .await
        })?;
        keys.extend(
            rows.into_iter()
                .flat_map(|(key, thumb)| std::iter::once(key).chain(thumb)),
        );
    }
    Ok(keys)
}
