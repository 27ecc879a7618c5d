//! What a server function knows about the HTTP request it answers.

use std::net::SocketAddr;

use axum::extract::ConnectInfo;
use http::request::Parts;

use crate::{
    error::AppError,
    state::{AppState, request_parts as parts},
};

/// The client's IP address, for throttling and the audit log. Behind a reverse proxy (and
/// only when told so) it is the last address the proxy added to `X-Forwarded-For`.
pub fn client_ip(state: &AppState) -> Option<String> {
    client_ip_of(&parts().ok()?, state)
}

/// [`client_ip`] for handlers outside the Leptos context.
pub fn client_ip_of(parts: &Parts, state: &AppState) -> Option<String> {
    if state.auth.trust_proxy {
        let forwarded = parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .rfind(|v| !v.is_empty());
        if let Some(ip) = forwarded {
            return Some(ip.to_owned());
        }
    }
    parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(addr)| addr.ip().to_string())
}

/// The origin invitation links point to: the configured public address, or the one this
/// request came in on.
pub fn public_origin(state: &AppState) -> Result<String, AppError> {
    if let Some(url) = &state.auth.public_url {
        return Ok(url.trim_end_matches('/').to_owned());
    }
    // The server refuses to start so (`SHIEN_PUBLIC_URL` is required with secure cookies);
    // should it run so anyway, no link follows a `Host` header in production.
    if state.auth.secure {
        tracing::error!("SHIEN_PUBLIC_URL is unset in production: no invitation link is made");
        return Err(AppError::Internal);
    }
    let parts = parts()?;
    let host = parts
        .headers
        .get(http::header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("localhost");
    let scheme = if state.auth.secure { "https" } else { "http" };
    Ok(format!("{scheme}://{host}"))
}
