//! Who is calling: the signed-in user of this request's session, checked against the
//! database on every request, so that a disabled account or "sign out of all devices" ends
//! every session at once.

use chrono::Utc;
use serde::{Deserialize, Serialize};
use tower_sessions::{Expiry, Session, cookie::time};

use super::{Caller, db};
use crate::{
    domain::{OrganizationId, Role, UserId},
    error::AppError,
    state::{AppState, app_state, request_session},
};

/// The session key of [`SessionAuth`].
const AUTH_KEY: &str = "auth";

/// A session is only saved again (renewing its idle expiry) when it was last seen longer
/// ago than this: every request writing the session table would cost more than it gains.
const TOUCH_AFTER_SECS: i64 = 300;

/// What a session stores about its user. Nothing else: the rest is read fresh.
#[derive(Clone, Debug, Serialize, Deserialize)]
struct SessionAuth {
    user_id: UserId,
    /// `users.session_generation` at sign-in; a newer generation ends this session.
    generation: i64,
    /// Unix seconds of the last save.
    seen: i64,
}

/// The signed-in user, as the server functions see them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CurrentUser {
    pub id: UserId,
    pub organization_id: OrganizationId,
    pub display_name: String,
    /// Who they are to the portal; every check of what they may do matches on it.
    pub caller: Caller,
}

impl CurrentUser {
    /// The role, where one is stored or shown; checks match on [`Self::caller`].
    pub fn role(&self) -> Role {
        self.caller.role()
    }

    /// Staff and admins may act on every record of their organization.
    pub fn require_staff(&self) -> Result<(), AppError> {
        if self.caller.is_staff() {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }

    pub fn require_admin(&self) -> Result<(), AppError> {
        match self.caller {
            Caller::Admin => Ok(()),
            _ => Err(AppError::Forbidden),
        }
    }
}

fn session_error(error: tower_sessions::session::Error) -> AppError {
    tracing::error!(%error, "session store");
    AppError::Internal
}

/// The signed-in user of a request, resolved once by the server before anything of the
/// request runs (`server/src/request_user.rs`), and read from the request from then on.
///
/// Why once, before: a page reads its user in several places at the same moment (the
/// header's bell, the page's data, the lists of the homes), each in a `Suspense` of its own.
/// Each read locked the request's session (tower-sessions keeps the record behind one async
/// mutex, held while it loads from the store and while it is written), and when the session
/// had to be saved again (its user last seen over [`TOUCH_AFTER_SECS`] ago) the page's render
/// never finished: a signed-in page of a session older than five minutes hung (issue 16).
#[derive(Clone, Debug)]
pub struct RequestUser(pub Option<CurrentUser>);

/// The id of this request's signed-in user, as resolved before the request ran; for what
/// a page renders (never for a decision: server functions ask [`current_user`]).
pub fn resolved_user_id() -> Option<UserId> {
    leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<RequestUser>().cloned())
        .and_then(|RequestUser(user)| user.map(|u| u.id))
}

/// The signed-in user, or `None`. A session whose user is gone, disabled or signed out
/// everywhere is emptied and counts as signed out, never as an error.
pub async fn optional_user() -> Result<Option<CurrentUser>, AppError> {
    let resolved = leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<RequestUser>().cloned());
    match resolved {
        Some(RequestUser(user)) => Ok(user),
        // Outside the router (none of its requests), or the user could not be read before.
        None => user_of_session(&request_session()?, &app_state()?).await,
    }
}

/// The signed-in user of a file route's request (uploads, downloads, photos, calendar
/// entries), outside the Leptos context: as resolved before the request ran, read from
/// the request (no second session read), or from `session` where nothing resolved it.
pub async fn user_of_request(
    parts: &http::request::Parts,
    session: &Session,
    state: &AppState,
) -> Result<Option<CurrentUser>, AppError> {
    match parts.extensions.get::<RequestUser>() {
        Some(RequestUser(user)) => Ok(user.clone()),
        None => user_of_session(session, state).await,
    }
}

/// The signed-in user of `session`, for handlers outside the Leptos context; see
/// [`optional_user`] and [`user_of_request`].
pub async fn user_of_session(
    session: &Session,
    state: &AppState,
) -> Result<Option<CurrentUser>, AppError> {
    let Some(auth) = session
        .get::<SessionAuth>(AUTH_KEY)
        .await
        .map_err(session_error)?
    else {
        return Ok(None);
    };
    let row = db::session_user(&state.db, auth.user_id).await?;
    let Some(row) =
        row.filter(|u| u.disabled_at.is_none() && u.session_generation == auth.generation)
    else {
        session.flush().await.map_err(session_error)?;
        return Ok(None);
    };
    let Ok(role) = row.role.parse::<Role>() else {
        tracing::error!(user = %row.id, role = row.role, "unknown role in the database");
        return Err(AppError::Internal);
    };
    let Some(caller) = Caller::of_row(role, row.worker_id, row.company_id) else {
        tracing::error!(user = %row.id, role = row.role, "a user without their worker or company");
        return Err(AppError::Internal);
    };
    let now = Utc::now().timestamp();
    if now - auth.seen > TOUCH_AFTER_SECS {
        let auth = SessionAuth { seen: now, ..auth };
        session
            .insert(AUTH_KEY, auth)
            .await
            .map_err(session_error)?;
    }
    Ok(Some(CurrentUser {
        id: row.id,
        organization_id: row.organization_id,
        display_name: row.display_name,
        caller,
    }))
}

/// The signed-in user, or `Unauthorized` (HTTP 401).
pub async fn current_user() -> Result<CurrentUser, AppError> {
    optional_user().await?.ok_or(AppError::Unauthorized)
}

/// Makes this request's session the user's: a new session id (so an id planted before
/// sign-in is worthless) and the role's idle expiry.
pub async fn start_session(
    session: &Session,
    user_id: UserId,
    generation: i64,
    role: Role,
) -> Result<(), AppError> {
    let state = app_state()?;
    let idle = if role == Role::Worker {
        state.auth.worker_idle
    } else {
        state.auth.staff_idle
    };
    session.cycle_id().await.map_err(session_error)?;
    session.set_expiry(Some(Expiry::OnInactivity(time::Duration::seconds(
        idle.num_seconds(),
    ))));
    let auth = SessionAuth {
        user_id,
        generation,
        seen: Utc::now().timestamp(),
    };
    session.insert(AUTH_KEY, auth).await.map_err(session_error)
}

/// Ends this request's session: its row is deleted and the cookie removed.
pub async fn end_session(session: &Session) -> Result<(), AppError> {
    session.flush().await.map_err(session_error)
}
