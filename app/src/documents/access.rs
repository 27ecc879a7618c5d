//! Who may see which worker's documents, and open which files (DESIGN.md §4): staff every
//! worker of their organization; a worker their own; a company the status of its own
//! workers' documents, and the files only of the kinds staff share with it for that worker
//! (a share is per worker and kind, never for the whole company). Anything else
//! is "not found", as if it did not exist.

use uuid::Uuid;

use super::db::{self, FileRow};
use crate::{
    auth::CurrentUser,
    db::Db,
    domain::Role,
    error::AppError,
    workers::{WorkerTarget, worker_target},
};

fn sees(user: &CurrentUser, target: &WorkerTarget) -> bool {
    match user.role {
        Role::Staff | Role::Admin => true,
        Role::Company => user.company_id == Some(target.company_id),
        Role::Worker => user.worker_id == Some(target.id),
    }
}

/// The worker whose documents `user` may see.
pub async fn visible_worker(
    db: &Db,
    user: &CurrentUser,
    worker_id: Uuid,
) -> Result<WorkerTarget, AppError> {
    worker_target(db, user.organization_id, worker_id)
        .await?
        .filter(|target| sees(user, target))
        .ok_or(AppError::NotFound)
}

/// The worker `user` may upload for: their own, or (staff) any worker, for papers that
/// came in on paper. Companies do not upload.
pub async fn upload_target(
    db: &Db,
    user: &CurrentUser,
    worker_id: Option<Uuid>,
) -> Result<WorkerTarget, AppError> {
    let worker_id = match (user.role, worker_id, user.worker_id) {
        (Role::Worker, None, Some(own)) => own,
        (Role::Worker, Some(id), _) | (Role::Staff | Role::Admin, Some(id), _) => id,
        (Role::Company, ..) => return Err(AppError::Forbidden),
        _ => return Err(AppError::NotFound),
    };
    visible_worker(db, user, worker_id).await
}

/// May `user` open this file (not only its status)?
pub async fn may_open(db: &Db, user: &CurrentUser, file: &FileRow) -> Result<bool, AppError> {
    Ok(match user.role {
        Role::Staff | Role::Admin => true,
        Role::Worker => user.worker_id == Some(file.worker_id),
        Role::Company => {
            user.company_id == Some(file.company_id)
                && db::shared_kinds(db, user.organization_id, file.worker_id, file.company_id)
                    .await?
                    .contains(&file.kind)
        }
    })
}
