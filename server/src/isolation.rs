//! Each request runs under a reactive owner of its own (issue 16).
//!
//! Leptos keeps "the current owner" in a thread-local that it sets and does not always
//! restore: creating a page's root owner leaves it there after the page's poll. A server
//! function's handler then makes its owner with `Owner::new()`, a *child of whatever owner
//! the thread last ran*: another request's page. That request's contexts and arena became
//! the function's fallback, and when the page finished, its cleanup disposed of the
//! function's owner while the function was still running ("Tried to access a reactive
//! value that has already been disposed", a panic inside a spawned task). Wrapping every
//! request's future so that each poll runs under a fresh root owner of that request makes
//! whatever Leptos creates below it belong to that request alone.

use std::future::Future;

use axum::{extract::Request, middleware::Next, response::Response};
use leptos::reactive::{computed::ScopedFuture, owner::Owner};

/// The middleware: see the module's documentation.
pub async fn own_owner(request: Request, next: Next) -> Response {
    isolated(next.run(request)).await
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
