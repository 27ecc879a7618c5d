//! Pages whose content depends on who is asking. The data comes from a server function
//! (which authorizes); a refusal becomes a page in the visitor's language with the right
//! HTTP status, and a signed-out visitor is sent to sign in.

use std::future::Future;

use leptos::{either::Either, prelude::*};
use leptos_i18n::{t, t_string};
use leptos_router::components::A;

use super::PageTitle;
use crate::{error::AppError, i18n::use_i18n};

/// Sends the browser to `path` (HTTP 302). Only meaningful while the server renders a
/// route in `SsrMode::Async`, before any byte is sent.
pub fn redirect_to(path: &str) {
    #[cfg(feature = "ssr")]
    {
        // Never a header built from text that is not a path of this site (it would panic).
        leptos_axum::redirect(crate::domain::local_redirect_or_root(path));
        // The islands router fetches the next page without asking for HTML, which
        // leptos_axum takes for a server-function call: it only adds a header, and the
        // router would show an empty page. A real redirect is followed by the fetch.
        let from_router = use_context::<http::request::Parts>()
            .is_some_and(|parts| parts.headers.contains_key("islands-router"));
        if from_router {
            set_status(http::StatusCode::FOUND);
        }
    }
    #[cfg(not(feature = "ssr"))]
    let _ = path;
}

fn set_status(status: http::StatusCode) {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(status);
    }
    #[cfg(not(feature = "ssr"))]
    let _ = status;
}

/// Renders `render(data)` once `load` (a server-function call) has answered, or the
/// refusal it answered with.
pub fn guarded<T, V, Fut>(load: Fut, render: impl FnOnce(T) -> V + Send + 'static) -> impl IntoView
where
    Fut: Future<Output = Result<T, AppError>> + Send + 'static,
    T: Send + 'static,
    V: IntoView + 'static,
{
    view! {
        <Suspense>
            {Suspend::new(async move {
                match load.await {
                    // Erased: each page's view type is large, and naming it in every
                    // caller's type costs compile time and binary size.
                    Ok(data) => Either::Left(render(data).into_any()),
                    Err(error) => Either::Right(view! { <Refusal error/> }),
                }
            })}
        </Suspense>
    }
}

/// The page for a server function's refusal.
#[component]
pub fn Refusal(error: AppError) -> impl IntoView {
    let i18n = use_i18n();
    set_status(error.status());
    let (title, body) = match error {
        AppError::Unauthorized => {
            redirect_to("/?error=unauthorized");
            (
                t_string!(i18n, refused.sign_in_title),
                t_string!(i18n, sign_in.err_session),
            )
        }
        AppError::Forbidden => (
            t_string!(i18n, refused.forbidden_title),
            t_string!(i18n, refused.forbidden_body),
        ),
        AppError::NotFound => (
            t_string!(i18n, not_found.title),
            t_string!(i18n, refused.not_found_body),
        ),
        _ => (
            t_string!(i18n, refused.error_title),
            t_string!(i18n, error.generic),
        ),
    };
    view! {
        <PageTitle page=title.to_string()/>
        <section class="card">
            <h1>{title}</h1>
            <p>{body}</p>
            <p>
                <A href="/" attr:class="button">{t!(i18n, not_found.home)}</A>
            </p>
        </section>
    }
}
