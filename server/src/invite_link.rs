//! `GET /i/{token}`: the short address in an invitation's QR code. It opens the invitation
//! page in the invitee's preferred language (unless this phone already chose one) by
//! setting the language cookie before the page is rendered.

use app::locale::{COOKIE_MAX_AGE_SECS, LOCALE_COOKIE, is_supported};
use axum::{
    extract::{Path, State},
    http::{HeaderMap, HeaderValue, header},
    response::{IntoResponse, Redirect, Response},
};

use crate::ServerState;

pub async fn open(
    State(state): State<ServerState>,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> Response {
    // The token is checked again by the page; here it only picks the language.
    let page = app::paths::invite(&token);
    let mut response = Redirect::to(&page).into_response();
    let has_language = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .any(|pair| pair.trim_start().starts_with(&format!("{LOCALE_COOKIE}=")));
    if has_language {
        return response;
    }
    let locale = app::invitations::preferred_locale(&state.app, &token).await;
    let Some(locale) = locale.filter(|l| is_supported(l)) else {
        return response;
    };
    let secure = if state.secure_cookies { "; Secure" } else { "" };
    let cookie = format!(
        "{LOCALE_COOKIE}={locale}; Path=/; Max-Age={COOKIE_MAX_AGE_SECS}; SameSite=Lax{secure}"
    );
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}
