//! Demo data: one support organization, three companies in different fields, nine workers
//! of the main nationalities (one of them a former worker), staff and company users. Only written when the operator asks
//! for it (`--demo-data`); running it twice changes nothing.
//!
//! It sits on top, apart from the database layer, because it writes through the features
//! (a plan through `supports`, the opening hours through `consultations`).

use chrono::{NaiveDate, Utc};
use serde_json::json;
use uuid::Uuid;

use crate::{
    db::{AuditEntry, Db, Tx, execute, on_db, on_tx, write_audit},
    domain::{AuditAction, CompanyId, OrganizationId, Role, UserId, WorkerId},
};

mod data;
mod organization;
mod plans;
mod record;
#[cfg(test)]
mod tests;
pub mod volume;

use data::{COMPANIES, DemoCompany, DemoUser, DemoWorker, USERS, WORKERS};

/// The demo organization's slug; its presence means the demo data is already there.
pub const DEMO_ORG_SLUG: &str = "demo";

/// The one password of every demo account (at least 10 characters, as the portal requires).
pub const DEMO_PASSWORD: &str = "shien-demo-2026";

/// The demo organization's telephone number (a fictional Tokyo number).
pub const DEMO_PHONE: &str = "03-0000-0000";

/// A sign-in to print for the operator and list in the README.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DemoSignIn {
    pub role: &'static str,
    pub login: &'static str,
}

/// Every demo sign-in, in the order the README lists them.
pub fn sign_ins() -> Vec<DemoSignIn> {
    let accounts = USERS.iter().map(|u| DemoSignIn {
        role: u.role.code(),
        login: u.email,
    });
    let workers = WORKERS.iter().map(|w| DemoSignIn {
        role: Role::Worker.code(),
        login: w.login_id,
    });
    accounts.chain(workers).collect()
}

#[derive(Debug, PartialEq, Eq)]
pub enum SeedOutcome {
    Created,
    AlreadyPresent,
}

#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    #[error("database error while writing demo data: {0}")]
    Database(#[from] sqlx::Error),
    #[error("could not hash the demo password: {0}")]
    Hashing(String),
    #[error("invalid date in the demo data")]
    Date,
}

/// Writes the demo data in one transaction, unless it is already there.
pub async fn seed(db: &Db) -> Result<SeedOutcome, SeedError> {
    let present: Option<Uuid> = on_db!(db, pool => {
        sqlx::query_scalar("SELECT id FROM organizations WHERE slug = $1")
            .bind(DEMO_ORG_SLUG)
            .fetch_optional(pool)
            .await
    })?;
    if present.is_some() {
        return Ok(SeedOutcome::AlreadyPresent);
    }

    // Argon2 is slow on purpose: hash off the async threads, one salt per account.
    let count = USERS.len() + WORKERS.len();
    let hashes = tokio::task::spawn_blocking(move || {
        (0..count)
            .map(|_| password_auth::generate_hash(DEMO_PASSWORD))
            .collect::<Vec<_>>()
    })
    .await
    .map_err(|e| SeedError::Hashing(e.to_string()))?;

    let mut tx = db.begin().await?;
    let org_id = insert_org(&mut tx).await?;
    let mut company_ids = Vec::with_capacity(COMPANIES.len());
    let mut workplaces = Vec::with_capacity(COMPANIES.len());
    for (company, facts) in COMPANIES.iter().zip(&record::COMPANY_FACTS) {
        let id = insert_company(&mut tx, org_id, company).await?;
        workplaces.push(record::seed_company(&mut tx, org_id, id, facts).await?);
        company_ids.push(id);
    }
    let (user_hashes, worker_hashes) = hashes.split_at(USERS.len());
    let mut user_ids = Vec::with_capacity(USERS.len());
    for (user, hash) in USERS.iter().zip(user_hashes) {
        user_ids.push(insert_user(&mut tx, org_id, user, &company_ids, hash).await?);
    }
    let today = crate::locale::today_in_japan();
    organization::seed_organization(&mut tx, org_id, &user_ids, &company_ids, today).await?;
    for (n, (worker, hash)) in WORKERS.iter().zip(worker_hashes).enumerate() {
        let (worker_id, worker_user) =
            insert_worker(&mut tx, org_id, worker, &company_ids, hash).await?;
        let dates = (date(worker.entry)?, date(worker.card_expiry)?);
        record::seed_worker(
            &mut tx,
            org_id,
            worker_id,
            workplaces[worker.company],
            dates,
            &record::WORKER_FACTS[n],
            today,
        )
        .await?;
        // The officer who speaks the worker's language, else 田中.
        let officer = if worker.locale == "vi" { 2 } else { 1 };
        let company_user = USERS
            .iter()
            .position(|u| u.company == Some(worker.company))
            .and_then(|i| user_ids.get(i).copied());
        let people = plans::People {
            officer: user_ids.get(officer).copied(),
            officer_name: USERS[officer].name,
            worker_user,
            company_user,
        };
        plans::seed_plan(&mut tx, org_id, worker_id, worker, n, &people, today).await?;
    }
    crate::consultations::store_opening_hours(
        &mut tx,
        org_id,
        &opening_week(),
        None,
        chrono::Utc::now(),
    )
    .await?;
    crate::consultations::store_contact_phone(
        &mut tx,
        org_id,
        Some(DEMO_PHONE),
        None,
        chrono::Utc::now(),
    )
    .await?;
    write_audit(
        &mut tx,
        AuditEntry {
            organization_id: Some(org_id),
            actor_user_id: None,
            action: AuditAction::DemoSeeded,
            entity: "organization",
            entity_id: Some(org_id.uuid()),
            detail: json!({ "companies": COMPANIES.len(), "users": USERS.len(), "workers": WORKERS.len() }),
            ip: None,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(SeedOutcome::Created)
}

/// The demo's consultation hours: weekdays 9:00–18:00 and Saturday 10:00–15:00.
fn opening_week() -> Vec<crate::domain::OpeningDay> {
    let time = |h| chrono::NaiveTime::from_hms_opt(h, 0, 0).unwrap_or_default();
    (0..6)
        .map(|weekday| crate::domain::OpeningDay {
            weekday,
            opens: time(if weekday == 5 { 10 } else { 9 }),
            closes: time(if weekday == 5 { 15 } else { 18 }),
        })
        .collect()
}

async fn insert_org(tx: &mut Tx) -> Result<OrganizationId, sqlx::Error> {
    let id = OrganizationId::new_v7();
    let now = Utc::now();
    execute!(tx: tx,
        "INSERT INTO organizations (id, slug, name, registration_number, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $5)",
        id, DEMO_ORG_SLUG, "さくら登録支援機関", "22登-012345", now,
    )?;
    Ok(id)
}

async fn insert_company(
    tx: &mut Tx,
    org_id: OrganizationId,
    company: &DemoCompany,
) -> Result<CompanyId, sqlx::Error> {
    let id = CompanyId::new_v7();
    let now = Utc::now();
    execute!(tx: tx,
        "INSERT INTO companies (id, organization_id, name, field, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $5)",
        id, org_id, company.name, company.field.code(), now,
    )?;
    Ok(id)
}

async fn insert_user(
    tx: &mut Tx,
    org_id: OrganizationId,
    user: &DemoUser,
    company_ids: &[CompanyId],
    hash: &str,
) -> Result<UserId, sqlx::Error> {
    let id = UserId::new_v7();
    let now = Utc::now();
    let company_id = user.company.and_then(|i| company_ids.get(i).copied());
    on_tx!(tx, conn => {
        sqlx::query(
            "INSERT INTO users (id, organization_id, role, email, display_name, preferred_locale,
                                password_hash, company_id, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, 'ja', $6, $7, $8, $8)",
        )
        .bind(id)
        .bind(org_id)
        .bind(user.role.code())
        .bind(user.email)
        .bind(user.name)
        .bind(hash)
        .bind(company_id)
        .bind(now)
        .execute(&mut *conn)
        .await?;
        if let Some((position, languages)) = user.staff {
            sqlx::query(
                "INSERT INTO staff (id, organization_id, user_id, full_name, position, languages, created_at, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $7)",
            )
            .bind(Uuid::now_v7())
            .bind(org_id)
            .bind(id)
            .bind(user.name)
            .bind(position)
            .bind(languages)
            .bind(now)
            .execute(&mut *conn)
            .await?;
        }
        Ok::<_, sqlx::Error>(())
    })?;
    Ok(id)
}

fn date((y, m, d): (i32, u32, u32)) -> Result<NaiveDate, SeedError> {
    NaiveDate::from_ymd_opt(y, m, d).ok_or(SeedError::Date)
}

async fn insert_worker(
    tx: &mut Tx,
    org_id: OrganizationId,
    worker: &DemoWorker,
    company_ids: &[CompanyId],
    hash: &str,
) -> Result<(WorkerId, UserId), SeedError> {
    let user_id = UserId::new_v7();
    let worker_id = WorkerId::new_v7();
    let now = Utc::now();
    // Indices into the constant tables above, checked by the tests.
    let company_id = company_ids[worker.company];
    let field = COMPANIES[worker.company].field.code();
    let display_name = format!("{} {}", worker.family_name, worker.given_name);
    let (entry, expiry) = (date(worker.entry)?, date(worker.card_expiry)?);
    on_tx!(tx, conn => {
        sqlx::query(
            "INSERT INTO users (id, organization_id, role, login_id, display_name, preferred_locale,
                                password_hash, created_at, updated_at)
             VALUES ($1, $2, 'worker', $3, $4, $5, $6, $7, $7)",
        )
        .bind(user_id)
        .bind(org_id)
        .bind(worker.login_id)
        .bind(&display_name)
        .bind(worker.locale)
        .bind(hash)
        .bind(now)
        .execute(&mut *conn)
        .await?;
        sqlx::query(
            "INSERT INTO workers (id, organization_id, company_id, user_id, family_name, given_name,
                                  nationality, preferred_locale, field, entry_date, residence_card_expiry,
                                  created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)",
        )
        .bind(worker_id)
        .bind(org_id)
        .bind(company_id)
        .bind(user_id)
        .bind(worker.family_name)
        .bind(worker.given_name)
        .bind(worker.nationality)
        .bind(worker.locale)
        .bind(field)
        .bind(entry)
        .bind(expiry)
        .bind(now)
        .execute(&mut *conn)
        .await?;
        Ok::<_, sqlx::Error>(())
    })?;
    Ok((worker_id, user_id))
}
