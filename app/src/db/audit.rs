//! The audit log: every state change writes a row in the same transaction.

use chrono::Utc;
use uuid::Uuid;

use super::{Tx, on_tx};

/// One audit row to write.
#[derive(Debug)]
pub struct AuditEntry<'a> {
    pub organization_id: Option<Uuid>,
    /// `None` when the system itself acts (demo data, scheduled jobs).
    pub actor_user_id: Option<Uuid>,
    pub action: &'a str,
    pub entity: &'a str,
    pub entity_id: Option<Uuid>,
    /// JSON details of the change.
    pub detail: serde_json::Value,
    /// The client's address, when a request caused the change.
    pub ip: Option<String>,
}

pub async fn write_audit(tx: &mut Tx, entry: AuditEntry<'_>) -> Result<(), sqlx::Error> {
    let detail = entry.detail.to_string();
    on_tx!(tx, conn => {
        sqlx::query(
            "INSERT INTO audit_log (id, organization_id, actor_user_id, action, entity, entity_id, detail, at, ip)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(Uuid::now_v7())
        .bind(entry.organization_id)
        .bind(entry.actor_user_id)
        .bind(entry.action)
        .bind(entry.entity)
        .bind(entry.entity_id)
        .bind(&detail)
        .bind(Utc::now())
        .bind(&entry.ip)
        .execute(conn)
        .await
        .map(|done| done.rows_affected())
    })?;
    Ok(())
}
