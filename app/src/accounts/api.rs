//! Accounts, for the admin: who can sign in, inviting staff and company users, disabling
//! an account (its sessions end at once).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::UserId;
#[cfg(feature = "ssr")]
use crate::paths;
use crate::{domain::Role, error::AppError};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountSummary {
    pub user_id: UserId,
    pub display_name: String,
    /// The e-mail, or a worker's login id.
    pub login: String,
    pub role: Role,
    pub company_name: Option<String>,
    pub disabled: bool,
    /// Whether a password has been set.
    pub active: bool,
}

/// Every account of the organization (admin).
#[server(endpoint = "list_accounts", input = server_fn::codec::GetUrl)]
pub async fn list_accounts() -> Result<Vec<AccountSummary>, AppError> {
    let admin = crate::auth::current_user().await?;
    super::service::list(&admin).await
}

/// Invites a staff member, an admin or a company user by e-mail (admin).
#[server(endpoint = "invite_account")]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all, err))]
pub async fn invite_account(
    email: String,
    display_name: String,
    role: String,
    company_id: String,
) -> Result<(), AppError> {
    let form = super::InviteForm {
        email,
        display_name,
        role,
        company_id,
    };
    let result = async {
        let admin = crate::auth::current_user().await?;
        super::service::invite(&admin, &form).await
    }
    .await;
    let done = match &result {
        Ok(id) => paths::invitation(*id),
        Err(_) => "/staff/accounts".to_owned(),
    };
    crate::form::answer(
        result.map(|_| ()),
        "/staff/accounts",
        &done,
        &[
            ("email", form.email.trim()),
            ("display_name", form.display_name.trim()),
            ("role", form.role.trim()),
        ],
    )
    .await
}

/// Disables an account (its sessions end at once) or enables it again (admin).
#[server(endpoint = "set_account_disabled")]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all, err))]
pub async fn set_account_disabled(user_id: UserId, disabled: bool) -> Result<(), AppError> {
    let result = async {
        let admin = crate::auth::current_user().await?;
        super::service::set_disabled(&admin, user_id, disabled).await
    }
    .await;
    crate::form::answer(result, "/staff/accounts", "/staff/accounts", &[]).await
}
