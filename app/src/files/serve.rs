//! A stored file on its way out: streamed chunk by chunk into the response body, never
//! whole in memory. Each route sets its own headers (type, disposition, sandbox).

use axum::body::Body;
use futures_util::TryStreamExt;

use super::storage::Storage;
use crate::error::AppError;

/// The stored file under `key` as a response body; a store that cannot read it is logged
/// (with `what`, never the key) and answered as an internal error.
pub async fn stored_body(storage: &Storage, key: &str, what: &str) -> Result<Body, AppError> {
    let stream = storage.stream(key).await.map_err(|error| {
        tracing::error!(%error, what, "a stored file cannot be read");
        AppError::Internal
    })?;
    Ok(Body::from_stream(stream.map_err(std::io::Error::other)))
}
