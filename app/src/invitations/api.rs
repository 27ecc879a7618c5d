//! Invitations: the one-time link (and QR code) with which a person sets their password.

use chrono::{DateTime, Utc};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::{InvitationId, UserId, WorkerId};
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::paths;

/// An invitation as staff see it. `link` and `qr_svg` are only there for the staff member
/// who made it, while it can be used: the token itself is not stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InvitationView {
    pub id: InvitationId,
    pub user_id: UserId,
    pub worker_id: Option<WorkerId>,
    pub display_name: String,
    /// The login id (workers) or e-mail the person will sign in with.
    pub login: String,
    pub is_worker: bool,
    /// The language the person reads: the invitation is printed in it, Japanese beside.
    pub invitee_locale: String,
    pub expires_at: DateTime<Utc>,
    pub used: bool,
    pub replaced: bool,
    pub link: Option<String>,
    pub qr_svg: Option<String>,
}

/// What the invitee sees before choosing a password.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InviteeInfo {
    pub display_name: String,
    pub login: String,
}

/// Makes a new invitation for a person (a forgotten password, an expired link). Staff
/// invite workers; admins also staff and company users.
#[server(endpoint = "issue_invitation")]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all, err))]
pub async fn issue_invitation(user_id: UserId) -> Result<(), AppError> {
    let result = async {
        let actor = crate::auth::current_user().await?;
        super::service::authorize_invitation(&actor, user_id).await?;
        let state = crate::state::app_state()?;
        let mut tx = state.db.begin().await?;
        let id = super::service::issue(&mut tx, &actor, user_id).await?;
        tx.commit().await?;
        Ok(id)
    }
    .await;
    let done = match &result {
        Ok(id) => paths::invitation(*id),
        Err(_) => "/staff".to_owned(),
    };
    crate::form::answer(result.map(|_| ()), "/staff", &done, &[]).await
}

/// An invitation, for the staff page that shows and prints it.
#[server(endpoint = "invitation", input = server_fn::codec::GetUrl)]
pub async fn invitation(id: InvitationId) -> Result<InvitationView, AppError> {
    let actor = crate::auth::current_user().await?;
    super::service::view(&actor, id).await
}

/// The name and login of the person a valid invitation is for; `NotFound` otherwise.
#[server(endpoint = "invite_preview")]
pub async fn invite_preview(token: String) -> Result<InviteeInfo, AppError> {
    super::service::preview(&token).await
}

/// Sets the password with an invitation and signs in.
#[server(endpoint = "accept_invitation")]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all, err))]
pub async fn accept_invitation(
    token: String,
    password: String,
    confirm: String,
) -> Result<(), AppError> {
    let result = super::service::accept(&token, password, &confirm).await;
    let done = result
        .as_ref()
        .map_or("/", |role| crate::auth::home_path(*role));
    // The token as typed is only an address part once it is one (URL-safe base64).
    let page = crate::paths::invite(&token);
    crate::form::answer(result.map(|_| ()), &page, done, &[]).await
}
