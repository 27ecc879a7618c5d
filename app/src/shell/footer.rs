use leptos::prelude::*;
use leptos_i18n::t;
use leptos_router::components::A;

use crate::i18n::use_i18n;
use crate::paths;

#[component]
pub fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <p>{t!(i18n, footer.about)}</p>
            <nav>
                <A href=paths::HELP>{t!(i18n, footer.help)}</A>
            </nav>
        </footer>
    }
}
