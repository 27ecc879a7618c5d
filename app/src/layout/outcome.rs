//! What the last form post came to, read from the page's query string: `?saved=<code>` or
//! `?error=<code>` (`crate::form`), shown in the reader's language.

use leptos::prelude::*;
use leptos_i18n::{I18nContext, t_string};
use leptos_router::hooks::use_query_map;

use crate::i18n::{Locale, use_i18n};

/// A feature's messages by code; `None` for a code it does not know.
pub type Messages = fn(I18nContext<Locale>, &str) -> Option<String>;

/// The notice or the alert for the query string's code, as the feature words it.
#[component]
pub fn FormOutcome(saved: Messages, error: Messages) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map().get_untracked();
    let saved = query.get("saved").and_then(|c| saved(i18n, &c));
    let error = query.get("error").and_then(|c| error(i18n, &c));
    view! {
        {saved.map(|m| view! { <p class="notice" role="status">{m}</p> })}
        {error.map(|m| view! { <div class="alert" role="alert"><p>{m}</p></div> })}
    }
}

/// The error codes every feature shares (`AppError::code`), after its own.
pub fn shared_error(i18n: I18nContext<Locale>, code: &str) -> Option<String> {
    let message = match code {
        "unauthorized" => t_string!(i18n, sign_in.err_session),
        "forbidden" => t_string!(i18n, refused.forbidden_body),
        "not_found" => t_string!(i18n, refused.not_found_body),
        "bad_request" | "internal" | "unavailable" => t_string!(i18n, error.generic),
        _ => return None,
    };
    Some(message.to_string())
}
