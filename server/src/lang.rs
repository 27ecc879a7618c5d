//! `GET /lang?lang=vi&next=/help`: the language switch that works without JavaScript. It
//! sets the locale cookie and sends the browser back, so the server renders the next page
//! in the new language. An unknown language changes nothing; it never fails.

use app::locale::{COOKIE_MAX_AGE_SECS, LOCALE_COOKIE, is_supported, local_path_or_root};
use axum::{
    extract::{Query, State},
    http::{HeaderValue, header},
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;

use crate::ServerState;

#[derive(Debug, Deserialize)]
pub struct SwitchParams {
    lang: Option<String>,
    next: Option<String>,
}

pub async fn switch(
    State(state): State<ServerState>,
    Query(params): Query<SwitchParams>,
) -> Response {
    let next = local_path_or_root(params.next.as_deref().unwrap_or("/"));
    let mut response = Redirect::to(next).into_response();
    let Some(lang) = params.lang.filter(|l| is_supported(l)) else {
        return response;
    };
    let secure = if state.secure_cookies { "; Secure" } else { "" };
    // Readable by scripts on purpose: it holds nothing secret, only the language.
    let cookie = format!(
        "{LOCALE_COOKIE}={lang}; Path=/; Max-Age={COOKIE_MAX_AGE_SECS}; SameSite=Lax{secure}"
    );
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}
