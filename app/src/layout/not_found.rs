use leptos::prelude::*;
use leptos_i18n::{t, t_string};
use leptos_router::components::A;

use super::PageTitle;
use crate::i18n::use_i18n;

/// Any unknown path: a page in the visitor's language, with HTTP status 404.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    let i18n = use_i18n();
    view! {
        <PageTitle page=t_string!(i18n, not_found.title).to_string()/>
        <section class="card">
            <h1>{t!(i18n, not_found.title)}</h1>
            <p>{t!(i18n, not_found.body)}</p>
            <p>
                <A href="/" attr:class="button">{t!(i18n, not_found.home)}</A>
            </p>
        </section>
    }
}
