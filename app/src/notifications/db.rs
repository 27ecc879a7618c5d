//! Notifications in the database: written inside the transaction of the change they tell
//! about (with their e-mail copy in the outbox), read and marked read by their own user only.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::{Notice, NotificationView};
use crate::db::{Db, Tx, execute, fetch, on_tx};
use crate::domain::{NotificationId, OrganizationId, UserId, WorkerId};

/// How many notifications the list shows; older ones stay in the database.
const LIST_LIMIT: i64 = 50;

/// One notification to write.
#[derive(Debug)]
pub struct NewNotification<'a> {
    pub organization_id: OrganizationId,
    pub user_id: UserId,
    pub notice: &'a Notice,
    /// The page it leads to (a path on this site).
    pub link: &'a str,
    /// A reminder's identity: the same key for the same user is written once only.
    pub dedupe_key: Option<&'a str>,
}

/// Writes the notification and, when the user has an e-mail address, its outbox row.
/// Returns `false` when a reminder with the same key already exists (nothing written).
pub async fn notify(tx: &mut Tx, new: &NewNotification<'_>) -> Result<bool, sqlx::Error> {
    let id = NotificationId::new_v7();
    let now = Utc::now();
    let params = serde_json::to_string(new.notice).map_err(|e| sqlx::Error::Encode(e.into()))?;
    let written = execute!(tx: tx,
        "INSERT INTO notifications
             (id, organization_id, user_id, kind, params, link, dedupe_key, created_at)
         SELECT $1, $2, u.id, $4, $5, $6, $7, $8
         FROM users u
         WHERE u.id = $3 AND u.organization_id = $2 AND u.disabled_at IS NULL
         ON CONFLICT (user_id, dedupe_key) DO NOTHING",
        id,
        new.organization_id,
        new.user_id,
        new.notice.code(),
        &params,
        new.link,
        new.dedupe_key,
        now,
    )?;
    if written == 0 {
        return Ok(false);
    }
    execute!(tx: tx,
        "INSERT INTO email_outbox
             (id, organization_id, notification_id, to_address, status, next_attempt_at, created_at)
         SELECT $1, u.organization_id, $2, u.email, 'pending', $4, $4
         FROM users u
         WHERE u.id = $3 AND u.email IS NOT NULL",
        Uuid::now_v7(), id, new.user_id, now,
    )
    .map(|_| ())?;
    Ok(true)
}

/// Notifies each of `users` (the same notice and link).
pub async fn notify_all(
    tx: &mut Tx,
    organization_id: OrganizationId,
    users: &[UserId],
    notice: &Notice,
    link: &str,
) -> Result<(), sqlx::Error> {
    for user_id in users {
        notify(
            tx,
            &NewNotification {
                organization_id,
                user_id: *user_id,
                notice,
                link,
                dedupe_key: None,
            },
        )
        .await?;
    }
    Ok(())
}

/// The organization's staff who can act (staff and admins, not disabled).
pub async fn staff_of(
    tx: &mut Tx,
    organization_id: OrganizationId,
) -> Result<Vec<UserId>, sqlx::Error> {
    on_tx!(tx, conn => {
        sqlx::query_scalar::<_, UserId>(
            "SELECT id FROM users
             WHERE organization_id = $1 AND role IN ('staff', 'admin') AND disabled_at IS NULL
             ORDER BY id",
        )
        .bind(organization_id)
        .fetch_all(&mut *conn)
        .await
    })
}

/// The company users of the company that employs `worker_id`.
pub async fn company_users_of_worker(
    tx: &mut Tx,
    worker_id: WorkerId,
) -> Result<Vec<UserId>, sqlx::Error> {
    on_tx!(tx, conn => {
        sqlx::query_scalar::<_, UserId>(
            "SELECT u.id FROM users u JOIN workers w ON w.company_id = u.company_id
             WHERE w.id = $1 AND u.role = 'company' AND u.disabled_at IS NULL
             ORDER BY u.id",
        )
        .bind(worker_id)
        .fetch_all(&mut *conn)
        .await
    })
}

/// The worker's own account, if it has one.
pub async fn user_of_worker(
    tx: &mut Tx,
    worker_id: WorkerId,
) -> Result<Option<UserId>, sqlx::Error> {
    fetch!(scalar_optional Option<UserId>, tx: tx,
        "SELECT user_id FROM workers WHERE id = $1",
        worker_id,
    )
    .map(Option::flatten)
}

/// The worker's name as notices show it (family name first, as on the residence card).
pub async fn worker_name(tx: &mut Tx, worker_id: WorkerId) -> Result<String, sqlx::Error> {
    fetch!(scalar String, tx: tx,
        "SELECT family_name || ' ' || given_name FROM workers WHERE id = $1",
        worker_id,
    )
}

#[derive(Debug, sqlx::FromRow)]
struct Row {
    id: NotificationId,
    params: String,
    link: String,
    created_at: DateTime<Utc>,
    read_at: Option<DateTime<Utc>>,
}

/// The user's latest notifications, newest first. A row whose kind this version no longer
/// knows is left out (and logged), never shown as garbage.
pub async fn list(db: &Db, user_id: UserId) -> Result<Vec<NotificationView>, sqlx::Error> {
    let rows = fetch!(all Row, db,
        "SELECT id, params, link, created_at, read_at FROM notifications
         WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2",
        user_id, LIST_LIMIT,
    )?;
    Ok(rows
        .into_iter()
        .filter_map(|row| match serde_json::from_str::<Notice>(&row.params) {
            Ok(notice) => Some(NotificationView {
                id: row.id,
                notice,
                link: row.link,
                created_at: row.created_at,
                read: row.read_at.is_some(),
            }),
            Err(error) => {
                tracing::warn!(%error, id = %row.id, "a notification of an unknown kind");
                None
            }
        })
        .collect())
}

pub async fn unread_count(db: &Db, user_id: UserId) -> Result<i64, sqlx::Error> {
    fetch!(scalar i64, db,
        "SELECT COUNT(*) FROM notifications WHERE user_id = $1 AND read_at IS NULL",
        user_id,
    )
}

/// Marks one of the user's own notifications read; returns its link, or `None` when it is
/// not theirs (nothing changes).
pub async fn mark_read(
    db: &Db,
    user_id: UserId,
    id: NotificationId,
) -> Result<Option<String>, sqlx::Error> {
    let link = fetch!(scalar_optional String, db,
        "SELECT link FROM notifications WHERE id = $1 AND user_id = $2",
        id, user_id,
    )?;
    if link.is_some() {
        execute!(
            db,
            "UPDATE notifications SET read_at = $3
             WHERE id = $1 AND user_id = $2 AND read_at IS NULL",
            id,
            user_id,
            Utc::now(),
        )
        .map(|_| ())?;
    }
    Ok(link)
}

/// Marks every notification of the user read.
pub async fn mark_all_read(db: &Db, user_id: UserId) -> Result<u64, sqlx::Error> {
    execute!(
        db,
        "UPDATE notifications SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL",
        user_id,
        Utc::now(),
    )
}

/// Marks read what leads to `link` (the user opened that page).
pub async fn mark_read_by_link(
    tx: &mut Tx,
    user_id: UserId,
    link: &str,
) -> Result<(), sqlx::Error> {
    execute!(tx: tx,
        "UPDATE notifications SET read_at = $3
         WHERE user_id = $1 AND link = $2 AND read_at IS NULL",
        user_id, link, Utc::now(),
    )
    .map(|_| ())
}
