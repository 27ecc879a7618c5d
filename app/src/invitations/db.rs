//! Invitation rows: made by staff, opened by the invitee, used once.

use chrono::{DateTime, Duration, Utc};

use crate::auth::new_token;
use crate::db::{Db, Tx, fetch, on_tx};
use crate::domain::{InvitationId, OrganizationId, UserId, WorkerId};

/// An invitation link works for 7 days.
pub const VALID_FOR: Duration = Duration::days(7);

/// Makes a new invitation for `user_id`, replacing any open one, and returns its id and
/// the token (which is not stored).
pub async fn create(
    tx: &mut Tx,
    organization_id: OrganizationId,
    user_id: UserId,
    created_by: UserId,
) -> Result<(InvitationId, String), sqlx::Error> {
    let id = InvitationId::new_v7();
    let (token, token_hash) = new_token();
    let now = Utc::now();
    on_tx!(tx, conn => {
        sqlx::query(
            "UPDATE invitations SET revoked_at = $2, updated_at = $2
             WHERE user_id = $1 AND used_at IS NULL AND revoked_at IS NULL",
        )
        .bind(user_id)
        .bind(now)
        .execute(&mut *conn)
        .await?;
        sqlx::query(
            "INSERT INTO invitations (id, organization_id, user_id, token_hash, created_by,
                                      expires_at, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $7)",
        )
        .bind(id)
        .bind(organization_id)
        .bind(user_id)
        .bind(&token_hash)
        .bind(created_by)
        .bind(now + VALID_FOR)
        .bind(now)
        .execute(&mut *conn)
        .await
        .map(|done| done.rows_affected())
    })?;
    Ok((id, token))
}

/// An open invitation and the person it is for.
#[derive(Debug, sqlx::FromRow)]
pub struct OpenInvitationRow {
    pub id: InvitationId,
    pub organization_id: OrganizationId,
    pub user_id: UserId,
    /// The staff member who made it.
    pub created_by: UserId,
    pub role: String,
    pub display_name: String,
    pub login_id: Option<String>,
    pub email: Option<String>,
    pub preferred_locale: String,
}

/// The invitation with this token hash, if it can still be used: not used, not replaced,
/// not expired, and its account not disabled.
pub async fn find_open(
    db: &Db,
    token_hash: &str,
) -> Result<Option<OpenInvitationRow>, sqlx::Error> {
    fetch!(optional OpenInvitationRow, db,
        "SELECT i.id, i.organization_id, i.user_id, i.created_by, u.role, u.display_name,
                u.login_id,
                u.email, u.preferred_locale
         FROM invitations i JOIN users u ON u.id = i.user_id
         WHERE i.token_hash = $1 AND i.used_at IS NULL AND i.revoked_at IS NULL
           AND i.expires_at > $2 AND u.disabled_at IS NULL",
        token_hash, Utc::now(),
    )
}

/// Uses the invitation and sets the password, ending the user's other sessions (the old
/// password stops working). `false` when the invitation was used or replaced meanwhile.
pub async fn accept(
    tx: &mut Tx,
    invitation_id: InvitationId,
    user_id: UserId,
    password_hash: &str,
) -> Result<bool, sqlx::Error> {
    let now = Utc::now();
    on_tx!(tx, conn => {
        let used = sqlx::query(
            "UPDATE invitations SET used_at = $2, updated_at = $2
             WHERE id = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $2",
        )
        .bind(invitation_id)
        .bind(now)
        .execute(&mut *conn)
        .await?
        .rows_affected();
        if used != 1 {
            return Ok(false);
        }
        let updated = sqlx::query(
            "UPDATE users SET password_hash = $2, session_generation = session_generation + 1,
                              updated_at = $3
             WHERE id = $1 AND disabled_at IS NULL",
        )
        .bind(user_id)
        .bind(password_hash)
        .bind(now)
        .execute(&mut *conn)
        .await?
        .rows_affected();
        Ok(updated == 1)
    })
}

/// An invitation as staff see it.
#[derive(Debug, sqlx::FromRow)]
pub struct InvitationRow {
    pub id: InvitationId,
    pub user_id: UserId,
    pub token_hash: String,
    pub role: String,
    pub display_name: String,
    pub login_id: Option<String>,
    pub email: Option<String>,
    pub worker_id: Option<WorkerId>,
    pub preferred_locale: String,
    pub expires_at: DateTime<Utc>,
    pub used_at: Option<DateTime<Utc>>,
    pub revoked_at: Option<DateTime<Utc>>,
}

pub async fn find_in_org(
    db: &Db,
    organization_id: OrganizationId,
    id: InvitationId,
) -> Result<Option<InvitationRow>, sqlx::Error> {
    fetch!(optional InvitationRow, db,
        "SELECT i.id, i.user_id, i.token_hash, u.role, u.display_name, u.login_id, u.email,
                w.id AS worker_id, u.preferred_locale, i.expires_at, i.used_at,
                i.revoked_at
         FROM invitations i
         JOIN users u ON u.id = i.user_id
         LEFT JOIN workers w ON w.user_id = u.id
         WHERE i.id = $1 AND i.organization_id = $2",
        id, organization_id,
    )
}

/// The user an invitation may be made for: in the organization, with their role.
#[derive(Debug, sqlx::FromRow)]
pub struct InviteeRow {
    pub role: String,
    pub disabled_at: Option<DateTime<Utc>>,
}

pub async fn invitee(
    db: &Db,
    organization_id: OrganizationId,
    user_id: UserId,
) -> Result<Option<InviteeRow>, sqlx::Error> {
    fetch!(optional InviteeRow, db,
        "SELECT role, disabled_at FROM users WHERE id = $1 AND organization_id = $2",
        user_id, organization_id,
    )
}
