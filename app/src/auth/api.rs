//! The server functions of signing in and out. Thin: the work is in `sign_in.rs`.

use leptos::prelude::*;

use crate::{domain::Role, error::AppError};

/// Where each role starts after signing in.
pub fn home_path(role: Role) -> &'static str {
    match role {
        Role::Worker => "/me",
        Role::Company => "/company",
        Role::Staff | Role::Admin => "/staff",
    }
}

/// Signs in with a login id (workers) or e-mail (staff, companies) and a password.
#[server(endpoint = "sign_in")]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all, err))]
pub async fn sign_in(login: String, password: String) -> Result<(), AppError> {
    let result = super::sign_in::sign_in(&login, password).await;
    let done = result.as_ref().map_or("/", |role| home_path(*role));
    // The login comes back in a short cookie of the browser (`typed_login`), so that a
    // refused sign-in leaves nothing on the server; never in the address.
    if result.is_err() {
        let secure = crate::state::app_state().is_ok_and(|s| s.auth.secure);
        super::typed_login::keep(&login, secure)?;
    }
    crate::form::answer(result.map(|_| ()), "/", done, &[]).await
}

/// Signs this device out.
#[server(endpoint = "sign_out")]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all, err))]
pub async fn sign_out() -> Result<(), AppError> {
    let result = super::sign_in::sign_out().await;
    crate::form::answer(result, "/", "/?signed_out=1", &[]).await
}

/// Signs out on every device at once (a lost phone, a shared computer).
#[server(endpoint = "sign_out_everywhere")]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all, err))]
pub async fn sign_out_everywhere() -> Result<(), AppError> {
    let result = super::sign_in::sign_out_everywhere().await;
    crate::form::answer(result, "/", "/?signed_out=1", &[]).await
}

/// The signed-in user's name and role, for the header; `None` when signed out.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SignedInUser {
    pub display_name: String,
    pub role: Role,
}

#[server(endpoint = "me", input = server_fn::codec::GetUrl)]
pub async fn me() -> Result<Option<SignedInUser>, AppError> {
    Ok(super::session::optional_user()
        .await?
        .map(|u| SignedInUser {
            role: u.role(),
            display_name: u.display_name,
        }))
}
