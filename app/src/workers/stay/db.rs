//! The stay's rows: the period of stay kept on the worker, the renewals and the leave.
//! `workers` is the one writer of all three tables.

use chrono::{NaiveDate, Utc};

use crate::{
    db::{Db, Tx, execute, fetch},
    domain::{LeaveId, OrganizationId, RenewalId, WorkerId},
};

/// The stay's columns of a worker.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct StayColumns {
    pub stay_granted_on: Option<NaiveDate>,
    pub residence_card_expiry: Option<NaiveDate>,
    pub ssw_first_entered_on: Option<NaiveDate>,
    pub total_stay_ends_on: Option<NaiveDate>,
    pub renewal_applied_on: Option<NaiveDate>,
}

/// `$1` organization, `$2` worker.
const SELECT_COLUMNS: &str = "SELECT stay_granted_on, residence_card_expiry, ssw_first_entered_on,
        total_stay_ends_on, renewal_applied_on
    FROM workers WHERE organization_id = $1 AND id = $2";

pub async fn columns(
    db: &Db,
    organization_id: OrganizationId,
    worker_id: WorkerId,
) -> Result<Option<StayColumns>, sqlx::Error> {
    fetch!(optional StayColumns, db,
        SELECT_COLUMNS,
        organization_id, worker_id,
    )
}

/// The same, read inside a transaction (what a change starts from).
pub async fn columns_in(
    tx: &mut Tx,
    organization_id: OrganizationId,
    worker_id: WorkerId,
) -> Result<Option<StayColumns>, sqlx::Error> {
    fetch!(optional StayColumns, tx: tx,
        SELECT_COLUMNS,
        organization_id, worker_id,
    )
}

pub async fn set_columns(
    tx: &mut Tx,
    organization_id: OrganizationId,
    worker_id: WorkerId,
    c: &StayColumns,
) -> Result<bool, sqlx::Error> {
    execute!(tx: tx,
        "UPDATE workers SET stay_granted_on = $3, residence_card_expiry = $4,
                ssw_first_entered_on = $5, total_stay_ends_on = $6, renewal_applied_on = $7,
                updated_at = $8
         WHERE organization_id = $1 AND id = $2",
        organization_id, worker_id, c.stay_granted_on, c.residence_card_expiry,
        c.ssw_first_entered_on, c.total_stay_ends_on, c.renewal_applied_on, Utc::now(),
    )
    .map(|done| done == 1)
}

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct RenewalRow {
    pub id: RenewalId,
    pub expiry: NaiveDate,
    pub applied_on: NaiveDate,
    pub decided_on: Option<NaiveDate>,
    pub result: Option<String>,
}

/// A worker's renewals, oldest first.
pub async fn renewals(
    db: &Db,
    organization_id: OrganizationId,
    worker_id: WorkerId,
) -> Result<Vec<RenewalRow>, sqlx::Error> {
    fetch!(all RenewalRow, db,
        "SELECT id, expiry, applied_on, decided_on, result FROM worker_renewals
         WHERE organization_id = $1 AND worker_id = $2 ORDER BY applied_on, id",
        organization_id, worker_id,
    )
}

/// One renewal of the organization, with its worker.
pub async fn renewal_in(
    tx: &mut Tx,
    organization_id: OrganizationId,
    id: RenewalId,
) -> Result<Option<(WorkerId, RenewalRow)>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Row {
        worker_id: WorkerId,
        #[sqlx(flatten)]
        renewal: RenewalRow,
    }
    let row = fetch!(optional Row, tx: tx,
        "SELECT worker_id, id, expiry, applied_on, decided_on, result FROM worker_renewals
         WHERE organization_id = $1 AND id = $2",
        organization_id, id,
    )?;
    Ok(row.map(|r| (r.worker_id, r.renewal)))
}

pub async fn insert_renewal(
    tx: &mut Tx,
    organization_id: OrganizationId,
    worker_id: WorkerId,
    expiry: NaiveDate,
    applied_on: NaiveDate,
) -> Result<RenewalId, sqlx::Error> {
    let id = RenewalId::new_v7();
    let now = Utc::now();
    execute!(tx: tx,
        "INSERT INTO worker_renewals (id, organization_id, worker_id, expiry, applied_on,
                                      created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $6)",
        id, organization_id, worker_id, expiry, applied_on, now,
    )?;
    Ok(id)
}

/// Records the decision of a renewal still undecided; `false` when it was decided meanwhile.
pub async fn decide_renewal(
    tx: &mut Tx,
    organization_id: OrganizationId,
    id: RenewalId,
    decided_on: NaiveDate,
    result: &str,
) -> Result<bool, sqlx::Error> {
    execute!(tx: tx,
        "UPDATE worker_renewals SET decided_on = $3, result = $4, updated_at = $5
         WHERE organization_id = $1 AND id = $2 AND decided_on IS NULL",
        organization_id, id, decided_on, result, Utc::now(),
    )
    .map(|done| done == 1)
}

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct LeaveRow {
    pub id: LeaveId,
    pub kind: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
}

/// `$1` organization, `$2` worker.
const SELECT_LEAVES: &str = "SELECT id, kind, starts_on, ends_on FROM worker_leaves
    WHERE organization_id = $1 AND worker_id = $2 ORDER BY starts_on, id";

pub async fn leaves(
    db: &Db,
    organization_id: OrganizationId,
    worker_id: WorkerId,
) -> Result<Vec<LeaveRow>, sqlx::Error> {
    fetch!(all LeaveRow, db,
        SELECT_LEAVES,
        organization_id, worker_id,
    )
}

pub async fn leaves_in(
    tx: &mut Tx,
    organization_id: OrganizationId,
    worker_id: WorkerId,
) -> Result<Vec<LeaveRow>, sqlx::Error> {
    fetch!(all LeaveRow, tx: tx,
        SELECT_LEAVES,
        organization_id, worker_id,
    )
}

pub async fn insert_leave(
    tx: &mut Tx,
    organization_id: OrganizationId,
    worker_id: WorkerId,
    kind: &str,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
) -> Result<LeaveId, sqlx::Error> {
    let id = LeaveId::new_v7();
    let now = Utc::now();
    execute!(tx: tx,
        "INSERT INTO worker_leaves (id, organization_id, worker_id, kind, starts_on, ends_on,
                                    created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7)",
        id, organization_id, worker_id, kind, starts_on, ends_on, now,
    )?;
    Ok(id)
}

/// The leave's worker, when it is the organization's.
pub async fn leave_worker(
    tx: &mut Tx,
    organization_id: OrganizationId,
    id: LeaveId,
) -> Result<Option<WorkerId>, sqlx::Error> {
    fetch!(scalar_optional WorkerId, tx: tx,
        "SELECT worker_id FROM worker_leaves WHERE organization_id = $1 AND id = $2",
        organization_id, id,
    )
}

pub async fn delete_leave(
    tx: &mut Tx,
    organization_id: OrganizationId,
    id: LeaveId,
) -> Result<bool, sqlx::Error> {
    execute!(tx: tx,
        "DELETE FROM worker_leaves WHERE organization_id = $1 AND id = $2",
        organization_id, id,
    )
    .map(|done| done == 1)
}
