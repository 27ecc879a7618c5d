use leptos::prelude::*;
use leptos_i18n::t_string;
use leptos_meta::Title;

use crate::i18n::use_i18n;

/// Sets the document title to "<page> · Shien".
#[component]
pub fn PageTitle(#[prop(into)] page: String) -> impl IntoView {
    let i18n = use_i18n();
    view! { <Title text=format!("{page} · {}", t_string!(i18n, app_name))/> }
}
