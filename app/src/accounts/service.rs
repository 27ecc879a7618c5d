//! Account administration on the server: admins only, within their organization.

use serde_json::json;

use super::{
    AccountSummary, InviteForm,
    db::{self, NewAccount},
};
use crate::{
    auth::{CurrentUser, client_ip},
    db::{AuditEntry, Unique, violated_unique, write_audit},
    domain::{AuditAction, InvitationId, Role, UserId},
    error::AppError,
    state::app_state,
};

pub async fn list(admin: &CurrentUser) -> Result<Vec<AccountSummary>, AppError> {
    admin.require_admin()?;
    let state = app_state()?;
    let rows = db::list(&state.db, admin.organization_id).await?;
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            let role = row.role.parse::<Role>().ok()?;
            Some(AccountSummary {
                user_id: row.id,
                display_name: row.display_name,
                login: row.email.or(row.login_id).unwrap_or_default(),
                role,
                company_name: row.company_name,
                disabled: row.disabled_at.is_some(),
                active: row.has_password,
            })
        })
        .collect())
}

/// Creates the account and its invitation in one transaction; returns the invitation id.
pub async fn invite(admin: &CurrentUser, form: &InviteForm) -> Result<InvitationId, AppError> {
    admin.require_admin()?;
    let checked = form.check()?;
    let state = app_state()?;
    if let Some(company) = checked.company_id
        && !db::company_in_org(&state.db, admin.organization_id, company).await?
    {
        return Err(AppError::validation("company_id", "workers.err_company"));
    }
    let mut tx = state.db.begin().await?;
    let new = NewAccount {
        organization_id: admin.organization_id,
        role: checked.role.code(),
        email: &checked.email,
        display_name: &checked.display_name,
        company_id: checked.company_id,
        staff: checked.role.is_staff(),
    };
    let user_id =
        db::insert(&mut tx, &new)
            .await
            .map_err(|error| match violated_unique(&error) {
                // The e-mail is someone's already (in any organization).
                Some(Unique::UserEmail) => {
                    AppError::validation("email", "accounts.err_email_taken")
                }
                _ => error.into(),
            })?;
    write_audit(
        &mut tx,
        AuditEntry {
            organization_id: Some(admin.organization_id),
            actor_user_id: Some(admin.id),
            action: AuditAction::AccountCreated,
            entity: "user",
            entity_id: Some(user_id.uuid()),
            detail: json!({ "role": checked.role.code(), "email": checked.email }),
            ip: client_ip(&state),
        },
    )
    .await?;
    let invitation = crate::invitations::issue(&mut tx, admin, user_id).await?;
    tx.commit().await?;
    Ok(invitation)
}

pub async fn set_disabled(
    admin: &CurrentUser,
    user_id: UserId,
    disabled: bool,
) -> Result<(), AppError> {
    admin.require_admin()?;
    // An admin cannot lock themselves out (someone else must do it).
    if user_id == admin.id {
        return Err(AppError::validation("user_id", "accounts.err_self"));
    }
    let state = app_state()?;
    let mut tx = state.db.begin().await?;
    if !db::set_disabled(&mut tx, admin.organization_id, user_id, disabled).await? {
        return Err(AppError::NotFound);
    }
    write_audit(
        &mut tx,
        AuditEntry {
            organization_id: Some(admin.organization_id),
            actor_user_id: Some(admin.id),
            action: if disabled {
                AuditAction::AccountDisabled
            } else {
                AuditAction::AccountEnabled
            },
            entity: "user",
            entity_id: Some(user_id.uuid()),
            detail: json!({}),
            ip: client_ip(&state),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
