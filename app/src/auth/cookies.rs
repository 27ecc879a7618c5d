//! Reading a cookie of the request and setting one on the response, for the few cookies
//! the app itself keeps (a sign-in device, an invitation link's pad); the session's own
//! cookie is the session layer's.

use http::{HeaderValue, header};
use leptos::prelude::use_context;

use crate::error::AppError;

/// The value of the named cookie of this request, if it carries it.
pub fn request_cookie(name: &str) -> Option<String> {
    let parts = use_context::<http::request::Parts>()?;
    crate::locale::cookie_value(&parts.headers, name).map(str::to_owned)
}

/// Sets an HTTP-only cookie for the whole site on this response (`max_age` 0 removes it).
/// `same_site` is `Strict` or `Lax`; `secure` follows `SHIEN_SECURE_COOKIES`.
pub fn set_cookie(
    name: &str,
    value: &str,
    max_age_seconds: u32,
    same_site: &str,
    secure: bool,
) -> Result<(), AppError> {
    let Some(response) = use_context::<leptos_axum::ResponseOptions>() else {
        tracing::error!("response options missing from the context");
        return Err(AppError::Internal);
    };
    let secure = if secure { "; Secure" } else { "" };
    let cookie = format!(
        "{name}={value}; Max-Age={max_age_seconds}; Path=/; HttpOnly; SameSite={same_site}{secure}"
    );
    // Callers pass names and values of their own making (hex, URL-safe base64); anything
    // else is refused here rather than sent as a broken header.
    let value = HeaderValue::from_str(&cookie).map_err(|_| {
        tracing::error!(name, "a cookie that is not a header value");
        AppError::Internal
    })?;
    response.append_header(header::SET_COOKIE, value);
    Ok(())
}
