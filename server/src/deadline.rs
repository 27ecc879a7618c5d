//! Every request has an upper bound on its time (issue 16): whatever goes wrong below (a
//! render that never finishes, a database that stops answering, a client that sends its
//! request or reads its answer slowly), nobody waits forever and a graceful shutdown ends.
//!
//! Until the answer's head is ready the work is dropped at the deadline (which cancels it:
//! a Leptos render, a query and an upload all stop where they are, and a transaction rolls
//! back) and the reader gets a 503 page in their language. After that, the answer's body
//! gets the rest of the same time; a body still unsent then ends the connection.

use std::{
    future::Future,
    pin::Pin,
    task::{Context, Poll},
    time::Duration,
};

use app::{layout::unavailable_page, locale::request_locale};
use axum::{
    body::{Body, BodyDataStream, Bytes},
    extract::{Request, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use futures_util::Stream;
use tokio::time::{Instant, Sleep, sleep_until, timeout_at};

/// The limits, from the settings (`SHIEN_REQUEST_TIMEOUT_SECONDS`,
/// `SHIEN_TRANSFER_TIMEOUT_SECONDS`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeLimits {
    /// Pages, server functions and everything else.
    pub request: Duration,
    /// Uploads and downloads of files, which take minutes on a slow phone connection.
    pub transfer: Duration,
    /// A request's headers, and the wait for the next request on an open connection
    /// (`serve`): before them, no deadline above has started.
    pub headers: Duration,
}

impl TimeLimits {
    pub const DEFAULT_REQUEST_SECS: u64 = 30;
    pub const DEFAULT_TRANSFER_SECS: u64 = 600;
    /// Ample for a phone on a slow network (headers are a few hundred bytes), short enough
    /// that a few hundred connections held open on purpose cost nothing for long.
    pub const DEFAULT_HEADER_SECS: u64 = 15;

    pub(crate) fn for_path(self, path: &str) -> Duration {
        if is_transfer(path) {
            self.transfer
        } else {
            self.request
        }
    }
}

impl Default for TimeLimits {
    fn default() -> Self {
        Self {
            request: Duration::from_secs(Self::DEFAULT_REQUEST_SECS),
            transfer: Duration::from_secs(Self::DEFAULT_TRANSFER_SECS),
            headers: Duration::from_secs(Self::DEFAULT_HEADER_SECS),
        }
    }
}

/// The routes that carry files: an upload, a stored document or photo, an interview's
/// recording, a calendar entry.
fn is_transfer(path: &str) -> bool {
    path == app::paths::DOCUMENT_UPLOAD
        || path == app::paths::CONSULTATION_MESSAGES
        || path.starts_with("/documents/files/")
        || path.starts_with("/consultations/photos/")
        || (path.starts_with("/interviews/") && path.ends_with("/recording"))
        || path.starts_with("/pkg/")
}

/// The route of a path for the log: ids and tokens (any segment longer than 20 characters,
/// as UUIDs and invitation tokens are) become `{id}`, so no secret reaches the log.
pub fn route_of(path: &str) -> String {
    path.split('/')
        .map(|segment| if segment.len() > 20 { "{id}" } else { segment })
        .collect::<Vec<_>>()
        .join("/")
}

/// The middleware: see the module's documentation.
pub async fn within(State(limits): State<TimeLimits>, request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    let limit = limits.for_path(&path);
    let deadline = Instant::now() + limit;
    // Only what the 503 page needs: the language cookie and Accept-Language.
    let language = language_headers(request.headers());
    let method = request.method().clone();
    match timeout_at(deadline, next.run(request)).await {
        Ok(response) => {
            let (parts, body) = response.into_parts();
            let body = Body::from_stream(Deadline {
                inner: body.into_data_stream(),
                sleep: Box::pin(sleep_until(deadline)),
                route: Some(route_of(&path)),
            });
            Response::from_parts(parts, body)
        }
        Err(_) => {
            tracing::warn!(
                %method,
                route = route_of(&path),
                seconds = limit.as_secs(),
                "request stopped: no answer in time"
            );
            let page = unavailable_page(request_locale(&language), &path);
            let mut response = (StatusCode::SERVICE_UNAVAILABLE, page).into_response();
            let headers = response.headers_mut();
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            );
            headers.insert(header::RETRY_AFTER, HeaderValue::from_static("10"));
            // The connection may be in any state (half a request body unread): close it.
            headers.insert(header::CONNECTION, HeaderValue::from_static("close"));
            response
        }
    }
}

fn language_headers(headers: &HeaderMap) -> HeaderMap {
    let mut kept = HeaderMap::new();
    for name in [header::COOKIE, header::ACCEPT_LANGUAGE] {
        for value in headers.get_all(&name) {
            kept.append(name.clone(), value.clone());
        }
    }
    kept
}

/// An answer's body that ends with an error (closing the connection) at the deadline.
struct Deadline {
    inner: BodyDataStream,
    sleep: Pin<Box<Sleep>>,
    /// For the one log line; `None` once it is written.
    route: Option<String>,
}

#[derive(Debug, thiserror::Error)]
#[error("the answer was not sent in time")]
struct TooSlow;

impl Stream for Deadline {
    type Item = Result<Bytes, axum::Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if self.route.is_none() {
            return Poll::Ready(None);
        }
        if let Poll::Ready(item) = Pin::new(&mut self.inner).poll_next(cx) {
            return Poll::Ready(item);
        }
        if self.sleep.as_mut().poll(cx).is_ready() {
            if let Some(route) = self.route.take() {
                tracing::warn!(route, "answer stopped: not sent in time");
            }
            return Poll::Ready(Some(Err(axum::Error::new(TooSlow))));
        }
        Poll::Pending
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_tokens_stay_out_of_the_log() {
        assert_eq!(
            route_of("/workers/0194c7a2-5b1e-7c3d-9a4f-1e2d3c4b5a69/supports"),
            "/workers/{id}/supports"
        );
        assert_eq!(route_of("/i/AbCdEfGhIjKlMnOpQrStUvWxYz012345"), "/i/{id}");
        assert_eq!(route_of("/me/documents/passport"), "/me/documents/passport");
    }

    #[test]
    fn files_get_the_longer_limit() {
        let limits = TimeLimits::default();
        assert_eq!(limits.for_path("/documents/upload"), limits.transfer);
        assert_eq!(limits.for_path("/documents/files/x"), limits.transfer);
        assert_eq!(limits.for_path("/me/documents"), limits.request);
        assert_eq!(limits.for_path("/api/sign_in"), limits.request);
    }
}
