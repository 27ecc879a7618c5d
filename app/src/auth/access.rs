//! The one rule of who may see which worker (DESIGN.md §4): staff every worker of their
//! organization, a company its own workers, a worker themselves. Every feature asks it
//! here, of the worker a record belongs to, so that the rule is written once; what a
//! feature adds on top (a company never reads a consultation, a file only of a kind
//! shared with it) it checks beside this, never instead.
//!
//! The organization is not part of the question: every query of a record names the
//! caller's organization, so another tenant's worker is never found in the first place.
//! Anything a caller may not see is "not found", as if it did not exist.

use super::{Caller, CurrentUser, db};
use crate::domain::{CompanyId, WorkerId};
use crate::{db::Db, error::AppError};

/// Whose a record is, as the rule needs to know it: the worker and their company.
#[derive(Clone, Copy, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct WorkerScope {
    pub worker_id: WorkerId,
    pub company_id: CompanyId,
}

/// A record that belongs to one worker (the worker's own row, a support, a document, an
/// interview, a consultation), so that [`visible`] can answer for it.
pub trait OfWorker {
    fn worker(&self) -> WorkerScope;
}

impl OfWorker for WorkerScope {
    fn worker(&self) -> WorkerScope {
        *self
    }
}

/// May `user` see this worker, and so the records that belong to them?
pub fn may_see_worker(user: &CurrentUser, worker: &WorkerScope) -> bool {
    match user.caller {
        Caller::Staff | Caller::Admin => true,
        Caller::Company { company_id } => company_id == worker.company_id,
        Caller::Worker { worker_id } => worker_id == worker.worker_id,
    }
}

/// The record found, if `user` may see the worker it belongs to; "not found" otherwise.
pub fn visible<T: OfWorker>(user: &CurrentUser, found: Option<T>) -> Result<T, AppError> {
    found
        .filter(|record| may_see_worker(user, &record.worker()))
        .ok_or(AppError::NotFound)
}

/// The worker `worker_id` of `user`'s organization, if `user` may see them; "not found"
/// otherwise. For a check before anything of the worker is read or written.
pub async fn visible_worker(
    db: &Db,
    user: &CurrentUser,
    worker_id: WorkerId,
) -> Result<WorkerScope, AppError> {
    visible(
        user,
        db::worker_scope(db, user.organization_id, worker_id).await?,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{OrganizationId, UserId};
    use uuid::Uuid;

    fn user(caller: Caller) -> CurrentUser {
        CurrentUser {
            id: UserId::new_v7(),
            organization_id: OrganizationId::new_v7(),
            display_name: String::new(),
            caller,
        }
    }

    #[test]
    fn each_caller_sees_whom_the_rule_says() {
        let worker = WorkerScope {
            worker_id: WorkerId::new_v7(),
            company_id: CompanyId::new_v7(),
        };
        let other = Uuid::now_v7();
        let sees = |caller| may_see_worker(&user(caller), &worker);
        assert!(sees(Caller::Staff));
        assert!(sees(Caller::Admin));
        assert!(sees(Caller::Company {
            company_id: worker.company_id
        }));
        assert!(!sees(Caller::Company {
            company_id: CompanyId::from_uuid(other)
        }));
        assert!(sees(Caller::Worker {
            worker_id: worker.worker_id
        }));
        assert!(!sees(Caller::Worker {
            worker_id: WorkerId::from_uuid(other)
        }));
        // A worker's id is never taken for a company's, nor the other way round.
        assert!(!sees(Caller::Company {
            company_id: CompanyId::from_uuid(worker.worker_id.uuid())
        }));
        assert!(!sees(Caller::Worker {
            worker_id: WorkerId::from_uuid(worker.company_id.uuid())
        }));
    }
}
