//! Plain HTML forms that post to server functions (post/redirect/get).
//!
//! Forms must work before the wasm arrives and on phones that never run it. Such a post
//! accepts `text/html`; the server function then answers with a redirect to the page. An
//! error's code travels back in the page's query string (`?error=<code>`), where the page,
//! a server component, renders it in the visitor's language; what the person typed travels
//! in the session ([`flash`]), never in the address. Callers that ask for JSON get the
//! `Result` itself.

pub mod flash;
pub mod text;

use crate::{domain::local_redirect_or_root, error::AppError};

/// Finishes a form-posted server function: on success go to `done`, on failure back to
/// `page` with the error code, the `keep` fields (never a password) kept for it in the
/// session.
pub async fn answer(
    result: Result<(), AppError>,
    page: &str,
    done: &str,
    keep: &[(&str, &str)],
) -> Result<(), AppError> {
    if !is_plain_form_post() {
        return result;
    }
    match result {
        Ok(()) => leptos_axum::redirect(local_redirect_or_root(done)),
        Err(error) => {
            if !keep.is_empty() {
                // Without a session the refusal still comes back, only without the text.
                if let Ok(session) = crate::state::request_session() {
                    flash::keep(&session, page, keep).await;
                }
            }
            leptos_axum::redirect(local_redirect_or_root(&with_error(page, &error)));
        }
    }
    Ok(())
}

/// `page` with the error's code in its query, for the page to word it (never more: what
/// was typed goes through the session).
fn with_error(page: &str, error: &AppError) -> String {
    let query = form_urlencoded::Serializer::new(String::new())
        .append_pair("error", error.code())
        .finish();
    format!("{page}?{query}")
}

/// A browser form post (with or without the islands router) asks for HTML; `fetch` calls
/// from islands ask for JSON.
fn is_plain_form_post() -> bool {
    leptos::prelude::use_context::<http::request::Parts>().is_some_and(|parts| {
        parts
            .headers
            .get(http::header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("text/html"))
    })
}

/// [`answer`] for a function that also returns a value to JSON callers: a plain form post
/// goes on to `done(&value)`, or back to `page` with the error (and gets `T::default()`).
pub async fn answer_with<T: Default>(
    result: Result<T, AppError>,
    page: &str,
    done: impl FnOnce(&T) -> String,
    keep: &[(&str, &str)],
) -> Result<T, AppError> {
    if !is_plain_form_post() {
        return result;
    }
    match result {
        Ok(value) => {
            answer(Ok(()), page, &done(&value), keep).await?;
            Ok(value)
        }
        Err(error) => answer(Err(error), page, "", keep)
            .await
            .map(|()| T::default()),
    }
}

/// Multipart routes (uploads, consultation messages) answer scripts with JSON and plain
/// forms with a redirect, as server functions do.
pub mod multipart {
    use axum::response::{IntoResponse, Redirect, Response};
    use http::{HeaderMap, header};

    use crate::error::AppError;

    /// A script (the upload island, a test) asks for JSON; a browser form does not.
    pub fn wants_json(headers: &HeaderMap) -> bool {
        headers
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("application/json"))
    }

    /// Back to `page` with the error's code, for the page to word it.
    pub fn back_with_error(page: &str, error: &AppError) -> Response {
        see_other(&super::with_error(page, error))
    }

    /// A redirect (303) to a path of this site; any other target goes to the start page,
    /// so that no header is ever built from text that cannot be one.
    pub fn see_other(target: &str) -> Response {
        Redirect::to(crate::domain::local_redirect_or_root(target)).into_response()
    }
}
