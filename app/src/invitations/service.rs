//! Invitations on the server: who may make one, showing it to its maker, accepting it.

pub(super) mod shown_once;

use serde_json::json;

use super::{InvitationView, InviteeInfo, db, parts::qr_svg};
use crate::{
    auth::{
        CurrentUser, client_ip, hash_password, hash_token, looks_like_token, public_origin,
        start_session,
    },
    db::{AuditEntry, Tx, write_audit},
    domain::{
        AuditAction, InvitationId, PasswordProblem, Role, UserId, check_new_password,
        is_easy_to_guess,
    },
    error::AppError,
    state::{AppState, app_state, request_session},
};

/// Makes an invitation for `user_id` inside `tx`, audits it, and keeps the link for its one
/// showing to the maker. Staff invite workers; only admins invite staff and company users.
pub async fn issue(
    tx: &mut Tx,
    actor: &CurrentUser,
    user_id: UserId,
) -> Result<InvitationId, AppError> {
    let (id, token) = make(tx, actor, user_id).await?;
    shown_once::keep(id, &token, app_state()?.auth.secure).await?;
    Ok(id)
}

/// Makes and audits an invitation whose link is not kept: an import makes hundreds, more
/// than a session could hold; staff show each one's link from the import's page, which
/// makes a new one (links are never stored in clear, so none can be shown later).
pub async fn issue_unshown(
    tx: &mut Tx,
    actor: &CurrentUser,
    user_id: UserId,
) -> Result<InvitationId, AppError> {
    make(tx, actor, user_id).await.map(|(id, _)| id)
}

async fn make(
    tx: &mut Tx,
    actor: &CurrentUser,
    user_id: UserId,
) -> Result<(InvitationId, String), AppError> {
    let state = app_state()?;
    let (id, token) = db::create(tx, actor.organization_id, user_id, actor.id).await?;
    write_audit(
        tx,
        AuditEntry {
            organization_id: Some(actor.organization_id),
            actor_user_id: Some(actor.id),
            action: AuditAction::AccountInvited,
            entity: "user",
            entity_id: Some(user_id.uuid()),
            detail: json!({ "invitation": id }),
            ip: client_ip(&state),
        },
    )
    .await?;
    Ok((id, token))
}

/// Checks that `actor` may invite the user, who must be in their organization.
pub async fn authorize_invitation(actor: &CurrentUser, user_id: UserId) -> Result<(), AppError> {
    actor.require_staff()?;
    let state = app_state()?;
    let invitee = db::invitee(&state.db, actor.organization_id, user_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if invitee.disabled_at.is_some() {
        return Err(AppError::Conflict);
    }
    if invitee.role != Role::Worker.code() {
        actor.require_admin()?;
    }
    Ok(())
}

/// The invitation as its maker sees it: the link and QR code once, right after this
/// session made it, while it can be used.
pub async fn view(actor: &CurrentUser, id: InvitationId) -> Result<InvitationView, AppError> {
    actor.require_staff()?;
    let state = app_state()?;
    let row = db::find_in_org(&state.db, actor.organization_id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let open =
        row.used_at.is_none() && row.revoked_at.is_none() && row.expires_at > chrono::Utc::now();
    let token = match open {
        true => shown_once::take(id, state.auth.secure)
            .await?
            .filter(|t| hash_token(t) == row.token_hash),
        false => None,
    };
    let link = match token {
        Some(token) => Some(format!("{}/i/{token}", public_origin(&state)?)),
        None => None,
    };
    let qr_svg = link.as_deref().map(qr_svg).transpose()?;
    Ok(InvitationView {
        id: row.id,
        user_id: row.user_id,
        worker_id: row.worker_id,
        display_name: row.display_name,
        login: row.login_id.or(row.email).unwrap_or_default(),
        is_worker: row.role == Role::Worker.code(),
        invitee_locale: row.preferred_locale,
        expires_at: row.expires_at,
        used: row.used_at.is_some(),
        replaced: row.revoked_at.is_some(),
        link,
        qr_svg,
    })
}

/// The open invitation with this token; `NotFound` for a token that is not (or no longer)
/// valid. Text that cannot be a token never reaches the database.
async fn find_open(state: &AppState, token: &str) -> Result<db::OpenInvitationRow, AppError> {
    if !looks_like_token(token) {
        return Err(AppError::NotFound);
    }
    db::find_open(&state.db, &hash_token(token))
        .await?
        .ok_or(AppError::NotFound)
}

/// What the invitee sees before choosing a password.
pub async fn preview(token: &str) -> Result<InviteeInfo, AppError> {
    let row = find_open(&app_state()?, token).await?;
    Ok(InviteeInfo {
        display_name: row.display_name,
        login: row.login_id.or(row.email).unwrap_or_default(),
    })
}

/// The invitee's preferred language, for the first page they see.
pub async fn preferred_locale(state: &AppState, token: &str) -> Option<String> {
    find_open(state, token)
        .await
        .ok()
        .map(|row| row.preferred_locale)
}

/// Sets the invitee's password and signs them in on this device.
pub async fn accept(token: &str, password: String, confirm: &str) -> Result<Role, AppError> {
    check_new_password(&password, confirm).map_err(refusal)?;
    let state = app_state()?;
    let row = find_open(&state, token).await?;
    let personal = [
        row.login_id.as_deref().unwrap_or_default(),
        row.email.as_deref().unwrap_or_default(),
        row.display_name.as_str(),
    ];
    if is_easy_to_guess(&password, &personal) {
        return Err(refusal(PasswordProblem::Common));
    }
    let role: Role = row.role.parse().map_err(|_| AppError::Internal)?;
    let password_hash = hash_password(password).await?;

    let mut tx = state.db.begin().await?;
    if !db::accept(&mut tx, row.id, row.user_id, &password_hash).await? {
        return Err(AppError::NotFound);
    }
    // The password was set with a link a staff member made and held: they answer for it
    // (issue 17: a re-invitation let staff take an account over under the invitee's name).
    // The person's old password worked until this moment.
    write_audit(
        &mut tx,
        AuditEntry {
            organization_id: Some(row.organization_id),
            actor_user_id: Some(row.created_by),
            action: AuditAction::PasswordSet,
            entity: "user",
            entity_id: Some(row.user_id.uuid()),
            detail: json!({ "invitation": row.id, "with": "invitation_link" }),
            ip: client_ip(&state),
        },
    )
    .await?;
    let generation = crate::auth::session_generation(&mut tx, row.user_id).await?;
    tx.commit().await?;
    start_session(&request_session()?, row.user_id, generation, role).await?;
    Ok(role)
}

fn refusal(problem: PasswordProblem) -> AppError {
    AppError::validation(problem.field(), problem.message_key())
}
