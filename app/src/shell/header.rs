use leptos::prelude::*;
use leptos_i18n::{Locale as _, t, t_string};
use leptos_router::{components::A, hooks::use_location};

use super::LanguageSwitcher;
use crate::{
    i18n::use_i18n,
    locale::{LOCALE_COOKIE, language_options},
    notifications::Bell,
};

/// The top bar: product name (a link home) and the language switcher.
#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let next = return_address(
        &location.pathname.get_untracked(),
        &location.search.get_untracked(),
    );

    view! {
        <a class="skip-link" href="#main">{t!(i18n, skip_to_content)}</a>
        <header class="site-header">
            <A href="/" attr:class="brand">
                <span class="brand-name">{t!(i18n, app_name)}</span>
                <span class="brand-tagline">{t!(i18n, tagline)}</span>
            </A>
            <Bell/>
            <LanguageSwitcher
                current=i18n.get_locale_untracked().as_str().to_owned()
                options=language_options()
                label=t_string!(i18n, lang.label).to_string()
                apply_label=t_string!(i18n, lang.apply).to_string()
                next=next
                from_cookie=request_has_cookie(LOCALE_COOKIE)
            />
            // Keeps the island from being its parent's last child (islands-router pitfall).
            <span class="header-end" aria-hidden="true"></span>
        </header>
    }
}

/// Where the no-JavaScript language switch sends the reader back to: this very address,
/// its query included (the router's `search` comes without its `?`).
fn return_address(path: &str, search: &str) -> String {
    let path = if path.is_empty() { "/" } else { path };
    let search = search.trim_start_matches('?');
    if search.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{search}")
    }
}

/// Whether the request that is being rendered carries the named cookie.
fn request_has_cookie(name: &str) -> bool {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>().is_some_and(|parts| {
            parts
                .headers
                .get_all(http::header::COOKIE)
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(';'))
                .any(|pair| pair.trim_start().split('=').next() == Some(name))
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = name;
        false
    }
}

#[cfg(test)]
mod tests {
    use super::return_address;

    #[test]
    fn the_language_switch_returns_to_the_whole_address() {
        assert_eq!(return_address("/help", "x=1"), "/help?x=1");
        assert_eq!(
            return_address("/help", "?x=1&saved=ok"),
            "/help?x=1&saved=ok"
        );
        assert_eq!(return_address("/me", ""), "/me");
        assert_eq!(return_address("", ""), "/");
    }
}
