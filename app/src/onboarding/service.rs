//! The import on the server: staff upload a sheet (kept as text for its preview), read the
//! preview (each row new or already here, or every problem), and import it. The import is
//! one transaction: every company and worker of the sheet, each worker's plan and
//! invitation, and the audit rows, or nothing. A worker is found by their residence card
//! number and a company by its corporate number (else by its name, when it has none), so
//! that importing the same file again adds nothing.

mod plan;

use std::borrow::Cow;

use chrono::{Duration, Utc};
use serde_json::json;
use sha2::{Digest, Sha256};

use super::{
    ImportCounts, ImportedWorkerLine, SheetLine, SheetPreview, SheetState, db,
    form::{SheetProblem, decode},
};
use crate::{
    audit::write_change,
    auth::CurrentUser,
    db::{AuditEntry, write_audit},
    domain::{AuditAction, SheetImportId, WorkerSituation},
    error::AppError,
    locale::today_in_japan,
    state::{AppState, app_state},
    workers::{self, ImportedWorker},
};
use plan::{CompanyFate, plan};

/// An upload never imported is removed this long after it came: its text holds personal
/// data that nothing else needs.
const STALE_AFTER: Duration = Duration::days(1);
/// The longest file name kept (a longer one is cut).
const FILE_NAME_MAX_CHARS: usize = 200;

/// The file's name as shown: its last path part, cut to a length a list can hold.
fn shown_name(file_name: Option<&str>) -> String {
    let name = file_name
        .and_then(|n| n.rsplit(['/', '\\']).next())
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .unwrap_or("import.csv");
    name.chars()
        .filter(|c| !c.is_control())
        .take(FILE_NAME_MAX_CHARS)
        .collect()
}

fn refused(problem: &SheetProblem) -> AppError {
    AppError::validation("file", problem.message_key())
}

/// Staff upload a sheet: kept for its preview. A file that is not text in UTF-8 or
/// Shift_JIS, or over the limit, is refused here and nothing is kept.
pub async fn upload(
    state: &AppState,
    user: &CurrentUser,
    ip: Option<String>,
    file_name: Option<&str>,
    bytes: &[u8],
) -> Result<SheetImportId, AppError> {
    user.require_staff()?;
    let text = decode(bytes).map_err(|p| refused(&p))?;
    let encoding = match text {
        Cow::Borrowed(_) => "utf-8",
        Cow::Owned(_) => "shift_jis",
    };
    let (id, name) = (SheetImportId::new_v7(), shown_name(file_name));
    let sha256 = format!("{:x}", Sha256::digest(bytes));
    let mut tx = state.db.begin().await?;
    db::remove_stale(&mut tx, user.organization_id, Utc::now() - STALE_AFTER).await?;
    db::insert(
        &mut tx,
        &db::NewSheet {
            id,
            organization_id: user.organization_id,
            uploaded_by: user.id,
            file_name: &name,
            encoding,
            sha256: &sha256,
            content: &text,
        },
    )
    .await?;
    write_audit(
        &mut tx,
        AuditEntry {
            organization_id: Some(user.organization_id),
            actor_user_id: Some(user.id),
            action: AuditAction::SheetUploaded,
            entity: "sheet_import",
            entity_id: Some(id.uuid()),
            detail: json!({
                "file_name": name, "encoding": encoding, "sha256": sha256, "bytes": bytes.len(),
            }),
            ip,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

fn count(n: Option<i32>) -> u32 {
    n.and_then(|n| u32::try_from(n).ok()).unwrap_or(0)
}

/// The organization's latest uploads (staff).
pub async fn list(user: &CurrentUser) -> Result<Vec<SheetLine>, AppError> {
    user.require_staff()?;
    let state = app_state()?;
    let rows = db::list(&state.db, user.organization_id).await?;
    Ok(rows
        .into_iter()
        .map(|r| SheetLine {
            id: r.id,
            file_name: r.file_name,
            uploaded_by: r.uploaded_by,
            uploaded_at: r.uploaded_at,
            imported: r.imported_at.map(|_| ImportCounts {
                companies_added: count(r.companies_added),
                workers_added: count(r.workers_added),
                rows_unchanged: count(r.rows_unchanged),
            }),
        })
        .collect())
}

/// The upload's preview, or what its import made (staff of its organization).
pub async fn preview(user: &CurrentUser, id: SheetImportId) -> Result<SheetPreview, AppError> {
    user.require_staff()?;
    let state = app_state()?;
    let org = user.organization_id;
    let row = db::find(&state.db, org, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let sheet_state = match (row.imported_at, row.content) {
        (Some(at), _) => {
            let workers = db::workers_of(&state.db, org, id).await?;
            SheetState::Imported {
                at,
                counts: ImportCounts {
                    companies_added: count(row.companies_added),
                    workers_added: count(row.workers_added),
                    rows_unchanged: count(row.rows_unchanged),
                },
                workers: workers
                    .into_iter()
                    .map(|w| ImportedWorkerLine {
                        line: u64::try_from(w.line).unwrap_or(0),
                        worker_id: w.worker_id,
                        user_id: w.user_id,
                        name: w.name,
                        signed_up: w.signed_up,
                    })
                    .collect(),
            }
        }
        (None, Some(content)) => {
            // Read only; the transaction is what the lookups of the import take.
            let mut tx = state.db.begin_read().await?;
            let planned = plan(&mut tx, org, content.as_bytes(), today_in_japan()).await?;
            tx.rollback().await?;
            match planned {
                Ok(planned) => SheetState::Ready(planned.preview()),
                Err(refusal) => SheetState::Refused(refusal),
            }
        }
        (None, None) => {
            tracing::error!(%id, "an upload without its text that was not imported");
            return Err(AppError::Internal);
        }
    };
    Ok(SheetPreview {
        id,
        file_name: row.file_name,
        encoding: row.encoding,
        uploaded_at: row.uploaded_at,
        state: sheet_state,
    })
}

/// Imports the upload: all its rows or none.
pub async fn import(user: &CurrentUser, id: SheetImportId) -> Result<ImportCounts, AppError> {
    user.require_staff()?;
    let state = app_state()?;
    let org = user.organization_id;
    let mut tx = state.db.begin().await?;
    let row = db::find_in(&mut tx, org, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let content = match (row.imported_at, row.content) {
        (None, Some(content)) => content,
        _ => return Err(AppError::validation("file", "onboarding.err_imported")),
    };
    // Planned again inside the transaction: what was checked is what is written.
    let planned = plan(&mut tx, org, content.as_bytes(), today_in_japan())
        .await?
        .map_err(|refusal| AppError::validation("file", &refusal.key))?;
    let mut added: Vec<Option<crate::domain::CompanyId>> = vec![None; planned.companies.len()];
    let mut counts = ImportCounts::default();
    for (row, fate) in planned.rows.iter().zip(&planned.fates) {
        let (company_id, company_name, field) = match planned.companies[fate.company] {
            CompanyFate::Found {
                id,
                ref name,
                ref field,
            } => (id, name.as_str(), field.as_str()),
            CompanyFate::New => {
                let id = match added[fate.company] {
                    Some(id) => id,
                    None => {
                        let id =
                            crate::companies::add_company_in(&mut tx, user, &row.company).await?;
                        added[fate.company] = Some(id);
                        counts.companies_added += 1;
                        id
                    }
                };
                (id, row.company.name.as_str(), row.company.field.as_str())
            }
        };
        if fate.worker.is_some() {
            counts.rows_unchanged += 1;
            continue;
        }
        let new = ImportedWorker {
            company_id,
            company_name,
            field,
            family_name: &row.family_name,
            given_name: &row.given_name,
            nationality: &row.nationality,
            preferred_locale: &row.preferred_locale,
            identity: &row.identity,
            card_expiry: row.card_expiry,
        };
        let (worker_id, user_id) = workers::insert_imported(&mut tx, user, &new).await?;
        crate::enrolment::plan_new_worker(&mut tx, org, worker_id, &WorkerSituation::default())
            .await?;
        crate::invitations::issue_unshown(&mut tx, user, user_id).await?;
        db::add_worker(
            &mut tx,
            id,
            worker_id,
            i32::try_from(row.line).unwrap_or(i32::MAX),
        )
        .await?;
        counts.workers_added += 1;
    }
    let as_i32 = |n: u32| i32::try_from(n).unwrap_or(i32::MAX);
    let done = db::Done {
        companies_added: as_i32(counts.companies_added),
        workers_added: as_i32(counts.workers_added),
        rows_unchanged: as_i32(counts.rows_unchanged),
    };
    if !db::mark_imported(&mut tx, org, id, user.id, &done).await? {
        return Err(AppError::validation("file", "onboarding.err_imported"));
    }
    let detail = json!({
        "file_name": row.file_name,
        "companies_added": counts.companies_added,
        "workers_added": counts.workers_added,
        "rows_unchanged": counts.rows_unchanged,
    });
    write_change(
        &mut tx,
        user,
        AuditAction::SheetImported,
        "sheet_import",
        id.uuid(),
        detail,
    )
    .await?;
    tx.commit().await?;
    Ok(counts)
}
