//! Worker queries. Every query is scoped to the caller's organization; the service adds
//! the company or own-record scope of the caller's role.

use chrono::{NaiveDate, Utc};
use uuid::Uuid;

use crate::db::{Db, Tx, on_db, on_tx};

#[derive(Debug, sqlx::FromRow)]
pub struct WorkerRow {
    pub id: Uuid,
    pub user_id: Option<Uuid>,
    pub company_id: Uuid,
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
}

const SELECT_WORKERS: &str = "
    SELECT w.id, w.user_id, w.company_id, c.name AS company_name, w.family_name, w.given_name,
           w.nationality, w.preferred_locale, w.field, u.login_id,
           (u.password_hash IS NOT NULL) AS has_password,
           w.entry_date, w.residence_card_expiry
    FROM workers w
    JOIN companies c ON c.id = w.company_id
    LEFT JOIN users u ON u.id = w.user_id";

/// The organization's workers, or one company's when `company_id` is given.
pub async fn list(
    db: &Db,
    organization_id: Uuid,
    company_id: Option<Uuid>,
) -> Result<Vec<WorkerRow>, sqlx::Error> {
    let sql = format!(
        "{SELECT_WORKERS}
         WHERE w.organization_id = $1 AND ($2 IS NULL OR w.company_id = $2)
         ORDER BY w.family_name, w.given_name, w.id"
    );
    on_db!(db, pool => {
        sqlx::query_as::<_, WorkerRow>(&sql)
            .bind(organization_id)
            .bind(company_id)
            .fetch_all(pool)
            .await
    })
}

pub async fn find(
    db: &Db,
    organization_id: Uuid,
    id: Uuid,
) -> Result<Option<WorkerRow>, sqlx::Error> {
    let sql = format!("{SELECT_WORKERS} WHERE w.organization_id = $1 AND w.id = $2");
    on_db!(db, pool => {
        sqlx::query_as::<_, WorkerRow>(&sql)
            .bind(organization_id)
            .bind(id)
            .fetch_optional(pool)
            .await
    })
}

#[derive(Debug, sqlx::FromRow)]
pub struct CompanyRow {
    pub id: Uuid,
    pub name: String,
    pub field: String,
}

pub async fn companies(db: &Db, organization_id: Uuid) -> Result<Vec<CompanyRow>, sqlx::Error> {
    on_db!(db, pool => {
        sqlx::query_as::<_, CompanyRow>(
            "SELECT id, name, field FROM companies WHERE organization_id = $1 ORDER BY name",
        )
        .bind(organization_id)
        .fetch_all(pool)
        .await
    })
}

/// Whether a login id is taken (in any organization: login ids are global).
pub async fn login_id_taken(tx: &mut Tx, login_id: &str) -> Result<bool, sqlx::Error> {
    on_tx!(tx, conn => {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM users WHERE login_id = $1")
            .bind(login_id)
            .fetch_one(conn)
            .await
            .map(|n| n > 0)
    })
}

/// A worker and their account, without a password yet.
pub struct NewWorker<'a> {
    pub organization_id: Uuid,
    pub company_id: Uuid,
    pub field: &'a str,
    pub family_name: &'a str,
    pub given_name: &'a str,
    pub nationality: &'a str,
    pub preferred_locale: &'a str,
    pub login_id: &'a str,
}

/// Inserts the user and the worker; returns (worker id, user id).
pub async fn insert(tx: &mut Tx, new: &NewWorker<'_>) -> Result<(Uuid, Uuid), sqlx::Error> {
    let (worker_id, user_id, now) = (Uuid::now_v7(), Uuid::now_v7(), Utc::now());
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
                                  created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)",
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
        .execute(&mut *conn)
        .await
        .map(|done| done.rows_affected())
    })?;
    Ok((worker_id, user_id))
}
