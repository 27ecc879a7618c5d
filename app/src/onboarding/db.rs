//! The uploads (`sheet_imports`) and the workers each import added
//! (`sheet_import_workers`): `onboarding` is their one writer.

use chrono::{DateTime, Utc};

use crate::{
    db::{Db, Tx, execute, fetch},
    domain::{OrganizationId, SheetImportId, UserId, WorkerId},
};

/// An upload as stored.
pub struct NewSheet<'a> {
    pub id: SheetImportId,
    pub organization_id: OrganizationId,
    pub uploaded_by: UserId,
    pub file_name: &'a str,
    pub encoding: &'a str,
    pub sha256: &'a str,
    pub content: &'a str,
}

pub async fn insert(tx: &mut Tx, new: &NewSheet<'_>) -> Result<(), sqlx::Error> {
    execute!(tx: tx,
        "INSERT INTO sheet_imports (id, organization_id, uploaded_by, file_name, encoding,
                                    sha256, content, uploaded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        new.id, new.organization_id, new.uploaded_by, new.file_name, new.encoding, new.sha256,
        new.content, Utc::now(),
    )
    .map(|_| ())
}

/// Removes the organization's uploads that were never imported and are older than
/// `before`: their text holds personal data that nothing else needs.
pub async fn remove_stale(
    tx: &mut Tx,
    organization_id: OrganizationId,
    before: DateTime<Utc>,
) -> Result<u64, sqlx::Error> {
    execute!(tx: tx,
        "DELETE FROM sheet_imports
         WHERE organization_id = $1 AND imported_at IS NULL AND uploaded_at < $2",
        organization_id, before,
    )
}

#[derive(Debug, sqlx::FromRow)]
pub struct SheetRow {
    pub file_name: String,
    pub encoding: String,
    pub content: Option<String>,
    pub uploaded_at: DateTime<Utc>,
    pub imported_at: Option<DateTime<Utc>>,
    pub companies_added: Option<i32>,
    pub workers_added: Option<i32>,
    pub rows_unchanged: Option<i32>,
}

const SELECT_SHEET: &str = "SELECT file_name, encoding, content, uploaded_at, imported_at,
        companies_added, workers_added, rows_unchanged
    FROM sheet_imports WHERE organization_id = $1 AND id = $2";

pub async fn find(
    db: &Db,
    organization_id: OrganizationId,
    id: SheetImportId,
) -> Result<Option<SheetRow>, sqlx::Error> {
    fetch!(optional SheetRow, db, SELECT_SHEET, organization_id, id)
}

pub async fn find_in(
    tx: &mut Tx,
    organization_id: OrganizationId,
    id: SheetImportId,
) -> Result<Option<SheetRow>, sqlx::Error> {
    fetch!(optional SheetRow, tx: tx, SELECT_SHEET, organization_id, id)
}

/// What an import made.
pub struct Done {
    pub companies_added: i32,
    pub workers_added: i32,
    pub rows_unchanged: i32,
}

/// Marks the upload imported and empties its text; `false` when another import of it
/// came first.
pub async fn mark_imported(
    tx: &mut Tx,
    organization_id: OrganizationId,
    id: SheetImportId,
    by: UserId,
    done: &Done,
) -> Result<bool, sqlx::Error> {
    execute!(tx: tx,
        "UPDATE sheet_imports SET imported_at = $3, imported_by = $4, content = NULL,
                companies_added = $5, workers_added = $6, rows_unchanged = $7
         WHERE organization_id = $1 AND id = $2 AND imported_at IS NULL",
        organization_id, id, Utc::now(), by, done.companies_added, done.workers_added,
        done.rows_unchanged,
    )
    .map(|n| n == 1)
}

pub async fn add_worker(
    tx: &mut Tx,
    id: SheetImportId,
    worker_id: WorkerId,
    line: i32,
) -> Result<(), sqlx::Error> {
    execute!(tx: tx,
        "INSERT INTO sheet_import_workers (import_id, worker_id, line) VALUES ($1, $2, $3)",
        id, worker_id, line,
    )
    .map(|_| ())
}

#[derive(Debug, sqlx::FromRow)]
pub struct ImportedRow {
    pub line: i32,
    pub worker_id: WorkerId,
    pub user_id: UserId,
    pub name: String,
    pub signed_up: bool,
}

/// The workers the import added, in the file's order, and whether each has signed up.
pub async fn workers_of(
    db: &Db,
    organization_id: OrganizationId,
    id: SheetImportId,
) -> Result<Vec<ImportedRow>, sqlx::Error> {
    fetch!(all ImportedRow, db,
        "SELECT i.line AS line, w.id AS worker_id, u.id AS user_id,
                w.family_name || ' ' || w.given_name AS name,
                u.password_hash IS NOT NULL AS signed_up
         FROM sheet_import_workers i
         JOIN workers w ON w.id = i.worker_id AND w.organization_id = $1
         JOIN users u ON u.id = w.user_id
         WHERE i.import_id = $2
         ORDER BY i.line",
        organization_id, id,
    )
}

#[derive(Debug, sqlx::FromRow)]
pub struct LineRow {
    pub id: SheetImportId,
    pub file_name: String,
    pub uploaded_by: String,
    pub uploaded_at: DateTime<Utc>,
    pub imported_at: Option<DateTime<Utc>>,
    pub companies_added: Option<i32>,
    pub workers_added: Option<i32>,
    pub rows_unchanged: Option<i32>,
}

/// The organization's latest uploads, newest first.
pub async fn list(db: &Db, organization_id: OrganizationId) -> Result<Vec<LineRow>, sqlx::Error> {
    fetch!(all LineRow, db,
        "SELECT s.id, s.file_name, u.display_name AS uploaded_by, s.uploaded_at, s.imported_at,
                s.companies_added, s.workers_added, s.rows_unchanged
         FROM sheet_imports s JOIN users u ON u.id = s.uploaded_by
         WHERE s.organization_id = $1
         ORDER BY s.uploaded_at DESC
         LIMIT 20",
        organization_id,
    )
}
