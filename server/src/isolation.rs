//! Each request runs under a reactive owner of its own, in a task of its own, to its end
//! (issue 16).
//!
//! Owner: Leptos keeps "the current owner" in a thread-local that it sets and does not
//! always restore (creating a page's root owner leaves it there after the page's poll). A
//! server function's handler then makes its owner with `Owner::new()`, a child of whatever
//! owner the thread last ran: another request's page, whose contexts and arena became the
//! function's fallback, and whose cleanup disposed of the function's owner mid-flight.
//! Polling each request under a fresh root owner of its own makes whatever Leptos creates
//! below it belong to that request alone.
//!
//! Task: a client that goes away (a phone losing its signal, a load test giving up) made
//! hyper drop the render in the middle. Its reactive owner was then disposed of while the
//! render's spawned effects still ran, and each panicked ("Tried to access a reactive
//! value that has already been disposed"). The request's work now runs in a task that
//! finishes whether or not anyone still waits for it, within the request's time limit,
//! and a page's body (rendered whole before its first byte anyway) is read to its end
//! there, so that Leptos cleans up as it does after a page that was delivered.

use std::future::Future;

use axum::{
    body::Body,
    extract::{Request, State},
    http::{HeaderValue, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use leptos::reactive::{computed::ScopedFuture, owner::Owner};

use crate::deadline::TimeLimits;

/// How much longer than the request's time limit its task may run.
const TASK_GRACE: std::time::Duration = std::time::Duration::from_secs(1);

/// The largest page read whole in the request's task; pages are far smaller.
const PAGE_LIMIT_BYTES: usize = 16 * 1024 * 1024;

/// The middleware: see the module's documentation. It sits inside the deadline.
pub async fn own_task(State(limits): State<TimeLimits>, request: Request, next: Next) -> Response {
    // A moment past the deadline outside, which answers the reader first (with its page
    // and its log line); then a stuck request's task ends here too, never long after.
    let limit = limits.for_path(request.uri().path()) + TASK_GRACE;
    let work = tokio::spawn(isolated(async move {
        match tokio::time::timeout(limit, next.run(request)).await {
            Ok(response) => whole_if_page(response).await,
            Err(_) => StatusCode::SERVICE_UNAVAILABLE.into_response(),
        }
    }));
    match work.await {
        Ok(response) => response,
        Err(error) => {
            tracing::error!(%error, "a request's task ended without an answer");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// `work`, polled under a root owner of its own, dropped (and cleaned up) with it.
pub fn isolated<F: Future>(work: F) -> impl Future<Output = F::Output> {
    let owner = Owner::new_root(None);
    ScopedFuture {
        owner,
        observer: None,
        fut: work,
    }
}

/// A page's body read to its end (files and other streams are left to stream).
async fn whole_if_page(response: Response) -> Response {
    let is_page = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !is_page {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    match axum::body::to_bytes(body, PAGE_LIMIT_BYTES).await {
        Ok(bytes) => {
            if let Ok(length) = HeaderValue::from_str(&bytes.len().to_string()) {
                parts.headers.insert(header::CONTENT_LENGTH, length);
            }
            Response::from_parts(parts, Body::from(bytes))
        }
        Err(error) => {
            tracing::error!(%error, "a page could not be read whole");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

#[cfg(test)]
mod tests;
