//! `GET /healthz`: 200 only when the database answers, for load balancers and monitors.

use axum::{extract::State, http::StatusCode};

use crate::ServerState;

pub async fn healthz(State(state): State<ServerState>) -> (StatusCode, &'static str) {
    match state.app.db.ping().await {
        Ok(()) => (StatusCode::OK, "ok"),
        Err(error) => {
            tracing::warn!(%error, "health check: database does not answer");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
        }
    }
}
