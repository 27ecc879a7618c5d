//! The language switcher: the one island every page carries.
//!
//! Without JavaScript it is a plain form: choose, press the button, and the server's
//! `/lang` route sets the cookie and sends you back. With JavaScript choosing is enough:
//! a script in the page's head sends the form on change from the first byte, long before
//! the wasm loads, and the button is hidden by CSS (`scripting: enabled`) from the first
//! paint, so the header never moves when the page becomes interactive (issue 19 measured
//! a 111 px jump when the island hid the button). Once hydrated, the island keeps the
//! choice on the device too (gloo-storage).

use leptos::{nonce::use_nonce, prelude::*};

use crate::locale::{LanguageOption, SWITCH_PATH};

/// Switches the page language. Strings arrive translated from the server as props.
#[island]
pub fn LanguageSwitcher(
    /// The locale the page was rendered in.
    current: String,
    /// Every language offered, named in its own script.
    options: Vec<LanguageOption>,
    /// The visible label of the select ("Language").
    label: String,
    /// The button for use without JavaScript ("Change language").
    apply_label: String,
    /// Where the no-JavaScript form returns to.
    next: String,
    /// Whether the server found the language cookie; if not, the device's remembered
    /// choice (if any) is restored.
    from_cookie: bool,
) -> impl IntoView {
    // `data-live` tells that the islands have hydrated (the end-to-end tests wait for it);
    // an attribute, so nothing on screen moves.
    let live = RwSignal::new(false);
    let rendered_in = current.clone();
    Effect::new(move |_| {
        live.set(true);
        device::sync_with_cookie(&rendered_in, from_cookie);
    });

    // The options travel as markup: a list of views inside `<select>` needs hydration
    // markers, and the HTML parser does not keep them there.
    let options_html = options_markup(&options, &current);

    view! {
        // `data-reload`: a new language loads the whole page (the document's `lang` too).
        <form
            class="lang-switch"
            method="get"
            action=SWITCH_PATH
            data-reload="true"
            data-live=move || live.get().then_some("true")
        >
            <label for="lang-select">{label}</label>
            <select id="lang-select" name="lang" inner_html=options_html></select>
            <input type="hidden" name="next" value=next/>
            <button type="submit" class="button secondary lang-apply">{apply_label}</button>
        </form>
    }
}

/// Sends the language form as soon as a language is chosen; the browser does the rest (the
/// form is `data-reload`, so `NativeForms` lets it load the page whole).
const SWITCH_ON_CHANGE: &str = "addEventListener('change',function(e){var s=e.target;\
if(s instanceof HTMLSelectElement&&s.form&&s.form.classList.contains('lang-switch'))\
s.form.requestSubmit()})";

/// Put in the document's head, beside `NativeForms`.
#[component]
pub fn LanguageOnChange() -> impl IntoView {
    view! { <script nonce=use_nonce() inner_html=SWITCH_ON_CHANGE></script> }
}

/// `<option>` elements for `options`, the `current` one selected, text escaped.
fn options_markup(options: &[LanguageOption], current: &str) -> String {
    let escape = crate::layout::escape_html;
    options
        .iter()
        .map(|o| {
            let code = escape(&o.code);
            let selected = if o.code == current { " selected" } else { "" };
            format!(
                r#"<option value="{code}" lang="{code}"{selected}>{}</option>"#,
                escape(&o.name)
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_mark_the_current_language_and_escape_text() {
        let options = vec![
            LanguageOption {
                code: "ja".into(),
                name: "日本語".into(),
            },
            LanguageOption {
                code: "vi".into(),
                name: "<Tiếng \"Việt\">".into(),
            },
        ];
        let html = options_markup(&options, "vi");
        assert_eq!(
            html,
            r#"<option value="ja" lang="ja">日本語</option><option value="vi" lang="vi" selected>&lt;Tiếng &quot;Việt&quot;&gt;</option>"#
        );
    }
}

/// What the switcher does on the device. The server build never calls it.
#[cfg(feature = "hydrate")]
mod device {
    use gloo_storage::{LocalStorage, SessionStorage, Storage};

    use crate::locale::{LOCALE_STORAGE_KEY, SWITCH_PATH, is_supported};

    /// Remembers `code` on the device and asks the server to switch (it sets the cookie and
    /// renders the same page again in the new language): restoring a remembered choice.
    fn switch_to(code: &str) {
        if !is_supported(code) {
            return;
        }
        // Storage can be full or disabled (private mode); the cookie still carries the choice.
        let _ = LocalStorage::set(LOCALE_STORAGE_KEY, code);
        let location = leptos::prelude::window().location();
        let next = format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        );
        let url = format!(
            "{SWITCH_PATH}?lang={}&next={}",
            js_sys::encode_uri_component(code),
            js_sys::encode_uri_component(&next)
        );
        let _ = location.set_href(&url);
    }

    /// Keeps device storage and cookie in agreement: the cookie wins when present; when it
    /// was lost (cleared, expired) the device's remembered language is restored.
    pub fn sync_with_cookie(rendered_in: &str, from_cookie: bool) {
        if from_cookie {
            let _ = LocalStorage::set(LOCALE_STORAGE_KEY, rendered_in);
            return;
        }
        // Once per browsing session: if cookies are blocked, restoring would loop forever.
        const RESTORE_TRIED: &str = "shien.locale.restore-tried";
        if SessionStorage::get::<bool>(RESTORE_TRIED).is_ok() {
            return;
        }
        if let Ok(stored) = LocalStorage::get::<String>(LOCALE_STORAGE_KEY)
            && stored != rendered_in
            && is_supported(&stored)
        {
            let _ = SessionStorage::set(RESTORE_TRIED, true);
            switch_to(&stored);
        }
    }
}

#[cfg(not(feature = "hydrate"))]
mod device {
    pub fn sync_with_cookie(_rendered_in: &str, _from_cookie: bool) {}
}
