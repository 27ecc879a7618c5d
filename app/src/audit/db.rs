//! Reading the audit log, always within one organization.

use chrono::{DateTime, Utc};

use super::AuditLine;
use crate::db::{Db, fetch, on_db};
use crate::domain::{OrganizationId, UserId};

/// The page shows the latest lines; older ones stay in the database.
const LINES_SHOWN: i64 = 200;

#[derive(Debug, sqlx::FromRow)]
struct LineRow {
    at: DateTime<Utc>,
    actor: Option<String>,
    action: String,
    subject: Option<String>,
    ip: Option<String>,
}

pub async fn lines(
    db: &Db,
    organization_id: OrganizationId,
    person: Option<UserId>,
    action: Option<&str>,
) -> Result<Vec<AuditLine>, sqlx::Error> {
    let rows = fetch!(all LineRow, db,
        "SELECT a.at, actor.display_name AS actor, a.action,
                COALESCE(subject.display_name,
                         worker.family_name || ' ' || worker.given_name) AS subject,
                a.ip
         FROM audit_log a
         LEFT JOIN users actor ON actor.id = a.actor_user_id
         LEFT JOIN users subject ON subject.id = a.entity_id AND a.entity = 'user'
                                 AND subject.organization_id = a.organization_id
         LEFT JOIN workers worker ON worker.id = a.entity_id AND a.entity = 'worker'
                                 AND worker.organization_id = a.organization_id
         WHERE a.organization_id = $1
           AND ($2 IS NULL OR a.actor_user_id = $2 OR a.entity_id = $2
                OR a.entity_id IN (SELECT w.id FROM workers w WHERE w.user_id = $2))
           AND ($3 IS NULL OR a.action = $3)
         ORDER BY a.at DESC, a.id DESC
         LIMIT $4",
        organization_id, person, action, LINES_SHOWN,
    )?;
    Ok(rows
        .into_iter()
        .map(|r| AuditLine {
            at: r.at,
            actor: r.actor,
            action: r.action,
            subject: r.subject,
            ip: r.ip,
        })
        .collect())
}

pub async fn people(
    db: &Db,
    organization_id: OrganizationId,
) -> Result<Vec<(UserId, String)>, sqlx::Error> {
    fetch!(
        all(UserId, String),
        db,
        "SELECT id, display_name FROM users WHERE organization_id = $1 ORDER BY display_name, id",
        organization_id,
    )
}

pub async fn actions(db: &Db, organization_id: OrganizationId) -> Result<Vec<String>, sqlx::Error> {
    on_db!(db, pool => {
        sqlx::query_scalar::<_, String>(
            "SELECT DISTINCT action FROM audit_log WHERE organization_id = $1 ORDER BY action",
        )
        .bind(organization_id)
        .fetch_all(pool)
        .await
    })
}
