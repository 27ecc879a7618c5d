//! Worker queries. Every query is scoped to the caller's organization; the service adds
//! the company or own-record scope of the caller's role.

pub(super) mod search;
pub(super) mod shared;

use chrono::{NaiveDate, Utc};

use crate::db::{Db, Tx, execute, fetch, on_tx};
use crate::domain::{CompanyId, Employment, OrganizationId, UserId, WorkerId};

#[derive(Debug, sqlx::FromRow)]
pub struct WorkerRow {
    pub id: WorkerId,
    pub user_id: Option<UserId>,
    pub company_id: CompanyId,
    pub company_name: String,
    pub family_name: String,
    pub given_name: String,
    pub nationality: String,
    pub preferred_locale: String,
    pub field: String,
    pub login_id: Option<String>,
    pub has_password: bool,
    pub entry_date: Option<NaiveDate>,
    pub residence_card_expiry: Option<NaiveDate>,
    pub changed_status_in_japan: bool,
    pub former_intern_same_employer: bool,
    pub contract_signed_on: Option<NaiveDate>,
    pub visa_applied_on: Option<NaiveDate>,
    pub settled_on: Option<NaiveDate>,
    pub support_officer_id: Option<UserId>,
    pub contract_started_on: Option<NaiveDate>,
    pub contract_ended_on: Option<NaiveDate>,
    /// `EmploymentEndReason::code()`, set with `contract_ended_on`.
    pub employment_end_reason: Option<String>,
}

const SELECT_WORKERS: &str = "
    SELECT w.id, w.user_id, w.company_id, c.name AS company_name, w.family_name, w.given_name,
           w.nationality, w.preferred_locale, w.field, u.login_id,
           (u.password_hash IS NOT NULL) AS has_password,
           w.entry_date, w.residence_card_expiry, w.changed_status_in_japan,
           w.former_intern_same_employer, w.contract_signed_on, w.visa_applied_on, w.settled_on, w.support_officer_id,
           w.contract_started_on, w.contract_ended_on, w.employment_end_reason
    FROM workers w
    JOIN companies c ON c.id = w.company_id
    LEFT JOIN users u ON u.id = w.user_id";

/// The organization's workers, or one company's when `company_id` is given.
pub async fn list(
    db: &Db,
    organization_id: OrganizationId,
    company_id: Option<CompanyId>,
) -> Result<Vec<WorkerRow>, sqlx::Error> {
    let sql = format!(
        "{SELECT_WORKERS}
         WHERE w.organization_id = $1 AND ($2 IS NULL OR w.company_id = $2)
         ORDER BY w.family_name, w.given_name, w.id"
    );
    fetch!(all WorkerRow, db, &sql, organization_id, company_id)
}

pub async fn find(
    db: &Db,
    organization_id: OrganizationId,
    id: WorkerId,
) -> Result<Option<WorkerRow>, sqlx::Error> {
    let sql = format!("{SELECT_WORKERS} WHERE w.organization_id = $1 AND w.id = $2");
    fetch!(optional WorkerRow, db, &sql, organization_id, id)
}

#[derive(Debug, sqlx::FromRow)]
pub struct CompanyRow {
    pub id: CompanyId,
    pub name: String,
    pub field: String,
}

pub async fn companies(
    db: &Db,
    organization_id: OrganizationId,
) -> Result<Vec<CompanyRow>, sqlx::Error> {
    fetch!(all CompanyRow, db,
        "SELECT id, name, field FROM companies WHERE organization_id = $1 ORDER BY name",
        organization_id,
    )
}

/// Whether a login id is taken (in any organization: login ids are global).
pub async fn login_id_taken(tx: &mut Tx, login_id: &str) -> Result<bool, sqlx::Error> {
    fetch!(scalar i64, tx: tx,
        "SELECT COUNT(*) FROM users WHERE login_id = $1",
        login_id,
    )
    .map(|n| n > 0)
}

/// A worker and their account, without a password yet.
pub struct NewWorker<'a> {
    pub organization_id: OrganizationId,
    pub company_id: CompanyId,
    pub field: &'a str,
    pub family_name: &'a str,
    pub given_name: &'a str,
    pub nationality: &'a str,
    pub preferred_locale: &'a str,
    pub login_id: &'a str,
    pub support_officer_id: Option<UserId>,
}

/// Inserts the user and the worker; returns (worker id, user id).
pub async fn insert(tx: &mut Tx, new: &NewWorker<'_>) -> Result<(WorkerId, UserId), sqlx::Error> {
    let (worker_id, user_id, now) = (WorkerId::new_v7(), UserId::new_v7(), Utc::now());
    let display_name = format!("{} {}", new.family_name, new.given_name);
    on_tx!(tx, conn => {
        sqlx::query(
            "INSERT INTO users (id, organization_id, role, login_id, display_name,
                                preferred_locale, created_at, updated_at)
             VALUES ($1, $2, 'worker', $3, $4, $5, $6, $6)",
        )
        .bind(user_id)
        .bind(new.organization_id)
        .bind(new.login_id)
        .bind(&display_name)
        .bind(new.preferred_locale)
        .bind(now)
        .execute(&mut *conn)
        .await?;
        sqlx::query(
            "INSERT INTO workers (id, organization_id, company_id, user_id, family_name,
                                  given_name, nationality, preferred_locale, field,
                                  support_officer_id, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $11, $10, $10)",
        )
        .bind(worker_id)
        .bind(new.organization_id)
        .bind(new.company_id)
        .bind(user_id)
        .bind(new.family_name)
        .bind(new.given_name)
        .bind(new.nationality)
        .bind(new.preferred_locale)
        .bind(new.field)
        .bind(now)
        .bind(new.support_officer_id)
        .execute(&mut *conn)
        .await
        .map(|done| done.rows_affected())
    })?;
    Ok((worker_id, user_id))
}

/// The dates and people the support plan follows.
pub struct DatesUpdate {
    pub changed_status_in_japan: bool,
    pub former_intern_same_employer: bool,
    pub contract_signed_on: Option<NaiveDate>,
    pub visa_applied_on: Option<NaiveDate>,
    pub entry_date: Option<NaiveDate>,
    pub settled_on: Option<NaiveDate>,
    pub support_officer_id: Option<UserId>,
}

pub async fn update_dates(
    tx: &mut Tx,
    organization_id: OrganizationId,
    id: WorkerId,
    d: &DatesUpdate,
) -> Result<bool, sqlx::Error> {
    execute!(tx: tx,
        "UPDATE workers SET changed_status_in_japan = $3, contract_signed_on = $4,
                visa_applied_on = $5, entry_date = $6, settled_on = $7,
                support_officer_id = $8, updated_at = $9, former_intern_same_employer = $10
         WHERE organization_id = $1 AND id = $2",
        organization_id,
        id,
        d.changed_status_in_japan,
        d.contract_signed_on,
        d.visa_applied_on,
        d.entry_date,
        d.settled_on,
        d.support_officer_id,
        Utc::now(),
        d.former_intern_same_employer,
    )
    .map(|done| done == 1)
}

/// Writes the employment contract's start and end; `false` when the worker is not the
/// organization's.
pub async fn update_employment(
    tx: &mut Tx,
    organization_id: OrganizationId,
    id: WorkerId,
    employment: &Employment,
) -> Result<bool, sqlx::Error> {
    let (ended_on, reason) = employment
        .ended
        .map_or((None, None), |(on, reason)| (Some(on), Some(reason.code())));
    execute!(tx: tx,
        "UPDATE workers SET contract_started_on = $3, contract_ended_on = $4,
                employment_end_reason = $5, updated_at = $6
         WHERE organization_id = $1 AND id = $2",
        organization_id,
        id,
        employment.started_on,
        ended_on,
        reason,
        Utc::now(),
    )
    .map(|done| done == 1)
}
