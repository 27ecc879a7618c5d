//! Who is calling, resolved once per request before the app runs (issue 16): the session's
//! user is read here, its idle time renewed here, and everything after reads the answer
//! from the request (`app::auth::RequestUser`) instead of locking the session again. See
//! `RequestUser` for why a page must not read its session from several places at once.
//! The fields a refused form typed are handed to their page here too (`returned_form`).

use app::{
    auth::{RequestUser, user_of_session},
    state::AppState,
};
use axum::{
    extract::{Request, State},
    middleware::Next,
    response::Response,
};
use tower_sessions::Session;

/// The middleware; it sits inside the session layer.
pub async fn resolve(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    if has_a_user(request.uri().path())
        && let Some(session) = request.extensions().get::<Session>().cloned()
    {
        // An error (the database) is logged where it happened; the app's own read then
        // answers it in the reader's language.
        if let Ok(user) = user_of_session(&session, &state).await {
            request.extensions_mut().insert(RequestUser(user));
        }
        crate::returned_form::hand_over(&session, &mut request).await;
    }
    next.run(request).await
}

/// Static files and the health check are the same for everyone.
fn has_a_user(path: &str) -> bool {
    !(path.starts_with("/pkg/") || path == "/healthz" || path == "/favicon.svg")
}
