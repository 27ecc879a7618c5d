//! The account queries of signing in and out.

use chrono::{DateTime, Utc};

use crate::db::{Db, Tx, execute, fetch, on_tx};
use crate::domain::{CompanyId, OrganizationId, UserId, WorkerId};

/// A user as the sign-in form finds them. The hash never leaves the server.
#[derive(Debug, sqlx::FromRow)]
pub struct SignInRow {
    pub id: UserId,
    pub organization_id: OrganizationId,
    pub role: String,
    pub password_hash: Option<String>,
    pub disabled_at: Option<DateTime<Utc>>,
    pub session_generation: i64,
}

/// The user by e-mail (staff, companies) or login id (workers); both are kept lower case.
pub async fn find_for_sign_in(db: &Db, login: &str) -> Result<Option<SignInRow>, sqlx::Error> {
    fetch!(optional SignInRow, db,
        "SELECT id, organization_id, role, password_hash, disabled_at, session_generation
         FROM users WHERE email = $1 OR login_id = $1",
        login,
    )
}

/// A session's user, with the worker record of a worker.
#[derive(Debug, sqlx::FromRow)]
pub struct SessionUserRow {
    pub id: UserId,
    pub organization_id: OrganizationId,
    pub role: String,
    pub display_name: String,
    pub company_id: Option<CompanyId>,
    pub disabled_at: Option<DateTime<Utc>>,
    pub session_generation: i64,
    pub worker_id: Option<WorkerId>,
}

pub async fn session_user(db: &Db, user_id: UserId) -> Result<Option<SessionUserRow>, sqlx::Error> {
    fetch!(optional SessionUserRow, db,
        "SELECT u.id, u.organization_id, u.role, u.display_name, u.company_id,
                u.disabled_at, u.session_generation, w.id AS worker_id
         FROM users u LEFT JOIN workers w ON w.user_id = u.id
         WHERE u.id = $1",
        user_id,
    )
}

/// Ends every session of the user (they check the generation on each request).
pub async fn end_all_sessions(tx: &mut Tx, user_id: UserId) -> Result<(), sqlx::Error> {
    execute!(tx: tx,
        "UPDATE users SET session_generation = session_generation + 1, updated_at = $2
         WHERE id = $1",
        user_id, Utc::now(),
    )?;
    Ok(())
}

/// The user's current session generation.
pub async fn session_generation(tx: &mut Tx, user_id: UserId) -> Result<i64, sqlx::Error> {
    on_tx!(tx, conn => {
        sqlx::query_scalar("SELECT session_generation FROM users WHERE id = $1")
            .bind(user_id)
            .fetch_one(conn)
            .await
    })
}

/// Whose worker `worker_id` of the organization is, for the access rule (`access`).
pub async fn worker_scope(
    db: &Db,
    organization_id: OrganizationId,
    worker_id: WorkerId,
) -> Result<Option<super::WorkerScope>, sqlx::Error> {
    fetch!(optional super::WorkerScope, db,
        "SELECT id AS worker_id, company_id FROM workers
         WHERE id = $1 AND organization_id = $2",
        worker_id, organization_id,
    )
}
