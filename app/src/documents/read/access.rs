//! Who may see which worker's documents, and open which files (DESIGN.md §4): whoever
//! may see the worker (`auth::may_see_worker`: staff every worker of their organization,
//! a worker their own, a company its own workers) sees the status of their documents; a
//! company opens the files only of the kinds staff share with it for that worker (a share
//! is per worker and kind, never for the whole company). Anything else is "not found",
//! as if it did not exist.

use crate::documents::db::{self, FileRow};
use crate::{
    auth::{Caller, CurrentUser, OfWorker, WorkerScope, may_see_worker, visible},
    db::Db,
    domain::{DocumentKind, WorkerId},
    error::AppError,
    workers::{WorkerTarget, worker_target},
};

impl OfWorker for FileRow {
    fn worker(&self) -> WorkerScope {
        WorkerScope {
            worker_id: self.worker_id,
            company_id: self.company_id,
        }
    }
}

/// The worker whose documents `user` may see.
pub async fn target(
    db: &Db,
    user: &CurrentUser,
    worker_id: WorkerId,
) -> Result<WorkerTarget, AppError> {
    visible(
        user,
        worker_target(db, user.organization_id, worker_id).await?,
    )
}

/// The worker `user` may upload for: their own, or (staff) any worker, for papers that
/// came in on paper. Companies do not upload.
pub async fn upload_target(
    db: &Db,
    user: &CurrentUser,
    worker_id: Option<WorkerId>,
) -> Result<WorkerTarget, AppError> {
    let worker_id = match (user.caller, worker_id) {
        (Caller::Worker { worker_id: own }, None) => own,
        (Caller::Worker { .. } | Caller::Staff | Caller::Admin, Some(id)) => id,
        (Caller::Company { .. }, _) => return Err(AppError::Forbidden),
        (Caller::Staff | Caller::Admin, None) => return Err(AppError::NotFound),
    };
    target(db, user, worker_id).await
}

/// May `user` open this file (not only its status)?
pub async fn may_open(db: &Db, user: &CurrentUser, file: &FileRow) -> Result<bool, AppError> {
    if !may_see_worker(user, &file.worker()) {
        return Ok(false);
    }
    Ok(match user.caller {
        Caller::Staff | Caller::Admin | Caller::Worker { .. } => true,
        // Shared, and for a kind with numbers to mask, confirmed masked.
        Caller::Company { .. } => {
            let masked = file.masking_confirmed_at.is_some()
                || DocumentKind::from_code(&file.kind).is_ok_and(|k| !k.requires_masking());
            masked
                && db::shared_kinds(db, user.organization_id, file.worker_id, file.company_id)
                    .await?
                    .contains(&file.kind)
        }
    })
}
