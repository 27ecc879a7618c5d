//! Signing in and out, on the server. Every outcome is one audit row.

use super::{
    db, known_device,
    password::verify_password,
    request::client_ip,
    session::{CurrentUser, end_session, optional_user, start_session},
};
use crate::{
    db::{AuditEntry, write_audit},
    domain::{AuditAction, EMAIL_MAX_CHARS, OrganizationId, Role, UserId, normalize_login},
    error::AppError,
    state::{AppState, Attempt, app_state, request_session},
};
use serde_json::json;

/// Checks the credentials and starts the session. Unknown login, wrong password, disabled
/// account and an invitation not yet accepted all get the same answer after the same work
/// (one Argon2 verification), so that the answer says nothing about which it was.
pub async fn sign_in(login: &str, password: String) -> Result<Role, AppError> {
    super::validate::check_sign_in_form(login, &password)?;
    if login.chars().count() > EMAIL_MAX_CHARS {
        return Err(invalid());
    }
    let state = app_state()?;
    let ip = client_ip(&state);
    let login = normalize_login(login);
    // Looked up before the throttle, to know whether this browser signed in to the account
    // before; an unknown login costs the same lookup.
    let user = db::find_for_sign_in(&state.db, &login).await?;
    let device = match &user {
        Some(user) => known_device::recognise(&state.db, user.id).await?,
        None => None,
    };
    let attempt = Attempt {
        login: &login,
        ip: ip.as_deref(),
        device,
    };
    if state.throttles.begin(attempt).is_err() {
        // Not checked, so not audited: a throttled attempt costs the attacker nothing, and
        // a row for each would let them fill the disk. The log still says it happened.
        tracing::warn!(ip = ip.as_deref().unwrap_or("-"), "sign-in throttled");
        return Err(AppError::TooManyAttempts);
    }

    let hash = user
        .as_ref()
        .filter(|u| u.disabled_at.is_none())
        .and_then(|u| u.password_hash.clone());
    let matches = verify_password(password, hash).await?;
    let role = user.as_ref().and_then(|u| u.role.parse::<Role>().ok());
    let (Some(user), Some(role), true) = (&user, role, matches) else {
        // Counted already, when `begin` let it through.
        let account = user.as_ref().map(|u| (u.organization_id, u.id));
        audit_failure(&state, account, &login, ip).await?;
        return Err(invalid());
    };

    let session = request_session()?;
    start_session(&session, user.id, user.session_generation, role).await?;
    state.throttles.succeeded(attempt);
    known_device::remember(&state.db, user.id, device, state.auth.secure).await?;
    let mut tx = state.db.begin().await?;
    write_audit(
        &mut tx,
        AuditEntry {
            organization_id: Some(user.organization_id),
            actor_user_id: Some(user.id),
            action: AuditAction::SignedIn,
            entity: "user",
            entity_id: Some(user.id.uuid()),
            detail: json!({}),
            ip,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(role)
}

/// The one answer to every failed sign-in.
fn invalid() -> AppError {
    AppError::validation("form", "sign_in.err_invalid")
}

/// A failed attempt is audited under the account it was made on, when the login names one,
/// so that staff see attempts on their people's accounts. (Only the answer to the caller
/// must not tell the cases apart; the audit log is for staff.)
async fn audit_failure(
    state: &AppState,
    account: Option<(OrganizationId, UserId)>,
    login: &str,
    ip: Option<String>,
) -> Result<(), AppError> {
    let mut tx = state.db.begin().await?;
    let login: String = login.chars().take(EMAIL_MAX_CHARS).collect();
    write_audit(
        &mut tx,
        AuditEntry {
            organization_id: account.map(|(org, _)| org),
            actor_user_id: None,
            action: AuditAction::SignInFailed,
            entity: "user",
            entity_id: account.map(|(_, user)| user.uuid()),
            detail: json!({ "login": login }),
            ip,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Signs this device out. Signed out already: nothing to do.
pub async fn sign_out() -> Result<(), AppError> {
    let session = request_session()?;
    let Some(user) = optional_user().await? else {
        return end_session(&session).await;
    };
    let state = app_state()?;
    let mut tx = state.db.begin().await?;
    write_audit(&mut tx, user_entry(&state, &user, AuditAction::SignedOut)).await?;
    tx.commit().await?;
    end_session(&session).await
}

/// Ends every session of the user, on every device, this one included.
pub async fn sign_out_everywhere() -> Result<(), AppError> {
    let user = super::session::current_user().await?;
    let state = app_state()?;
    let mut tx = state.db.begin().await?;
    db::end_all_sessions(&mut tx, user.id).await?;
    write_audit(
        &mut tx,
        user_entry(&state, &user, AuditAction::SignedOutEverywhere),
    )
    .await?;
    tx.commit().await?;
    end_session(&request_session()?).await
}

/// An audit row about the user's own session.
fn user_entry(state: &AppState, user: &CurrentUser, action: AuditAction) -> AuditEntry<'static> {
    AuditEntry {
        organization_id: Some(user.organization_id),
        actor_user_id: Some(user.id),
        action,
        entity: "user",
        entity_id: Some(user.id.uuid()),
        detail: json!({}),
        ip: client_ip(state),
    }
}
