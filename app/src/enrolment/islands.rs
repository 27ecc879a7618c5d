//! The new-worker form's language follows the nationality as staff choose it, until they
//! choose a language themselves. Without JavaScript the language stays at "same as the
//! nationality", and the server applies the same rule (`locale::language_for`).

use leptos::prelude::*;

/// Put once inside the new-worker form. Renders nothing visible.
#[island]
pub fn LanguageFollowsNationality() -> impl IntoView {
    #[cfg(feature = "hydrate")]
    browser::listen();
    view! { <span hidden></span> }
}

#[cfg(feature = "hydrate")]
mod browser {
    use std::sync::atomic::{AtomicBool, Ordering};

    use leptos::{
        prelude::{document, window},
        wasm_bindgen::{JsCast, closure::Closure},
    };
    use web_sys::{Event, HtmlSelectElement};

    use crate::{domain::Country, locale::language_for};

    /// One listener for the whole visit, however often the form is shown.
    static LISTENING: AtomicBool = AtomicBool::new(false);

    /// The selects' ids in `enrolment::pages::new_worker`.
    const NATIONALITY: &str = "nationality";
    const LANGUAGE: &str = "preferred_locale";
    /// Set on the language select once staff chose a language there.
    const CHOSEN: &str = "data-chosen";

    pub fn listen() {
        if LISTENING.swap(true, Ordering::Relaxed) {
            return;
        }
        // `change` bubbles: one listener on the window sees both selects, whatever page
        // the islands router swaps in.
        let on_change = Closure::<dyn FnMut(Event)>::new(|ev: Event| {
            let Some(select) = ev
                .target()
                .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
            else {
                return;
            };
            match select.id().as_str() {
                // Back at "same as the nationality" counts as not chosen.
                LANGUAGE if select.value().is_empty() => {
                    let _ = select.remove_attribute(CHOSEN);
                }
                LANGUAGE => {
                    let _ = select.set_attribute(CHOSEN, "");
                }
                NATIONALITY => follow(&select.value()),
                _ => {}
            }
        });
        if window()
            .add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref())
            .is_ok()
        {
            // Lives as long as the page.
            on_change.forget();
        }
    }

    /// Sets the language select to the nationality's language, unless staff chose one.
    fn follow(nationality: &str) {
        let Some(language) = document()
            .get_element_by_id(LANGUAGE)
            .and_then(|e| e.dyn_into::<HtmlSelectElement>().ok())
        else {
            return;
        };
        if language.has_attribute(CHOSEN) {
            return;
        }
        language.set_value(Country::parse_code(nationality).map_or("", language_for));
    }
}
