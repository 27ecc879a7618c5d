//! A reminder: a notification that a scheduled job makes about something coming up, and
//! its writing. The features offer the reminders that concern them (each as a function
//! returning them); `crate::reminders` gathers them and writes them here.
//!
//! Each reminder has an identity (its dedupe key: what, whose, and the date it is about)
//! and the database keeps one notification per user and key. A second run, a restart or a
//! second server instance running the same job at the same moment therefore adds
//! nothing; a moved interview or a renewed card is a new reminder. Each is written with
//! its e-mail copy and its audit row in one transaction.

use serde_json::json;

use crate::db::{AuditEntry, Db, write_audit};
use crate::domain::{AuditAction, OrganizationId, UserId};
use crate::notifications::{
    Notice,
    db::{self as notify, NewNotification},
};

/// One reminder to one user.
pub struct Reminder {
    pub organization_id: OrganizationId,
    pub user_id: UserId,
    pub notice: Notice,
    pub link: String,
    pub key: String,
}

/// Writes each reminder in its own transaction; returns how many were new.
pub async fn write_reminders(db: &Db, reminders: Vec<Reminder>) -> Result<usize, sqlx::Error> {
    let mut written = 0;
    for reminder in reminders {
        let mut tx = db.begin().await?;
        let new = notify::notify(
            &mut tx,
            &NewNotification {
                organization_id: reminder.organization_id,
                user_id: reminder.user_id,
                notice: &reminder.notice,
                link: &reminder.link,
                dedupe_key: Some(&reminder.key),
            },
        )
        .await?;
        if new {
            write_audit(
                &mut tx,
                AuditEntry {
                    organization_id: Some(reminder.organization_id),
                    actor_user_id: None,
                    action: AuditAction::NotificationReminded,
                    entity: "user",
                    entity_id: Some(reminder.user_id.uuid()),
                    detail: json!({ "kind": reminder.notice.code(), "key": reminder.key }),
                    ip: None,
                },
            )
            .await?;
            written += 1;
        }
        tx.commit().await?;
    }
    Ok(written)
}
