//! What a server function reaches of the HTTP request it answers: its parts and its
//! session. Here, below `form` and `auth`, because both keep things in the session (a
//! refused form's text, the signed-in user).

use http::request::Parts;
use leptos::prelude::use_context;
use tower_sessions::Session;

use crate::error::AppError;

/// The request being answered, as the server integration puts it in the context.
pub fn request_parts() -> Result<Parts, AppError> {
    use_context::<Parts>().ok_or_else(|| {
        tracing::error!("request parts missing from the context");
        AppError::Internal
    })
}

/// The session of this request (the session layer puts it in the request's extensions).
pub fn request_session() -> Result<Session, AppError> {
    request_parts()?
        .extensions
        .get::<Session>()
        .cloned()
        .ok_or_else(|| {
            tracing::error!("no session layer in front of the app");
            AppError::Internal
        })
}
