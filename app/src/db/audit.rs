//! The audit log: every state change writes a row in the same transaction.

use chrono::Utc;
use uuid::Uuid;

use super::{Tx, execute};

use crate::domain::{AuditAction, OrganizationId, UserId};

/// One audit row to write.
#[derive(Debug)]
pub struct AuditEntry<'a> {
    pub organization_id: Option<OrganizationId>,
    /// `None` when the system itself acts (demo data, scheduled jobs).
    pub actor_user_id: Option<UserId>,
    pub action: AuditAction,
    pub entity: &'a str,
    pub entity_id: Option<Uuid>,
    /// JSON details of the change.
    pub detail: serde_json::Value,
    /// The client's address, when a request caused the change.
    pub ip: Option<String>,
}

pub async fn write_audit(tx: &mut Tx, entry: AuditEntry<'_>) -> Result<(), sqlx::Error> {
    let detail = entry.detail.to_string();
    execute!(tx: tx,
        "INSERT INTO audit_log (id, organization_id, actor_user_id, action, entity, entity_id, detail, at, ip)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        Uuid::now_v7(),
        entry.organization_id,
        entry.actor_user_id,
        entry.action.code(),
        entry.entity,
        entry.entity_id,
        &detail,
        Utc::now(),
        &entry.ip,
    )?;
    Ok(())
}
