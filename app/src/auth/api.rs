use leptos::prelude::*;

use crate::error::AppError;

/// Signs in with a login id (workers) or e-mail (staff, companies) and a password.
///
/// Until accounts land (issue #3) no credential is accepted: the form must never pretend
/// that a sign-in succeeded.
#[server(endpoint = "sign_in")]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all, err))]
pub async fn sign_in(login: String, password: String) -> Result<(), AppError> {
    let result =
        super::validate::check_sign_in_form(&login, &password).and(Err(AppError::Unavailable));
    crate::form::answer(result, "/", "/", &[("login", login.trim())])
}
