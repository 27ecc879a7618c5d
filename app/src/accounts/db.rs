//! Account queries for the admin.

use crate::db::{Db, Tx, execute, fetch};
use crate::domain::{CompanyId, OrganizationId, UserId};
use chrono::{DateTime, Utc};

#[derive(Debug, sqlx::FromRow)]
pub struct AccountRow {
    pub id: UserId,
    pub display_name: String,
    pub email: Option<String>,
    pub login_id: Option<String>,
    pub role: String,
    pub company_name: Option<String>,
    pub disabled_at: Option<DateTime<Utc>>,
    pub has_password: bool,
}

pub async fn list(
    db: &Db,
    organization_id: OrganizationId,
) -> Result<Vec<AccountRow>, sqlx::Error> {
    fetch!(all AccountRow, db,
        "SELECT u.id, u.display_name, u.email, u.login_id, u.role,
                COALESCE(c.name, wc.name) AS company_name, u.disabled_at,
                (u.password_hash IS NOT NULL) AS has_password
         FROM users u
         LEFT JOIN companies c ON c.id = u.company_id
         LEFT JOIN workers w ON w.user_id = u.id
         LEFT JOIN companies wc ON wc.id = w.company_id
         WHERE u.organization_id = $1
         ORDER BY CASE u.role WHEN 'admin' THEN 0 WHEN 'staff' THEN 1
                              WHEN 'company' THEN 2 ELSE 3 END,
                  u.display_name, u.id",
        organization_id,
    )
}

/// A new staff, admin or company user, without a password yet.
pub struct NewAccount<'a> {
    pub organization_id: OrganizationId,
    pub role: &'a str,
    pub email: &'a str,
    pub display_name: &'a str,
    pub company_id: Option<CompanyId>,
    /// Staff (and admins) also get a staff record.
    pub staff: bool,
}

pub async fn insert(tx: &mut Tx, new: &NewAccount<'_>) -> Result<UserId, sqlx::Error> {
    let (id, now) = (UserId::new_v7(), Utc::now());
    execute!(tx: tx,
        "INSERT INTO users (id, organization_id, role, email, display_name, company_id,
                            created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7)",
        id, new.organization_id, new.role, new.email, new.display_name, new.company_id, now,
    )?;
    if new.staff {
        crate::organization::insert_staff_member(tx, new.organization_id, id, new.display_name)
            .await?;
    }
    Ok(id)
}

/// Disables (or enables) the user; disabling also ends every session. `false` when the
/// user is not in the organization.
pub async fn set_disabled(
    tx: &mut Tx,
    organization_id: OrganizationId,
    user_id: UserId,
    disabled: bool,
) -> Result<bool, sqlx::Error> {
    let now = Utc::now();
    let disabled_at = disabled.then_some(now);
    execute!(tx: tx,
        "UPDATE users SET disabled_at = $3, updated_at = $4,
                          session_generation = session_generation + 1
         WHERE id = $1 AND organization_id = $2",
        user_id, organization_id, disabled_at, now,
    )
    .map(|done| done == 1)
}

/// Whether the company is one of the organization's.
pub async fn company_in_org(
    db: &Db,
    organization_id: OrganizationId,
    company_id: CompanyId,
) -> Result<bool, sqlx::Error> {
    fetch!(scalar i64, db,
        "SELECT COUNT(*) FROM companies WHERE id = $1 AND organization_id = $2",
        company_id, organization_id,
    )
    .map(|n| n == 1)
}
