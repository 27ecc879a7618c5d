//! The worker's record as other features read it, and the columns they keep up to date
//! (an interview's due date, a card's expiry). Written only here, so that `workers` stays
//! the one writer of its table; each caller decides who may see what.

use chrono::{NaiveDate, Utc};

use crate::{
    auth::{OfWorker, WorkerScope},
    db::{Db, Tx, execute, fetch},
    domain::{CompanyId, OrganizationId, UserId, WorkerId},
};

/// A worker as the features about them need them (a document's upload and list, an
/// interview's booking): whose company, their name, and the dates those features check.
/// No access check here: each caller decides who may see it.
#[derive(Debug, sqlx::FromRow)]
pub struct WorkerTarget {
    pub id: WorkerId,
    pub company_id: CompanyId,
    pub name: String,
    pub residence_card_expiry: Option<NaiveDate>,
    pub passport_expiry: Option<NaiveDate>,
    pub contract_ended_on: Option<NaiveDate>,
    /// The 支援担当者 in charge, if any.
    pub support_officer_id: Option<UserId>,
    /// The applications recorded: for the visa (or change of status) and for a renewal.
    /// A Japanese certificate's age counts to the one it goes with.
    pub visa_applied_on: Option<NaiveDate>,
    pub renewal_applied_on: Option<NaiveDate>,
}

impl OfWorker for WorkerTarget {
    fn worker(&self) -> WorkerScope {
        WorkerScope {
            worker_id: self.id,
            company_id: self.company_id,
        }
    }
}

/// The worker `worker_id` of `organization_id`, if there is one.
pub async fn worker_target(
    db: &Db,
    organization_id: OrganizationId,
    worker_id: WorkerId,
) -> Result<Option<WorkerTarget>, sqlx::Error> {
    fetch!(optional WorkerTarget, db,
        "SELECT id, company_id, family_name || ' ' || given_name AS name,
                residence_card_expiry, passport_expiry, contract_ended_on, support_officer_id,
                visa_applied_on, renewal_applied_on
         FROM workers WHERE organization_id = $1 AND id = $2",
        organization_id, worker_id,
    )
}

/// The supervisor interview's next due date, kept on the worker: set by the plan's rule
/// when the plan is made or re-planned (`enrolment`), and by a recorded supervisor interview.
pub async fn set_supervisor_due(
    tx: &mut Tx,
    organization_id: OrganizationId,
    worker_id: WorkerId,
    due: Option<NaiveDate>,
) -> Result<(), sqlx::Error> {
    execute!(tx: tx,
        "UPDATE workers SET supervisor_interview_due_on = $1
         WHERE organization_id = $2 AND id = $3",
        due, organization_id, worker_id,
    )
    .map(|_| ())
}

/// The worker's record follows an accepted card or passport (`documents`' review): the
/// dashboard and the worker's page read the expiry from it.
pub async fn set_expiry(
    tx: &mut Tx,
    worker_id: WorkerId,
    passport: bool,
    expires_on: NaiveDate,
) -> Result<(), sqlx::Error> {
    let sql = if passport {
        "UPDATE workers SET passport_expiry = $1, updated_at = $2 WHERE id = $3"
    } else {
        "UPDATE workers SET residence_card_expiry = $1, updated_at = $2 WHERE id = $3"
    };
    execute!(tx: tx, sql, expires_on, Utc::now(), worker_id).map(|_| ())
}
