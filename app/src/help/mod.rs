//! The help page: what Shien is, in plain words, for someone who has never seen it.

use leptos::prelude::*;
use leptos_i18n::{t, t_string};
use leptos_router::components::A;

use crate::{i18n::use_i18n, layout::PageTitle};

#[component]
pub fn HelpPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle page=t_string!(i18n, help.title).to_string()/>
        <article class="card prose">
            <h1>{t!(i18n, help.title)}</h1>
            <p>{t!(i18n, help.intro)}</p>
            <h2>{t!(i18n, help.what_title)}</h2>
            <p>{t!(i18n, help.what_body)}</p>
            <h2>{t!(i18n, help.account_title)}</h2>
            <p>{t!(i18n, help.account_body)}</p>
            <h2>{t!(i18n, help.trouble_title)}</h2>
            <p>{t!(i18n, help.trouble_body)}</p>
            <p>
                <A href="/" attr:class="button secondary">{t!(i18n, help.back)}</A>
            </p>
        </article>
    }
}
