//! What every server function and page may reach on the server.

use leptos::prelude::use_context;

use crate::{db::Db, error::AppError};

/// Shared server state, provided to every request through Leptos context.
#[derive(Clone, Debug)]
pub struct AppState {
    pub db: Db,
}

/// The state of the running server, or `Internal` if a request ran without it.
pub fn app_state() -> Result<AppState, AppError> {
    use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from the request context");
        AppError::Internal
    })
}
